/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-chart-layout.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue;
} StewardChartColor;

typedef enum {
  STEWARD_CHART_COLOR_BACKGROUND,
  STEWARD_CHART_COLOR_FOREGROUND,  /* titles, table text */
  STEWARD_CHART_COLOR_MUTED,       /* tick and category labels */
  STEWARD_CHART_COLOR_GRID,        /* grid lines, table rules */
  STEWARD_CHART_COLOR_AXIS,        /* the zero line */
  STEWARD_CHART_COLOR_STRIPE,      /* alternate table rows */
} StewardChartColorRole;

#define STEWARD_CHART_N_SERIES_COLORS 10

/* The colour of the index-th series or slice; colours repeat after STEWARD_CHART_N_SERIES_COLORS. */
StewardChartColor steward_chart_palette_series_color (StewardChartPalette    palette,
                                                      guint                  index);
StewardChartColor steward_chart_palette_color        (StewardChartPalette    palette,
                                                      StewardChartColorRole  role);
/* Black or white text, whichever reads better on `color`. */
StewardChartColor steward_chart_palette_text_on      (StewardChartColor      color);

G_END_DECLS
