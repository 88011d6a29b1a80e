/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-deadline-watch"

#include "config.h"

#include "steward-deadline-watch.h"

#include "steward-deadline-notifier.h"
#include "steward-request-list-model.h"
#include "steward-requests-page.h"
#include "steward-time.h"
#include "steward-window.h"

#define DATA_KEY "steward-deadline-watch"
#define CHECK_SECONDS 30
/* Enough for any real desk; the newest breaches come first. */
#define MAX_WATCHED 500

static void
open_request (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  GtkWindow *window = gtk_application_get_active_window (app);
  GtkWidget *page;

  if (!STEWARD_IS_WINDOW (window))
    return;

  steward_window_set_page_name (STEWARD_WINDOW (window), "requests");
  page = steward_window_get_page (STEWARD_WINDOW (window), "requests");
  if (STEWARD_IS_REQUESTS_PAGE (page))
    steward_requests_page_open_request (STEWARD_REQUESTS_PAGE (page),
                                        g_variant_get_int64 (parameter), NULL);
  gtk_window_present (window);
}

static void
add_from (GPtrArray               *requests,
          GHashTable              *seen,
          StewardRequestListModel *model)
{
  guint n = MIN (g_list_model_get_n_items (G_LIST_MODEL (model)), MAX_WATCHED);

  for (guint i = 0; i < n; i++)
    {
      StewardServiceRequest *r = g_list_model_get_item (G_LIST_MODEL (model), i);
      gint64 id = steward_service_request_get_id (r);

      if (g_hash_table_add (seen, g_memdup2 (&id, sizeof id)))
        g_ptr_array_add (requests, r);
      else
        g_object_unref (r);
    }
}

/* The requests that may need a notification: those due soon and the latest breaches, asked of
 * the store by their stored SLA instants rather than by reading every request. */
static GPtrArray *
watched_requests (gpointer   user_data,
                  GError   **error)
{
  StewardStore *store = steward_application_get_store (user_data);
  g_autoptr(StewardRequestListModel) due_soon = NULL;
  g_autoptr(StewardRequestListModel) breached = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GPtrArray *requests = g_ptr_array_new_with_free_func (g_object_unref);

  if (store == NULL)
    return requests;

  due_soon = steward_request_list_model_new (store);
  steward_request_list_model_set_sla_status (due_soon, STEWARD_SLA_STATUS_DUE_SOON);
  breached = steward_request_list_model_new (store);
  steward_request_list_model_set_sla_status (breached, STEWARD_SLA_STATUS_BREACHED);
  steward_request_list_model_set_sort (breached, STEWARD_REQUEST_SORT_RESPONSE_DUE, TRUE);

  add_from (requests, seen, due_soon);
  add_from (requests, seen, breached);
  steward_request_list_model_set_sort (breached, STEWARD_REQUEST_SORT_DELIVERY_DUE, TRUE);
  add_from (requests, seen, breached);
  return requests;
}

void
steward_deadline_watch_install (StewardApplication *application)
{
  g_autoptr(GSimpleAction) action = NULL;
  g_autoptr(StewardNotificationSender) sender = NULL;
  StewardDeadlineNotifier *notifier;

  g_return_if_fail (STEWARD_IS_APPLICATION (application));

  if (g_object_get_data (G_OBJECT (application), DATA_KEY) != NULL)
    return;

  action = g_simple_action_new ("open-request", G_VARIANT_TYPE_INT64);
  g_signal_connect_object (action, "activate", G_CALLBACK (open_request), application, 0);
  /* The application enables it once a database being updated is ready. */
  g_simple_action_set_enabled (action, !steward_application_get_updating (application));
  g_action_map_add_action (G_ACTION_MAP (application), G_ACTION (action));

  sender = steward_application_notification_sender_new (G_APPLICATION (application));
  notifier = steward_deadline_notifier_new (sender, steward_application_get_calendar (application),
                                            steward_time_now ());
  steward_deadline_notifier_set_source (notifier, watched_requests, application, NULL);
  steward_deadline_notifier_start (notifier, CHECK_SECONDS);
  g_object_set_data_full (G_OBJECT (application), DATA_KEY, notifier, g_object_unref);
}
