/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "steward-desk.h"
#include "steward-error.h"
#include "steward-report-engine.h"
#include "steward-report-templates.h"
#include "steward-store-clients.h"
#include "steward-store-requests.h"
#include "steward-store-testing-reports.h"
#include "test-store-util.h"

/* Every instant below is written out by hand, with its local time beside it. */
#define HOUR 3600
#define DAY  (24 * HOUR)

typedef struct {
  StoreFixture             base;
  StewardStoreClients     *clients;
  GTimeZone               *shanghai;
} Fixture;

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  store_fixture_setup (&fixture->base, data);
  fixture->clients = steward_store_clients_new (fixture->base.store);
  fixture->shanghai = g_time_zone_new_identifier ("Asia/Shanghai");
  g_assert_nonnull (fixture->shanghai);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  g_clear_pointer (&fixture->shanghai, g_time_zone_unref);
  g_clear_object (&fixture->clients);
  store_fixture_teardown (&fixture->base, data);
}

static gint64
client (Fixture    *fixture,
        const char *name,
        const char *owner)
{
  StewardClient *c = add_client (STEWARD_CLIENT_REPOSITORY (fixture->clients), name, "张伟",
                                 "0755-8888 6666", "zw@example.cn");
  g_autoptr(GError) error = NULL;
  gint64 id = steward_client_get_id (c);

  steward_client_set_owner (c, owner);
  g_assert_true (steward_client_repository_update (STEWARD_CLIENT_REPOSITORY (fixture->clients), c, NULL, &error));
  g_assert_no_error (error);
  g_object_unref (c);
  return id;
}

static gint64
add_request (Fixture                     *fixture,
             const StewardTestingRequest *r)
{
  g_autoptr(GError) error = NULL;
  gint64 id = steward_store_testing_add_request (fixture->base.store, r, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A request with no deadlines and no rating. */
static gint64
request (Fixture    *fixture,
         gint64      client_id,
         const char *service,
         const char *state,
         gint64      fee_fen,
         gint64      submitted_at)
{
  StewardTestingRequest r;

  steward_testing_request_init (&r);
  r.client_id = client_id;
  r.service = service;
  r.state = state;
  r.fee_fen = fee_fen;
  r.submitted_at = submitted_at;
  return add_request (fixture, &r);
}

static gint64
line (Fixture    *fixture,
      gint64      request_id,
      const char *kind,
      gint64      amount_fen,
      gint64      at,
      gint64      reverses_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = steward_store_testing_add_line (fixture->base.store, request_id, kind, amount_fen,
                                              at, reverses_id, &error);

  g_assert_no_error (error);
  return id;
}

static void
complaint (Fixture    *fixture,
           gint64      client_id,
           gint64      request_id,
           gint64      received_at,
           gint64      accepted_at,
           gint64      resolved_at,
           const char *remedy)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (steward_store_testing_add_complaint (fixture->base.store, client_id, request_id,
                                                        received_at, accepted_at, resolved_at,
                                                        remedy, &error), >, 0);
  g_assert_no_error (error);
}

static StewardReportResult *
run (Fixture           *fixture,
     StewardReportSpec *spec,
     gint64             now,
     GTimeZone         *tz)
{
  g_autoptr(GError) error = NULL;
  StewardReportResult *result;

  result = steward_report_engine_run (fixture->base.store, spec, now, tz, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static StewardReportSpec *
spec_new (StewardReportSource   source,
          StewardReportGrouping grouping,
          const char           *period,
          guint                 n_measures,
          ...)
{
  StewardReportSpec *spec = steward_report_spec_new ();
  StewardReportMeasure measures[16];
  va_list args;

  va_start (args, n_measures);
  for (guint i = 0; i < n_measures; i++)
    measures[i] = va_arg (args, int);
  va_end (args);
  steward_report_spec_set_name (spec, "Test");
  steward_report_spec_set_source (spec, source);
  steward_report_spec_set_grouping (spec, grouping);
  steward_report_spec_set_period (spec, period);
  steward_report_spec_set_measures (spec, measures, n_measures);
  return spec;
}

static guint
column (StewardReportResult *result,
        const char          *id)
{
  int c = steward_report_result_find_column (result, id);

  g_assert_cmpint (c, >=, 0);
  return (guint) c;
}

static void
assert_row (StewardReportResult *result,
            guint                row,
            const char          *category_key,
            const char          *series_key)
{
  g_assert_cmpuint (row, <, steward_report_result_get_n_rows (result));
  g_assert_cmpstr (steward_report_result_get_category_key (result, row), ==, category_key);
  g_assert_cmpstr (steward_report_result_get_series_key (result, row), ==, series_key);
}

static void
assert_int (StewardReportResult *result,
            guint                row,
            const char          *id,
            gint64               expected)
{
  guint c = column (result, id);

  g_assert_false (steward_report_result_is_empty (result, row, c));
  g_assert_cmpint (steward_report_result_get_int (result, row, c), ==, expected);
}

static void
assert_empty (StewardReportResult *result,
              guint                row,
              const char          *id)
{
  g_assert_true (steward_report_result_is_empty (result, row, column (result, id)));
}

static void
assert_rating (StewardReportResult *result,
               guint                row,
               double               expected)
{
  guint c = column (result, "average-rating");

  g_assert_false (steward_report_result_is_empty (result, row, c));
  g_assert_cmpfloat_with_epsilon (steward_report_result_get_double (result, row, c), expected, 1e-9);
}

static void
test_quarter_boundary (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(StewardReportSpec) spec = NULL;
  g_autoptr(StewardReportResult) result = NULL;
  gint64 a = client (fixture, "云帆科技", "王经理");
  gint64 q = request (fixture, a, "config", "in-progress", 400000, 1782835199 - 10 * DAY);

  /* 2026-06-30T23:59:59+08:00 is Q2 and 2026-07-01T00:00:00+08:00 is Q3 in Shanghai, though
   * both are on June 30 in UTC (15:59:59Z and 16:00:00Z). */
  line (fixture, q, "payment", 10000, 1782835199, 0);
  line (fixture, q, "payment", 25000, 1782835200, 0);

  /* 2026: Q1 (empty, shown as zero), Q2, Q3; Q4 starts after now (2026-08-15T12:00+08:00) and
   * has nothing in it, so it is left out. */
  spec = spec_new (STEWARD_REPORT_SOURCE_PAYMENTS, STEWARD_REPORT_GROUPING_QUARTER, "2026",
                   1, STEWARD_REPORT_MEASURE_REVENUE);
  result = run (fixture, spec, 1786766400, fixture->shanghai);
  g_assert_cmpuint (steward_report_result_get_n_rows (result), ==, 3);
  assert_row (result, 0, "2026-Q1", NULL);
  assert_int (result, 0, "revenue", 0);
  assert_row (result, 1, "2026-Q2", NULL);
  g_assert_cmpstr (steward_report_result_get_category_label (result, 1), ==, "Q2 2026");
  assert_int (result, 1, "revenue", 10000);
  assert_row (result, 2, "2026-Q3", NULL);
  assert_int (result, 2, "revenue", 25000);
  g_assert_cmpstr (steward_report_result_get_category_title (result), ==, "Quarter");
}

static void
test_refund_lowers_revenue (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(StewardReportSpec) spec = NULL;
  g_autoptr(StewardReportResult) result = NULL;
  gint64 a = client (fixture, "云帆科技", "王经理");
  gint64 t = 1772416800;  /* 2026-03-02T10:00+08:00 */
  gint64 settled = request (fixture, a, "config", "settled", 50000, t);
  gint64 working = request (fixture, a, "config", "in-progress", 20000, t);
  gint64 cancelled = request (fixture, a, "training", "cancelled", 30000, t);
  gint64 mistake;

  /* Settled: paid 500.00, then a complaint's partial refund of 50.00. */
  line (fixture, settled, "payment", 50000, t + DAY, 0);
  line (fixture, settled, "adjustment", 5000, t + 9 * DAY, 0);
  /* In progress: a 100.00 deposit, and a mistaken 30.00 line undone by a reversal. */
  line (fixture, working, "payment", 10000, t + DAY, 0);
  mistake = line (fixture, working, "payment", 3000, t + DAY, 0);
  line (fixture, working, "reversal", 3000, t + 2 * DAY, mistake);
  /* Cancelled: its 150.00 deposit refunded. */
  line (fixture, cancelled, "payment", 15000, t + DAY, 0);
  line (fixture, cancelled, "refund", 15000, t + 3 * DAY, 0);

  spec = spec_new (STEWARD_REPORT_SOURCE_REQUESTS, STEWARD_REPORT_GROUPING_NONE, NULL, 6,
                   STEWARD_REPORT_MEASURE_COUNT, STEWARD_REPORT_MEASURE_FEE_TOTAL,
                   STEWARD_REPORT_MEASURE_RECEIVED, STEWARD_REPORT_MEASURE_REFUNDS,
                   STEWARD_REPORT_MEASURE_REVENUE, STEWARD_REPORT_MEASURE_OUTSTANDING);
  result = run (fixture, spec, t + 30 * DAY, fixture->shanghai);
  g_assert_cmpuint (steward_report_result_get_n_rows (result), ==, 1);
  assert_row (result, 0, "all", NULL);
  g_assert_cmpstr (steward_report_result_get_category_label (result, 0), ==, "Total");
  assert_int (result, 0, "count", 3);
  /* 500.00 − 50.00 adjusted + 200.00; the cancelled request's fee is not owed. */
  assert_int (result, 0, "fee-total", 65000);
  /* 500.00 + 100.00 (+30.00 − 30.00) + 150.00 */
  assert_int (result, 0, "received", 75000);
  /* 50.00 partial refund + 150.00 deposit refund */
  assert_int (result, 0, "refunds", 20000);
  /* 750.00 − 200.00 */
  assert_int (result, 0, "revenue", 55000);
  /* Settled: 450.00 net fee − 450.00 kept = 0; in progress: 200.00 − 100.00. */
  assert_int (result, 0, "outstanding", 10000);
}

static void
test_sla_compliance (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardReportSpec) spec = steward_report_template_new ("sla-compliance", &error);
  g_autoptr(StewardReportResult) result = NULL;
  gint64 a = client (fixture, "云帆科技", "王经理");
  gint64 t = 1772416800;  /* 2026-03-02T10:00+08:00 */
  StewardTestingRequest r;
  const struct { const char *service; gboolean response; int met; } rows[] = {
    { "advisor", TRUE, 1 },                        /* response met */
    { "advisor", TRUE, 0 },                        /* response breached */
    { "remote", TRUE, STEWARD_TESTING_UNSET },     /* clock running: left out */
    { "advisor", FALSE, 1 },                       /* no deadline: left out */
    { "config", FALSE, 1 },                        /* delivery met */
    { "training", FALSE, 0 },                      /* delivery breached */
    { "config", FALSE, 1 },                        /* delivery met */
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      gboolean delivery = g_str_equal (rows[i].service, "config") || g_str_equal (rows[i].service, "training");

      steward_testing_request_init (&r);
      r.client_id = a;
      r.service = rows[i].service;
      r.state = "delivered";
      r.fee_fen = 10000;
      r.submitted_at = t + i * HOUR;
      r.response_due = rows[i].response ? t + i * HOUR + 2 * HOUR : STEWARD_TIME_NONE;
      r.response_met = delivery ? STEWARD_TESTING_UNSET : rows[i].met;
      r.delivery_due = delivery ? t + 5 * DAY : STEWARD_TIME_NONE;
      r.delivery_met = delivery ? rows[i].met : STEWARD_TESTING_UNSET;
      add_request (fixture, &r);
    }

  /* "This year" at 2026-05-10T12:00+08:00: January to May, one row each. */
  result = run (fixture, spec, 1778385600, fixture->shanghai);
  g_assert_cmpuint (steward_report_result_get_n_rows (result), ==, 5);
  assert_row (result, 2, "2026-03", NULL);
  g_assert_cmpstr (steward_report_result_get_category_label (result, 2), ==, "March 2026");
  /* One met and one breached response: 50.00%. Two of three deliveries: 66.67%. */
  assert_int (result, 2, "response-sla-percent", 5000);
  assert_int (result, 2, "delivery-sla-percent", 6667);
  /* Months with no deadlines have nothing to measure, which is not 0%. */
  assert_row (result, 0, "2026-01", NULL);
  assert_empty (result, 0, "response-sla-percent");
  assert_row (result, 4, "2026-05", NULL);
  assert_empty (result, 4, "delivery-sla-percent");
}

/* Through the real desk and request store: the response outcomes are the ones core computed on
 * the business calendar (09:00–12:00, 13:00–18:00, Monday to Friday) and stored. Measured on
 * the clock instead, D2 and D4 would be late and the figure 40.00%. */
static void
test_sla_from_desk (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(StewardCalendar) calendar = steward_calendar_new (fixture->shanghai);
  g_autoptr(StewardStoreRequests) repo = steward_store_requests_new (fixture->base.store, calendar);
  g_autoptr(StewardDesk) desk = steward_desk_new (STEWARD_REQUEST_REPOSITORY (repo), calendar, NULL, "王经理");
  g_autoptr(StewardReportSpec) spec = NULL;
  g_autoptr(StewardReportResult) result = NULL;
  gint64 a = client (fixture, "云帆科技", "王经理");
  const struct { gint64 submitted; StewardPriority priority; gint64 responded; } rows[] = {
    /* D1 Mon 2026-03-09 10:00, due 12:00; answered 11:00: met. */
    { 1773021600, STEWARD_PRIORITY_STANDARD, 1773025200 },
    /* D2 Mon 11:00, due 14:00 (the lunch hour does not count); answered 13:30: met. */
    { 1773025200, STEWARD_PRIORITY_STANDARD, 1773034200 },
    /* D3 Mon 15:00 urgent, due 15:30; answered at 15:30 exactly: met. */
    { 1773039600, STEWARD_PRIORITY_URGENT, 1773041400 },
    /* D4 Fri 2026-03-13 17:00, due Mon 2026-03-16 10:00; answered Mon 09:30: met. */
    { 1773392400, STEWARD_PRIORITY_STANDARD, 1773624600 },
    /* D5 Tue 2026-03-10 09:00, due 11:00; answered 11:01: breached. */
    { 1773104400, STEWARD_PRIORITY_STANDARD, 1773111660 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
      g_autoptr(StewardServiceRequest) stored = NULL;
      g_autoptr(GError) error = NULL;

      g_object_set (draft, "client-id", a, "service", STEWARD_SERVICE_ADVISOR,
                    "priority", rows[i].priority, "description", "报表导出失败", NULL);
      stored = steward_desk_create_request (desk, draft, rows[i].submitted, &error);
      g_assert_no_error (error);
      g_assert_true (steward_desk_respond (desk, steward_service_request_get_id (stored),
                                           rows[i].responded, NULL, &error));
      g_assert_no_error (error);
    }

  spec = spec_new (STEWARD_REPORT_SOURCE_REQUESTS, STEWARD_REPORT_GROUPING_NONE, "2026-03", 2,
                   STEWARD_REPORT_MEASURE_COUNT, STEWARD_REPORT_MEASURE_RESPONSE_SLA_PERCENT);
  result = run (fixture, spec, 1774972800, fixture->shanghai);  /* 2026-04-01T00:00+08:00 */
  assert_int (result, 0, "count", 5);
  /* 4 of 5 on time */
  assert_int (result, 0, "response-sla-percent", 8000);
}

static void
rate (Fixture    *fixture,
      gint64      client_id,
      const char *service,
      int         rating,
      gint64      rated_at,
      gint64      accepted_at)
{
  StewardTestingRequest r;

  steward_testing_request_init (&r);
  r.client_id = client_id;
  r.service = service;
  r.state = "settled";
  r.fee_fen = 10000;
  r.submitted_at = accepted_at - 7 * DAY;
  r.rating = rating;
  r.rated_at = rated_at;
  r.accepted_at = accepted_at;
  add_request (fixture, &r);
}

static void
test_satisfaction (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardReportSpec) spec = steward_report_template_new ("satisfaction", &error);
  g_autoptr(StewardReportResult) result = NULL;
  gint64 a = client (fixture, "云帆科技", "王经理");

  g_assert_no_error (error);
  rate (fixture, a, "advisor", 4, 1775786400, 1775786400);               /* 2026-04-10 */
  rate (fixture, a, "advisor", 5, 1776214800, 1776214800);               /* 2026-04-15 */
  rate (fixture, a, "remote", 3, 1772416800, 1772416800);                /* 2026-03-02 */
  rate (fixture, a, "advisor", 2, 1748743200, 1748743200);               /* 2025-06-01: last year */
  rate (fixture, a, "config", 1, STEWARD_TIME_NONE, 1775786400);          /* time of acceptance */
  rate (fixture, a, "visual", 0, STEWARD_TIME_NONE, 1775786400);          /* not rated */

  /* "This year" at 2026-05-10T12:00+08:00, by service. */
  result = run (fixture, spec, 1778385600, fixture->shanghai);
  g_assert_cmpuint (steward_report_result_get_n_rows (result), ==, 3);
  assert_row (result, 0, "advisor", NULL);
  g_assert_cmpstr (steward_report_result_get_category_label (result, 0), ==, "Dedicated technical advisor");
  /* (4 + 5) / 2 */
  assert_rating (result, 0, 4.5);
  assert_int (result, 0, "rating-1", 0);
  assert_int (result, 0, "rating-3", 0);
  assert_int (result, 0, "rating-4", 1);
  assert_int (result, 0, "rating-5", 1);
  g_assert_cmpstr (steward_report_result_get_column_label (result, column (result, "rating-5")), ==, "5 stars");
  assert_row (result, 1, "remote", NULL);
  assert_rating (result, 1, 3.0);
  assert_int (result, 1, "rating-3", 1);
  assert_row (result, 2, "config", NULL);
  assert_rating (result, 2, 1.0);
  assert_int (result, 2, "rating-1", 1);
}

static void
test_monthly_revenue (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardReportSpec) spec = steward_report_template_new ("monthly-revenue", &error);
  g_autoptr(StewardReportResult) result = NULL;
  gint64 a = client (fixture, "云帆科技", "王经理");
  gint64 advisor = request (fixture, a, "advisor", "settled", 30000, 1775786400);
  gint64 config = request (fixture, a, "config", "in-progress", 100000, 1775786400);

  g_assert_no_error (error);
  line (fixture, advisor, "payment", 10000, 1775786400, 0);          /* 2026-04-10T10:00 */
  g_assert_cmpint (steward_store_testing_add_package_payment (fixture->base.store, a, 100000,
                                                              1776214800, &error), >, 0);  /* 04-15 */
  g_assert_no_error (error);
  line (fixture, advisor, "payment", 20000, 1780624800, 0);          /* 2026-06-05T10:00 */
  line (fixture, config, "payment", 50000, 1780624800, 0);           /* 2026-06-05T10:00 */
  line (fixture, config, "refund", 5000, 1780624800 + HOUR, 0);      /* 2026-06-05T11:00 */

  /* "This year" at 2026-06-20T10:00+08:00: January to June × advisor, config, packages. */
  result = run (fixture, spec, 1781920800, fixture->shanghai);
  g_assert_cmpuint (steward_report_result_get_n_rows (result), ==, 18);
  g_assert_cmpuint (steward_report_result_get_n_series (result), ==, 3);
  g_assert_cmpstr (steward_report_result_get_nth_series_label (result, 2), ==, "Monthly packages");

  assert_row (result, 0, "2026-01", "advisor");
  assert_int (result, 0, "revenue", 0);
  assert_row (result, 9, "2026-04", "advisor");
  assert_int (result, 9, "revenue", 10000);
  assert_row (result, 10, "2026-04", "config");
  assert_int (result, 10, "revenue", 0);
  assert_row (result, 11, "2026-04", "package");
  assert_int (result, 11, "revenue", 100000);
  /* May had no money at all: zero, not missing, in every series. */
  for (guint row = 12; row < 15; row++)
    {
      g_assert_cmpstr (steward_report_result_get_category_label (result, row), ==, "May 2026");
      assert_int (result, row, "revenue", 0);
    }
  assert_row (result, 15, "2026-06", "advisor");
  assert_int (result, 15, "revenue", 20000);
  assert_row (result, 16, "2026-06", "config");
  /* 500.00 received − 50.00 refunded */
  assert_int (result, 16, "revenue", 45000);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(StewardReportSpec) spec = NULL;
  gint64 a = client (fixture, "云帆科技", "王经理");
  gint64 b = client (fixture, "Acme 贸易", "李经理");
  gint64 t = 1772416800;  /* 2026-03-02T10:00+08:00 */
  StewardTestingRequest r;

  steward_testing_request_init (&r);
  r.client_id = a, r.service = "advisor", r.state = "settled", r.fee_fen = 10000, r.submitted_at = t;
  add_request (fixture, &r);
  r.service = "config", r.priority = "urgent", r.state = "in-progress", r.fee_fen = 200000;
  add_request (fixture, &r);
  r.client_id = b, r.service = "advisor", r.state = "settled", r.fee_fen = 15000;
  add_request (fixture, &r);
  r.service = "report", r.priority = "standard", r.state = "cancelled", r.fee_fen = 50000;
  add_request (fixture, &r);

  spec = spec_new (STEWARD_REPORT_SOURCE_REQUESTS, STEWARD_REPORT_GROUPING_CLIENT, NULL, 2,
                   STEWARD_REPORT_MEASURE_COUNT, STEWARD_REPORT_MEASURE_FEE_TOTAL);

  /* Clients sort by name: Acme before 云帆. */
  {
    g_autoptr(StewardReportResult) result = run (fixture, spec, t + DAY, fixture->shanghai);
    g_autofree char *b_key = g_strdup_printf ("%" G_GINT64_FORMAT, b);

    g_assert_cmpuint (steward_report_result_get_n_rows (result), ==, 2);
    assert_row (result, 0, b_key, NULL);
    g_assert_cmpstr (steward_report_result_get_category_label (result, 0), ==, "Acme 贸易");
    assert_int (result, 0, "count", 2);
    assert_int (result, 1, "count", 2);
    assert_int (result, 1, "fee-total", 210000);
  }

  /* Client B only: its cancelled request counts but owes no fee. */
  {
    g_autoptr(StewardReportResult) result = NULL;

    steward_report_spec_set_client_ids (spec, &b, 1);
    result = run (fixture, spec, t + DAY, fixture->shanghai);
    g_assert_cmpuint (steward_report_result_get_n_rows (result), ==, 1);
    g_assert_cmpstr (steward_report_result_get_category_label (result, 0), ==, "Acme 贸易");
    assert_int (result, 0, "count", 2);
    assert_int (result, 0, "fee-total", 15000);
    steward_report_spec_set_client_ids (spec, NULL, 0);
  }

  /* Services advisor and config: B's report request drops out. */
  {
    g_autoptr(StewardReportResult) result = NULL;

    steward_report_spec_set_services (spec, STEWARD_REPORT_SERVICE_BIT (STEWARD_SERVICE_ADVISOR) |
                                             STEWARD_REPORT_SERVICE_BIT (STEWARD_SERVICE_CONFIG));
    result = run (fixture, spec, t + DAY, fixture->shanghai);
    g_assert_cmpuint (steward_report_result_get_n_rows (result), ==, 2);
    assert_int (result, 0, "count", 1);
    assert_int (result, 0, "fee-total", 15000);
    assert_int (result, 1, "count", 2);
    steward_report_spec_set_services (spec, 0);
  }

  /* Urgent, settled, and one account manager. */
  {
    g_autoptr(StewardReportResult) urgent = NULL, settled = NULL, owned = NULL;

    steward_report_spec_set_priority (spec, STEWARD_PRIORITY_URGENT);
    urgent = run (fixture, spec, t + DAY, fixture->shanghai);
    g_assert_cmpuint (steward_report_result_get_n_rows (urgent), ==, 2);
    assert_int (urgent, 0, "fee-total", 15000);
    assert_int (urgent, 1, "fee-total", 200000);
    steward_report_spec_set_priority (spec, STEWARD_REPORT_ANY_PRIORITY);

    steward_report_spec_set_states (spec, STEWARD_REPORT_STATE_BIT (STEWARD_STATE_SETTLED));
    settled = run (fixture, spec, t + DAY, fixture->shanghai);
    assert_int (settled, 0, "fee-total", 15000);
    assert_int (settled, 1, "fee-total", 10000);
    steward_report_spec_set_states (spec, 0);

    steward_report_spec_set_owner (spec, "王经理");
    steward_report_spec_set_grouping (spec, STEWARD_REPORT_GROUPING_OWNER);
    owned = run (fixture, spec, t + DAY, fixture->shanghai);
    g_assert_cmpuint (steward_report_result_get_n_rows (owned), ==, 1);
    assert_row (owned, 0, "王经理", NULL);
    assert_int (owned, 0, "count", 2);
  }
}

static void
test_berlin_dst (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(StewardReportSpec) spec = NULL;
  g_autoptr(StewardReportResult) months = NULL, utc_months = NULL, days = NULL;
  gint64 a = client (fixture, "Berliner Bau GmbH", "Anna");
  gint64 q = request (fixture, a, "config", "in-progress", 400000, 1792967400 - 30 * DAY);
  gint64 now = 1797332400;  /* 2026-12-15T12:00+01:00 */

  g_assert_nonnull (berlin);
  /* Summer time ended on 2026-10-25 (03:00 CEST → 02:00 CET). With October's +02:00 offset
   * November would begin at 2026-10-31T22:00Z; it begins at 23:00Z. */
  line (fixture, q, "payment", 10000, 1793485800, 0);  /* 2026-10-31T23:30+01:00 = 22:30Z */
  line (fixture, q, "payment", 20000, 1793489400, 0);  /* 2026-11-01T00:30+01:00 = Oct 31 23:30Z */
  line (fixture, q, "payment", 1000, 1792967400, 0);   /* 2026-10-25T23:30+01:00 */
  line (fixture, q, "payment", 2000, 1792969800, 0);   /* 2026-10-26T00:10+01:00 */

  spec = spec_new (STEWARD_REPORT_SOURCE_PAYMENTS, STEWARD_REPORT_GROUPING_MONTH,
                   "2026-10-01..2026-11-30", 1, STEWARD_REPORT_MEASURE_RECEIVED);
  months = run (fixture, spec, now, berlin);
  g_assert_cmpuint (steward_report_result_get_n_rows (months), ==, 2);
  assert_row (months, 0, "2026-10", NULL);
  assert_int (months, 0, "received", 13000);
  assert_row (months, 1, "2026-11", NULL);
  assert_int (months, 1, "received", 20000);

  /* In UTC all four are in October. */
  utc_months = run (fixture, spec, now, utc);
  assert_int (utc_months, 0, "received", 33000);
  assert_int (utc_months, 1, "received", 0);

  /* The 25th has 25 hours; each payment lands on its local day. */
  steward_report_spec_set_grouping (spec, STEWARD_REPORT_GROUPING_DAY);
  steward_report_spec_set_period (spec, "2026-10-24..2026-10-26");
  days = run (fixture, spec, now, berlin);
  g_assert_cmpuint (steward_report_result_get_n_rows (days), ==, 3);
  assert_row (days, 0, "2026-10-24", NULL);
  assert_int (days, 0, "received", 0);
  assert_row (days, 1, "2026-10-25", NULL);
  assert_int (days, 1, "received", 1000);
  assert_row (days, 2, "2026-10-26", NULL);
  assert_int (days, 2, "received", 2000);
}

/* The policy's quarterly review over Q2 and Q3 2026, every figure worked out by hand. */
static void
test_quarterly_summary (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardReportSpec) spec = steward_report_template_new ("quarterly-summary", &error);
  g_autoptr(StewardReportResult) result = NULL;
  gint64 a = client (fixture, "云帆科技", "王经理");
  gint64 now = 1791518400;            /* 2026-10-09T12:00+08:00 */
  gint64 t1 = 1778551200;             /* 2026-05-12T10:00 Q2 */
  gint64 t2 = 1785720600;             /* 2026-08-03T09:30 Q3 */
  gint64 t3 = 1787205600;             /* 2026-08-20T14:00 Q3 */
  gint64 t4 = 1788228000;             /* 2026-09-01T10:00 Q3 */
  StewardTestingRequest r;
  gint64 r1, r2, r3, r4;

  g_assert_no_error (error);
  steward_testing_request_init (&r);
  r.client_id = a, r.service = "advisor", r.state = "settled", r.fee_fen = 20000;
  r.submitted_at = t1, r.response_due = t1 + 2 * HOUR, r.response_met = 1;
  r.rating = 5, r.rated_at = t1 + 7 * DAY, r.accepted_at = t1 + 7 * DAY;
  r1 = add_request (fixture, &r);
  r.fee_fen = 15000, r.submitted_at = t2, r.response_due = t2 + 2 * HOUR, r.response_met = 1;
  r.rating = 4, r.rated_at = t2 + 7 * DAY, r.accepted_at = t2 + 7 * DAY;
  r2 = add_request (fixture, &r);
  r.state = "accepted", r.fee_fen = 10000, r.submitted_at = t3, r.response_due = t3 + 2 * HOUR;
  r.response_met = 0, r.rating = 0, r.rated_at = STEWARD_TIME_NONE;
  r3 = add_request (fixture, &r);
  steward_testing_request_init (&r);
  r.client_id = a, r.service = "config", r.state = "delivered", r.fee_fen = 300000;
  r.submitted_at = t4, r.response_due = t4 + 2 * HOUR, r.response_met = 1;
  r.delivery_due = t4 + 10 * DAY, r.delivery_met = 0;
  r4 = add_request (fixture, &r);

  line (fixture, r1, "payment", 20000, t1 + DAY, 0);
  line (fixture, r2, "payment", 15000, t2 + DAY, 0);
  line (fixture, r2, "adjustment", 5000, t2 + 9 * DAY, 0);
  line (fixture, r3, "payment", 10000, t3 + DAY, 0);
  line (fixture, r4, "payment", 150000, t4 + DAY, 0);
  /* On R2: accepted in 2 h, solved in 40 h, partially refunded. */
  complaint (fixture, a, r2, t2 + 7 * DAY, t2 + 7 * DAY + 2 * HOUR, t2 + 7 * DAY + 40 * HOUR, "partial-refund");
  /* On R3: accepted after 30 h (late), never solved (late at now), re-served. */
  complaint (fixture, a, r3, t3 + DAY, t3 + DAY + 30 * HOUR, STEWARD_TIME_NONE, "re-service");
  /* On R3: received 10 h before now: both clocks still run, so it is only counted. */
  complaint (fixture, a, r3, now - 10 * HOUR, STEWARD_TIME_NONE, STEWARD_TIME_NONE, "none");

  steward_report_spec_set_periodic (spec, STEWARD_REPORT_PERIODIC_NONE);
  steward_report_spec_set_period (spec, "2026-04-01..2026-09-30");
  result = run (fixture, spec, now, fixture->shanghai);

  g_assert_cmpuint (steward_report_result_get_n_columns (result), ==, 15);
  g_assert_cmpuint (steward_report_result_get_n_rows (result), ==, 4);
  g_assert_cmpstr (steward_report_result_get_series_title (result), ==, "Service");

  /* Q2 advisor: R1. */
  assert_row (result, 0, "2026-Q2", "advisor");
  assert_int (result, 0, "count", 1);
  assert_int (result, 0, "revenue", 20000);
  assert_rating (result, 0, 5.0);
  assert_int (result, 0, "rating-5", 1);
  assert_int (result, 0, "response-sla-percent", 10000);
  assert_empty (result, 0, "delivery-sla-percent");
  assert_int (result, 0, "complaints", 0);
  assert_empty (result, 0, "complaints-accepted-24h-percent");

  /* Q2 config: nothing happened, a zero row so the table is complete. */
  assert_row (result, 1, "2026-Q2", "config");
  assert_int (result, 1, "count", 0);
  assert_int (result, 1, "revenue", 0);
  assert_empty (result, 1, "average-rating");
  assert_empty (result, 1, "response-sla-percent");

  /* Q3 advisor: R2 and R3. */
  assert_row (result, 2, "2026-Q3", "advisor");
  assert_int (result, 2, "count", 2);
  /* (150.00 − 50.00) + 100.00 */
  assert_int (result, 2, "revenue", 20000);
  assert_rating (result, 2, 4.0);
  assert_int (result, 2, "rating-4", 1);
  assert_int (result, 2, "rating-5", 0);
  /* R2 met, R3 breached: 50.00% */
  assert_int (result, 2, "response-sla-percent", 5000);
  assert_empty (result, 2, "delivery-sla-percent");
  assert_int (result, 2, "complaints", 3);
  /* Accepted: on time 1 of 2 counted (the third still runs); solved: 1 of 2. */
  assert_int (result, 2, "complaints-accepted-24h-percent", 5000);
  assert_int (result, 2, "complaints-resolved-48h-percent", 5000);
  assert_int (result, 2, "remedies-re-service", 1);
  assert_int (result, 2, "remedies-partial-refund", 1);

  /* Q3 config: R4, delivered late. */
  assert_row (result, 3, "2026-Q3", "config");
  assert_int (result, 3, "count", 1);
  assert_int (result, 3, "revenue", 150000);
  assert_empty (result, 3, "average-rating");
  assert_int (result, 3, "rating-1", 0);
  assert_int (result, 3, "response-sla-percent", 10000);
  assert_int (result, 3, "delivery-sla-percent", 0);
  assert_int (result, 3, "complaints", 0);
  assert_int (result, 3, "remedies-re-service", 0);
}

static void
test_complaints_source (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(StewardReportSpec) spec = NULL;
  g_autoptr(StewardReportResult) result = NULL;
  gint64 a = client (fixture, "云帆科技", "王经理");
  gint64 now = 1791518400;  /* 2026-10-09T12:00+08:00 */
  gint64 q = request (fixture, a, "advisor", "settled", 10000, now - 20 * DAY);
  gint64 x = now - 5 * DAY;

  complaint (fixture, a, q, x, x + 2 * HOUR, x + 40 * HOUR, "re-service");           /* on time */
  complaint (fixture, a, q, x, x + 30 * HOUR, x + 50 * HOUR, "partial-refund");      /* both late */
  /* Without a request: one second past its 24 h, late; exactly at 24 h, still on time and
   * so not counted yet; 10 h old, running. */
  complaint (fixture, a, 0, now - 24 * HOUR - 1, STEWARD_TIME_NONE, STEWARD_TIME_NONE, "none");
  complaint (fixture, a, 0, now - 24 * HOUR, STEWARD_TIME_NONE, STEWARD_TIME_NONE, "none");
  complaint (fixture, a, 0, now - 10 * HOUR, STEWARD_TIME_NONE, STEWARD_TIME_NONE, "none");

  spec = spec_new (STEWARD_REPORT_SOURCE_COMPLAINTS, STEWARD_REPORT_GROUPING_SERVICE, "2026-Q4", 4,
                   STEWARD_REPORT_MEASURE_COMPLAINTS, STEWARD_REPORT_MEASURE_COMPLAINTS_ACCEPTED_24H_PERCENT,
                   STEWARD_REPORT_MEASURE_COMPLAINTS_RESOLVED_48H_PERCENT, STEWARD_REPORT_MEASURE_REMEDIES);
  result = run (fixture, spec, now, fixture->shanghai);
  g_assert_cmpuint (steward_report_result_get_n_rows (result), ==, 2);
  assert_row (result, 0, "advisor", NULL);
  assert_int (result, 0, "complaints", 2);
  assert_int (result, 0, "complaints-accepted-24h-percent", 5000);
  assert_int (result, 0, "complaints-resolved-48h-percent", 5000);
  assert_int (result, 0, "remedies-re-service", 1);
  assert_int (result, 0, "remedies-partial-refund", 1);
  assert_row (result, 1, "none", NULL);
  g_assert_cmpstr (steward_report_result_get_category_label (result, 1), ==, "No request");
  assert_int (result, 1, "complaints", 3);
  /* 0 of 1 counted: 0.00%, which is a figure, not an empty cell. */
  assert_int (result, 1, "complaints-accepted-24h-percent", 0);
  assert_empty (result, 1, "complaints-resolved-48h-percent");
}

static void
test_trainings_and_feedback (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardReportSpec) spec = NULL;
  g_autoptr(StewardReportResult) result = NULL, feedback = NULL;
  gint64 a = client (fixture, "云帆科技", "王经理");
  gint64 t = 1773108000;  /* 2026-03-10T10:00+08:00 */
  gint64 q = request (fixture, a, "training", "in-progress", 300000, t - 10 * DAY);

  g_assert_cmpint (steward_store_testing_add_training (fixture->base.store, q, t, 90, "done", &error), >, 0);
  g_assert_cmpint (steward_store_testing_add_training (fixture->base.store, q, t + DAY, 120, "scheduled", &error), >, 0);
  g_assert_cmpint (steward_store_testing_add_training (fixture->base.store, q, t + 2 * DAY, 60, "cancelled", &error), >, 0);
  g_assert_cmpint (steward_store_testing_add_feedback (fixture->base.store, q, t, &error), >, 0);
  g_assert_no_error (error);

  spec = spec_new (STEWARD_REPORT_SOURCE_TRAININGS, STEWARD_REPORT_GROUPING_NONE, "2026-03", 2,
                   STEWARD_REPORT_MEASURE_COUNT, STEWARD_REPORT_MEASURE_TRAINING_HOURS);
  result = run (fixture, spec, t + 30 * DAY, fixture->shanghai);
  /* 90 + 120 minutes; the cancelled session does not count. */
  assert_int (result, 0, "count", 2);
  assert_int (result, 0, "training-hours", 210);

  steward_report_spec_set_source (spec, STEWARD_REPORT_SOURCE_FEEDBACK);
  steward_report_spec_set_measures (spec, (StewardReportMeasure[]) { STEWARD_REPORT_MEASURE_COUNT }, 1);
  feedback = run (fixture, spec, t + 30 * DAY, fixture->shanghai);
  assert_int (feedback, 0, "count", 1);
}

static void
test_templates_on_empty_database (Fixture       *fixture,
                                  gconstpointer  data)
{
  const char * const *codes = steward_report_template_codes ();
  /* At 2026-05-10T12:00+08:00: the last complete quarter is Q1 (one row, no series yet);
   * "this year" runs January to May; satisfaction by service has no service to show. */
  const guint expected_rows[] = { 1, 5, 5, 0 };

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StewardReportSpec) spec = steward_report_template_new (codes[i], &error);
      g_autoptr(StewardReportResult) result = NULL;

      g_assert_no_error (error);
      result = run (fixture, spec, 1778385600, fixture->shanghai);
      g_assert_cmpuint (steward_report_result_get_n_rows (result), ==, expected_rows[i]);
      for (guint row = 0; row < steward_report_result_get_n_rows (result); row++)
        for (guint c = 0; c < steward_report_result_get_n_columns (result); c++)
          if (!steward_report_result_is_empty (result, row, c))
            g_assert_cmpint (steward_report_result_get_int (result, row, c), ==, 0);
    }

  /* Over all time with nothing recorded, a time grouping has no units at all. */
  {
    g_autoptr(StewardReportSpec) spec = spec_new (STEWARD_REPORT_SOURCE_REQUESTS, STEWARD_REPORT_GROUPING_MONTH,
                                                  NULL, 1, STEWARD_REPORT_MEASURE_COUNT);
    g_autoptr(StewardReportResult) result = run (fixture, spec, 1778385600, fixture->shanghai);

    g_assert_cmpuint (steward_report_result_get_n_rows (result), ==, 0);
  }
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(StewardReportSpec) spec = spec_new (STEWARD_REPORT_SOURCE_PAYMENTS, STEWARD_REPORT_GROUPING_NONE,
                                                NULL, 1, STEWARD_REPORT_MEASURE_TRAINING_HOURS);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  StewardReportResult *result;

  /* A spec that cannot run is refused before any query. */
  result = steward_report_engine_run (fixture->base.store, spec, 1778385600, fixture->shanghai, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_clear_error (&error);

  /* Day units over 60 years are refused rather than drawn. */
  steward_report_spec_set_measures (spec, (StewardReportMeasure[]) { STEWARD_REPORT_MEASURE_COUNT }, 1);
  steward_report_spec_set_grouping (spec, STEWARD_REPORT_GROUPING_DAY);
  steward_report_spec_set_period (spec, "1950-01-01..2010-12-31");
  result = steward_report_engine_run (fixture->base.store, spec, 1778385600, fixture->shanghai, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  steward_report_spec_set_period (spec, NULL);
  result = steward_report_engine_run (fixture->base.store, spec, 1778385600, fixture->shanghai, cancellable, &error);
  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/report-engine/quarter-boundary", test_quarter_boundary);
  ADD ("/report-engine/refund-lowers-revenue", test_refund_lowers_revenue);
  ADD ("/report-engine/sla-compliance", test_sla_compliance);
  ADD ("/report-engine/sla-from-desk", test_sla_from_desk);
  ADD ("/report-engine/satisfaction", test_satisfaction);
  ADD ("/report-engine/monthly-revenue", test_monthly_revenue);
  ADD ("/report-engine/filters", test_filters);
  ADD ("/report-engine/berlin-dst", test_berlin_dst);
  ADD ("/report-engine/quarterly-summary", test_quarterly_summary);
  ADD ("/report-engine/complaints", test_complaints_source);
  ADD ("/report-engine/trainings-feedback", test_trainings_and_feedback);
  ADD ("/report-engine/templates-empty", test_templates_on_empty_database);
  ADD ("/report-engine/refusals", test_refusals);
#undef ADD

  return g_test_run ();
}
