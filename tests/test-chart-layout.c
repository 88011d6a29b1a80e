/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "chart-fixtures.h"
#include "steward-chart-hit.h"
#include "steward-chart-layout.h"

static StewardChartLayout *
make_layout (StewardReportResult *result,
             StewardChartType     type,
             guint                measure,
             double               width,
             double               height)
{
  StewardChartOptions options = { type, measure, STEWARD_CHART_PALETTE_LIGHT, "Sans 10", NULL };

  return steward_chart_layout_new (result, &options, width, height, NULL);
}

static void
assert_axis (double min, double max, double min_step,
             double lo, double hi, double step)
{
  double l, h, s;

  steward_chart_nice_axis (min, max, 5, min_step, &l, &h, &s);
  g_assert_cmpfloat_with_epsilon (l, lo, 1e-9);
  g_assert_cmpfloat_with_epsilon (h, hi, 1e-9);
  g_assert_cmpfloat_with_epsilon (s, step, 1e-9);
}

static void
test_nice_axis (void)
{
  assert_axis (0, 87, 1, 0, 100, 20);
  /* ¥0–¥12,345.00 in fen: steps of ¥2,500. */
  assert_axis (0, 1234500, 1, 0, 1250000, 250000);
  assert_axis (0, 12, 1, 0, 12.5, 2.5);
  assert_axis (0, 3, 1, 0, 3, 1);          /* counts never step by 0.6 */
  assert_axis (-500, 1200, 1, -500, 1500, 500);
  assert_axis (0, 0.3, 0, 0, 0.3, 0.1);
  /* All zeros: a count axis 0–5, so an empty month still has a scale. */
  assert_axis (0, 0, 1, 0, 5, 1);
  /* A single value against zero. */
  assert_axis (0, 7, 1, 0, 8, 2);
  assert_axis (-7, 0, 1, -8, 0, 2);
}

static void
assert_tick (StewardMeasureKind kind, double value, double step, const char *expected)
{
  g_autofree char *text = steward_chart_format_tick (kind, value, step);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_tick_labels (void)
{
  assert_tick (STEWARD_MEASURE_KIND_MONEY, 1250000, 250000, "¥12,500");
  assert_tick (STEWARD_MEASURE_KIND_MONEY, 0, 250000, "¥0");
  assert_tick (STEWARD_MEASURE_KIND_MONEY, 50, 50, "¥0.50");
  assert_tick (STEWARD_MEASURE_KIND_MONEY, -50000, 50000, "-¥500");
  assert_tick (STEWARD_MEASURE_KIND_PERCENT, 85, 5, "85%");
  assert_tick (STEWARD_MEASURE_KIND_PERCENT, 12.5, 2.5, "12.5%");
  assert_tick (STEWARD_MEASURE_KIND_COUNT, 1200, 200, "1,200");
  assert_tick (STEWARD_MEASURE_KIND_HOURS, 2.5, 0.5, "2.5 h");
  assert_tick (STEWARD_MEASURE_KIND_RATING, 4, 1, "4");
}

/* 10, 20, 40 requests on a 0–40 axis: each bar's height is its share of the plot's height,
 * the bars are centred in equal slots and sit on the zero line. */
static void
test_bar_rectangles (void)
{
  g_autoptr(StewardReportResult) result = fixture_counts_by_month ();
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_BAR_GROUPED, 0, 600, 400);
  StewardChartRect plot = steward_chart_layout_get_plot_area (layout);
  const double values[] = { 10, 20, 40 };
  const StewardChartBar *bars;
  double min, max, step, slot, width;
  guint n;

  g_assert_true (steward_chart_layout_get_axis (layout, &min, &max, &step));
  g_assert_cmpfloat (min, ==, 0);
  g_assert_cmpfloat (max, ==, 40);
  bars = steward_chart_layout_get_bars (layout, &n);
  g_assert_cmpuint (n, ==, 3);
  slot = plot.width / 3;
  width = MIN (slot * 0.72, 56);
  g_assert_cmpfloat (width, ==, 56);  /* a few bars are capped, not walls of colour */
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (bars[i].item.row, ==, (int) i);
      g_assert_cmpuint (bars[i].item.category, ==, i);
      g_assert_cmpfloat_with_epsilon (bars[i].rect.width, width, 1e-9);
      g_assert_cmpfloat_with_epsilon (bars[i].rect.x, plot.x + i * slot + (slot - width) / 2, 1e-9);
      g_assert_cmpfloat_with_epsilon (bars[i].rect.height, plot.height * values[i] / 40, 1e-9);
      g_assert_cmpfloat_with_epsilon (bars[i].rect.y + bars[i].rect.height, plot.y + plot.height, 1e-9);
    }
  /* The 40 bar reaches the top of the plot. */
  g_assert_cmpfloat_with_epsilon (bars[2].rect.y, plot.y, 1e-9);
}

static void
test_grouped_bars_side_by_side (void)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_BAR_GROUPED, 0, 800, 400);
  const StewardChartBar *bars;
  guint n, n_legend;

  bars = steward_chart_layout_get_bars (layout, &n);
  g_assert_cmpuint (n, ==, 8);  /* Q2 has no training bar */
  /* Q1: remote, training, advisor next to each other, left to right. */
  g_assert_cmpfloat_with_epsilon (bars[1].rect.x, bars[0].rect.x + bars[0].rect.width, 1e-9);
  g_assert_cmpfloat_with_epsilon (bars[2].rect.x, bars[1].rect.x + bars[1].rect.width, 1e-9);
  /* ¥3,000 is 2.5 times ¥1,200. */
  g_assert_cmpfloat_with_epsilon (bars[1].rect.height / bars[0].rect.height, 2.5, 1e-9);
  g_assert_cmpuint (bars[4].item.series, ==, 2);
  g_assert_cmpint (bars[4].item.row, ==, 4);
  steward_chart_layout_get_legend (layout, &n_legend);
  g_assert_cmpuint (n_legend, ==, 3);
}

/* Stacked segments of a quarter sit on each other and add up to the quarter's total. */
static void
test_stacked_bars_sum (void)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_BAR_STACKED, 0, 800, 400);
  StewardChartRect plot = steward_chart_layout_get_plot_area (layout);
  const StewardChartBar *bars;
  double min, max, step;
  guint n;

  steward_chart_layout_get_axis (layout, &min, &max, &step);
  /* The tallest stack is Q3: ¥900.50 + ¥4,000 + ¥1,000 = ¥5,900.50 → axis to ¥6,000. */
  g_assert_cmpfloat (max, ==, 600000);
  bars = steward_chart_layout_get_bars (layout, &n);
  g_assert_cmpuint (n, ==, 8);
  /* Q3 is bars 5, 6, 7. */
  g_assert_cmpfloat_with_epsilon (bars[5].rect.y + bars[5].rect.height, plot.y + plot.height, 1e-9);
  g_assert_cmpfloat_with_epsilon (bars[6].rect.y + bars[6].rect.height, bars[5].rect.y, 1e-9);
  g_assert_cmpfloat_with_epsilon (bars[7].rect.y + bars[7].rect.height, bars[6].rect.y, 1e-9);
  g_assert_cmpfloat_with_epsilon (bars[5].rect.height + bars[6].rect.height + bars[7].rect.height,
                                  plot.height * 590050.0 / 600000.0, 1e-9);
  g_assert_cmpfloat (bars[5].rect.x, ==, bars[7].rect.x);
}

static void
test_line_points (void)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_LINE, 0, 800, 400);
  const StewardChartPoint *points;
  guint n;

  points = steward_chart_layout_get_points (layout, &n);
  g_assert_cmpuint (n, ==, 8);
  /* Series by series: remote Q1 Q2 Q3, training Q1 (Q2 missing) Q3, advisor Q1 Q2 Q3. */
  g_assert_false (points[0].joins_previous);
  g_assert_true (points[1].joins_previous);
  g_assert_cmpuint (points[3].item.series, ==, 1);
  g_assert_cmpuint (points[4].item.category, ==, 2);
  g_assert_false (points[4].joins_previous);  /* the line breaks where Q2 has no training */
  g_assert_cmpfloat (points[0].x, ==, points[3].x);
}

/* Slices are revenue per quarter (series summed): ¥5,000 / ¥3,500 / ¥5,900.50. */
static void
test_pie_angles (void)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_PIE, 0, 700, 400);
  const double totals[] = { 500000, 350000, 590050 };
  const StewardChartSlice *slices;
  double sum = 0;
  guint n;

  slices = steward_chart_layout_get_slices (layout, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpfloat_with_epsilon (slices[0].start_angle, -G_PI / 2, 1e-12);
  for (guint i = 0; i < n; i++)
    {
      double span = slices[i].end_angle - slices[i].start_angle;

      g_assert_cmpfloat_with_epsilon (slices[i].value, totals[i], 1e-9);
      g_assert_cmpfloat_with_epsilon (slices[i].share, totals[i] / 1440050.0, 1e-12);
      g_assert_cmpfloat_with_epsilon (span, 2 * G_PI * totals[i] / 1440050.0, 1e-9);
      g_assert_cmpint (slices[i].item.row, ==, -1);  /* several rows make one slice */
      if (i > 0)
        g_assert_cmpfloat (slices[i].start_angle, ==, slices[i - 1].end_angle);
      sum += span;
    }
  g_assert_cmpfloat_with_epsilon (sum, 2 * G_PI, 1e-9);
}

/* Thirty clients: the nine largest keep a slice, the rest become "Other". */
static void
test_pie_other (void)
{
  g_autoptr(StewardReportResult) result = fixture_long_chinese_names (30);
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_PIE, 0, 900, 500);
  const StewardChartSlice *slices;
  double sum = 0;
  guint n;

  slices = steward_chart_layout_get_slices (layout, &n);
  g_assert_cmpuint (n, ==, STEWARD_CHART_PIE_MAX_SLICES);
  g_assert_cmpuint (slices[0].item.category, ==, 21);  /* clients 22–30 are the largest */
  g_assert_cmpuint (slices[n - 1].item.category, ==, G_MAXUINT);
  g_assert_cmpint (slices[n - 1].item.row, ==, -1);
  /* Clients 1–21: (1 + … + 21) × ¥1,000 = ¥231,000. */
  g_assert_cmpfloat (slices[n - 1].value, ==, 23100000);
  for (guint i = 0; i < n; i++)
    sum += slices[i].end_angle - slices[i].start_angle;
  g_assert_cmpfloat_with_epsilon (sum, 2 * G_PI, 1e-9);
}

static void
test_pie_refuses_ratings (void)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_PIE, 1, 700, 400);
  guint n;

  g_assert_nonnull (steward_chart_layout_get_message (layout));
  steward_chart_layout_get_slices (layout, &n);
  g_assert_cmpuint (n, ==, 0);
}

static void
test_hit_bars (void)
{
  g_autoptr(StewardReportResult) result = fixture_counts_by_month ();
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_BAR_GROUPED, 0, 600, 400);
  const StewardChartBar *bars;
  StewardChartItem item;
  g_autofree char *tooltip = NULL;
  guint n;

  bars = steward_chart_layout_get_bars (layout, &n);
  g_assert_true (steward_chart_hit_test (layout, bars[1].rect.x + bars[1].rect.width / 2,
                                         bars[1].rect.y + bars[1].rect.height / 2, &item));
  g_assert_cmpint (item.kind, ==, STEWARD_CHART_ITEM_BAR);
  g_assert_cmpint (item.row, ==, 1);
  tooltip = steward_chart_describe_item (layout, &item);
  g_assert_cmpstr (tooltip, ==, "2026-02\nRequests: 20");
  /* Just above the 20 bar is empty space, and so is the canvas corner. */
  g_assert_false (steward_chart_hit_test (layout, bars[1].rect.x + 1, bars[1].rect.y - 10, &item));
  g_assert_cmpint (item.kind, ==, STEWARD_CHART_ITEM_NONE);
  g_assert_false (steward_chart_hit_test (layout, 2, 2, &item));
}

static void
test_hit_slices (void)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_PIE, 0, 700, 400);
  const StewardChartSlice *slices;
  StewardChartItem item;
  guint n;

  slices = steward_chart_layout_get_slices (layout, &n);
  for (guint i = 0; i < n; i++)
    {
      double middle = (slices[i].start_angle + slices[i].end_angle) / 2;
      double x = slices[i].cx + cos (middle) * slices[i].radius / 2;
      double y = slices[i].cy + sin (middle) * slices[i].radius / 2;

      g_assert_true (steward_chart_hit_test (layout, x, y, &item));
      g_assert_cmpint (item.kind, ==, STEWARD_CHART_ITEM_SLICE);
      g_assert_cmpuint (item.category, ==, i);
    }
  /* Outside the circle, beside the pie. */
  g_assert_false (steward_chart_hit_test (layout, slices[0].cx - slices[0].radius - 3,
                                          slices[0].cy - slices[0].radius - 3, &item));
}

static void
test_hit_table_rows (void)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_TABLE, 0, 700, 400);
  const StewardChartBar *rows;
  StewardChartItem item;
  g_autofree char *tooltip = NULL;
  guint n;

  rows = steward_chart_layout_get_table_rows (layout, &n);
  g_assert_cmpuint (n, ==, 8);
  g_assert_true (steward_chart_hit_test (layout, rows[5].rect.x + 30, rows[5].rect.y + 5, &item));
  g_assert_cmpint (item.kind, ==, STEWARD_CHART_ITEM_TABLE_ROW);
  g_assert_cmpint (item.row, ==, 5);
  g_assert_cmpuint (item.category, ==, 2);
  tooltip = steward_chart_describe_item (layout, &item);
  g_assert_cmpstr (tooltip, ==, "2026年第3季度 · 远程协助\n收入: ¥900.50\n平均评分: 3.9");
}

/* Clicking a series in the legend names the series. */
static void
test_hit_legend (void)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_BAR_GROUPED, 0, 800, 400);
  const StewardChartLegendEntry *legend;
  StewardChartItem item;
  g_autofree char *tooltip = NULL;
  guint n;

  legend = steward_chart_layout_get_legend (layout, &n);
  g_assert_true (steward_chart_hit_test (layout, legend[1].swatch.x + 2, legend[1].swatch.y + 2, &item));
  g_assert_cmpint (item.kind, ==, STEWARD_CHART_ITEM_LEGEND);
  g_assert_cmpuint (item.series, ==, 1);
  g_assert_cmpint (item.row, ==, -1);
  tooltip = steward_chart_describe_item (layout, &item);
  g_assert_cmpstr (tooltip, ==, "专项培训");
}

/* Separating-axis test: two convex quadrilaterals overlap unless some edge's normal separates
 * their projections. A touching edge (within 0.01 px) counts as apart. */
static gboolean
quads_overlap (const double a[8],
               const double b[8])
{
  const double *quads[2] = { a, b };

  for (guint q = 0; q < 2; q++)
    for (guint e = 0; e < 4; e++)
      {
        const double *p = quads[q];
        double nx = -(p[(2 * e + 3) % 8] - p[2 * e + 1]);
        double ny = p[(2 * e + 2) % 8] - p[2 * e];
        double min_a = G_MAXDOUBLE, max_a = -G_MAXDOUBLE, min_b = G_MAXDOUBLE, max_b = -G_MAXDOUBLE;
        double length = hypot (nx, ny);

        for (guint v = 0; v < 4; v++)
          {
            double pa = (a[2 * v] * nx + a[2 * v + 1] * ny) / length;
            double pb = (b[2 * v] * nx + b[2 * v + 1] * ny) / length;
            min_a = MIN (min_a, pa), max_a = MAX (max_a, pa);
            min_b = MIN (min_b, pb), max_b = MAX (max_b, pb);
          }
        if (max_a <= min_b + 0.01 || max_b <= min_a + 0.01)
          return FALSE;
      }
  return TRUE;
}

static void
assert_labels_apart (StewardChartLayout *layout)
{
  const StewardChartLabel *labels;
  double width, height;
  guint n;

  steward_chart_layout_get_size (layout, &width, &height);
  labels = steward_chart_layout_get_category_labels (layout, &n);
  g_assert_cmpuint (n, >=, 10);
  for (guint i = 0; i < n; i++)
    {
      double ci[8];

      steward_chart_label_get_corners (&labels[i], ci);
      for (guint k = 0; k < 8; k += 2)
        {
          g_assert_cmpfloat (ci[k], >=, 0);
          g_assert_cmpfloat (ci[k], <=, width);
          g_assert_cmpfloat (ci[k + 1], >=, 0);
          g_assert_cmpfloat (ci[k + 1], <=, height);
        }
      for (guint j = i + 1; j < n; j++)
        {
          double cj[8];

          steward_chart_label_get_corners (&labels[j], cj);
          if (quads_overlap (ci, cj))
            g_error ("labels %u (%s) and %u (%s) overlap", i, labels[i].text, j, labels[j].text);
        }
    }
}

static void
test_long_chinese_labels (void)
{
  g_autoptr(StewardReportResult) result = fixture_long_chinese_names (30);
  const double sizes[][2] = { { 900, 500 }, { 640, 400 }, { 1400, 700 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_BAR_GROUPED, 0,
                                                          sizes[s][0], sizes[s][1]);
      const StewardChartLabel *labels;
      guint n;

      assert_labels_apart (layout);
      labels = steward_chart_layout_get_category_labels (layout, &n);
      /* Names this long are cut with an ellipsis, between characters. */
      g_assert_true (labels[0].ellipsized);
      g_assert_true (g_str_has_suffix (labels[0].text, "…"));
      g_assert_true (g_str_has_prefix (labels[0].text, "北京市第1精密"));
      g_assert_true (g_utf8_validate (labels[0].text, -1, NULL));
    }
}

/* Three short month names fit level and whole. */
static void
test_short_labels_level (void)
{
  g_autoptr(StewardReportResult) result = fixture_counts_by_month ();
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_LINE, 0, 600, 400);
  const StewardChartLabel *labels;
  guint n;

  labels = steward_chart_layout_get_category_labels (layout, &n);
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat (labels[i].angle, ==, 0);
      g_assert_false (labels[i].ellipsized);
    }
  g_assert_cmpstr (labels[2].text, ==, "2026-03");
}

static void
test_empty_result (void)
{
  g_autoptr(StewardReportResult) result = steward_report_result_new ();
  StewardChartItem item;
  guint n;

  steward_report_result_add_column (result, "count", "Requests", STEWARD_MEASURE_KIND_COUNT);
  for (StewardChartType type = STEWARD_CHART_BAR_GROUPED; type <= STEWARD_CHART_TABLE; type++)
    {
      g_autoptr(StewardChartLayout) layout = make_layout (result, type, 0, 400, 300);

      g_assert_cmpstr (steward_chart_layout_get_message (layout), ==, "No data");
      g_assert_false (steward_chart_layout_get_axis (layout, NULL, NULL, NULL));
      steward_chart_layout_get_bars (layout, &n);
      g_assert_cmpuint (n, ==, 0);
      g_assert_false (steward_chart_hit_test (layout, 200, 150, &item));
    }
}

/* One value: one modest bar on an axis that starts at zero. */
static void
test_single_value (void)
{
  g_autoptr(StewardReportResult) result = steward_report_result_new ();
  g_autoptr(StewardChartLayout) layout = NULL;
  const StewardChartBar *bars;
  double min, max, step;
  guint n;

  steward_report_result_add_column (result, "fee", "Fee", STEWARD_MEASURE_KIND_MONEY);
  steward_report_result_add_row (result, "remote", "Remote assistance", NULL, NULL);
  steward_report_result_set_int (result, 0, 0, 20000);
  layout = make_layout (result, STEWARD_CHART_BAR_GROUPED, 0, 600, 400);
  steward_chart_layout_get_axis (layout, &min, &max, &step);
  g_assert_cmpfloat (min, ==, 0);
  g_assert_cmpfloat (max, ==, 20000);
  bars = steward_chart_layout_get_bars (layout, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat (bars[0].rect.width, ==, 56);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-layout/nice-axis", test_nice_axis);
  g_test_add_func ("/chart-layout/tick-labels", test_tick_labels);
  g_test_add_func ("/chart-layout/bar-rectangles", test_bar_rectangles);
  g_test_add_func ("/chart-layout/grouped-bars", test_grouped_bars_side_by_side);
  g_test_add_func ("/chart-layout/stacked-bars-sum", test_stacked_bars_sum);
  g_test_add_func ("/chart-layout/line-points", test_line_points);
  g_test_add_func ("/chart-layout/pie-angles", test_pie_angles);
  g_test_add_func ("/chart-layout/pie-other", test_pie_other);
  g_test_add_func ("/chart-layout/pie-refuses-ratings", test_pie_refuses_ratings);
  g_test_add_func ("/chart-layout/hit-bars", test_hit_bars);
  g_test_add_func ("/chart-layout/hit-slices", test_hit_slices);
  g_test_add_func ("/chart-layout/hit-table-rows", test_hit_table_rows);
  g_test_add_func ("/chart-layout/hit-legend", test_hit_legend);
  g_test_add_func ("/chart-layout/long-chinese-labels", test_long_chinese_labels);
  g_test_add_func ("/chart-layout/short-labels-level", test_short_labels_level);
  g_test_add_func ("/chart-layout/empty-result", test_empty_result);
  g_test_add_func ("/chart-layout/single-value", test_single_value);
  return g_test_run ();
}
