/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-desk.h"
#include "steward-store.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_REQUESTS_PAGE (steward_requests_page_get_type ())
G_DECLARE_FINAL_TYPE (StewardRequestsPage, steward_requests_page, STEWARD, REQUESTS_PAGE, AdwBin)

/* The Requests page: every service request over the store's paged list model (filters, search
 * and sorting in SQL), and the request page of the one opened. Inside a window of a
 * StewardApplication it uses the application's store and desk (steward_application_get_desk()) and
 * reloads on "data-changed"; tests may give it a store and desk directly.
 *
 * Actions: page.search, page.new (the new-request dialog), requests.open (x: a request id),
 * requests.show-list, requests.filter-client (x: 0 for every client), requests.clear-client,
 * requests.reset-filters, requests.templates. */
GtkWidget  *steward_requests_page_new             (void);

void        steward_requests_page_set_store       (StewardRequestsPage *self,
                                                   StewardStore        *store,
                                                   StewardDesk         *desk);
/* Opens request @id on the page. */
gboolean    steward_requests_page_open_request    (StewardRequestsPage *self,
                                                   gint64               id,
                                                   GError             **error);
/* Shows only the requests of client @client_id (0: every client). */
void        steward_requests_page_filter_client   (StewardRequestsPage *self,
                                                   gint64               client_id);
/* The list the page shows (a GListModel of StewardServiceRequest), or NULL without a store. */
GListModel *steward_requests_page_get_model       (StewardRequestsPage *self);
/* The clock the page counts deadlines from, for tests (STEWARD_TIME_NONE: the real one). */
void        steward_requests_page_set_time        (StewardRequestsPage *self,
                                                   gint64               now);

G_END_DECLS
