/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-calendar.h"
#include "steward-request-repository.h"
#include "steward-store.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_STORE_REQUESTS (steward_store_requests_get_type ())
G_DECLARE_FINAL_TYPE (StewardStoreRequests, steward_store_requests, STEWARD, STORE_REQUESTS, GObject)

/* The SQLite StewardRequestRepository of @store: requests with their payment lines, audit
 * trail, notes and product feedback, each change in one transaction. @calendar (the desk's
 * calendar, loaded with steward_store_settings_load_calendar()) gives the instants from which
 * stored deadlines are "due soon" and the local months of package incidents. */
StewardStoreRequests *steward_store_requests_new                 (StewardStore          *store,
                                                                  StewardCalendar       *calendar);
StewardStore         *steward_store_requests_get_store           (StewardStoreRequests  *self);
StewardCalendar      *steward_store_requests_get_calendar        (StewardStoreRequests  *self);

/* After the calendar changed (SPEC §5): recomputes with steward_desk_recompute_deadlines() the
 * deadlines of every open request whose clock still runs, and stores the new ones, in one
 * transaction. Requests are read a batch at a time, never all at once. Settled, rejected and
 * cancelled requests keep theirs. *out_changed (may be NULL) is how many requests moved. */
gboolean              steward_store_requests_recompute_deadlines (StewardStoreRequests  *self,
                                                                  guint                 *out_changed,
                                                                  GError               **error);

G_END_DECLS
