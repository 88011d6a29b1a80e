/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "steward-error.h"
#include "steward-xlsx.h"
#include "xlsx-reader.h"

/* 2026-03-09T10:30:00+08:00 */
#define CREATED G_GINT64_CONSTANT (1773023400)

static const StewardXlsxColumn columns[] = {
  { "Client", STEWARD_XLSX_COLUMN_TEXT },
  { "Created", STEWARD_XLSX_COLUMN_DATE_TIME },
  { "Fee", STEWARD_XLSX_COLUMN_MONEY },
  { "Response SLA", STEWARD_XLSX_COLUMN_PERCENT },
  { "Hours", STEWARD_XLSX_COLUMN_HOURS },
  { "Requests", STEWARD_XLSX_COLUMN_COUNT },
};

typedef struct
{
  char    *dir;
  char    *path;
  GArray  *progress;   /* guint64 */
  GCancellable *cancellable;
  guint64  cancel_at;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("steward-stream-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "requests.xlsx", NULL);
  f->progress = g_array_new (FALSE, FALSE, sizeof (guint64));
  f->cancellable = g_cancellable_new ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  xlsx_remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
  g_array_unref (f->progress);
  g_object_unref (f->cancellable);
}

static void
on_progress (guint64  rows,
             gpointer user_data)
{
  Fixture *f = user_data;

  g_array_append_val (f->progress, rows);
  if (f->cancel_at != 0 && rows >= f->cancel_at)
    g_cancellable_cancel (f->cancellable);
}

static StewardXlsxStream *
open_stream (Fixture *f,
             guint32  rows_per_sheet)
{
  StewardXlsxStreamOptions options = {
    .rows_per_sheet = rows_per_sheet,
    .progress = on_progress,
    .progress_data = f,
  };
  g_autoptr(GError) error = NULL;
  StewardXlsxStream *stream;

  stream = steward_xlsx_stream_open (f->path, columns, G_N_ELEMENTS (columns), &options,
                                     f->cancellable, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stream);
  return stream;
}

/* Row i (from 1): a formula-looking client name every few rows, fee (i × ¥12.345 rounded to
 * fen), 85.25% SLA, 90 minutes. */
static gboolean
append (StewardXlsxStream  *stream,
        guint               i,
        GError            **error)
{
  static const char *names[] = { "=HYPERLINK(\"http://x\")", "+86 123", "-5", "@sum", "\tTab", "\rCR", "深圳市星河科技" };
  g_autofree char *name = i > 7 ? g_strdup_printf ("row %u", i) : g_strdup (names[i - 1]);
  StewardXlsxCell cells[G_N_ELEMENTS (columns)] = {
    { .text = name },
    { .value = CREATED },
    { .value = i == 1 ? 123450 : (gint64) i * 1234 },
    { .value = 8525 },
    { .value = 90 },
    { .value = i },
  };

  return steward_xlsx_stream_append_row (stream, cells, error);
}

static void
append_ok (StewardXlsxStream *stream,
           guint              first,
           guint              last)
{
  for (guint i = first; i <= last; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (append (stream, i, &error));
      g_assert_no_error (error);
    }
}

static void
finish_ok (StewardXlsxStream *stream)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_xlsx_stream_finish (stream, &error));
  g_assert_no_error (error);
}

/* Resident memory in kB. */
static gsize
resident_kb (void)
{
  g_autofree char *statm = NULL;
  g_auto(GStrv) fields = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL));
  fields = g_strsplit (statm, " ", -1);
  return g_ascii_strtoull (fields[1], NULL, 10) * (sysconf (_SC_PAGESIZE) / 1024);
}

static void
check_first_rows (const char *sheet)
{
  g_autofree char *a1 = xlsx_cell_text (sheet, NULL, "A1");
  g_autofree char *b2 = xlsx_cell_text (sheet, NULL, "B2");
  g_autofree char *c2 = xlsx_cell_text (sheet, NULL, "C2");
  g_autofree char *d2 = xlsx_cell_text (sheet, NULL, "D2");
  g_autofree char *e2 = xlsx_cell_text (sheet, NULL, "E2");
  g_autofree char *a2 = xlsx_cell_text (sheet, NULL, "A2");
  g_autofree char *a6 = xlsx_cell_text (sheet, NULL, "A6");
  g_autofree char *a8 = xlsx_cell_text (sheet, NULL, "A8");

  g_assert_cmpstr (a1, ==, "Client");
  g_assert_cmpstr (a2, ==, "=HYPERLINK(\"http://x\")");
  /* A leading tab is kept; a carriage return is escaped the way Excel reads it back. */
  g_assert_cmpstr (a6, ==, "\tTab");
  g_assert_nonnull (strstr (sheet, "_x000D_CR"));
  g_assert_cmpstr (a8, ==, "深圳市星河科技");
  /* 2026-03-09 10:30 local time is Excel day 46090 plus 10.5 / 24. */
  g_assert_cmpstr (b2, ==, "46090.4375");
  g_assert_cmpstr (c2, ==, "1234.5");
  g_assert_cmpstr (d2, ==, "0.8525");
  g_assert_cmpstr (e2, ==, "1.5");
  g_assert_null (strstr (sheet, "<f>"));
  g_assert_null (strstr (sheet, "1234,5"));
}

static void
test_stream_50000_rows (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(StewardXlsxStream) stream = open_stream (f, 0);
  g_autofree char *sheet = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *format = NULL;
  gsize before, after;

  append_ok (stream, 1, 10000);
  before = resident_kb ();
  append_ok (stream, 10001, 50000);
  after = resident_kb ();
  g_assert_cmpuint (steward_xlsx_stream_get_n_rows (stream), ==, 50000);
  finish_ok (stream);

  /* Constant memory: 40,000 more rows of 6 cells would take well over 10 MB if libxlsxwriter
   * kept them. The sanitizer's allocator keeps freed memory aside, so only a plain build can
   * tell. */
#ifndef __SANITIZE_ADDRESS__
  g_assert_cmpuint (after, <, before + 2048);
#else
  (void) before;
  (void) after;
#endif

  sheet = xlsx_read_part (f->path, "xl/worksheets/sheet1.xml");
  g_assert_cmpuint (xlsx_count (sheet, "<row "), ==, 50001);
  g_assert_nonnull (strstr (sheet, "<row r=\"50001\""));
  g_assert_nonnull (strstr (sheet, "<autoFilter ref=\"A1:F50001\"/>"));
  g_assert_nonnull (strstr (sheet, "state=\"frozen\""));
  check_first_rows (sheet);
  styles = xlsx_read_part (f->path, "xl/styles.xml");
  format = xlsx_cell_format (sheet, styles, "B2");
  g_assert_cmpstr (format, ==, "yyyy-mm-dd hh:mm");

  /* Progress every 4,096 rows, then the total. */
  g_assert_cmpuint (f->progress->len, ==, 13);
  g_assert_cmpuint (g_array_index (f->progress, guint64, 0), ==, 4096);
  g_assert_cmpuint (g_array_index (f->progress, guint64, 12), ==, 50000);
  g_assert_cmpuint (xlsx_dir_n_entries (f->dir), ==, 1);
}

static void
test_continues_on_next_sheets (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(StewardXlsxStream) stream = open_stream (f, 1000);
  g_autofree char *workbook = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *header = NULL;
  g_autofree char *first_row = NULL;

  append_ok (stream, 1, 2500);
  finish_ok (stream);

  workbook = xlsx_read_part (f->path, "xl/workbook.xml");
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Data\" sheetId=\"1\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Data (2)\" sheetId=\"2\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Data (3)\" sheetId=\"3\""));

  /* Each sheet starts with the header, frozen and filtered, then carries on the rows. */
  second = xlsx_read_part (f->path, "xl/worksheets/sheet2.xml");
  header = xlsx_cell_text (second, NULL, "A1");
  first_row = xlsx_cell_text (second, NULL, "A2");
  g_assert_cmpstr (header, ==, "Client");
  g_assert_cmpstr (first_row, ==, "row 1001");
  g_assert_cmpuint (xlsx_count (second, "<row "), ==, 1001);
  g_assert_nonnull (strstr (second, "state=\"frozen\""));
  g_assert_nonnull (strstr (second, "<autoFilter ref=\"A1:F1001\"/>"));

  third = xlsx_read_part (f->path, "xl/worksheets/sheet3.xml");
  g_assert_cmpuint (xlsx_count (third, "<row "), ==, 501);
  g_assert_nonnull (strstr (third, "<autoFilter ref=\"A1:F501\"/>"));
  g_assert_false (xlsx_has_part (f->path, "xl/worksheets/sheet4.xml"));
}

static void
test_cancel_leaves_nothing (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(StewardXlsxStream) stream = open_stream (f, 0);
  g_autoptr(GError) error = NULL;

  /* A temporary file exists while the export runs… */
  g_assert_cmpuint (xlsx_dir_n_entries (f->dir), ==, 1);
  f->cancel_at = 4096;
  append_ok (stream, 1, 4096);
  g_assert_false (append (stream, 4097, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  /* …and is gone as soon as the export is cancelled, before the stream is even freed. */
  g_assert_cmpuint (xlsx_dir_n_entries (f->dir), ==, 0);

  g_assert_false (steward_xlsx_stream_finish (stream, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
  g_assert_cmpuint (xlsx_dir_n_entries (f->dir), ==, 0);
}

static void
test_cancel_before_finish (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(StewardXlsxStream) stream = open_stream (f, 0);
  g_autoptr(GError) error = NULL;

  append_ok (stream, 1, 10);
  g_cancellable_cancel (f->cancellable);
  g_assert_false (steward_xlsx_stream_finish (stream, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (xlsx_dir_n_entries (f->dir), ==, 0);
}

static void
test_abandoned_stream_leaves_nothing (Fixture       *f,
                                      gconstpointer  data)
{
  StewardXlsxStream *stream = open_stream (f, 0);

  append_ok (stream, 1, 10);
  steward_xlsx_stream_free (stream);
  g_assert_cmpuint (xlsx_dir_n_entries (f->dir), ==, 0);
}

static void
test_unwritable_folder (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "missing", "requests.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  StewardXlsxStream *stream;

  stream = steward_xlsx_stream_open (path, columns, G_N_ELEMENTS (columns), NULL, NULL, &error);
  g_assert_null (stream);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_cmpuint (xlsx_dir_n_entries (f->dir), ==, 0);
}

static void
test_decimal_comma_locale (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(StewardXlsxStream) stream = NULL;
  g_autofree char *sheet = NULL;

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("the de_DE.UTF-8 locale is not installed (dev.sh generates it)");
      return;
    }
  stream = open_stream (f, 0);
  append_ok (stream, 1, 20);
  finish_ok (stream);
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");
  setlocale (LC_ALL, "C.UTF-8");

  sheet = xlsx_read_part (f->path, "xl/worksheets/sheet1.xml");
  check_first_rows (sheet);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/xlsx-stream/50000-rows", test_stream_50000_rows);
  ADD ("/xlsx-stream/continues-on-next-sheets", test_continues_on_next_sheets);
  ADD ("/xlsx-stream/cancel-leaves-nothing", test_cancel_leaves_nothing);
  ADD ("/xlsx-stream/cancel-before-finish", test_cancel_before_finish);
  ADD ("/xlsx-stream/abandoned-leaves-nothing", test_abandoned_stream_leaves_nothing);
  ADD ("/xlsx-stream/unwritable-folder", test_unwritable_folder);
  ADD ("/xlsx-stream/decimal-comma-locale", test_decimal_comma_locale);
#undef ADD

  return g_test_run ();
}
