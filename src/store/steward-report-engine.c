/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-report-engine"

#include "config.h"

#include "steward-report-engine.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-error.h"
#include "steward-report-engine-private.h"

/* More time units than this is a mistake (days over decades), not a report anyone reads. */
#define MAX_BUCKETS 20000

typedef struct
{
  StewardStore          *store;
  StewardReportSpec     *spec;
  gint64                 now;
  GTimeZone             *tz;
  StewardReportPeriod   *period;     /* NULL for all time */
  StewardReportGrouping  time_unit;  /* the time dimension, or NONE */
  ReportTimeRole         time_role;
  GArray                *buckets;    /* Bucket; NULL when the query is not bucketed */
  GPtrArray             *rows;       /* SqlRow */
  guint                  n_raw;
} Run;

static void
bucket_clear (Bucket *bucket)
{
  g_free (bucket->code);
  g_free (bucket->label);
}

static void
sql_row_free (SqlRow *row)
{
  g_free (row->group_key);
  g_free (row->group_label);
  g_free (row->series_key);
  g_free (row->series_label);
  g_free (row->raw);
  g_free (row->raw_null);
  g_free (row);
}

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->period, steward_report_period_free);
  g_clear_pointer (&run->buckets, g_array_unref);
  g_clear_pointer (&run->rows, g_ptr_array_unref);
  g_clear_pointer (&run->tz, g_time_zone_unref);
}

/* The relative period text that names the unit containing an instant. */
static const char *
unit_form (StewardReportGrouping unit)
{
  switch (unit)
    {
    case STEWARD_REPORT_GROUPING_DAY:     return "today";
    case STEWARD_REPORT_GROUPING_WEEK:    return "this week";
    case STEWARD_REPORT_GROUPING_MONTH:   return "this month";
    case STEWARD_REPORT_GROUPING_QUARTER: return "this quarter";
    case STEWARD_REPORT_GROUPING_YEAR:
    default:                              return "this year";
    }
}

/* The local calendar units of @run->time_unit covering [start, stop), clipped to it. Each unit
 * comes from core's period code, so its boundaries are local midnights in the zone whatever
 * the daylight-saving offset, and its key and label are the period's. */
static gboolean
add_unit_buckets (Run     *run,
                  gint64   start,
                  gint64   stop,
                  GError **error)
{
  gint64 t = start;

  while (t < stop)
    {
      g_autoptr(StewardReportPeriod) unit = NULL;
      Bucket bucket;

      if (run->buckets->len >= MAX_BUCKETS)
        {
          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                       _("The report would have more than %u rows of time; group by a longer unit or choose a shorter period"),
                       MAX_BUCKETS);
          return FALSE;
        }
      unit = steward_report_period_parse (unit_form (run->time_unit), t, run->tz, error);
      if (unit == NULL)
        return FALSE;
      bucket.start = MAX (t, steward_report_period_get_start (unit));
      bucket.stop = MIN (stop, steward_report_period_get_end (unit));
      bucket.code = steward_report_period_dup_code (unit);
      bucket.label = steward_report_period_dup_label (unit);
      g_array_append_val (run->buckets, bucket);
      g_assert (bucket.stop > t);
      t = bucket.stop;
    }
  return TRUE;
}

/* The first and last instant of the source, for time units over all time. FALSE only on a
 * storage error; *out_empty when there is nothing. */
static gboolean
read_data_range (Run      *run,
                 gint64   *out_first,
                 gint64   *out_last,
                 gboolean *out_empty,
                 GError  **error)
{
  const char *sql = steward_report_sql_range (steward_report_spec_get_source (run->spec));
  g_autoptr(StewardStmt) stmt = steward_store_prepare (run->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      steward_store_set_error (run->store, error);
      return FALSE;
    }
  *out_empty = sqlite3_column_type (stmt, 0) == SQLITE_NULL;
  *out_first = sqlite3_column_int64 (stmt, 0);
  *out_last = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

static gboolean
plan_buckets (Run     *run,
              GError **error)
{
  gint64 first, last;
  gboolean empty = FALSE;

  if (run->time_role == REPORT_TIME_NONE && run->period == NULL)
    return TRUE;

  run->buckets = g_array_new (FALSE, FALSE, sizeof (Bucket));
  g_array_set_clear_func (run->buckets, (GDestroyNotify) bucket_clear);

  if (run->period != NULL)
    {
      first = steward_report_period_get_start (run->period);
      last = steward_report_period_get_end (run->period) - 1;
    }
  else if (!read_data_range (run, &first, &last, &empty, error))
    return FALSE;

  if (empty)
    return TRUE;
  if (run->time_role == REPORT_TIME_NONE)
    {
      Bucket whole = { first, last + 1, steward_report_period_dup_code (run->period),
                       steward_report_period_dup_label (run->period) };

      g_array_append_val (run->buckets, whole);
      return TRUE;
    }
  return add_unit_buckets (run, first, last + 1, error);
}

static char *
buckets_json (GArray *buckets)
{
  GString *json = g_string_new ("[");

  for (guint i = 0; buckets != NULL && i < buckets->len; i++)
    {
      const Bucket *b = &g_array_index (buckets, Bucket, i);

      g_string_append_printf (json, "%s[%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT "]",
                              i > 0 ? "," : "", b->start, b->stop);
    }
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

static SqlRow *
sql_row_read (StewardStmt *stmt,
              guint        n_raw)
{
  SqlRow *row = g_new0 (SqlRow, 1);

  row->bucket = (guint) sqlite3_column_int64 (stmt, REPORT_COL_BUCKET);
  row->group_key = g_strdup ((const char *) sqlite3_column_text (stmt, REPORT_COL_GROUP_KEY));
  row->group_label = g_strdup ((const char *) sqlite3_column_text (stmt, REPORT_COL_GROUP_LABEL));
  row->series_key = g_strdup ((const char *) sqlite3_column_text (stmt, REPORT_COL_SERIES_KEY));
  row->series_label = g_strdup ((const char *) sqlite3_column_text (stmt, REPORT_COL_SERIES_LABEL));
  row->raw = g_new0 (gint64, n_raw);
  row->raw_null = g_new0 (gboolean, n_raw);
  for (guint i = 0; i < n_raw; i++)
    {
      row->raw_null[i] = sqlite3_column_type (stmt, REPORT_N_KEY_COLS + i) == SQLITE_NULL;
      row->raw[i] = sqlite3_column_int64 (stmt, REPORT_N_KEY_COLS + i);
    }
  return row;
}

static int
progress_cancelled (void *data)
{
  return g_cancellable_is_cancelled (G_CANCELLABLE (data)) ? 1 : 0;
}

static gboolean
run_query (Run          *run,
           GCancellable *cancellable,
           GError      **error)
{
  g_autofree char *sql = steward_report_sql_build (run->spec, run->buckets != NULL, run->time_role);
  g_autofree char *json = buckets_json (run->buckets);
  g_autoptr(StewardStmt) stmt = NULL;
  sqlite3 *db = steward_store_get_db (run->store);
  int rc;

  g_debug ("%s [buckets %s]", sql, json);
  stmt = steward_store_prepare (run->store, sql, error);
  if (stmt == NULL)
    return FALSE;
  steward_report_sql_bind (stmt, run->spec, run->now, json);

  /* A long aggregate is interrupted between VM steps when the caller cancels. */
  if (cancellable != NULL)
    sqlite3_progress_handler (db, 4096, progress_cancelled, cancellable);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (run->rows, sql_row_read (stmt, run->n_raw));
  if (cancellable != NULL)
    sqlite3_progress_handler (db, 0, NULL, NULL);

  if (rc == SQLITE_DONE)
    return TRUE;
  if (!g_cancellable_set_error_if_cancelled (cancellable, error))
    steward_store_set_error (run->store, error);
  return FALSE;
}

static gboolean
run_in_transaction (Run          *run,
                    GCancellable *cancellable,
                    GError      **error)
{
  /* The range and the aggregate read one snapshot. */
  gboolean ok;

  if (!steward_store_begin_read (run->store, error))
    return FALSE;
  ok = plan_buckets (run, error);
  /* No time units at all (nothing recorded yet) leaves nothing to ask. */
  if (ok && (run->buckets == NULL || run->buckets->len > 0))
    ok = run_query (run, cancellable, error);
  if (!ok)
    {
      steward_store_rollback (run->store);
      return FALSE;
    }
  return steward_store_commit (run->store, error);
}

static ReportTimeRole
time_role_of (StewardReportSpec     *spec,
              StewardReportGrouping *out_unit)
{
  StewardReportGrouping grouping = steward_report_spec_get_grouping (spec);
  StewardReportGrouping series = steward_report_spec_get_series (spec);

  *out_unit = STEWARD_REPORT_GROUPING_NONE;
  if (steward_report_grouping_is_time (grouping))
    {
      *out_unit = grouping;
      return REPORT_TIME_CATEGORY;
    }
  if (steward_report_grouping_is_time (series))
    {
      *out_unit = series;
      return REPORT_TIME_SERIES;
    }
  return REPORT_TIME_NONE;
}

StewardReportResult *
steward_report_engine_run (StewardStore       *store,
                           StewardReportSpec  *spec,
                           gint64              now,
                           GTimeZone          *tz,
                           GCancellable       *cancellable,
                           GError            **error)
{
  Run run = { 0 };
  const StewardReportMeasure *measures;
  StewardReportResult *result = NULL;
  guint n;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (spec), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !steward_report_spec_validate (spec, error))
    return NULL;

  run.store = store;
  run.spec = spec;
  run.now = now;
  run.tz = tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_local ();
  run.time_role = time_role_of (spec, &run.time_unit);
  run.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) sql_row_free);
  measures = steward_report_spec_get_measures (spec, &n);
  for (guint i = 0; i < n; i++)
    run.n_raw += steward_report_sql_n_raw (measures[i]);

  if (steward_report_spec_resolve_period (spec, now, run.tz, &run.period, error) &&
      run_in_transaction (&run, cancellable, error))
    result = steward_report_layout (spec, now, run.time_role, run.buckets, run.rows);

  run_clear (&run);
  return result;
}
