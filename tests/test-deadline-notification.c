/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The deadline notifications as the desktop receives them, without a display: the notifier's
 * GNotification goes through the application and GIO's org.gtk.Notifications backend to a
 * stand-in server on a private bus, which checks its title, priority, and the default action
 * and target that open the request when the notification is clicked. */
#include "config.h"

#include "fake-notification-server.h"
#include "fake-request-repository.h"
#include "steward-deadline-notifier.h"
#include "steward-desk.h"

#define APP_ID "org.gnome.Steward.Tests.Notifier"

static GApplication *app;

typedef struct {
  FakeRequestRepository *repo;
  StewardCalendar       *calendar;
  StewardDesk           *desk;
  gint64                 id;
} Fixture;

static gint64
T (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

static GPtrArray *
open_requests (gpointer   user_data,
               GError   **error)
{
  Fixture *f = user_data;
  GPtrArray *requests = g_ptr_array_new_with_free_func (g_object_unref);
  StewardServiceRequest *r = steward_desk_load_request (f->desk, f->id, error);

  if (r == NULL)
    return NULL;
  g_ptr_array_add (requests, r);
  return requests;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(StewardServiceRequest) stored = NULL;
  g_autoptr(GError) error = NULL;

  f->repo = fake_request_repository_new ();
  f->calendar = steward_calendar_new (NULL);
  f->desk = steward_desk_new (STEWARD_REQUEST_REPOSITORY (f->repo), f->calendar, NULL, "王经理");
  /* Friday 17:00, standard: the first response is due Monday 10:00 (two business hours). */
  g_object_set (draft, "client-id", (gint64) 1, "service", STEWARD_SERVICE_REMOTE,
                "os", STEWARD_OS_LINUX, "data-terms-agreed", TRUE,
                "description", "服务器无法远程登录", NULL);
  stored = steward_desk_create_request (f->desk, draft, T ("2026-03-06T17:00:00+08:00"), &error);
  g_assert_no_error (error);
  f->id = steward_service_request_get_id (stored);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->desk);
  g_clear_object (&f->calendar);
  g_clear_object (&f->repo);
}

static void
assert_string (GVariant   *dict,
               const char *key,
               const char *expected)
{
  const char *value = NULL;

  g_assert_true (g_variant_lookup (dict, key, "&s", &value));
  g_assert_cmpstr (value, ==, expected);
}

static void
assert_opens_request (GVariant *dict,
                      gint64    id)
{
  g_autoptr(GVariant) target = NULL;

  assert_string (dict, "default-action", "app.open-request");
  target = g_variant_lookup_value (dict, "default-action-target", NULL);
  g_assert_nonnull (target);
  g_assert_true (g_variant_is_of_type (target, G_VARIANT_TYPE_INT64));
  g_assert_cmpint (g_variant_get_int64 (target), ==, id);
}

static void
test_sent_notifications (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(StewardNotificationSender) sender = steward_application_notification_sender_new (app);
  g_autoptr(StewardDeadlineNotifier) notifier = NULL;
  FakeNotification *n;

  notifier = steward_deadline_notifier_new (sender, f->calendar, T ("2026-03-06T17:00:00+08:00"));
  steward_deadline_notifier_set_source (notifier, open_requests, f, NULL);

  /* 09:46 is within 15 business minutes of 10:00: due soon, at normal priority. */
  g_assert_cmpuint (steward_deadline_notifier_check (notifier, T ("2026-03-09T09:44:00+08:00")), ==, 0);
  g_assert_cmpuint (steward_deadline_notifier_check (notifier, T ("2026-03-09T09:46:00+08:00")), ==, 1);
  g_assert_cmpuint (fake_notification_server_wait (1), ==, 1);
  n = fake_notification_server_get (0);
  g_assert_cmpstr (n->app_id, ==, APP_ID);
  g_assert_cmpstr (n->id, ==, "request-1-response");
  assert_string (n->notification, "title", "Request #1: first response due soon");
  assert_string (n->notification, "priority", "normal");
  assert_opens_request (n->notification, 1);

  /* Breached at 10:01: the same notification id, now high priority, still opening #1. */
  g_assert_cmpuint (steward_deadline_notifier_check (notifier, T ("2026-03-09T10:01:00+08:00")), ==, 1);
  g_assert_cmpuint (fake_notification_server_wait (2), ==, 2);
  n = fake_notification_server_get (1);
  g_assert_cmpstr (n->id, ==, "request-1-response");
  assert_string (n->notification, "title", "Request #1: first response deadline breached");
  assert_string (n->notification, "priority", "high");
  assert_opens_request (n->notification, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  fake_notification_server_start ();
  g_test_init (&argc, &argv, NULL);

  app = g_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_application_register (app, NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/deadline-notification/sent", Fixture, NULL, fixture_set_up,
              test_sent_notifications, fixture_tear_down);
  ret = g_test_run ();

  g_clear_object (&app);
  fake_notification_server_stop ();
  return ret;
}
