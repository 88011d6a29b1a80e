/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by steward-report-engine.c (buckets, result) and steward-report-sql.c (the query). */

#include "steward-report-result.h"
#include "steward-report-spec.h"
#include "steward-store-private.h"

G_BEGIN_DECLS

/* The most raw SQL columns one measure needs (the rating distribution's five counts). */
#define REPORT_MAX_RAW 5

/* The leading columns of every report query, before the measures' raw columns. */
enum {
  REPORT_COL_BUCKET,
  REPORT_COL_GROUP_KEY,
  REPORT_COL_GROUP_LABEL,
  REPORT_COL_SERIES_KEY,
  REPORT_COL_SERIES_LABEL,
  REPORT_N_KEY_COLS
};

/* Which dimension, if any, is time, which decides the order of the rows the query returns. */
typedef enum {
  REPORT_TIME_NONE,
  REPORT_TIME_CATEGORY,
  REPORT_TIME_SERIES,
} ReportTimeRole;

/* A unit of a time grouping, or the whole period for other groupings: [start, stop). */
typedef struct
{
  gint64  start;
  gint64  stop;
  char   *code;   /* the unit's period code, "2026-Q3": the key click-to-filter uses */
  char   *label;  /* "Q3 2026" */
} Bucket;

/* One row of the aggregate query: its time unit (index into the buckets), its group and
 * series keys and labels as the query returned them, and its measures' raw columns. */
typedef struct
{
  guint     bucket;
  char     *group_key;
  char     *group_label;
  char     *series_key;
  char     *series_label;
  gint64   *raw;
  gboolean *raw_null;
} SqlRow;

/* steward-report-layout.c: the result table from the query's rows. @buckets (Bucket) is NULL
 * when the query was not bucketed; @rows holds SqlRow in the query's order. */
StewardReportResult *steward_report_layout (StewardReportSpec *spec,
                                            gint64             now,
                                            ReportTimeRole     time_role,
                                            GArray            *buckets,
                                            GPtrArray         *rows);

/* The number of raw SQL columns @measure adds to the query (sum and count for an average, met
 * and counted for a percentage, …). */
guint        steward_report_sql_n_raw      (StewardReportMeasure  measure);

/* The aggregate query text for @spec: fixed fragments chosen by the spec's enums, with named
 * parameters for every value (:buckets, :now, :clients, :services, :states, :priority,
 * :owner). @bucketed: whether rows are matched against the :buckets list (a JSON array of
 * [start, stop) pairs); otherwise the query covers all time. */
char        *steward_report_sql_build      (StewardReportSpec    *spec,
                                            gboolean              bucketed,
                                            ReportTimeRole        time_role);

/* Binds the spec's filter values and @now, @buckets_json to the parameters of @stmt that its
 * text uses. */
void         steward_report_sql_bind       (StewardStmt          *stmt,
                                            StewardReportSpec    *spec,
                                            gint64                now,
                                            const char           *buckets_json);

/* A query returning the first and last natural instant of the spec's source (NULLs when it is
 * empty), used to lay out time units for a report over all time. */
const char  *steward_report_sql_range      (StewardReportSource   source);

G_END_DECLS
