/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <xlsxwriter.h>

#include "steward-xlsx.h"

G_BEGIN_DECLS

#define XLSX_N_KINDS (STEWARD_XLSX_COLUMN_DATE_TIME + 1)

typedef struct
{
  lxw_format *header;
  lxw_format *kind[XLSX_N_KINDS];  /* the cell format of each column kind; NULL for text */
} XlsxFormats;

void               xlsx_formats_init        (XlsxFormats           *formats,
                                             lxw_workbook          *workbook);
/* The number format of a kind ("\"¥\"#,##0.00"), for cells and chart axes; NULL for text. */
const char        *xlsx_kind_num_format     (StewardXlsxColumnKind  kind);
StewardXlsxColumnKind xlsx_kind_for_measure (StewardMeasureKind     kind);
/* The value Excel stores for an integer cell: yuan for fen, a fraction for basis points, hours
 * for minutes. */
double             xlsx_number_for          (StewardXlsxColumnKind  kind,
                                             gint64                 value);
void               xlsx_set_error           (GError               **error,
                                             const char            *path,
                                             lxw_error              code);

/* The names of a workbook's sheets, so every new one is sanitised and unique. A NULL-terminated
 * GPtrArray of owned strings. */
GPtrArray         *xlsx_sheet_names_new     (void);
/* Sanitises @wanted against the names taken, takes the result and returns it (borrowed). */
const char        *xlsx_sheet_names_take    (GPtrArray             *names,
                                             const char            *wanted);
lxw_worksheet     *xlsx_add_worksheet       (lxw_workbook          *workbook,
                                             GPtrArray             *names,
                                             const char            *wanted,
                                             const char           **out_name);

/* Writes a text cell: never a formula, valid UTF-8, cut to Excel's 32,767 characters. */
lxw_error          xlsx_write_text          (lxw_worksheet         *sheet,
                                             lxw_row_t              row,
                                             lxw_col_t              col,
                                             const char            *text,
                                             lxw_format            *format);

/* Writes rows of typed cells onto one data sheet after another: each sheet has the bold,
 * frozen header, an autofilter over its rows and column widths fitted to the header and the
 * first rows. */
typedef struct
{
  /* borrowed */
  lxw_workbook          *workbook;
  GPtrArray             *sheet_names;
  const XlsxFormats     *formats;
  const char            *path;        /* for error messages */

  /* owned */
  char                  *base_name;
  GStrv                  titles;
  StewardXlsxColumnKind *kinds;
  guint                 *widths;
  GTimeZone             *tz;

  guint                  n_columns;
  guint32                rows_per_sheet;
  lxw_worksheet         *sheet;
  const char            *first_sheet_name;
  guint32                row;          /* data rows on the current sheet */
  guint                  n_sheets;
  guint64                n_rows;
} XlsxDataWriter;

void     xlsx_data_writer_init   (XlsxDataWriter          *writer,
                                  lxw_workbook            *workbook,
                                  GPtrArray               *sheet_names,
                                  const XlsxFormats       *formats,
                                  const char              *path,
                                  const char              *base_name,
                                  const StewardXlsxColumn *columns,
                                  guint                    n_columns,
                                  guint32                  rows_per_sheet);
gboolean xlsx_data_writer_append (XlsxDataWriter          *writer,
                                  const StewardXlsxCell   *cells,
                                  GError                 **error);
/* Sets the widths and autofilter of the last sheet (starting it, header only, when no row was
 * written). */
gboolean xlsx_data_writer_end    (XlsxDataWriter          *writer,
                                  GError                 **error);
void     xlsx_data_writer_clear  (XlsxDataWriter          *writer);

/* steward-xlsx-chart.c: the native chart (on a "Chart" sheet) of a result written by
 * steward_xlsx_export_result(), and the "Chart data" sheet it may need. */
typedef struct
{
  const char *data_sheet;       /* the first data sheet, rows 2… are the result's rows */
  guint       measure_col0;     /* data sheet column of the result's first measure */
  gboolean    dates;            /* the data sheet's categories are dates */
  const char *title_sheet;      /* the cell holding the chart title */
  lxw_row_t   title_row;
  lxw_col_t   title_col;
} XlsxChartSource;

gboolean xlsx_add_chart          (lxw_workbook             *workbook,
                                  GPtrArray                *sheet_names,
                                  const XlsxFormats        *formats,
                                  StewardReportResult      *result,
                                  const StewardXlsxOptions *options,
                                  const XlsxChartSource    *source,
                                  const char               *path,
                                  GError                  **error);

G_END_DECLS
