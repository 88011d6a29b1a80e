/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "steward-store.h"

G_BEGIN_DECLS

/* Rows per section: the dashboard points at work, the lists hold the rest. */
#define STEWARD_DASHBOARD_MAX_ROWS 8

/* Everything the dashboard shows, read from the store in one go (in a worker thread, on a
 * connection of its own), then turned into rows on the main thread. */
typedef struct {
  gint64     now;

  guint      breached;          /* requests past a deadline whose clock still runs */
  guint      due_soon;
  guint      month_requests;    /* submitted this calendar month */
  GPtrArray *requests;          /* StewardServiceRequest: due soon first, then breached */
  GPtrArray *request_clients;   /* the client name of each of requests (char *) */

  guint      month_complaints;
  GPtrArray *open_complaints;   /* StewardComplaint, or NULL with complaints_error set */
  GError    *complaints_error;

  GPtrArray *sessions;          /* StewardTrainingSession today and tomorrow, not cancelled, at
                                 * most STEWARD_DASHBOARD_MAX_ROWS (may be NULL) */
  guint      month_trainings;   /* not cancelled */

  GPtrArray *balances;          /* StewardClient with the largest balances outstanding (> 0) */
} StewardDashboardData;

void                  steward_dashboard_data_free  (StewardDashboardData *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardDashboardData, steward_dashboard_data_free)

/* Reads the dashboard's data at @now from @store (the calling thread's connection). */
StewardDashboardData *steward_dashboard_data_read  (StewardStore         *store,
                                                    gint64                now);

/* Reads it in a worker thread over steward_store_open_reader (@store); when no reader can be
 * opened, on @store itself, here. */
void                  steward_dashboard_data_read_async  (StewardStore         *store,
                                                          gint64                now,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
StewardDashboardData *steward_dashboard_data_read_finish (GAsyncResult         *result,
                                                          GError              **error);

G_END_DECLS
