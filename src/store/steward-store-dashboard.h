/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-store.h"

G_BEGIN_DECLS

/* What the dashboard counts and lists, each answered by one query on an index: the counts are
 * counted in SQL, the lists read only the rows shown. The same requests as the request list's
 * SLA filters (steward_request_list_model_set_sla_status ()), so the dashboard and the requests
 * page never disagree. */

/* At @now: *@out_breached, the requests with a clock still running past its deadline (the
 * request list's "breached, running clocks only"), and *@out_due_soon, those due soon and not
 * breached (its "due soon"). */
gboolean   steward_store_dashboard_count_deadlines (StewardStore  *store,
                                                    gint64         now,
                                                    guint         *out_breached,
                                                    guint         *out_due_soon,
                                                    GError       **error);

/* The requests submitted in [@from, @until). */
gboolean   steward_store_dashboard_count_submitted (StewardStore  *store,
                                                    gint64         from,
                                                    gint64         until,
                                                    guint         *out_n,
                                                    GError       **error);

/* Up to @limit requests that need action at @now (StewardServiceRequest): those due soon, then
 * the breached ones (as counted above), each by response deadline (none last), then number.
 * *@out_client_names gets the client name of each (char *). */
GPtrArray *steward_store_dashboard_list_deadlines  (StewardStore  *store,
                                                    gint64         now,
                                                    guint          limit,
                                                    GPtrArray    **out_client_names,
                                                    GError       **error);

/* Up to @limit active clients (StewardClient) who owe money (balance outstanding above 0), the
 * largest balance first, equal ones by name: the client list sorted by balance, descending. */
GPtrArray *steward_store_dashboard_list_balances   (StewardStore  *store,
                                                    guint          limit,
                                                    GError       **error);

G_END_DECLS
