/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reports-window"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "steward-application.h"
#include "steward-chart-view.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-report-designer.h"
#include "steward-report-templates.h"
#include "steward-reports-page.h"
#include "ui-fixtures.h"
#include "steward-store-clients.h"
#include "steward-store-reports.h"
#include "steward-store-testing-reports.h"
#include "steward-window.h"

/* The Reports page on a small database whose last quarter (2026-Q3, seen from 2026-11-25) holds
 * six requests: three advisor, one remote, one config, one training; one more in Q2. */

#define NOW 1795572000  /* 2026-11-25 10:00 +08:00 */

static StewardApplication *app;
static char *tmp_dir;

static gint64
add_client (StewardClientRepository *repo,
            const char              *name)
{
  g_autoptr(StewardClient) client = steward_client_new (name);
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  StewardContact *contact = steward_contact_new ("Someone");
  g_autoptr(GError) error = NULL;

  steward_client_set_owner (client, "王经理");
  steward_contact_set_primary (contact, TRUE);
  g_ptr_array_add (contacts, contact);
  g_assert_true (steward_client_repository_add (repo, client, contacts, &error));
  g_assert_no_error (error);
  return steward_client_get_id (client);
}

static gint64
add_request (StewardStore *store,
             gint64        client,
             const char   *service,
             gint64        fee_fen,
             gint64        submitted_at)
{
  StewardTestingRequest request;
  g_autoptr(GError) error = NULL;
  gint64 id;

  steward_testing_request_init (&request);
  request.client_id = client;
  request.service = service;
  request.state = "confirmed";
  request.fee_fen = fee_fen;
  request.submitted_at = submitted_at;
  id = steward_store_testing_add_request (store, &request, &error);
  g_assert_no_error (error);
  return id;
}

static void
create_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardStore) store = steward_store_open (path, &error);
  g_autoptr(StewardStoreClients) clients = NULL;
  gint64 acme, xinghe, config;

  g_assert_no_error (error);
  clients = steward_store_clients_new (store);
  acme = add_client (STEWARD_CLIENT_REPOSITORY (clients), "ACME Software");
  xinghe = add_client (STEWARD_CLIENT_REPOSITORY (clients), "深圳星河科技有限公司");

  add_request (store, acme, "advisor", 15000, 1778378400);     /* 2026-05-10, Q2 */
  add_request (store, acme, "advisor", 15000, 1783648800);     /* 2026-07-10 */
  add_request (store, acme, "advisor", 20000, 1784512800);     /* 2026-07-20 */
  add_request (store, xinghe, "advisor", 10000, 1788318000);   /* 2026-09-02 */
  add_request (store, acme, "remote", 20000, 1785909600);      /* 2026-08-05 */
  config = add_request (store, xinghe, "config", 300000, 1788231600); /* 2026-09-01 */
  add_request (store, xinghe, "training", 200000, 1787189400); /* 2026-08-20 */
  steward_store_testing_add_line (store, config, "payment", 150000, 1789459200, 0, &error);
  g_assert_no_error (error);
}

static void
settle (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

/* Until the preview's pending or running run has shown its result: runs go to a worker. */
static void
wait_preview (StewardReportsPage *page)
{
  while (steward_reports_page_is_updating (page))
    g_main_context_iteration (NULL, TRUE);
}

static StewardWindow *
show_reports (StewardReportsPage **page)
{
  StewardWindow *window = steward_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "reports");
  gtk_window_present (GTK_WINDOW (window));
  *page = STEWARD_REPORTS_PAGE (steward_window_get_page (window, "reports"));
  steward_reports_page_set_now (*page, NOW);
  settle (200);
  return window;
}

/* The result row whose category (or, with @series, series) key is @key; -1 if none. */
static int
find_row (StewardReportResult *result,
          const char          *key,
          gboolean             series)
{
  for (guint r = 0; r < steward_report_result_get_n_rows (result); r++)
    {
      const char *k = series ? steward_report_result_get_series_key (result, r)
                             : steward_report_result_get_category_key (result, r);

      if (g_strcmp0 (k, key) == 0)
        return (int) r;
    }
  return -1;
}

static gint64
cell (StewardReportResult *result,
      int                  row,
      const char          *column)
{
  int c = steward_report_result_find_column (result, column);

  g_assert_cmpint (row, >=, 0);
  g_assert_cmpint (c, >=, 0);
  return steward_report_result_get_int (result, row, c);
}

static void
save_screenshot (StewardWindow *window,
                 const char    *name)
{
  g_autoptr(GdkTexture) texture = ui_render_texture (GTK_WIDGET (window));
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *file = g_strdup_printf ("%s%s%s.png", name,
                                           language != NULL && *language ? "-" : "",
                                           language != NULL ? language : "");
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file, NULL);

  g_remove (path);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_test_message ("Saved %s", path);
}

/* The quarterly summary of the last quarter: per service of Q3 2026. */
static void
test_reports_quarterly_summary (void)
{
  StewardReportsPage *page;
  StewardWindow *window = show_reports (&page);
  StewardReportResult *result = steward_reports_page_get_result (page);
  GtkColumnView *table = GTK_COLUMN_VIEW (steward_reports_page_get_table (page));

  g_assert_nonnull (result);
  g_assert_cmpstr (steward_report_spec_get_name (steward_reports_page_get_definition (page)), ==,
                   steward_report_template_get_name ("quarterly-summary"));
  /* Every row is 2026-Q3; Q2's request is outside the period. */
  for (guint r = 0; r < steward_report_result_get_n_rows (result); r++)
    g_assert_cmpstr (steward_report_result_get_category_key (result, r), ==, "2026-Q3");
  g_assert_cmpint (cell (result, find_row (result, "advisor", TRUE), "count"), ==, 3);
  g_assert_cmpint (cell (result, find_row (result, "remote", TRUE), "count"), ==, 1);
  g_assert_cmpint (cell (result, find_row (result, "config", TRUE), "revenue"), ==, 150000);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (table))), ==,
                    steward_report_result_get_n_rows (result));
  /* The table-only report shows its table once: no chart above it. */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (steward_reports_page_get_chart_view (page))));
  settle (100);
  save_screenshot (window, "test-reports-summary");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The middle of the slice of @category, in the view's coordinates. */
static gboolean
slice_centre (StewardChartView *view,
              const char       *label,
              double           *x,
              double           *y)
{
  StewardChartLayout *layout = steward_chart_view_get_layout (view);
  StewardReportResult *result = steward_chart_layout_get_result (layout);
  const StewardChartSlice *slices;
  guint n;

  slices = steward_chart_layout_get_slices (layout, &n);
  for (guint i = 0; i < n; i++)
    {
      double angle = (slices[i].start_angle + slices[i].end_angle) / 2;

      if (slices[i].item.row < 0 ||
          g_strcmp0 (steward_report_result_get_category_label (result, slices[i].item.row), label) != 0)
        continue;
      *x = slices[i].cx + slices[i].radius * 0.6 * cos (angle);
      *y = slices[i].cy + slices[i].radius * 0.6 * sin (angle);
      return TRUE;
    }
  return FALSE;
}

/* A pie of the summary, a click on the advisor slice drills in, Back returns. */
static void
test_reports_pie_drill (void)
{
  StewardReportsPage *page;
  StewardWindow *window = show_reports (&page);
  StewardReportDesigner *designer = STEWARD_REPORT_DESIGNER (steward_reports_page_get_designer (page));
  StewardChartView *view = STEWARD_CHART_VIEW (steward_reports_page_get_chart_view (page));
  const char *advisor = steward_enum_label (STEWARD_TYPE_SERVICE, STEWARD_SERVICE_ADVISOR);
  StewardReportResult *result;
  g_autofree char *tooltip = NULL;
  guint n_measures;
  double x, y;

  g_object_set (page, "show-designer", TRUE, NULL);
  steward_report_designer_choose_chart (designer, STEWARD_CHART_PIE);
  steward_reports_page_run_now (page);
  settle (300);

  /* Quarter × service became slices by service, of one measure. */
  g_assert_cmpint (steward_report_spec_get_grouping (steward_reports_page_get_definition (page)), ==,
                   STEWARD_REPORT_GROUPING_SERVICE);
  g_assert_cmpint (steward_report_spec_get_series (steward_reports_page_get_definition (page)), ==,
                   STEWARD_REPORT_GROUPING_NONE);
  steward_report_spec_get_measures (steward_reports_page_get_definition (page), &n_measures);
  g_assert_cmpuint (n_measures, ==, 1);
  result = steward_reports_page_get_result (page);
  g_assert_nonnull (result);
  g_assert_cmpint (cell (result, find_row (result, "advisor", FALSE), "count"), ==, 3);
  g_assert_cmpint (steward_chart_view_get_chart_type (view), ==, STEWARD_CHART_PIE);
  save_screenshot (window, "test-reports-pie");

  /* Hovering shows the values; empty space has no tooltip and a click there does nothing. */
  g_assert_true (slice_centre (view, advisor, &x, &y));
  tooltip = steward_chart_view_dup_tooltip_at (view, x, y);
  g_assert_nonnull (tooltip);
  g_assert_nonnull (strstr (tooltip, advisor));
  g_assert_nonnull (strstr (tooltip, "3"));
  g_assert_null (steward_chart_view_dup_tooltip_at (view, 1, 1));
  g_assert_false (steward_chart_view_activate_at (view, 1, 1));
  g_assert_cmpuint (steward_reports_page_get_drill_depth (page), ==, 0);

  /* Clicking the slice filters the report to the advisor service. */
  g_assert_true (steward_chart_view_activate_at (view, x, y));
  wait_preview (page);
  g_assert_cmpuint (steward_reports_page_get_drill_depth (page), ==, 1);
  g_assert_cmpuint (steward_report_spec_get_services (steward_reports_page_get_shown_spec (page)), ==,
                    STEWARD_REPORT_SERVICE_BIT (STEWARD_SERVICE_ADVISOR));
  /* The definition itself is untouched: the filter is on the drill-down trail. */
  g_assert_cmpuint (steward_report_spec_get_services (steward_reports_page_get_definition (page)), ==, 0);
  result = steward_reports_page_get_result (page);
  g_assert_cmpuint (steward_report_result_get_n_rows (result), ==, 1);
  g_assert_cmpint (cell (result, 0, "count"), ==, 3);
  settle (300);
  save_screenshot (window, "test-reports-drilled");

  /* Back removes the filter. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "reports.drill-up", NULL));
  wait_preview (page);
  g_assert_cmpuint (steward_reports_page_get_drill_depth (page), ==, 0);
  g_assert_cmpuint (steward_report_spec_get_services (steward_reports_page_get_shown_spec (page)), ==, 0);
  result = steward_reports_page_get_result (page);
  g_assert_cmpint (cell (result, find_row (result, "remote", FALSE), "count"), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The preview runs in a worker: two quick changes of the definition cancel the first run in
 * flight, the preview ends with the second definition's figures and the first never shows over
 * them; "Updating…" shows while a run takes a while; a refused definition shows its error. */
static void
test_reports_superseded (void)
{
  StewardReportsPage *page;
  StewardWindow *window = show_reports (&page);
  StewardReportDesigner *designer = STEWARD_REPORT_DESIGNER (steward_reports_page_get_designer (page));
  StewardReportResult *result;

  gtk_widget_activate_action (GTK_WIDGET (page), "page.new", NULL);
  wait_preview (page);
  g_assert_false (steward_reports_page_get_updating_shown (page));
  steward_reports_page_set_worker_delay (page, 800);

  /* Q2 holds one advisor request; its run starts after the 200 ms pause and waits. */
  steward_report_designer_type_period (designer, "2026-Q2");
  settle (450);
  g_assert_true (steward_reports_page_is_updating (page));
  g_assert_true (steward_reports_page_get_updating_shown (page));

  /* Q3 holds three advisor requests, one remote, one config, one training. Its run does not
   * wait, so the Q2 run, were it not cancelled, would finish after it. */
  steward_reports_page_set_worker_delay (page, 0);
  steward_report_designer_type_period (designer, "2026-Q3");
  wait_preview (page);
  result = steward_reports_page_get_result (page);
  g_assert_nonnull (result);
  g_assert_cmpstr (steward_report_spec_get_period (steward_reports_page_get_shown_spec (page)), ==, "2026-Q3");
  g_assert_cmpint (cell (result, find_row (result, "advisor", FALSE), "count"), ==, 3);
  g_assert_cmpint (cell (result, find_row (result, "remote", FALSE), "count"), ==, 1);
  g_assert_cmpint (cell (result, find_row (result, "training", FALSE), "count"), ==, 1);
  g_assert_false (steward_reports_page_get_updating_shown (page));

  /* Long after the first run would have finished, the second's result is still shown. */
  settle (1000);
  g_assert_true (steward_reports_page_get_result (page) == result);
  g_assert_cmpint (cell (result, find_row (result, "advisor", FALSE), "count"), ==, 3);

  /* A run the engine refuses shows why, in place of the chart. */
  steward_report_designer_toggle_measure (designer, STEWARD_REPORT_MEASURE_RESPONSE_SLA_PERCENT, TRUE);
  steward_report_designer_choose_chart (designer, STEWARD_CHART_BAR_STACKED);
  wait_preview (page);
  g_assert_null (steward_reports_page_get_result (page));
  g_assert_nonnull (strstr (steward_reports_page_get_message (page), "stacked"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Drilling into a quarter of a bar chart narrows the period and shows its months. */
static void
test_reports_drill_time (void)
{
  StewardReportsPage *page;
  StewardWindow *window = show_reports (&page);
  StewardReportDesigner *designer = STEWARD_REPORT_DESIGNER (steward_reports_page_get_designer (page));
  StewardReportSpec *shown;
  StewardReportResult *result;

  steward_report_designer_type_period (designer, "2026");
  steward_report_designer_choose_chart (designer, STEWARD_CHART_BAR_STACKED);
  steward_reports_page_run_now (page);
  /* Averages and percentages do not stack: the page says why instead of a chart. */
  g_assert_null (steward_reports_page_get_result (page));
  g_assert_nonnull (strstr (steward_reports_page_get_message (page), "stacked"));
  steward_report_designer_choose_chart (designer, STEWARD_CHART_BAR_GROUPED);
  steward_reports_page_run_now (page);
  /* Scheduled quarterly, the summary ignores the typed period. */
  g_assert_cmpstr (steward_report_result_get_category_key (steward_reports_page_get_result (page), 0), ==,
                   "2026-Q3");

  gtk_widget_activate_action (GTK_WIDGET (page), "page.new", NULL);
  steward_report_designer_type_period (designer, "2026");
  g_assert_cmpstr (steward_report_spec_get_period (steward_report_designer_get_spec (designer)), ==, "2026");
  /* Not yet run: the preview waits for typing to settle. */
  settle (400);
  result = steward_reports_page_get_result (page);
  g_assert_cmpint (cell (result, find_row (result, "advisor", FALSE), "count"), ==, 4);

  /* A period that does not read is marked and the last good preview stays. */
  steward_report_designer_type_period (designer, "2026-Q5");
  g_assert_cmpstr (steward_report_spec_get_period (steward_report_designer_get_spec (designer)), ==, "2026");
  settle (400);
  g_assert_true (steward_reports_page_get_result (page) == result);

  /* Group by quarter and click Q3's bar: the period becomes Q3, grouped by month. */
  steward_report_designer_type_period (designer, "2026");
  steward_report_designer_toggle_measure (designer, STEWARD_REPORT_MEASURE_FEE_TOTAL, TRUE);
  {
    StewardReportSpec *spec = steward_report_designer_get_spec (designer);

    steward_report_spec_set_grouping (spec, STEWARD_REPORT_GROUPING_QUARTER);
    steward_report_designer_set_spec (designer, spec);
    g_signal_emit_by_name (designer, "changed");
  }
  steward_reports_page_run_now (page);
  result = steward_reports_page_get_result (page);
  g_assert_cmpint (cell (result, find_row (result, "2026-Q3", FALSE), "fee-total"), ==, 565000);
  g_signal_emit_by_name (steward_reports_page_get_table (page), "activate",
                         (guint) find_row (result, "2026-Q3", FALSE));
  wait_preview (page);
  shown = steward_reports_page_get_shown_spec (page);
  g_assert_cmpuint (steward_reports_page_get_drill_depth (page), ==, 1);
  g_assert_cmpstr (steward_report_spec_get_period (shown), ==, "2026-Q3");
  g_assert_cmpint (steward_report_spec_get_grouping (shown), ==, STEWARD_REPORT_GROUPING_MONTH);
  result = steward_reports_page_get_result (page);
  g_assert_cmpuint (steward_report_result_get_n_rows (result), ==, 3);
  g_assert_cmpint (cell (result, find_row (result, "2026-07", FALSE), "count"), ==, 2);
  g_assert_cmpint (cell (result, find_row (result, "2026-08", FALSE), "count"), ==, 2);
  g_assert_cmpint (cell (result, find_row (result, "2026-09", FALSE), "count"), ==, 2);
  settle (200);
  save_screenshot (window, "test-reports-bars");

  /* Changing the definition drops the drill-down. */
  steward_report_designer_toggle_measure (designer, STEWARD_REPORT_MEASURE_FEE_TOTAL, FALSE);
  g_assert_cmpuint (steward_reports_page_get_drill_depth (page), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
list_has (const char *name)
{
  StewardStore *store = steward_application_get_store (app);
  g_autoptr(StewardStoreReports) reports = steward_store_reports_new (store);
  g_autoptr(GPtrArray) entries = steward_store_reports_list (reports, FALSE, NULL);

  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (((StewardReportEntry *) g_ptr_array_index (entries, i))->name, name))
      return TRUE;
  return FALSE;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

/* Save, rename, duplicate and delete (with undo) a definition. */
static void
test_reports_definitions (void)
{
  StewardReportsPage *page;
  StewardWindow *window = show_reports (&page);
  StewardReportDesigner *designer = STEWARD_REPORT_DESIGNER (steward_reports_page_get_designer (page));
  g_autoptr(GError) error = NULL;
  gint64 id;

  steward_report_designer_choose_chart (designer, STEWARD_CHART_PIE);
  g_assert_true (steward_reports_page_save_as (page, "  Pie by service ", &error));
  g_assert_no_error (error);
  id = steward_report_spec_get_id (steward_reports_page_get_definition (page));
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (steward_report_spec_get_name (steward_reports_page_get_definition (page)), ==,
                   "Pie by service");
  g_assert_true (list_has ("Pie by service"));

  /* A built-in's name is taken: refused, nothing renamed. */
  g_assert_false (steward_reports_page_rename (page, "Quarterly service summary", &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_true (list_has ("Pie by service"));
  g_assert_true (steward_reports_page_rename (page, "Service pie", &error));
  g_assert_no_error (error);
  g_assert_true (list_has ("Service pie"));
  g_assert_false (list_has ("Pie by service"));

  /* Duplicate opens the copy. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "reports.duplicate", NULL));
  g_assert_cmpstr (steward_report_spec_get_name (steward_reports_page_get_definition (page)), ==,
                   "Copy of Service pie");
  g_assert_cmpint (steward_report_spec_get_id (steward_reports_page_get_definition (page)), !=, id);
  g_assert_cmpint (steward_report_spec_get_chart (steward_reports_page_get_definition (page)), ==,
                   STEWARD_CHART_PIE);

  /* Delete it; Undo brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "reports.delete", NULL));
  g_assert_false (list_has ("Copy of Service pie"));
  g_assert_nonnull (steward_reports_page_get_definition (page));
  settle (100);
  g_signal_emit_by_name (find_button (GTK_WIDGET (window), "_Undo"), "clicked");
  g_assert_true (list_has ("Copy of Service pie"));
  g_assert_cmpstr (steward_report_spec_get_name (steward_reports_page_get_definition (page)), ==,
                   "Copy of Service pie");

  /* Opening the saved one shows it as stored. */
  gtk_widget_activate_action (GTK_WIDGET (page), "reports.open-saved", "x", id);
  g_assert_cmpstr (steward_report_spec_get_name (steward_reports_page_get_definition (page)), ==,
                   "Service pie");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;

  if (!steward_reports_page_export_finish (STEWARD_REPORTS_PAGE (source), result, error) &&
      *error == NULL)
    g_assert_not_reached ();
  if (*error == NULL)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

static void
export_and_wait (StewardReportsPage *page,
                 const char         *format,
                 const char         *path)
{
  GError *error = NULL;

  steward_reports_page_export (page, format, path, on_exported, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);  /* the "done" marker, not a failure */
  g_error_free (error);
}

/* Export the drilled pie to every format. */
static void
test_reports_export (void)
{
  StewardReportsPage *page;
  StewardWindow *window = show_reports (&page);
  StewardReportDesigner *designer = STEWARD_REPORT_DESIGNER (steward_reports_page_get_designer (page));
  StewardChartView *view = STEWARD_CHART_VIEW (steward_reports_page_get_chart_view (page));
  const char * const formats[] = { "xlsx", "pdf", "png", "svg", "csv" };
  g_autofree char *csv = NULL;
  double x, y;

  steward_report_designer_choose_chart (designer, STEWARD_CHART_PIE);
  steward_reports_page_run_now (page);
  settle (200);
  g_assert_true (slice_centre (view, steward_enum_label (STEWARD_TYPE_SERVICE, STEWARD_SERVICE_REMOTE), &x, &y));
  g_assert_true (steward_chart_view_activate_at (view, x, y));
  wait_preview (page);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("report.%s", formats[i]);
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_remove (path);
      export_and_wait (page, formats[i], path);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 30);
    }

  /* The CSV holds the drilled row as plain numbers, under a UTF-8 byte-order mark. */
  {
    g_autofree char *path = g_build_filename (tmp_dir, "report.csv", NULL);

    g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
    g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF" "Service,Count\r\n"));
    g_assert_nonnull (strstr (csv, "Remote assistance,1\r\n"));
    g_assert_null (strstr (csv, "advisor"));
  }

  /* Cancel in the page: the export stops and leaves no file. The click comes right after the
   * start, so the writer is almost always still at work; when the thread won the race, the
   * export must say it succeeded and the file must be whole — never "cancelled" beside a
   * written file. */
  {
    g_autofree char *path = g_build_filename (tmp_dir, "cancelled.xlsx", NULL);
    GtkWidget *cancel = find_button (GTK_WIDGET (page), "_Cancel");
    GError *error = NULL;

    g_assert_nonnull (cancel);
    steward_reports_page_export (page, "xlsx", path, on_exported, &error);
    g_signal_emit_by_name (cancel, "clicked");
    while (error == NULL)
      g_main_context_iteration (NULL, TRUE);
    if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    else
      {
        g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);  /* finished first */
        g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
        g_test_message ("The export finished before Cancel");
      }
    g_error_free (error);
  }

  /* A refused export writes nothing. */
  {
    g_autofree char *path = g_build_filename (tmp_dir, "nothing.xlsx", NULL);
    GError *error = NULL;

    steward_report_designer_toggle_measure (designer, STEWARD_REPORT_MEASURE_REVENUE, TRUE);
    steward_reports_page_run_now (page);  /* a pie of two measures cannot run */
    g_assert_null (steward_reports_page_get_result (page));
    g_assert_nonnull (strstr (steward_reports_page_get_message (page), "pie"));
    steward_reports_page_export (page, "xlsx", path, on_exported, &error);
    while (error == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
    g_error_free (error);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Printing paginates the table: 92 days of a quarter do not fit one page. */
static void
test_reports_print (void)
{
  StewardReportsPage *page;
  StewardWindow *window = show_reports (&page);
  StewardReportDesigner *designer = STEWARD_REPORT_DESIGNER (steward_reports_page_get_designer (page));
  g_autofree char *path = g_build_filename (tmp_dir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  StewardReportSpec *spec;
  int pages;

  gtk_widget_activate_action (GTK_WIDGET (page), "page.new", NULL);
  spec = steward_report_designer_get_spec (designer);
  steward_report_spec_set_grouping (spec, STEWARD_REPORT_GROUPING_DAY);
  steward_report_spec_set_period (spec, "2026-Q3");
  steward_report_designer_set_spec (designer, spec);
  g_signal_emit_by_name (designer, "changed");
  steward_reports_page_run_now (page);
  g_assert_cmpuint (steward_report_result_get_n_rows (steward_reports_page_get_result (page)), ==, 92);

  pages = steward_reports_page_print_to_pdf (page, path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pages, >=, 3);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_remove (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *database_path = NULL;
  int ret;

  tmp_dir = g_dir_make_tmp ("steward-reports-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);
  database_path = g_build_filename (tmp_dir, "reports.db", NULL);
  g_setenv ("STEWARD_DATABASE", database_path, TRUE);
  create_database (database_path);

  /* Screenshots in Chinese: LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN with a .mo under STEWARD_LOCALEDIR. */
  if (g_getenv ("STEWARD_LOCALEDIR") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STEWARD_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = steward_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));
  g_assert_nonnull (steward_application_get_store (app));

  g_test_add_func ("/reports/quarterly-summary", test_reports_quarterly_summary);
  g_test_add_func ("/reports/pie-drill", test_reports_pie_drill);
  g_test_add_func ("/reports/drill-time", test_reports_drill_time);
  g_test_add_func ("/reports/superseded", test_reports_superseded);
  g_test_add_func ("/reports/definitions", test_reports_definitions);
  g_test_add_func ("/reports/export", test_reports_export);
  g_test_add_func ("/reports/print", test_reports_print);
  ret = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  remove_tree (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
