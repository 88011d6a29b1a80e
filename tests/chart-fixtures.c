/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "chart-fixtures.h"

StewardReportResult *
fixture_counts_by_month (void)
{
  StewardReportResult *result = steward_report_result_new ();
  const char *months[] = { "2026-01", "2026-02", "2026-03" };
  const gint64 counts[] = { 10, 20, 40 };

  steward_report_result_add_column (result, "count", "Requests", STEWARD_MEASURE_KIND_COUNT);
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      guint row = steward_report_result_add_row (result, months[i], months[i], NULL, NULL);
      steward_report_result_set_int (result, row, 0, counts[i]);
    }
  return result;
}

StewardReportResult *
fixture_revenue_by_quarter (void)
{
  StewardReportResult *result = steward_report_result_new ();
  static const struct {
    const char *quarter, *service, *label;
    gint64 fen;
    double rating;
  } rows[] = {
    { "2026-Q1", "remote",   "远程协助",     120000, 4.5 },
    { "2026-Q1", "training", "专项培训",     300000, 4.8 },
    { "2026-Q1", "advisor",  "专属技术顾问", 80000,  4.0 },
    { "2026-Q2", "remote",   "远程协助",     150000, 4.2 },
    { "2026-Q2", "advisor",  "专属技术顾问", 200000, 5.0 },
    { "2026-Q3", "remote",   "远程协助",     90050,  3.9 },
    { "2026-Q3", "training", "专项培训",     400000, 4.6 },
    { "2026-Q3", "advisor",  "专属技术顾问", 100000, 4.4 },
  };

  steward_report_result_add_column (result, "revenue", "收入", STEWARD_MEASURE_KIND_MONEY);
  steward_report_result_add_column (result, "rating", "平均评分", STEWARD_MEASURE_KIND_RATING);
  steward_report_result_set_titles (result, "季度", "服务");
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *label = g_strdup_printf ("2026年第%c季度", rows[i].quarter[6]);
      guint row = steward_report_result_add_row (result, rows[i].quarter, label,
                                                 rows[i].service, rows[i].label);

      steward_report_result_set_int (result, row, 0, rows[i].fen);
      steward_report_result_set_double (result, row, 1, rows[i].rating);
    }
  return result;
}

StewardReportResult *
fixture_long_chinese_names (guint n)
{
  StewardReportResult *result = steward_report_result_new ();
  static const char *cities[] = { "北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京" };

  steward_report_result_add_column (result, "fee", "费用合计", STEWARD_MEASURE_KIND_MONEY);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *key = g_strdup_printf ("client-%u", i);
      g_autofree char *name = g_strdup_printf ("%s市第%u精密机械制造与智能科技股份有限公司",
                                               cities[i % G_N_ELEMENTS (cities)], i + 1);
      guint row = steward_report_result_add_row (result, key, name, NULL, NULL);

      steward_report_result_set_int (result, row, 0, (gint64) (i + 1) * 100000);
    }
  return result;
}
