/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-screenshots"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "steward-application.h"
#include "steward-calendar-chip.h"
#include "steward-chart-layout.h"
#include "steward-chart-view.h"
#include "steward-client-dialog.h"
#include "steward-complaint-desk.h"
#include "steward-complaint-dialog.h"
#include "steward-demo.h"
#include "steward-import-dialog.h"
#include "steward-new-request-dialog.h"
#include "steward-package-dialog.h"
#include "steward-payment-dialog.h"
#include "steward-preferences-window.h"
#include "steward-quote-dialog.h"
#include "steward-rating-dialog.h"
#include "steward-reports-page.h"
#include "steward-resolve-dialog.h"
#include "steward-session-dialog.h"
#include "steward-store-demo.h"
#include "steward-store-training.h"
#include "steward-templates-dialog.h"
#include "steward-time.h"
#include "steward-training-planner.h"
#include "steward-window.h"
#include "ui-fixtures.h"

/* Every page and every dialog of the window, in English and in Chinese, at the default size and
 * folded to a phone's width (360 px): each is rendered to a PNG (in $STEWARD_SCREENSHOT_DIR when
 * set, for a person to look at) and searched for text that does not fit — a label GTK had to
 * ellipsize although its text is not data, text wider than its label, a word broken across
 * lines, or a label that reaches past its window's edge; a dialog's title cut in its header bar
 * fails like any other text. In charts (drawn, not labels) a legend name may not be cut: the
 * demo's names all fit a phone's width. Narrow, no page or dialog may need more than 360 px: the
 * test names the widget that would hold the window wider. */

#define WIDE   1200
#define NARROW 360
#define HEIGHT 800

static StewardApplication *app;
static StewardWindow *window;
static GPtrArray *problems;
static const char *language;
static int width;

static int
min_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* The list view in which a combo row shows its current choice: a choice of ours ("Dedicated
 * technical advisor"), not data, unless the row is marked as data. */
static gboolean
is_combo_row_choice (GtkWidget *widget)
{
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_get_ancestor (widget, ADW_TYPE_COMBO_ROW) != NULL
         && gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER) == NULL;
}

/* Labels inside these show data (client names, request titles, a training session's chip in
 * the calendar …): a long name may ellipsize. */
static gboolean
inside_data_view (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      if (is_combo_row_choice (w))
        continue;
      if (GTK_IS_COLUMN_VIEW (w) || GTK_IS_LIST_VIEW (w) || GTK_IS_GRID_VIEW (w)
          || STEWARD_IS_CALENDAR_CHIP (w) || gtk_widget_has_css_class (w, "data"))
        return TRUE;
    }
  return FALSE;
}

/* A line of a wrapped label that starts inside a word ("Dur-ati-on", "2026-11-2" / "5"): GTK
 * breaks a word only when the label gets less than the word's width. Chinese may break between
 * any two characters, so only a break Pango would not choose itself counts. */
static gboolean
breaks_inside_word (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  const PangoLogAttr *attrs;
  int n_attrs;

  if (pango_layout_get_line_count (layout) < 2)
    return FALSE;
  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      const PangoLayoutLine *line = l->data;
      glong offset = g_utf8_pointer_to_offset (text, text + line->start_index);

      if (line->start_index > 0 && offset < n_attrs && !attrs[offset].is_line_break)
        return TRUE;
    }
  return FALSE;
}

static void
check_labels (GtkWidget  *widget,
              GtkWidget  *toplevel,
              const char *shot)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    {
      GtkLabel *label = GTK_LABEL (widget);
      const char *text = gtk_label_get_text (label);
      graphene_rect_t bounds;
      PangoRectangle logical;

      if (pango_layout_is_ellipsized (gtk_label_get_layout (label)) && !inside_data_view (widget))
        g_ptr_array_add (problems, g_strdup_printf ("%s %s %d: ellipsized “%s”", *language ? language : "en", shot,
                                                    width, text));
      if (breaks_inside_word (gtk_label_get_layout (label)) && !inside_data_view (widget))
        g_ptr_array_add (problems, g_strdup_printf ("%s %s %d: a word broken across lines in “%s”",
                                                    *language ? language : "en", shot, width, text));
      /* Text wider than its label is cut without an ellipsis (a table column narrower than its
       * cells). */
      pango_layout_get_pixel_extents (gtk_label_get_layout (label), NULL, &logical);
      if (!pango_layout_is_ellipsized (gtk_label_get_layout (label))
          && logical.width > gtk_widget_get_width (widget) + 1)
        g_ptr_array_add (problems, g_strdup_printf ("%s %s %d: clipped “%s”", *language ? language : "en",
                                                    shot, width, text));
      if (gtk_widget_compute_bounds (widget, toplevel, &bounds)
          && bounds.origin.x + bounds.size.width > gtk_widget_get_width (toplevel) + 1
          && !inside_data_view (widget))
        g_ptr_array_add (problems, g_strdup_printf ("%s %s %d: past the edge “%s”", *language ? language : "en",
                                                    shot, width, text));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_labels (child, toplevel, shot);
}

/* A chart's legend names are drawn by the chart, not by labels: the layout tells which it cut. */
static void
check_charts (GtkWidget  *widget,
              const char *shot)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (STEWARD_IS_CHART_VIEW (widget))
    {
      StewardChartLayout *layout = steward_chart_view_get_layout (STEWARD_CHART_VIEW (widget));
      const StewardChartLegendEntry *legend;
      const StewardChartLabel *labels;
      guint n_legend = 0, n_labels = 0;

      g_assert_nonnull (layout);
      legend = steward_chart_layout_get_legend (layout, &n_legend);
      labels = steward_chart_layout_get_labels (layout, &n_labels);
      for (guint i = 0; i < n_legend; i++)
        {
          g_assert_cmpuint (legend[i].label, <, n_labels);
          if (labels[legend[i].label].ellipsized)
            g_ptr_array_add (problems, g_strdup_printf ("%s %s %d: cut legend name “%s”",
                                                        *language ? language : "en", shot, width,
                                                        labels[legend[i].label].text));
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_charts (child, shot);
}

/* Which widget holds a page wider than a phone: the deepest one whose own minimum width is too
 * much, named with its children's minimum widths. */
static void
describe_widest (GtkWidget *widget,
                 int        limit,
                 GString   *out)
{
  gboolean deeper = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_get_visible (child) && min_width (child) > limit)
        {
          g_string_append_printf (out, " > %s", G_OBJECT_TYPE_NAME (child));
          describe_widest (child, limit, out);
          deeper = TRUE;
          /* Each page of a stack that is too wide, not only the first. */
          if (!GTK_IS_STACK (widget))
            return;
          g_string_append (out, ";");
        }
    }
  if (deeper)
    return;
  g_string_append (out, " [");
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_get_visible (child))
        g_string_append_printf (out, " %s%s%s %d", G_OBJECT_TYPE_NAME (child),
                                GTK_IS_LABEL (child) ? ":" : "",
                                GTK_IS_LABEL (child) ? gtk_label_get_text (GTK_LABEL (child)) : "",
                                min_width (child));
    }
  g_string_append (out, " ]");
}

static void
check_narrowest (GtkWidget  *widget,
                 const char *shot)
{
  g_autoptr(GString) out = NULL;

  if (min_width (widget) <= NARROW)
    return;
  out = g_string_new (NULL);
  describe_widest (widget, NARROW, out);
  g_ptr_array_add (problems, g_strdup_printf ("%s %s: %d px at its narrowest:%s",
                                              *language ? language : "en", shot,
                                              min_width (widget), out->str));
}

static void
shoot (GtkWidget  *toplevel,
       const char *shot)
{
  g_autofree char *name = g_strdup_printf ("%s-%s-%d.png", *language != '\0' ? language : "en",
                                           shot, width);
  g_autofree char *path = ui_screenshot_path (name);
  int w, h;

  ui_settle (50);
  ui_screenshot (toplevel, path, &w, &h);
  g_assert_cmpint (w, >, 0);
  check_labels (toplevel, toplevel, shot);
  check_charts (toplevel, shot);
  /* GTK's own shortcuts window is not ours to fix. */
  if (width == NARROW && !GTK_IS_SHORTCUTS_WINDOW (toplevel))
    check_narrowest (gtk_window_get_child (GTK_WINDOW (toplevel)), shot);
}

static void
shoot_dialog (GtkWindow  *dialog,
              const char *shot)
{
  int dialog_width = 0, dialog_height = 0;

  gtk_window_set_transient_for (dialog, GTK_WINDOW (window));
  gtk_window_get_default_size (dialog, &dialog_width, &dialog_height);
  /* Narrow: as on a phone, the dialog no wider than the window. */
  ui_show (dialog, width == NARROW ? NARROW : (dialog_width > 0 ? dialog_width : -1),
           dialog_height > 0 ? MIN (dialog_height, HEIGHT) : -1);
  shoot (GTK_WIDGET (dialog), shot);
  gtk_window_destroy (dialog);
  ui_settle (50);
}

static void
shoot_page (const char *page)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", page);
  ui_settle (150);
  shoot (GTK_WIDGET (window), page);
}

static void
shoot_item (const char *kind,
            gint64      id,
            const char *shot)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open", "(sx)", kind, id);
  ui_settle (150);
  shoot (GTK_WIDGET (window), shot);
}

static void
shoot_request_dialogs (void)
{
  StewardDesk *desk = steward_application_get_desk (app);
  StewardRequestRepository *requests = steward_application_get_request_repository (app);
  g_autoptr(StewardServiceRequest) request = steward_request_repository_load_request (requests, 1,
                                                                                       NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autofree char *summary = g_strdup_printf (_("Deposit due before work starts: %s; received so far: %s."),
                                              "¥500.00", "¥0.00");

  g_assert_nonnull (request);
  shoot_dialog (GTK_WINDOW (steward_new_request_dialog_new (steward_application_get_store (app),
                                                            desk, now)), "new-request");
  shoot_dialog (GTK_WINDOW (steward_quote_dialog_new (desk, request, now)), "quote");
  shoot_dialog (GTK_WINDOW (steward_payment_dialog_new (desk, request,
                                                        STEWARD_PAYMENT_KIND_PAYMENT,
                                                        _("Record Deposit"), summary,
                                                        50000, now)), "payment");
  shoot_dialog (GTK_WINDOW (steward_rating_dialog_new (desk, request, now)), "rating");
  shoot_dialog (GTK_WINDOW (steward_templates_dialog_new (steward_application_get_store (app))),
                "templates");
}

static void
shoot_client_dialogs (void)
{
  StewardClientRepository *clients = steward_application_get_client_repository (app);
  StewardImportDialog *import;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv_path = ui_screenshot_path ("import-preview.csv");
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  const char *rows =
    "名称,行业,负责人,联系人,电话,邮箱\n"
    "上海云帆信息科技有限公司,软件和信息技术服务,王敏,李娜,13800138000,lina@example.com\n"
    "北京星河数据服务有限公司,数据服务,王敏,张伟,13912345678,not-an-email\n"
    ",制造业,王敏,赵磊,13700000000,zhao@example.com\n";

  shoot_dialog (GTK_WINDOW (steward_client_dialog_new (clients,
                                                       steward_application_get_settings (app))),
                "new-client");

  g_assert_true (g_file_set_contents (csv_path, rows, -1, NULL));
  import = steward_import_dialog_new (steward_application_get_store (app), clients);
  g_assert_true (steward_import_dialog_load_file (import, csv, &error));
  g_assert_no_error (error);
  shoot_dialog (GTK_WINDOW (import), "import-csv");
}

static void
shoot_package_and_training_dialogs (void)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  StewardDesk *desk = steward_application_get_desk (app);
  g_autoptr(StewardTrainingPlanner) planner = NULL;
  g_autoptr(GListStore) empty = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(StewardTrainingSession) session = NULL;

  shoot_dialog (GTK_WINDOW (steward_package_dialog_new (steward_application_get_store (app),
                                                        steward_desk_get_pricing (desk), 1,
                                                        "上海云帆信息科技有限公司", now, tz)),
                "package");

  planner = steward_training_planner_new (steward_application_get_training_repository (app));
  shoot_dialog (GTK_WINDOW (steward_session_dialog_new_booking (planner, G_LIST_MODEL (empty),
                                                                names, 0, now, 2 * 3600)),
                "session-new");
  session = steward_training_repository_load (steward_application_get_training_repository (app),
                                              1, NULL);
  if (session != NULL)
    shoot_dialog (GTK_WINDOW (steward_session_dialog_new_for_session (planner, session, names)),
                  "session-booked");
}

static void
shoot_complaint_dialogs (void)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  StewardComplaintRepository *repository = steward_application_get_complaint_repository (app);
  g_autoptr(StewardComplaintDesk) desk = steward_complaint_desk_new (repository,
                                                                    steward_application_get_desk (app));
  g_autoptr(StewardComplaint) complaint = steward_complaint_repository_load (repository, 1, NULL);

  g_assert_nonnull (complaint);
  shoot_dialog (GTK_WINDOW (steward_resolve_dialog_new (desk, complaint, 80000, now)), "resolve");
  shoot_dialog (GTK_WINDOW (steward_complaint_dialog_new (desk,
                                                          steward_application_get_store (app),
                                                          now)),
                "receive-complaint");
}

static void
shoot_app_windows (void)
{
  static const char * const prefs_pages[] = { "general", "business-hours", "pricing", "backups" };
  GtkWidget *prefs;
  GtkWindow *overlay;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  prefs = ui_find_toplevel (STEWARD_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);
  if (width == NARROW)
    gtk_window_set_default_size (GTK_WINDOW (prefs), NARROW, HEIGHT);
  for (guint i = 0; i < G_N_ELEMENTS (prefs_pages); i++)
    {
      g_autofree char *shot = g_strdup_printf ("preferences-%s", prefs_pages[i]);

      adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (prefs), prefs_pages[i]);
      ui_settle (200);
      shoot (prefs, shot);
    }
  gtk_window_destroy (GTK_WINDOW (prefs));

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  shoot (ui_find_toplevel (ADW_TYPE_ABOUT_WINDOW), "about");
  gtk_window_destroy (GTK_WINDOW (ui_find_toplevel (ADW_TYPE_ABOUT_WINDOW)));

  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  ui_settle (200);
  shoot (GTK_WIDGET (overlay), "shortcuts");
  gtk_widget_set_visible (GTK_WIDGET (overlay), FALSE);
}

static void
shoot_everything (void)
{
  static const char * const pages[] = { "dashboard", "clients", "requests", "packages",
                                        "training", "complaints", "reports" };

  window = steward_window_new (app);
  ui_show (GTK_WINDOW (window), width, HEIGHT);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    shoot_page (pages[i]);
  shoot_item ("client", 1, "client-page");
  shoot_item ("request", 1, "request-page");
  shoot_item ("package", 1, "package-view");
  shoot_item ("complaint", 1, "complaint-view");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "reports");
  gtk_widget_activate_action (GTK_WIDGET (steward_window_get_page (window, "reports")),
                              "reports.open-template", "s", "monthly-revenue");
  ui_settle (500);
  shoot (GTK_WIDGET (window), "report-designer");
  /* The same months as a pie: its legend (a name, value and share per month) beside the pie or,
   * narrow, under it. */
  steward_chart_view_set_chart_type (STEWARD_CHART_VIEW (steward_reports_page_get_chart_view (
                                       STEWARD_REPORTS_PAGE (steward_window_get_page (window, "reports")))),
                                     STEWARD_CHART_PIE);
  ui_settle (150);
  shoot (GTK_WIDGET (window), "report-pie");

  shoot_client_dialogs ();
  shoot_request_dialogs ();
  shoot_package_and_training_dialogs ();
  shoot_complaint_dialogs ();
  shoot_app_windows ();
  gtk_window_destroy (GTK_WINDOW (window));

  steward_application_set_first_run (app, TRUE);
  window = steward_window_new (app);
  ui_show (GTK_WINDOW (window), width, HEIGHT);
  shoot (GTK_WIDGET (window), "welcome");
  gtk_window_destroy (GTK_WINDOW (window));
  steward_application_set_first_run (app, FALSE);
  window = NULL;
}

/* Chinese as a Chinese user has it: messages and dates (weekdays, months) in Chinese. */
static gboolean
use_language (const char *lang)
{
  language = lang;
  g_setenv ("LANGUAGE", lang, TRUE);
  /* setlocale() also makes gettext forget the translations of the other language. */
  return setlocale (LC_ALL, *lang != '\0' ? "zh_CN.UTF-8" : "C.UTF-8") != NULL;
}

static void
test_screenshots (gconstpointer data)
{
  const char *lang = data;

  if (!use_language (lang))
    {
      g_test_skip ("The zh_CN.UTF-8 locale is not generated (see README)");
      use_language ("");
      return;
    }
  problems = g_ptr_array_new_with_free_func (g_free);
  width = WIDE;
  shoot_everything ();
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);

  /* Folded to a phone's width: every page and dialog fits, and nothing cuts text — neither a
   * dialog's title between its header buttons nor a chart's legend. */
  width = NARROW;
  shoot_everything ();
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);
  use_language ("");
}

static void
create_demo (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardStore) store = steward_store_open (path, &error);
  StewardDemoOptions options;

  g_assert_no_error (error);
  steward_demo_options_init (&options);
  options.n_clients = 30;
  options.n_requests = 200;
  g_assert_true (steward_demo_fill (store, &options, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  int ret;

  ui_fixture_init (&argc, &argv);
  /* GNOME's own title buttons (org.gnome.desktop.wm.preferences button-layout), as on a
   * GNOME desktop or phone, rather than GTK's fallback of three. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  dir = g_dir_make_tmp ("steward-shots-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "demo.db", NULL);
  create_demo (path);
  g_setenv ("STEWARD_DATABASE", path, TRUE);

  app = steward_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

  g_test_add_data_func ("/screenshots/english", "", test_screenshots);
  g_test_add_data_func ("/screenshots/chinese", "zh_CN", test_screenshots);
  ret = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  return ret;
}
