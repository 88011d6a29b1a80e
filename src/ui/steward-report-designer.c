/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-report-designer"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-report-designer-private.h"

#include "steward-enums.h"
#include "steward-report-drill.h"

#define DESIGNER_WIDTH 360

G_DEFINE_FINAL_TYPE (StewardReportDesigner, steward_report_designer, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The chart toggles, in StewardChartType order. */
static const char * const chart_labels[DESIGNER_N_CHARTS] = {
  NC_("chart type", "Bars"),
  NC_("chart type", "Stacked"),
  NC_("chart type", "Line"),
  NC_("chart type", "Pie"),
  NC_("chart type", "Table"),
};

GtkWidget *
steward_report_designer_new (void)
{
  return g_object_new (STEWARD_TYPE_REPORT_DESIGNER, NULL);
}

void
designer_emit_changed (StewardReportDesigner *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* A string list of an enum's translated labels, from @first to the last value. */
static GListModel *
enum_labels (GType       type,
             int         first,
             const char *none_label)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GtkStringList *list = gtk_string_list_new (NULL);

  if (none_label != NULL)
    gtk_string_list_append (list, none_label);
  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value >= first)
      gtk_string_list_append (list, steward_enum_label (type, klass->values[i].value));
  return G_LIST_MODEL (list);
}

/* Shows the spec's values in every widget without treating them as the user's changes. */
static void
sync_widgets (StewardReportDesigner *self)
{
  StewardReportSpec *spec = self->spec;
  const char *period = steward_report_spec_get_period (spec);
  StewardReportPeriodic periodic = steward_report_spec_get_periodic (spec);
  StewardChartType chart = steward_report_spec_get_chart (spec);
  int priority = steward_report_spec_get_priority (spec);
  guint n_clients;

  self->updating++;
  adw_combo_row_set_selected (self->source_row, steward_report_spec_get_source (spec));
  adw_combo_row_set_selected (self->grouping_row, steward_report_spec_get_grouping (spec));
  adw_combo_row_set_selected (self->series_row, steward_report_spec_get_series (spec));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->period_row)), period ? period : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->period_row), period ? period : "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->period_row), "error");
  adw_combo_row_set_selected (self->schedule_row, periodic);
  /* A scheduled report runs over the last complete period: the period text does not apply. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->period_row), periodic == STEWARD_REPORT_PERIODIC_NONE);
  for (guint c = 0; c < DESIGNER_N_CHARTS; c++)
    gtk_toggle_button_set_active (self->chart_buttons[c], c == (guint) chart);
  gtk_widget_set_visible (GTK_WIDGET (self->chart_measure_row), chart != STEWARD_CHART_TABLE);
  adw_combo_row_set_selected (self->priority_row, priority == STEWARD_REPORT_ANY_PRIORITY ? 0 : priority + 1);
  gtk_editable_set_text (GTK_EDITABLE (self->owner_row),
                         steward_report_spec_get_owner (spec) ? steward_report_spec_get_owner (spec) : "");
  steward_report_spec_get_client_ids (spec, &n_clients);
  gtk_widget_set_visible (GTK_WIDGET (self->clients_row), n_clients > 0);
  self->updating--;

  designer_build_measure_rows (self);
  designer_sync_filter_rows (self);
}

void
steward_report_designer_set_spec (StewardReportDesigner *self,
                                  StewardReportSpec     *spec)
{
  StewardReportSpec *copy;

  g_return_if_fail (STEWARD_IS_REPORT_DESIGNER (self));
  g_return_if_fail (STEWARD_IS_REPORT_SPEC (spec));

  /* Copied before the old one goes: @spec may be the designer's own. */
  copy = steward_report_spec_copy_exact (spec);
  g_clear_object (&self->spec);
  self->spec = copy;
  sync_widgets (self);
}

StewardReportSpec *
steward_report_designer_get_spec (StewardReportDesigner *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_DESIGNER (self), NULL);

  return self->spec;
}

void
steward_report_designer_set_columns (StewardReportDesigner *self,
                                     const char * const    *labels)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new ((const char * const *) labels);

  g_return_if_fail (STEWARD_IS_REPORT_DESIGNER (self));

  self->updating++;
  adw_combo_row_set_model (self->chart_measure_row, G_LIST_MODEL (list));
  if (labels == NULL || self->chart_measure >= g_strv_length ((char **) labels))
    self->chart_measure = 0;
  adw_combo_row_set_selected (self->chart_measure_row, self->chart_measure);
  self->updating--;
}

guint
steward_report_designer_get_chart_measure (StewardReportDesigner *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_DESIGNER (self), 0);

  return self->chart_measure;
}

void
steward_report_designer_set_chart_measure (StewardReportDesigner *self,
                                           guint                  column)
{
  g_return_if_fail (STEWARD_IS_REPORT_DESIGNER (self));

  self->chart_measure = column;
  self->updating++;
  adw_combo_row_set_selected (self->chart_measure_row, column);
  self->updating--;
}

/* What a pie can show (see the header): one summable measure, and slices from one grouping. */
static void
fit_for_pie (StewardReportSpec *spec)
{
  StewardReportGrouping grouping = steward_report_spec_get_grouping (spec);
  StewardReportGrouping series = steward_report_spec_get_series (spec);
  const StewardReportMeasure *measures;
  guint n;

  if (series != STEWARD_REPORT_GROUPING_NONE)
    {
      if (steward_report_grouping_is_time (grouping) && !steward_report_grouping_is_time (series))
        steward_report_spec_set_grouping (spec, series);
      steward_report_spec_set_series (spec, STEWARD_REPORT_GROUPING_NONE);
    }
  measures = steward_report_spec_get_measures (spec, &n);
  for (guint i = 0; i < n && n > 1; i++)
    if (measures[i] != STEWARD_REPORT_MEASURE_RATING_DISTRIBUTION)
      {
        StewardReportMeasure keep = measures[i];

        steward_report_spec_set_measures (spec, &keep, 1);
        break;
      }
}

void
steward_report_designer_choose_chart (StewardReportDesigner *self,
                                      StewardChartType       chart)
{
  g_return_if_fail (STEWARD_IS_REPORT_DESIGNER (self));

  if (chart == STEWARD_CHART_PIE)
    {
      fit_for_pie (self->spec);
      self->chart_measure = 0;
    }
  steward_report_spec_set_chart (self->spec, chart);
  sync_widgets (self);
  designer_emit_changed (self);
}

void
steward_report_designer_toggle_measure (StewardReportDesigner *self,
                                        StewardReportMeasure   measure,
                                        gboolean               active)
{
  const StewardReportMeasure *measures;
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (StewardReportMeasure));
  guint n;

  g_return_if_fail (STEWARD_IS_REPORT_DESIGNER (self));

  if (steward_report_spec_has_measure (self->spec, measure) == active)
    return;
  measures = steward_report_spec_get_measures (self->spec, &n);
  for (guint i = 0; i < n; i++)
    if (measures[i] != measure)
      g_array_append_val (kept, measures[i]);
  if (active)
    g_array_append_val (kept, measure);
  steward_report_spec_set_measures (self->spec, (StewardReportMeasure *) kept->data, kept->len);
  self->chart_measure = 0;

  self->updating++;
  if (self->measure_checks[measure] != NULL)
    gtk_check_button_set_active (self->measure_checks[measure], active);
  self->updating--;
  designer_emit_changed (self);
}

static void on_period_changed (StewardReportDesigner *self);

void
steward_report_designer_type_period (StewardReportDesigner *self,
                                     const char            *text)
{
  g_return_if_fail (STEWARD_IS_REPORT_DESIGNER (self));

  /* Replacing the text passes through an empty entry, which would read as "all time". */
  self->updating++;
  gtk_editable_set_text (GTK_EDITABLE (self->period_row), text != NULL ? text : "");
  self->updating--;
  on_period_changed (self);
}

static void
on_period_changed (StewardReportDesigner *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->period_row));
  g_autoptr(GString) trimmed = g_string_new (text);
  g_autoptr(StewardReportPeriod) period = NULL;

  if (self->updating)
    return;
  g_strstrip (trimmed->str);
  if (trimmed->str[0] != '\0' &&
      (period = steward_report_period_parse (trimmed->str, 0, NULL, NULL)) == NULL)
    {
      /* Half-typed text: say so beside it and keep showing the last good preview. */
      gtk_widget_add_css_class (GTK_WIDGET (self->period_row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->period_row), "error");
  steward_report_spec_set_period (self->spec, trimmed->str[0] != '\0' ? trimmed->str : NULL);
  designer_emit_changed (self);
}

static void
on_source_selected (StewardReportDesigner *self)
{
  StewardReportSource source = adw_combo_row_get_selected (self->source_row);
  const StewardReportMeasure *measures;
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (StewardReportMeasure));
  guint n;

  if (self->updating || source == steward_report_spec_get_source (self->spec))
    return;
  /* Keep the measures the new source can compute; every source can count. */
  measures = steward_report_spec_get_measures (self->spec, &n);
  for (guint i = 0; i < n; i++)
    if (steward_report_source_has_measure (source, measures[i]))
      g_array_append_val (kept, measures[i]);
  if (kept->len == 0)
    g_array_append_vals (kept, &(StewardReportMeasure) { STEWARD_REPORT_MEASURE_COUNT }, 1);
  steward_report_spec_set_source (self->spec, source);
  steward_report_spec_set_measures (self->spec, (StewardReportMeasure *) kept->data, kept->len);
  if (source == STEWARD_REPORT_SOURCE_COMPLAINTS)
    {
      steward_report_spec_set_priority (self->spec, STEWARD_REPORT_ANY_PRIORITY);
      steward_report_spec_set_states (self->spec, 0);
    }
  self->chart_measure = 0;
  sync_widgets (self);
  designer_emit_changed (self);
}

static void
on_grouping_selected (StewardReportDesigner *self)
{
  if (self->updating)
    return;
  steward_report_spec_set_grouping (self->spec, adw_combo_row_get_selected (self->grouping_row));
  designer_emit_changed (self);
}

static void
on_series_selected (StewardReportDesigner *self)
{
  if (self->updating)
    return;
  steward_report_spec_set_series (self->spec, adw_combo_row_get_selected (self->series_row));
  designer_emit_changed (self);
}

static void
on_schedule_selected (StewardReportDesigner *self)
{
  if (self->updating)
    return;
  steward_report_spec_set_periodic (self->spec, adw_combo_row_get_selected (self->schedule_row));
  sync_widgets (self);
  designer_emit_changed (self);
}

static void
on_chart_measure_selected (StewardReportDesigner *self)
{
  guint selected = adw_combo_row_get_selected (self->chart_measure_row);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION || selected == self->chart_measure)
    return;
  self->chart_measure = selected;
  designer_emit_changed (self);
}

static void
on_priority_selected (StewardReportDesigner *self)
{
  guint selected = adw_combo_row_get_selected (self->priority_row);

  if (self->updating)
    return;
  steward_report_spec_set_priority (self->spec, selected == 0 ? STEWARD_REPORT_ANY_PRIORITY : (int) selected - 1);
  designer_emit_changed (self);
}

static void
on_owner_applied (StewardReportDesigner *self)
{
  g_autofree char *owner = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->owner_row))));

  steward_report_spec_set_owner (self->spec, owner[0] != '\0' ? owner : NULL);
  designer_emit_changed (self);
}

static void
on_clear_clients (StewardReportDesigner *self)
{
  steward_report_spec_set_client_ids (self->spec, NULL, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->clients_row), FALSE);
  designer_emit_changed (self);
}

static void
on_chart_toggled (GtkToggleButton       *button,
                  StewardReportDesigner *self)
{
  StewardChartType chart = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "chart"));

  if (self->updating || !gtk_toggle_button_get_active (button) ||
      chart == steward_report_spec_get_chart (self->spec))
    return;
  steward_report_designer_choose_chart (self, chart);
}

static void
suggest_period (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StewardReportDesigner *self = STEWARD_REPORT_DESIGNER (widget);

  steward_report_designer_type_period (self, g_variant_get_string (parameter, NULL));
}

static void
build_chart_buttons (StewardReportDesigner *self)
{
  for (guint c = 0; c < DESIGNER_N_CHARTS; c++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (g_dpgettext2 (GETTEXT_PACKAGE, "chart type",
                                                                          chart_labels[c]));

      if (c > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->chart_buttons[0]);
      gtk_widget_set_hexpand (button, TRUE);
      g_object_set_data (G_OBJECT (button), "chart", GUINT_TO_POINTER (c));
      g_signal_connect (button, "toggled", G_CALLBACK (on_chart_toggled), self);
      gtk_box_append (self->chart_box, button);
      self->chart_buttons[c] = GTK_TOGGLE_BUTTON (button);
    }
}

/* The panel beside the preview: as narrow as its rows allow, never the 600 pixels a
 * preferences page would like, so the chart keeps the room. */
static void
steward_report_designer_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  GTK_WIDGET_CLASS (steward_report_designer_parent_class)->measure (widget, orientation, for_size,
                                                                    minimum, natural,
                                                                    minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, DESIGNER_WIDTH);
}

static void
steward_report_designer_dispose (GObject *object)
{
  StewardReportDesigner *self = STEWARD_REPORT_DESIGNER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_REPORT_DESIGNER);
  g_clear_object (&self->spec);
  g_clear_pointer (&self->measure_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (steward_report_designer_parent_class)->dispose (object);
}

static void
steward_report_designer_class_init (StewardReportDesignerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_report_designer_dispose;
  widget_class->measure = steward_report_designer_measure;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-report-designer.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardReportDesigner, source_row);
  gtk_widget_class_bind_template_child (widget_class, StewardReportDesigner, grouping_row);
  gtk_widget_class_bind_template_child (widget_class, StewardReportDesigner, series_row);
  gtk_widget_class_bind_template_child (widget_class, StewardReportDesigner, period_row);
  gtk_widget_class_bind_template_child (widget_class, StewardReportDesigner, schedule_row);
  gtk_widget_class_bind_template_child (widget_class, StewardReportDesigner, chart_box);
  gtk_widget_class_bind_template_child (widget_class, StewardReportDesigner, chart_measure_row);
  gtk_widget_class_bind_template_child (widget_class, StewardReportDesigner, measures_group);
  gtk_widget_class_bind_template_child (widget_class, StewardReportDesigner, clients_row);
  gtk_widget_class_bind_template_child (widget_class, StewardReportDesigner, services_row);
  gtk_widget_class_bind_template_child (widget_class, StewardReportDesigner, states_row);
  gtk_widget_class_bind_template_child (widget_class, StewardReportDesigner, priority_row);
  gtk_widget_class_bind_template_child (widget_class, StewardReportDesigner, owner_row);
  gtk_widget_class_bind_template_callback (widget_class, on_source_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_grouping_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_series_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_schedule_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_measure_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_priority_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_owner_applied);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clients);

  gtk_widget_class_install_action (widget_class, "designer.suggest-period", "s", suggest_period);
}

static void
steward_report_designer_init (StewardReportDesigner *self)
{
  g_autoptr(GListModel) sources = NULL;
  g_autoptr(GListModel) groupings = NULL;
  g_autoptr(GListModel) series = NULL;
  g_autoptr(GListModel) schedules = NULL;
  g_autoptr(GListModel) priorities = NULL;

  self->updating++;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->spec = steward_report_spec_new ();
  self->measure_rows = g_ptr_array_new ();

  sources = enum_labels (STEWARD_TYPE_REPORT_SOURCE, 0, NULL);
  groupings = enum_labels (STEWARD_TYPE_REPORT_GROUPING, 0, NULL);
  series = enum_labels (STEWARD_TYPE_REPORT_GROUPING, 1, C_("series", "None"));
  schedules = enum_labels (STEWARD_TYPE_REPORT_PERIODIC, 0, NULL);
  priorities = enum_labels (STEWARD_TYPE_PRIORITY, 0, C_("priority", "Any"));
  adw_combo_row_set_model (self->source_row, sources);
  adw_combo_row_set_model (self->grouping_row, groupings);
  adw_combo_row_set_model (self->series_row, series);
  adw_combo_row_set_model (self->schedule_row, schedules);
  adw_combo_row_set_model (self->priority_row, priorities);
  build_chart_buttons (self);
  designer_build_filter_rows (self);
  self->updating--;

  sync_widgets (self);
}
