/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-months"

#include "config.h"

#include <math.h>
#include <string.h>

#include "steward-chart-layout.h"

/* Month labels under a chart's axis: a year of months keyed as the report engine keys them
 * ("2026-01"), labelled as long as a Chinese "2026 年 10 月" or an English "September 2026". */

static StewardReportResult *
year_of_months (void)
{
  static const char * const names[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  };
  StewardReportResult *result = steward_report_result_new ();

  steward_report_result_add_column (result, "fee", "Revenue", STEWARD_MEASURE_KIND_MONEY);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *key = g_strdup_printf ("2026-%02u", i + 1);
      g_autofree char *label = g_strdup_printf ("%s 2026", names[i]);
      guint row = steward_report_result_add_row (result, key, label, NULL, NULL);

      steward_report_result_set_int (result, row, 0, (i + 1) * 100000);
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

/* Separating axis test on two label quadrilaterals: a touching edge (0.01 px) counts as apart. */
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

        if (length == 0)
          continue;
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

/* Every label whole (no "…"), level, inside the canvas and clear of every other. */
static void
assert_whole_and_apart (StewardChartLayout *layout)
{
  const StewardChartLabel *labels;
  double width, height;
  guint n;

  steward_chart_layout_get_size (layout, &width, &height);
  labels = steward_chart_layout_get_category_labels (layout, &n);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      double ci[8];

      g_assert_false (labels[i].ellipsized);
      g_assert_null (strstr (labels[i].text, "…"));
      g_assert_cmpfloat (labels[i].angle, ==, 0);
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

/* The report designer's preview in a window of the default size (1200 × 800 less the sidebar
 * and margins): every month named, short, and the year once under January. */
static void
test_twelve_months_default_size (void)
{
  g_autoptr(StewardReportResult) result = year_of_months ();
  static const char * const expected[] = {
    "Jan", "2026", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };
  const StewardChartType types[] = { STEWARD_CHART_LINE, STEWARD_CHART_BAR_GROUPED };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(StewardChartLayout) layout = make_layout (result, types[t], 930, 356);
      const StewardChartLabel *labels;
      guint n;

      assert_whole_and_apart (layout);
      labels = steward_chart_layout_get_category_labels (layout, &n);
      g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
      for (guint i = 0; i < n; i++)
        g_assert_cmpstr (labels[i].text, ==, expected[i]);
      /* The year sits under its month, one line lower. */
      g_assert_cmpfloat (labels[1].y, >, labels[0].y + labels[0].height / 2);
      g_assert_cmpfloat (fabs ((labels[1].x + labels[1].width / 2)
                               - (labels[0].x + labels[0].width / 2)), <, 1);
    }
}

/* Narrow (the designer open beside the preview, or a phone-wide window): fewer months named,
 * still whole and apart, January and the year always among them. */
static void
test_twelve_months_narrow (void)
{
  g_autoptr(StewardReportResult) result = year_of_months ();
  const double sizes[][2] = { { 600, 356 }, { 336, 300 }, { 200, 240 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (StewardChartType type = STEWARD_CHART_BAR_GROUPED; type <= STEWARD_CHART_LINE; type++)
      {
        g_autoptr(StewardChartLayout) layout = NULL;
        const StewardChartLabel *labels;
        guint n;

        if (type == STEWARD_CHART_PIE)
          continue;
        layout = make_layout (result, type, sizes[s][0], sizes[s][1]);
        assert_whole_and_apart (layout);
        labels = steward_chart_layout_get_category_labels (layout, &n);
        g_assert_cmpuint (n, >=, 3);
        g_assert_cmpstr (labels[0].text, ==, "Jan");
        g_assert_cmpstr (labels[1].text, ==, "2026");
      }
}

/* Two years: the year is written again under the first month of the second. */
static void
test_months_across_years (void)
{
  g_autoptr(StewardReportResult) result = steward_report_result_new ();
  g_autoptr(StewardChartLayout) layout = NULL;
  const char *keys[] = { "2025-11", "2025-12", "2026-01", "2026-02" };
  const StewardChartLabel *labels;
  guint n;

  steward_report_result_add_column (result, "count", "Requests", STEWARD_MEASURE_KIND_COUNT);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    steward_report_result_set_int (result,
                                   steward_report_result_add_row (result, keys[i],
                                                                  "A month of a very long name",
                                                                  NULL, NULL),
                                   0, i + 1);
  layout = make_layout (result, STEWARD_CHART_BAR_GROUPED, 360, 300);
  assert_whole_and_apart (layout);
  labels = steward_chart_layout_get_category_labels (layout, &n);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpstr (labels[0].text, ==, "Nov");
  g_assert_cmpstr (labels[1].text, ==, "2025");
  g_assert_cmpstr (labels[2].text, ==, "Dec");
  g_assert_cmpstr (labels[3].text, ==, "Jan");
  g_assert_cmpstr (labels[4].text, ==, "2026");
  g_assert_cmpstr (labels[5].text, ==, "Feb");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-months/twelve-default-size", test_twelve_months_default_size);
  g_test_add_func ("/chart-months/twelve-narrow", test_twelve_months_narrow);
  g_test_add_func ("/chart-months/across-years", test_months_across_years);
  return g_test_run ();
}
