/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "steward-chart-private.h"

/* Slices narrower than this share of the pie get no percentage printed on them. */
#define MIN_LABELLED_SHARE 0.05
/* A pie smaller than this is not worth drawing whole names beside or under. */
#define MIN_PIE 96.0

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

/* The legend names each slice with its value and share: the swatch, the name, and the value
 * at the right edge of the legend — under the name when both do not fit on one line. */
typedef struct
{
  double  x, y, width;   /* the legend's box (its height is lines × line) */
  double  name_width;    /* names wider than this are ellipsized */
  guint   shown;         /* the first `shown` slices have an entry */
  double *names;         /* each slice's name, measured whole */
  double *values;        /* each slice's value */
  double  widest_name, widest_value;
} Legend;

static void
measure_legend (StewardChartLayout *self,
                Legend             *legend)
{
  double height;

  legend->names = g_new0 (double, self->slices->len);
  legend->values = g_new0 (double, self->slices->len);
  for (guint i = 0; i < self->slices->len; i++)
    {
      const StewardChartSlice *slice = &g_array_index (self->slices, StewardChartSlice, i);
      g_autofree char *value = legend_value (self, slice);

      chart_text_measure (self, slice_name (self, slice), FALSE, &legend->names[i], &height);
      chart_text_measure (self, value, FALSE, &legend->values[i], &height);
      legend->widest_name = MAX (legend->widest_name, legend->names[i]);
      legend->widest_value = MAX (legend->widest_value, legend->values[i]);
    }
}

static guint
entry_lines (const Legend *legend,
             guint         i)
{
  double name = MIN (legend->names[i], legend->name_width);

  return CHART_SWATCH + CHART_GAP / 2 + name + 2 * CHART_GAP + legend->values[i] <= legend->width + 0.01 ? 1 : 2;
}

static double
entry_width (const Legend *legend,
             double        name_width)
{
  return CHART_SWATCH + CHART_GAP / 2 + name_width + 2 * CHART_GAP + legend->widest_value;
}

static void
add_legend (StewardChartLayout *self,
            const Legend       *legend)
{
  double line = chart_line_height (self) + CHART_GAP / 2;
  double y = legend->y;

  for (guint i = 0; i < legend->shown; i++)
    {
      const StewardChartSlice *slice = &g_array_index (self->slices, StewardChartSlice, i);
      StewardChartLegendEntry entry = { { STEWARD_CHART_ITEM_LEGEND, slice->item.category, 0,
                                          slice->item.row } };
      g_autofree char *value = legend_value (self, slice);
      guint lines = entry_lines (legend, i);
      StewardChartLabel *label;

      entry.swatch = (StewardChartRect) { legend->x, y + (line - CHART_SWATCH) / 2, CHART_SWATCH, CHART_SWATCH };
      entry.color = slice->color;
      label = chart_add_label (self, self->labels, value, STEWARD_CHART_LABEL_AXIS, 0, 0, legend->width);
      label->x = legend->x + legend->width - label->width;
      label->y = y + (lines - 1) * line + (line - label->height) / 2;
      entry.label = self->labels->len;
      label = chart_add_label (self, self->labels, slice_name (self, slice), STEWARD_CHART_LABEL_TEXT,
                               legend->x + CHART_SWATCH + CHART_GAP / 2, 0, legend->name_width);
      label->y = y + (line - label->height) / 2;
      g_array_append_val (self->legend, entry);
      y += lines * line;
    }
}

/* The pie on the left, the legend beside it on the right, centred together a margin apart. */
static void
place_beside (StewardChartLayout *self,
              Legend             *legend,
              double              name_width)
{
  double line = chart_line_height (self) + CHART_GAP / 2;
  double diameter, left;

  legend->name_width = name_width;
  legend->width = entry_width (legend, name_width);
  legend->shown = MIN ((guint) MAX (1, self->frame.height / line), self->slices->len);
  diameter = MAX (2, MIN (self->frame.height - CHART_GAP,
                          self->frame.width - legend->width - 3 * CHART_MARGIN));
  left = self->frame.x + MAX (0, (self->frame.width - diameter - 3 * CHART_MARGIN - legend->width) / 2);
  self->plot = (StewardChartRect) { left, self->frame.y + (self->frame.height - diameter) / 2,
                                    diameter, diameter };
  legend->x = left + diameter + 3 * CHART_MARGIN;
  legend->y = self->frame.y + (self->frame.height - legend->shown * line) / 2;
}

/* The pie above, every entry of the legend under it, centred together; a name is ellipsized
 * only when it is wider than the chart by itself. Returns the pie's diameter. */
static double
place_below (StewardChartLayout *self,
             Legend             *legend)
{
  double line = chart_line_height (self) + CHART_GAP / 2;
  double height = 0, diameter, top;

  legend->name_width = self->frame.width - CHART_SWATCH - CHART_GAP / 2;
  legend->width = MIN (self->frame.width, entry_width (legend, legend->widest_name));
  legend->shown = self->slices->len;
  for (guint i = 0; i < legend->shown; i++)
    height += entry_lines (legend, i) * line;
  diameter = MIN (self->frame.width, self->frame.height - height - 2 * CHART_GAP);
  top = self->frame.y + MAX (0, (self->frame.height - diameter - 2 * CHART_GAP - height) / 2);
  self->plot = (StewardChartRect) { self->frame.x + (self->frame.width - diameter) / 2, top,
                                    diameter, diameter };
  legend->x = self->frame.x + (self->frame.width - legend->width) / 2;
  legend->y = top + diameter + 2 * CHART_GAP;
  return diameter;
}

/* The legend goes beside the pie and gives its names the room they need; when that leaves a
 * smaller pie than putting the legend under it (a narrow chart), under it. Only when neither
 * leaves room for a pie are names cut beside it, at half the chart's width. */
static void
place_pie_and_legend (StewardChartLayout *self,
                      Legend             *legend)
{
  double values = legend->widest_value;
  double cut = MAX (80, self->frame.width * 0.5 - values - CHART_SWATCH - 3 * CHART_GAP);
  double beside, below;

  if (legend->widest_name <= cut)
    {
      place_beside (self, legend, legend->widest_name);
      return;
    }
  beside = MIN (self->frame.height - CHART_GAP,
                self->frame.width - entry_width (legend, legend->widest_name) - 3 * CHART_MARGIN);
  below = place_below (self, legend);
  if (below >= MIN_PIE && below >= beside)
    return;
  if (beside >= MIN_PIE)
    place_beside (self, legend, legend->widest_name);
  else
    place_beside (self, legend, cut);
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

      if (slice->share < MIN_LABELLED_SHARE || self->slices->len == 1)
        continue;
      text = g_strdup_printf ("%.0f%%", slice->share * 100);
      label = chart_add_label (self, self->labels, text, STEWARD_CHART_LABEL_INVERSE, 0, 0,
                               slice->radius);
      label->x = slice->cx + cos (middle) * slice->radius * 0.68 - label->width / 2;
      label->y = slice->cy + sin (middle) * slice->radius * 0.68 - label->height / 2;
    }
}

void
chart_layout_pie (StewardChartLayout *self)
{
  g_autoptr(GArray) parts = NULL;
  double total = 0, other = 0, angle = -G_PI / 2;
  Legend legend = { 0 };
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

  measure_legend (self, &legend);
  place_pie_and_legend (self, &legend);
  for (guint i = 0; i < self->slices->len; i++)
    {
      StewardChartSlice *slice = &g_array_index (self->slices, StewardChartSlice, i);

      slice->cx = self->plot.x + self->plot.width / 2;
      slice->cy = self->plot.y + self->plot.height / 2;
      slice->radius = self->plot.width / 2;
    }
  add_share_labels (self);
  add_legend (self, &legend);
  g_free (legend.names);
  g_free (legend.values);
}
