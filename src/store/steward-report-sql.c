/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-report-sql"

#include "config.h"

#include "steward-report-engine-private.h"

#include "steward-enums.h"

/* The report query is put together from the fixed fragments below, chosen by the spec's enums;
 * every value the user chose (dates, clients, services, owner) is a bound parameter. */

/* A money line's amount with its sign: a reversal undoes the line it names. */
#define SIGNED_AMOUNT "(CASE WHEN p.kind = 'reversal' THEN -p.amount_fen ELSE p.amount_fen END)"
/* What a line does: a reversal has the kind of the line it undoes. */
#define EFFECTIVE_KIND "coalesce (r.kind, p.kind)"
#define LINE_SUM(weights) \
  "sum (" SIGNED_AMOUNT " * CASE " EFFECTIVE_KIND " " weights " ELSE 0 END)"
#define W_RECEIVED "WHEN 'payment' THEN 1"
#define W_REFUNDS  "WHEN 'refund' THEN 1 WHEN 'adjustment' THEN 1"
#define W_REVENUE  "WHEN 'payment' THEN 1 WHEN 'refund' THEN -1 WHEN 'adjustment' THEN -1"
/* Outstanding: net fee − received = fee − payments + refunds (an adjustment lowers both). */
#define W_PAID_NET "WHEN 'payment' THEN 1 WHEN 'refund' THEN -1"

/* The money lines of request q (all of them, whenever they were recorded). */
#define REQUEST_LINES(weights)                                                          \
  "(SELECT " LINE_SUM (weights) " FROM payments p "                                     \
  "LEFT JOIN payments r ON p.kind = 'reversal' AND r.id = p.reverses_id "              \
  "WHERE p.request_id = q.id)"

/* The same agreed-work rule as clients.outstanding_fen (client_summary.sql). */
#define AGREED_WORK                                                                     \
  "q.package_id IS NULL AND (q.state IN ('confirmed', 'in-progress', 'delivered', "    \
  "'accepted', 'settled') OR q.held_from_state = 'in-progress')"

/* Complaint deadlines are stored (24 and 48 clock hours after receipt); a step not yet done
 * counts as late once :now is strictly past its due time, as steward_complaint_clock_status ()
 * says. */
#define ACCEPT_MET      "count (CASE WHEN k.accepted_at <= k.accept_due THEN 1 END)"
#define ACCEPT_COUNTED  "count (CASE WHEN k.accepted_at IS NOT NULL OR :now > k.accept_due THEN 1 END)"
#define RESOLVE_MET     "count (CASE WHEN k.resolved_at <= k.solution_due THEN 1 END)"
#define RESOLVE_COUNTED "count (CASE WHEN k.resolved_at IS NOT NULL OR :now > k.solution_due THEN 1 END)"
#define RESERVICES      "count (CASE WHEN k.remedy = 're-service' THEN 1 END)"
#define PARTIAL_REFUNDS "count (CASE WHEN k.remedy = 'partial-refund' THEN 1 END)"

/* The complaints of each request, aggregated once and joined to the requests. */
#define REQUEST_COMPLAINTS                                                              \
  " LEFT JOIN (SELECT k.request_id AS request_id, count (*) AS n, "                     \
  ACCEPT_MET " AS accept_met, " ACCEPT_COUNTED " AS accept_counted, "                   \
  RESOLVE_MET " AS resolve_met, " RESOLVE_COUNTED " AS resolve_counted, "               \
  RESERVICES " AS reservices, " PARTIAL_REFUNDS " AS partial_refunds "                   \
  "FROM complaints k WHERE k.request_id IS NOT NULL GROUP BY k.request_id) ka "         \
  "ON ka.request_id = q.id"

#define RATED(n) "count (CASE WHEN q.rating = " #n " THEN 1 END)"
#define RATING_DISTRIBUTION { RATED (1), RATED (2), RATED (3), RATED (4), RATED (5) }
#define AVERAGE_RATING { "sum (nullif (q.rating, 0))", "count (nullif (q.rating, 0))" }

typedef const char *const MeasureSql[STEWARD_REPORT_N_MEASURES][REPORT_MAX_RAW];

#define M(name) [STEWARD_REPORT_MEASURE_##name]

static MeasureSql requests_sql = {
  M (COUNT) = { "count (*)" },
  M (FEE_TOTAL) = { "sum (CASE WHEN q.state NOT IN ('rejected', 'cancelled') THEN "
                    "q.fee_fen + q.surcharge_fen - coalesce ("
                    REQUEST_LINES ("WHEN 'adjustment' THEN 1") ", 0) ELSE 0 END)" },
  M (RECEIVED) = { "sum (" REQUEST_LINES (W_RECEIVED) ")" },
  M (OUTSTANDING) = { "sum (CASE WHEN " AGREED_WORK " THEN q.fee_fen + q.surcharge_fen - "
                      "coalesce (" REQUEST_LINES (W_PAID_NET) ", 0) ELSE 0 END)" },
  M (AVERAGE_RATING) = AVERAGE_RATING,
  M (RESPONSE_SLA_PERCENT) = {
    "count (CASE WHEN q.response_due IS NOT NULL AND q.response_met = 1 THEN 1 END)",
    "count (CASE WHEN q.response_due IS NOT NULL THEN q.response_met END)" },
  M (DELIVERY_SLA_PERCENT) = {
    "count (CASE WHEN q.delivery_due IS NOT NULL AND q.delivery_met = 1 THEN 1 END)",
    "count (CASE WHEN q.delivery_due IS NOT NULL THEN q.delivery_met END)" },
  M (REFUNDS) = { "sum (" REQUEST_LINES (W_REFUNDS) ")" },
  M (COMPLAINTS_ACCEPTED_24H_PERCENT) = { "sum (ka.accept_met)", "sum (ka.accept_counted)" },
  M (COMPLAINTS_RESOLVED_48H_PERCENT) = { "sum (ka.resolve_met)", "sum (ka.resolve_counted)" },
  M (RATING_DISTRIBUTION) = RATING_DISTRIBUTION,
  M (REMEDIES) = { "sum (ka.reservices)", "sum (ka.partial_refunds)" },
  M (REVENUE) = { "sum (" REQUEST_LINES (W_REVENUE) ")" },
  M (COMPLAINTS) = { "sum (ka.n)" },
};

static MeasureSql payments_sql = {
  M (COUNT) = { "sum (CASE WHEN p.kind = 'reversal' THEN -1 ELSE 1 END)" },
  M (RECEIVED) = { LINE_SUM (W_RECEIVED) },
  M (REFUNDS) = { LINE_SUM (W_REFUNDS) },
  M (REVENUE) = { LINE_SUM (W_REVENUE) },
};

static MeasureSql trainings_sql = {
  M (COUNT) = { "count (*)" },
  M (TRAINING_HOURS) = { "sum (t.duration_minutes)" },
};

static MeasureSql complaints_sql = {
  M (COUNT) = { "count (*)" },
  M (COMPLAINTS) = { "count (*)" },
  M (COMPLAINTS_ACCEPTED_24H_PERCENT) = { ACCEPT_MET, ACCEPT_COUNTED },
  M (COMPLAINTS_RESOLVED_48H_PERCENT) = { RESOLVE_MET, RESOLVE_COUNTED },
  M (REMEDIES) = { RESERVICES, PARTIAL_REFUNDS },
};

static MeasureSql ratings_sql = {
  M (COUNT) = { "count (*)" },
  M (AVERAGE_RATING) = AVERAGE_RATING,
  M (RATING_DISTRIBUTION) = RATING_DISTRIBUTION,
};

static MeasureSql feedback_sql = {
  M (COUNT) = { "count (*)" },
};

#undef M

typedef struct
{
  const char  *from;       /* tables and joins; the request (if any) is q */
  const char  *instant;    /* the natural instant periods and time groupings read */
  const char  *client;     /* the client id */
  const char  *service;    /* the service code the rows group by */
  const char  *condition;  /* rows that count at all, or NULL */
  const char  *range;      /* first and last instant, for a report over all time */
  MeasureSql  *measures;
} SourceSql;

static const SourceSql sources[] = {
  [STEWARD_REPORT_SOURCE_REQUESTS] = {
    "service_requests q", "q.submitted_at", "q.client_id", "q.service", NULL,
    "SELECT min (submitted_at), max (submitted_at) FROM service_requests",
    &requests_sql },
  [STEWARD_REPORT_SOURCE_PAYMENTS] = {
    "payments p LEFT JOIN payments r ON p.kind = 'reversal' AND r.id = p.reverses_id "
    "LEFT JOIN service_requests q ON q.id = p.request_id "
    "LEFT JOIN monthly_packages pk ON pk.id = p.package_id",
    "p.at", "coalesce (q.client_id, pk.client_id)",
    "CASE WHEN p.package_id IS NOT NULL THEN 'package' ELSE q.service END", NULL,
    "SELECT min (at), max (at) FROM payments",
    &payments_sql },
  [STEWARD_REPORT_SOURCE_TRAININGS] = {
    "training_sessions t JOIN service_requests q ON q.id = t.request_id",
    "t.start_at", "q.client_id", "q.service", "t.status <> 'cancelled'",
    "SELECT (SELECT min (start_at) FROM training_sessions WHERE status <> 'cancelled'), "
    "(SELECT max (start_at) FROM training_sessions WHERE status <> 'cancelled')",
    &trainings_sql },
  [STEWARD_REPORT_SOURCE_COMPLAINTS] = {
    "complaints k LEFT JOIN service_requests q ON q.id = k.request_id",
    "k.received_at", "k.client_id", "coalesce (q.service, 'none')", NULL,
    "SELECT min (received_at), max (received_at) FROM complaints",
    &complaints_sql },
  [STEWARD_REPORT_SOURCE_RATINGS] = {
    "service_requests q", "coalesce (q.rated_at, q.accepted_at)", "q.client_id", "q.service",
    "q.rating > 0",
    "SELECT (SELECT min (coalesce (rated_at, accepted_at)) FROM service_requests WHERE rating > 0), "
    "(SELECT max (coalesce (rated_at, accepted_at)) FROM service_requests WHERE rating > 0)",
    &ratings_sql },
  [STEWARD_REPORT_SOURCE_FEEDBACK] = {
    "feedback_items f JOIN service_requests q ON q.id = f.request_id",
    "f.at", "q.client_id", "q.service", NULL,
    "SELECT min (at), max (at) FROM feedback_items",
    &feedback_sql },
};

guint
steward_report_sql_n_raw (StewardReportMeasure measure)
{
  switch (measure)
    {
    case STEWARD_REPORT_MEASURE_RATING_DISTRIBUTION:
      return 5;
    case STEWARD_REPORT_MEASURE_AVERAGE_RATING:
    case STEWARD_REPORT_MEASURE_RESPONSE_SLA_PERCENT:
    case STEWARD_REPORT_MEASURE_DELIVERY_SLA_PERCENT:
    case STEWARD_REPORT_MEASURE_COMPLAINTS_ACCEPTED_24H_PERCENT:
    case STEWARD_REPORT_MEASURE_COMPLAINTS_RESOLVED_48H_PERCENT:
    case STEWARD_REPORT_MEASURE_REMEDIES:
      return 2;
    default:
      return 1;
    }
}

const char *
steward_report_sql_range (StewardReportSource source)
{
  g_return_val_if_fail ((guint) source < G_N_ELEMENTS (sources), NULL);
  return sources[source].range;
}

static gboolean
needs_client_table (StewardReportSpec *spec)
{
  StewardReportGrouping dims[] = { steward_report_spec_get_grouping (spec),
                                   steward_report_spec_get_series (spec) };

  for (guint i = 0; i < G_N_ELEMENTS (dims); i++)
    if (dims[i] == STEWARD_REPORT_GROUPING_CLIENT || dims[i] == STEWARD_REPORT_GROUPING_OWNER)
      return TRUE;
  return steward_report_spec_get_owner (spec) != NULL;
}

static gboolean
needs_request_complaints (StewardReportSpec *spec)
{
  const StewardReportMeasure *measures;
  guint n;

  if (steward_report_spec_get_source (spec) != STEWARD_REPORT_SOURCE_REQUESTS)
    return FALSE;
  measures = steward_report_spec_get_measures (spec, &n);
  for (guint i = 0; i < n; i++)
    switch (measures[i])
      {
      case STEWARD_REPORT_MEASURE_COMPLAINTS:
      case STEWARD_REPORT_MEASURE_COMPLAINTS_ACCEPTED_24H_PERCENT:
      case STEWARD_REPORT_MEASURE_COMPLAINTS_RESOLVED_48H_PERCENT:
      case STEWARD_REPORT_MEASURE_REMEDIES:
        return TRUE;
      default:
        break;
      }
  return FALSE;
}

/* The key and sort expressions of one dimension, and its label column ("NULL" when the engine
 * labels the key itself). */
static void
dimension_sql (StewardReportGrouping  grouping,
               const SourceSql       *src,
               char                 **key,
               char                 **order,
               const char           **label)
{
  *label = "NULL";
  switch (grouping)
    {
    case STEWARD_REPORT_GROUPING_DAY:
    case STEWARD_REPORT_GROUPING_WEEK:
    case STEWARD_REPORT_GROUPING_MONTH:
    case STEWARD_REPORT_GROUPING_QUARTER:
    case STEWARD_REPORT_GROUPING_YEAR:
      *key = g_strdup ("b.idx");
      *order = g_strdup ("b.idx");
      break;
    case STEWARD_REPORT_GROUPING_SERVICE:
      *key = g_strdup (src->service);
      *order = g_strdup_printf ("CASE %s WHEN 'advisor' THEN 0 WHEN 'remote' THEN 1 "
                                "WHEN 'config' THEN 2 WHEN 'training' THEN 3 WHEN 'report' THEN 4 "
                                "WHEN 'visual' THEN 5 WHEN 'package' THEN 6 ELSE 7 END",
                                src->service);
      break;
    case STEWARD_REPORT_GROUPING_CATEGORY:
      /* Monthly packages cover technical support. */
      *key = g_strdup_printf ("CASE %s WHEN 'advisor' THEN 'support' WHEN 'remote' THEN 'support' "
                              "WHEN 'package' THEN 'support' WHEN 'config' THEN 'solution' "
                              "WHEN 'training' THEN 'solution' WHEN 'report' THEN 'analysis' "
                              "WHEN 'visual' THEN 'analysis' ELSE 'none' END", src->service);
      *order = g_strdup_printf ("CASE %s WHEN 'support' THEN 0 WHEN 'solution' THEN 1 "
                                "WHEN 'analysis' THEN 2 ELSE 3 END", *key);
      break;
    case STEWARD_REPORT_GROUPING_CLIENT:
      *key = g_strdup ("c.id");
      *order = g_strdup ("c.name_key");
      *label = "c.name";
      break;
    case STEWARD_REPORT_GROUPING_OWNER:
      *key = g_strdup ("c.owner");
      *order = g_strdup ("c.owner");
      break;
    case STEWARD_REPORT_GROUPING_NONE:
    default:
      /* Not an integer: ORDER BY reads a constant integer as a column number. */
      *key = g_strdup ("'all'");
      *order = g_strdup ("NULL");
      break;
    }
}

static void
append_filters (GString           *sql,
                StewardReportSpec *spec,
                const SourceSql   *src,
                gboolean           bucketed)
{
  guint n_clients = 0;

  g_string_append (sql, " WHERE 1");
  if (bucketed)
    g_string_append_printf (sql, " AND %s >= b.start AND %s < b.stop", src->instant, src->instant);
  if (src->condition != NULL)
    g_string_append_printf (sql, " AND %s", src->condition);
  steward_report_spec_get_client_ids (spec, &n_clients);
  if (n_clients > 0)
    g_string_append_printf (sql, " AND %s IN (SELECT value FROM json_each (:clients))", src->client);
  if (steward_report_spec_get_services (spec) != 0)
    g_string_append (sql, " AND q.service IN (SELECT value FROM json_each (:services))");
  if (steward_report_spec_get_states (spec) != 0)
    g_string_append (sql, " AND q.state IN (SELECT value FROM json_each (:states))");
  if (steward_report_spec_get_priority (spec) != STEWARD_REPORT_ANY_PRIORITY)
    g_string_append (sql, " AND q.priority = :priority");
  if (steward_report_spec_get_owner (spec) != NULL)
    g_string_append (sql, " AND c.owner = :owner");
}

static void
append_order (GString        *sql,
              ReportTimeRole  time_role,
              const char     *g_key,
              const char     *g_order,
              const char     *s_key,
              const char     *s_order)
{
  /* With time on one axis the engine lays the rows out itself, so the query returns them
   * grouped by the other dimension in its display order. */
  switch (time_role)
    {
    case REPORT_TIME_CATEGORY:
      g_string_append_printf (sql, " ORDER BY %s, %s, 1", s_order, s_key);
      break;
    case REPORT_TIME_SERIES:
      g_string_append_printf (sql, " ORDER BY %s, %s, 1", g_order, g_key);
      break;
    case REPORT_TIME_NONE:
    default:
      g_string_append_printf (sql, " ORDER BY %s, %s, %s, %s", g_order, g_key, s_order, s_key);
      break;
    }
}

char *
steward_report_sql_build (StewardReportSpec *spec,
                          gboolean           bucketed,
                          ReportTimeRole     time_role)
{
  const SourceSql *src = &sources[steward_report_spec_get_source (spec)];
  g_autofree char *g_key = NULL, *g_order = NULL, *s_key = NULL, *s_order = NULL;
  const char *g_label, *s_label;
  const StewardReportMeasure *measures;
  GString *sql = g_string_new ("SELECT ");
  guint n;

  dimension_sql (steward_report_spec_get_grouping (spec), src, &g_key, &g_order, &g_label);
  dimension_sql (steward_report_spec_get_series (spec), src, &s_key, &s_order, &s_label);
  g_string_append_printf (sql, "%s, %s, %s, %s, %s", bucketed ? "b.idx" : "0",
                          g_key, g_label, s_key, s_label);

  measures = steward_report_spec_get_measures (spec, &n);
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < steward_report_sql_n_raw (measures[i]); j++)
      {
        g_assert ((*src->measures)[measures[i]][j] != NULL);
        g_string_append_printf (sql, ", %s", (*src->measures)[measures[i]][j]);
      }

  /* The time units drive the join: for each one, an index range scan of the source's instant. */
  if (bucketed)
    g_string_append (sql, " FROM (SELECT CAST (key AS INTEGER) AS idx, "
                          "json_extract (value, '$[0]') AS start, json_extract (value, '$[1]') AS stop "
                          "FROM json_each (:buckets)) b CROSS JOIN ");
  else
    g_string_append (sql, " FROM ");
  g_string_append (sql, src->from);
  if (needs_client_table (spec))
    g_string_append_printf (sql, " JOIN clients c ON c.id = %s", src->client);
  if (needs_request_complaints (spec))
    g_string_append (sql, REQUEST_COMPLAINTS);

  append_filters (sql, spec, src, bucketed);
  g_string_append (sql, " GROUP BY 1, 2, 4");
  append_order (sql, time_role, g_key, g_order, s_key, s_order);
  return g_string_free (sql, FALSE);
}

/* A JSON array of the codes of the enum values whose bits are set. */
static char *
codes_json (GType enum_type,
            guint bits)
{
  GString *json = g_string_new ("[");

  for (guint v = 0; v < 32; v++)
    {
      const char *code;

      if ((bits & (1u << v)) == 0 || (code = steward_enum_code (enum_type, (int) v)) == NULL)
        continue;
      /* Codes are fixed ASCII words ("in-progress"): nothing to escape. */
      g_string_append_printf (json, "%s\"%s\"", json->len > 1 ? "," : "", code);
    }
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

static char *
ids_json (StewardReportSpec *spec)
{
  const gint64 *ids;
  guint n;
  GString *json = g_string_new ("[");

  ids = steward_report_spec_get_client_ids (spec, &n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

static void
bind_text (StewardStmt *stmt,
           const char  *name,
           char        *text)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_text (stmt, index, text, -1, g_free);
  else
    g_free (text);
}

void
steward_report_sql_bind (StewardStmt       *stmt,
                         StewardReportSpec *spec,
                         gint64             now,
                         const char        *buckets_json)
{
  int index;

  if ((index = sqlite3_bind_parameter_index (stmt, ":now")) > 0)
    sqlite3_bind_int64 (stmt, index, now);
  bind_text (stmt, ":buckets", g_strdup (buckets_json));
  bind_text (stmt, ":clients", ids_json (spec));
  bind_text (stmt, ":services", codes_json (STEWARD_TYPE_SERVICE, steward_report_spec_get_services (spec)));
  bind_text (stmt, ":states", codes_json (STEWARD_TYPE_STATE, steward_report_spec_get_states (spec)));
  bind_text (stmt, ":owner", g_strdup (steward_report_spec_get_owner (spec)));
  if ((index = sqlite3_bind_parameter_index (stmt, ":priority")) > 0)
    steward_stmt_bind_text (stmt, index,
                            steward_enum_code (STEWARD_TYPE_PRIORITY, steward_report_spec_get_priority (spec)));
}
