/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Clicking a deadline notification under Xvfb: the notification the notifier sends through the
 * application reaches a stand-in notification server on a private bus; activating its default
 * action with its target on the application, as the desktop does, shows that request's page
 * in the window, with its number. */
#define G_LOG_DOMAIN "test-notification-open"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fake-notification-server.h"
#include "steward-application.h"
#include "steward-deadline-notifier.h"
#include "steward-request-page.h"
#include "steward-window.h"
#include "test-store-util.h"

static StewardApplication *app;

static gint64
T (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

static gboolean
is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static void
wait_until (gboolean (*condition) (gpointer data),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!condition (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether a label showing @text is on screen inside @widget. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

static gint64
create_request (void)
{
  StewardDesk *desk = steward_application_get_desk (app);
  g_autoptr(StewardClient) client = NULL;
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(StewardServiceRequest) stored = NULL;
  g_autoptr(GError) error = NULL;

  client = add_client (steward_application_get_client_repository (app), "上海星河科技有限公司",
                       "李娜", "13800000000", "lina@xinghe.example");
  g_object_set (draft, "client-id", steward_client_get_id (client),
                "service", STEWARD_SERVICE_REMOTE, "os", STEWARD_OS_WINDOWS,
                "data-terms-agreed", TRUE, "description", "财务系统打印机无法连接", NULL);
  /* Friday 17:00, standard: the first response is due Monday 10:00. */
  stored = steward_desk_create_request (desk, draft, T ("2026-03-06T17:00:00+08:00"), &error);
  g_assert_no_error (error);
  return steward_service_request_get_id (stored);
}

static GPtrArray *
the_request (gpointer   user_data,
             GError   **error)
{
  GPtrArray *requests = g_ptr_array_new_with_free_func (g_object_unref);
  StewardServiceRequest *r = steward_desk_load_request (steward_application_get_desk (app),
                                                        GPOINTER_TO_INT (user_data), error);

  if (r == NULL)
    return NULL;
  g_ptr_array_add (requests, r);
  return requests;
}

static void
test_open_from_notification (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("steward-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "steward.db", NULL);
  g_autoptr(StewardNotificationSender) sender = NULL;
  g_autoptr(StewardDeadlineNotifier) notifier = NULL;
  g_autoptr(GVariant) target = NULL;
  const char *action = NULL;
  StewardWindow *window;
  GtkWidget *page;
  FakeNotification *n;
  gint64 id;

  g_assert_true (steward_application_open_database (app, path, &error));
  g_assert_no_error (error);
  id = create_request ();
  g_assert_cmpint (id, ==, 1);

  window = steward_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (is_drawn, window);
  g_assert_cmpstr (steward_window_get_page_name (window), ==, "dashboard");

  /* The notification as it leaves the application. */
  sender = steward_application_notification_sender_new (G_APPLICATION (app));
  notifier = steward_deadline_notifier_new (sender, steward_application_get_calendar (app),
                                            T ("2026-03-06T17:00:00+08:00"));
  steward_deadline_notifier_set_source (notifier, the_request, GINT_TO_POINTER ((int) id), NULL);
  g_assert_cmpuint (steward_deadline_notifier_check (notifier, T ("2026-03-09T10:01:00+08:00")), ==, 1);
  g_assert_cmpuint (fake_notification_server_wait (1), ==, 1);
  n = fake_notification_server_get (0);
  g_assert_true (g_variant_lookup (n->notification, "default-action", "&s", &action));
  g_assert_true (g_str_has_prefix (action, "app."));
  target = g_variant_lookup_value (n->notification, "default-action-target", NULL);
  g_assert_nonnull (target);

  /* Clicked: the desktop activates the default action with its target on the application. */
  g_action_group_activate_action (G_ACTION_GROUP (app), action + strlen ("app."), target);
  wait_until (is_drawn, find_widget (GTK_WIDGET (window), STEWARD_TYPE_REQUEST_PAGE));

  g_assert_cmpstr (steward_window_get_page_name (window), ==, "requests");
  page = find_widget (GTK_WIDGET (window), STEWARD_TYPE_REQUEST_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_cmpint (steward_request_page_get_request_id (STEWARD_REQUEST_PAGE (page)), ==, 1);
  g_assert_true (shows_label (page, "#1 · 上海星河科技有限公司"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&notifier);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("steward-test-XXXXXX", &error);
  int ret;

  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  /* Before GTK connects to the session bus, so that everything uses the private one. */
  fake_notification_server_start ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = steward_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));
  steward_application_set_first_run (app, FALSE);

  g_test_add_func ("/notification/open-request", test_open_from_notification);
  ret = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  fake_notification_server_stop ();
  return ret;
}
