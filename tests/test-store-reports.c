/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "steward-error.h"
#include "steward-report-templates.h"
#include "steward-store-reports.h"
#include "steward-store-testing.h"
#include "test-store-util.h"

typedef struct {
  StoreFixture         base;
  StewardStoreReports *reports;
} Fixture;

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  store_fixture_setup (&fixture->base, data);
  fixture->reports = steward_store_reports_new (fixture->base.store);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  g_clear_object (&fixture->reports);
  store_fixture_teardown (&fixture->base, data);
}

static gint64
rows (Fixture *fixture)
{
  return steward_store_testing_count_rows (fixture->base.store, "report_definitions");
}

/* The monthly revenue template under another name. */
static StewardReportSpec *
make_spec (const char *name)
{
  g_autoptr(GError) error = NULL;
  StewardReportSpec *spec = steward_report_template_new ("monthly-revenue", &error);

  g_assert_no_error (error);
  steward_report_spec_set_name (spec, name);
  return spec;
}

static gint64
save (Fixture           *fixture,
      StewardReportSpec *spec)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_store_reports_save (fixture->reports, spec, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_report_spec_get_id (spec), >, 0);
  return steward_report_spec_get_id (spec);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(StewardReportSpec) spec = make_spec ("  月度收入 2026 ");
  g_autoptr(StewardReportSpec) loaded = NULL;
  g_autoptr(StewardReportSpec) updated = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[] = { 3, 7 };
  gint64 id;

  steward_report_spec_set_client_ids (spec, ids, 2);
  steward_report_spec_set_period (spec, "2026-Q1");
  id = save (fixture, spec);
  g_assert_cmpstr (steward_report_spec_get_name (spec), ==, "月度收入 2026");

  loaded = steward_store_reports_load (fixture->reports, id, &error);
  g_assert_no_error (error);
  g_assert_true (steward_report_spec_equal (loaded, spec));
  g_assert_cmpint (steward_report_spec_get_id (loaded), ==, id);

  /* An update keeps the id and rewrites the definition. */
  steward_report_spec_set_chart (loaded, STEWARD_CHART_LINE);
  steward_report_spec_set_periodic (loaded, STEWARD_REPORT_PERIODIC_MONTHLY);
  g_assert_cmpint (save (fixture, loaded), ==, id);
  updated = steward_store_reports_load (fixture->reports, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_report_spec_get_chart (updated), ==, STEWARD_CHART_LINE);
  g_assert_cmpint (steward_report_spec_get_periodic (updated), ==, STEWARD_REPORT_PERIODIC_MONTHLY);
  g_assert_cmpint (rows (fixture), ==, 1);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(StewardReportSpec) first = make_spec ("Monthly report");
  g_autoptr(StewardReportSpec) same = make_spec ("ＭＯＮＴＨＬＹ  report");
  g_autoptr(StewardReportSpec) builtin = make_spec ("quarterly service summary");
  g_autoptr(StewardReportSpec) empty = make_spec ("No columns");
  g_autoptr(StewardReportSpec) unknown = make_spec ("Ghost");
  g_autoptr(StewardReportSpec) missing = NULL;
  g_autoptr(GError) error = NULL;

  save (fixture, first);

  g_assert_false (steward_store_reports_save (fixture->reports, same, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==, "Report name: “ＭＯＮＴＨＬＹ  report” is already taken "
                                       "(names are compared ignoring case and full-width forms)");
  g_assert_cmpint (steward_report_spec_get_id (same), ==, 0);
  g_clear_error (&error);

  /* A built-in template's name is taken too. */
  g_assert_false (steward_store_reports_save (fixture->reports, builtin, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT);
  g_clear_error (&error);

  steward_report_spec_set_measures (empty, NULL, 0);
  g_assert_false (steward_store_reports_save (fixture->reports, empty, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_cmpint (steward_report_spec_get_id (empty), ==, 0);
  g_clear_error (&error);

  steward_report_spec_set_id (unknown, 99);
  g_assert_false (steward_store_reports_save (fixture->reports, unknown, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no saved report with number 99");
  g_clear_error (&error);

  missing = steward_store_reports_load (fixture->reports, 99, &error);
  g_assert_null (missing);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
  g_assert_cmpint (rows (fixture), ==, 1);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(StewardReportSpec) zeta = make_spec ("Zeta trainings");
  g_autoptr(StewardReportSpec) alpha = make_spec ("alpha payments");
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  StewardReportEntry *entry;

  steward_report_spec_set_chart (alpha, STEWARD_CHART_TABLE);
  save (fixture, zeta);
  save (fixture, alpha);

  saved = steward_store_reports_list (fixture->reports, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (saved->len, ==, 2);
  entry = g_ptr_array_index (saved, 0);
  g_assert_cmpstr (entry->name, ==, "alpha payments");
  g_assert_cmpint (entry->id, ==, steward_report_spec_get_id (alpha));
  g_assert_cmpint (entry->source, ==, STEWARD_REPORT_SOURCE_PAYMENTS);
  g_assert_cmpint (entry->chart, ==, STEWARD_CHART_TABLE);
  g_assert_false (entry->builtin);
  g_assert_null (entry->code);
  entry = g_ptr_array_index (saved, 1);
  g_assert_cmpstr (entry->name, ==, "Zeta trainings");
  g_assert_cmpint (entry->chart, ==, STEWARD_CHART_BAR_STACKED);

  all = steward_store_reports_list (fixture->reports, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 6);
  entry = g_ptr_array_index (all, 0);
  g_assert_true (entry->builtin);
  g_assert_cmpint (entry->id, ==, 0);
  g_assert_cmpstr (entry->code, ==, "quarterly-summary");
  g_assert_cmpstr (entry->name, ==, "Quarterly service summary");
  entry = g_ptr_array_index (all, 3);
  g_assert_cmpstr (entry->code, ==, "satisfaction");
  entry = g_ptr_array_index (all, 4);
  g_assert_false (entry->builtin);
  g_assert_cmpstr (entry->name, ==, "alpha payments");
  /* Built-ins are listed, never stored. */
  g_assert_cmpint (rows (fixture), ==, 2);
}

static void
test_rename_duplicate_delete (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(StewardReportSpec) spec = make_spec ("Revenue");
  g_autoptr(StewardReportSpec) other = make_spec ("Other");
  g_autoptr(StewardReportSpec) renamed = NULL;
  g_autoptr(StewardReportSpec) copy = NULL;
  g_autoptr(StewardReportSpec) copy2 = NULL;
  g_autoptr(StewardReportSpec) gone = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = save (fixture, spec);

  save (fixture, other);

  g_assert_true (steward_store_reports_rename (fixture->reports, id, " Revenue 2026 ", &error));
  g_assert_no_error (error);
  renamed = steward_store_reports_load (fixture->reports, id, &error);
  g_assert_cmpstr (steward_report_spec_get_name (renamed), ==, "Revenue 2026");

  g_assert_false (steward_store_reports_rename (fixture->reports, id, "other", &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (steward_store_reports_rename (fixture->reports, 99, "New", &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_object (&renamed);
  renamed = steward_store_reports_load (fixture->reports, id, &error);
  g_assert_cmpstr (steward_report_spec_get_name (renamed), ==, "Revenue 2026");

  copy = steward_store_reports_duplicate (fixture->reports, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_report_spec_get_name (copy), ==, "Copy of Revenue 2026");
  g_assert_cmpint (steward_report_spec_get_id (copy), >, id);
  copy2 = steward_store_reports_duplicate (fixture->reports, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_report_spec_get_name (copy2), ==, "Copy of Revenue 2026 (2)");
  g_assert_cmpint (steward_report_spec_get_source (copy2), ==, STEWARD_REPORT_SOURCE_PAYMENTS);
  g_assert_cmpint (rows (fixture), ==, 4);

  g_assert_true (steward_store_reports_delete (fixture->reports, id, &error));
  g_assert_no_error (error);
  g_assert_false (steward_store_reports_delete (fixture->reports, id, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  gone = steward_store_reports_load (fixture->reports, id, &error);
  g_assert_null (gone);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
  g_assert_cmpint (rows (fixture), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/store/reports/" name, Fixture, NULL, setup, func, teardown)
  ADD ("round-trip", test_round_trip);
  ADD ("refused", test_refused);
  ADD ("list", test_list);
  ADD ("rename-duplicate-delete", test_rename_duplicate_delete);
#undef ADD

  return g_test_run ();
}
