/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-report-spec.h"

G_BEGIN_DECLS

/* The report designer panel: source, period and schedule, rows and series, measures, chart type
 * and plotted measure, and the filters (services, status, priority, account manager, and the
 * clients a drill-down chose). Every change the user makes edits the designer's own copy of the
 * definition and emits "changed"; the reports page re-runs the preview (debounced).
 *
 * Choosing a pie keeps what a pie can show: one measure (not the rating distribution) and no
 * series — a time grouping with a series of another kind gives way to the series ("quarter ×
 * service" becomes "service"), so the slices stay meaningful.
 *
 * Signals:
 *   changed ()  the user changed the definition or the plotted measure */
#define STEWARD_TYPE_REPORT_DESIGNER (steward_report_designer_get_type ())
G_DECLARE_FINAL_TYPE (StewardReportDesigner, steward_report_designer, STEWARD, REPORT_DESIGNER, AdwBin)

GtkWidget         *steward_report_designer_new              (void);

/* Shows a copy of @spec; emits nothing. */
void               steward_report_designer_set_spec         (StewardReportDesigner *self,
                                                             StewardReportSpec     *spec);
/* The designer's definition, as the user left it. Lent. */
StewardReportSpec *steward_report_designer_get_spec         (StewardReportDesigner *self);

/* The measure columns of the last result ("Count", "Rating 1", …), for the plotted-measure
 * choice; NULL-terminated, copied. */
void               steward_report_designer_set_columns      (StewardReportDesigner *self,
                                                             const char * const    *labels);
guint              steward_report_designer_get_chart_measure (StewardReportDesigner *self);
void               steward_report_designer_set_chart_measure (StewardReportDesigner *self,
                                                              guint                  column);

/* As the user would: choose a chart type, toggle a measure, type a period. */
void               steward_report_designer_choose_chart     (StewardReportDesigner *self,
                                                             StewardChartType       chart);
void               steward_report_designer_toggle_measure   (StewardReportDesigner *self,
                                                             StewardReportMeasure   measure,
                                                             gboolean               active);
void               steward_report_designer_type_period      (StewardReportDesigner *self,
                                                             const char            *text);

G_END_DECLS
