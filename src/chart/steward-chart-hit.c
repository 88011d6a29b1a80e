/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "steward-chart-hit.h"
#include "steward-chart-private.h"

/* A pointer this close to a line's point picks it: markers are small. */
#define POINT_REACH 8.0
/* Bars thinner than this (small or zero values) still catch the pointer over this height. */
#define MIN_BAR_REACH 4.0

static gboolean
in_rect (const StewardChartRect *r,
         double                  x,
         double                  y)
{
  return x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height;
}

static gboolean
hit_bars (StewardChartLayout *self,
          double              x,
          double              y,
          StewardChartItem   *out)
{
  for (guint i = 0; i < self->bars->len; i++)
    {
      const StewardChartBar *bar = &g_array_index (self->bars, StewardChartBar, i);
      StewardChartRect reach = bar->rect;

      if (reach.height < MIN_BAR_REACH)
        {
          reach.y -= (MIN_BAR_REACH - reach.height) / 2;
          reach.height = MIN_BAR_REACH;
        }
      if (in_rect (&reach, x, y))
        {
          *out = bar->item;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
hit_points (StewardChartLayout *self,
            double              x,
            double              y,
            StewardChartItem   *out)
{
  double best = POINT_REACH;
  gboolean found = FALSE;

  for (guint i = 0; i < self->points->len; i++)
    {
      const StewardChartPoint *pt = &g_array_index (self->points, StewardChartPoint, i);
      double distance = hypot (pt->x - x, pt->y - y);

      if (distance <= best)
        {
          best = distance;
          *out = pt->item;
          found = TRUE;
        }
    }
  return found;
}

static gboolean
hit_slices (StewardChartLayout *self,
            double              x,
            double              y,
            StewardChartItem   *out)
{
  for (guint i = 0; i < self->slices->len; i++)
    {
      const StewardChartSlice *s = &g_array_index (self->slices, StewardChartSlice, i);
      double angle = atan2 (y - s->cy, x - s->cx);

      if (hypot (x - s->cx, y - s->cy) > s->radius)
        continue;
      /* Slices start at -π/2 and run clockwise up to 3π/2: bring the angle into that turn. */
      while (angle < s->start_angle)
        angle += 2 * G_PI;
      while (angle >= s->start_angle + 2 * G_PI)
        angle -= 2 * G_PI;
      if (angle < s->end_angle)
        {
          *out = s->item;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
hit_rows (GArray           *rows,
          double            x,
          double            y,
          StewardChartItem *out)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const StewardChartBar *row = &g_array_index (rows, StewardChartBar, i);

      if (in_rect (&row->rect, x, y))
        {
          *out = row->item;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
hit_legend (StewardChartLayout *self,
            double              x,
            double              y,
            StewardChartItem   *out)
{
  for (guint i = 0; i < self->legend->len; i++)
    {
      const StewardChartLegendEntry *e = &g_array_index (self->legend, StewardChartLegendEntry, i);
      /* The swatch and the line of text beside it. */
      StewardChartRect reach = { e->swatch.x, e->swatch.y - CHART_GAP / 2,
                                 e->swatch.width + CHART_GAP, e->swatch.height + CHART_GAP };

      if (in_rect (&reach, x, y))
        {
          *out = e->item;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
steward_chart_hit_test (StewardChartLayout *layout,
                        double              x,
                        double              y,
                        StewardChartItem   *out)
{
  g_return_val_if_fail (layout != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = (StewardChartItem) { STEWARD_CHART_ITEM_NONE, 0, 0, -1 };
  return hit_bars (layout, x, y, out) ||
         hit_points (layout, x, y, out) ||
         hit_slices (layout, x, y, out) ||
         hit_rows (layout->table_rows, x, y, out) ||
         hit_legend (layout, x, y, out);
}

static char *
item_value (StewardChartLayout     *self,
            const StewardChartItem *item)
{
  for (guint i = 0; i < self->slices->len; i++)
    {
      const StewardChartSlice *s = &g_array_index (self->slices, StewardChartSlice, i);

      if (s->item.category == item->category)
        {
          double step = fmod (s->value, 100) != 0 ? 1 : 100;
          g_autofree char *amount = steward_chart_format_tick (self->kind, s->value, step);
          return g_strdup_printf ("%s (%.1f%%)", amount, s->share * 100);
        }
    }
  return g_strdup ("");
}

char *
steward_chart_describe_item (StewardChartLayout     *layout,
                             const StewardChartItem *item)
{
  StewardReportResult *result;
  const char *measure;
  g_autofree char *value = NULL;
  GString *text;

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (item != NULL, NULL);

  result = layout->result;
  if (item->kind == STEWARD_CHART_ITEM_NONE || layout->message != NULL)
    return NULL;
  if (item->kind == STEWARD_CHART_ITEM_SLICE && item->category == G_MAXUINT)
    {
      value = item_value (layout, item);
      return g_strdup_printf ("%s\n%s", C_("chart", "Other"), value);
    }
  if (item->row < 0)
    return g_strdup (item->kind == STEWARD_CHART_ITEM_LEGEND && layout->type != STEWARD_CHART_PIE
                     ? steward_report_result_get_nth_series_label (result, item->series)
                     : steward_report_result_get_nth_category_label (result, item->category));

  text = g_string_new (steward_report_result_get_category_label (result, item->row));
  if (steward_report_result_has_series (result))
    g_string_append_printf (text, " · %s", steward_report_result_get_series_label (result, item->row));
  for (guint c = 0; c < steward_report_result_get_n_columns (result); c++)
    {
      g_autofree char *cell = NULL;

      /* A table row lists every measure; a chart item its plotted measure. */
      if (item->kind != STEWARD_CHART_ITEM_TABLE_ROW && c != layout->measure)
        continue;
      measure = steward_report_result_get_column_label (result, c);
      cell = steward_report_result_format_cell (result, item->row, c);
      /* TRANSLATORS: a measure and its value in a chart's tooltip: "Fee total: ¥1,200.00" */
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("%s: %s"), measure, cell);
    }
  return g_string_free (text, FALSE);
}
