/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "steward-report-result.h"

G_BEGIN_DECLS

/* A report's table in a GtkColumnView: a column for the category, one for the series when there
 * is one, and one per measure cell, each sortable by its header (the result is small, so a
 * GtkSortListModel sorts it in memory). Numbers are right-aligned and formatted as the chart's
 * tooltips are ("¥1,234.50", "85.25%", "—" for an empty cell). */
void  steward_report_table_set_result (GtkColumnView       *view,
                                       StewardReportResult *result);
/* The result row shown at @position (after sorting), or -1. */
int   steward_report_table_get_row    (GtkColumnView       *view,
                                       guint                position);

G_END_DECLS
