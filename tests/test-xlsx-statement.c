/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "steward-error.h"
#include "steward-monthly-package.h"
#include "steward-xlsx-statement.h"
#include "xlsx-reader.h"

/* Instants in Asia/Shanghai (UTC+8), worked out by hand, with their Excel serial numbers. */
#define OCT_31_2300  G_GINT64_CONSTANT (1793458800)  /* 2026-10-31T23:00:00+08:00: last month */
#define NOV_02_0930  G_GINT64_CONSTANT (1793583000)  /* 2026-11-02T09:30:00+08:00 = 46328.395833… */
#define NOV_03_1400  G_GINT64_CONSTANT (1793685600)  /* 2026-11-03T14:00:00+08:00 = 46329.583333… */
#define NOV_10_1015  G_GINT64_CONSTANT (1794276900)  /* 2026-11-10T10:15:00+08:00 */
#define NOV_20_1645  G_GINT64_CONSTANT (1795164300)  /* 2026-11-20T16:45:00+08:00 */
#define NOV_30_2350  G_GINT64_CONSTANT (1796053800)  /* 2026-11-30T23:50:00+08:00 = 46356.993055… */
#define DEC_01_0000  G_GINT64_CONSTANT (1796054400)  /* 2026-12-01T00:00:00+08:00: next month */

typedef struct
{
  char      *dir;
  char      *path;
  GTimeZone *tz;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("steward-statement-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "statement.xlsx", NULL);
  f->tz = g_time_zone_new_identifier ("Asia/Shanghai");
  g_assert_nonnull (f->tz);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  xlsx_remove_dir (f->dir);
  g_time_zone_unref (f->tz);
  g_free (f->path);
  g_free (f->dir);
}

/* November 2026 of a package of 3 incidents a month at ¥1,000.00, overage at @overage fen:
 * five incidents used (two over the quota), one cancelled, one in October and one on
 * 1 December that the statement leaves out. */
static StewardPackageStatement *
november_statement (Fixture *f,
                    gint64   overage)
{
  StewardPricing pricing;
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardMonthlyPackage) package = NULL;
  const StewardPackageIncident incidents[] = {
    { 10, OCT_31_2300, FALSE, STEWARD_SERVICE_ADVISOR },
    { 11, NOV_02_0930, FALSE, STEWARD_SERVICE_REMOTE },
    { 12, NOV_03_1400, FALSE, STEWARD_SERVICE_ADVISOR },
    { 13, NOV_10_1015, TRUE, STEWARD_SERVICE_REMOTE },
    { 14, NOV_10_1015, FALSE, STEWARD_SERVICE_REMOTE },
    { 15, NOV_20_1645, FALSE, STEWARD_SERVICE_ADVISOR },
    { 16, NOV_30_2350, FALSE, STEWARD_SERVICE_REMOTE },
    { 17, DEC_01_0000, FALSE, STEWARD_SERVICE_REMOTE },
  };

  steward_pricing_init_defaults (&pricing);
  package = steward_monthly_package_purchase (&pricing, 7, 2026, 10, 3, 3, overage,
                                              OCT_31_2300, &error);
  g_assert_no_error (error);
  return steward_monthly_package_statement (package, 2026, 11, incidents,
                                            G_N_ELEMENTS (incidents), f->tz);
}

static void
assert_cell (const char *sheet,
             const char *sst,
             const char *ref,
             const char *text)
{
  g_autofree char *value = xlsx_cell_text (sheet, sst, ref);

  g_assert_cmpstr (value, ==, text);
}

static void
assert_date (const char *sheet,
             const char *ref,
             double      serial)
{
  g_autofree char *value = xlsx_cell_text (sheet, NULL, ref);

  g_assert_nonnull (value);
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (value, NULL), serial, 1e-6);
}

static void
assert_format (const char *sheet,
               const char *styles,
               const char *ref,
               const char *code)
{
  g_autofree char *format = xlsx_cell_format (sheet, styles, ref);

  g_assert_cmpstr (format, ==, code);
}

static void
assert_text_cell (const char *sheet,
                  const char *ref)
{
  g_autofree char *cell = xlsx_cell_xml (sheet, ref);
  g_autofree char *type = xlsx_attribute (cell, "t");

  g_assert_nonnull (cell);
  g_assert_true (g_strcmp0 (type, "s") == 0 || g_strcmp0 (type, "inlineStr") == 0);
  g_assert_null (strstr (cell, "<f>"));
}

static void
test_statement_rows (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(StewardPackageStatement) st = november_statement (f, 20000);
  g_autoptr(GError) error = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *sst = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *workbook = NULL;

  g_assert_true (steward_xlsx_export_package_statement (st, "华东精密制造有限公司", f->tz,
                                                        f->path, NULL, &error));
  g_assert_no_error (error);
  sheet = xlsx_read_part (f->path, "xl/worksheets/sheet1.xml");
  sst = xlsx_read_part (f->path, "xl/sharedStrings.xml");
  styles = xlsx_read_part (f->path, "xl/styles.xml");
  workbook = xlsx_read_part (f->path, "xl/workbook.xml");
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Statement\" sheetId=\"1\""));

  /* The title and period block. */
  assert_cell (sheet, sst, "A1", "Monthly Package Statement");
  assert_cell (sheet, sst, "A2", "Client");
  assert_cell (sheet, sst, "B2", "华东精密制造有限公司");
  assert_cell (sheet, sst, "B3", "2026-11");
  assert_cell (sheet, sst, "B4", "2026-11-01 – 2026-11-30");

  /* The incidents under a frozen header: the cancelled #13 and the October and December ones
   * are not there; #15 and #16 are beyond the quota of 3. */
  assert_cell (sheet, sst, "A6", "Date");
  assert_cell (sheet, sst, "B6", "Request");
  assert_cell (sheet, sst, "C6", "Service");
  assert_cell (sheet, sst, "D6", "Quota");
  assert_cell (sheet, sst, "E6", "Fee");
  g_assert_nonnull (strstr (sheet, "<pane ySplit=\"6\" topLeftCell=\"A7\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
  g_assert_nonnull (strstr (sheet, "<autoFilter ref=\"A6:E11\"/>"));

  assert_date (sheet, "A7", 46328.395833333);
  assert_format (sheet, styles, "A7", "yyyy-mm-dd hh:mm");
  assert_cell (sheet, sst, "B7", "#11");
  assert_cell (sheet, sst, "C7", "Remote assistance");
  assert_cell (sheet, sst, "D7", "Within quota");
  assert_cell (sheet, sst, "E7", "0");
  assert_format (sheet, styles, "E7", "\"¥\"#,##0.00");
  assert_date (sheet, "A8", 46329.583333333);
  assert_cell (sheet, sst, "B8", "#12");
  assert_cell (sheet, sst, "C8", "Dedicated technical advisor");
  assert_cell (sheet, sst, "B9", "#14");
  assert_cell (sheet, sst, "D9", "Within quota");
  assert_cell (sheet, sst, "B10", "#15");
  assert_cell (sheet, sst, "D10", "Overage");
  assert_cell (sheet, sst, "E10", "200");
  assert_date (sheet, "A11", 46356.993055556);
  assert_cell (sheet, sst, "B11", "#16");
  assert_cell (sheet, sst, "D11", "Overage");
  assert_cell (sheet, sst, "E11", "200");
  g_assert_null (xlsx_cell_xml (sheet, "B12"));

  /* The figures, which add up: 1000 + 2 × 200 = 1400; 1400 − 1000 prepaid = 400 due. */
  assert_cell (sheet, sst, "A13", "Incidents used");
  assert_cell (sheet, sst, "E13", "5");
  assert_cell (sheet, sst, "A14", "Quota");
  assert_cell (sheet, sst, "E14", "3");
  assert_cell (sheet, sst, "A15", "Quota used");
  assert_cell (sheet, sst, "E15", "3");
  assert_cell (sheet, sst, "A16", "Overage incidents");
  assert_cell (sheet, sst, "E16", "2");
  assert_cell (sheet, sst, "A17", "Cancelled incidents (returned to the quota)");
  assert_cell (sheet, sst, "E17", "1");
  g_assert_null (xlsx_cell_xml (sheet, "A18"));
  assert_cell (sheet, sst, "A19", "Package price (prepaid at purchase)");
  assert_cell (sheet, sst, "E19", "1000");
  assert_cell (sheet, sst, "A20", "Overage charges (2 × ¥200.00)");
  assert_cell (sheet, sst, "E20", "400");
  assert_cell (sheet, sst, "A21", "Month total");
  assert_cell (sheet, sst, "E21", "1400");
  assert_cell (sheet, sst, "A22", "Prepaid");
  assert_cell (sheet, sst, "E22", "-1000");
  assert_cell (sheet, sst, "A23", "Total due");
  assert_cell (sheet, sst, "E23", "400");
  assert_format (sheet, styles, "E23", "\"¥\"#,##0.00");
  g_assert_null (xlsx_cell_xml (sheet, "A24"));

  /* Only the statement: no temporary file beside it. */
  g_assert_cmpuint (xlsx_dir_n_entries (f->dir), ==, 1);
}

/* Under a decimal-comma locale ¥1,234.50 is still the number 1234.5, and a client whose name
 * starts with "=" is text, never a formula. */
static void
test_statement_de_DE (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(StewardPackageStatement) st = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *sst = NULL;

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("the de_DE.UTF-8 locale is not installed (dev.sh generates it)");
      return;
    }

  st = november_statement (f, 123450);
  g_assert_true (steward_xlsx_export_package_statement (st, "=HYPERLINK(\"http://x\",\"pay\")",
                                                        f->tz, f->path, NULL, &error));
  setlocale (LC_ALL, "C.UTF-8");
  g_assert_no_error (error);
  sheet = xlsx_read_part (f->path, "xl/worksheets/sheet1.xml");
  sst = xlsx_read_part (f->path, "xl/sharedStrings.xml");

  assert_cell (sheet, sst, "E10", "1234.5");
  assert_cell (sheet, sst, "E11", "1234.5");
  assert_cell (sheet, sst, "E20", "2469");
  assert_cell (sheet, sst, "E23", "2469");
  g_assert_null (strstr (sheet, "1234,5"));
  assert_cell (sheet, sst, "B2", "=HYPERLINK(\"http://x\",\"pay\")");
  assert_text_cell (sheet, "B2");
}

/* A statement that cannot be written leaves nothing behind, and an older file is untouched. */
static void
test_statement_failure (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(StewardPackageStatement) st = november_statement (f, 20000);
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "s.xlsx", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (f->path, "older", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_false (steward_xlsx_export_package_statement (st, "A", f->tz, f->path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (f->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "older");

  g_assert_false (steward_xlsx_export_package_statement (st, "A", f->tz, missing, NULL, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_cmpuint (xlsx_dir_n_entries (f->dir), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/xlsx-statement/rows", test_statement_rows);
  ADD ("/xlsx-statement/de_DE", test_statement_de_DE);
  ADD ("/xlsx-statement/failure", test_statement_failure);
#undef ADD

  return g_test_run ();
}
