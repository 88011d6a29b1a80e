/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-chart-layout.h"

G_BEGIN_DECLS

/* Finds the item under (x, y), in the layout's canvas units: a bar, a line's point (within a
 * few pixels), a pie slice, a legend entry or a table row. Returns FALSE and sets out->kind to
 * STEWARD_CHART_ITEM_NONE over empty space. */
gboolean steward_chart_hit_test     (StewardChartLayout     *layout,
                                     double                  x,
                                     double                  y,
                                     StewardChartItem       *out);
/* A tooltip for an item: "March 2026 · Remote assistance\nFee total: ¥12,000.00". */
char    *steward_chart_describe_item (StewardChartLayout     *layout,
                                      const StewardChartItem *item);

G_END_DECLS
