/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Streams N rows × 6 columns (default 1,000,000) to .xlsx twice, each in its own child process
 * so that their peak memory is measured apart: once through StewardXlsxStream, once through a
 * bare libxlsxwriter constant-memory program writing the same cells with the same formats.
 * Prints wall time and peak RSS of each and the ratios.
 *
 *   build/bench/steward-bench-export [rows] */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "steward-xlsx.h"

/* 2026-03-09T10:30:00+08:00 */
#define BASE_TIME 1773023400

static const StewardXlsxColumn columns[] = {
  { "Client", STEWARD_XLSX_COLUMN_TEXT },
  { "Created", STEWARD_XLSX_COLUMN_DATE_TIME },
  { "Fee", STEWARD_XLSX_COLUMN_MONEY },
  { "Response SLA", STEWARD_XLSX_COLUMN_PERCENT },
  { "Hours", STEWARD_XLSX_COLUMN_HOURS },
  { "Requests", STEWARD_XLSX_COLUMN_COUNT },
};

static int
write_steward (const char *path,
               guint       n_rows)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardXlsxStream) stream = NULL;
  char name[64];

  stream = steward_xlsx_stream_open (path, columns, G_N_ELEMENTS (columns), NULL, NULL, &error);
  for (guint i = 1; stream != NULL && i <= n_rows; i++)
    {
      StewardXlsxCell cells[6] = {
        { .text = name },
        { .value = BASE_TIME + (gint64) i * 60 },
        { .value = (gint64) i * 1234 },
        { .value = i % 10001 },
        { .value = i % 600 },
        { .value = i },
      };

      g_snprintf (name, sizeof name, "深圳市客户 %u", i);
      if (!steward_xlsx_stream_append_row (stream, cells, &error))
        break;
    }
  if (stream == NULL || error != NULL || !steward_xlsx_stream_finish (stream, &error))
    {
      fprintf (stderr, "steward: %s\n", error->message);
      return 1;
    }
  return 0;
}

static int
write_bare (const char *path,
            guint       n_rows)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *workbook = workbook_new_opt (path, &options);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Data");
  lxw_format *bold = workbook_add_format (workbook);
  lxw_format *formats[6] = { NULL };
  static const char *codes[6] = { NULL, "yyyy-mm-dd hh:mm", "\"¥\"#,##0.00", "0.0%", "0.0", "0" };
  char name[64];

  format_set_bold (bold);
  for (int c = 1; c < 6; c++)
    {
      formats[c] = workbook_add_format (workbook);
      format_set_num_format (formats[c], codes[c]);
    }
  for (int c = 0; c < 6; c++)
    worksheet_write_string (sheet, 0, c, columns[c].title, bold);
  worksheet_freeze_panes (sheet, 1, 0);

  for (guint i = 1; i <= n_rows; i++)
    {
      time_t t = BASE_TIME + (time_t) i * 60;
      struct tm tm;
      lxw_datetime dt;

      localtime_r (&t, &tm);
      dt = (lxw_datetime) { tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec };
      snprintf (name, sizeof name, "深圳市客户 %u", i);
      worksheet_write_string (sheet, i, 0, name, NULL);
      worksheet_write_datetime (sheet, i, 1, &dt, formats[1]);
      worksheet_write_number (sheet, i, 2, (double) i * 1234 / 100.0, formats[2]);
      worksheet_write_number (sheet, i, 3, (double) (i % 10001) / 10000.0, formats[3]);
      worksheet_write_number (sheet, i, 4, (double) (i % 600) / 60.0, formats[4]);
      worksheet_write_number (sheet, i, 5, (double) i, formats[5]);
    }
  for (int c = 0; c < 6; c++)
    worksheet_set_column (sheet, c, c, 16, NULL);
  worksheet_autofilter (sheet, 0, 0, n_rows, 5);
  return workbook_close (workbook) == LXW_NO_ERROR ? 0 : 1;
}

typedef struct
{
  double seconds;
  long   peak_kb;
  goffset size;
} Run;

static gboolean
run_child (int (*writer) (const char *, guint),
           const char *path,
           guint       n_rows,
           Run        *out)
{
  gint64 start = g_get_monotonic_time ();
  struct rusage usage;
  int status = 0;
  pid_t pid = fork ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;

  if (pid == 0)
    _exit (writer (path, n_rows));
  if (pid < 0 || wait4 (pid, &status, 0, &usage) != pid ||
      !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    return FALSE;
  out->seconds = (g_get_monotonic_time () - start) / 1e6;
  out->peak_kb = usage.ru_maxrss;
  file = g_file_new_for_path (path);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
  out->size = info != NULL ? g_file_info_get_size (info) : 0;
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  guint n_rows = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 1000000;
  g_autofree char *dir = g_dir_make_tmp ("steward-bench-XXXXXX", NULL);
  g_autofree char *steward_path = g_build_filename (dir, "steward.xlsx", NULL);
  g_autofree char *bare_path = g_build_filename (dir, "bare.xlsx", NULL);
  Run steward = { 0 }, bare = { 0 };

  if (dir == NULL || n_rows == 0 || n_rows > STEWARD_XLSX_MAX_DATA_ROWS)
    {
      fprintf (stderr, "usage: %s [rows, 1–%u]\n", argv[0], STEWARD_XLSX_MAX_DATA_ROWS);
      return 1;
    }
  if (!run_child (write_steward, steward_path, n_rows, &steward) ||
      !run_child (write_bare, bare_path, n_rows, &bare))
    {
      fprintf (stderr, "a writer failed\n");
      return 1;
    }

  printf ("%u rows × 6 columns, constant memory\n", n_rows);
  printf ("%-22s %9s %14s %12s\n", "", "wall (s)", "peak RSS (MB)", "file (MB)");
  printf ("%-22s %9.2f %14.1f %12.1f\n", "StewardXlsxStream", steward.seconds,
          steward.peak_kb / 1024.0, steward.size / 1048576.0);
  printf ("%-22s %9.2f %14.1f %12.1f\n", "bare libxlsxwriter", bare.seconds,
          bare.peak_kb / 1024.0, bare.size / 1048576.0);
  printf ("%-22s %9.2f %14.2f\n", "ratio (Steward/bare)", steward.seconds / bare.seconds,
          (double) steward.peak_kb / bare.peak_kb);

  g_unlink (steward_path);
  g_unlink (bare_path);
  g_rmdir (dir);
  return 0;
}
