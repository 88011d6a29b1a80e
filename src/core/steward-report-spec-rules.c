/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-report-spec"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-error.h"
#include "steward-report-spec.h"
#include "steward-enum-private.h"

/* The enums of a report definition and the rules that say which combinations can run. */


STEWARD_DEFINE_ENUM (steward_report_source, "StewardReportSource",
  { STEWARD_REPORT_SOURCE_REQUESTS,   NC_("StewardReportSource", "Requests"),         "requests" },
  { STEWARD_REPORT_SOURCE_PAYMENTS,   NC_("StewardReportSource", "Payments"),         "payments" },
  { STEWARD_REPORT_SOURCE_TRAININGS,  NC_("StewardReportSource", "Trainings"),        "trainings" },
  { STEWARD_REPORT_SOURCE_COMPLAINTS, NC_("StewardReportSource", "Complaints"),       "complaints" },
  { STEWARD_REPORT_SOURCE_RATINGS,    NC_("StewardReportSource", "Ratings"),          "ratings" },
  { STEWARD_REPORT_SOURCE_FEEDBACK,   NC_("StewardReportSource", "Product feedback"), "feedback" })

STEWARD_DEFINE_ENUM (steward_report_grouping, "StewardReportGrouping",
  { STEWARD_REPORT_GROUPING_NONE,     NC_("StewardReportGrouping", "No grouping"),     "none" },
  { STEWARD_REPORT_GROUPING_DAY,      NC_("StewardReportGrouping", "Day"),             "day" },
  { STEWARD_REPORT_GROUPING_WEEK,     NC_("StewardReportGrouping", "Week"),            "week" },
  { STEWARD_REPORT_GROUPING_MONTH,    NC_("StewardReportGrouping", "Month"),           "month" },
  { STEWARD_REPORT_GROUPING_QUARTER,  NC_("StewardReportGrouping", "Quarter"),         "quarter" },
  { STEWARD_REPORT_GROUPING_YEAR,     NC_("StewardReportGrouping", "Year"),            "year" },
  { STEWARD_REPORT_GROUPING_SERVICE,  NC_("StewardReportGrouping", "Service"),         "service" },
  { STEWARD_REPORT_GROUPING_CATEGORY, NC_("StewardReportGrouping", "Category"),        "category" },
  { STEWARD_REPORT_GROUPING_CLIENT,   NC_("StewardReportGrouping", "Client"),          "client" },
  { STEWARD_REPORT_GROUPING_OWNER,    NC_("StewardReportGrouping", "Account manager"), "owner" })

STEWARD_DEFINE_ENUM (steward_report_measure, "StewardReportMeasure",
  { STEWARD_REPORT_MEASURE_COUNT,                 NC_("StewardReportMeasure", "Count"),                "count" },
  { STEWARD_REPORT_MEASURE_FEE_TOTAL,             NC_("StewardReportMeasure", "Fee total"),            "fee-total" },
  { STEWARD_REPORT_MEASURE_RECEIVED,              NC_("StewardReportMeasure", "Received"),             "received" },
  { STEWARD_REPORT_MEASURE_OUTSTANDING,           NC_("StewardReportMeasure", "Outstanding"),          "outstanding" },
  { STEWARD_REPORT_MEASURE_AVERAGE_RATING,        NC_("StewardReportMeasure", "Average rating"),       "average-rating" },
  { STEWARD_REPORT_MEASURE_RESPONSE_SLA_PERCENT,  NC_("StewardReportMeasure", "Response on time"),     "response-sla-percent" },
  { STEWARD_REPORT_MEASURE_DELIVERY_SLA_PERCENT,  NC_("StewardReportMeasure", "Delivery on time"),     "delivery-sla-percent" },
  { STEWARD_REPORT_MEASURE_TRAINING_HOURS,        NC_("StewardReportMeasure", "Training hours"),       "training-hours" },
  { STEWARD_REPORT_MEASURE_REFUNDS,               NC_("StewardReportMeasure", "Refunds"),              "refunds" },
  { STEWARD_REPORT_MEASURE_COMPLAINTS_ACCEPTED_24H_PERCENT,
                                                  NC_("StewardReportMeasure", "Complaints accepted in 24 h"),
                                                  "complaints-accepted-24h-percent" },
  { STEWARD_REPORT_MEASURE_COMPLAINTS_RESOLVED_48H_PERCENT,
                                                  NC_("StewardReportMeasure", "Complaints resolved in 48 h"),
                                                  "complaints-resolved-48h-percent" },
  { STEWARD_REPORT_MEASURE_RATING_DISTRIBUTION,   NC_("StewardReportMeasure", "Rating distribution"),  "rating-distribution" },
  { STEWARD_REPORT_MEASURE_REMEDIES,              NC_("StewardReportMeasure", "Remedies"),             "remedies" },
  { STEWARD_REPORT_MEASURE_REVENUE,               NC_("StewardReportMeasure", "Revenue"),              "revenue" },
  { STEWARD_REPORT_MEASURE_COMPLAINTS,            NC_("StewardReportMeasure", "Complaints"),           "complaints" })

#define M(measure) (1u << STEWARD_REPORT_MEASURE_##measure)

/* Which measures each source can compute, indexed by StewardReportSource. Requests carry the
 * quarterly summary, so they reach their payments, ratings and complaints as well. */
static const guint source_measures[] = {
  [STEWARD_REPORT_SOURCE_REQUESTS] =
    M (COUNT) | M (FEE_TOTAL) | M (RECEIVED) | M (OUTSTANDING) | M (REFUNDS) | M (REVENUE) |
    M (AVERAGE_RATING) | M (RATING_DISTRIBUTION) | M (RESPONSE_SLA_PERCENT) |
    M (DELIVERY_SLA_PERCENT) | M (COMPLAINTS) | M (COMPLAINTS_ACCEPTED_24H_PERCENT) |
    M (COMPLAINTS_RESOLVED_48H_PERCENT) | M (REMEDIES),
  [STEWARD_REPORT_SOURCE_PAYMENTS] = M (COUNT) | M (RECEIVED) | M (REFUNDS) | M (REVENUE),
  [STEWARD_REPORT_SOURCE_TRAININGS] = M (COUNT) | M (TRAINING_HOURS),
  [STEWARD_REPORT_SOURCE_COMPLAINTS] =
    M (COUNT) | M (COMPLAINTS) | M (COMPLAINTS_ACCEPTED_24H_PERCENT) |
    M (COMPLAINTS_RESOLVED_48H_PERCENT) | M (REMEDIES),
  [STEWARD_REPORT_SOURCE_RATINGS] = M (COUNT) | M (AVERAGE_RATING) | M (RATING_DISTRIBUTION),
  [STEWARD_REPORT_SOURCE_FEEDBACK] = M (COUNT),
};

#undef M

StewardMeasureKind
steward_report_measure_get_kind (StewardReportMeasure measure)
{
  switch (measure)
    {
    case STEWARD_REPORT_MEASURE_FEE_TOTAL:
    case STEWARD_REPORT_MEASURE_RECEIVED:
    case STEWARD_REPORT_MEASURE_OUTSTANDING:
    case STEWARD_REPORT_MEASURE_REFUNDS:
    case STEWARD_REPORT_MEASURE_REVENUE:
      return STEWARD_MEASURE_KIND_MONEY;
    case STEWARD_REPORT_MEASURE_AVERAGE_RATING:
      return STEWARD_MEASURE_KIND_RATING;
    case STEWARD_REPORT_MEASURE_RESPONSE_SLA_PERCENT:
    case STEWARD_REPORT_MEASURE_DELIVERY_SLA_PERCENT:
    case STEWARD_REPORT_MEASURE_COMPLAINTS_ACCEPTED_24H_PERCENT:
    case STEWARD_REPORT_MEASURE_COMPLAINTS_RESOLVED_48H_PERCENT:
      return STEWARD_MEASURE_KIND_PERCENT;
    case STEWARD_REPORT_MEASURE_TRAINING_HOURS:
      return STEWARD_MEASURE_KIND_HOURS;
    case STEWARD_REPORT_MEASURE_COUNT:
    case STEWARD_REPORT_MEASURE_RATING_DISTRIBUTION:
    case STEWARD_REPORT_MEASURE_REMEDIES:
    case STEWARD_REPORT_MEASURE_COMPLAINTS:
    default:
      return STEWARD_MEASURE_KIND_COUNT;
    }
}

gboolean
steward_report_source_has_measure (StewardReportSource  source,
                                   StewardReportMeasure measure)
{
  if ((guint) source >= G_N_ELEMENTS (source_measures) || (guint) measure >= STEWARD_REPORT_N_MEASURES)
    return FALSE;
  return (source_measures[source] & (1u << measure)) != 0;
}

gboolean
steward_report_grouping_is_time (StewardReportGrouping grouping)
{
  return grouping >= STEWARD_REPORT_GROUPING_DAY && grouping <= STEWARD_REPORT_GROUPING_YEAR;
}

static const char *
measure_label (StewardReportMeasure measure)
{
  return steward_enum_label (STEWARD_TYPE_REPORT_MEASURE, measure);
}

/* "Requests, Complaints": the sources that can compute @measure. */
static char *
sources_with_measure (StewardReportMeasure measure)
{
  GString *out = g_string_new (NULL);

  for (guint s = 0; s < G_N_ELEMENTS (source_measures); s++)
    {
      if (!steward_report_source_has_measure (s, measure))
        continue;
      if (out->len > 0)
        /* TRANSLATORS: separates the items of a list. */
        g_string_append (out, C_("list", ", "));
      g_string_append (out, steward_enum_label (STEWARD_TYPE_REPORT_SOURCE, s));
    }
  return g_string_free (out, FALSE);
}

static gboolean
validate_measures (StewardReportSpec  *self,
                   GError            **error)
{
  StewardReportSource source = steward_report_spec_get_source (self);
  const StewardReportMeasure *measures;
  guint n, seen = 0;

  measures = steward_report_spec_get_measures (self, &n);
  if (n == 0)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("Choose at least one measure for the report"));
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      if (seen & (1u << measures[i]))
        {
          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                       _("The measure “%s” is chosen twice; keep one"),
                       measure_label (measures[i]));
          return FALSE;
        }
      seen |= 1u << measures[i];

      if (!steward_report_source_has_measure (source, measures[i]))
        {
          g_autofree char *sources = sources_with_measure (measures[i]);

          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                       _("The measure “%s” cannot be computed for %s; it needs one of these sources: %s"),
                       measure_label (measures[i]),
                       steward_enum_label (STEWARD_TYPE_REPORT_SOURCE, source), sources);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
validate_filters (StewardReportSpec  *self,
                  GError            **error)
{
  StewardReportSource source = steward_report_spec_get_source (self);
  const char *period = steward_report_spec_get_period (self);

  /* A complaint need not concern a request, so request priority and state cannot filter it. */
  if (source == STEWARD_REPORT_SOURCE_COMPLAINTS &&
      (steward_report_spec_get_priority (self) != STEWARD_REPORT_ANY_PRIORITY ||
       steward_report_spec_get_states (self) != 0))
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("Complaints cannot be filtered by request priority or state; clear those filters"));
      return FALSE;
    }

  if (period != NULL)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(StewardReportPeriod) parsed = NULL;

      /* Whether a period text reads does not depend on the day or the zone. */
      parsed = steward_report_period_parse (period, 0, utc, error);
      if (parsed == NULL)
        return FALSE;
    }
  return TRUE;
}

static gboolean
validate_grouping (StewardReportSpec  *self,
                   GError            **error)
{
  StewardReportGrouping grouping = steward_report_spec_get_grouping (self);
  StewardReportGrouping series = steward_report_spec_get_series (self);

  if (series == STEWARD_REPORT_GROUPING_NONE)
    return TRUE;

  if (grouping == STEWARD_REPORT_GROUPING_NONE)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("Choose a grouping for the rows before a second grouping for the series"));
      return FALSE;
    }
  if (series == grouping ||
      (steward_report_grouping_is_time (series) && steward_report_grouping_is_time (grouping)))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("The series cannot be grouped by %s when the rows are grouped by %s; choose a grouping of another kind"),
                   steward_enum_label (STEWARD_TYPE_REPORT_GROUPING, series),
                   steward_enum_label (STEWARD_TYPE_REPORT_GROUPING, grouping));
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_pie (StewardReportSpec  *self,
              GError            **error)
{
  const StewardReportMeasure *measures = NULL;
  guint n;

  measures = steward_report_spec_get_measures (self, &n);
  if (n != 1 || measures[0] == STEWARD_REPORT_MEASURE_RATING_DISTRIBUTION)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("A pie chart shows exactly one measure; choose one, other than the rating distribution"));
      return FALSE;
    }
  if (steward_report_spec_get_series (self) != STEWARD_REPORT_GROUPING_NONE)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("A pie chart has no series; remove the second grouping or choose bars"));
      return FALSE;
    }
  if (steward_report_spec_get_grouping (self) == STEWARD_REPORT_GROUPING_NONE)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("A pie chart needs a grouping to make its slices"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_stacked (StewardReportSpec  *self,
                  GError            **error)
{
  const StewardReportMeasure *measures;
  guint n;

  /* Stacked bars add their parts up, and percentages or averages do not add up. */
  measures = steward_report_spec_get_measures (self, &n);
  for (guint i = 0; i < n; i++)
    {
      StewardMeasureKind kind = steward_report_measure_get_kind (measures[i]);

      if (kind == STEWARD_MEASURE_KIND_PERCENT || kind == STEWARD_MEASURE_KIND_RATING)
        {
          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                       _("“%s” cannot be stacked because its values do not add up; choose grouped bars or a line"),
                       measure_label (measures[i]));
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
steward_report_spec_validate (StewardReportSpec  *self,
                              GError            **error)
{
  const char *name;

  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = steward_report_spec_get_name (self);
  while (name != NULL && g_unichar_isspace (g_utf8_get_char (name)))
    name = g_utf8_next_char (name);
  if (name == NULL || *name == '\0')
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("A report needs a name"));
      return FALSE;
    }

  if (!validate_measures (self, error) ||
      !validate_filters (self, error) ||
      !validate_grouping (self, error))
    return FALSE;

  switch (steward_report_spec_get_chart (self))
    {
    case STEWARD_CHART_PIE:
      return validate_pie (self, error);
    case STEWARD_CHART_BAR_STACKED:
      return validate_stacked (self, error);
    case STEWARD_CHART_BAR_GROUPED:
    case STEWARD_CHART_LINE:
    case STEWARD_CHART_TABLE:
    default:
      return TRUE;
    }
}

gboolean
steward_report_spec_resolve_period (StewardReportSpec    *self,
                                    gint64                now,
                                    GTimeZone            *tz,
                                    StewardReportPeriod **out_period,
                                    GError              **error)
{
  StewardReportPeriodic periodic;
  const char *text;
  StewardReportPeriod *period = NULL;

  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), FALSE);
  g_return_val_if_fail (out_period != NULL, FALSE);

  periodic = steward_report_spec_get_periodic (self);
  text = steward_report_spec_get_period (self);
  if (periodic != STEWARD_REPORT_PERIODIC_NONE)
    period = steward_report_period_last_complete (periodic, now, tz);
  else if (text != NULL)
    {
      period = steward_report_period_parse (text, now, tz, error);
      if (period == NULL)
        return FALSE;
    }

  *out_period = period;
  return TRUE;
}
