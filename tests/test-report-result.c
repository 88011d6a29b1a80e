/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "chart-fixtures.h"
#include "steward-report-result.h"

static void
test_columns_and_rows (void)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();

  g_assert_cmpuint (steward_report_result_get_n_columns (result), ==, 2);
  g_assert_cmpstr (steward_report_result_get_column_id (result, 1), ==, "rating");
  g_assert_cmpint (steward_report_result_get_column_kind (result, 0), ==, STEWARD_MEASURE_KIND_MONEY);
  g_assert_cmpint (steward_report_result_find_column (result, "revenue"), ==, 0);
  g_assert_cmpint (steward_report_result_find_column (result, "nope"), ==, -1);
  g_assert_cmpuint (steward_report_result_get_n_rows (result), ==, 8);
  g_assert_cmpstr (steward_report_result_get_category_title (result), ==, "季度");
  g_assert_cmpstr (steward_report_result_get_series_key (result, 4), ==, "advisor");
  g_assert_cmpstr (steward_report_result_get_category_label (result, 4), ==, "2026年第2季度");
}

/* Categories and series are numbered in order of first appearance, the engine's ORDER BY. */
static void
test_categories_and_series (void)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();

  g_assert_true (steward_report_result_has_series (result));
  g_assert_cmpuint (steward_report_result_get_n_categories (result), ==, 3);
  g_assert_cmpuint (steward_report_result_get_n_series (result), ==, 3);
  g_assert_cmpstr (steward_report_result_get_nth_category_label (result, 2), ==, "2026年第3季度");
  g_assert_cmpstr (steward_report_result_get_nth_series_label (result, 1), ==, "专项培训");
  g_assert_cmpstr (steward_report_result_get_nth_series_label (result, 2), ==, "专属技术顾问");
  /* Q2 has no training row; Q2 advisor is row 4. */
  g_assert_cmpint (steward_report_result_lookup_row (result, 1, 1), ==, -1);
  g_assert_cmpint (steward_report_result_lookup_row (result, 1, 2), ==, 4);
  g_assert_cmpuint (steward_report_result_get_row_category (result, 7), ==, 2);
  g_assert_cmpuint (steward_report_result_get_row_series (result, 7), ==, 2);
}

static void
test_without_series (void)
{
  g_autoptr(StewardReportResult) result = fixture_counts_by_month ();

  g_assert_false (steward_report_result_has_series (result));
  g_assert_cmpuint (steward_report_result_get_n_series (result), ==, 1);
  g_assert_null (steward_report_result_get_nth_series_label (result, 0));
  g_assert_null (steward_report_result_get_series_key (result, 0));
  g_assert_cmpint (steward_report_result_lookup_row (result, 2, 0), ==, 2);
  g_assert_cmpint (steward_report_result_get_int (result, 2, 0), ==, 40);
}

/* Empty (no ratings, no SLA deadlines) is not zero. */
static void
test_empty_is_not_zero (void)
{
  g_autoptr(StewardReportResult) result = steward_report_result_new ();
  g_autofree char *empty = NULL;
  g_autofree char *zero = NULL;

  steward_report_result_add_column (result, "sla", "Response SLA", STEWARD_MEASURE_KIND_PERCENT);
  steward_report_result_add_row (result, "a", "A", NULL, NULL);
  steward_report_result_add_row (result, "b", "B", NULL, NULL);
  steward_report_result_set_int (result, 1, 0, 0);

  g_assert_true (steward_report_result_is_empty (result, 0, 0));
  g_assert_false (steward_report_result_is_empty (result, 1, 0));
  empty = steward_report_result_format_cell (result, 0, 0);
  zero = steward_report_result_format_cell (result, 1, 0);
  g_assert_cmpstr (empty, ==, "—");
  g_assert_cmpstr (zero, ==, "0.0%");

  steward_report_result_set_empty (result, 1, 0);
  g_assert_true (steward_report_result_is_empty (result, 1, 0));
}

static void
assert_format (StewardMeasureKind kind,
               gint64             value,
               const char        *expected)
{
  g_autofree char *text = steward_report_format_int_value (kind, value);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_format_values (void)
{
  assert_format (STEWARD_MEASURE_KIND_MONEY, 123450, "¥1,234.50");
  assert_format (STEWARD_MEASURE_KIND_MONEY, 10000000000, "¥100,000,000.00");
  assert_format (STEWARD_MEASURE_KIND_MONEY, -1200, "-¥12.00");
  assert_format (STEWARD_MEASURE_KIND_MONEY, 5, "¥0.05");
  assert_format (STEWARD_MEASURE_KIND_COUNT, 1234567, "1,234,567");
  assert_format (STEWARD_MEASURE_KIND_COUNT, 0, "0");
  /* Basis points to one decimal, half rounded up: 85.25% → 85.3%. */
  assert_format (STEWARD_MEASURE_KIND_PERCENT, 8525, "85.3%");
  assert_format (STEWARD_MEASURE_KIND_PERCENT, 8524, "85.2%");
  assert_format (STEWARD_MEASURE_KIND_PERCENT, 10000, "100.0%");
  /* Minutes shown in hours. */
  assert_format (STEWARD_MEASURE_KIND_HOURS, 90, "1.5 h");
  assert_format (STEWARD_MEASURE_KIND_HOURS, 120, "2 h");
  assert_format (STEWARD_MEASURE_KIND_HOURS, 100, "1.7 h");
}

static void
test_plot_values (void)
{
  g_autoptr(StewardReportResult) result = steward_report_result_new ();
  g_autofree char *rating = NULL;

  steward_report_result_add_column (result, "fee", "Fee", STEWARD_MEASURE_KIND_MONEY);
  steward_report_result_add_column (result, "sla", "SLA", STEWARD_MEASURE_KIND_PERCENT);
  steward_report_result_add_column (result, "rating", "Rating", STEWARD_MEASURE_KIND_RATING);
  steward_report_result_add_column (result, "hours", "Hours", STEWARD_MEASURE_KIND_HOURS);
  steward_report_result_add_row (result, "a", "A", NULL, NULL);
  steward_report_result_set_int (result, 0, 0, 123450);
  steward_report_result_set_int (result, 0, 1, 8525);
  steward_report_result_set_double (result, 0, 2, 4.55);
  steward_report_result_set_int (result, 0, 3, 150);

  g_assert_cmpfloat (steward_report_result_get_plot_value (result, 0, 0), ==, 123450.0);
  g_assert_cmpfloat_with_epsilon (steward_report_result_get_plot_value (result, 0, 1), 85.25, 1e-12);
  g_assert_cmpfloat (steward_report_result_get_plot_value (result, 0, 2), ==, 4.55);
  g_assert_cmpfloat (steward_report_result_get_plot_value (result, 0, 3), ==, 2.5);
  rating = steward_report_result_format_cell (result, 0, 2);
  g_assert_cmpstr (rating, ==, "4.6");
}

static void
test_chart_type_codes (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (STEWARD_TYPE_CHART_TYPE);

  g_assert_cmpstr (g_enum_get_value (klass, STEWARD_CHART_BAR_GROUPED)->value_nick, ==, "bar-grouped");
  g_assert_cmpstr (g_enum_get_value (klass, STEWARD_CHART_BAR_STACKED)->value_nick, ==, "bar-stacked");
  g_assert_cmpint (g_enum_get_value_by_nick (klass, "pie")->value, ==, STEWARD_CHART_PIE);
  g_assert_cmpint (g_enum_get_value_by_nick (klass, "table")->value, ==, STEWARD_CHART_TABLE);
}

/* Rows mixing series and no series would make the chart's grouping meaningless. */
static void
test_mixed_series_refused (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(StewardReportResult) result = fixture_counts_by_month ();
      steward_report_result_add_row (result, "x", "X", "s", "S");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*series_key != NULL*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/report-result/columns-and-rows", test_columns_and_rows);
  g_test_add_func ("/report-result/categories-and-series", test_categories_and_series);
  g_test_add_func ("/report-result/without-series", test_without_series);
  g_test_add_func ("/report-result/empty-is-not-zero", test_empty_is_not_zero);
  g_test_add_func ("/report-result/format-values", test_format_values);
  g_test_add_func ("/report-result/plot-values", test_plot_values);
  g_test_add_func ("/report-result/chart-type-codes", test_chart_type_codes);
  g_test_add_func ("/report-result/mixed-series-refused", test_mixed_series_refused);
  return g_test_run ();
}
