/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-report-designer.h"
#include "steward-types.h"

G_BEGIN_DECLS

#define DESIGNER_N_SERVICES (STEWARD_SERVICE_VISUAL + 1)
#define DESIGNER_N_STATES   (STEWARD_STATE_WAITING_ON_CLIENT + 1)
#define DESIGNER_N_CHARTS   (STEWARD_CHART_TABLE + 1)

struct _StewardReportDesigner
{
  AdwBin               parent_instance;

  /* template widgets */
  AdwComboRow         *source_row;
  AdwComboRow         *grouping_row;
  AdwComboRow         *series_row;
  AdwEntryRow         *period_row;
  AdwComboRow         *schedule_row;
  GtkBox              *chart_box;
  AdwComboRow         *chart_measure_row;
  AdwPreferencesGroup *measures_group;
  AdwActionRow        *clients_row;
  AdwExpanderRow      *services_row;
  AdwExpanderRow      *states_row;
  AdwComboRow         *priority_row;
  AdwEntryRow         *owner_row;

  /* owned */
  StewardReportSpec   *spec;
  GPtrArray           *measure_rows;   /* the rows in measures_group, to remove them */

  /* borrowed: children of the rows above (NULL while a measure is not offered) */
  GtkCheckButton      *measure_checks[STEWARD_REPORT_N_MEASURES];
  GtkCheckButton      *service_checks[DESIGNER_N_SERVICES];
  GtkCheckButton      *state_checks[DESIGNER_N_STATES];
  GtkToggleButton     *chart_buttons[DESIGNER_N_CHARTS];

  guint                chart_measure;
  /* Non-zero while widgets are set from the spec: their signals are not the user's. */
  guint                updating;
};

/* steward-report-designer-filters.c: the check rows. */
void designer_build_filter_rows    (StewardReportDesigner *self);
void designer_build_measure_rows   (StewardReportDesigner *self);
void designer_sync_filter_rows     (StewardReportDesigner *self);
void designer_emit_changed         (StewardReportDesigner *self);

G_END_DECLS
