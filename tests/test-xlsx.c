/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "chart-fixtures.h"
#include "steward-error.h"
#include "steward-xlsx.h"
#include "xlsx-reader.h"

/* 2026-03-09T10:30:00+08:00 */
#define GENERATED_AT G_GINT64_CONSTANT (1773023400)

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("steward-xlsx-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "report.xlsx", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  xlsx_remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Fees by client. The client names are what a careless CSV import could bring in: text that
 * a spreadsheet would run as a formula if it were written as one. */
static StewardReportResult *
fees_by_client (void)
{
  StewardReportResult *r = steward_report_result_new ();
  static const struct {
    const char *name;
    gint64 fee, count, sla, minutes;
    double rating;
  } rows[] = {
    { "=HYPERLINK(\"http://x\")", 123450, 3, 8525, 90, 4.6 },
    { "+86 123", 99, 1, 10000, 0, 5.0 },
    { "-5", -1, 2, 0, 30, -1 },
    { "@sum", 0, 0, -1, 600, 4.0 },
  };

  steward_report_result_add_column (r, "fee", "Fee total", STEWARD_MEASURE_KIND_MONEY);
  steward_report_result_add_column (r, "count", "Requests", STEWARD_MEASURE_KIND_COUNT);
  steward_report_result_add_column (r, "sla", "Response SLA", STEWARD_MEASURE_KIND_PERCENT);
  steward_report_result_add_column (r, "rating", "Average rating", STEWARD_MEASURE_KIND_RATING);
  steward_report_result_add_column (r, "hours", "Training hours", STEWARD_MEASURE_KIND_HOURS);
  steward_report_result_set_titles (r, "Client", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *key = g_strdup_printf ("client-%u", i);
      guint row = steward_report_result_add_row (r, key, rows[i].name, NULL, NULL);

      steward_report_result_set_int (r, row, 0, rows[i].fee);
      steward_report_result_set_int (r, row, 1, rows[i].count);
      if (rows[i].sla >= 0)
        steward_report_result_set_int (r, row, 2, rows[i].sla);
      if (rows[i].rating >= 0)
        steward_report_result_set_double (r, row, 3, rows[i].rating);
      steward_report_result_set_int (r, row, 4, rows[i].minutes);
    }
  return r;
}

static StewardXlsxOptions
default_options (StewardChartType type)
{
  static const char * const filters[] = { "Client", "深圳市星河科技", "Status", "Accepted", NULL };
  StewardXlsxOptions o = {
    .title = "季度服务汇总",
    .source = "Service requests",
    .filters = filters,
    .grouping = "Client",
    .period = "Quarterly",
    .generated_at = GENERATED_AT,
    .chart_type = type,
    .chart_measure = 0,
  };

  return o;
}

static void
export_ok (StewardReportResult      *result,
           const StewardXlsxOptions *options,
           const char               *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_xlsx_export_result (result, options, path, NULL, &error));
  g_assert_no_error (error);
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
}

/* Every check of the data sheet of fees_by_client(); run again under other locales. */
static void
check_fees_data_sheet (const char *path)
{
  g_autofree char *sheet = xlsx_read_part (path, "xl/worksheets/sheet1.xml");
  g_autofree char *sst = xlsx_read_part (path, "xl/sharedStrings.xml");
  g_autofree char *styles = xlsx_read_part (path, "xl/styles.xml");
  g_autofree char *e4 = xlsx_cell_xml (sheet, "E4");

  assert_cell (sheet, sst, "A1", "Client");
  assert_cell (sheet, sst, "B1", "Fee total");
  assert_cell (sheet, sst, "F1", "Training hours");

  /* ¥1,234.50 is the number 1234.5 shown with the yuan format, never the text "1234,5". */
  assert_cell (sheet, sst, "B2", "1234.5");
  assert_format (sheet, styles, "B2", "\"¥\"#,##0.00");
  assert_cell (sheet, sst, "B3", "0.99");
  assert_cell (sheet, sst, "B4", "-0.01");
  assert_cell (sheet, sst, "C2", "3");
  assert_format (sheet, styles, "C2", "0");
  assert_cell (sheet, sst, "D2", "0.8525");
  assert_format (sheet, styles, "D2", "0.0%");
  assert_cell (sheet, sst, "D3", "1");
  assert_cell (sheet, sst, "E2", "4.6");
  assert_format (sheet, styles, "E2", "0.00");
  assert_cell (sheet, sst, "F2", "1.5");
  assert_format (sheet, styles, "F2", "0.0");
  assert_cell (sheet, sst, "F5", "10");
  /* An empty cell stays empty, not zero. */
  g_assert_null (e4);
  g_assert_null (strstr (sheet, "1234,5"));
  g_assert_null (strstr (sheet, "0,8525"));

  g_assert_nonnull (strstr (sheet, "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
  g_assert_nonnull (strstr (sheet, "<autoFilter ref=\"A1:F5\"/>"));
}

static void
test_data_sheet (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(StewardReportResult) result = fees_by_client ();
  StewardXlsxOptions options = default_options (STEWARD_CHART_BAR_GROUPED);
  g_autofree char *workbook = NULL;

  export_ok (result, &options, f->path);
  check_fees_data_sheet (f->path);

  workbook = xlsx_read_part (f->path, "xl/workbook.xml");
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Data\" sheetId=\"1\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Chart\" sheetId=\"2\""));
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Definition\" sheetId=\"3\""));
  /* Only what was written: no temporary file beside the export. */
  g_assert_cmpuint (xlsx_dir_n_entries (f->dir), ==, 1);
}

static void
test_formula_text_stays_text (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(StewardReportResult) result = fees_by_client ();
  StewardXlsxOptions options = default_options (STEWARD_CHART_BAR_GROUPED);
  g_autofree char *sheet = NULL;
  g_autofree char *sst = NULL;
  g_autofree char *chart = NULL;

  /* A report whose title looks like a formula, too: it reaches the chart's title. */
  options.title = "=Q1 review";
  export_ok (result, &options, f->path);
  sheet = xlsx_read_part (f->path, "xl/worksheets/sheet1.xml");
  sst = xlsx_read_part (f->path, "xl/sharedStrings.xml");

  assert_cell (sheet, sst, "A2", "=HYPERLINK(\"http://x\")");
  assert_cell (sheet, sst, "A3", "+86 123");
  assert_cell (sheet, sst, "A4", "-5");
  assert_cell (sheet, sst, "A5", "@sum");
  for (guint i = 2; i <= 5; i++)
    {
      g_autofree char *ref = g_strdup_printf ("A%u", i);
      assert_text_cell (sheet, ref);
    }
  g_assert_null (strstr (sheet, "<f>"));
  g_assert_null (strstr (sheet, "<f "));

  /* The chart's title refers to the Definition sheet's title cell (a text cell). */
  chart = xlsx_read_part (f->path, "xl/charts/chart1.xml");
  g_assert_nonnull (strstr (chart, "<c:f>Definition!$B$1</c:f>"));
  g_assert_null (strstr (chart, "<c:f>Q1 review"));
}

typedef struct
{
  StewardChartType  type;
  const char       *elements[3];
} ChartCase;

static const ChartCase chart_cases[] = {
  { STEWARD_CHART_BAR_GROUPED, { "<c:barChart>", "<c:barDir val=\"col\"/>", "<c:grouping val=\"clustered\"/>" } },
  { STEWARD_CHART_BAR_STACKED, { "<c:barChart>", "<c:grouping val=\"stacked\"/>", "<c:overlap val=\"100\"/>" } },
  { STEWARD_CHART_LINE, { "<c:lineChart>", "<c:grouping val=\"standard\"/>", NULL } },
  { STEWARD_CHART_PIE, { "<c:pieChart>", "<c:showPercent val=\"1\"/>", NULL } },
};

static void
test_chart_types (Fixture       *f,
                  gconstpointer  data)
{
  const ChartCase *c = data;
  g_autoptr(StewardReportResult) result = fees_by_client ();
  StewardXlsxOptions options = default_options (c->type);
  g_autofree char *chart = NULL;
  g_autofree char *chartsheet = NULL;

  export_ok (result, &options, f->path);
  chart = xlsx_read_part (f->path, "xl/charts/chart1.xml");
  for (guint i = 0; i < G_N_ELEMENTS (c->elements) && c->elements[i] != NULL; i++)
    g_assert_nonnull (strstr (chart, c->elements[i]));

  /* The chart draws the data sheet's rows: categories, values and the series name. */
  g_assert_nonnull (strstr (chart, "<c:f>Data!$A$2:$A$5</c:f>"));
  g_assert_nonnull (strstr (chart, "<c:f>Data!$B$2:$B$5</c:f>"));
  g_assert_nonnull (strstr (chart, "<c:f>Data!$B$1</c:f>"));
  /* The cache Excel shows before recalculating holds the yuan amount. */
  g_assert_nonnull (strstr (chart, "<c:v>1234.5</c:v>"));
  g_assert_cmpuint (xlsx_count (chart, "<c:ser>"), ==, 1);

  chartsheet = xlsx_read_part (f->path, "xl/chartsheets/sheet1.xml");
  g_assert_nonnull (strstr (chartsheet, "<drawing"));
}

static void
test_chart_with_series (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  StewardXlsxOptions options = default_options (STEWARD_CHART_BAR_STACKED);
  g_autofree char *chart = NULL;
  g_autofree char *pivot = NULL;
  g_autofree char *sst = NULL;
  g_autofree char *workbook = NULL;

  export_ok (result, &options, f->path);
  workbook = xlsx_read_part (f->path, "xl/workbook.xml");
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Chart data\" sheetId=\"3\""));

  /* Quarters down, services across; Q2 has no training row, so that cell is blank. */
  pivot = xlsx_read_part (f->path, "xl/worksheets/sheet2.xml");
  sst = xlsx_read_part (f->path, "xl/sharedStrings.xml");
  assert_cell (pivot, sst, "A1", "季度");
  assert_cell (pivot, sst, "B1", "远程协助");
  assert_cell (pivot, sst, "C1", "专项培训");
  assert_cell (pivot, sst, "D1", "专属技术顾问");
  assert_cell (pivot, sst, "A2", "2026年第1季度");
  assert_cell (pivot, sst, "B2", "1200");
  assert_cell (pivot, sst, "C3", NULL);
  assert_cell (pivot, sst, "B4", "900.5");
  assert_cell (pivot, sst, "C4", "4000");

  chart = xlsx_read_part (f->path, "xl/charts/chart1.xml");
  g_assert_cmpuint (xlsx_count (chart, "<c:ser>"), ==, 3);
  g_assert_nonnull (strstr (chart, "<c:f>'Chart data'!$A$2:$A$4</c:f>"));
  g_assert_nonnull (strstr (chart, "<c:f>'Chart data'!$B$2:$B$4</c:f>"));
  g_assert_nonnull (strstr (chart, "<c:f>'Chart data'!$D$2:$D$4</c:f>"));
  g_assert_nonnull (strstr (chart, "<c:f>'Chart data'!$C$1</c:f>"));
  g_assert_nonnull (strstr (chart, "<c:grouping val=\"stacked\"/>"));
}

static void
test_pie_with_series_sums (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  StewardXlsxOptions options = default_options (STEWARD_CHART_PIE);
  g_autofree char *pivot = NULL;
  g_autofree char *sst = NULL;
  g_autofree char *chart = NULL;

  export_ok (result, &options, f->path);
  pivot = xlsx_read_part (f->path, "xl/worksheets/sheet2.xml");
  sst = xlsx_read_part (f->path, "xl/sharedStrings.xml");
  /* One slice per quarter: ¥1,200 + ¥3,000 + ¥800, ¥1,500 + ¥2,000, ¥900.50 + ¥4,000 + ¥1,000. */
  assert_cell (pivot, sst, "B1", "收入");
  assert_cell (pivot, sst, "B2", "5000");
  assert_cell (pivot, sst, "B3", "3500");
  assert_cell (pivot, sst, "B4", "5900.5");
  assert_cell (pivot, sst, "C2", NULL);

  chart = xlsx_read_part (f->path, "xl/charts/chart1.xml");
  g_assert_nonnull (strstr (chart, "<c:pieChart>"));
  g_assert_cmpuint (xlsx_count (chart, "<c:ser>"), ==, 1);
}

static void
test_no_chart (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  StewardXlsxOptions options = default_options (STEWARD_CHART_PIE);
  g_autofree char *workbook = NULL;

  /* Average ratings cannot be added up into a pie; a table-only report has no chart either. */
  options.chart_measure = 1;
  export_ok (result, &options, f->path);
  g_assert_false (xlsx_has_part (f->path, "xl/charts/chart1.xml"));
  workbook = xlsx_read_part (f->path, "xl/workbook.xml");
  g_assert_null (strstr (workbook, "name=\"Chart\""));

  options = default_options (STEWARD_CHART_TABLE);
  export_ok (result, &options, f->path);
  g_assert_false (xlsx_has_part (f->path, "xl/charts/chart1.xml"));
  g_assert_true (xlsx_has_part (f->path, "xl/worksheets/sheet2.xml"));
}

static double
column_width (const char *sheet,
              guint       column)
{
  g_autofree char *pattern = g_strdup_printf ("<col min=\"%u\" max=\"%u\"", column, column);
  const char *col = strstr (sheet, pattern);
  g_autofree char *width = NULL;

  g_assert_nonnull (col);
  width = xlsx_attribute (col, "width");
  return g_ascii_strtod (width, NULL);
}

static void
test_column_widths (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  StewardXlsxOptions options = default_options (STEWARD_CHART_TABLE);
  g_autofree char *sheet = NULL;

  export_ok (result, &options, f->path);
  sheet = xlsx_read_part (f->path, "xl/worksheets/sheet1.xml");
  /* "专属技术顾问" is 6 characters but 12 columns wide; with 2 of padding, 14 (Excel adds
   * its own fraction for the cell margins). */
  g_assert_cmpfloat (column_width (sheet, 2), >=, 14.0);
  g_assert_cmpfloat (column_width (sheet, 2), <, 15.0);
  /* "2026年第1季度": 2 digits-worth per Chinese character, 13 + 2. */
  g_assert_cmpfloat (column_width (sheet, 1), >=, 15.0);
  g_assert_cmpfloat (column_width (sheet, 1), <, 16.0);
}

static void
test_day_categories_are_dates (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(StewardReportResult) result = steward_report_result_new ();
  StewardXlsxOptions options = default_options (STEWARD_CHART_LINE);
  g_autofree char *sheet = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *chart = NULL;
  guint row;

  steward_report_result_add_column (result, "count", "Requests", STEWARD_MEASURE_KIND_COUNT);
  row = steward_report_result_add_row (result, "2026-03-09", "3月9日", NULL, NULL);
  steward_report_result_set_int (result, row, 0, 4);
  row = steward_report_result_add_row (result, "2026-03-10", "3月10日", NULL, NULL);
  steward_report_result_set_int (result, row, 0, 7);

  export_ok (result, &options, f->path);
  sheet = xlsx_read_part (f->path, "xl/worksheets/sheet1.xml");
  styles = xlsx_read_part (f->path, "xl/styles.xml");
  /* Excel's serial day numbers: 2026-03-09 is day 46090. */
  assert_cell (sheet, NULL, "A2", "46090");
  assert_cell (sheet, NULL, "A3", "46091");
  assert_format (sheet, styles, "A2", "yyyy-mm-dd");
  chart = xlsx_read_part (f->path, "xl/charts/chart1.xml");
  g_assert_nonnull (strstr (chart, "<c:numFmt formatCode=\"yyyy-mm-dd\" sourceLinked=\"0\"/>"));
}

static void
test_definition_sheet (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(StewardReportResult) result = fees_by_client ();
  StewardXlsxOptions options = default_options (STEWARD_CHART_LINE);
  g_autofree char *sheet = NULL;
  g_autofree char *sst = NULL;

  export_ok (result, &options, f->path);
  sheet = xlsx_read_part (f->path, "xl/worksheets/sheet2.xml");
  sst = xlsx_read_part (f->path, "xl/sharedStrings.xml");
  assert_cell (sheet, sst, "A1", "Title");
  assert_cell (sheet, sst, "B1", "季度服务汇总");
  assert_cell (sheet, sst, "A2", "Filters");
  assert_cell (sheet, sst, "B2", "Client");
  assert_cell (sheet, sst, "C2", "深圳市星河科技");
  assert_cell (sheet, sst, "B3", "Status");
  assert_cell (sheet, sst, "C3", "Accepted");
  assert_cell (sheet, sst, "A4", "Source");
  assert_cell (sheet, sst, "B4", "Service requests");
  assert_cell (sheet, sst, "A5", "Grouping");
  assert_cell (sheet, sst, "B6", "Fee total, Requests, Response SLA, Average rating, Training hours");
  assert_cell (sheet, sst, "B7", "Line");
  assert_cell (sheet, sst, "B8", "Quarterly");
  assert_cell (sheet, sst, "A9", "Generated at");
  assert_cell (sheet, sst, "B9", "2026-03-09T10:30:00+08:00");
  assert_cell (sheet, sst, "A10", "Steward version");
  assert_cell (sheet, sst, "B10", PACKAGE_VERSION);
}

static void
test_sanitize_sheet_name (void)
{
  static const char * const taken[] = { "Data", "Data (2)", "0123456789012345678901234567890", NULL };
  static const struct { const char *in, *out; } cases[] = {
    { "Q1: [Revenue]/Cost*?\\", "Q1_ _Revenue__Cost___" },
    { "'quoted'", "quoted" },
    { "", "Sheet" },
    { "[]", "__" },
    { "tab\there", "tab_here" },
    /* 32 Chinese characters: cut to 31 characters, not 31 bytes. */
    { "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一" },
    /* Excel counts UTF-16 units: an emoji takes two. */
    { "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀" },
    { "data", "data (3)" },
    { "DATA (2)", "DATA (2) (2)" },
    { "0123456789012345678901234567890", "012345678901234567890123456 (2)" },
    { "History", "History (2)" },
    { "营收", "营收" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = steward_xlsx_sanitize_sheet_name (cases[i].in, taken);

      g_assert_cmpstr (name, ==, cases[i].out);
    }
}

static void
test_sanitized_sheet_in_file (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(StewardReportResult) result = fees_by_client ();
  StewardXlsxOptions options = default_options (STEWARD_CHART_BAR_GROUPED);
  g_autofree char *workbook = NULL;
  g_autofree char *chart = NULL;

  options.data_sheet = "营收/成本: [2026]?";
  export_ok (result, &options, f->path);
  workbook = xlsx_read_part (f->path, "xl/workbook.xml");
  g_assert_nonnull (strstr (workbook, "<sheet name=\"营收_成本_ _2026__\" sheetId=\"1\""));
  chart = xlsx_read_part (f->path, "xl/charts/chart1.xml");
  g_assert_nonnull (strstr (chart, "<c:f>'营收_成本_ _2026__'!$B$2:$B$5</c:f>"));
}

static void
test_other_locale (Fixture       *f,
                   gconstpointer  data)
{
  const char *name = data;
  g_autoptr(StewardReportResult) result = fees_by_client ();
  StewardXlsxOptions options = default_options (STEWARD_CHART_LINE);
  g_autofree char *chart = NULL;
  g_autofree char *sheet = NULL;
  char printed[16];

  if (setlocale (LC_ALL, name) == NULL)
    {
      g_autofree char *message = g_strdup_printf ("the %s locale is not installed (dev.sh generates it)", name);

      g_test_skip (message);
      return;
    }

  export_ok (result, &options, f->path);
  check_fees_data_sheet (f->path);
  chart = xlsx_read_part (f->path, "xl/charts/chart1.xml");
  g_assert_nonnull (strstr (chart, "<c:v>1234.5</c:v>"));
  sheet = xlsx_read_part (f->path, "xl/worksheets/sheet1.xml");
  g_assert_null (strstr (sheet, "width=\"14,"));

  /* The export switched the numeric locale back: the rest of the program still prints the
   * user's decimal separator. */
  snprintf (printed, sizeof printed, "%.1f", 1.5);
  g_assert_cmpstr (printed, ==, strcmp (name, "de_DE.UTF-8") == 0 ? "1,5" : "1.5");
  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_failures_leave_nothing (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(StewardReportResult) result = fees_by_client ();
  StewardXlsxOptions options = default_options (STEWARD_CHART_BAR_GROUPED);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "r.xlsx", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *as_dir = g_build_filename (f->dir, "folder.xlsx", NULL);

  /* A folder that does not exist. */
  g_assert_false (steward_xlsx_export_result (result, &options, missing, NULL, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "r.xlsx"));
  g_clear_error (&error);
  g_assert_cmpuint (xlsx_dir_n_entries (f->dir), ==, 0);

  /* A destination that cannot be replaced (a folder): fails at the very end, after the whole
   * workbook was written, and the temporary file goes too. */
  g_assert_cmpint (g_mkdir (as_dir, 0700), ==, 0);
  g_assert_false (steward_xlsx_export_result (result, &options, as_dir, NULL, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_clear_error (&error);
  g_assert_cmpuint (xlsx_dir_n_entries (f->dir), ==, 1);
  g_assert_true (g_file_test (as_dir, G_FILE_TEST_IS_DIR));

  /* Cancelled: an older file of the same name is left exactly as it was. */
  g_assert_true (g_file_set_contents (f->path, "old report", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_false (steward_xlsx_export_result (result, &options, f->path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (f->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old report");
  g_assert_cmpuint (xlsx_dir_n_entries (f->dir), ==, 2);
}

/* A second opinion from a real spreadsheet program, when one is installed. */
static void
test_libreoffice_reads_it (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autoptr(StewardReportResult) result = fees_by_client ();
  StewardXlsxOptions options = default_options (STEWARD_CHART_BAR_GROUPED);
  g_autofree char *profile = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  export_ok (result, &options, f->path);
  profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", f->dir);
  {
    const char *argv[] = { soffice, profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                           "--outdir", f->dir, f->path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                  NULL, NULL, NULL, NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  csv_path = g_build_filename (f->dir, "report.csv", NULL);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "Client,Fee total,Requests,Response SLA,Average rating,Training hours"));
  g_assert_nonnull (strstr (csv, "\"=HYPERLINK(\"\"http://x\"\")\",\"¥1,234.50\",3,85.3%,4.60,1.5"));
  g_assert_nonnull (strstr (csv, "+86 123,¥0.99,1,100.0%,5.00,0.0"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("/xlsx/data-sheet", test_data_sheet, NULL);
  ADD ("/xlsx/formula-text-stays-text", test_formula_text_stays_text, NULL);
  ADD ("/xlsx/chart/bar-grouped", test_chart_types, &chart_cases[0]);
  ADD ("/xlsx/chart/bar-stacked", test_chart_types, &chart_cases[1]);
  ADD ("/xlsx/chart/line", test_chart_types, &chart_cases[2]);
  ADD ("/xlsx/chart/pie", test_chart_types, &chart_cases[3]);
  ADD ("/xlsx/chart/series", test_chart_with_series, NULL);
  ADD ("/xlsx/chart/pie-sums-series", test_pie_with_series_sums, NULL);
  ADD ("/xlsx/chart/none", test_no_chart, NULL);
  ADD ("/xlsx/column-widths", test_column_widths, NULL);
  ADD ("/xlsx/day-categories-are-dates", test_day_categories_are_dates, NULL);
  ADD ("/xlsx/definition-sheet", test_definition_sheet, NULL);
  ADD ("/xlsx/sanitized-sheet-name", test_sanitized_sheet_in_file, NULL);
  ADD ("/xlsx/locale/de_DE", test_other_locale, "de_DE.UTF-8");
  ADD ("/xlsx/locale/zh_CN", test_other_locale, "zh_CN.UTF-8");
  ADD ("/xlsx/failures-leave-nothing", test_failures_leave_nothing, NULL);
  ADD ("/xlsx/libreoffice", test_libreoffice_reads_it, NULL);
#undef ADD
  g_test_add_func ("/xlsx/sanitize-sheet-name", test_sanitize_sheet_name);

  return g_test_run ();
}
