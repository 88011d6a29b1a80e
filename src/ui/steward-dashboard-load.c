/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-dashboard-page"

#include "config.h"

#include "steward-dashboard-load.h"

#include "steward-client-list-model.h"
#include "steward-client.h"
#include "steward-dashboard-state.h"
#include "steward-request-list-model.h"
#include "steward-store-complaints.h"
#include "steward-store-training.h"
#include "steward-training-session.h"

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

/* Up to @room requests of @model, with their client names. */
static void
take_requests (StewardDashboardData    *data,
               StewardRequestListModel *model,
               guint                    room)
{
  guint n = MIN (room, g_list_model_get_n_items (G_LIST_MODEL (model)));

  for (guint i = 0; i < n; i++)
    {
      StewardServiceRequest *request = g_list_model_get_item (G_LIST_MODEL (model), i);
      const char *client;

      if (request == NULL)
        break;
      client = steward_request_list_model_get_client_name (model, steward_service_request_get_client_id (request));
      g_ptr_array_add (data->requests, request);
      g_ptr_array_add (data->request_clients, g_strdup (client != NULL ? client : ""));
    }
}

static void
read_requests (StewardDashboardData *data,
               StewardStore         *store)
{
  g_autoptr(StewardRequestListModel) breached = steward_request_list_model_new (store);
  g_autoptr(StewardRequestListModel) due_soon = steward_request_list_model_new (store);
  g_autoptr(StewardRequestListModel) month = steward_request_list_model_new (store);
  gint64 from, until;

  steward_request_list_model_set_now (breached, data->now);
  steward_request_list_model_set_sla_status (breached, STEWARD_SLA_STATUS_BREACHED);
  /* A deadline missed on work already done is history for the reports, not a task for today. */
  steward_request_list_model_set_running_clocks_only (breached, TRUE);
  steward_request_list_model_set_sort (breached, STEWARD_REQUEST_SORT_RESPONSE_DUE, FALSE);
  steward_request_list_model_set_now (due_soon, data->now);
  steward_request_list_model_set_sla_status (due_soon, STEWARD_SLA_STATUS_DUE_SOON);
  steward_request_list_model_set_sort (due_soon, STEWARD_REQUEST_SORT_RESPONSE_DUE, FALSE);
  steward_dashboard_month_range (data->now, NULL, &from, &until);
  steward_request_list_model_set_submitted_range (month, from, until);

  data->breached = g_list_model_get_n_items (G_LIST_MODEL (breached));
  data->due_soon = g_list_model_get_n_items (G_LIST_MODEL (due_soon));
  data->month_requests = g_list_model_get_n_items (G_LIST_MODEL (month));
  data->requests = g_ptr_array_new_with_free_func (g_object_unref);
  data->request_clients = g_ptr_array_new_with_free_func (g_free);
  take_requests (data, due_soon, STEWARD_DASHBOARD_MAX_ROWS);
  take_requests (data, breached, STEWARD_DASHBOARD_MAX_ROWS - data->requests->len);
}

static void
read_complaints (StewardDashboardData *data,
                 StewardStore         *store)
{
  g_autoptr(StewardStoreComplaints) repo = steward_store_complaints_new (store);
  g_autoptr(GPtrArray) received = NULL;
  gint64 from, until;

  data->open_complaints = steward_complaint_repository_list_open (STEWARD_COMPLAINT_REPOSITORY (repo),
                                                                  &data->complaints_error);
  steward_dashboard_month_range (data->now, NULL, &from, &until);
  received = steward_complaint_repository_list_received (STEWARD_COMPLAINT_REPOSITORY (repo),
                                                         from, until, NULL);
  data->month_complaints = received != NULL ? received->len : 0;
}

static void
read_trainings (StewardDashboardData *data,
                StewardStore         *store)
{
  g_autoptr(StewardStoreTraining) repo = steward_store_training_new (store);
  g_autoptr(GPtrArray) month = NULL;
  gint64 from, until;

  steward_dashboard_days_range (data->now, NULL, 2, &from, &until);
  data->sessions = steward_training_repository_list_range (STEWARD_TRAINING_REPOSITORY (repo),
                                                           from, until, NULL);
  steward_dashboard_month_range (data->now, NULL, &from, &until);
  month = steward_training_repository_list_range (STEWARD_TRAINING_REPOSITORY (repo),
                                                  from, until, NULL);
  for (guint i = 0; month != NULL && i < month->len; i++)
    if (steward_training_session_get_status (g_ptr_array_index (month, i)) != STEWARD_TRAINING_STATUS_CANCELLED)
      data->month_trainings++;
}

static void
read_balances (StewardDashboardData *data,
               StewardStore         *store)
{
  g_autoptr(StewardClientListModel) clients = steward_client_list_model_new (store);
  guint n;

  steward_client_list_model_set_sort (clients, STEWARD_CLIENT_SORT_OUTSTANDING, TRUE);
  n = MIN (STEWARD_DASHBOARD_MAX_ROWS, g_list_model_get_n_items (G_LIST_MODEL (clients)));
  data->balances = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      StewardClient *client = g_list_model_get_item (G_LIST_MODEL (clients), i);

      if (client == NULL)
        break;
      if (steward_client_get_outstanding_fen (client) <= 0)
        {
          g_object_unref (client);
          break;
        }
      g_ptr_array_add (data->balances, client);
    }
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
  gint64 started = g_get_monotonic_time ();
  StewardDashboardData *data = steward_dashboard_data_read (job->reader, job->now);

  /* G_MESSAGES_DEBUG=steward-dashboard-page shows what the user waits for on a large database. */
  g_debug ("Read the dashboard in %.0f ms", (g_get_monotonic_time () - started) / 1000.0);
  g_task_return_pointer (task, data, (GDestroyNotify) steward_dashboard_data_free);
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
