/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "steward-error.h"
#include "steward-time.h"
#include "steward-report-spec.h"
#include "steward-report-templates.h"

/* Wednesday 2026-11-25T10:00:00+08:00. */
#define WEDNESDAY G_GINT64_CONSTANT (1795572000)

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
count_changed (StewardReportSpec *spec,
               guint             *count)
{
  (*count)++;
}

static StewardReportSpec *
new_full_spec (void)
{
  StewardReportSpec *spec = steward_report_spec_new ();
  const gint64 ids[] = { 42, 7, 42, 1000000000001 };
  const StewardReportMeasure measures[] = {
    STEWARD_REPORT_MEASURE_REVENUE, STEWARD_REPORT_MEASURE_COUNT,
    STEWARD_REPORT_MEASURE_RATING_DISTRIBUTION,
  };

  steward_report_spec_set_id (spec, 12);
  steward_report_spec_set_name (spec, "华东区 \"Q3\" 汇总");
  steward_report_spec_set_source (spec, STEWARD_REPORT_SOURCE_REQUESTS);
  steward_report_spec_set_period (spec, "2026-Q3");
  steward_report_spec_set_client_ids (spec, ids, G_N_ELEMENTS (ids));
  steward_report_spec_set_services (spec, STEWARD_REPORT_SERVICE_BIT (STEWARD_SERVICE_VISUAL) |
                                          STEWARD_REPORT_SERVICE_BIT (STEWARD_SERVICE_ADVISOR));
  steward_report_spec_set_priority (spec, STEWARD_PRIORITY_URGENT);
  steward_report_spec_set_states (spec, STEWARD_REPORT_STATE_BIT (STEWARD_STATE_SETTLED) |
                                        STEWARD_REPORT_STATE_BIT (STEWARD_STATE_ACCEPTED));
  steward_report_spec_set_owner (spec, "王芳");
  steward_report_spec_set_grouping (spec, STEWARD_REPORT_GROUPING_QUARTER);
  steward_report_spec_set_series (spec, STEWARD_REPORT_GROUPING_SERVICE);
  steward_report_spec_set_measures (spec, measures, G_N_ELEMENTS (measures));
  steward_report_spec_set_chart (spec, STEWARD_CHART_BAR_GROUPED);
  steward_report_spec_set_periodic (spec, STEWARD_REPORT_PERIODIC_QUARTERLY);
  return spec;
}

static void
test_defaults (void)
{
  g_autoptr(StewardReportSpec) spec = steward_report_spec_new ();
  const StewardReportMeasure *measures;
  guint n = 99;

  g_assert_cmpint (steward_report_spec_get_id (spec), ==, 0);
  g_assert_null (steward_report_spec_get_name (spec));
  g_assert_cmpint (steward_report_spec_get_source (spec), ==, STEWARD_REPORT_SOURCE_REQUESTS);
  g_assert_null (steward_report_spec_get_period (spec));
  g_assert_null (steward_report_spec_get_owner (spec));
  g_assert_cmpint (steward_report_spec_get_priority (spec), ==, STEWARD_REPORT_ANY_PRIORITY);
  g_assert_cmpuint (steward_report_spec_get_services (spec), ==, 0);
  g_assert_cmpuint (steward_report_spec_get_states (spec), ==, 0);
  steward_report_spec_get_client_ids (spec, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpint (steward_report_spec_get_grouping (spec), ==, STEWARD_REPORT_GROUPING_MONTH);
  g_assert_cmpint (steward_report_spec_get_series (spec), ==, STEWARD_REPORT_GROUPING_NONE);
  measures = steward_report_spec_get_measures (spec, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (measures[0], ==, STEWARD_REPORT_MEASURE_COUNT);
  g_assert_cmpint (steward_report_spec_get_chart (spec), ==, STEWARD_CHART_TABLE);
  g_assert_cmpint (steward_report_spec_get_periodic (spec), ==, STEWARD_REPORT_PERIODIC_NONE);
}

static void
test_notify_only_on_change (void)
{
  g_autoptr(StewardReportSpec) spec = steward_report_spec_new ();
  const gint64 ids[] = { 3, 1 };
  const gint64 same_ids[] = { 1, 3, 3 };
  const StewardReportMeasure measures[] = { STEWARD_REPORT_MEASURE_COUNT };
  guint notified = 0, changed = 0;

  g_signal_connect (spec, "notify", G_CALLBACK (count_notify), &notified);
  g_signal_connect (spec, "changed", G_CALLBACK (count_changed), &changed);

  steward_report_spec_set_name (spec, "A");
  steward_report_spec_set_name (spec, "A");
  steward_report_spec_set_grouping (spec, STEWARD_REPORT_GROUPING_MONTH);   /* the default */
  steward_report_spec_set_chart (spec, STEWARD_CHART_LINE);
  steward_report_spec_set_chart (spec, STEWARD_CHART_LINE);
  steward_report_spec_set_owner (spec, "");                                 /* already none */
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpuint (changed, ==, 2);

  /* Client ids and measures are not properties, but they are changes. */
  steward_report_spec_set_client_ids (spec, ids, 2);
  steward_report_spec_set_client_ids (spec, same_ids, 3);
  steward_report_spec_set_measures (spec, measures, 1);                     /* the default */
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpuint (changed, ==, 3);

  g_object_set (spec, "priority", STEWARD_PRIORITY_URGENT, NULL);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_cmpint (steward_report_spec_get_priority (spec), ==, STEWARD_PRIORITY_URGENT);
}

static void
test_client_ids_sorted (void)
{
  g_autoptr(StewardReportSpec) spec = new_full_spec ();
  const gint64 *ids;
  guint n;

  ids = steward_report_spec_get_client_ids (spec, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (ids[0], ==, 7);
  g_assert_cmpint (ids[1], ==, 42);
  g_assert_cmpint (ids[2], ==, G_GINT64_CONSTANT (1000000000001));

  steward_report_spec_set_client_ids (spec, NULL, 0);
  steward_report_spec_get_client_ids (spec, &n);
  g_assert_cmpuint (n, ==, 0);
}

static void
test_json_round_trip (void)
{
  g_autoptr(StewardReportSpec) spec = new_full_spec ();
  g_autoptr(StewardReportSpec) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = steward_report_spec_to_json (spec);
  g_autofree char *again = NULL;
  const StewardReportMeasure *measures;
  const gint64 *ids;
  guint n;

  /* The stored form: stable codes, services and states in catalogue order, no id. */
  g_assert_cmpstr (json, ==,
                   "{\"version\":1,\"name\":\"华东区 \\\"Q3\\\" 汇总\",\"source\":\"requests\","
                   "\"period\":\"2026-Q3\",\"clients\":[7,42,1000000000001],"
                   "\"services\":[\"advisor\",\"visual\"],\"priority\":\"urgent\","
                   "\"states\":[\"accepted\",\"settled\"],\"owner\":\"王芳\","
                   "\"grouping\":\"quarter\",\"series\":\"service\","
                   "\"measures\":[\"revenue\",\"count\",\"rating-distribution\"],"
                   "\"chart\":\"bar-grouped\",\"periodic\":\"quarterly\"}");

  back = steward_report_spec_new_from_json (json, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);

  /* The id is the database row's, not part of the text. */
  g_assert_cmpint (steward_report_spec_get_id (back), ==, 0);
  steward_report_spec_set_id (back, 12);
  g_assert_true (steward_report_spec_equal (spec, back));

  g_assert_cmpstr (steward_report_spec_get_name (back), ==, "华东区 \"Q3\" 汇总");
  g_assert_cmpstr (steward_report_spec_get_owner (back), ==, "王芳");
  g_assert_cmpstr (steward_report_spec_get_period (back), ==, "2026-Q3");
  g_assert_cmpint (steward_report_spec_get_priority (back), ==, STEWARD_PRIORITY_URGENT);
  g_assert_cmpuint (steward_report_spec_get_services (back), ==, (1u << 0) | (1u << 5));
  g_assert_cmpuint (steward_report_spec_get_states (back), ==, (1u << 5) | (1u << 6));
  g_assert_cmpint (steward_report_spec_get_series (back), ==, STEWARD_REPORT_GROUPING_SERVICE);
  g_assert_cmpint (steward_report_spec_get_chart (back), ==, STEWARD_CHART_BAR_GROUPED);
  g_assert_cmpint (steward_report_spec_get_periodic (back), ==, STEWARD_REPORT_PERIODIC_QUARTERLY);
  ids = steward_report_spec_get_client_ids (back, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (ids[2], ==, G_GINT64_CONSTANT (1000000000001));
  measures = steward_report_spec_get_measures (back, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (measures[0], ==, STEWARD_REPORT_MEASURE_REVENUE);
  g_assert_cmpint (measures[2], ==, STEWARD_REPORT_MEASURE_RATING_DISTRIBUTION);

  again = steward_report_spec_to_json (back);
  g_assert_cmpstr (again, ==, json);
}

static void
test_json_defaults_are_left_out (void)
{
  g_autoptr(StewardReportSpec) spec = steward_report_spec_new ();
  g_autoptr(StewardReportSpec) back = NULL;
  g_autofree char *json = NULL;

  steward_report_spec_set_name (spec, "Requests");
  json = steward_report_spec_to_json (spec);
  g_assert_cmpstr (json, ==,
                   "{\"version\":1,\"name\":\"Requests\",\"source\":\"requests\","
                   "\"grouping\":\"month\",\"measures\":[\"count\"],\"chart\":\"table\"}");

  back = steward_report_spec_new_from_json (json, NULL);
  g_assert_true (steward_report_spec_equal (spec, back));
}

static void
test_json_ignores_unknown_keys (void)
{
  g_autoptr(StewardReportSpec) spec = NULL;
  g_autoptr(GError) error = NULL;

  spec = steward_report_spec_new_from_json ("{\"version\":1,\"name\":\"X\",\"source\":\"trainings\","
                                            "\"colour\":\"teal\",\"measures\":[\"training-hours\"],"
                                            "\"grouping\":\"owner\"}", &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_report_spec_get_source (spec), ==, STEWARD_REPORT_SOURCE_TRAININGS);
  g_assert_cmpint (steward_report_spec_get_grouping (spec), ==, STEWARD_REPORT_GROUPING_OWNER);
  g_assert_true (steward_report_spec_has_measure (spec, STEWARD_REPORT_MEASURE_TRAINING_HOURS));
  g_assert_false (steward_report_spec_has_measure (spec, STEWARD_REPORT_MEASURE_COUNT));
}

static void
test_json_refusals (void)
{
  const struct { const char *json; const char *in_message; } cases[] = {
    { "{\"name\":",                                        "damaged" },
    { "[1,2]",                                             "an object was expected" },
    { "\"requests\"",                                      "an object was expected" },
    { "{\"source\":\"invoices\"}",                         "“invoices” at “source”" },
    { "{\"measures\":[\"count\",\"profit\"]}",             "“profit” at “measures”" },
    { "{\"measures\":\"count\"}",                          "a list was expected" },
    { "{\"measures\":[1]}",                                "text was expected" },
    { "{\"chart\":\"donut\"}",                             "“donut” at “chart”" },
    { "{\"services\":[\"massage\"]}",                      "“massage” at “services”" },
    { "{\"states\":[\"lost\"]}",                           "“lost” at “states”" },
    { "{\"priority\":\"high\"}",                           "“high” at “priority”" },
    { "{\"periodic\":\"hourly\"}",                         "“hourly” at “periodic”" },
    { "{\"series\":\"colour\"}",                           "“colour” at “series”" },
    { "{\"name\":5}",                                      "text was expected" },
    { "{\"clients\":[3,\"4\"]}",                           "a client number was expected" },
    { "{\"clients\":[0]}",                                 "a client number was expected" },
    { "{\"clients\":[1.5]}",                               "a client number was expected" },
    { "{\"version\":2,\"name\":\"Future\"}",               "newer version of Steward" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      StewardReportSpec *spec;

      g_test_message ("refusing %s", cases[i].json);
      spec = steward_report_spec_new_from_json (cases[i].json, &error);
      g_assert_null (spec);
      g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].in_message));
    }
}

static void
assert_refused (StewardReportSpec *spec,
                const char        *message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = steward_report_spec_to_json (spec);
  g_autofree char *after = NULL;

  g_assert_false (steward_report_spec_validate (spec, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);

  /* Checking changes nothing. */
  after = steward_report_spec_to_json (spec);
  g_assert_cmpstr (after, ==, before);
}

static void
assert_valid (StewardReportSpec *spec)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_report_spec_validate (spec, &error));
  g_assert_no_error (error);
}

static void
set_measures (StewardReportSpec    *spec,
              StewardReportMeasure  first,
              ...)
{
  StewardReportMeasure list[STEWARD_REPORT_N_MEASURES];
  guint n = 0;
  va_list args;

  va_start (args, first);
  for (int m = first; m >= 0; m = va_arg (args, int))
    list[n++] = m;
  va_end (args);
  steward_report_spec_set_measures (spec, list, n);
}

static void
test_validate_measures (void)
{
  g_autoptr(StewardReportSpec) spec = steward_report_spec_new ();

  assert_refused (spec, "A report needs a name");
  steward_report_spec_set_name (spec, "  ");
  assert_refused (spec, "A report needs a name");
  steward_report_spec_set_name (spec, "Requests by month");
  assert_valid (spec);

  steward_report_spec_set_measures (spec, NULL, 0);
  assert_refused (spec, "Choose at least one measure for the report");

  set_measures (spec, STEWARD_REPORT_MEASURE_COUNT, STEWARD_REPORT_MEASURE_RECEIVED,
                STEWARD_REPORT_MEASURE_COUNT, -1);
  assert_refused (spec, "The measure “Count” is chosen twice; keep one");

  set_measures (spec, STEWARD_REPORT_MEASURE_COUNT, STEWARD_REPORT_MEASURE_TRAINING_HOURS, -1);
  assert_refused (spec, "The measure “Training hours” cannot be computed for Requests; "
                        "it needs one of these sources: Trainings");

  steward_report_spec_set_source (spec, STEWARD_REPORT_SOURCE_TRAININGS);
  assert_valid (spec);

  steward_report_spec_set_source (spec, STEWARD_REPORT_SOURCE_PAYMENTS);
  set_measures (spec, STEWARD_REPORT_MEASURE_REVENUE, STEWARD_REPORT_MEASURE_RESPONSE_SLA_PERCENT, -1);
  assert_refused (spec, "The measure “Response on time” cannot be computed for Payments; "
                        "it needs one of these sources: Requests");

  steward_report_spec_set_source (spec, STEWARD_REPORT_SOURCE_RATINGS);
  set_measures (spec, STEWARD_REPORT_MEASURE_COMPLAINTS_ACCEPTED_24H_PERCENT, -1);
  assert_refused (spec, "The measure “Complaints accepted in 24 h” cannot be computed for Ratings; "
                        "it needs one of these sources: Requests, Complaints");

  steward_report_spec_set_source (spec, STEWARD_REPORT_SOURCE_FEEDBACK);
  set_measures (spec, STEWARD_REPORT_MEASURE_AVERAGE_RATING, -1);
  assert_refused (spec, "The measure “Average rating” cannot be computed for Product feedback; "
                        "it needs one of these sources: Requests, Ratings");
  set_measures (spec, STEWARD_REPORT_MEASURE_COUNT, -1);
  assert_valid (spec);
}

static void
test_source_measure_table (void)
{
  g_assert_true (steward_report_source_has_measure (STEWARD_REPORT_SOURCE_TRAININGS, STEWARD_REPORT_MEASURE_TRAINING_HOURS));
  g_assert_false (steward_report_source_has_measure (STEWARD_REPORT_SOURCE_REQUESTS, STEWARD_REPORT_MEASURE_TRAINING_HOURS));
  g_assert_true (steward_report_source_has_measure (STEWARD_REPORT_SOURCE_REQUESTS, STEWARD_REPORT_MEASURE_DELIVERY_SLA_PERCENT));
  g_assert_false (steward_report_source_has_measure (STEWARD_REPORT_SOURCE_COMPLAINTS, STEWARD_REPORT_MEASURE_RESPONSE_SLA_PERCENT));
  g_assert_true (steward_report_source_has_measure (STEWARD_REPORT_SOURCE_PAYMENTS, STEWARD_REPORT_MEASURE_REFUNDS));
  g_assert_false (steward_report_source_has_measure (STEWARD_REPORT_SOURCE_PAYMENTS, STEWARD_REPORT_MEASURE_OUTSTANDING));
  g_assert_true (steward_report_source_has_measure (STEWARD_REPORT_SOURCE_COMPLAINTS, STEWARD_REPORT_MEASURE_REMEDIES));
  g_assert_false (steward_report_source_has_measure (STEWARD_REPORT_SOURCE_FEEDBACK, STEWARD_REPORT_MEASURE_RECEIVED));
  for (int s = STEWARD_REPORT_SOURCE_REQUESTS; s <= STEWARD_REPORT_SOURCE_FEEDBACK; s++)
    g_assert_true (steward_report_source_has_measure (s, STEWARD_REPORT_MEASURE_COUNT));

  g_assert_cmpint (steward_report_measure_get_kind (STEWARD_REPORT_MEASURE_REVENUE), ==, STEWARD_MEASURE_KIND_MONEY);
  g_assert_cmpint (steward_report_measure_get_kind (STEWARD_REPORT_MEASURE_OUTSTANDING), ==, STEWARD_MEASURE_KIND_MONEY);
  g_assert_cmpint (steward_report_measure_get_kind (STEWARD_REPORT_MEASURE_RESPONSE_SLA_PERCENT), ==, STEWARD_MEASURE_KIND_PERCENT);
  g_assert_cmpint (steward_report_measure_get_kind (STEWARD_REPORT_MEASURE_AVERAGE_RATING), ==, STEWARD_MEASURE_KIND_RATING);
  g_assert_cmpint (steward_report_measure_get_kind (STEWARD_REPORT_MEASURE_TRAINING_HOURS), ==, STEWARD_MEASURE_KIND_HOURS);
  g_assert_cmpint (steward_report_measure_get_kind (STEWARD_REPORT_MEASURE_REMEDIES), ==, STEWARD_MEASURE_KIND_COUNT);
}

static void
test_validate_charts (void)
{
  g_autoptr(StewardReportSpec) spec = steward_report_spec_new ();

  steward_report_spec_set_name (spec, "Pie");
  steward_report_spec_set_grouping (spec, STEWARD_REPORT_GROUPING_SERVICE);
  steward_report_spec_set_chart (spec, STEWARD_CHART_PIE);
  set_measures (spec, STEWARD_REPORT_MEASURE_FEE_TOTAL, -1);
  assert_valid (spec);

  set_measures (spec, STEWARD_REPORT_MEASURE_FEE_TOTAL, STEWARD_REPORT_MEASURE_COUNT, -1);
  assert_refused (spec, "A pie chart shows exactly one measure; choose one, other than the rating distribution");
  set_measures (spec, STEWARD_REPORT_MEASURE_RATING_DISTRIBUTION, -1);
  assert_refused (spec, "A pie chart shows exactly one measure; choose one, other than the rating distribution");

  set_measures (spec, STEWARD_REPORT_MEASURE_FEE_TOTAL, -1);
  steward_report_spec_set_series (spec, STEWARD_REPORT_GROUPING_MONTH);
  assert_refused (spec, "A pie chart has no series; remove the second grouping or choose bars");
  /* The same series is fine as bars. */
  steward_report_spec_set_chart (spec, STEWARD_CHART_BAR_GROUPED);
  assert_valid (spec);

  steward_report_spec_set_chart (spec, STEWARD_CHART_PIE);
  steward_report_spec_set_series (spec, STEWARD_REPORT_GROUPING_NONE);
  steward_report_spec_set_grouping (spec, STEWARD_REPORT_GROUPING_NONE);
  assert_refused (spec, "A pie chart needs a grouping to make its slices");

  /* Stacked bars add up: money stacks, percentages and averages do not. */
  steward_report_spec_set_grouping (spec, STEWARD_REPORT_GROUPING_MONTH);
  steward_report_spec_set_series (spec, STEWARD_REPORT_GROUPING_SERVICE);
  steward_report_spec_set_chart (spec, STEWARD_CHART_BAR_STACKED);
  set_measures (spec, STEWARD_REPORT_MEASURE_RECEIVED, -1);
  assert_valid (spec);
  set_measures (spec, STEWARD_REPORT_MEASURE_RECEIVED, STEWARD_REPORT_MEASURE_RESPONSE_SLA_PERCENT, -1);
  assert_refused (spec, "“Response on time” cannot be stacked because its values do not add up; "
                        "choose grouped bars or a line");
  set_measures (spec, STEWARD_REPORT_MEASURE_AVERAGE_RATING, -1);
  assert_refused (spec, "“Average rating” cannot be stacked because its values do not add up; "
                        "choose grouped bars or a line");
  steward_report_spec_set_chart (spec, STEWARD_CHART_LINE);
  assert_valid (spec);
}

static void
test_validate_grouping_and_filters (void)
{
  g_autoptr(StewardReportSpec) spec = steward_report_spec_new ();

  steward_report_spec_set_name (spec, "Grouping");
  steward_report_spec_set_grouping (spec, STEWARD_REPORT_GROUPING_NONE);
  steward_report_spec_set_series (spec, STEWARD_REPORT_GROUPING_SERVICE);
  assert_refused (spec, "Choose a grouping for the rows before a second grouping for the series");

  steward_report_spec_set_grouping (spec, STEWARD_REPORT_GROUPING_SERVICE);
  assert_refused (spec, "The series cannot be grouped by Service when the rows are grouped by "
                        "Service; choose a grouping of another kind");
  steward_report_spec_set_grouping (spec, STEWARD_REPORT_GROUPING_YEAR);
  steward_report_spec_set_series (spec, STEWARD_REPORT_GROUPING_MONTH);
  assert_refused (spec, "The series cannot be grouped by Month when the rows are grouped by "
                        "Year; choose a grouping of another kind");
  steward_report_spec_set_series (spec, STEWARD_REPORT_GROUPING_CLIENT);
  assert_valid (spec);

  steward_report_spec_set_period (spec, "next week");
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (steward_report_spec_validate (spec, &error));
    g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "“next week” is not a report period"));
  }
  steward_report_spec_set_period (spec, "2026-03-01..2026-03-31");
  assert_valid (spec);

  steward_report_spec_set_source (spec, STEWARD_REPORT_SOURCE_COMPLAINTS);
  steward_report_spec_set_priority (spec, STEWARD_PRIORITY_URGENT);
  assert_refused (spec, "Complaints cannot be filtered by request priority or state; clear those filters");
  steward_report_spec_set_priority (spec, STEWARD_REPORT_ANY_PRIORITY);
  steward_report_spec_set_states (spec, STEWARD_REPORT_STATE_BIT (STEWARD_STATE_SETTLED));
  assert_refused (spec, "Complaints cannot be filtered by request priority or state; clear those filters");
  steward_report_spec_set_states (spec, 0);
  assert_valid (spec);
}

static void
test_duplicate (void)
{
  g_autoptr(StewardReportSpec) spec = new_full_spec ();
  g_autoptr(StewardReportSpec) copy = steward_report_spec_duplicate (spec);
  g_autofree char *spec_json = NULL;
  g_autofree char *copy_json = NULL;

  g_assert_true (copy != spec);
  g_assert_cmpint (steward_report_spec_get_id (copy), ==, 0);
  g_assert_cmpint (steward_report_spec_get_id (spec), ==, 12);
  g_assert_cmpstr (steward_report_spec_get_name (copy), ==, "Copy of 华东区 \"Q3\" 汇总");
  g_assert_cmpstr (steward_report_spec_get_name (spec), ==, "华东区 \"Q3\" 汇总");
  g_assert_false (steward_report_spec_equal (spec, copy));

  /* Everything but the id and the name is the same. */
  steward_report_spec_set_name (copy, steward_report_spec_get_name (spec));
  spec_json = steward_report_spec_to_json (spec);
  copy_json = steward_report_spec_to_json (copy);
  g_assert_cmpstr (copy_json, ==, spec_json);
}

static void
assert_period (StewardReportSpec *spec,
               const char        *start,
               const char        *end)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(StewardReportPeriod) period = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *got_start = NULL;
  g_autofree char *got_end = NULL;

  g_assert_true (steward_report_spec_resolve_period (spec, WEDNESDAY, tz, &period, &error));
  g_assert_no_error (error);
  if (start == NULL)
    {
      g_assert_null (period);
      return;
    }
  got_start = steward_time_format_iso (steward_report_period_get_start (period), tz);
  got_end = steward_time_format_iso (steward_report_period_get_end (period), tz);
  g_assert_cmpstr (got_start, ==, start);
  g_assert_cmpstr (got_end, ==, end);
}

static void
test_resolve_period (void)
{
  g_autoptr(StewardReportSpec) spec = steward_report_spec_new ();
  StewardReportPeriod *untouched = (StewardReportPeriod *) spec;
  g_autoptr(GError) error = NULL;

  assert_period (spec, NULL, NULL);
  steward_report_spec_set_period (spec, "last month");
  assert_period (spec, "2026-10-01T00:00:00+08:00", "2026-11-01T00:00:00+08:00");
  steward_report_spec_set_period (spec, "2026-03");
  assert_period (spec, "2026-03-01T00:00:00+08:00", "2026-04-01T00:00:00+08:00");

  /* A scheduled report covers the last complete period, whatever its text says. */
  steward_report_spec_set_periodic (spec, STEWARD_REPORT_PERIODIC_QUARTERLY);
  assert_period (spec, "2026-07-01T00:00:00+08:00", "2026-10-01T00:00:00+08:00");
  steward_report_spec_set_periodic (spec, STEWARD_REPORT_PERIODIC_WEEKLY);
  assert_period (spec, "2026-11-16T00:00:00+08:00", "2026-11-23T00:00:00+08:00");

  steward_report_spec_set_periodic (spec, STEWARD_REPORT_PERIODIC_NONE);
  steward_report_spec_set_period (spec, "2026-Q9");
  g_assert_false (steward_report_spec_resolve_period (spec, WEDNESDAY, NULL, &untouched, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_true (untouched == (StewardReportPeriod *) spec);
}

static void
test_templates (void)
{
  const char * const *codes = steward_report_template_codes ();
  const char *names[] = {
    "Quarterly service summary", "Monthly revenue by service", "SLA compliance by month",
    "Satisfaction by service",
  };

  g_assert_cmpuint (g_strv_length ((char **) codes), ==, 4);
  g_assert_cmpstr (codes[0], ==, "quarterly-summary");
  g_assert_cmpstr (codes[1], ==, "monthly-revenue");
  g_assert_cmpstr (codes[2], ==, "sla-compliance");
  g_assert_cmpstr (codes[3], ==, "satisfaction");

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr(StewardReportSpec) spec = NULL;
      g_autoptr(StewardReportSpec) back = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *json = NULL;

      spec = steward_report_template_new (codes[i], &error);
      g_assert_no_error (error);
      g_assert_cmpstr (steward_report_spec_get_name (spec), ==, names[i]);
      g_assert_cmpstr (steward_report_template_get_name (codes[i]), ==, names[i]);
      g_assert_nonnull (steward_report_template_get_description (codes[i]));
      g_assert_cmpint (steward_report_spec_get_id (spec), ==, 0);
      assert_valid (spec);

      json = steward_report_spec_to_json (spec);
      back = steward_report_spec_new_from_json (json, NULL);
      g_assert_true (steward_report_spec_equal (spec, back));
    }
}

static void
test_quarterly_summary (void)
{
  g_autoptr(StewardReportSpec) spec = steward_report_template_new ("quarterly-summary", NULL);
  g_autofree char *json = steward_report_spec_to_json (spec);

  /* Every figure of SPEC §8's quarterly review, per quarter and service. */
  g_assert_cmpstr (json, ==,
                   "{\"version\":1,\"name\":\"Quarterly service summary\",\"source\":\"requests\","
                   "\"period\":\"last quarter\",\"grouping\":\"quarter\",\"series\":\"service\","
                   "\"measures\":[\"count\",\"revenue\",\"average-rating\",\"rating-distribution\","
                   "\"response-sla-percent\",\"delivery-sla-percent\",\"complaints\","
                   "\"complaints-accepted-24h-percent\",\"complaints-resolved-48h-percent\","
                   "\"remedies\"],\"chart\":\"table\",\"periodic\":\"quarterly\"}");
}

static void
test_other_templates (void)
{
  g_autoptr(StewardReportSpec) revenue = steward_report_template_new ("monthly-revenue", NULL);
  g_autoptr(StewardReportSpec) sla = steward_report_template_new ("sla-compliance", NULL);
  g_autoptr(StewardReportSpec) satisfaction = steward_report_template_new ("satisfaction", NULL);
  g_autofree char *revenue_json = steward_report_spec_to_json (revenue);
  g_autofree char *sla_json = steward_report_spec_to_json (sla);
  g_autofree char *satisfaction_json = steward_report_spec_to_json (satisfaction);

  g_assert_cmpstr (revenue_json, ==,
                   "{\"version\":1,\"name\":\"Monthly revenue by service\",\"source\":\"payments\","
                   "\"period\":\"this year\",\"grouping\":\"month\",\"series\":\"service\","
                   "\"measures\":[\"revenue\"],\"chart\":\"bar-stacked\"}");
  g_assert_cmpstr (sla_json, ==,
                   "{\"version\":1,\"name\":\"SLA compliance by month\",\"source\":\"requests\","
                   "\"period\":\"this year\",\"grouping\":\"month\","
                   "\"measures\":[\"response-sla-percent\",\"delivery-sla-percent\"],\"chart\":\"line\"}");
  g_assert_cmpstr (satisfaction_json, ==,
                   "{\"version\":1,\"name\":\"Satisfaction by service\",\"source\":\"ratings\","
                   "\"period\":\"this year\",\"grouping\":\"service\","
                   "\"measures\":[\"average-rating\",\"rating-distribution\"],\"chart\":\"bar-grouped\"}");
}

static void
test_unknown_template (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (steward_report_template_new ("weekly-digest", &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "There is no built-in report “weekly-digest”; the built-in reports are: "
                   "quarterly-summary, monthly-revenue, sla-compliance, satisfaction");
  g_assert_null (steward_report_template_get_name ("weekly-digest"));
  g_assert_null (steward_report_template_get_description (NULL));
}

static void
test_enum_codes (void)
{
  int value = -1;

  g_assert_cmpstr (steward_enum_code (STEWARD_TYPE_REPORT_SOURCE, STEWARD_REPORT_SOURCE_FEEDBACK), ==, "feedback");
  g_assert_cmpstr (steward_enum_code (STEWARD_TYPE_REPORT_GROUPING, STEWARD_REPORT_GROUPING_OWNER), ==, "owner");
  g_assert_cmpstr (steward_enum_code (STEWARD_TYPE_REPORT_MEASURE, STEWARD_REPORT_MEASURE_COMPLAINTS_RESOLVED_48H_PERCENT),
                   ==, "complaints-resolved-48h-percent");
  g_assert_true (steward_enum_parse (STEWARD_TYPE_REPORT_MEASURE, "training-hours", &value));
  g_assert_cmpint (value, ==, STEWARD_REPORT_MEASURE_TRAINING_HOURS);
  g_assert_cmpstr (steward_enum_label (STEWARD_TYPE_REPORT_GROUPING, STEWARD_REPORT_GROUPING_OWNER), ==, "Account manager");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-spec/defaults", test_defaults);
  g_test_add_func ("/report-spec/notify-only-on-change", test_notify_only_on_change);
  g_test_add_func ("/report-spec/client-ids-sorted", test_client_ids_sorted);
  g_test_add_func ("/report-spec/json-round-trip", test_json_round_trip);
  g_test_add_func ("/report-spec/json-defaults-are-left-out", test_json_defaults_are_left_out);
  g_test_add_func ("/report-spec/json-ignores-unknown-keys", test_json_ignores_unknown_keys);
  g_test_add_func ("/report-spec/json-refusals", test_json_refusals);
  g_test_add_func ("/report-spec/validate-measures", test_validate_measures);
  g_test_add_func ("/report-spec/source-measure-table", test_source_measure_table);
  g_test_add_func ("/report-spec/validate-charts", test_validate_charts);
  g_test_add_func ("/report-spec/validate-grouping-and-filters", test_validate_grouping_and_filters);
  g_test_add_func ("/report-spec/duplicate", test_duplicate);
  g_test_add_func ("/report-spec/resolve-period", test_resolve_period);
  g_test_add_func ("/report-spec/templates", test_templates);
  g_test_add_func ("/report-spec/quarterly-summary", test_quarterly_summary);
  g_test_add_func ("/report-spec/other-templates", test_other_templates);
  g_test_add_func ("/report-spec/unknown-template", test_unknown_template);
  g_test_add_func ("/report-spec/enum-codes", test_enum_codes);

  return g_test_run ();
}
