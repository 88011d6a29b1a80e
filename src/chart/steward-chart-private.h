/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "steward-chart-layout.h"

G_BEGIN_DECLS

/* Spacing in canvas units, shared by every chart type so they look like one family. */
#define CHART_MARGIN     16.0
#define CHART_GAP         8.0
#define CHART_SWATCH     10.0
/* The palette's grey, for a pie's merged "Other" slice. */
#define CHART_OTHER_COLOR 9

struct _StewardChartLayout
{
  gatomicrefcount       ref_count;

  /* owned */
  StewardReportResult  *result;
  char                 *font;
  char                 *message;
  PangoContext         *pango;      /* only while laying out */
  GArray               *ticks;      /* StewardChartTick */
  GArray               *bars;       /* StewardChartBar */
  GArray               *points;     /* StewardChartPoint */
  GArray               *slices;     /* StewardChartSlice */
  GArray               *legend;     /* StewardChartLegendEntry */
  GArray               *categories; /* StewardChartLabel */
  GArray               *labels;     /* StewardChartLabel */
  GArray               *table_rows; /* StewardChartBar, rect of each shown row */

  StewardChartType      type;
  StewardChartPalette   palette;
  StewardMeasureKind    kind;
  guint                 measure;
  double                width;
  double                height;
  StewardChartRect      frame;      /* the canvas minus margins, title and legend */
  StewardChartRect      plot;
  gboolean              has_axis;
  double                axis_min;
  double                axis_max;
  double                axis_step;

  /* The texts of the labels as shaped PangoLayouts (categories, then labels), kept from the
   * first paint so a repaint (a hover) does not itemize and shape every label again. Only the
   * thread that made them uses them (font maps are per thread); the lock guards that choice. */
  GMutex                paint_lock;
  GThread              *paint_thread;
  PangoContext         *paint_pango[2];  /* upright and rotated text: each keeps its matrix */
  /* What each context was last brought up to date for: the target's linear transformation and
   * font options (a hash). Updating a PangoContext always bumps its serial, which makes every
   * text of it shape itself again, so it is updated only when these change. */
  double                paint_target[2][5];
  GPtrArray            *paint_texts;     /* PangoLayout */
};

/* steward-chart-text.c */
void     chart_text_configure_context (PangoContext       *context);
PangoLayout *chart_text_layout_new     (PangoContext       *context,
                                       const char         *font_name,
                                       const char         *text,
                                       gboolean            heading);
void     chart_text_measure           (StewardChartLayout *self,
                                       const char         *text,
                                       gboolean            heading,
                                       double             *width,
                                       double             *height);
char    *chart_text_ellipsize         (StewardChartLayout *self,
                                       const char         *text,
                                       gboolean            heading,
                                       double              max_width,
                                       gboolean           *ellipsized);
StewardChartLabel *chart_add_label    (StewardChartLayout     *self,
                                       GArray                 *array,
                                       const char             *text,
                                       StewardChartLabelStyle  style,
                                       double                  x,
                                       double                  y,
                                       double                  max_width);
double   chart_line_height            (StewardChartLayout *self);
double   chart_place_category_labels  (StewardChartLayout *self,
                                       double              slot,
                                       double              left,
                                       double              axis_y,
                                       gboolean            dry_run,
                                       double             *left_overhang);

/* steward-chart-layout.c */
double   chart_cell_value             (StewardChartLayout *self,
                                       guint               category,
                                       guint               series,
                                       int                *row);
char    *chart_format_value           (StewardChartLayout *self,
                                       double              value);
void     chart_add_series_legend      (StewardChartLayout *self);
void     chart_set_message            (StewardChartLayout *self,
                                       const char         *message);

/* steward-chart-bars.c, steward-chart-pie.c, steward-chart-table.c */
void     chart_layout_bars            (StewardChartLayout *self);
void     chart_layout_pie             (StewardChartLayout *self);
void     chart_layout_table           (StewardChartLayout *self);

G_END_DECLS
