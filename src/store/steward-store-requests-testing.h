/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-request-list-model.h"
#include "steward-store.h"

G_BEGIN_DECLS

/* For tests only (see steward-store-testing.h). */

/* Every stored column of request @request_id and of its payment, audit, note and feedback
 * rows, one line per row in id order: what "the database did not change" compares. */
char    *steward_store_testing_dump_request  (StewardStore  *store,
                                              gint64         request_id);
/* The stored "due soon" instants and met/breached outcomes of a request (STEWARD_TIME_NONE
 * for NULL; -1 for a NULL outcome). */
gboolean steward_store_testing_request_sla   (StewardStore  *store,
                                              gint64         request_id,
                                              gint64        *response_due_soon_at,
                                              gint64        *delivery_due_soon_at,
                                              int           *response_met,
                                              int           *delivery_met);
/* Turns on counting with SQLite's trace hook: each statement run and each result row it
 * returns. steward_store_testing_trace_counts () reads and resets the counters. */
void     steward_store_testing_count_statements (StewardStore *store);
void     steward_store_testing_trace_counts     (guint        *out_statements,
                                                 guint        *out_rows);

/* @n_clients new clients ("Bulk client 1"…) and @n_requests requests spread over them, one
 * submitted every minute from @first_at: services, priorities, states (submitted, in-progress,
 * settled) and fees (0…¥900.00) cycle. */
gboolean steward_store_testing_bulk_requests    (StewardStore *store,
                                                 guint         n_clients,
                                                 guint         n_requests,
                                                 gint64        first_at,
                                                 GError      **error);
/* SQLite's plan (EXPLAIN QUERY PLAN, one "detail" line each) for the list model's current page
 * query (@page) or count query, e.g. "SCAN service_requests USING INDEX …". */
char    *steward_store_testing_request_list_plan (StewardStore            *store,
                                                  StewardRequestListModel *model,
                                                  gboolean                 page);
/* Whether the schema has an index named @name. */
gboolean steward_store_testing_has_index        (StewardStore *store,
                                                 const char   *name);

G_END_DECLS
