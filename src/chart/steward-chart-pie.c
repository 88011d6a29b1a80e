/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "steward-chart-private.h"

/* Slices narrower than this share of the pie get no percentage printed on them. */
#define MIN_LABELLED_SHARE 0.05
/* The smallest pie drawn beside a legend of whole names, and the sizes of a pie above its
 * legend (a narrow chart). */
#define MIN_PIE_BESIDE 120.0
#define MIN_PIE_BELOW   80.0
#define MIN_PIE         40.0
#define MAX_PIE_BELOW  240.0

typedef struct
{
  guint   category;
  int     row;       /* the category's only row, or -1 when several series were summed */
  double  value;
  gboolean merged;
} Part;

static int
compare_value_desc (gconstpointer a,
                    gconstpointer b)
{
  const Part *pa = *(Part * const *) a, *pb = *(Part * const *) b;

  return pa->value < pb->value ? 1 : pa->value > pb->value ? -1 :
         (int) pa->category - (int) pb->category;
}

/* One part per category with a positive total, in the result's order; beyond
 * STEWARD_CHART_PIE_MAX_SLICES the smallest are marked merged (they become "Other"). */
static GArray *
collect_parts (StewardChartLayout *self)
{
  guint n_cat = steward_report_result_get_n_categories (self->result);
  guint n_ser = steward_report_result_get_n_series (self->result);
  GArray *parts = g_array_new (FALSE, TRUE, sizeof (Part));
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  for (guint c = 0; c < n_cat; c++)
    {
      Part part = { c, -1, 0, FALSE };

      for (guint s = 0; s < n_ser; s++)
        {
          int row;
          double v = chart_cell_value (self, c, s, &row);

          if (!isnan (v) && v > 0)
            part.value += v;
          if (n_ser == 1)
            part.row = row;
        }
      if (part.value > 0)
        g_array_append_val (parts, part);
    }
  if (parts->len > STEWARD_CHART_PIE_MAX_SLICES)
    {
      for (guint i = 0; i < parts->len; i++)
        g_ptr_array_add (order, &g_array_index (parts, Part, i));
      g_ptr_array_sort (order, compare_value_desc);
      for (guint i = STEWARD_CHART_PIE_MAX_SLICES - 1; i < order->len; i++)
        ((Part *) g_ptr_array_index (order, i))->merged = TRUE;
    }
  return parts;
}

static void
add_slice (StewardChartLayout *self,
           guint               category,
           int                 row,
           double              value,
           double              total,
           double             *angle,
           guint               color)
{
  StewardChartSlice slice = { { STEWARD_CHART_ITEM_SLICE, category, 0, row } };

  slice.value = value;
  slice.share = value / total;
  slice.start_angle = *angle;
  slice.end_angle = *angle + 2 * G_PI * slice.share;
  slice.color = color;
  *angle = slice.end_angle;
  g_array_append_val (self->slices, slice);
}

static const char *
slice_name (StewardChartLayout      *self,
            const StewardChartSlice *slice)
{
  if (slice->item.category == G_MAXUINT)
    return C_("chart", "Other");
  return steward_report_result_get_nth_category_label (self->result, slice->item.category);
}

static char *
legend_value (StewardChartLayout      *self,
              const StewardChartSlice *slice)
{
  g_autofree char *amount = chart_format_value (self, slice->value);

  return g_strdup_printf ("%s · %.0f%%", amount, slice->share * 100);
}

static void
add_share_labels (StewardChartLayout *self)
{
  for (guint i = 0; i < self->slices->len; i++)
    {
      const StewardChartSlice *slice = &g_array_index (self->slices, StewardChartSlice, i);
      double middle = (slice->start_angle + slice->end_angle) / 2;
      g_autofree char *text = NULL;
      StewardChartLabel *label;
      double width, height;

      if (slice->share < MIN_LABELLED_SHARE || self->slices->len == 1)
        continue;
      text = g_strdup_printf ("%.0f%%", slice->share * 100);
      /* A share wider than its slice's arc where it is printed, or than most of the radius,
       * would run into its neighbours or be cut to "1…" on a small pie: the legend gives it
       * anyway. */
      chart_text_measure (self, text, FALSE, &width, &height);
      if (width > slice->radius * 0.6 ||
          width + CHART_GAP / 2 > (slice->end_angle - slice->start_angle) * slice->radius * 0.68)
        continue;
      label = chart_add_label (self, self->labels, text, STEWARD_CHART_LABEL_INVERSE, 0, 0,
                               slice->radius);
      label->x = slice->cx + cos (middle) * slice->radius * 0.68 - label->width / 2;
      label->y = slice->cy + sin (middle) * slice->radius * 0.68 - label->height / 2;
    }
}

/* The widest name and the widest "value · share" of the legend. */
static void
measure_legend (StewardChartLayout *self,
                double             *names,
                double             *values)
{
  double width, height;

  *names = *values = 0;
  for (guint i = 0; i < self->slices->len; i++)
    {
      const StewardChartSlice *slice = &g_array_index (self->slices, StewardChartSlice, i);
      g_autofree char *value = legend_value (self, slice);

      chart_text_measure (self, slice_name (self, slice), FALSE, &width, &height);
      *names = MAX (*names, width);
      chart_text_measure (self, value, FALSE, &width, &height);
      *values = MAX (*values, width);
    }
}

/* The legend names each slice with its value and share, one slice a line from (x, y), the
 * values aligned on the right of `width`. */
static void
add_legend (StewardChartLayout *self,
            double              x,
            double              y,
            double              width,
            double              name_width,
            guint               shown)
{
  double line = chart_line_height (self) + CHART_GAP / 2;

  for (guint i = 0; i < shown; i++, y += line)
    {
      const StewardChartSlice *slice = &g_array_index (self->slices, StewardChartSlice, i);
      StewardChartLegendEntry entry = { { STEWARD_CHART_ITEM_LEGEND, slice->item.category, 0,
                                          slice->item.row } };
      g_autofree char *value = legend_value (self, slice);
      StewardChartLabel *label;

      entry.swatch = (StewardChartRect) { x, y + (line - CHART_SWATCH) / 2, CHART_SWATCH, CHART_SWATCH };
      entry.color = slice->color;
      label = chart_add_label (self, self->labels, value, STEWARD_CHART_LABEL_AXIS, 0, 0, width);
      label->x = x + width - label->width;
      label->y = y + (line - label->height) / 2;
      entry.label = self->labels->len;
      label = chart_add_label (self, self->labels, slice_name (self, slice), STEWARD_CHART_LABEL_TEXT,
                               x + CHART_SWATCH + CHART_GAP / 2, 0, name_width);
      label->y = y + (line - label->height) / 2;
      g_array_append_val (self->legend, entry);
    }
}

static double
legend_width (double names,
              double values)
{
  return CHART_SWATCH + CHART_GAP / 2 + names + 2 * CHART_GAP + values;
}

static void
place_pie (StewardChartLayout *self,
           double              left,
           double              top,
           double              diameter)
{
  self->plot = (StewardChartRect) { left, top, diameter, diameter };
  for (guint i = 0; i < self->slices->len; i++)
    {
      StewardChartSlice *slice = &g_array_index (self->slices, StewardChartSlice, i);

      slice->cx = left + diameter / 2;
      slice->cy = top + diameter / 2;
      slice->radius = diameter / 2;
    }
}

static double
diameter_beside (StewardChartLayout *self,
                 double              name_width,
                 double              values)
{
  return MIN (self->frame.height - CHART_GAP,
              self->frame.width - legend_width (name_width, values) - 3 * CHART_MARGIN);
}

/* The legend beside the pie, both centred together a margin apart, names no wider than
 * name_width; as many slices as there are lines. */
static void
layout_beside (StewardChartLayout *self,
               double              name_width,
               double              values)
{
  double legend = legend_width (name_width, values);
  double line = chart_line_height (self) + CHART_GAP / 2;
  guint shown = MIN ((guint) MAX (1, self->frame.height / line), self->slices->len);
  double diameter = MAX (2, diameter_beside (self, name_width, values));
  double left = self->frame.x + MAX (0, (self->frame.width - diameter - 3 * CHART_MARGIN - legend) / 2);

  place_pie (self, left, self->frame.y + (self->frame.height - diameter) / 2, diameter);
  add_share_labels (self);
  add_legend (self, left + diameter + 3 * CHART_MARGIN,
              self->frame.y + (self->frame.height - shown * line) / 2, legend, name_width, shown);
}

/* The pie's diameter with the legend under it, a line per slice: may be small or negative. */
static double
diameter_below (StewardChartLayout *self)
{
  double lines = self->slices->len * (chart_line_height (self) + CHART_GAP / 2);

  return MIN (MIN (self->frame.width, MAX_PIE_BELOW), self->frame.height - lines - CHART_MARGIN);
}

/* The legend under the pie, a line per slice across the frame: a narrow chart keeps its names
 * whole there (only a name wider than the frame, less its value, is cut). */
static void
layout_below (StewardChartLayout *self,
              double              names,
              double              values)
{
  double fixed = CHART_SWATCH + CHART_GAP / 2 + 2 * CHART_GAP + values;
  double legend = MIN (self->frame.width, fixed + names);
  double lines = self->slices->len * (chart_line_height (self) + CHART_GAP / 2);
  double diameter = diameter_below (self);
  double top = self->frame.y + (self->frame.height - diameter - CHART_MARGIN - lines) / 2;

  place_pie (self, self->frame.x + (self->frame.width - diameter) / 2, top, diameter);
  add_share_labels (self);
  add_legend (self, self->frame.x + (self->frame.width - legend) / 2, top + diameter + CHART_MARGIN,
              legend, MAX (1, legend - fixed), self->slices->len);
}

void
chart_layout_pie (StewardChartLayout *self)
{
  g_autoptr(GArray) parts = NULL;
  double total = 0, other = 0, angle = -G_PI / 2;
  double names, values, cut, below;
  guint color = 0;

  if (self->kind == STEWARD_MEASURE_KIND_PERCENT || self->kind == STEWARD_MEASURE_KIND_RATING)
    {
      chart_set_message (self, _("Percentages and ratings cannot be added up: choose bars or a line for this measure"));
      return;
    }
  parts = collect_parts (self);
  for (guint i = 0; i < parts->len; i++)
    total += g_array_index (parts, Part, i).value;
  if (total <= 0)
    {
      chart_set_message (self, _("No data"));
      return;
    }
  for (guint i = 0; i < parts->len; i++)
    {
      const Part *part = &g_array_index (parts, Part, i);

      if (part->merged)
        other += part->value;
      else
        add_slice (self, part->category, part->row, part->value, total, &angle, color++);
    }
  if (other > 0)
    add_slice (self, G_MAXUINT, -1, other, total, &angle, CHART_OTHER_COLOR);

  /* Beside the pie with every name whole while the pie stays large enough. Else under it, if
   * that leaves a pie of MIN_PIE_BELOW or at least the one beside names cut to leave it room
   * (a narrow chart); else (a short, wide chart) beside it with names cut. */
  measure_legend (self, &names, &values);
  cut = MIN (names, MAX (80, self->frame.width * 0.5 - values - CHART_SWATCH - 3 * CHART_GAP));
  below = diameter_below (self);
  if (diameter_beside (self, names, values) >= MIN (MIN_PIE_BESIDE, self->frame.height - CHART_GAP))
    layout_beside (self, names, values);
  else if (below >= MIN_PIE_BELOW || (below >= MIN_PIE && below >= diameter_beside (self, cut, values)))
    layout_below (self, names, values);
  else
    layout_beside (self, cut, values);
}
