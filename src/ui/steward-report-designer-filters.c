/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-report-designer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "steward-report-designer-private.h"

#include "steward-enums.h"

/* The designer's check rows: services and request states (bit sets of the spec's filters) and
 * the measures the chosen source can compute. */

static GtkCheckButton *
add_check_row (GtkWidget  *parent,
               const char *title,
               const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  if (ADW_IS_EXPANDER_ROW (parent))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (parent), row);
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (parent), row);
  return GTK_CHECK_BUTTON (check);
}

static guint
checked_bits (GtkCheckButton **checks,
              guint            n)
{
  guint bits = 0;

  for (guint i = 0; i < n; i++)
    if (checks[i] != NULL && gtk_check_button_get_active (checks[i]))
      bits |= 1u << i;
  return bits;
}

static void
on_service_toggled (GtkCheckButton        *check,
                    StewardReportDesigner *self)
{
  if (self->updating)
    return;
  steward_report_spec_set_services (self->spec, checked_bits (self->service_checks, DESIGNER_N_SERVICES));
  designer_sync_filter_rows (self);
  designer_emit_changed (self);
}

static void
on_state_toggled (GtkCheckButton        *check,
                  StewardReportDesigner *self)
{
  if (self->updating)
    return;
  steward_report_spec_set_states (self->spec, checked_bits (self->state_checks, DESIGNER_N_STATES));
  designer_sync_filter_rows (self);
  designer_emit_changed (self);
}

void
designer_build_filter_rows (StewardReportDesigner *self)
{
  for (guint s = 0; s < DESIGNER_N_SERVICES; s++)
    {
      self->service_checks[s] =
        add_check_row (GTK_WIDGET (self->services_row), steward_enum_label (STEWARD_TYPE_SERVICE, s),
                       steward_enum_label (STEWARD_TYPE_CATEGORY, steward_service_get_category (s)));
      g_signal_connect (self->service_checks[s], "toggled", G_CALLBACK (on_service_toggled), self);
    }
  for (guint s = 0; s < DESIGNER_N_STATES; s++)
    {
      self->state_checks[s] =
        add_check_row (GTK_WIDGET (self->states_row), steward_enum_label (STEWARD_TYPE_STATE, s), NULL);
      g_signal_connect (self->state_checks[s], "toggled", G_CALLBACK (on_state_toggled), self);
    }
}

/* "Any" or "2 of 6" under an expander's title. */
static void
show_bits_summary (AdwExpanderRow *row,
                   guint           bits,
                   guint           n)
{
  guint count = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    count += (bits >> i) & 1;
  text = count == 0 ? g_strdup (_("Any"))
                    /* TRANSLATORS: how many of the services or states are chosen. */
                    : g_strdup_printf (_("%u of %u"), count, n);
  adw_expander_row_set_subtitle (row, text);
}

void
designer_sync_filter_rows (StewardReportDesigner *self)
{
  guint services = steward_report_spec_get_services (self->spec);
  guint states = steward_report_spec_get_states (self->spec);
  StewardReportSource source = steward_report_spec_get_source (self->spec);

  self->updating++;
  for (guint s = 0; s < DESIGNER_N_SERVICES; s++)
    gtk_check_button_set_active (self->service_checks[s], (services >> s) & 1);
  for (guint s = 0; s < DESIGNER_N_STATES; s++)
    gtk_check_button_set_active (self->state_checks[s], (states >> s) & 1);
  self->updating--;

  show_bits_summary (self->services_row, services, DESIGNER_N_SERVICES);
  show_bits_summary (self->states_row, states, DESIGNER_N_STATES);
  /* A complaint need not concern a request: its priority and state cannot filter it. */
  gtk_widget_set_visible (GTK_WIDGET (self->states_row), source != STEWARD_REPORT_SOURCE_COMPLAINTS);
  gtk_widget_set_visible (GTK_WIDGET (self->priority_row), source != STEWARD_REPORT_SOURCE_COMPLAINTS);
}

static void
on_measure_toggled (GtkCheckButton        *check,
                    StewardReportDesigner *self)
{
  StewardReportMeasure measure = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "measure"));

  if (self->updating)
    return;
  steward_report_designer_toggle_measure (self, measure, gtk_check_button_get_active (check));
}

void
designer_build_measure_rows (StewardReportDesigner *self)
{
  StewardReportSource source = steward_report_spec_get_source (self->spec);

  for (guint i = 0; i < self->measure_rows->len; i++)
    adw_preferences_group_remove (self->measures_group, g_ptr_array_index (self->measure_rows, i));
  g_ptr_array_set_size (self->measure_rows, 0);
  memset (self->measure_checks, 0, sizeof self->measure_checks);

  self->updating++;
  for (guint m = 0; m < STEWARD_REPORT_N_MEASURES; m++)
    {
      GtkCheckButton *check;

      if (!steward_report_source_has_measure (source, m))
        continue;
      check = add_check_row (GTK_WIDGET (self->measures_group),
                             steward_enum_label (STEWARD_TYPE_REPORT_MEASURE, m), NULL);
      g_object_set_data (G_OBJECT (check), "measure", GUINT_TO_POINTER (m));
      gtk_check_button_set_active (check, steward_report_spec_has_measure (self->spec, m));
      g_signal_connect (check, "toggled", G_CALLBACK (on_measure_toggled), self);
      self->measure_checks[m] = check;
      g_ptr_array_add (self->measure_rows,
                       gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_ACTION_ROW));
    }
  self->updating--;
}
