/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The fixture the request page's window tests share: a real database with one client and its
 * remote assistance request submitted at 09:30 on Mon 9 Mar 2026, shown on the request page at
 * 10:00 in a presented window. */
#define G_LOG_DOMAIN "request-page-fixture"

#include "config.h"

#include "request-page-fixture.h"

#include "steward-enums.h"

gint64
T (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

void
wait_until (gboolean (*condition) (gpointer data),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!condition (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

gboolean
is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

gboolean
dialog_gone (gpointer data)
{
  return steward_request_page_get_dialog (data) == NULL;
}

gint64
create_remote (Fixture *f,
               gint64   client_id,
               gint64   at)
{
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(StewardServiceRequest) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (draft, "client-id", client_id, "service", STEWARD_SERVICE_REMOTE,
                "channel", STEWARD_CHANNEL_PHONE, "os", STEWARD_OS_WINDOWS,
                "data-terms-agreed", TRUE,
                "description", "财务系统打印机无法连接，需要远程排查驱动", NULL);
  stored = steward_desk_create_request (f->desk, draft, at, &error);
  g_assert_no_error (error);
  return steward_service_request_get_id (stored);
}

void
request_page_fixture_set_up (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(StewardClient) client = NULL;
  g_autoptr(GError) error = NULL;

  store_fixture_setup (&f->base, data);
  f->clients = steward_store_clients_new (f->base.store);
  f->calendar = steward_calendar_new (NULL);
  f->repo = steward_store_requests_new (f->base.store, f->calendar);
  f->desk = steward_desk_new (STEWARD_REQUEST_REPOSITORY (f->repo), f->calendar, NULL, "王经理");
  client = add_client (STEWARD_CLIENT_REPOSITORY (f->clients), "上海星河科技有限公司", "李娜",
                       "13800000000", "lina@xinghe.example");
  f->id = create_remote (f, steward_client_get_id (client), T ("2026-03-09T09:30:00+08:00"));

  f->page = STEWARD_REQUEST_PAGE (steward_request_page_new ());
  steward_request_page_set_desk (f->page, f->desk);
  steward_request_page_set_clients (f->page, STEWARD_CLIENT_REPOSITORY (f->clients));
  steward_request_page_set_time (f->page, T ("2026-03-09T10:00:00+08:00"));
  g_assert_true (steward_request_page_show (f->page, f->id, &error));
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 900, 1100);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  wait_until (is_drawn, f->page);
}

void
request_page_fixture_tear_down (Fixture       *f,
                                gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->desk);
  g_clear_object (&f->repo);
  g_clear_object (&f->calendar);
  g_clear_object (&f->clients);
  store_fixture_teardown (&f->base, data);
}

StewardState
state_of (Fixture *f)
{
  g_autoptr(StewardServiceRequest) r = steward_desk_load_request (f->desk, f->id, NULL);

  return steward_service_request_get_state (r);
}

void
act (Fixture    *f,
     const char *name)
{
  g_autofree char *action = g_strconcat ("request.", name, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), action, NULL));
}

void
save_dialog (Fixture   *f,
             GtkWindow *dialog)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  wait_until (dialog_gone, f->page);
  g_assert_null (steward_request_page_get_dialog (f->page));
}
