/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-dashboard-page"

#include "config.h"

#include "steward-dashboard-load.h"

#include "steward-dashboard-state.h"
#include "steward-store-complaints.h"
#include "steward-store-dashboard.h"
#include "steward-store-training.h"

void
steward_dashboard_data_free (StewardDashboardData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->requests, g_ptr_array_unref);
  g_clear_pointer (&data->request_clients, g_ptr_array_unref);
  g_clear_pointer (&data->open_complaints, g_ptr_array_unref);
  g_clear_error (&data->complaints_error);
  g_clear_pointer (&data->sessions, g_ptr_array_unref);
  g_clear_pointer (&data->balances, g_ptr_array_unref);
  g_free (data);
}

/* Each figure is counted in SQL on an index and each list reads only the rows it shows
 * (steward-store-dashboard.h): on 1,000,000 requests the whole read takes tens of milliseconds.
 * A figure that cannot be read shows 0 and a list nothing, as before. */
static void
read_requests (StewardDashboardData *data,
               StewardStore         *store)
{
  gint64 from, until;

  if (!steward_store_dashboard_count_deadlines (store, data->now, &data->breached, &data->due_soon, NULL))
    data->breached = data->due_soon = 0;
  steward_dashboard_month_range (data->now, NULL, &from, &until);
  if (!steward_store_dashboard_count_submitted (store, from, until, &data->month_requests, NULL))
    data->month_requests = 0;
  /* Due soon first, then those past a deadline whose clock still runs: a deadline missed on
   * work already done is history for the reports, not a task for today. */
  data->requests = steward_store_dashboard_list_deadlines (store, data->now, STEWARD_DASHBOARD_MAX_ROWS,
                                                           &data->request_clients, NULL);
  if (data->requests == NULL)
    {
      data->requests = g_ptr_array_new_with_free_func (g_object_unref);
      data->request_clients = g_ptr_array_new_with_free_func (g_free);
    }
}

static void
read_complaints (StewardDashboardData *data,
                 StewardStore         *store)
{
  g_autoptr(StewardStoreComplaints) repo = steward_store_complaints_new (store);
  gint64 from, until;

  data->open_complaints = steward_complaint_repository_list_open (STEWARD_COMPLAINT_REPOSITORY (repo),
                                                                  &data->complaints_error);
  steward_dashboard_month_range (data->now, NULL, &from, &until);
  /* Counted, not listed: a month of a busy desk is hundreds of complaints. */
  if (!steward_store_complaints_count_received (repo, from, until, &data->month_complaints, NULL))
    data->month_complaints = 0;
}

static void
read_trainings (StewardDashboardData *data,
                StewardStore         *store)
{
  g_autoptr(StewardStoreTraining) repo = steward_store_training_new (store);
  gint64 from, until;

  steward_dashboard_days_range (data->now, NULL, 2, &from, &until);
  /* Only the sessions shown: a busy desk has hundreds in two days. */
  data->sessions = steward_store_training_list_active (repo, from, until, STEWARD_DASHBOARD_MAX_ROWS, NULL);
  steward_dashboard_month_range (data->now, NULL, &from, &until);
  /* Counted in SQL: listing a month's sessions with their attendees only to count them took
   * most of the dashboard's read on a large database. */
  if (!steward_store_training_count_range (repo, from, until, &data->month_trainings, NULL))
    data->month_trainings = 0;
}

static void
read_balances (StewardDashboardData *data,
               StewardStore         *store)
{
  data->balances = steward_store_dashboard_list_balances (store, STEWARD_DASHBOARD_MAX_ROWS, NULL);
  if (data->balances == NULL)
    data->balances = g_ptr_array_new_with_free_func (g_object_unref);
}

StewardDashboardData *
steward_dashboard_data_read (StewardStore *store,
                             gint64        now)
{
  StewardDashboardData *data = g_new0 (StewardDashboardData, 1);

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  data->now = now;
  read_requests (data, store);
  read_complaints (data, store);
  read_trainings (data, store);
  read_balances (data, store);
  return data;
}

typedef struct {
  StewardStore *reader;
  gint64        now;
} ReadJob;

static void
read_job_free (ReadJob *job)
{
  g_object_unref (job->reader);
  g_free (job);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadJob *job = task_data;

  g_task_return_pointer (task, steward_dashboard_data_read (job->reader, job->now),
                         (GDestroyNotify) steward_dashboard_data_free);
}

void
steward_dashboard_data_read_async (StewardStore        *store,
                                   gint64               now,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ReadJob *job;
  StewardStore *reader;

  g_return_if_fail (STEWARD_IS_STORE (store));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, steward_dashboard_data_read_async);

  /* The worker owns its connection, so nothing it reads waits on the main thread's. */
  reader = steward_store_open_reader (store, &error);
  if (reader == NULL)
    {
      g_debug ("Reading the dashboard on the main connection: %s", error->message);
      g_task_return_pointer (task, steward_dashboard_data_read (store, now),
                             (GDestroyNotify) steward_dashboard_data_free);
      return;
    }
  job = g_new0 (ReadJob, 1);
  job->reader = reader;
  job->now = now;
  g_task_set_task_data (task, job, (GDestroyNotify) read_job_free);
  g_task_run_in_thread (task, read_thread);
}

StewardDashboardData *
steward_dashboard_data_read_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
