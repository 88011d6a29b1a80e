/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The packages page under Xvfb on a real database: a package sold through its dialog, support
 * requests drawn from its quota, this month's usage, the month-end statement with overage and
 * its .xlsx, and the page rendered to PNG. */
#define G_LOG_DOMAIN "test-packages-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "steward-desk.h"
#include "steward-enums.h"
#include "steward-package-dialog.h"
#include "steward-package-view.h"
#include "steward-packages-page.h"
#include "steward-store-clients.h"
#include "steward-store-packages.h"
#include "steward-store-requests.h"
#include "test-store-util.h"
#include "xlsx-reader.h"

typedef struct {
  StoreFixture          base;
  StewardStoreClients  *clients;
  StewardStoreRequests *repo;
  StewardCalendar      *calendar;
  StewardDesk          *desk;
  GtkWindow            *window;
  StewardPackagesPage  *page;
  gint64                client_id;
} Fixture;

static gint64
T (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

static void
settle (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

static void
assert_cell (const char *sheet,
             const char *sst,
             const char *ref,
             const char *text)
{
  g_autofree char *value = xlsx_cell_text (sheet, sst, ref);

  g_assert_cmpstr (value, ==, text);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(StewardClient) client = NULL;

  store_fixture_setup (&f->base, data);
  f->clients = steward_store_clients_new (f->base.store);
  f->calendar = steward_calendar_new (NULL);
  f->repo = steward_store_requests_new (f->base.store, f->calendar);
  f->desk = steward_desk_new (STEWARD_REQUEST_REPOSITORY (f->repo), f->calendar, NULL, "王经理");
  client = add_client (STEWARD_CLIENT_REPOSITORY (f->clients), "华东精密制造有限公司", "李娜",
                       "13800000000", "lina@example.com");
  f->client_id = steward_client_get_id (client);

  f->page = STEWARD_PACKAGES_PAGE (steward_packages_page_new ());
  steward_packages_page_set_time (f->page, T ("2026-03-20T10:00:00+08:00"));
  steward_packages_page_set_store (f->page, f->base.store, f->desk);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1100, 900);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  settle (200);
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

static void
sell_package (Fixture *f)
{
  StewardPricing pricing;
  g_autoptr(StewardPackageDialog) dialog = NULL;

  steward_pricing_init_defaults (&pricing);
  dialog = g_object_ref_sink (steward_package_dialog_new (f->base.store, &pricing, f->client_id,
                                                          "华东精密制造有限公司",
                                                          T ("2026-03-01T09:00:00+08:00"), NULL));
  steward_package_dialog_set_months (dialog, 12);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  g_assert_null (steward_package_dialog_get_error (dialog));
}

static void
create_incident (Fixture    *f,
                 const char *at)
{
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(StewardServiceRequest) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (draft, "client-id", f->client_id, "service", STEWARD_SERVICE_ADVISOR,
                "description", "生产线数据采集异常", NULL);
  stored = steward_desk_create_request (f->desk, draft, T (at), &error);
  g_assert_no_error (error);
  /* Drawn from the package automatically: an incident at no fee. */
  g_assert_true (steward_service_request_get_package_incident (stored));
  g_assert_cmpint (steward_service_request_get_fee (stored), ==, 0);
}

static StewardPackageView *
first_view (Fixture *f)
{
  GtkWidget *box = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (f->page), STEWARD_TYPE_PACKAGES_PAGE,
                                                  "packages_box");
  GtkWidget *child = gtk_widget_get_first_child (box);

  g_assert_true (STEWARD_IS_PACKAGE_VIEW (child));
  return STEWARD_PACKAGE_VIEW (child);
}

/* The text of a row's value: the first "numeric" label inside it that belongs to no nested row. */
static const char *
row_value (GtkWidget *widget,
           GtkWidget *row)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found;

      if (ADW_IS_PREFERENCES_ROW (child) && child != row)
        continue;
      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "numeric"))
        return gtk_label_get_text (GTK_LABEL (child));
      if ((found = row_value (child, row)) != NULL)
        return found;
    }
  return NULL;
}

/* Every row of @widget as the user reads it, "title | subtitle | value", in order (the incidents
 * folded under their expander included); the month chooser is left out. */
static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* An expander row draws its title and value in a header row of its own. */
      if (ADW_IS_PREFERENCES_ROW (child) && !ADW_IS_COMBO_ROW (child) && !ADW_IS_EXPANDER_ROW (child))
        {
          const char *subtitle = NULL;
          const char *value = row_value (child, child);

          if (ADW_IS_ACTION_ROW (child))
            subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (child));
          g_ptr_array_add (rows, g_strdup_printf ("%s | %s | %s",
                                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)),
                                                  subtitle != NULL ? subtitle : "",
                                                  value != NULL ? value : ""));
        }
      collect_rows (child, rows);
    }
}

/* The rows of the statement group (the view's last child). */
static GPtrArray *
statement_rows (StewardPackageView *view)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);

  collect_rows (gtk_widget_get_last_child (GTK_WIDGET (view)), rows);
  return rows;
}

static void
test_usage_text (void)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  double fraction;

  a = steward_package_usage_text (10, 10, &fraction);
  g_assert_cmpstr (a, ==, "10 of 10 incidents used");
  g_assert_cmpfloat (fraction, ==, 1.0);
  b = steward_package_usage_text (11, 10, &fraction);
  g_assert_cmpstr (b, ==, "11 incidents used: 1 over the quota of 10");
  g_assert_cmpfloat (fraction, ==, 1.0);
  c = steward_package_usage_text (3, 10, &fraction);
  g_assert_cmpstr (c, ==, "3 of 10 incidents used");
  g_assert_cmpfloat (fraction, ==, 0.3);
}

static void
test_statement (Fixture       *f,
                gconstpointer  data)
{
  const StewardPackageStatement *st;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *sst = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  sell_package (f);
  for (guint day = 2; day <= 13; day++)
    {
      g_autofree char *at = g_strdup_printf ("2026-03-%02uT10:00:00+08:00", day);

      create_incident (f, at);
    }

  steward_packages_page_show_client (f->page, f->client_id);
  g_assert_cmpuint (steward_packages_page_get_n_packages (f->page), ==, 1);
  g_assert_cmpstr (steward_package_view_get_usage_text (first_view (f)), ==,
                   "12 incidents used: 2 over the quota of 10");

  st = steward_package_view_get_statement (first_view (f));
  g_assert_nonnull (st);
  g_assert_cmpint (st->year, ==, 2026);
  g_assert_cmpint (st->month, ==, 3);
  g_assert_cmpuint (st->covered, ==, 10);
  g_assert_cmpuint (st->overage, ==, 2);
  g_assert_cmpint (st->overage_charge, ==, 40000);

  /* On screen, the figures of the workbook: 1,000.00 + 2 × 200.00 = 1,400.00; less the
   * 1,000.00 prepaid, 400.00 due. The incidents are folded under their count. */
  rows = statement_rows (first_view (f));
  g_assert_cmpuint (rows->len, ==, 8 + 12);
  g_assert_cmpstr (rows->pdata[0], ==, "Quota used | 12 incidents used: 2 over the quota of 10 | 10 / 10");
  g_assert_cmpstr (rows->pdata[1], ==, "Overage incidents |  | 2");
  g_assert_cmpstr (rows->pdata[2], ==, "Package price (prepaid at purchase) |  | ¥1,000.00");
  g_assert_cmpstr (rows->pdata[3], ==, "Overage charges (2 × ¥200.00) |  | ¥400.00");
  g_assert_cmpstr (rows->pdata[4], ==, "Month total |  | ¥1,400.00");
  g_assert_cmpstr (rows->pdata[5], ==, "Prepaid |  | -¥1,000.00");
  g_assert_cmpstr (rows->pdata[6], ==, "Total due |  | ¥400.00");
  g_assert_cmpstr (rows->pdata[7], ==, "Incidents used |  | 12");
  g_assert_cmpstr (rows->pdata[8], ==, "#1 · Mon 2 Mar 10:00 | In the quota | ¥0.00");
  g_assert_cmpstr (rows->pdata[17], ==, "#10 · Wed 11 Mar 10:00 | In the quota | ¥0.00");
  g_assert_cmpstr (rows->pdata[18], ==, "#11 · Thu 12 Mar 10:00 | Overage | ¥200.00");
  g_assert_cmpstr (rows->pdata[19], ==, "#12 · Fri 13 Mar 10:00 | Overage | ¥200.00");

  /* Saved as .xlsx under the suggested name: the two overage incidents, 400.00 due. */
  name = steward_package_view_dup_file_name (first_view (f));
  g_assert_cmpstr (name, ==, "华东精密制造有限公司 statement 2026-03.xlsx");
  dir = g_dir_make_tmp ("steward-statement-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (steward_package_view_save (first_view (f), path, &error));
  g_assert_no_error (error);
  sheet = xlsx_read_part (path, "xl/worksheets/sheet1.xml");
  sst = xlsx_read_part (path, "xl/sharedStrings.xml");
  assert_cell (sheet, sst, "B2", "华东精密制造有限公司");
  assert_cell (sheet, sst, "B3", "2026-03");
  assert_cell (sheet, sst, "D16", "Within quota");
  assert_cell (sheet, sst, "E16", "0");
  assert_cell (sheet, sst, "C18", "Dedicated technical advisor");
  assert_cell (sheet, sst, "D18", "Overage");
  assert_cell (sheet, sst, "E18", "200");
  assert_cell (sheet, sst, "E25", "1000");
  assert_cell (sheet, sst, "E26", "400");
  assert_cell (sheet, sst, "A29", "Total due");
  assert_cell (sheet, sst, "E29", "400");
  xlsx_remove_dir (dir);

  /* April: nothing used yet; the month's price is prepaid, nothing due. */
  steward_package_view_set_month (first_view (f), 2026, 4);
  st = steward_package_view_get_statement (first_view (f));
  g_assert_cmpuint (st->used, ==, 0);
  g_assert_cmpint (st->overage_charge, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = statement_rows (first_view (f));
  g_assert_cmpuint (rows->len, ==, 8);
  g_assert_cmpstr (rows->pdata[0], ==, "Quota used | 0 of 10 incidents used | 0 / 10");
  g_assert_cmpstr (rows->pdata[3], ==, "Overage charges (0 × ¥200.00) |  | ¥0.00");
  g_assert_cmpstr (rows->pdata[4], ==, "Month total |  | ¥1,000.00");
  g_assert_cmpstr (rows->pdata[6], ==, "Total due |  | ¥0.00");
  g_assert_cmpstr (rows->pdata[7], ==, "Incidents used |  | 0");
}

/* The page with March's statement over the quota, rendered to PNG in the build folder
 * ("test-packages-page-zh_CN.png" when run with LANGUAGE=zh_CN LC_ALL=zh_CN.UTF-8 -p this test:
 * it asserts nothing that depends on the language). */
static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *file = g_strdup_printf ("test-packages-page%s%s.png",
                                           language != NULL && *language ? "-" : "",
                                           language != NULL ? language : "");
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file, NULL);
  g_autoptr(GdkPaintable) paintable = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int w, h;

  sell_package (f);
  for (guint day = 2; day <= 13; day++)
    {
      g_autofree char *at = g_strdup_printf ("2026-03-%02uT10:00:00+08:00", day);

      create_incident (f, at);
    }
  steward_packages_page_show_client (f->page, f->client_id);
  g_assert_cmpuint (steward_packages_page_get_n_packages (f->page), ==, 1);

  settle (300);
  paintable = gtk_widget_paintable_new (GTK_WIDGET (f->window));
  w = gtk_widget_get_width (GTK_WIDGET (f->window));
  h = gtk_widget_get_height (GTK_WIDGET (f->window));
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (f->window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s", path);
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

  g_test_add_func ("/packages-page/usage-text", test_usage_text);
  g_test_add ("/packages-page/statement", Fixture, NULL, fixture_set_up, test_statement,
              fixture_tear_down);
  g_test_add ("/packages-page/screenshot", Fixture, NULL, fixture_set_up, test_screenshot,
              fixture_tear_down);

  return g_test_run ();
}
