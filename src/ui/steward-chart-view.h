/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "steward-chart-layout.h"

G_BEGIN_DECLS

/* A report's chart in the window. It lays the result out for its own size, paints it with the
 * chart layer's paint function (the one PNG, SVG, PDF and print use), emphasises the item under
 * the pointer and shows its values in a tooltip (steward_chart_describe_item), and emits
 * "item-activated" when a bar, point, slice, legend entry or table row is clicked.
 *
 * Signals:
 *   item-activated (const StewardChartItem *item)  the item clicked, lent for the emission */
#define STEWARD_TYPE_CHART_VIEW (steward_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (StewardChartView, steward_chart_view, STEWARD, CHART_VIEW, GtkWidget)

GtkWidget           *steward_chart_view_new            (void);

/* Nullable: without a result the view draws nothing. */
StewardReportResult *steward_chart_view_get_result     (StewardChartView    *self);
void                 steward_chart_view_set_result     (StewardChartView    *self,
                                                        StewardReportResult *result);
StewardChartType     steward_chart_view_get_chart_type (StewardChartView    *self);
void                 steward_chart_view_set_chart_type (StewardChartView    *self,
                                                        StewardChartType     chart_type);
/* The result column the bars, lines or pie plot. */
guint                steward_chart_view_get_measure    (StewardChartView    *self);
void                 steward_chart_view_set_measure    (StewardChartView    *self,
                                                        guint                measure);
const char          *steward_chart_view_get_title      (StewardChartView    *self);
void                 steward_chart_view_set_title      (StewardChartView    *self,
                                                        const char          *title);

/* The layout for the view's current size (NULL without a result or before it is allocated):
 * its coordinates are the view's own, so tests find where to click. Lent. */
StewardChartLayout  *steward_chart_view_get_layout     (StewardChartView    *self);
/* What a click at (x, y) does: emits "item-activated" for the item there and returns TRUE, or
 * returns FALSE over empty space. */
gboolean             steward_chart_view_activate_at    (StewardChartView    *self,
                                                        double               x,
                                                        double               y);
/* The item under the pointer (kind NONE when there is none). */
const StewardChartItem *steward_chart_view_get_hover   (StewardChartView    *self);
/* What the tooltip at (x, y) says, or NULL over empty space. */
char                *steward_chart_view_dup_tooltip_at (StewardChartView    *self,
                                                        double               x,
                                                        double               y);

G_END_DECLS
