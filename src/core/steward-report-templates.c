/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-report-templates"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-error.h"
#include "steward-report-templates.h"

#define MAX_MEASURES 12

typedef struct
{
  const char            *code;
  const char            *name;
  const char            *description;
  StewardReportSource    source;
  StewardReportGrouping  grouping;
  StewardReportGrouping  series;
  StewardChartType       chart;
  const char            *period;
  StewardReportPeriodic  periodic;
  guint                  n_measures;
  StewardReportMeasure   measures[MAX_MEASURES];
} Template;

static const Template templates[] = {
  /* SPEC §8: the policy's quarterly review, every figure per quarter and service. Ten
   * measures of four kinds make no readable chart, so it is a table. */
  { "quarterly-summary",
    N_("Quarterly service summary"),
    N_("Requests, revenue, ratings, SLA compliance and complaints per quarter and service"),
    STEWARD_REPORT_SOURCE_REQUESTS, STEWARD_REPORT_GROUPING_QUARTER, STEWARD_REPORT_GROUPING_SERVICE,
    STEWARD_CHART_TABLE, "last quarter", STEWARD_REPORT_PERIODIC_QUARTERLY,
    10, { STEWARD_REPORT_MEASURE_COUNT,
          STEWARD_REPORT_MEASURE_REVENUE,
          STEWARD_REPORT_MEASURE_AVERAGE_RATING,
          STEWARD_REPORT_MEASURE_RATING_DISTRIBUTION,
          STEWARD_REPORT_MEASURE_RESPONSE_SLA_PERCENT,
          STEWARD_REPORT_MEASURE_DELIVERY_SLA_PERCENT,
          STEWARD_REPORT_MEASURE_COMPLAINTS,
          STEWARD_REPORT_MEASURE_COMPLAINTS_ACCEPTED_24H_PERCENT,
          STEWARD_REPORT_MEASURE_COMPLAINTS_RESOLVED_48H_PERCENT,
          STEWARD_REPORT_MEASURE_REMEDIES } },
  { "monthly-revenue",
    N_("Monthly revenue by service"),
    N_("Money received less refunds, per month, stacked by service"),
    STEWARD_REPORT_SOURCE_PAYMENTS, STEWARD_REPORT_GROUPING_MONTH, STEWARD_REPORT_GROUPING_SERVICE,
    STEWARD_CHART_BAR_STACKED, "this year", STEWARD_REPORT_PERIODIC_NONE,
    1, { STEWARD_REPORT_MEASURE_REVENUE } },
  { "sla-compliance",
    N_("SLA compliance by month"),
    N_("Share of requests answered and delivered on time, per month"),
    STEWARD_REPORT_SOURCE_REQUESTS, STEWARD_REPORT_GROUPING_MONTH, STEWARD_REPORT_GROUPING_NONE,
    STEWARD_CHART_LINE, "this year", STEWARD_REPORT_PERIODIC_NONE,
    2, { STEWARD_REPORT_MEASURE_RESPONSE_SLA_PERCENT,
         STEWARD_REPORT_MEASURE_DELIVERY_SLA_PERCENT } },
  { "satisfaction",
    N_("Satisfaction by service"),
    N_("Average rating and how many ratings of each score, per service"),
    STEWARD_REPORT_SOURCE_RATINGS, STEWARD_REPORT_GROUPING_SERVICE, STEWARD_REPORT_GROUPING_NONE,
    STEWARD_CHART_BAR_GROUPED, "this year", STEWARD_REPORT_PERIODIC_NONE,
    2, { STEWARD_REPORT_MEASURE_AVERAGE_RATING,
         STEWARD_REPORT_MEASURE_RATING_DISTRIBUTION } },
};

static const char * const codes[] = {
  "quarterly-summary", "monthly-revenue", "sla-compliance", "satisfaction", NULL,
};

G_STATIC_ASSERT (G_N_ELEMENTS (codes) == G_N_ELEMENTS (templates) + 1);

static const Template *
lookup (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (templates); i++)
    if (g_str_equal (templates[i].code, code))
      return &templates[i];
  return NULL;
}

const char * const *
steward_report_template_codes (void)
{
  return codes;
}

const char *
steward_report_template_get_name (const char *code)
{
  const Template *t = lookup (code);

  return t != NULL ? _(t->name) : NULL;
}

const char *
steward_report_template_get_description (const char *code)
{
  const Template *t = lookup (code);

  return t != NULL ? _(t->description) : NULL;
}

StewardReportSpec *
steward_report_template_new (const char  *code,
                             GError     **error)
{
  const Template *t;
  StewardReportSpec *spec;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  t = lookup (code);
  if (t == NULL)
    {
      g_autofree char *known = g_strjoinv (", ", (char **) codes);

      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
                   _("There is no built-in report “%s”; the built-in reports are: %s"),
                   code != NULL ? code : "", known);
      return NULL;
    }

  spec = steward_report_spec_new ();
  steward_report_spec_set_name (spec, _(t->name));
  steward_report_spec_set_source (spec, t->source);
  steward_report_spec_set_grouping (spec, t->grouping);
  steward_report_spec_set_series (spec, t->series);
  steward_report_spec_set_measures (spec, t->measures, t->n_measures);
  steward_report_spec_set_chart (spec, t->chart);
  steward_report_spec_set_period (spec, t->period);
  steward_report_spec_set_periodic (spec, t->periodic);
  return spec;
}
