/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The requests page under Xvfb on a real database: the list, its SLA filter and search, the
 * new-request dialog (deadline shown before saving, the request opened after), configuration
 * templates, and the list rendered to PNG. */
#define G_LOG_DOMAIN "test-requests-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <locale.h>

#include "steward-desk.h"
#include "steward-enums.h"
#include "steward-new-request-dialog.h"
#include "steward-request-page.h"
#include "steward-requests-page.h"
#include "steward-store-clients.h"
#include "steward-store-requests.h"
#include "steward-store-templates.h"
#include "steward-templates-dialog.h"
#include "test-store-util.h"
#include "ui-fixtures.h"

typedef struct {
  StoreFixture          base;
  StewardStoreClients  *clients;
  StewardStoreRequests *repo;
  StewardCalendar      *calendar;
  StewardDesk          *desk;
  GtkWindow            *window;
  StewardRequestsPage  *page;
  gint64                client_ids[3];
} Fixture;

static gint64
T (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

static void
wait_until (gboolean (*condition) (gpointer data),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!condition (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static void
settle (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

static gint64
create (Fixture         *f,
        guint            client,
        StewardService   service,
        StewardPriority  priority,
        const char      *at)
{
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(StewardServiceRequest) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (draft, "client-id", f->client_ids[client], "service", service,
                "priority", priority, "description", "季度报表需要新增区域维度", NULL);
  if (service == STEWARD_SERVICE_REMOTE)
    g_object_set (draft, "os", STEWARD_OS_MACOS, "data-terms-agreed", TRUE, NULL);
  if (service == STEWARD_SERVICE_CONFIG)
    g_object_set (draft, "config-kind", STEWARD_CONFIG_KIND_SPECIAL,
                  "special-text", "OA 审批流程定制", NULL);
  stored = steward_desk_create_request (f->desk, draft, T (at), &error);
  g_assert_no_error (error);
  return steward_service_request_get_id (stored);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *names[] = { "上海星河科技有限公司", "华东精密制造有限公司", "Northwind Trading" };
  g_autoptr(GError) error = NULL;

  store_fixture_setup (&f->base, data);
  f->clients = steward_store_clients_new (f->base.store);
  f->calendar = steward_calendar_new (NULL);
  f->repo = steward_store_requests_new (f->base.store, f->calendar);
  f->desk = steward_desk_new (STEWARD_REQUEST_REPOSITORY (f->repo), f->calendar, NULL, "王经理");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(StewardClient) client = add_client (STEWARD_CLIENT_REPOSITORY (f->clients), names[i],
                                                    "李娜", "13800000000", "li@example.com");

      f->client_ids[i] = steward_client_get_id (client);
    }

  /* Monday 9 March 2026 at 11:00: #1 breached (due 10:00), #2 due soon (due 11:10), the rest
   * running. */
  create (f, 0, STEWARD_SERVICE_REMOTE, STEWARD_PRIORITY_STANDARD, "2026-03-06T17:00:00+08:00");
  create (f, 1, STEWARD_SERVICE_ADVISOR, STEWARD_PRIORITY_URGENT, "2026-03-09T10:40:00+08:00");
  create (f, 2, STEWARD_SERVICE_CONFIG, STEWARD_PRIORITY_STANDARD, "2026-03-09T10:30:00+08:00");
  create (f, 0, STEWARD_SERVICE_REPORT, STEWARD_PRIORITY_STANDARD, "2026-03-09T10:45:00+08:00");
  g_assert_true (steward_desk_review (f->desk, 4, T ("2026-03-09T10:50:00+08:00"), NULL, &error));

  f->page = STEWARD_REQUESTS_PAGE (steward_requests_page_new ());
  steward_requests_page_set_time (f->page, T ("2026-03-09T11:00:00+08:00"));
  steward_requests_page_set_store (f->page, f->base.store, f->desk);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1200, 560);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  wait_until (is_drawn, f->page);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->desk);
  g_clear_object (&f->repo);
  g_clear_object (&f->calendar);
  g_clear_object (&f->clients);
  store_fixture_teardown (&f->base, data);
}

static guint
n_rows (Fixture *f)
{
  return g_list_model_get_n_items (steward_requests_page_get_model (f->page));
}

static gint64
row_id (Fixture *f,
        guint    i)
{
  g_autoptr(StewardServiceRequest) r = g_list_model_get_item (steward_requests_page_get_model (f->page), i);

  return steward_service_request_get_id (r);
}

static void
test_list_and_filters (Fixture       *f,
                       gconstpointer  data)
{
  AdwComboRow *sla = NULL;
  GtkEditable *search = NULL;

  /* Newest first. */
  g_assert_cmpuint (n_rows (f), ==, 4);
  g_assert_cmpint (row_id (f, 0), ==, 4);
  g_assert_cmpint (row_id (f, 3), ==, 1);

  /* Filters are the page's own widgets; drive them as the user would. */
  sla = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (f->page),
                                                      STEWARD_TYPE_REQUESTS_PAGE, "sla_row"));
  adw_combo_row_set_selected (sla, 2);   /* Breached */
  g_assert_cmpuint (n_rows (f), ==, 1);
  g_assert_cmpint (row_id (f, 0), ==, 1);
  adw_combo_row_set_selected (sla, 1);   /* Due soon */
  g_assert_cmpuint (n_rows (f), ==, 1);
  g_assert_cmpint (row_id (f, 0), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "requests.reset-filters", NULL));
  g_assert_cmpuint (n_rows (f), ==, 4);

  search = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (f->page),
                                                        STEWARD_TYPE_REQUESTS_PAGE, "search_entry"));
  gtk_editable_set_text (search, "#3");
  settle (300);
  g_assert_cmpuint (n_rows (f), ==, 1);
  g_assert_cmpint (row_id (f, 0), ==, 3);
  gtk_editable_set_text (search, "");
  settle (300);

  steward_requests_page_filter_client (f->page, f->client_ids[0]);
  g_assert_cmpuint (n_rows (f), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "requests.clear-client", NULL));
  g_assert_cmpuint (n_rows (f), ==, 4);
}

static gboolean
window_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_new_request (Fixture       *f,
                  gconstpointer  data)
{
  StewardNewRequestDialog *dialog;
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardServiceRequest) created = NULL;
  GList *toplevels;
  gpointer weak = NULL;

  steward_requests_page_filter_client (f->page, f->client_ids[1]);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.new", NULL));
  toplevels = gtk_window_list_toplevels ();
  dialog = NULL;
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (STEWARD_IS_NEW_REQUEST_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);

  /* Standard, submitted Monday 11:00: two business hours → 14:00 (lunch does not count). */
  steward_new_request_dialog_set_service (dialog, STEWARD_SERVICE_ADVISOR, STEWARD_PRIORITY_STANDARD);
  g_assert_cmpstr (steward_new_request_dialog_get_deadline_text (dialog), ==, "Mon 9 Mar 14:00");
  steward_new_request_dialog_set_service (dialog, STEWARD_SERVICE_ADVISOR, STEWARD_PRIORITY_URGENT);
  g_assert_cmpstr (steward_new_request_dialog_get_deadline_text (dialog), ==, "Mon 9 Mar 11:30");

  /* Remote assistance without the data terms is refused by core, in the dialog. */
  steward_new_request_dialog_set_service (dialog, STEWARD_SERVICE_REMOTE, STEWARD_PRIORITY_URGENT);
  steward_new_request_dialog_set_description (dialog, "ERP 客户端崩溃");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  g_assert_nonnull (steward_new_request_dialog_get_error (dialog));
  g_assert_cmpuint (n_rows (f), ==, 1);

  steward_new_request_dialog_set_service (dialog, STEWARD_SERVICE_ADVISOR, STEWARD_PRIORITY_URGENT);
  settle (300);
  {
    g_autoptr(GdkTexture) shot = ui_render_texture (GTK_WIDGET (dialog));
    g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "test-new-request-dialog.png", NULL);

    g_assert_true (gdk_texture_save_to_png (shot, path));
  }
  g_set_weak_pointer (&weak, dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  wait_until (window_gone, &weak);
  g_assert_null (weak);

  created = steward_desk_load_request (f->desk, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_service_request_get_client_id (created), ==, f->client_ids[1]);
  g_assert_cmpint (steward_service_request_get_response_due (created), ==,
                   T ("2026-03-09T11:30:00+08:00"));
}

static void
test_templates (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(StewardTemplatesDialog) dialog = g_object_ref_sink (steward_templates_dialog_new (f->base.store));
  g_autoptr(GPtrArray) kept = NULL;

  g_assert_true (steward_templates_dialog_add (dialog, "ERP 标准配置"));
  g_assert_true (steward_templates_dialog_add (dialog, "OA 审批模板"));
  /* The same name again is refused, and nothing is added. */
  g_assert_false (steward_templates_dialog_add (dialog, "erp 标准配置"));
  g_assert_false (steward_templates_dialog_add (dialog, "   "));
  g_assert_cmpuint (steward_templates_dialog_get_n_templates (dialog), ==, 2);

  kept = steward_store_templates_list (f->base.store, FALSE, NULL);
  g_assert_cmpuint (kept->len, ==, 2);
  g_assert_cmpstr (((StewardConfigTemplate *) kept->pdata[0])->name, ==, "ERP 标准配置");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_render (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "test-requests-page.png", NULL);

  settle (300);
  texture = ui_render_texture (GTK_WIDGET (f->window));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s", path);
  g_assert_cmpint (gdk_texture_get_width (texture), >=, 1000);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* As the application does: the environment's locale and the build tree's translations (the
   * test environment keeps them English; a translated run shows the pages in Chinese). */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STEWARD_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/requests-page/list-and-filters", test_list_and_filters);
  ADD ("/requests-page/new-request", test_new_request);
  ADD ("/requests-page/templates", test_templates);
  ADD ("/requests-page/render", test_render);

  return g_test_run ();
}
