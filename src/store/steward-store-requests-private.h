/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the request repository, the package store and the request list model. */

#include "steward-service-request.h"
#include "steward-store-private.h"

G_BEGIN_DECLS

/* The columns steward_store_request_from_row () reads, in order, for
 * "SELECT … FROM service_requests". */
#define STEWARD_STORE_REQUEST_COLUMNS                                                            \
  "service_requests.id, service_requests.client_id, service_requests.service, "                  \
  "service_requests.priority, service_requests.emergency, service_requests.channel, "            \
  "service_requests.description, service_requests.os, service_requests.data_terms_agreed, "      \
  "service_requests.config_kind, service_requests.template_name, "                               \
  "service_requests.special_request, service_requests.complexity, service_requests.tier, "       \
  "service_requests.fee_fen, service_requests.surcharge_fen, service_requests.state, "           \
  "service_requests.held_from_state, service_requests.hold_started_at, service_requests.owner, " \
  "service_requests.package_id, service_requests.package_incident, "                             \
  "service_requests.remedy_of_complaint, service_requests.submitted_at, "                        \
  "service_requests.responded_at, service_requests.response_due, "                               \
  "service_requests.work_start_at, service_requests.delivery_due, "                              \
  "service_requests.delivered_at, service_requests.accepted_at, service_requests.settled_at, "   \
  "service_requests.rating, service_requests.rating_feedback, service_requests.updated_at"

#define STEWARD_STORE_REQUEST_N_COLUMNS 34

/* A new StewardServiceRequest from a row of STEWARD_STORE_REQUEST_COLUMNS. */
StewardServiceRequest *steward_store_request_from_row (StewardStmt *stmt);

/* The request's audit trail, inside or outside a transaction. */
GPtrArray             *steward_store_requests_read_audit (StewardStore  *store,
                                                          gint64         request_id,
                                                          GError       **error);

/* The request list model's current page query (with @page) or count query, for the testing
 * helpers that show its query plan. */
typedef struct _StewardRequestListModel StewardRequestListModel;
const char            *_steward_request_list_model_get_sql (StewardRequestListModel *model,
                                                            gboolean                 page);

/* (year × 12 + month − 1) of @instant in @tz: the index of its local calendar month. */
int                    steward_store_month_index         (gint64         instant,
                                                          GTimeZone     *tz);
/* The first instant of the local month with that index in @tz. */
gint64                 steward_store_month_start         (int            month_index,
                                                          GTimeZone     *tz);

G_END_DECLS
