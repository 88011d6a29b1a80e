/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-report-drill"

#include "config.h"

#include <string.h>

#include "steward-enums.h"
#include "steward-error.h"
#include "steward-report-drill.h"

/* Drill-down filters and definition descriptions, without a display. */

static StewardReportSpec *
spec_grouped (StewardReportGrouping grouping,
              StewardReportGrouping series)
{
  StewardReportSpec *spec = steward_report_spec_new ();
  StewardReportMeasure count = STEWARD_REPORT_MEASURE_COUNT;

  steward_report_spec_set_name (spec, "Test");
  steward_report_spec_set_grouping (spec, grouping);
  steward_report_spec_set_series (spec, series);
  steward_report_spec_set_measures (spec, &count, 1);
  steward_report_spec_set_period (spec, "this year");
  steward_report_spec_set_periodic (spec, STEWARD_REPORT_PERIODIC_QUARTERLY);
  return spec;
}

static StewardReportResult *
result_with (const char *category_key,
             const char *category_label,
             const char *series_key,
             const char *series_label)
{
  StewardReportResult *result = steward_report_result_new ();
  guint row;

  steward_report_result_add_column (result, "count", "Count", STEWARD_MEASURE_KIND_COUNT);
  row = steward_report_result_add_row (result, category_key, category_label, series_key, series_label);
  steward_report_result_set_int (result, row, 0, 3);
  return result;
}

static void
test_drill_service_and_client (void)
{
  g_autoptr(StewardReportSpec) spec = spec_grouped (STEWARD_REPORT_GROUPING_CLIENT,
                                                    STEWARD_REPORT_GROUPING_SERVICE);
  g_autoptr(StewardReportResult) result = result_with ("12", "ACME Software", "remote", "Remote assistance");
  g_autoptr(StewardReportSpec) drilled = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  const gint64 *ids;
  guint n;

  drilled = steward_report_drill_down (spec, result, 0, FALSE, &label, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (label, ==, "ACME Software · Remote assistance");
  ids = steward_report_spec_get_client_ids (drilled, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (ids[0], ==, 12);
  g_assert_cmpuint (steward_report_spec_get_services (drilled), ==,
                    STEWARD_REPORT_SERVICE_BIT (STEWARD_SERVICE_REMOTE));
  /* The original is untouched. */
  steward_report_spec_get_client_ids (spec, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (steward_report_spec_get_services (spec), ==, 0);

  /* A pie's slice: the category only. */
  g_clear_object (&drilled);
  g_clear_pointer (&label, g_free);
  drilled = steward_report_drill_down (spec, result, 0, TRUE, &label, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (label, ==, "ACME Software");
  g_assert_cmpuint (steward_report_spec_get_services (drilled), ==, 0);
}

static void
test_drill_time_and_category (void)
{
  g_autoptr(StewardReportSpec) spec = spec_grouped (STEWARD_REPORT_GROUPING_QUARTER,
                                                    STEWARD_REPORT_GROUPING_CATEGORY);
  g_autoptr(StewardReportResult) result = result_with ("2026-Q3", "Q3 2026", "support", "Technical support");
  g_autoptr(StewardReportSpec) drilled = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  drilled = steward_report_drill_down (spec, result, 0, FALSE, &label, &error);
  g_assert_no_error (error);
  /* The quarter becomes the period, shown by month, no longer on a schedule. */
  g_assert_cmpstr (steward_report_spec_get_period (drilled), ==, "2026-Q3");
  g_assert_cmpint (steward_report_spec_get_grouping (drilled), ==, STEWARD_REPORT_GROUPING_MONTH);
  g_assert_cmpint (steward_report_spec_get_periodic (drilled), ==, STEWARD_REPORT_PERIODIC_NONE);
  /* Technical support is the advisor and remote services. */
  g_assert_cmpuint (steward_report_spec_get_services (drilled), ==,
                    STEWARD_REPORT_SERVICE_BIT (STEWARD_SERVICE_ADVISOR) |
                    STEWARD_REPORT_SERVICE_BIT (STEWARD_SERVICE_REMOTE));
}

static void
test_drill_refused (void)
{
  g_autoptr(StewardReportSpec) by_service = spec_grouped (STEWARD_REPORT_GROUPING_SERVICE,
                                                          STEWARD_REPORT_GROUPING_NONE);
  g_autoptr(StewardReportSpec) by_owner = spec_grouped (STEWARD_REPORT_GROUPING_OWNER,
                                                        STEWARD_REPORT_GROUPING_NONE);
  g_autoptr(StewardReportResult) package = result_with ("package", "Monthly package", NULL, NULL);
  g_autoptr(StewardReportResult) no_owner = result_with ("", "No account manager", NULL, NULL);
  g_autoptr(GError) error = NULL;
  char *label = NULL;

  /* The merged "Other" slice has no row. */
  g_assert_null (steward_report_drill_down (by_service, package, -1, TRUE, &label, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_clear_error (&error);
  /* Package payments are no service. */
  g_assert_null (steward_report_drill_down (by_service, package, 0, TRUE, &label, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Monthly package"));
  g_clear_error (&error);
  /* Clients without an account manager cannot be chosen by owner. */
  g_assert_null (steward_report_drill_down (by_owner, no_owner, 0, TRUE, &label, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_null (label);
  g_assert_null (steward_report_spec_get_owner (by_owner));
}

static void
test_describe (void)
{
  g_autoptr(StewardReportSpec) spec = spec_grouped (STEWARD_REPORT_GROUPING_QUARTER,
                                                    STEWARD_REPORT_GROUPING_SERVICE);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  gint64 ids[] = { 7, 9 };
  g_auto(GStrv) filters = NULL;
  g_autofree char *grouping = NULL;
  g_autofree char *period = NULL;

  g_hash_table_insert (names, g_memdup2 (&ids[0], sizeof ids[0]), g_strdup ("ACME Software"));
  steward_report_spec_set_client_ids (spec, ids, 2);
  steward_report_spec_set_owner (spec, "王经理");
  filters = steward_report_describe_filters (spec, names);
  g_assert_cmpuint (g_strv_length (filters), ==, 6);
  g_assert_cmpstr (filters[0], ==, "Period");
  g_assert_cmpstr (filters[1], ==, "Quarterly (the last complete period)");
  g_assert_cmpstr (filters[2], ==, "Clients");
  g_assert_cmpstr (filters[3], ==, "ACME Software, Client 9");
  g_assert_cmpstr (filters[4], ==, "Account manager");
  g_assert_cmpstr (filters[5], ==, "王经理");

  grouping = steward_report_describe_grouping (spec);
  g_assert_cmpstr (grouping, ==, "Quarter, Service");
  steward_report_spec_set_periodic (spec, STEWARD_REPORT_PERIODIC_NONE);
  steward_report_spec_set_period (spec, NULL);
  period = steward_report_describe_period (spec);
  g_assert_cmpstr (period, ==, "All time");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-drill/service-and-client", test_drill_service_and_client);
  g_test_add_func ("/report-drill/time-and-category", test_drill_time_and_category);
  g_test_add_func ("/report-drill/refused", test_drill_refused);
  g_test_add_func ("/report-drill/describe", test_describe);
  return g_test_run ();
}
