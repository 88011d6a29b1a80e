/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "steward-service-request.h"
#include "steward-store.h"

G_BEGIN_DECLS

typedef enum {
  STEWARD_REQUEST_SORT_SUBMITTED,
  STEWARD_REQUEST_SORT_CLIENT,
  STEWARD_REQUEST_SORT_SERVICE,
  STEWARD_REQUEST_SORT_STATE,
  STEWARD_REQUEST_SORT_FEE,
  STEWARD_REQUEST_SORT_RESPONSE_DUE,
  STEWARD_REQUEST_SORT_DELIVERY_DUE,
} StewardRequestSort;

/* "Any" for the service, category and priority filters. */
#define STEWARD_REQUEST_FILTER_ANY (-1)

#define STEWARD_REQUEST_LIST_PAGE_SIZE 200

#define STEWARD_TYPE_REQUEST_LIST_MODEL (steward_request_list_model_get_type ())
G_DECLARE_FINAL_TYPE (StewardRequestListModel, steward_request_list_model, STEWARD, REQUEST_LIST_MODEL, GObject)

/* A GListModel of StewardServiceRequest over the store's service requests, like
 * StewardClientListModel: filters, sorting and search run in SQL, rows are fetched a page (200)
 * at a time and cached, the count comes from a COUNT, and every setter that changes something
 * reloads and emits items-changed (0, old count, new count). The default view is every
 * request, newest submission first. */
StewardRequestListModel *steward_request_list_model_new             (StewardStore            *store);

/* Only requests in one of @states (n_states 0: every state). */
void        steward_request_list_model_set_states         (StewardRequestListModel *self,
                                                           const StewardState      *states,
                                                           guint                    n_states);
/* A StewardService, or STEWARD_REQUEST_FILTER_ANY. */
void        steward_request_list_model_set_service        (StewardRequestListModel *self,
                                                           int                      service);
/* A StewardCategory, or STEWARD_REQUEST_FILTER_ANY. */
void        steward_request_list_model_set_category       (StewardRequestListModel *self,
                                                           int                      category);
/* A StewardPriority, or STEWARD_REQUEST_FILTER_ANY. */
void        steward_request_list_model_set_priority       (StewardRequestListModel *self,
                                                           int                      priority);
/* Only the requests of one client; 0 shows every client. */
void        steward_request_list_model_set_client         (StewardRequestListModel *self,
                                                           gint64                   client_id);
/* Submitted in [@from, @until); either may be STEWARD_TIME_NONE for an open end. */
void        steward_request_list_model_set_submitted_range (StewardRequestListModel *self,
                                                            gint64                   from,
                                                            gint64                   until);
/* The SLA status of a request is the worst of its clocks at "now": BREACHED (a running clock
 * past its deadline, or a step done late), DUE_SOON (a running clock at or after its stored
 * due-soon instant), RUNNING (clocks running, none due soon) or PAUSED (waiting on the client,
 * nothing breached). STEWARD_SLA_STATUS_NONE shows every request; MET is not a filter. */
void        steward_request_list_model_set_sla_status     (StewardRequestListModel *self,
                                                           StewardSlaStatus         status);
/* With BREACHED, keep only requests with a clock still running past its deadline (work to do
 * now), leaving out steps that were done late. FALSE by default. */
void        steward_request_list_model_set_running_clocks_only (StewardRequestListModel *self,
                                                                gboolean                 running_only);
/* The instant the SLA filter judges at; STEWARD_TIME_NONE (the default) is the current time at
 * each reload. */
void        steward_request_list_model_set_now            (StewardRequestListModel *self,
                                                           gint64                   now);
/* A request number ("1234" or "#1234") or text matched against client names, contacts, phones
 * and emails as steward_store_clients_search() does. NULL or "" shows every request. */
void        steward_request_list_model_set_search         (StewardRequestListModel *self,
                                                           const char              *text);
/* Ties are broken by id in the same direction, so the order is total and pages are stable.
 * Requests without a delivery deadline sort after those with one when ascending. */
void        steward_request_list_model_set_sort           (StewardRequestListModel *self,
                                                           StewardRequestSort       sort,
                                                           gboolean                 descending);
/* The name of client @client_id as read with the rows fetched so far (the list shows it beside
 * each request); NULL when no fetched row belongs to that client. */
const char *steward_request_list_model_get_client_name    (StewardRequestListModel *self,
                                                           gint64                   client_id);
/* Drops the cached pages, recounts, and emits items-changed (0, old, new). On failure the model
 * is empty and the error says why. */
gboolean    steward_request_list_model_reload             (StewardRequestListModel *self,
                                                           GError                 **error);

G_END_DECLS
