/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "steward-enums.h"
#include "steward-export-private.h"
#include "steward-time.h"
#include "steward-types.h"
#include "steward-xlsx-private.h"

/* Rows between two looks at the cancellable. */
#define CANCEL_CHECK_EVERY 1024

typedef struct
{
  /* borrowed */
  StewardReportResult      *result;
  const StewardXlsxOptions *options;
  const char               *path;

  /* owned */
  lxw_workbook             *workbook;
  GPtrArray                *sheet_names;
  XlsxFormats               formats;
  XlsxDataWriter            writer;

  gboolean                  dates;       /* the categories are days, written as dates */
  const char               *definition;  /* the Definition sheet's (reserved) name */
} Export;

/* A day grouping's keys are "2026-03-09": those become real dates Excel can sort and filter. */
static gboolean
categories_are_days (StewardReportResult *result)
{
  guint n = steward_report_result_get_n_rows (result);

  for (guint i = 0; i < n; i++)
    {
      const char *key = steward_report_result_get_category_key (result, i);
      gint64 t;

      if (key == NULL || strlen (key) != 10 || key[4] != '-' || key[7] != '-' ||
          !steward_time_parse (key, NULL, &t, NULL))
        return FALSE;
    }
  return n > 0;
}

static GArray *
result_columns (Export *ex)
{
  StewardReportResult *result = ex->result;
  GArray *columns = g_array_new (FALSE, TRUE, sizeof (StewardXlsxColumn));
  const char *category = steward_report_result_get_category_title (result);
  const char *series = steward_report_result_get_series_title (result);
  StewardXlsxColumn column;

  column.title = category != NULL ? category : C_("table header", "Group");
  column.kind = ex->dates ? STEWARD_XLSX_COLUMN_DATE : STEWARD_XLSX_COLUMN_TEXT;
  g_array_append_val (columns, column);
  if (steward_report_result_has_series (result))
    {
      column.title = series != NULL ? series : C_("table header", "Series");
      column.kind = STEWARD_XLSX_COLUMN_TEXT;
      g_array_append_val (columns, column);
    }
  for (guint i = 0; i < steward_report_result_get_n_columns (result); i++)
    {
      column.title = steward_report_result_get_column_label (result, i);
      column.kind = xlsx_kind_for_measure (steward_report_result_get_column_kind (result, i));
      g_array_append_val (columns, column);
    }
  return columns;
}

static void
fill_row_cells (Export          *ex,
                guint            row,
                StewardXlsxCell *cells)
{
  StewardReportResult *result = ex->result;
  guint c = 0;

  memset (cells, 0, sizeof (StewardXlsxCell) * ex->writer.n_columns);
  if (ex->dates)
    steward_time_parse (steward_report_result_get_category_key (result, row), NULL,
                        &cells[c].value, NULL);
  else
    cells[c].text = steward_report_result_get_category_label (result, row);
  c++;
  if (steward_report_result_has_series (result))
    cells[c++].text = steward_report_result_get_series_label (result, row);

  for (guint i = 0; i < steward_report_result_get_n_columns (result); i++, c++)
    {
      if (steward_report_result_is_empty (result, row, i))
        cells[c].empty = TRUE;
      else if (steward_report_result_get_column_kind (result, i) == STEWARD_MEASURE_KIND_RATING)
        cells[c].number = steward_report_result_get_double (result, row, i);
      else
        cells[c].value = steward_report_result_get_int (result, row, i);
    }
}

static gboolean
write_data (Export        *ex,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GArray) columns = NULL;
  g_autofree StewardXlsxCell *cells = NULL;
  guint n_rows = steward_report_result_get_n_rows (ex->result);

  ex->dates = categories_are_days (ex->result);
  columns = result_columns (ex);
  xlsx_data_writer_init (&ex->writer, ex->workbook, ex->sheet_names, &ex->formats, ex->path,
                         ex->options->data_sheet != NULL ? ex->options->data_sheet : C_("sheet name", "Data"),
                         (StewardXlsxColumn *) columns->data, columns->len, 0);
  cells = g_new0 (StewardXlsxCell, columns->len);

  for (guint row = 0; row < n_rows; row++)
    {
      if (row % CANCEL_CHECK_EVERY == 0 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      fill_row_cells (ex, row, cells);
      if (!xlsx_data_writer_append (&ex->writer, cells, error))
        return FALSE;
    }
  return xlsx_data_writer_end (&ex->writer, error);
}

static char *
measures_text (Export *ex)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  if (ex->options->measures != NULL)
    return g_strdup (ex->options->measures);
  for (guint i = 0; i < steward_report_result_get_n_columns (ex->result); i++)
    g_ptr_array_add (labels, (char *) steward_report_result_get_column_label (ex->result, i));
  g_ptr_array_add (labels, NULL);
  /* TRANSLATORS: the separator between measures in a list: "Fee total, Received" */
  return g_strjoinv (_(", "), (char **) labels->pdata);
}

static char *
generated_at_text (const StewardXlsxOptions *options)
{
  gint64 at = options->generated_at != STEWARD_TIME_NONE ? options->generated_at
                                                           : steward_time_now ();

  return steward_time_format_iso (at, NULL);
}

static gboolean
put (lxw_worksheet  *sheet,
     lxw_row_t       row,
     lxw_col_t       col,
     const char     *text,
     lxw_format     *format,
     guint          *widths,
     Export         *ex,
     GError        **error)
{
  lxw_error code = xlsx_write_text (sheet, row, col, text, format);

  if (code != LXW_NO_ERROR)
    {
      xlsx_set_error (error, ex->path, code);
      return FALSE;
    }
  if (text != NULL)
    widths[col] = MAX (widths[col], export_display_width (text));
  return TRUE;
}

/* Row 0 holds the title, which the chart's title refers to. */
#define DEFINITION_TITLE_ROW 0

static gboolean
write_definition (Export  *ex,
                  GError **error)
{
  const StewardXlsxOptions *o = ex->options;
  lxw_worksheet *sheet = workbook_add_worksheet (ex->workbook, ex->definition);
  lxw_format *bold = ex->formats.header;
  g_autofree char *measures = measures_text (ex);
  g_autofree char *generated = generated_at_text (o);
  guint widths[3] = { 0, 0, 0 };
  lxw_row_t row = DEFINITION_TITLE_ROW;
  const struct { const char *name, *value; } fields[] = {
    { C_("report definition", "Source"), o->source },
    { C_("report definition", "Grouping"), o->grouping },
    { C_("report definition", "Measures"), measures },
    { C_("report definition", "Chart"), steward_enum_label (STEWARD_TYPE_CHART_TYPE, o->chart_type) },
    { C_("report definition", "Period"), o->period },
    { C_("report definition", "Generated at"), generated },
    { C_("report definition", "Steward version"), PACKAGE_VERSION },
  };

  if (!put (sheet, row, 0, C_("report definition", "Title"), bold, widths, ex, error) ||
      !put (sheet, row++, 1, o->title, NULL, widths, ex, error))
    return FALSE;

  if (!put (sheet, row, 0, C_("report definition", "Filters"), bold, widths, ex, error))
    return FALSE;
  if (o->filters == NULL || o->filters[0] == NULL)
    {
      if (!put (sheet, row++, 1, C_("report filters", "None"), NULL, widths, ex, error))
        return FALSE;
    }
  for (guint i = 0; o->filters != NULL && o->filters[i] != NULL; i += 2, row++)
    {
      if (!put (sheet, row, 1, o->filters[i], NULL, widths, ex, error) ||
          !put (sheet, row, 2, o->filters[i + 1], NULL, widths, ex, error))
        return FALSE;
      if (o->filters[i + 1] == NULL)
        break;
    }

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++, row++)
    if (!put (sheet, row, 0, fields[i].name, bold, widths, ex, error) ||
        !put (sheet, row, 1, fields[i].value, NULL, widths, ex, error))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    worksheet_set_column (sheet, i, i, CLAMP (widths[i] + 2, 8, 80), NULL);
  return TRUE;
}

static gboolean
write_workbook (Export        *ex,
                GCancellable  *cancellable,
                GError       **error)
{
  XlsxChartSource source = { 0 };

  if (!write_data (ex, cancellable, error))
    return FALSE;
  /* Reserved now so the chart can refer to its title cell; the sheet itself comes last. */
  ex->definition = xlsx_sheet_names_take (ex->sheet_names, C_("sheet name", "Definition"));

  source.data_sheet = ex->writer.first_sheet_name;
  source.measure_col0 = steward_report_result_has_series (ex->result) ? 2 : 1;
  source.dates = ex->dates;
  source.title_sheet = ex->definition;
  source.title_row = DEFINITION_TITLE_ROW;
  source.title_col = 1;
  if (!xlsx_add_chart (ex->workbook, ex->sheet_names, &ex->formats, ex->result, ex->options,
                       &source, ex->path, error))
    return FALSE;
  return write_definition (ex, error);
}

gboolean
steward_xlsx_export_result (StewardReportResult      *result,
                            const StewardXlsxOptions *options,
                            const char               *path,
                            GCancellable             *cancellable,
                            GError                  **error)
{
  g_autoptr(ExportFile) file = NULL;
  lxw_workbook_options wb_options = { .constant_memory = LXW_FALSE };
  Export ex = { result, options, path };
  ExportLocale locale;
  gboolean ok = FALSE;
  lxw_error code;

  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  file = export_file_new (path, error);
  if (file == NULL)
    return FALSE;
  export_file_close_fd (file);

  export_locale_init (&locale);
  export_locale_push (&locale);
  /* A report result holds aggregated rows, so the normal mode fits in memory, and only the
   * normal mode fills the chart's data caches. */
  ex.workbook = workbook_new_opt (file->temp_path, &wb_options);
  ex.sheet_names = xlsx_sheet_names_new ();
  if (ex.workbook == NULL)
    xlsx_set_error (error, path, LXW_ERROR_CREATING_TMPFILE);
  else
    {
      xlsx_formats_init (&ex.formats, ex.workbook);
      ok = write_workbook (&ex, cancellable, error);
      if (ok)
        {
          code = workbook_close (g_steal_pointer (&ex.workbook));
          ok = code == LXW_NO_ERROR;
          if (!ok)
            xlsx_set_error (error, path, code);
        }
      else
        g_clear_pointer (&ex.workbook, lxw_workbook_free);
    }
  export_locale_clear (&locale);
  xlsx_data_writer_clear (&ex.writer);
  g_ptr_array_unref (ex.sheet_names);

  if (ok && g_cancellable_set_error_if_cancelled (cancellable, error))
    ok = FALSE;
  return ok && export_file_commit (file, error);
}
