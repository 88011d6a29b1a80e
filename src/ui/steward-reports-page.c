/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-reports-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-reports-page-private.h"

#include "steward-back-button.h"
#include "steward-error.h"
#include "steward-report-drill.h"
#include "steward-report-engine.h"
#include "steward-report-table.h"
#include "steward-report-templates.h"
#include "steward-ui-util.h"

/* How long the preview waits for the designer to settle: long enough to type "2026-Q3"
 * without running five queries, short enough to feel live. */
#define PREVIEW_DELAY_MS 200

G_DEFINE_FINAL_TYPE (StewardReportsPage, steward_reports_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SHOW_DESIGNER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
steward_reports_page_new (void)
{
  return g_object_new (STEWARD_TYPE_REPORTS_PAGE, NULL);
}

static void
drill_level_clear (gpointer data)
{
  DrillLevel *level = data;

  g_clear_object (&level->spec);
  g_clear_pointer (&level->label, g_free);
}

StewardReportSpec *
reports_page_top_spec (StewardReportsPage *self)
{
  if (self->trail->len == 0)
    return NULL;
  return g_array_index (self->trail, DrillLevel, self->trail->len - 1).spec;
}

static void
push_level (StewardReportsPage *self,
            StewardReportSpec  *spec,
            char               *label)
{
  DrillLevel level = { spec, label };

  g_array_append_val (self->trail, level);
}

/* Client names seen in results, so the drill-down's client filter reads as a name. */
static void
learn_client_names (StewardReportsPage  *self,
                    StewardReportResult *result,
                    StewardReportSpec   *spec)
{
  if (steward_report_spec_get_grouping (spec) != STEWARD_REPORT_GROUPING_CLIENT)
    return;
  for (guint r = 0; r < steward_report_result_get_n_rows (result); r++)
    {
      gint64 id = g_ascii_strtoll (steward_report_result_get_category_key (result, r), NULL, 10);

      g_hash_table_insert (self->client_names, g_memdup2 (&id, sizeof id),
                           g_strdup (steward_report_result_get_category_label (result, r)));
    }
}

void
reports_page_show_message (StewardReportsPage *self,
                           const char         *title,
                           const char         *description)
{
  g_clear_pointer (&self->result, steward_report_result_unref);
  steward_chart_view_set_result (self->chart_view, NULL);
  steward_report_table_set_result (self->table, NULL);
  adw_status_page_set_title (self->message_page, title);
  adw_status_page_set_description (self->message_page, description);
  gtk_stack_set_visible_child_name (self->preview_stack, "message");
}

void
reports_page_show_result (StewardReportsPage  *self,
                          StewardReportResult *result,
                          StewardReportSpec   *spec)
{
  guint n_columns = steward_report_result_get_n_columns (result);
  g_autofree const char **labels = g_new0 (const char *, n_columns + 1);
  StewardChartType chart = steward_report_spec_get_chart (spec);

  g_clear_pointer (&self->result, steward_report_result_unref);
  self->result = steward_report_result_ref (result);
  learn_client_names (self, result, spec);

  for (guint c = 0; c < n_columns; c++)
    labels[c] = steward_report_result_get_column_label (result, c);
  steward_report_designer_set_columns (self->designer, labels);

  steward_chart_view_set_chart_type (self->chart_view, chart);
  steward_chart_view_set_measure (self->chart_view,
                                  steward_report_designer_get_chart_measure (self->designer));
  steward_chart_view_set_result (self->chart_view, result);
  steward_report_table_set_result (self->table, result);
  /* A table-only report needs no second copy of its table above the real one. */
  gtk_widget_set_visible (self->chart_frame, chart != STEWARD_CHART_TABLE);
  gtk_stack_set_visible_child_name (self->preview_stack, "preview");
}

static gboolean
run_preview (gpointer user_data)
{
  StewardReportsPage *self = user_data;

  self->preview_source = 0;
  reports_page_start_preview (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_preview (StewardReportsPage *self)
{
  g_clear_handle_id (&self->preview_source, g_source_remove);
  self->preview_source = g_timeout_add (PREVIEW_DELAY_MS, run_preview, self);
  reports_page_update_state (self);
}

void
reports_page_show_definition (StewardReportsPage *self,
                              StewardReportSpec  *spec,
                              const char         *template_code)
{
  g_clear_object (&self->saved);
  self->saved = steward_report_spec_copy_exact (spec);
  g_free (self->template_code);
  self->template_code = g_strdup (template_code);
  g_array_set_size (self->trail, 0);
  push_level (self, steward_report_spec_copy_exact (spec), NULL);
  steward_report_designer_set_chart_measure (self->designer, 0);
  steward_report_designer_set_spec (self->designer, spec);
  reports_page_start_preview (self);
}

static char *
dup_breadcrumb (StewardReportsPage *self)
{
  GString *text = g_string_new (steward_report_spec_get_name (reports_page_top_spec (self)));

  for (guint i = 1; i < self->trail->len; i++)
    g_string_append_printf (text, "  ›  %s", g_array_index (self->trail, DrillLevel, i).label);
  return g_string_free (text, FALSE);
}

void
reports_page_update_state (StewardReportsPage *self)
{
  StewardReportSpec *definition = steward_reports_page_get_definition (self);
  gint64 id = definition != NULL ? steward_report_spec_get_id (definition) : 0;
  gboolean modified = definition != NULL && !steward_report_spec_equal (definition, self->saved);
  g_autofree char *breadcrumb = NULL;
  g_autofree char *full_subtitle = NULL;
  g_autoptr(StewardReportPeriod) period = NULL;
  const char *subtitle;

  if (definition == NULL)
    return;
  if (modified)
    subtitle = _("Unsaved changes");
  else if (self->template_code != NULL)
    subtitle = _("Built-in report");
  else
    subtitle = _("Saved report");
  /* Which dates the numbers cover: "Built-in report · Q3 2026". */
  if (steward_report_spec_resolve_period (reports_page_top_spec (self),
                                          self->now != 0 ? self->now : g_get_real_time () / G_USEC_PER_SEC,
                                          NULL, &period, NULL) && period != NULL)
    {
      g_autofree char *label = steward_report_period_dup_label (period);

      /* TRANSLATORS: the report's state, then the period it covers: "Saved report · Q3 2026". */
      full_subtitle = g_strdup_printf (_("%s · %s"), subtitle, label);
    }
  adw_window_title_set_title (self->title, steward_report_spec_get_name (definition));
  adw_window_title_set_subtitle (self->title, full_subtitle != NULL ? full_subtitle : subtitle);

  breadcrumb = dup_breadcrumb (self);
  gtk_label_set_text (self->breadcrumb, breadcrumb);
  gtk_revealer_set_reveal_child (self->drill_bar, self->trail->len > 1);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.save", modified || id == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.rename", id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.duplicate", id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.delete", id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.drill-up", self->trail->len > 1);
  /* While a run is pending the result shown is an older definition's: nothing leaves the
   * page under the newer definition's name. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export",
                                 self->result != NULL && self->export_cancellable == NULL &&
                                 !reports_page_is_updating (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.print",
                                 self->result != NULL && !reports_page_is_updating (self));
}

static void
drill (StewardReportsPage *self,
       int                 row,
       gboolean            category_only)
{
  g_autoptr(GError) error = NULL;
  char *label = NULL;
  StewardReportSpec *drilled;

  /* While a run is pending the chart shows an older definition's rows: they cannot be read
   * against the newer one. */
  if (self->result == NULL || reports_page_is_updating (self))
    return;
  drilled = steward_report_drill_down (reports_page_top_spec (self), self->result, row,
                                       category_only, &label, &error);
  if (drilled == NULL)
    {
      steward_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  push_level (self, drilled, label);
  reports_page_start_preview (self);
}

static void
on_chart_item_activated (StewardReportsPage     *self,
                         const StewardChartItem *item)
{
  gboolean pie = steward_chart_view_get_chart_type (self->chart_view) == STEWARD_CHART_PIE;

  switch (item->kind)
    {
    case STEWARD_CHART_ITEM_BAR:
    case STEWARD_CHART_ITEM_POINT:
    case STEWARD_CHART_ITEM_TABLE_ROW:
      drill (self, item->row, FALSE);
      break;
    case STEWARD_CHART_ITEM_SLICE:
      drill (self, item->row, TRUE);
      break;
    case STEWARD_CHART_ITEM_LEGEND:
      /* A pie's legend names its slices; a series legend has no single row to filter by. */
      if (pie && item->category != G_MAXUINT)
        drill (self, steward_report_result_lookup_row (self->result, item->category, 0), TRUE);
      break;
    case STEWARD_CHART_ITEM_NONE:
    default:
      break;
    }
}

static void
on_table_activated (StewardReportsPage *self,
                    guint               position)
{
  int row = steward_report_table_get_row (self->table, position);

  if (row >= 0)
    drill (self, row, FALSE);
}

static void
drill_up (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  StewardReportsPage *self = STEWARD_REPORTS_PAGE (widget);

  if (self->trail->len <= 1)
    return;
  g_array_set_size (self->trail, self->trail->len - 1);
  reports_page_start_preview (self);
}

static void
on_designer_changed (StewardReportsPage *self)
{
  /* A new definition: the drill-down filters of the old one no longer apply. */
  g_array_set_size (self->trail, 0);
  push_level (self, steward_report_spec_copy_exact (steward_report_designer_get_spec (self->designer)),
              NULL);
  reports_page_update_state (self);
  schedule_preview (self);
}

static void
on_designer_revealed (StewardReportsPage *self)
{
  if (!gtk_revealer_get_child_revealed (self->designer_revealer))
    gtk_widget_set_visible (GTK_WIDGET (self->designer_revealer), FALSE);
}

static void
on_store_changed (StewardApplication *app,
                  GParamSpec         *pspec,
                  StewardReportsPage *self)
{
  StewardStore *store = steward_application_get_store (app);

  /* Readers of the old database must not serve the new one. */
  reports_page_stop_preview (self);
  self->store_serial++;
  g_clear_object (&self->idle_reader);
  g_clear_object (&self->reports);
  if (store == NULL)
    return;
  self->reports = steward_store_reports_new (store);
  reports_page_reload_list (self);
  if (self->trail->len == 0)
    {
      g_autoptr(StewardReportSpec) spec = steward_report_template_new ("quarterly-summary", NULL);

      reports_page_show_definition (self, spec, "quarterly-summary");
    }
  else
    reports_page_start_preview (self);
}

static void
on_data_changed (StewardApplication *app,
                 StewardReportsPage *self)
{
  reports_page_reload_list (self);
  schedule_preview (self);
}

static void
on_application (GtkWidget          *widget,
                StewardApplication *app)
{
  StewardReportsPage *self = STEWARD_REPORTS_PAGE (widget);

  self->app = app;
  g_signal_connect_object (app, "notify::store", G_CALLBACK (on_store_changed), self, 0);
  g_signal_connect_object (app, "data-changed", G_CALLBACK (on_data_changed), self, 0);
  on_store_changed (app, NULL, self);
}

void
steward_reports_page_set_now (StewardReportsPage *self,
                              gint64              now)
{
  g_return_if_fail (STEWARD_IS_REPORTS_PAGE (self));

  self->now = now;
  steward_reports_page_run_now (self);
}

StewardReportSpec *
steward_reports_page_get_definition (StewardReportsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORTS_PAGE (self), NULL);

  return self->trail->len > 0 ? steward_report_designer_get_spec (self->designer) : NULL;
}

StewardReportSpec *
steward_reports_page_get_shown_spec (StewardReportsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORTS_PAGE (self), NULL);

  return reports_page_top_spec (self);
}

StewardReportResult *
steward_reports_page_get_result (StewardReportsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORTS_PAGE (self), NULL);

  return self->result;
}

const char *
steward_reports_page_get_message (StewardReportsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORTS_PAGE (self), NULL);

  if (self->result != NULL)
    return NULL;
  return adw_status_page_get_description (self->message_page);
}

guint
steward_reports_page_get_drill_depth (StewardReportsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORTS_PAGE (self), 0);

  return self->trail->len > 0 ? self->trail->len - 1 : 0;
}

GtkWidget *
steward_reports_page_get_chart_view (StewardReportsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORTS_PAGE (self), NULL);

  return GTK_WIDGET (self->chart_view);
}

GtkWidget *
steward_reports_page_get_designer (StewardReportsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORTS_PAGE (self), NULL);

  return GTK_WIDGET (self->designer);
}

GtkWidget *
steward_reports_page_get_table (StewardReportsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORTS_PAGE (self), NULL);

  return GTK_WIDGET (self->table);
}

static void
steward_reports_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  StewardReportsPage *self = STEWARD_REPORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_DESIGNER: g_value_set_boolean (value, self->show_designer); break;
    default:                 G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_reports_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  StewardReportsPage *self = STEWARD_REPORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_DESIGNER:
      if (self->show_designer == g_value_get_boolean (value))
        return;
      self->show_designer = g_value_get_boolean (value);
      /* A hidden revealer still asks for its child's minimum width in GTK 4.8: hide it too. */
      if (self->show_designer)
        gtk_widget_set_visible (GTK_WIDGET (self->designer_revealer), TRUE);
      gtk_revealer_set_reveal_child (self->designer_revealer, self->show_designer);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_reports_page_dispose (GObject *object)
{
  StewardReportsPage *self = STEWARD_REPORTS_PAGE (object);

  reports_page_cancel_export (self);
  reports_page_stop_preview (self);
  g_clear_object (&self->idle_reader);
  g_clear_handle_id (&self->export_timeout, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_REPORTS_PAGE);
  g_clear_object (&self->reports);
  g_clear_object (&self->saved);
  g_clear_pointer (&self->result, steward_report_result_unref);

  G_OBJECT_CLASS (steward_reports_page_parent_class)->dispose (object);
}

static void
steward_reports_page_finalize (GObject *object)
{
  StewardReportsPage *self = STEWARD_REPORTS_PAGE (object);

  g_clear_pointer (&self->trail, g_array_unref);
  g_clear_pointer (&self->client_names, g_hash_table_unref);
  g_clear_pointer (&self->template_code, g_free);
  /* A run that finished after dispose handed its connection back. */
  g_clear_object (&self->idle_reader);

  G_OBJECT_CLASS (steward_reports_page_parent_class)->finalize (object);
}

static void
steward_reports_page_class_init (StewardReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = steward_reports_page_get_property;
  object_class->set_property = steward_reports_page_set_property;
  object_class->dispose = steward_reports_page_dispose;
  object_class->finalize = steward_reports_page_finalize;

  properties[PROP_SHOW_DESIGNER] =
    g_param_spec_boolean ("show-designer", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (STEWARD_TYPE_BACK_BUTTON);
  g_type_ensure (STEWARD_TYPE_CHART_VIEW);
  g_type_ensure (STEWARD_TYPE_REPORT_DESIGNER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-reports-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, title);
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, reports_button);
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, reports_list);
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, drill_bar);
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, breadcrumb);
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, updating_bar);
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, updating_spinner);
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, message_page);
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, chart_frame);
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, table);
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, designer_revealer);
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, designer);
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, export_bar);
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, export_label);
  gtk_widget_class_bind_template_child (widget_class, StewardReportsPage, export_progress);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_item_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_table_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_designer_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_designer_revealed);
  gtk_widget_class_bind_template_callback (widget_class, reports_page_cancel_export);

  gtk_widget_class_install_action (widget_class, "reports.drill-up", NULL, drill_up);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "reports.drill-up", NULL);
  gtk_widget_class_install_property_action (widget_class, "reports.show-designer", "show-designer");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "reports.show-designer", NULL);
  gtk_widget_class_install_action (widget_class, "reports.export", "s", reports_page_export_action);
  gtk_widget_class_install_action (widget_class, "reports.print", NULL, reports_page_print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "reports.print", NULL);
  reports_page_install_actions (widget_class);
}

static void
steward_reports_page_init (StewardReportsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->trail = g_array_new (FALSE, TRUE, sizeof (DrillLevel));
  g_array_set_clear_func (self->trail, drill_level_clear);
  self->client_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->saved = steward_report_spec_new ();
  steward_widget_watch_application (GTK_WIDGET (self), on_application);
}
