/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pango.h>

#include "steward-report-result.h"

G_BEGIN_DECLS

/* A chart is computed in three steps (STYLE.md "Charts"): a StewardReportResult → this layout,
 * plain numbers in canvas units (pixels at 96 dpi; PDF and print scale the cairo_t) → a paint
 * function that draws it on any cairo_t (steward-chart-paint.h) → a hit test that maps a point
 * back to the item under it (steward-chart-hit.h).
 *
 * What each chart type shows:
 * - bars and lines: categories along x, one bar/line per series, the chosen measure on y. The
 *   value axis always includes zero; percent axes run 0–100% and rating axes 0–5 while the data
 *   fit. Stacked bars stack positive values up and negative values down.
 * - pie: one slice per category (the series of a category are summed); negative and empty
 *   values get no slice. With more than STEWARD_CHART_PIE_MAX_SLICES positive categories, the
 *   largest keep their slice and the rest are merged into one "Other" slice (row -1). Percent
 *   and rating measures cannot be summed, so they show a message instead of a pie.
 * - table: the category, series and every measure column, as many rows as fit, then a line
 *   saying how many rows were left out.
 * Empty results (or a measure with only empty cells) show "No data". */

#define STEWARD_CHART_PIE_MAX_SLICES 10

typedef enum {
  STEWARD_CHART_PALETTE_LIGHT,
  STEWARD_CHART_PALETTE_DARK,
} StewardChartPalette;

typedef struct
{
  StewardChartType     type;
  guint                measure;   /* the result column plotted (bars, lines, pie) */
  StewardChartPalette  palette;
  const char          *font;      /* Pango font description; NULL for "Sans 10" */
  const char          *title;     /* drawn above the chart; NULL for none */
} StewardChartOptions;

typedef struct
{
  double x, y, width, height;
} StewardChartRect;

typedef enum {
  STEWARD_CHART_ITEM_NONE,
  STEWARD_CHART_ITEM_BAR,
  STEWARD_CHART_ITEM_POINT,
  STEWARD_CHART_ITEM_SLICE,
  STEWARD_CHART_ITEM_LEGEND,
  STEWARD_CHART_ITEM_TABLE_ROW,
} StewardChartItemKind;

/* What a drawn element stands for. `row` is the result row (for click-to-filter), or -1 for a
 * legend entry of a series or the merged "Other" slice. For a pie, `category` is the slice's
 * category (G_MAXUINT for "Other") and a legend entry names a category, not a series. */
typedef struct
{
  StewardChartItemKind kind;
  guint                category;
  guint                series;
  int                  row;
} StewardChartItem;

typedef struct
{
  StewardChartItem item;
  StewardChartRect rect;
  double           value;     /* the plot value (steward_report_result_get_plot_value) */
  guint            color;     /* palette index */
} StewardChartBar;

typedef struct
{
  StewardChartItem item;
  double           x, y;
  double           value;
  guint            color;
  gboolean         joins_previous;  /* FALSE after an empty cell: the line is broken there */
} StewardChartPoint;

typedef struct
{
  StewardChartItem item;
  double           cx, cy, radius;
  double           start_angle, end_angle;  /* radians, clockwise from 12 o'clock at -π/2 */
  double           value;
  double           share;                   /* of the pie's total, 0–1 */
  guint            color;
} StewardChartSlice;

typedef enum {
  STEWARD_CHART_LABEL_AXIS,      /* tick and category labels */
  STEWARD_CHART_LABEL_TEXT,      /* legend text, table cells, titles */
  STEWARD_CHART_LABEL_VALUE,     /* a value printed on or above its bar or slice */
  STEWARD_CHART_LABEL_HEADING,   /* the title and table headers */
  STEWARD_CHART_LABEL_INVERSE,   /* text on a coloured slice */
} StewardChartLabelStyle;

/* A piece of text, already ellipsized to fit. Its box is (x, y, width, height) rotated by
 * `angle` radians (cairo's direction) around (x, y), the text's top-left corner. */
typedef struct
{
  char                   *text;
  double                  x, y, width, height;
  double                  angle;
  StewardChartLabelStyle  style;
  gboolean                ellipsized;
} StewardChartLabel;

typedef struct
{
  double value;     /* in plot units: count, fen, percent, rating, hours */
  double position;  /* canvas y of the grid line */
} StewardChartTick;

/* A legend entry: its swatch, and its name as label number `label` of
 * steward_chart_layout_get_labels(). A name is shown whole unless it alone is wider than the
 * chart: the series legend wraps onto more rows, and a pie's legend moves below the pie when it
 * does not fit beside it. */
typedef struct
{
  StewardChartItem item;
  StewardChartRect swatch;
  guint            color;
  guint            label;
} StewardChartLegendEntry;

typedef struct _StewardChartLayout StewardChartLayout;

#define STEWARD_TYPE_CHART_LAYOUT (steward_chart_layout_get_type ())

GType               steward_chart_layout_get_type    (void) G_GNUC_CONST;
/* Lays out `result` on a width × height canvas. `pango` measures the text; NULL uses a
 * context of the default PangoCairo font map. The layout keeps a reference to the result. */
StewardChartLayout *steward_chart_layout_new         (StewardReportResult       *result,
                                                      const StewardChartOptions *options,
                                                      double                     width,
                                                      double                     height,
                                                      PangoContext              *pango);
StewardChartLayout *steward_chart_layout_ref         (StewardChartLayout        *self);
void                steward_chart_layout_unref       (StewardChartLayout        *self);

StewardReportResult *steward_chart_layout_get_result  (StewardChartLayout *self);
StewardChartType     steward_chart_layout_get_chart_type (StewardChartLayout *self);
StewardChartPalette  steward_chart_layout_get_palette (StewardChartLayout *self);
const char          *steward_chart_layout_get_font    (StewardChartLayout *self);
void                 steward_chart_layout_get_size    (StewardChartLayout *self,
                                                       double             *width,
                                                       double             *height);
/* The message shown instead of a chart ("No data"), or NULL. */
const char          *steward_chart_layout_get_message (StewardChartLayout *self);
/* The plotting area inside the axes (bars, lines) or around the pie. */
StewardChartRect     steward_chart_layout_get_plot_area (StewardChartLayout *self);
/* The value axis of bars and lines; FALSE for pies, tables and "No data". */
gboolean             steward_chart_layout_get_axis    (StewardChartLayout *self,
                                                       double             *min,
                                                       double             *max,
                                                       double             *step);

const StewardChartTick        *steward_chart_layout_get_ticks      (StewardChartLayout *self,
                                                                    guint              *n);
const StewardChartBar         *steward_chart_layout_get_bars       (StewardChartLayout *self,
                                                                    guint              *n);
const StewardChartPoint       *steward_chart_layout_get_points     (StewardChartLayout *self,
                                                                    guint              *n);
const StewardChartSlice       *steward_chart_layout_get_slices     (StewardChartLayout *self,
                                                                    guint              *n);
const StewardChartLegendEntry *steward_chart_layout_get_legend     (StewardChartLayout *self,
                                                                    guint              *n);
/* The category labels under the x axis (some may be skipped when they would not fit). */
const StewardChartLabel       *steward_chart_layout_get_category_labels (StewardChartLayout *self,
                                                                         guint              *n);
/* Every other text: title, tick labels, legend text, value labels, table cells, message. */
const StewardChartLabel       *steward_chart_layout_get_labels     (StewardChartLayout *self,
                                                                    guint              *n);
/* Table rows: the rectangle of each result row shown in a table chart. */
const StewardChartBar         *steward_chart_layout_get_table_rows (StewardChartLayout *self,
                                                                    guint              *n);

/* A "nice" value axis around [min, max]: a step of 1, 2, 2.5 or 5 × 10^n (never below
 * min_step), giving about target_intervals intervals, with *lo ≤ min and *hi ≥ max multiples
 * of the step. min == max widens the range so the axis is never empty. */
void   steward_chart_nice_axis       (double              min,
                                      double              max,
                                      guint               target_intervals,
                                      double              min_step,
                                      double             *lo,
                                      double             *hi,
                                      double             *step);
/* A tick label for `value` in plot units on an axis of `step`: "¥12,000", "¥2.50", "85%",
 * "1,200", "4.5", "10 h". */
char  *steward_chart_format_tick     (StewardMeasureKind  kind,
                                      double              value,
                                      double              step);

/* The four corners of a label's rotated box, x0 y0 x1 y1 x2 y2 x3 y3. */
void   steward_chart_label_get_corners (const StewardChartLabel *label,
                                        double                   corners[8]);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardChartLayout, steward_chart_layout_unref)

G_END_DECLS
