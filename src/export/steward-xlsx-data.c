/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-xlsx"

#include "config.h"

#include <math.h>
#include <string.h>

#include "steward-export-private.h"
#include "steward-xlsx-private.h"

/* Column widths are measured on the header and the first rows of each sheet: measuring a
 * million rows would cost more than the widths are worth. */
#define WIDTH_SAMPLE_ROWS 1000
#define WIDTH_MIN         6
#define WIDTH_MAX         60
/* Room for the autofilter's drop-down button beside a header. */
#define HEADER_BUTTON     3

void
xlsx_data_writer_init (XlsxDataWriter          *writer,
                       lxw_workbook            *workbook,
                       GPtrArray               *sheet_names,
                       const XlsxFormats       *formats,
                       const char              *path,
                       const char              *base_name,
                       const StewardXlsxColumn *columns,
                       guint                    n_columns,
                       guint32                  rows_per_sheet)
{
  memset (writer, 0, sizeof *writer);
  writer->workbook = workbook;
  writer->sheet_names = sheet_names;
  writer->formats = formats;
  writer->path = path;
  writer->base_name = g_strdup (base_name);
  writer->n_columns = n_columns;
  writer->rows_per_sheet = rows_per_sheet == 0 || rows_per_sheet > STEWARD_XLSX_MAX_DATA_ROWS
                           ? STEWARD_XLSX_MAX_DATA_ROWS : rows_per_sheet;
  writer->titles = g_new0 (char *, n_columns + 1);
  writer->kinds = g_new0 (StewardXlsxColumnKind, n_columns);
  writer->widths = g_new0 (guint, n_columns);
  writer->tz = g_time_zone_new_local ();
  for (guint i = 0; i < n_columns; i++)
    {
      writer->titles[i] = g_strdup (columns[i].title != NULL ? columns[i].title : "");
      writer->kinds[i] = columns[i].kind;
    }
}

void
xlsx_data_writer_clear (XlsxDataWriter *writer)
{
  g_clear_pointer (&writer->base_name, g_free);
  g_clear_pointer (&writer->titles, g_strfreev);
  g_clear_pointer (&writer->kinds, g_free);
  g_clear_pointer (&writer->widths, g_free);
  g_clear_pointer (&writer->tz, g_time_zone_unref);
}

static gboolean
check (lxw_error        code,
       XlsxDataWriter  *writer,
       GError         **error)
{
  if (code == LXW_NO_ERROR)
    return TRUE;
  xlsx_set_error (error, writer->path, code);
  return FALSE;
}

static gboolean
start_sheet (XlsxDataWriter  *writer,
             GError         **error)
{
  const char *name;

  writer->sheet = xlsx_add_worksheet (writer->workbook, writer->sheet_names,
                                      writer->base_name, &name);
  if (writer->sheet == NULL)
    {
      xlsx_set_error (error, writer->path, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return FALSE;
    }
  if (writer->n_sheets == 0)
    writer->first_sheet_name = name;
  writer->n_sheets++;
  writer->row = 0;

  for (guint i = 0; i < writer->n_columns; i++)
    {
      writer->widths[i] = export_display_width (writer->titles[i]) + HEADER_BUTTON;
      if (!check (xlsx_write_text (writer->sheet, 0, i, writer->titles[i],
                                   writer->formats->header), writer, error))
        return FALSE;
    }
  worksheet_freeze_panes (writer->sheet, 1, 0);
  return TRUE;
}

static gboolean
end_sheet (XlsxDataWriter  *writer,
           GError         **error)
{
  for (guint i = 0; i < writer->n_columns; i++)
    {
      double width = CLAMP (writer->widths[i] + 2, WIDTH_MIN, WIDTH_MAX);

      if (!check (worksheet_set_column (writer->sheet, i, i, width, NULL), writer, error))
        return FALSE;
    }
  if (writer->n_columns > 0)
    return check (worksheet_autofilter (writer->sheet, 0, 0, writer->row,
                                        writer->n_columns - 1), writer, error);
  return TRUE;
}

gboolean
xlsx_data_writer_end (XlsxDataWriter  *writer,
                      GError         **error)
{
  if (writer->sheet == NULL && !start_sheet (writer, error))
    return FALSE;
  return end_sheet (writer, error);
}

static lxw_datetime
local_datetime (XlsxDataWriter *writer,
                gint64          instant)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (instant);
  g_autoptr(GDateTime) local = dt != NULL ? g_date_time_to_timezone (dt, writer->tz) : NULL;
  lxw_datetime out = { 1900, 1, 1, 0, 0, 0 };

  if (local == NULL)
    return out;
  out.year = g_date_time_get_year (local);
  out.month = g_date_time_get_month (local);
  out.day = g_date_time_get_day_of_month (local);
  out.hour = g_date_time_get_hour (local);
  out.min = g_date_time_get_minute (local);
  out.sec = g_date_time_get_second (local);
  return out;
}

double
xlsx_number_for (StewardXlsxColumnKind kind,
                 gint64                value)
{
  /* Integers become doubles only here, at the libxlsxwriter call: fen / 100 is the nearest
   * double to the yuan amount, which is exactly what Excel itself would store. */
  switch (kind)
    {
    case STEWARD_XLSX_COLUMN_MONEY:
      return (double) value / 100.0;
    case STEWARD_XLSX_COLUMN_PERCENT:
      return (double) value / 10000.0;
    case STEWARD_XLSX_COLUMN_HOURS:
      return (double) value / 60.0;
    default:
      return (double) value;
    }
}

/* The width a number takes once Excel formats it, close enough for a column. */
static guint
number_width (StewardXlsxColumnKind  kind,
              const StewardXlsxCell *cell)
{
  g_autofree char *text = NULL;

  switch (kind)
    {
    case STEWARD_XLSX_COLUMN_MONEY:
      text = steward_report_format_int_value (STEWARD_MEASURE_KIND_MONEY, cell->value);
      break;
    case STEWARD_XLSX_COLUMN_PERCENT:
      text = steward_report_format_int_value (STEWARD_MEASURE_KIND_PERCENT, cell->value);
      break;
    case STEWARD_XLSX_COLUMN_HOURS:
      text = g_strdup_printf ("%" G_GINT64_FORMAT ".0", cell->value / 60);
      break;
    case STEWARD_XLSX_COLUMN_COUNT:
      text = g_strdup_printf ("%" G_GINT64_FORMAT, cell->value);
      break;
    case STEWARD_XLSX_COLUMN_RATING:
      return 4;
    case STEWARD_XLSX_COLUMN_DATE:
      return 10;
    case STEWARD_XLSX_COLUMN_DATE_TIME:
      return 16;
    case STEWARD_XLSX_COLUMN_TEXT:
    default:
      return export_display_width (cell->text);
    }
  return export_display_width (text);
}

static lxw_error
write_cell (XlsxDataWriter        *writer,
            lxw_row_t              row,
            lxw_col_t              col,
            const StewardXlsxCell *cell)
{
  StewardXlsxColumnKind kind = writer->kinds[col];
  lxw_format *format = writer->formats->kind[kind];
  lxw_datetime dt;

  if (cell->empty)
    return LXW_NO_ERROR;

  switch (kind)
    {
    case STEWARD_XLSX_COLUMN_TEXT:
      return xlsx_write_text (writer->sheet, row, col, cell->text, NULL);
    case STEWARD_XLSX_COLUMN_COUNT:
    case STEWARD_XLSX_COLUMN_MONEY:
    case STEWARD_XLSX_COLUMN_PERCENT:
    case STEWARD_XLSX_COLUMN_HOURS:
      return worksheet_write_number (writer->sheet, row, col,
                                     xlsx_number_for (kind, cell->value), format);
    case STEWARD_XLSX_COLUMN_RATING:
      /* libxlsxwriter would print "nan" or "inf" into the XML. */
      if (!isfinite (cell->number))
        return LXW_NO_ERROR;
      return worksheet_write_number (writer->sheet, row, col, cell->number, format);
    case STEWARD_XLSX_COLUMN_DATE:
    case STEWARD_XLSX_COLUMN_DATE_TIME:
      dt = local_datetime (writer, cell->value);
      if (kind == STEWARD_XLSX_COLUMN_DATE)
        {
          dt.hour = 0;
          dt.min = 0;
          dt.sec = 0;
        }
      return worksheet_write_datetime (writer->sheet, row, col, &dt, format);
    default:
      g_assert_not_reached ();
    }
}

gboolean
xlsx_data_writer_append (XlsxDataWriter         *writer,
                         const StewardXlsxCell  *cells,
                         GError                **error)
{
  lxw_row_t row;

  if (writer->sheet != NULL && writer->row >= writer->rows_per_sheet)
    {
      if (!end_sheet (writer, error))
        return FALSE;
      writer->sheet = NULL;
    }
  if (writer->sheet == NULL && !start_sheet (writer, error))
    return FALSE;

  row = ++writer->row;
  for (guint i = 0; i < writer->n_columns; i++)
    {
      if (!check (write_cell (writer, row, i, &cells[i]), writer, error))
        return FALSE;
      if (row <= WIDTH_SAMPLE_ROWS && !cells[i].empty)
        writer->widths[i] = MAX (writer->widths[i], number_width (writer->kinds[i], &cells[i]));
    }
  writer->n_rows++;
  return TRUE;
}
