/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "chart-fixtures.h"
#include "steward-chart-layout.h"

/* Legends at a phone's width: names wrap onto more rows (bars, lines) or move under the pie,
 * and only a name wider than the whole chart is cut. The chart's frame is the canvas less a
 * 16 px margin each side. */

#define MARGIN 16.0

static const char * const services_en[] = {
  "Dedicated technical advisor", "Remote assistance", "Personalised configuration",
  "Specialised training", "Report customisation", "Data visualisation",
};

static const char * const services_zh[] = {
  "专属技术顾问", "远程协助", "个性化配置", "专项培训", "报表定制", "数据可视化",
};

/* Three months × one series per name, revenue ¥100 × (series + 1). */
static StewardReportResult *
series_result (const char * const *names,
               guint               n)
{
  StewardReportResult *result = steward_report_result_new ();
  static const char *months[] = { "2026-01", "2026-02", "2026-03" };

  steward_report_result_add_column (result, "revenue", "Revenue", STEWARD_MEASURE_KIND_MONEY);
  steward_report_result_set_titles (result, "Month", "Service");
  for (guint m = 0; m < G_N_ELEMENTS (months); m++)
    for (guint s = 0; s < n; s++)
      {
        g_autofree char *key = g_strdup_printf ("s%u", s);
        guint row = steward_report_result_add_row (result, months[m], months[m], key, names[s]);

        steward_report_result_set_int (result, row, 0, (gint64) (s + 1) * 10000);
      }
  return result;
}

/* One category per name (a pie's slices), ¥1,000 × (i + 1). */
static StewardReportResult *
category_result (const char * const *names,
                 guint               n)
{
  StewardReportResult *result = steward_report_result_new ();

  steward_report_result_add_column (result, "revenue", "Revenue", STEWARD_MEASURE_KIND_MONEY);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *key = g_strdup_printf ("c%u", i);
      guint row = steward_report_result_add_row (result, key, names[i], NULL, NULL);

      steward_report_result_set_int (result, row, 0, (gint64) (i + 1) * 100000);
    }
  return result;
}

static StewardChartLayout *
make_layout (StewardReportResult *result,
             StewardChartType     type,
             double               width,
             double               height)
{
  StewardChartOptions options = { type, 0, STEWARD_CHART_PALETTE_LIGHT, "Sans 10", NULL };

  return steward_chart_layout_new (result, &options, width, height, NULL);
}

static const StewardChartLabel *
legend_name (StewardChartLayout            *layout,
             const StewardChartLegendEntry *entry)
{
  guint n;
  const StewardChartLabel *labels = steward_chart_layout_get_labels (layout, &n);

  g_assert_cmpuint (entry->label, <, n);
  return &labels[entry->label];
}

/* Every entry's name is whole, reads `names[i]`, starts right of its swatch and ends inside the
 * chart's frame. */
static void
assert_names_whole (StewardChartLayout *layout,
                    const char * const *names,
                    guint               n)
{
  const StewardChartLegendEntry *legend;
  double width, height;
  guint n_legend;

  steward_chart_layout_get_size (layout, &width, &height);
  legend = steward_chart_layout_get_legend (layout, &n_legend);
  g_assert_cmpuint (n_legend, ==, n);
  for (guint i = 0; i < n; i++)
    {
      const StewardChartLabel *name = legend_name (layout, &legend[i]);

      g_assert_false (name->ellipsized);
      g_assert_cmpstr (name->text, ==, names[i]);
      g_assert_cmpfloat (name->x, >, legend[i].swatch.x + legend[i].swatch.width);
      g_assert_cmpfloat (name->x + name->width, <=, width - MARGIN + 0.01);
    }
}

/* The legend's rows: entries with the same swatch y share a row; `rows[i]` is entry i's row. */
static void
assert_rows (StewardChartLayout *layout,
             const guint        *rows,
             guint               n)
{
  const StewardChartLegendEntry *legend;
  guint n_legend, row = 0;

  legend = steward_chart_layout_get_legend (layout, &n_legend);
  g_assert_cmpuint (n_legend, ==, n);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0 && legend[i].swatch.y > legend[i - 1].swatch.y)
        {
          row++;
          /* A new row starts at the frame's left edge. */
          g_assert_cmpfloat_with_epsilon (legend[i].swatch.x, MARGIN, 1e-9);
        }
      else if (i > 0)
        {
          g_assert_cmpfloat (legend[i].swatch.y, ==, legend[i - 1].swatch.y);
          g_assert_cmpfloat (legend[i].swatch.x, >, legend[i - 1].swatch.x);
        }
      if (rows[i] != row)
        g_error ("legend entry %u (%s) on row %u, expected %u", i,
                 legend_name (layout, &legend[i])->text, row, rows[i]);
    }
}

/* 320 px: no two of the English service names fit on a row of 288 px, so each has a row of its
 * own — none is cut (the old legend cut them all to a third of the width). The plot keeps the
 * rest of the chart, under the legend. */
static void
test_series_narrow_english (void)
{
  g_autoptr(StewardReportResult) result = series_result (services_en, 6);
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_BAR_STACKED, 320, 480);
  const guint rows[] = { 0, 1, 2, 3, 4, 5 };
  const StewardChartLegendEntry *legend;
  StewardChartRect plot = steward_chart_layout_get_plot_area (layout);
  guint n;

  assert_names_whole (layout, services_en, 6);
  assert_rows (layout, rows, 6);
  legend = steward_chart_layout_get_legend (layout, &n);
  g_assert_cmpfloat (plot.y, >, legend[5].swatch.y + legend[5].swatch.height);
  g_assert_cmpfloat (plot.height, >, 150);
}

/* The same at 340 px in Chinese: three short names to a row, two rows. */
static void
test_series_narrow_chinese (void)
{
  g_autoptr(StewardReportResult) result = series_result (services_zh, 6);
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_LINE, 340, 480);
  const guint rows[] = { 0, 0, 0, 1, 1, 1 };

  assert_names_whole (layout, services_zh, 6);
  assert_rows (layout, rows, 6);
}

/* Wide, the English names share one row, whole, as before. */
static void
test_series_wide_one_row (void)
{
  g_autoptr(StewardReportResult) result = series_result (services_en, 6);
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_BAR_GROUPED, 1200, 500);
  const guint rows[] = { 0, 0, 0, 0, 0, 0 };

  assert_names_whole (layout, services_en, 6);
  assert_rows (layout, rows, 6);
}

/* At 300 px a company name of 22 characters is wider than the chart: that one is cut, between
 * characters, ending inside the frame; the shorter names beside it stay whole on rows of their
 * own. */
static void
test_series_name_wider_than_chart (void)
{
  const char * const names[] = {
    "北京市第1精密机械制造与智能科技股份有限公司", "上海云帆信息科技有限公司",
    "Dedicated technical advisor",
  };
  g_autoptr(StewardReportResult) result = series_result (names, 3);
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_BAR_GROUPED, 300, 400);
  const guint rows[] = { 0, 1, 2 };
  const StewardChartLegendEntry *legend;
  const StewardChartLabel *cut;
  guint n;

  assert_rows (layout, rows, 3);
  legend = steward_chart_layout_get_legend (layout, &n);
  cut = legend_name (layout, &legend[0]);
  g_assert_true (cut->ellipsized);
  g_assert_true (g_str_has_prefix (cut->text, "北京市第1精密"));
  g_assert_true (g_str_has_suffix (cut->text, "…"));
  g_assert_cmpfloat (cut->x + cut->width, <=, 300 - MARGIN + 0.01);
  for (guint i = 1; i < 3; i++)
    {
      g_assert_false (legend_name (layout, &legend[i])->ellipsized);
      g_assert_cmpstr (legend_name (layout, &legend[i])->text, ==, names[i]);
    }
}

/* The shares printed on the slices, in order. */
static void
assert_shares (StewardChartLayout *layout,
               const char * const *expected)
{
  const StewardChartLabel *labels;
  guint n, k = 0;

  labels = steward_chart_layout_get_labels (layout, &n);
  for (guint i = 0; i < n; i++)
    if (labels[i].style == STEWARD_CHART_LABEL_INVERSE)
      {
        g_assert_nonnull (expected[k]);
        g_assert_cmpstr (labels[i].text, ==, expected[k]);
        k++;
      }
  g_assert_null (expected[k]);
}

/* A narrow pie: the English legend (names and "¥6,000 · 29%") does not fit beside a pie, so it
 * goes under it, one slice a line, every name whole, and the pie keeps a useful size. */
static void
test_pie_narrow_legend_below (void)
{
  g_autoptr(StewardReportResult) result = category_result (services_en, 6);
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_PIE, 340, 480);
  StewardChartRect plot = steward_chart_layout_get_plot_area (layout);
  const StewardChartLegendEntry *legend;
  guint n;

  assert_names_whole (layout, services_en, 6);
  legend = steward_chart_layout_get_legend (layout, &n);
  g_assert_cmpfloat (plot.width, >=, 80);
  g_assert_cmpfloat (plot.x, >=, MARGIN);
  g_assert_cmpfloat (plot.x + plot.width, <=, 340 - MARGIN);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat (legend[i].swatch.y, >, plot.y + plot.height);
      g_assert_cmpfloat (legend[i].swatch.x, ==, legend[0].swatch.x);
      if (i > 0)
        g_assert_cmpfloat (legend[i].swatch.y, >, legend[i - 1].swatch.y);
    }
}

/* The same in Chinese at 360 px: short names, still under the pie (beside it the pie would be
 * smaller than 120 px), whole. */
static void
test_pie_narrow_chinese (void)
{
  g_autoptr(StewardReportResult) result = category_result (services_zh, 6);
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_PIE, 360, 480);
  StewardChartRect plot = steward_chart_layout_get_plot_area (layout);
  const StewardChartLegendEntry *legend;
  guint n;

  assert_names_whole (layout, services_zh, 6);
  legend = steward_chart_layout_get_legend (layout, &n);
  g_assert_cmpfloat (legend[0].swatch.y, >, plot.y + plot.height);
}

/* Company names wider than a narrow chart are cut under the pie, each before its value, and
 * the value stays whole. */
static void
test_pie_narrow_long_names (void)
{
  g_autoptr(StewardReportResult) result = fixture_long_chinese_names (4);
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_PIE, 340, 480);
  const StewardChartLegendEntry *legend;
  const StewardChartLabel *labels;
  guint n, n_labels;

  legend = steward_chart_layout_get_legend (layout, &n);
  labels = steward_chart_layout_get_labels (layout, &n_labels);
  g_assert_cmpuint (n, ==, 4);
  for (guint i = 0; i < n; i++)
    {
      const StewardChartLabel *name = legend_name (layout, &legend[i]);
      const StewardChartLabel *value = &labels[legend[i].label - 1];

      g_assert_true (name->ellipsized);
      g_assert_true (g_str_has_suffix (name->text, "…"));
      g_assert_false (value->ellipsized);
      g_assert_true (g_str_has_suffix (value->text, "%"));
      g_assert_cmpfloat (name->x + name->width, <, value->x);
      g_assert_cmpfloat (value->x + value->width, <=, 340 - MARGIN + 0.01);
    }
  /* ¥1,000 of ¥10,000 for the first client. */
  g_assert_cmpstr (labels[legend[0].label - 1].text, ==, "¥1,000 · 10%");
}

/* Ten months in a short narrow chart (330 × 330, as the reports page on a phone): under the
 * pie the legend leaves a small pie, but a bigger one than beside a legend of cut names — so
 * the names stay whole under it. A share too wide for so small a slice is left to the legend,
 * never printed as "1…". */
static void
test_pie_narrow_short (void)
{
  const char * const months[] = {
    "January 2026", "February 2026", "March 2026", "April 2026", "May 2026", "June 2026",
    "July 2026", "August 2026", "September 2026", "October 2026",
  };
  g_autoptr(StewardReportResult) result = category_result (months, 10);
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_PIE, 330, 330);
  StewardChartRect plot = steward_chart_layout_get_plot_area (layout);
  const StewardChartLegendEntry *legend;
  const StewardChartLabel *labels;
  guint n, n_labels;

  assert_names_whole (layout, months, 10);
  legend = steward_chart_layout_get_legend (layout, &n);
  g_assert_cmpfloat (legend[0].swatch.y, >, plot.y + plot.height);
  g_assert_cmpfloat (legend[9].swatch.y + legend[9].swatch.height, <=, 330 - MARGIN);
  g_assert_cmpfloat (plot.width, >=, 40);
  labels = steward_chart_layout_get_labels (layout, &n_labels);
  for (guint i = 0; i < n_labels; i++)
    {
      g_assert_false (labels[i].ellipsized);
      for (guint j = i + 1; j < n_labels; j++)
        if (labels[i].style == STEWARD_CHART_LABEL_INVERSE && labels[j].style == STEWARD_CHART_LABEL_INVERSE)
          g_assert_true (labels[i].x + labels[i].width <= labels[j].x || labels[j].x + labels[j].width <= labels[i].x ||
                         labels[i].y + labels[i].height <= labels[j].y || labels[j].y + labels[j].height <= labels[i].y);
    }
}

/* Wide, the legend stays beside the pie, names whole. */
static void
test_pie_wide_legend_beside (void)
{
  g_autoptr(StewardReportResult) result = category_result (services_en, 6);
  g_autoptr(StewardChartLayout) layout = make_layout (result, STEWARD_CHART_PIE, 900, 400);
  StewardChartRect plot = steward_chart_layout_get_plot_area (layout);
  const StewardChartLegendEntry *legend;
  guint n;

  assert_names_whole (layout, services_en, 6);
  legend = steward_chart_layout_get_legend (layout, &n);
  g_assert_cmpfloat (legend[0].swatch.x, >, plot.x + plot.width);
  /* The pie as tall as the frame allows: 400 less the margins and a gap. */
  g_assert_cmpfloat_with_epsilon (plot.height, 400 - 2 * MARGIN - 8, 1e-9);
  /* Every slice of 5% or more has its share printed on it: ¥2,000–¥6,000 of ¥21,000. */
  assert_shares (layout, (const char * const[]) { "10%", "14%", "19%", "24%", "29%", NULL });
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-legend/series-narrow-english", test_series_narrow_english);
  g_test_add_func ("/chart-legend/series-narrow-chinese", test_series_narrow_chinese);
  g_test_add_func ("/chart-legend/series-wide-one-row", test_series_wide_one_row);
  g_test_add_func ("/chart-legend/series-name-wider-than-chart", test_series_name_wider_than_chart);
  g_test_add_func ("/chart-legend/pie-narrow-below", test_pie_narrow_legend_below);
  g_test_add_func ("/chart-legend/pie-narrow-chinese", test_pie_narrow_chinese);
  g_test_add_func ("/chart-legend/pie-narrow-long-names", test_pie_narrow_long_names);
  g_test_add_func ("/chart-legend/pie-narrow-short", test_pie_narrow_short);
  g_test_add_func ("/chart-legend/pie-wide-beside", test_pie_wide_legend_beside);
  return g_test_run ();
}
