/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "steward-report-result.h"

G_BEGIN_DECLS

/* Excel (.xlsx) export with libxlsxwriter.
 *
 * Every export is written to "<path>.tmp-XXXXXX" in the destination's folder and renamed over
 * <path> only when complete: a cancelled or failed export leaves no file (and an older file of
 * that name untouched). Numbers are written in the "C" numeric locale whatever the user's
 * locale. Text is always written as text: a client named "=HYPERLINK(…)" or "+86 123" never
 * becomes a formula. Write failures are STEWARD_ERROR_STORAGE; cancellation is
 * G_IO_ERROR_CANCELLED. */

/* The most data rows a sheet holds: Excel's 1,048,576 rows minus the header. */
#define STEWARD_XLSX_MAX_DATA_ROWS 1048575u
/* Excel's limit on a sheet name, in characters. */
#define STEWARD_XLSX_SHEET_NAME_MAX 31

typedef enum {
  STEWARD_XLSX_COLUMN_TEXT,
  STEWARD_XLSX_COLUMN_COUNT,      /* integer */
  STEWARD_XLSX_COLUMN_MONEY,      /* fen, shown as yuan: "¥"#,##0.00 */
  STEWARD_XLSX_COLUMN_PERCENT,    /* basis points, shown as 0.00% */
  STEWARD_XLSX_COLUMN_RATING,     /* a double, shown as 0.00 */
  STEWARD_XLSX_COLUMN_HOURS,      /* minutes, shown in hours: 0.0 */
  STEWARD_XLSX_COLUMN_DATE,       /* Unix seconds, shown as the local date yyyy-mm-dd */
  STEWARD_XLSX_COLUMN_DATE_TIME,  /* Unix seconds, shown as local yyyy-mm-dd hh:mm */
} StewardXlsxColumnKind;

typedef struct
{
  const char            *title;    /* the header cell */
  StewardXlsxColumnKind  kind;
} StewardXlsxColumn;

/* One cell of a streamed row. `text` for TEXT (NULL is an empty cell), `value` for the integer
 * kinds and dates, `number` for RATING; `empty` leaves any cell blank. */
typedef struct
{
  gboolean    empty;
  const char *text;
  gint64      value;
  double      number;
} StewardXlsxCell;

/* What the "Definition" sheet records. Plain strings, already translated for display. */
typedef struct
{
  const char          *title;          /* also the chart's title */
  const char          *source;         /* "Service requests" */
  const char * const  *filters;        /* NULL-terminated pairs: name, value, name, value… */
  const char          *grouping;       /* "Quarter, service" */
  const char          *measures;       /* NULL lists the result's column labels */
  const char          *period;         /* "Quarterly" */
  gint64               generated_at;   /* Unix seconds; STEWARD_TIME_NONE for now */
  StewardChartType     chart_type;     /* STEWARD_CHART_TABLE for no chart */
  guint                chart_measure;  /* the result column the chart plots */
  const char          *data_sheet;     /* NULL for "Data" (translated) */
} StewardXlsxOptions;

/* Writes a report result: the data sheet(s) (bold frozen header, autofilter, number formats,
 * fitted widths; rows beyond one sheet continue on "Data (2)"…), a "Chart" sheet with a native
 * chart of options->chart_type drawing the aggregated rows (with a "Chart data" sheet holding
 * the categories × series table when the result has series), and a "Definition" sheet. */
gboolean steward_xlsx_export_result (StewardReportResult      *result,
                                     const StewardXlsxOptions *options,
                                     const char               *path,
                                     GCancellable             *cancellable,
                                     GError                  **error);

/* A sheet name Excel accepts: the characters []:*?/\ and control characters replaced by "_",
 * leading and trailing apostrophes removed, at most 31 characters (characters, never bytes;
 * a character outside the BMP counts as two, as in Excel), "Sheet" when nothing is left, and
 * distinct (ignoring case, as Excel does) from every name in @taken (nullable, NULL-terminated)
 * by a " (2)", " (3)"… suffix. */
char    *steward_xlsx_sanitize_sheet_name (const char         *name,
                                           const char * const *taken);

/* Streams rows in libxlsxwriter's constant-memory mode: memory stays flat however many rows
 * are written. Each sheet gets the header row (bold, frozen, autofilter); after
 * rows_per_sheet data rows the data continues on "<sheet> (2)", "<sheet> (3)"… */
typedef struct _StewardXlsxStream StewardXlsxStream;

typedef void (*StewardXlsxProgressFunc) (guint64  rows_written,
                                         gpointer user_data);

typedef struct
{
  const char              *sheet_name;      /* NULL for "Data" (translated) */
  guint32                  rows_per_sheet;  /* 0 for STEWARD_XLSX_MAX_DATA_ROWS */
  StewardXlsxProgressFunc  progress;        /* called every few thousand rows and at the end */
  gpointer                 progress_data;
} StewardXlsxStreamOptions;

StewardXlsxStream *steward_xlsx_stream_open       (const char                     *path,
                                                   const StewardXlsxColumn        *columns,
                                                   guint                           n_columns,
                                                   const StewardXlsxStreamOptions *options,
                                                   GCancellable                   *cancellable,
                                                   GError                        **error);
/* Appends one row of n_columns cells. After a failure or cancellation the temporary file is
 * already gone and every later call fails. */
gboolean           steward_xlsx_stream_append_row (StewardXlsxStream              *self,
                                                   const StewardXlsxCell          *cells,
                                                   GError                        **error);
guint64            steward_xlsx_stream_get_n_rows (StewardXlsxStream              *self);
/* Completes the file and renames it to its path. */
gboolean           steward_xlsx_stream_finish     (StewardXlsxStream              *self,
                                                   GError                        **error);
/* Frees the stream; an unfinished export is abandoned and its temporary file deleted. */
void               steward_xlsx_stream_free       (StewardXlsxStream              *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardXlsxStream, steward_xlsx_stream_free)

G_END_DECLS
