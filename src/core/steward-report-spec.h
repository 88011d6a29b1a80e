/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-enums.h"
#include "steward-report-period.h"
#include "steward-report-result.h"

G_BEGIN_DECLS

/* Each enum's nicks are the stable codes stored in saved definitions and given to the CLI;
 * never change one. Labels are translated through steward_enum_label(). */

/* What a report counts. */
typedef enum {
  STEWARD_REPORT_SOURCE_REQUESTS,
  STEWARD_REPORT_SOURCE_PAYMENTS,
  STEWARD_REPORT_SOURCE_TRAININGS,
  STEWARD_REPORT_SOURCE_COMPLAINTS,
  STEWARD_REPORT_SOURCE_RATINGS,
  STEWARD_REPORT_SOURCE_FEEDBACK,     /* product feedback items raised in advisor requests */
} StewardReportSource;

/* The rows of a report (and, as a second grouping, its chart series). */
typedef enum {
  STEWARD_REPORT_GROUPING_NONE,       /* one row for everything */
  STEWARD_REPORT_GROUPING_DAY,
  STEWARD_REPORT_GROUPING_WEEK,       /* Monday to Sunday */
  STEWARD_REPORT_GROUPING_MONTH,
  STEWARD_REPORT_GROUPING_QUARTER,
  STEWARD_REPORT_GROUPING_YEAR,
  STEWARD_REPORT_GROUPING_SERVICE,
  STEWARD_REPORT_GROUPING_CATEGORY,
  STEWARD_REPORT_GROUPING_CLIENT,
  STEWARD_REPORT_GROUPING_OWNER,      /* the client's account manager */
} StewardReportGrouping;

/* The columns of a report. Money measures are fen; percentages are basis points (see
 * StewardMeasureKind). */
typedef enum {
  STEWARD_REPORT_MEASURE_COUNT,
  STEWARD_REPORT_MEASURE_FEE_TOTAL,
  STEWARD_REPORT_MEASURE_RECEIVED,
  STEWARD_REPORT_MEASURE_OUTSTANDING,
  STEWARD_REPORT_MEASURE_AVERAGE_RATING,
  STEWARD_REPORT_MEASURE_RESPONSE_SLA_PERCENT,
  STEWARD_REPORT_MEASURE_DELIVERY_SLA_PERCENT,
  STEWARD_REPORT_MEASURE_TRAINING_HOURS,
  STEWARD_REPORT_MEASURE_REFUNDS,                 /* refunds and complaint adjustments */
  STEWARD_REPORT_MEASURE_COMPLAINTS_ACCEPTED_24H_PERCENT,
  STEWARD_REPORT_MEASURE_COMPLAINTS_RESOLVED_48H_PERCENT,
  STEWARD_REPORT_MEASURE_RATING_DISTRIBUTION,     /* five columns: ratings of 1 … 5 */
  STEWARD_REPORT_MEASURE_REMEDIES,                /* complaints remedied (re-service or refund) */
  STEWARD_REPORT_MEASURE_REVENUE,                 /* received − refunds */
  STEWARD_REPORT_MEASURE_COMPLAINTS,              /* number of complaints */
} StewardReportMeasure;

#define STEWARD_REPORT_N_MEASURES (STEWARD_REPORT_MEASURE_COMPLAINTS + 1)

/* Service and state filters are bit sets: bit (1 << value). 0 means "any". */
#define STEWARD_REPORT_SERVICE_BIT(service) (1u << (guint) (service))
#define STEWARD_REPORT_STATE_BIT(state)     (1u << (guint) (state))
/* The priority filter when any priority is wanted. */
#define STEWARD_REPORT_ANY_PRIORITY (-1)

#define STEWARD_TYPE_REPORT_SOURCE   (steward_report_source_get_type ())
#define STEWARD_TYPE_REPORT_GROUPING (steward_report_grouping_get_type ())
#define STEWARD_TYPE_REPORT_MEASURE  (steward_report_measure_get_type ())
#define STEWARD_TYPE_REPORT_SPEC     (steward_report_spec_get_type ())

GType steward_report_source_get_type   (void) G_GNUC_CONST;
GType steward_report_grouping_get_type (void) G_GNUC_CONST;
GType steward_report_measure_get_type  (void) G_GNUC_CONST;

/* How the measure's cells are stored and shown. */
StewardMeasureKind steward_report_measure_get_kind        (StewardReportMeasure  measure);
/* Whether @source can compute @measure (training hours only for trainings, SLA only for
 * requests, …). */
gboolean           steward_report_source_has_measure      (StewardReportSource   source,
                                                           StewardReportMeasure  measure);
/* Day, week, month, quarter or year. */
gboolean           steward_report_grouping_is_time        (StewardReportGrouping grouping);

G_DECLARE_FINAL_TYPE (StewardReportSpec, steward_report_spec, STEWARD, REPORT_SPEC, GObject)

/* A saved report definition: what to count, which rows, which columns, which chart. A new spec
 * counts requests by month as a table. */
StewardReportSpec     *steward_report_spec_new              (void);

/* The database row id; 0 until saved. */
gint64                 steward_report_spec_get_id           (StewardReportSpec     *self);
void                   steward_report_spec_set_id           (StewardReportSpec     *self,
                                                             gint64                 id);
/* The title shown on the report, its chart and its Excel sheet. */
const char            *steward_report_spec_get_name         (StewardReportSpec     *self);
void                   steward_report_spec_set_name         (StewardReportSpec     *self,
                                                             const char            *name);
StewardReportSource    steward_report_spec_get_source       (StewardReportSpec     *self);
void                   steward_report_spec_set_source       (StewardReportSpec     *self,
                                                             StewardReportSource    source);

/* Filters. */
/* Period text as steward_report_period_parse() reads it ("last quarter", "2026-Q3"); NULL for
 * all time. A scheduled spec runs over the last complete period of its kind instead. */
const char            *steward_report_spec_get_period       (StewardReportSpec     *self);
void                   steward_report_spec_set_period       (StewardReportSpec     *self,
                                                             const char            *period);
/* Client ids, ascending and without repeats; none means every client. */
const gint64          *steward_report_spec_get_client_ids   (StewardReportSpec     *self,
                                                             guint                 *n_ids);
void                   steward_report_spec_set_client_ids   (StewardReportSpec     *self,
                                                             const gint64          *ids,
                                                             guint                  n_ids);
/* STEWARD_REPORT_SERVICE_BIT() set; 0 for every service. */
guint                  steward_report_spec_get_services     (StewardReportSpec     *self);
void                   steward_report_spec_set_services     (StewardReportSpec     *self,
                                                             guint                  services);
/* A StewardPriority or STEWARD_REPORT_ANY_PRIORITY. */
int                    steward_report_spec_get_priority     (StewardReportSpec     *self);
void                   steward_report_spec_set_priority     (StewardReportSpec     *self,
                                                             int                    priority);
/* STEWARD_REPORT_STATE_BIT() set of request states; 0 for every state. */
guint                  steward_report_spec_get_states       (StewardReportSpec     *self);
void                   steward_report_spec_set_states       (StewardReportSpec     *self,
                                                             guint                  states);
/* The account manager owning the clients; NULL for everyone. */
const char            *steward_report_spec_get_owner        (StewardReportSpec     *self);
void                   steward_report_spec_set_owner        (StewardReportSpec     *self,
                                                             const char            *owner);

/* Rows, series and columns. */
StewardReportGrouping  steward_report_spec_get_grouping     (StewardReportSpec     *self);
void                   steward_report_spec_set_grouping     (StewardReportSpec     *self,
                                                             StewardReportGrouping  grouping);
/* The second grouping, drawn as the chart's series; NONE for a single series. */
StewardReportGrouping  steward_report_spec_get_series       (StewardReportSpec     *self);
void                   steward_report_spec_set_series       (StewardReportSpec     *self,
                                                             StewardReportGrouping  series);
/* In column order. */
const StewardReportMeasure *steward_report_spec_get_measures (StewardReportSpec    *self,
                                                             guint                 *n_measures);
void                   steward_report_spec_set_measures     (StewardReportSpec     *self,
                                                             const StewardReportMeasure *measures,
                                                             guint                  n_measures);
gboolean               steward_report_spec_has_measure      (StewardReportSpec     *self,
                                                             StewardReportMeasure   measure);
StewardChartType       steward_report_spec_get_chart        (StewardReportSpec     *self);
void                   steward_report_spec_set_chart        (StewardReportSpec     *self,
                                                             StewardChartType       chart);
StewardReportPeriodic  steward_report_spec_get_periodic     (StewardReportSpec     *self);
void                   steward_report_spec_set_periodic     (StewardReportSpec     *self,
                                                             StewardReportPeriodic  periodic);

/* Checks that the definition can run: a name, at least one measure and none twice, measures
 * the source can compute, filters that apply to the source, a series only beside a different
 * grouping, a pie with exactly one single-column measure and no series, a readable period.
 * STEWARD_ERROR_INVALID with a translated message naming the problem. */
gboolean               steward_report_spec_validate         (StewardReportSpec     *self,
                                                             GError               **error);
/* The period the spec covers when run at @now: the last complete one for a scheduled spec,
 * else its period text read in @tz. Sets *@out_period to NULL for all time. FALSE (and
 * *@out_period untouched) when the period text does not read. */
gboolean               steward_report_spec_resolve_period   (StewardReportSpec     *self,
                                                             gint64                 now,
                                                             GTimeZone             *tz,
                                                             StewardReportPeriod  **out_period,
                                                             GError               **error);
/* A compact JSON object holding everything but the id, for one TEXT column. */
char                  *steward_report_spec_to_json          (StewardReportSpec     *self);
/* Reads what steward_report_spec_to_json() wrote; unknown keys are ignored so newer files
 * still open. Refuses malformed JSON and unknown codes with STEWARD_ERROR_INVALID. It does not
 * validate: call steward_report_spec_validate() before running. */
StewardReportSpec     *steward_report_spec_new_from_json    (const char            *json,
                                                             GError               **error);
/* An unsaved copy (id 0) named "Copy of …". */
StewardReportSpec     *steward_report_spec_duplicate        (StewardReportSpec     *self);
/* Same definition (ids and names included). */
gboolean               steward_report_spec_equal            (StewardReportSpec     *a,
                                                             StewardReportSpec     *b);

G_END_DECLS
