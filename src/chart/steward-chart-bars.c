/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-chart"

#include "config.h"

#include <math.h>

#include "steward-chart-private.h"

/* A bar never grows wider than this, so one or two values do not paint a wall of colour. */
#define MAX_BAR_WIDTH   56.0
/* Bars are labelled with their value when there are at most this many. */
#define MAX_VALUE_LABELS 12

static double
value_to_y (StewardChartLayout *self,
            double              value)
{
  double span = self->axis_max - self->axis_min;

  return self->plot.y + self->plot.height * (self->axis_max - value) / span;
}

/* The range the axis must show: every value (or every stack) and zero. */
static void
data_range (StewardChartLayout *self,
            double             *min,
            double             *max)
{
  guint n_cat = steward_report_result_get_n_categories (self->result);
  guint n_ser = steward_report_result_get_n_series (self->result);

  *min = *max = 0;
  for (guint c = 0; c < n_cat; c++)
    {
      double up = 0, down = 0;

      for (guint s = 0; s < n_ser; s++)
        {
          double v = chart_cell_value (self, c, s, NULL);

          if (isnan (v))
            continue;
          if (self->type == STEWARD_CHART_BAR_STACKED)
            *(v >= 0 ? &up : &down) += v;
          else
            *min = MIN (*min, v), *max = MAX (*max, v);
        }
      *min = MIN (*min, down);
      *max = MAX (*max, up);
    }
}

static void
compute_axis (StewardChartLayout *self)
{
  double min, max;
  guint target = (guint) CLAMP (self->frame.height / 70, 2, 6);
  double min_step = self->kind == STEWARD_MEASURE_KIND_COUNT ||
                    self->kind == STEWARD_MEASURE_KIND_MONEY ? 1 : 0;

  data_range (self, &min, &max);
  if (self->kind == STEWARD_MEASURE_KIND_PERCENT && min >= 0 && max <= 100)
    max = 100;
  if (self->kind == STEWARD_MEASURE_KIND_RATING && min >= 0 && max <= 5)
    {
      /* Ratings are 1–5 stars: a fixed 0–5 scale compares quarters honestly. */
      self->axis_min = 0, self->axis_max = 5, self->axis_step = 1;
      return;
    }
  steward_chart_nice_axis (min, max, target, min_step,
                           &self->axis_min, &self->axis_max, &self->axis_step);
}

static guint
n_ticks (StewardChartLayout *self)
{
  return (guint) llround ((self->axis_max - self->axis_min) / self->axis_step) + 1;
}

static double
widest_tick_label (StewardChartLayout *self)
{
  double widest = 0;

  for (guint i = 0; i < n_ticks (self); i++)
    {
      g_autofree char *text = steward_chart_format_tick (self->kind,
                                                         self->axis_min + i * self->axis_step,
                                                         self->axis_step);
      double width, height;

      chart_text_measure (self, text, FALSE, &width, &height);
      widest = MAX (widest, width);
    }
  return widest;
}

/* Fixes the plot rectangle: tick labels on the left, category labels below (whose first,
 * slanted label may need the plot to start further right). */
static void
place_plot (StewardChartLayout *self)
{
  guint n_cat = steward_report_result_get_n_categories (self->result);
  double right = self->frame.x + self->frame.width;
  double overhang = 0, depth = 0;

  self->plot.x = self->frame.x + widest_tick_label (self) + CHART_GAP;
  for (guint pass = 0; pass < 2; pass++)
    {
      double slot = (right - self->plot.x) / n_cat;

      depth = chart_place_category_labels (self, slot, self->plot.x, 0, TRUE, &overhang);
      self->plot.x = MAX (self->plot.x, self->frame.x - CHART_MARGIN / 2 + overhang - slot / 2);
    }
  self->plot.width = MAX (1, right - self->plot.x);
  self->plot.y = self->frame.y;
  self->plot.height = MAX (1, self->frame.height - depth);
}

static void
add_ticks (StewardChartLayout *self)
{
  for (guint i = 0; i < n_ticks (self); i++)
    {
      StewardChartTick tick;
      g_autofree char *text = NULL;
      StewardChartLabel *label;

      tick.value = self->axis_min + i * self->axis_step;
      tick.position = value_to_y (self, tick.value);
      g_array_append_val (self->ticks, tick);
      text = steward_chart_format_tick (self->kind, tick.value, self->axis_step);
      label = chart_add_label (self, self->labels, text, STEWARD_CHART_LABEL_AXIS,
                               0, 0, self->plot.x - self->frame.x);
      label->x = self->plot.x - CHART_GAP - label->width;
      label->y = tick.position - label->height / 2;
    }
}

static void
add_bar (StewardChartLayout *self,
         guint               c,
         guint               s,
         int                 row,
         double              x,
         double              width,
         double              from,
         double              to)
{
  StewardChartBar bar = { { STEWARD_CHART_ITEM_BAR, c, s, row } };
  double top = value_to_y (self, MAX (from, to));
  double bottom = value_to_y (self, MIN (from, to));

  bar.rect = (StewardChartRect) { x, top, width, bottom - top };
  bar.value = to - from;
  bar.color = s;
  g_array_append_val (self->bars, bar);
}

static void
add_value_labels (StewardChartLayout *self,
                  double              bar_width)
{
  for (guint i = 0; i < self->bars->len; i++)
    {
      StewardChartBar *bar = &g_array_index (self->bars, StewardChartBar, i);
      g_autofree char *text = steward_report_result_format_cell (self->result, bar->item.row,
                                                                 self->measure);
      double width, height;
      StewardChartLabel *label;

      chart_text_measure (self, text, FALSE, &width, &height);
      if (width > bar_width + 2 * CHART_GAP)
        continue;
      label = chart_add_label (self, self->labels, text, STEWARD_CHART_LABEL_VALUE, 0, 0, width);
      label->x = bar->rect.x + (bar->rect.width - width) / 2;
      label->y = bar->value >= 0 ? bar->rect.y - height - 2 : bar->rect.y + bar->rect.height + 2;
    }
}

static void
add_bars (StewardChartLayout *self,
          double              slot)
{
  guint n_cat = steward_report_result_get_n_categories (self->result);
  guint n_ser = steward_report_result_get_n_series (self->result);
  gboolean stacked = self->type == STEWARD_CHART_BAR_STACKED;
  guint per_group = stacked ? 1 : n_ser;
  double group = MIN (slot * 0.72, per_group * MAX_BAR_WIDTH);
  double width = group / per_group;

  for (guint c = 0; c < n_cat; c++)
    {
      double x0 = self->plot.x + c * slot + (slot - group) / 2;
      double up = 0, down = 0;

      for (guint s = 0; s < n_ser; s++)
        {
          int row;
          double v = chart_cell_value (self, c, s, &row);
          double *base = v >= 0 ? &up : &down;

          if (isnan (v))
            continue;
          if (!stacked)
            add_bar (self, c, s, row, x0 + s * width, width, 0, v);
          else
            {
              add_bar (self, c, s, row, x0, width, *base, *base + v);
              *base += v;
            }
        }
    }
  if (!stacked && self->bars->len <= MAX_VALUE_LABELS)
    add_value_labels (self, width);
}

static void
add_points (StewardChartLayout *self,
            double              slot)
{
  guint n_cat = steward_report_result_get_n_categories (self->result);
  guint n_ser = steward_report_result_get_n_series (self->result);

  for (guint s = 0; s < n_ser; s++)
    {
      gboolean joins = FALSE;

      for (guint c = 0; c < n_cat; c++)
        {
          StewardChartPoint point = { { STEWARD_CHART_ITEM_POINT, c, s, -1 } };
          double v = chart_cell_value (self, c, s, &point.item.row);

          if (isnan (v))
            {
              joins = FALSE;
              continue;
            }
          point.x = self->plot.x + (c + 0.5) * slot;
          point.y = value_to_y (self, v);
          point.value = v;
          point.color = s;
          point.joins_previous = joins;
          g_array_append_val (self->points, point);
          joins = TRUE;
        }
    }
}

/* Bars (grouped or stacked) and lines share the frame: series legend, the measure's name,
 * value axis, category axis. */
void
chart_layout_bars (StewardChartLayout *self)
{
  guint n_cat = steward_report_result_get_n_categories (self->result);
  double slot, overhang;
  StewardChartLabel *title;

  chart_add_series_legend (self);
  title = chart_add_label (self, self->labels,
                           steward_report_result_get_column_label (self->result, self->measure),
                           STEWARD_CHART_LABEL_AXIS, self->frame.x, self->frame.y,
                           self->frame.width);
  /* Half a line more so the top tick label, centred on its grid line, clears the name. */
  self->frame.y += title->height * 1.5 + CHART_GAP / 2;
  self->frame.height = MAX (1, self->frame.height - title->height * 1.5 - CHART_GAP / 2);

  compute_axis (self);
  self->has_axis = TRUE;
  place_plot (self);
  slot = self->plot.width / n_cat;
  add_ticks (self);
  chart_place_category_labels (self, slot, self->plot.x, self->plot.y + self->plot.height,
                               FALSE, &overhang);
  if (self->type == STEWARD_CHART_LINE)
    add_points (self, slot);
  else
    add_bars (self, slot);
}
