/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "steward-chart-private.h"
#include "steward-types.h"

G_DEFINE_BOXED_TYPE (StewardChartLayout, steward_chart_layout,
                     steward_chart_layout_ref, steward_chart_layout_unref)

static void
label_clear (gpointer data)
{
  StewardChartLabel *label = data;

  g_clear_pointer (&label->text, g_free);
}

static GArray *
items_new (gsize     size,
           gboolean  labels)
{
  GArray *array = g_array_new (FALSE, TRUE, size);

  if (labels)
    g_array_set_clear_func (array, label_clear);
  return array;
}

double
chart_cell_value (StewardChartLayout *self,
                  guint               category,
                  guint               series,
                  int                *row)
{
  int found = steward_report_result_lookup_row (self->result, category, series);

  if (row != NULL)
    *row = found;
  if (found < 0 || steward_report_result_is_empty (self->result, found, self->measure))
    return NAN;
  return steward_report_result_get_plot_value (self->result, found, self->measure);
}

/* A value printed on a chart: whole yuan without fen ("¥1,200", but "¥900.50"), counts and
 * percentages as on the axis. */
char *
chart_format_value (StewardChartLayout *self,
                    double              value)
{
  double step = 1;

  if (self->kind == STEWARD_MEASURE_KIND_MONEY)
    step = fmod (value, STEWARD_FEN_PER_YUAN) != 0 ? 1 : STEWARD_FEN_PER_YUAN;
  else if (self->kind == STEWARD_MEASURE_KIND_PERCENT || self->kind == STEWARD_MEASURE_KIND_RATING)
    step = 0.1;
  return steward_chart_format_tick (self->kind, value, step);
}

void
chart_set_message (StewardChartLayout *self,
                   const char         *message)
{
  double width, height;
  StewardChartRect *f = &self->frame;

  g_free (self->message);
  self->message = g_strdup (message);
  chart_text_measure (self, message, FALSE, &width, &height);
  chart_add_label (self, self->labels, message, STEWARD_CHART_LABEL_AXIS,
                   f->x + MAX (0, (f->width - width) / 2),
                   f->y + MAX (0, (f->height - height) / 2), f->width);
}

/* Places the series legend in rows from the frame's top-left corner, each name no wider than
 * max_text, and returns the height it takes; dry_run only measures. */
static double
flow_series_legend (StewardChartLayout *self,
                    double              max_text,
                    gboolean            dry_run)
{
  guint n_series = steward_report_result_get_n_series (self->result);
  double line = chart_line_height (self);
  double x = self->frame.x;
  double y = self->frame.y;

  for (guint s = 0; s < n_series; s++)
    {
      const char *text = steward_report_result_get_nth_series_label (self->result, s);
      StewardChartLegendEntry entry = { { STEWARD_CHART_ITEM_LEGEND, 0, s, -1 } };
      StewardChartLabel *label;

      entry.label = self->labels->len;
      label = chart_add_label (self, self->labels, text, STEWARD_CHART_LABEL_TEXT, 0, 0, max_text);
      if (x > self->frame.x &&
          x + CHART_SWATCH + CHART_GAP / 2 + label->width > self->frame.x + self->frame.width)
        {
          x = self->frame.x;
          y += line + CHART_GAP / 2;
        }
      label->x = x + CHART_SWATCH + CHART_GAP / 2;
      label->y = y + (line - label->height) / 2;
      x = label->x + label->width + 2 * CHART_GAP;
      if (dry_run)
        {
          g_array_set_size (self->labels, self->labels->len - 1);
          continue;
        }
      entry.swatch = (StewardChartRect) { label->x - CHART_GAP / 2 - CHART_SWATCH,
                                          y + (line - CHART_SWATCH) / 2, CHART_SWATCH, CHART_SWATCH };
      entry.color = s;
      g_array_append_val (self->legend, entry);
    }
  return y + line + CHART_GAP * 1.5 - self->frame.y;
}

/* A legend of named series flows in rows along the top of the frame, which shrinks below it.
 * An entry that does not fit on the current row starts the next one, so a narrow chart shows
 * its names on more rows rather than cut; only a name wider than a whole row is ellipsized.
 * Only when so many rows would leave the plot less than half the frame are names shortened to
 * a third of the width (at most 200), as many to a row as fit. */
void
chart_add_series_legend (StewardChartLayout *self)
{
  double whole = MAX (1, self->frame.width - CHART_SWATCH - CHART_GAP / 2);
  double compact = MIN (whole, MAX (60.0, MIN (200.0, self->frame.width / 3)));
  double height;

  if (!steward_report_result_has_series (self->result))
    return;
  height = flow_series_legend (self, whole, TRUE);
  if (height > self->frame.height / 2 && flow_series_legend (self, compact, TRUE) < height)
    whole = compact;
  height = flow_series_legend (self, whole, FALSE);
  self->frame.height = MAX (1, self->frame.height - height);
  self->frame.y += height;
}

static gboolean
measure_has_values (StewardChartLayout *self)
{
  guint n_rows = steward_report_result_get_n_rows (self->result);

  for (guint row = 0; row < n_rows; row++)
    if (!steward_report_result_is_empty (self->result, row, self->measure))
      return TRUE;
  return FALSE;
}

static void
layout_title (StewardChartLayout        *self,
              const StewardChartOptions *options)
{
  double width, height;

  self->frame = (StewardChartRect) { CHART_MARGIN, CHART_MARGIN,
                                     MAX (1, self->width - 2 * CHART_MARGIN),
                                     MAX (1, self->height - 2 * CHART_MARGIN) };
  if (options->title == NULL || options->title[0] == '\0')
    return;
  chart_text_measure (self, options->title, TRUE, &width, &height);
  chart_add_label (self, self->labels, options->title, STEWARD_CHART_LABEL_HEADING,
                   self->frame.x, self->frame.y, self->frame.width);
  self->frame.y += height + CHART_GAP * 1.5;
  self->frame.height = MAX (1, self->frame.height - height - CHART_GAP * 1.5);
}

static PangoContext *
default_context (void)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();

  return pango_font_map_create_context (map);
}

StewardChartLayout *
steward_chart_layout_new (StewardReportResult       *result,
                          const StewardChartOptions *options,
                          double                     width,
                          double                     height,
                          PangoContext              *pango)
{
  StewardChartLayout *self;

  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (options->type <= STEWARD_CHART_TABLE, NULL);
  g_return_val_if_fail (options->type == STEWARD_CHART_TABLE ||
                        options->measure < steward_report_result_get_n_columns (result) ||
                        steward_report_result_get_n_columns (result) == 0, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  self = g_new0 (StewardChartLayout, 1);
  g_atomic_ref_count_init (&self->ref_count);
  g_mutex_init (&self->paint_lock);
  self->result = steward_report_result_ref (result);
  self->font = g_strdup (options->font ? options->font : "Sans 10");
  self->type = options->type;
  self->palette = options->palette;
  self->measure = options->measure;
  self->width = width;
  self->height = height;
  self->ticks = items_new (sizeof (StewardChartTick), FALSE);
  self->bars = items_new (sizeof (StewardChartBar), FALSE);
  self->points = items_new (sizeof (StewardChartPoint), FALSE);
  self->slices = items_new (sizeof (StewardChartSlice), FALSE);
  self->legend = items_new (sizeof (StewardChartLegendEntry), FALSE);
  self->table_rows = items_new (sizeof (StewardChartBar), FALSE);
  self->categories = items_new (sizeof (StewardChartLabel), TRUE);
  self->labels = items_new (sizeof (StewardChartLabel), TRUE);
  self->pango = pango ? g_object_ref (pango) : default_context ();
  chart_text_configure_context (self->pango);

  layout_title (self, options);
  if (steward_report_result_get_n_rows (result) == 0 ||
      (self->type != STEWARD_CHART_TABLE && !measure_has_values (self)))
    chart_set_message (self, _("No data"));
  else
    {
      self->kind = steward_report_result_get_column_kind (result, self->measure);
      if (self->type == STEWARD_CHART_PIE)
        chart_layout_pie (self);
      else if (self->type == STEWARD_CHART_TABLE)
        chart_layout_table (self);
      else
        chart_layout_bars (self);
    }
  /* The context is only for measuring; painting makes its own for the target surface. */
  g_clear_object (&self->pango);
  return self;
}

StewardChartLayout *
steward_chart_layout_ref (StewardChartLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
steward_chart_layout_unref (StewardChartLayout *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->ticks, g_array_unref);
  g_clear_pointer (&self->bars, g_array_unref);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->slices, g_array_unref);
  g_clear_pointer (&self->legend, g_array_unref);
  g_clear_pointer (&self->table_rows, g_array_unref);
  g_clear_pointer (&self->categories, g_array_unref);
  g_clear_pointer (&self->labels, g_array_unref);
  g_clear_pointer (&self->result, steward_report_result_unref);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->font, g_free);
  g_clear_pointer (&self->paint_texts, g_ptr_array_unref);
  g_clear_object (&self->paint_pango[0]);
  g_clear_object (&self->paint_pango[1]);
  g_mutex_clear (&self->paint_lock);
  g_free (self);
}

StewardReportResult *
steward_chart_layout_get_result (StewardChartLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->result;
}

StewardChartType
steward_chart_layout_get_chart_type (StewardChartLayout *self)
{
  g_return_val_if_fail (self != NULL, STEWARD_CHART_TABLE);
  return self->type;
}

StewardChartPalette
steward_chart_layout_get_palette (StewardChartLayout *self)
{
  g_return_val_if_fail (self != NULL, STEWARD_CHART_PALETTE_LIGHT);
  return self->palette;
}

const char *
steward_chart_layout_get_font (StewardChartLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->font;
}

void
steward_chart_layout_get_size (StewardChartLayout *self,
                               double             *width,
                               double             *height)
{
  g_return_if_fail (self != NULL);
  if (width)
    *width = self->width;
  if (height)
    *height = self->height;
}

const char *
steward_chart_layout_get_message (StewardChartLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->message;
}

StewardChartRect
steward_chart_layout_get_plot_area (StewardChartLayout *self)
{
  g_return_val_if_fail (self != NULL, (StewardChartRect) { 0 });
  return self->plot;
}

gboolean
steward_chart_layout_get_axis (StewardChartLayout *self,
                               double             *min,
                               double             *max,
                               double             *step)
{
  g_return_val_if_fail (self != NULL, FALSE);
  if (min)
    *min = self->axis_min;
  if (max)
    *max = self->axis_max;
  if (step)
    *step = self->axis_step;
  return self->has_axis;
}

#define ARRAY_GETTER(name, Type, field)                                       \
  const Type *                                                                \
  steward_chart_layout_get_##name (StewardChartLayout *self,                  \
                                   guint              *n)                     \
  {                                                                           \
    g_return_val_if_fail (self != NULL, NULL);                                \
    g_return_val_if_fail (n != NULL, NULL);                                   \
    *n = self->field->len;                                                    \
    return (const Type *) (gconstpointer) self->field->data;                  \
  }

ARRAY_GETTER (ticks, StewardChartTick, ticks)
ARRAY_GETTER (bars, StewardChartBar, bars)
ARRAY_GETTER (points, StewardChartPoint, points)
ARRAY_GETTER (slices, StewardChartSlice, slices)
ARRAY_GETTER (legend, StewardChartLegendEntry, legend)
ARRAY_GETTER (category_labels, StewardChartLabel, categories)
ARRAY_GETTER (labels, StewardChartLabel, labels)
ARRAY_GETTER (table_rows, StewardChartBar, table_rows)
