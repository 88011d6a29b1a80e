/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-chart-private.h"

/* A "table only" report still prints and exports to PDF/PNG: the same frame as a chart, with
 * the group, series and every measure as columns. Numbers are right-aligned, names ellipsized. */

typedef struct
{
  double x;
  double width;
  gboolean numeric;
} TableColumn;

static double
text_width (StewardChartLayout *self,
            const char         *text)
{
  double width, height;

  chart_text_measure (self, text, FALSE, &width, &height);
  return width;
}

static char *
cell_text (StewardChartLayout *self,
           guint               row,
           guint               column,
           gboolean            has_series)
{
  if (column == 0)
    return g_strdup (steward_report_result_get_category_label (self->result, row));
  if (has_series && column == 1)
    return g_strdup (steward_report_result_get_series_label (self->result, row));
  return steward_report_result_format_cell (self->result, row, column - (has_series ? 2 : 1));
}

static char *
header_text (StewardChartLayout *self,
             guint               column,
             gboolean            has_series)
{
  const char *title = NULL;

  if (column == 0)
    title = steward_report_result_get_category_title (self->result);
  else if (has_series && column == 1)
    title = steward_report_result_get_series_title (self->result);
  else
    title = steward_report_result_get_column_label (self->result, column - (has_series ? 2 : 1));
  if (title == NULL)
    title = column == 0 ? C_("table header", "Group") : C_("table header", "Series");
  return g_strdup (title);
}

/* Numeric columns are as wide as their widest shown cell; the names share what is left. */
static void
size_columns (StewardChartLayout *self,
              TableColumn        *columns,
              guint               n_columns,
              guint               n_shown,
              gboolean            has_series)
{
  guint n_names = has_series ? 2 : 1;
  double used = 0, x = self->frame.x;

  for (guint c = n_names; c < n_columns; c++)
    {
      g_autofree char *header = header_text (self, c, has_series);
      double widest = text_width (self, header);

      for (guint r = 0; r < n_shown; r++)
        {
          g_autofree char *text = cell_text (self, r, c, has_series);
          widest = MAX (widest, text_width (self, text));
        }
      columns[c].width = MIN (widest + 2 * CHART_GAP, self->frame.width / n_columns * 1.5);
      columns[c].numeric = TRUE;
      used += columns[c].width;
    }
  for (guint c = 0; c < n_names; c++)
    columns[c].width = MAX (60, (self->frame.width - used) / n_names);
  for (guint c = 0; c < n_columns; c++)
    {
      columns[c].x = x;
      x += columns[c].width;
    }
}

static void
add_cell (StewardChartLayout     *self,
          const TableColumn      *column,
          const char             *text,
          StewardChartLabelStyle  style,
          double                  y)
{
  StewardChartLabel *label = chart_add_label (self, self->labels, text, style, 0, y,
                                              column->width - 2 * CHART_GAP);

  label->x = column->numeric ? column->x + column->width - CHART_GAP - label->width
                             : column->x + CHART_GAP;
}

void
chart_layout_table (StewardChartLayout *self)
{
  guint n_rows = steward_report_result_get_n_rows (self->result);
  gboolean has_series = steward_report_result_has_series (self->result);
  guint n_columns = steward_report_result_get_n_columns (self->result) + (has_series ? 2 : 1);
  double line = chart_line_height (self);
  double row_height = line + CHART_GAP;
  guint fit = (guint) MAX (1, (self->frame.height - row_height) / row_height);
  guint n_shown = n_rows <= fit ? n_rows : fit - 1;
  g_autofree TableColumn *columns = g_new0 (TableColumn, n_columns);
  double y = self->frame.y;

  self->plot = self->frame;
  size_columns (self, columns, n_columns, n_shown, has_series);
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *header = header_text (self, c, has_series);
      add_cell (self, &columns[c], header, STEWARD_CHART_LABEL_AXIS, y + CHART_GAP / 2);
    }
  y += row_height;
  for (guint r = 0; r < n_shown; r++, y += row_height)
    {
      StewardChartBar row = { { STEWARD_CHART_ITEM_TABLE_ROW, 0, 0, (int) r } };

      row.item.category = steward_report_result_get_row_category (self->result, r);
      row.item.series = steward_report_result_get_row_series (self->result, r);
      row.rect = (StewardChartRect) { self->frame.x, y, self->frame.width, row_height };
      g_array_append_val (self->table_rows, row);
      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *text = cell_text (self, r, c, has_series);
          add_cell (self, &columns[c], text, STEWARD_CHART_LABEL_TEXT, y + CHART_GAP / 2);
        }
    }
  if (n_shown < n_rows)
    {
      guint more = n_rows - n_shown;
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more row not shown",
                                                            "%u more rows not shown", more), more);
      chart_add_label (self, self->labels, text, STEWARD_CHART_LABEL_AXIS,
                       self->frame.x + CHART_GAP, y + CHART_GAP / 2, self->frame.width);
    }
}
