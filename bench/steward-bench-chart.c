/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-bench-chart"

#include "config.h"

#include <pango/pangocairo.h>
#include <stdlib.h>
#include <time.h>

#include "steward-chart-layout.h"
#include "steward-chart-paint.h"
#include "steward-chart-palette.h"

/* Paint time per frame of each chart type, Steward's paint function against a "bare Cairo"
 * program drawing the same marks:
 *
 *   steward-bench-chart [--frames N] [--runs K] [--width W] [--height H]
 *
 * Steward: the layout is computed once (as the chart view does for one result and size; hover
 * repaints reuse it), then steward_chart_paint() draws N frames on an ARGB32 image surface of
 * the window's default size. Bare Cairo: the same rectangles, paths and texts, taken from that
 * layout once outside the loop (text as ready PangoLayouts), drawn with plain cairo and pango
 * calls. Each is timed K times, alternating; the median is printed, with the time of a fresh
 * layout for scale (what a new result or a resize costs once). Times are the thread's CPU
 * time, so other jobs on a shared machine do not count (wall time swings by ±30% there). */

static int n_frames = 200;
static int n_runs = 5;
static int width = 1100;
static int height = 720;

static GOptionEntry entries[] = {
  { "frames", 'n', 0, G_OPTION_ARG_INT, &n_frames, "Frames per timed run", "N" },
  { "runs", 'r', 0, G_OPTION_ARG_INT, &n_runs, "Timed runs (the median is printed)", "K" },
  { "width", 'w', 0, G_OPTION_ARG_INT, &width, "Canvas width", "W" },
  { "height", 'h', 0, G_OPTION_ARG_INT, &height, "Canvas height", "H" },
  { NULL }
};

/* Twelve months × six services of revenue: the monthly revenue report of a busy year. */
static StewardReportResult *
make_result (gboolean by_service_only)
{
  static const char * const services[][2] = {
    { "remote", "远程协助" }, { "advisor", "专属技术顾问" }, { "config", "个性化配置" },
    { "training", "专项培训" }, { "report", "报表定制" }, { "visual", "数据可视化" },
  };
  StewardReportResult *result = steward_report_result_new ();
  guint months = by_service_only ? 1 : 12;

  steward_report_result_add_column (result, "revenue", "Revenue", STEWARD_MEASURE_KIND_MONEY);
  for (guint m = 0; m < months; m++)
    for (guint s = 0; s < G_N_ELEMENTS (services); s++)
      {
        g_autofree char *key = g_strdup_printf ("2026-%02u", m + 1);
        g_autofree char *label = g_strdup_printf ("2026年%u月", m + 1);
        guint row;

        if (by_service_only)
          row = steward_report_result_add_row (result, services[s][0], services[s][1], NULL, NULL);
        else
          row = steward_report_result_add_row (result, key, label, services[s][0], services[s][1]);
        steward_report_result_set_int (result, row, 0,
                                       (gint64) (120000 + 37000 * s + 9100 * ((m * 7 + s * 3) % 11)) * 100);
      }
  return result;
}

/* The marks of one layout, ready to draw with plain calls. */
typedef struct
{
  double   r, g, b;
} Rgb;

typedef struct
{
  GArray    *rects;     /* BareRect */
  GArray    *lines;     /* BareLine: polylines of points */
  GArray    *slices;    /* StewardChartSlice */
  GArray    *grid;      /* double: y of each grid line */
  GPtrArray *texts;     /* PangoLayout, with "x", "y", "angle" in BareText */
  GArray    *text_pos;  /* BareText */
  StewardChartRect plot;
  Rgb        bg, grid_color;
  StewardChartType type;
} Bare;

typedef struct { double x, y, w, h; Rgb color; } BareRect;
typedef struct { double x, y; Rgb color; gboolean move; } BareLine;
typedef struct { double x, y, angle; Rgb color; } BareText;

static Rgb
rgb (StewardChartColor c)
{
  return (Rgb) { c.red, c.green, c.blue };
}

static void
bare_add_labels (Bare                    *bare,
                 PangoContext            *context,
                 const StewardChartLabel *labels,
                 guint                    n)
{
  for (guint i = 0; i < n; i++)
    {
      PangoLayout *layout = pango_layout_new (context);
      PangoFontDescription *font = pango_font_description_from_string ("Sans 10");
      StewardChartColorRole role = labels[i].style == STEWARD_CHART_LABEL_AXIS
                                   ? STEWARD_CHART_COLOR_MUTED : STEWARD_CHART_COLOR_FOREGROUND;
      BareText pos = { labels[i].x, labels[i].y, labels[i].angle,
                       rgb (steward_chart_palette_color (STEWARD_CHART_PALETTE_LIGHT, role)) };

      /* The same text as Steward's: its title is bold and a quarter larger. */
      if (labels[i].style == STEWARD_CHART_LABEL_HEADING)
        {
          pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
          pango_font_description_set_size (font, pango_font_description_get_size (font) * 1.25);
        }
      pango_layout_set_font_description (layout, font);
      pango_layout_set_text (layout, labels[i].text, -1);
      pango_font_description_free (font);
      g_ptr_array_add (bare->texts, layout);
      g_array_append_val (bare->text_pos, pos);
    }
}

static Bare *
bare_new (StewardChartLayout *layout,
          cairo_t            *cr)
{
  Bare *bare = g_new0 (Bare, 1);
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *font_options = cairo_font_options_create ();
  const StewardChartBar *bars;
  const StewardChartPoint *points;
  const StewardChartSlice *slices;
  const StewardChartTick *ticks;
  const StewardChartLegendEntry *legend;
  const StewardChartLabel *labels;
  guint n;

  /* The same glyphs as Steward's: unhinted metrics and outlines at 96 dpi. */
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, font_options);
  pango_cairo_context_set_resolution (context, 96.0);
  cairo_font_options_destroy (font_options);

  bare->rects = g_array_new (FALSE, FALSE, sizeof (BareRect));
  bare->lines = g_array_new (FALSE, FALSE, sizeof (BareLine));
  bare->slices = g_array_new (FALSE, FALSE, sizeof (StewardChartSlice));
  bare->grid = g_array_new (FALSE, FALSE, sizeof (double));
  bare->texts = g_ptr_array_new_with_free_func (g_object_unref);
  bare->text_pos = g_array_new (FALSE, FALSE, sizeof (BareText));
  bare->plot = steward_chart_layout_get_plot_area (layout);
  bare->type = steward_chart_layout_get_chart_type (layout);
  bare->bg = rgb (steward_chart_palette_color (STEWARD_CHART_PALETTE_LIGHT, STEWARD_CHART_COLOR_BACKGROUND));
  bare->grid_color = rgb (steward_chart_palette_color (STEWARD_CHART_PALETTE_LIGHT, STEWARD_CHART_COLOR_GRID));

  bars = steward_chart_layout_get_bars (layout, &n);
  for (guint i = 0; i < n; i++)
    {
      BareRect r = { bars[i].rect.x, bars[i].rect.y, bars[i].rect.width, bars[i].rect.height,
                     rgb (steward_chart_palette_series_color (STEWARD_CHART_PALETTE_LIGHT, bars[i].color)) };
      g_array_append_val (bare->rects, r);
    }
  legend = steward_chart_layout_get_legend (layout, &n);
  for (guint i = 0; i < n; i++)
    {
      BareRect r = { legend[i].swatch.x, legend[i].swatch.y, legend[i].swatch.width, legend[i].swatch.height,
                     rgb (steward_chart_palette_series_color (STEWARD_CHART_PALETTE_LIGHT, legend[i].color)) };
      g_array_append_val (bare->rects, r);
    }
  points = steward_chart_layout_get_points (layout, &n);
  for (guint i = 0; i < n; i++)
    {
      BareLine p = { points[i].x, points[i].y,
                     rgb (steward_chart_palette_series_color (STEWARD_CHART_PALETTE_LIGHT, points[i].color)),
                     !points[i].joins_previous };
      g_array_append_val (bare->lines, p);
    }
  slices = steward_chart_layout_get_slices (layout, &n);
  g_array_append_vals (bare->slices, slices, n);
  ticks = steward_chart_layout_get_ticks (layout, &n);
  for (guint i = 0; i < n; i++)
    g_array_append_val (bare->grid, ticks[i].position);
  labels = steward_chart_layout_get_category_labels (layout, &n);
  bare_add_labels (bare, context, labels, n);
  labels = steward_chart_layout_get_labels (layout, &n);
  bare_add_labels (bare, context, labels, n);
  g_object_unref (context);
  return bare;
}

static void
bare_free (Bare *bare)
{
  g_array_unref (bare->rects);
  g_array_unref (bare->lines);
  g_array_unref (bare->slices);
  g_array_unref (bare->grid);
  g_ptr_array_unref (bare->texts);
  g_array_unref (bare->text_pos);
  g_free (bare);
}

/* A bar with its top corners rounded, as Steward draws a grouped bar. */
static void
rounded_top (cairo_t        *cr,
             const BareRect *r)
{
  double radius = MIN (3.0, MIN (r->w / 2, r->h));

  cairo_move_to (cr, r->x, r->y + r->h);
  cairo_arc (cr, r->x + radius, r->y + radius, radius, G_PI, 1.5 * G_PI);
  cairo_arc (cr, r->x + r->w - radius, r->y + radius, radius, 1.5 * G_PI, 2 * G_PI);
  cairo_line_to (cr, r->x + r->w, r->y + r->h);
  cairo_close_path (cr);
}

static void
bare_paint (Bare    *bare,
            cairo_t *cr)
{
  cairo_set_source_rgb (cr, bare->bg.r, bare->bg.g, bare->bg.b);
  cairo_paint (cr);

  cairo_set_line_width (cr, 1.0);
  cairo_set_source_rgb (cr, bare->grid_color.r, bare->grid_color.g, bare->grid_color.b);
  for (guint i = 0; i < bare->grid->len; i++)
    {
      double y = (int) g_array_index (bare->grid, double, i) + 0.5;

      cairo_move_to (cr, bare->plot.x, y);
      cairo_line_to (cr, bare->plot.x + bare->plot.width, y);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < bare->rects->len; i++)
    {
      const BareRect *r = &g_array_index (bare->rects, BareRect, i);

      if (bare->type == STEWARD_CHART_BAR_STACKED)
        cairo_rectangle (cr, r->x, r->y, r->w, r->h);
      else
        rounded_top (cr, r);
      cairo_set_source_rgb (cr, r->color.r, r->color.g, r->color.b);
      if (bare->type != STEWARD_CHART_BAR_STACKED)
        {
          cairo_fill (cr);
          continue;
        }
      /* The same mark as Steward's: stacked segments parted by a line of background. */
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, bare->bg.r, bare->bg.g, bare->bg.b);
      cairo_stroke (cr);
    }
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < bare->lines->len; i++)
    {
      const BareLine *p = &g_array_index (bare->lines, BareLine, i);
      gboolean last = i + 1 == bare->lines->len || g_array_index (bare->lines, BareLine, i + 1).move;

      if (p->move)
        cairo_move_to (cr, p->x, p->y);
      else
        cairo_line_to (cr, p->x, p->y);
      if (last)
        {
          cairo_set_source_rgb (cr, p->color.r, p->color.g, p->color.b);
          cairo_stroke (cr);
        }
    }
  for (guint i = 0; i < bare->lines->len; i++)
    {
      const BareLine *p = &g_array_index (bare->lines, BareLine, i);

      cairo_new_sub_path (cr);
      cairo_arc (cr, p->x, p->y, 4.0, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, p->color.r, p->color.g, p->color.b);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, bare->bg.r, bare->bg.g, bare->bg.b);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < bare->slices->len; i++)
    {
      const StewardChartSlice *s = &g_array_index (bare->slices, StewardChartSlice, i);
      StewardChartColor c = steward_chart_palette_series_color (STEWARD_CHART_PALETTE_LIGHT, s->color);

      cairo_move_to (cr, s->cx, s->cy);
      cairo_arc (cr, s->cx, s->cy, s->radius, s->start_angle, s->end_angle);
      cairo_close_path (cr);
      cairo_set_source_rgb (cr, c.red, c.green, c.blue);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, bare->bg.r, bare->bg.g, bare->bg.b);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < bare->texts->len; i++)
    {
      const BareText *pos = &g_array_index (bare->text_pos, BareText, i);

      cairo_set_source_rgb (cr, pos->color.r, pos->color.g, pos->color.b);
      cairo_save (cr);
      cairo_translate (cr, pos->x, pos->y);
      cairo_rotate (cr, pos->angle);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, g_ptr_array_index (bare->texts, i));
      cairo_restore (cr);
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The thread's CPU time in microseconds. */
static gint64
cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static double
frames_ms (StewardChartLayout *layout,
           Bare               *bare,
           cairo_t            *cr)
{
  gint64 start = cpu_time ();

  for (int f = 0; f < n_frames; f++)
    {
      if (bare != NULL)
        bare_paint (bare, cr);
      else
        steward_chart_paint (layout, cr, NULL);
    }
  cairo_surface_flush (cairo_get_target (cr));
  return (cpu_time () - start) / 1000.0 / n_frames;
}

/* Milliseconds per frame of each, median of n_runs runs of n_frames frames. The two alternate
 * run by run, so a burst of load on the shared machine falls on both alike. */
static void
time_frames (StewardChartLayout *layout,
             Bare               *bare,
             cairo_t            *cr,
             double             *steward_ms,
             double             *bare_ms)
{
  g_autoptr(GArray) s = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) b = g_array_new (FALSE, FALSE, sizeof (double));

  /* The first run of each warms the glyph caches. */
  frames_ms (layout, NULL, cr);
  frames_ms (NULL, bare, cr);
  for (int run = 0; run < n_runs; run++)
    {
      double ms = frames_ms (layout, NULL, cr);

      g_array_append_val (s, ms);
      ms = frames_ms (NULL, bare, cr);
      g_array_append_val (b, ms);
    }
  g_array_sort (s, compare_doubles);
  g_array_sort (b, compare_doubles);
  *steward_ms = g_array_index (s, double, s->len / 2);
  *bare_ms = g_array_index (b, double, b->len / 2);
}

static double
time_layout (StewardReportResult       *result,
             const StewardChartOptions *options)
{
  gint64 start = cpu_time ();
  int n = 20;

  for (int i = 0; i < n; i++)
    steward_chart_layout_unref (steward_chart_layout_new (result, options, width, height, NULL));
  return (cpu_time () - start) / 1000.0 / n;
}

int
main (int   argc,
      char *argv[])
{
  static const struct { StewardChartType type; const char *name; } charts[] = {
    { STEWARD_CHART_BAR_GROUPED, "grouped bar" },
    { STEWARD_CHART_BAR_STACKED, "stacked bar" },
    { STEWARD_CHART_LINE, "line" },
    { STEWARD_CHART_PIE, "pie" },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardReportResult) months = make_result (FALSE);
  g_autoptr(StewardReportResult) services = make_result (TRUE);
  cairo_surface_t *surface;
  cairo_t *cr;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_frames < 1 || n_runs < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--frames and --runs must be positive");
      return 1;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  g_print ("chart frame, %d x %d, %d frames x %d runs (median)\n", width, height, n_frames, n_runs);
  g_print ("%-12s %12s %12s %8s %12s\n", "chart", "Steward ms", "bare ms", "ratio", "layout ms");
  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      StewardReportResult *result = charts[i].type == STEWARD_CHART_PIE ? services : months;
      StewardChartOptions options = { charts[i].type, 0, STEWARD_CHART_PALETTE_LIGHT, NULL,
                                      "Monthly revenue by service" };
      g_autoptr(StewardChartLayout) layout = steward_chart_layout_new (result, &options, width, height, NULL);
      Bare *bare = bare_new (layout, cr);
      double steward_ms, bare_ms;

      time_frames (layout, bare, cr, &steward_ms, &bare_ms);

      g_print ("%-12s %12.3f %12.3f %8.2f %12.3f\n", charts[i].name, steward_ms, bare_ms,
               steward_ms / bare_ms, time_layout (result, &options));
      bare_free (bare);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return 0;
}
