/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "steward-chart-paint.h"
#include "steward-chart-hit.h"
#include "steward-chart-palette.h"
#include "steward-chart-private.h"

#define POINT_RADIUS   4.0
#define LINE_WIDTH     2.5
#define CORNER         3.0
#define EXPLODE        6.0

typedef struct
{
  StewardChartLayout     *layout;
  cairo_t                *cr;
  PangoContext           *pango;     /* for texts made afresh (not cached) */
  const StewardChartItem *highlight;
  gboolean                cached;    /* the layout's shaped texts are this thread's to use */
  gboolean                context_checked[2];  /* each cached context, once per paint */
} Painter;

static void
set_color (cairo_t           *cr,
           StewardChartColor  color,
           double             alpha)
{
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, alpha);
}

static void
set_role (Painter               *p,
          StewardChartColorRole  role)
{
  set_color (p->cr, steward_chart_palette_color (p->layout->palette, role), 1.0);
}

static StewardChartColor
series_color (Painter *p,
              guint    index)
{
  return steward_chart_palette_series_color (p->layout->palette, index);
}

static gboolean
is_highlighted (Painter                *p,
                const StewardChartItem *item)
{
  return p->highlight != NULL && p->highlight->kind == item->kind &&
         p->highlight->category == item->category && p->highlight->series == item->series;
}

/* Grid lines sit on whole pixels (plus half for a 1-pixel line) so they stay crisp on screen. */
static double
crisp (double v)
{
  return floor (v) + 0.5;
}

static void
paint_grid (Painter *p)
{
  const StewardChartRect *plot = &p->layout->plot;
  GArray *ticks = p->layout->ticks;

  cairo_set_line_width (p->cr, 1.0);
  for (guint i = 0; i < ticks->len; i++)
    {
      const StewardChartTick *tick = &g_array_index (ticks, StewardChartTick, i);

      set_role (p, tick->value == 0 ? STEWARD_CHART_COLOR_AXIS : STEWARD_CHART_COLOR_GRID);
      cairo_move_to (p->cr, plot->x, crisp (tick->position));
      cairo_line_to (p->cr, plot->x + plot->width, crisp (tick->position));
      cairo_stroke (p->cr);
    }
}

/* A bar with its outer corners rounded: the end away from zero. */
static void
bar_path (cairo_t                *cr,
          const StewardChartRect *r,
          gboolean                up)
{
  double radius = MIN (CORNER, MIN (r->width / 2, r->height));
  double top = r->y, bottom = r->y + r->height, left = r->x, right = r->x + r->width;

  if (up)
    {
      cairo_move_to (cr, left, bottom);
      cairo_arc (cr, left + radius, top + radius, radius, G_PI, 1.5 * G_PI);
      cairo_arc (cr, right - radius, top + radius, radius, 1.5 * G_PI, 2 * G_PI);
      cairo_line_to (cr, right, bottom);
    }
  else
    {
      cairo_move_to (cr, left, top);
      cairo_line_to (cr, right, top);
      cairo_arc (cr, right - radius, bottom - radius, radius, 0, 0.5 * G_PI);
      cairo_arc (cr, left + radius, bottom - radius, radius, 0.5 * G_PI, G_PI);
    }
  cairo_close_path (cr);
}

static void
paint_bars (Painter *p)
{
  GArray *bars = p->layout->bars;
  gboolean stacked = p->layout->type == STEWARD_CHART_BAR_STACKED;

  cairo_set_line_width (p->cr, 1.0);
  for (guint i = 0; i < bars->len; i++)
    {
      const StewardChartBar *bar = &g_array_index (bars, StewardChartBar, i);
      gboolean highlighted = is_highlighted (p, &bar->item);

      if (bar->rect.height <= 0)
        continue;
      if (stacked)
        cairo_rectangle (p->cr, bar->rect.x, bar->rect.y, bar->rect.width, bar->rect.height);
      else
        bar_path (p->cr, &bar->rect, bar->value >= 0);
      set_color (p->cr, series_color (p, bar->color), 1.0);
      /* The common case, a grouped bar not under the pointer, is one fill. */
      if (!stacked && !highlighted)
        {
          cairo_fill (p->cr);
          continue;
        }
      cairo_fill_preserve (p->cr);
      /* Stacked segments are parted by a thin line of background. */
      if (stacked)
        {
          set_role (p, STEWARD_CHART_COLOR_BACKGROUND);
          cairo_stroke_preserve (p->cr);
        }
      if (highlighted)
        {
          set_color (p->cr, steward_chart_palette_color (p->layout->palette,
                                                         STEWARD_CHART_COLOR_BACKGROUND), 0.3);
          cairo_fill_preserve (p->cr);
        }
      cairo_new_path (p->cr);
    }
}

static void
paint_lines (Painter *p)
{
  GArray *points = p->layout->points;

  cairo_set_line_width (p->cr, LINE_WIDTH);
  cairo_set_line_join (p->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (p->cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < points->len; i++)
    {
      const StewardChartPoint *pt = &g_array_index (points, StewardChartPoint, i);
      gboolean last = i + 1 == points->len ||
                      !g_array_index (points, StewardChartPoint, i + 1).joins_previous;

      if (pt->joins_previous)
        cairo_line_to (p->cr, pt->x, pt->y);
      else
        cairo_move_to (p->cr, pt->x, pt->y);
      if (last)
        {
          set_color (p->cr, series_color (p, pt->color), 1.0);
          cairo_stroke (p->cr);
        }
    }
  for (guint i = 0; i < points->len; i++)
    {
      const StewardChartPoint *pt = &g_array_index (points, StewardChartPoint, i);
      double radius = is_highlighted (p, &pt->item) ? POINT_RADIUS * 1.7 : POINT_RADIUS;

      cairo_new_sub_path (p->cr);
      cairo_arc (p->cr, pt->x, pt->y, radius, 0, 2 * G_PI);
      set_color (p->cr, series_color (p, pt->color), 1.0);
      cairo_fill_preserve (p->cr);
      set_role (p, STEWARD_CHART_COLOR_BACKGROUND);
      cairo_set_line_width (p->cr, 1.5);
      cairo_stroke (p->cr);
    }
}

static void
paint_slices (Painter *p)
{
  GArray *slices = p->layout->slices;

  for (guint i = 0; i < slices->len; i++)
    {
      const StewardChartSlice *s = &g_array_index (slices, StewardChartSlice, i);
      double middle = (s->start_angle + s->end_angle) / 2;
      double shift = is_highlighted (p, &s->item) ? EXPLODE : 0;
      double cx = s->cx + cos (middle) * shift, cy = s->cy + sin (middle) * shift;

      if (slices->len > 1)
        cairo_move_to (p->cr, cx, cy);
      cairo_arc (p->cr, cx, cy, s->radius, s->start_angle, s->end_angle);
      cairo_close_path (p->cr);
      set_color (p->cr, series_color (p, s->color), 1.0);
      cairo_fill_preserve (p->cr);
      /* Slices are parted by a line of background, as in every good pie. */
      set_role (p, STEWARD_CHART_COLOR_BACKGROUND);
      cairo_set_line_width (p->cr, slices->len > 1 ? 2.0 : 0.0);
      cairo_set_line_join (p->cr, CAIRO_LINE_JOIN_ROUND);
      if (slices->len > 1)
        cairo_stroke (p->cr);
      cairo_new_path (p->cr);
    }
}

static void
paint_legend (Painter *p)
{
  GArray *legend = p->layout->legend;

  for (guint i = 0; i < legend->len; i++)
    {
      const StewardChartLegendEntry *e = &g_array_index (legend, StewardChartLegendEntry, i);

      if (p->layout->type == STEWARD_CHART_LINE)
        cairo_arc (p->cr, e->swatch.x + e->swatch.width / 2, e->swatch.y + e->swatch.height / 2,
                   e->swatch.width / 2, 0, 2 * G_PI);
      else
        bar_path (p->cr, &e->swatch, TRUE);
      set_color (p->cr, series_color (p, e->color), 1.0);
      cairo_fill (p->cr);
    }
}

static void
paint_table (Painter *p)
{
  GArray *rows = p->layout->table_rows;

  for (guint i = 0; i < rows->len; i++)
    {
      const StewardChartBar *row = &g_array_index (rows, StewardChartBar, i);

      if (i % 2 == 1 || is_highlighted (p, &row->item))
        {
          set_role (p, is_highlighted (p, &row->item) ? STEWARD_CHART_COLOR_GRID
                                                      : STEWARD_CHART_COLOR_STRIPE);
          cairo_rectangle (p->cr, row->rect.x, row->rect.y, row->rect.width, row->rect.height);
          cairo_fill (p->cr);
        }
    }
  if (rows->len > 0)
    {
      const StewardChartBar *first = &g_array_index (rows, StewardChartBar, 0);

      set_role (p, STEWARD_CHART_COLOR_AXIS);
      cairo_set_line_width (p->cr, 1.0);
      cairo_move_to (p->cr, first->rect.x, crisp (first->rect.y));
      cairo_line_to (p->cr, first->rect.x + first->rect.width, crisp (first->rect.y));
      cairo_stroke (p->cr);
    }
}

static StewardChartColor
label_color (Painter                 *p,
             const StewardChartLabel *label)
{
  StewardChartPalette palette = p->layout->palette;
  StewardChartItem under;

  switch (label->style)
    {
    case STEWARD_CHART_LABEL_AXIS:
      return steward_chart_palette_color (palette, STEWARD_CHART_COLOR_MUTED);
    case STEWARD_CHART_LABEL_INVERSE:
      /* Text on a slice takes black or white, whichever reads on that slice's colour. */
      if (steward_chart_hit_test (p->layout, label->x + label->width / 2,
                                  label->y + label->height / 2, &under) &&
          under.kind == STEWARD_CHART_ITEM_SLICE)
        for (guint i = 0; i < p->layout->slices->len; i++)
          {
            const StewardChartSlice *s = &g_array_index (p->layout->slices, StewardChartSlice, i);
            if (s->item.category == under.category)
              return steward_chart_palette_text_on (series_color (p, s->color));
          }
      return steward_chart_palette_color (palette, STEWARD_CHART_COLOR_FOREGROUND);
    case STEWARD_CHART_LABEL_TEXT:
    case STEWARD_CHART_LABEL_VALUE:
    case STEWARD_CHART_LABEL_HEADING:
    default:
      return steward_chart_palette_color (palette, STEWARD_CHART_COLOR_FOREGROUND);
    }
}

/* The shaped text of a label (@index counts the category labels first): the layout's cached
 * one when this thread owns the cache, else made afresh. A new reference either way. */
static PangoLayout *
label_text (Painter                 *p,
            const StewardChartLabel *label,
            guint                    index)
{
  gboolean heading = label->style == STEWARD_CHART_LABEL_HEADING;
  GPtrArray *texts = p->layout->paint_texts;

  if (!p->cached)
    return chart_text_layout_new (p->pango, p->layout->font, label->text, heading);
  if (g_ptr_array_index (texts, index) == NULL)
    g_ptr_array_index (texts, index) =
      chart_text_layout_new (p->layout->paint_pango[label->angle != 0 ? 1 : 0],
                             p->layout->font, label->text, heading);
  return g_object_ref (g_ptr_array_index (texts, index));
}

/* Brings cached context @which up to date with the target (its scale and rotation, not the
 * translation, which PangoCairo ignores; and its font options) when they changed since the
 * last paint, so that its texts are shaped again only then. Every label drawn with one
 * context in a paint has the same rotation. */
static void
update_cached_context (Painter *p,
                       guint    which)
{
  double *last = p->layout->paint_target[which];
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_matrix_t m;
  double now[5];

  cairo_get_matrix (p->cr, &m);
  cairo_surface_get_font_options (cairo_get_target (p->cr), options);
  now[0] = m.xx;
  now[1] = m.yx;
  now[2] = m.xy;
  now[3] = m.yy;
  now[4] = (double) cairo_font_options_hash (options) + 1;  /* never the 0 of "not yet" */
  cairo_font_options_destroy (options);
  if (memcmp (now, last, sizeof now) == 0)
    return;
  memcpy (last, now, sizeof now);
  pango_cairo_update_context (p->cr, p->layout->paint_pango[which]);
}

static void
paint_labels (Painter *p,
              GArray  *labels,
              guint    first_index)
{
  for (guint i = 0; i < labels->len; i++)
    {
      const StewardChartLabel *label = &g_array_index (labels, StewardChartLabel, i);
      g_autoptr(PangoLayout) text = label_text (p, label, first_index + i);

      cairo_save (p->cr);
      cairo_translate (p->cr, label->x, label->y);
      cairo_rotate (p->cr, label->angle);
      if (!p->cached)
        pango_cairo_update_layout (p->cr, text);
      else if (!p->context_checked[label->angle != 0 ? 1 : 0])
        {
          p->context_checked[label->angle != 0 ? 1 : 0] = TRUE;
          update_cached_context (p, label->angle != 0 ? 1 : 0);
        }
      set_color (p->cr, label_color (p, label), 1.0);
      cairo_move_to (p->cr, 0, 0);
      pango_cairo_show_layout (p->cr, text);
      cairo_restore (p->cr);
    }
}

/* Texts are made on first paint: a layout freed before that holds NULLs. */
static void
unref_text (gpointer text)
{
  if (text != NULL)
    g_object_unref (text);
}

/* Takes the layout's text cache for this paint when no other thread owns it (the first paint
 * makes it); returns with the lock held when it does. */
static gboolean
claim_text_cache (StewardChartLayout *layout,
                  cairo_t            *cr)
{
  g_mutex_lock (&layout->paint_lock);
  if (layout->paint_thread == NULL)
    {
      layout->paint_thread = g_thread_self ();
      for (guint i = 0; i < G_N_ELEMENTS (layout->paint_pango); i++)
        {
          layout->paint_pango[i] = pango_cairo_create_context (cr);
          chart_text_configure_context (layout->paint_pango[i]);
        }
      layout->paint_texts = g_ptr_array_new_full (0, unref_text);
      g_ptr_array_set_size (layout->paint_texts, layout->categories->len + layout->labels->len);
    }
  if (layout->paint_thread == g_thread_self ())
    return TRUE;
  g_mutex_unlock (&layout->paint_lock);
  return FALSE;
}

void
steward_chart_paint (StewardChartLayout     *layout,
                     cairo_t                *cr,
                     const StewardChartItem *highlight)
{
  Painter p = { layout, cr, NULL, highlight, FALSE, { FALSE, FALSE } };

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  set_role (&p, STEWARD_CHART_COLOR_BACKGROUND);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_fill (cr);
  paint_table (&p);
  paint_grid (&p);
  paint_bars (&p);
  paint_lines (&p);
  paint_slices (&p);
  paint_legend (&p);
  p.cached = claim_text_cache (layout, cr);
  if (!p.cached)
    {
      p.pango = pango_cairo_create_context (cr);
      chart_text_configure_context (p.pango);
    }
  paint_labels (&p, layout->categories, 0);
  paint_labels (&p, layout->labels, layout->categories->len);
  if (p.cached)
    g_mutex_unlock (&layout->paint_lock);
  g_clear_object (&p.pango);
  cairo_restore (cr);
}
