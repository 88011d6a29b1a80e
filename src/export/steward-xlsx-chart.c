/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-chart-palette.h"
#include "steward-xlsx-private.h"

/* Beyond this many categories a chart is unreadable (and slow to open), and beyond this many
 * series Excel refuses the chart: the data sheets still hold every row. */
#define CHART_MAX_CATEGORIES 4000
#define CHART_MAX_SERIES     255

typedef struct
{
  /* borrowed */
  lxw_workbook          *workbook;
  const XlsxFormats     *formats;
  StewardReportResult   *result;
  const XlsxChartSource *source;
  const char            *path;

  lxw_chart             *chart;
  StewardChartType       type;
  guint                  measure;
  StewardMeasureKind     kind;
  StewardXlsxColumnKind  xlsx_kind;
} ChartBuild;

static lxw_color_t
series_color (guint index)
{
  StewardChartColor c = steward_chart_palette_series_color (STEWARD_CHART_PALETTE_LIGHT, index);

  return ((lxw_color_t) (c.red * 255 + 0.5) << 16) |
         ((lxw_color_t) (c.green * 255 + 0.5) << 8) |
         (lxw_color_t) (c.blue * 255 + 0.5);
}

static gboolean
chart_is_possible (StewardReportResult      *result,
                   const StewardXlsxOptions *options)
{
  StewardMeasureKind kind;

  if (options->chart_type == STEWARD_CHART_TABLE ||
      steward_report_result_get_n_rows (result) == 0 ||
      options->chart_measure >= steward_report_result_get_n_columns (result) ||
      steward_report_result_get_n_categories (result) > CHART_MAX_CATEGORIES ||
      steward_report_result_get_n_series (result) > CHART_MAX_SERIES)
    return FALSE;

  /* As in the chart layer: percentages and ratings cannot be summed into a pie. */
  kind = steward_report_result_get_column_kind (result, options->chart_measure);
  return options->chart_type != STEWARD_CHART_PIE ||
         (kind != STEWARD_MEASURE_KIND_PERCENT && kind != STEWARD_MEASURE_KIND_RATING);
}

static void
style_series (ChartBuild       *b,
              lxw_chart_series *series,
              guint             index)
{
  lxw_chart_fill fill = { .color = series_color (index) };
  lxw_chart_line line = { .color = series_color (index), .width = 2.25 };

  if (b->type == STEWARD_CHART_LINE)
    {
      chart_series_set_line (series, &line);
      chart_series_set_marker_type (series, LXW_CHART_MARKER_CIRCLE);
      chart_series_set_marker_fill (series, &fill);
      chart_series_set_marker_line (series, &line);
    }
  else if (b->type != STEWARD_CHART_PIE)
    chart_series_set_fill (series, &fill);
}

/* A pie's slices take the palette's colours in category order, like the window's pie. */
static gboolean
style_pie (ChartBuild       *b,
           lxw_chart_series *series,
           guint             n_points)
{
  g_autofree lxw_chart_fill *fills = g_new0 (lxw_chart_fill, n_points);
  g_autofree lxw_chart_point *points = g_new0 (lxw_chart_point, n_points);
  g_autofree lxw_chart_point **list = g_new0 (lxw_chart_point *, n_points + 1);

  for (guint i = 0; i < n_points; i++)
    {
      fills[i].color = series_color (i);
      points[i].fill = &fills[i];
      list[i] = &points[i];
    }
  chart_series_set_labels_options (series, LXW_FALSE, LXW_FALSE, LXW_FALSE);
  chart_series_set_labels_percentage (series);
  return chart_series_set_points (series, list) == LXW_NO_ERROR;
}

/* Without series the chart draws straight from the data sheet: one chart series, the measure's
 * column against the category column. */
static void
add_series_from_data (ChartBuild *b)
{
  const char *sheet = b->source->data_sheet;
  lxw_row_t last = steward_report_result_get_n_rows (b->result);
  lxw_col_t col = b->source->measure_col0 + b->measure;
  lxw_chart_series *series = chart_add_series (b->chart, NULL, NULL);

  chart_series_set_categories (series, sheet, 1, 0, last, 0);
  chart_series_set_values (series, sheet, 1, col, last, col);
  chart_series_set_name_range (series, sheet, 0, col);
  style_series (b, series, 0);
  if (b->type == STEWARD_CHART_PIE)
    style_pie (b, series, last);
}

static lxw_error
write_pivot_cell (ChartBuild    *b,
                  lxw_worksheet *sheet,
                  lxw_row_t      row,
                  lxw_col_t      col,
                  guint          category,
                  int            series)
{
  StewardReportResult *r = b->result;
  guint n_series = steward_report_result_get_n_series (r);
  gint64 sum = 0;
  gboolean any = FALSE;

  for (guint s = series < 0 ? 0 : (guint) series; s < n_series; s++)
    {
      int result_row = steward_report_result_lookup_row (r, category, s);

      if (result_row >= 0 && !steward_report_result_is_empty (r, result_row, b->measure))
        {
          if (b->kind == STEWARD_MEASURE_KIND_RATING)
            return worksheet_write_number (sheet, row, col,
                                           steward_report_result_get_double (r, result_row, b->measure),
                                           b->formats->kind[b->xlsx_kind]);
          /* Summed as integers (fen, minutes, counts), converted once at the end. */
          sum += steward_report_result_get_int (r, result_row, b->measure);
          any = TRUE;
        }
      if (series >= 0)
        break;
    }
  if (!any)
    return LXW_NO_ERROR;  /* blank: a gap in a line, no bar */
  return worksheet_write_number (sheet, row, col, xlsx_number_for (b->xlsx_kind, sum),
                                 b->formats->kind[b->xlsx_kind]);
}

/* With series, the result's long rows (category, series, value) are pivoted into a small
 * categories × series table for the chart to refer to. A pie has one column: the sum of the
 * series, as the window's pie shows. */
static gboolean
write_pivot (ChartBuild     *b,
             const char     *name,
             GError        **error)
{
  StewardReportResult *r = b->result;
  lxw_worksheet *sheet = workbook_add_worksheet (b->workbook, name);
  guint n_categories = steward_report_result_get_n_categories (r);
  guint n_columns = b->type == STEWARD_CHART_PIE ? 1 : steward_report_result_get_n_series (r);
  const char *category_title = steward_report_result_get_category_title (r);
  lxw_error code = LXW_NO_ERROR;

  if (category_title == NULL)
    category_title = C_("table header", "Group");
  code = xlsx_write_text (sheet, 0, 0, category_title, b->formats->header);
  for (guint s = 0; s < n_columns && code == LXW_NO_ERROR; s++)
    code = xlsx_write_text (sheet, 0, s + 1,
                            b->type == STEWARD_CHART_PIE
                            ? steward_report_result_get_column_label (r, b->measure)
                            : steward_report_result_get_nth_series_label (r, s),
                            b->formats->header);
  for (guint c = 0; c < n_categories && code == LXW_NO_ERROR; c++)
    {
      code = xlsx_write_text (sheet, c + 1, 0,
                              steward_report_result_get_nth_category_label (r, c), NULL);
      for (guint s = 0; s < n_columns && code == LXW_NO_ERROR; s++)
        code = write_pivot_cell (b, sheet, c + 1, s + 1, c,
                                 b->type == STEWARD_CHART_PIE ? -1 : (int) s);
    }
  if (code == LXW_NO_ERROR)
    code = worksheet_set_column (sheet, 0, n_columns, 16, NULL);
  if (code != LXW_NO_ERROR)
    {
      xlsx_set_error (error, b->path, code);
      return FALSE;
    }

  for (guint s = 0; s < n_columns; s++)
    {
      lxw_chart_series *series = chart_add_series (b->chart, NULL, NULL);

      chart_series_set_categories (series, name, 1, 0, n_categories, 0);
      chart_series_set_values (series, name, 1, s + 1, n_categories, s + 1);
      chart_series_set_name_range (series, name, 0, s + 1);
      style_series (b, series, s);
      if (b->type == STEWARD_CHART_PIE)
        style_pie (b, series, n_categories);
    }
  return TRUE;
}

static lxw_chart *
new_chart (lxw_workbook     *workbook,
           StewardChartType  type)
{
  switch (type)
    {
    case STEWARD_CHART_BAR_STACKED:
      return workbook_add_chart (workbook, LXW_CHART_COLUMN_STACKED);
    case STEWARD_CHART_LINE:
      return workbook_add_chart (workbook, LXW_CHART_LINE);
    case STEWARD_CHART_PIE:
      return workbook_add_chart (workbook, LXW_CHART_PIE);
    case STEWARD_CHART_BAR_GROUPED:
    default:
      /* What people call a bar chart is Excel's column chart (vertical bars). */
      return workbook_add_chart (workbook, LXW_CHART_COLUMN);
    }
}

/* Titles and axis names refer to cells rather than holding the text: libxlsxwriter reads a
 * name that starts with "=" as a formula, and a report may well be called "=Q1 review". */
static void
label_chart (ChartBuild               *b,
             const StewardXlsxOptions *options)
{
  const XlsxChartSource *src = b->source;
  gboolean has_series = steward_report_result_has_series (b->result);

  if (options->title != NULL && *options->title != '\0')
    chart_title_set_name_range (b->chart, src->title_sheet, src->title_row, src->title_col);

  if (b->type == STEWARD_CHART_PIE)
    {
      chart_legend_set_position (b->chart, LXW_CHART_LEGEND_RIGHT);
      return;
    }
  chart_axis_set_name_range (b->chart->x_axis, src->data_sheet, 0, 0);
  /* Day categories are date serials: without a format the axis would read 46090. */
  if (src->dates && !has_series)
    chart_axis_set_num_format (b->chart->x_axis, xlsx_kind_num_format (STEWARD_XLSX_COLUMN_DATE));
  chart_axis_set_name_range (b->chart->y_axis, src->data_sheet, 0, src->measure_col0 + b->measure);
  chart_axis_set_num_format (b->chart->y_axis, xlsx_kind_num_format (b->xlsx_kind));
  chart_legend_set_position (b->chart, has_series ? LXW_CHART_LEGEND_BOTTOM : LXW_CHART_LEGEND_NONE);
}

gboolean
xlsx_add_chart (lxw_workbook             *workbook,
                GPtrArray                *sheet_names,
                const XlsxFormats        *formats,
                StewardReportResult      *result,
                const StewardXlsxOptions *options,
                const XlsxChartSource    *source,
                const char               *path,
                GError                  **error)
{
  ChartBuild b = { workbook, formats, result, source, path };
  const char *chart_name;
  const char *pivot_name = NULL;
  lxw_chartsheet *chartsheet;

  if (!chart_is_possible (result, options))
    return TRUE;

  b.type = options->chart_type;
  b.measure = options->chart_measure;
  b.kind = steward_report_result_get_column_kind (result, b.measure);
  b.xlsx_kind = xlsx_kind_for_measure (b.kind);
  b.chart = new_chart (workbook, b.type);

  chart_name = xlsx_sheet_names_take (sheet_names, C_("sheet name", "Chart"));
  if (steward_report_result_has_series (result))
    pivot_name = xlsx_sheet_names_take (sheet_names, C_("sheet name", "Chart data"));

  chartsheet = workbook_add_chartsheet (workbook, chart_name);
  if (b.chart == NULL || chartsheet == NULL)
    {
      xlsx_set_error (error, path, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return FALSE;
    }

  if (pivot_name != NULL)
    {
      if (!write_pivot (&b, pivot_name, error))
        return FALSE;
    }
  else
    add_series_from_data (&b);

  label_chart (&b, options);
  if (chartsheet_set_chart (chartsheet, b.chart) != LXW_NO_ERROR)
    {
      xlsx_set_error (error, path, LXW_ERROR_PARAMETER_VALIDATION);
      return FALSE;
    }
  return TRUE;
}
