/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "steward-chart-layout.h"

G_BEGIN_DECLS

/* Paints `layout` with its top-left corner at the cairo_t's origin, in its own canvas units:
 * scale the cairo_t first to fit a page or a widget of another size. The window, PNG, SVG, PDF
 * and print exports all call this. `highlight` (nullable) is the item under the pointer, drawn
 * emphasised; its kind must match what the chart draws (a bar, a point, a slice, a table row). */
void steward_chart_paint (StewardChartLayout     *layout,
                          cairo_t                *cr,
                          const StewardChartItem *highlight);

G_END_DECLS
