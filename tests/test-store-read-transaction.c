/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "steward-client.h"
#include "steward-contact.h"
#include "steward-error.h"
#include "steward-report-engine.h"
#include "steward-store-clients.h"
#include "steward-store-testing.h"
#include "test-store-util.h"

/* The read-only second connection a report run uses off the UI thread, and the read
 * transaction the report engine runs in. */

#define AT  1788318000  /* 2026-09-02 11:00 +08:00 */
#define NOW 1795572000  /* 2026-11-25 10:00 +08:00 */

static gint64
new_client (StewardStore *store)
{
  g_autoptr(StewardStoreClients) clients = steward_store_clients_new (store);
  g_autoptr(StewardClient) client = add_client (STEWARD_CLIENT_REPOSITORY (clients), "ACME Software",
                                                "Someone", "13800000000", "someone@example.com");

  return steward_client_get_id (client);
}

static void
add_request (StewardStore *store,
             gint64        client)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (steward_store_testing_insert_request (store, client, "confirmed", 20000, AT, &error), >, 0);
  g_assert_no_error (error);
}

/* The number of requests of all time, as the report engine counts them on @store. */
static gint64
count_requests (StewardStore *store)
{
  g_autoptr(StewardReportSpec) spec = steward_report_spec_new ();
  const StewardReportMeasure count = STEWARD_REPORT_MEASURE_COUNT;
  g_autoptr(StewardReportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  steward_report_spec_set_name (spec, "Requests");
  steward_report_spec_set_source (spec, STEWARD_REPORT_SOURCE_REQUESTS);
  steward_report_spec_set_grouping (spec, STEWARD_REPORT_GROUPING_NONE);
  steward_report_spec_set_measures (spec, &count, 1);
  result = steward_report_engine_run (store, spec, NOW, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steward_report_result_get_n_rows (result), ==, 1);
  return steward_report_result_get_int (result, 0, 0);
}

/* The reader sees what is committed, not a transaction still open on the main connection,
 * and that open write transaction does not block it. */
static void
test_reader_snapshot (void)
{
  StoreFixture fixture;
  g_autoptr(StewardStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  gint64 client;

  store_fixture_setup (&fixture, NULL);
  client = new_client (fixture.store);
  add_request (fixture.store, client);

  reader = steward_store_open_reader (fixture.store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_store_get_path (reader), ==, fixture.path);
  g_assert_cmpint (count_requests (reader), ==, 1);

  g_assert_true (steward_store_begin (fixture.store, &error));
  add_request (fixture.store, client);
  g_assert_cmpint (count_requests (fixture.store), ==, 2);
  g_assert_cmpint (count_requests (reader), ==, 1);
  g_assert_true (steward_store_commit (fixture.store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_requests (reader), ==, 2);

  g_clear_object (&reader);
  store_fixture_teardown (&fixture, NULL);
}

/* A write on the reader is refused and changes nothing. */
static void
test_reader_refuses_writes (void)
{
  StoreFixture fixture;
  g_autoptr(StewardStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  gint64 client;

  store_fixture_setup (&fixture, NULL);
  client = new_client (fixture.store);
  add_request (fixture.store, client);
  reader = steward_store_open_reader (fixture.store, &error);
  g_assert_no_error (error);

  g_assert_false (steward_store_testing_exec (reader, "DELETE FROM service_requests", &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_cmpint (steward_store_testing_count_rows (fixture.store, "service_requests"), ==, 1);

  g_clear_object (&reader);
  store_fixture_teardown (&fixture, NULL);
}

/* A read transaction takes no write lock: another connection starts writing at once (with
 * BEGIN IMMEDIATE on both it would wait out the busy timeout and fail). */
static void
test_begin_read_takes_no_lock (void)
{
  StoreFixture fixture;
  g_autoptr(StewardStore) other = NULL;
  g_autoptr(GError) error = NULL;
  gint64 client, start;

  store_fixture_setup (&fixture, NULL);
  client = new_client (fixture.store);
  add_request (fixture.store, client);
  other = steward_store_open (fixture.path, &error);
  g_assert_no_error (error);

  g_assert_true (steward_store_begin_read (fixture.store, &error));
  g_assert_cmpint (steward_store_testing_count_rows (fixture.store, "service_requests"), ==, 1);
  start = g_get_monotonic_time ();
  g_assert_true (steward_store_begin (other, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  add_request (other, client);
  g_assert_true (steward_store_commit (other, &error));
  /* Still the snapshot the read transaction started with. */
  g_assert_cmpint (steward_store_testing_count_rows (fixture.store, "service_requests"), ==, 1);
  g_assert_true (steward_store_commit (fixture.store, &error));
  g_assert_cmpint (steward_store_testing_count_rows (fixture.store, "service_requests"), ==, 2);

  /* Nested in a write transaction it is a savepoint: the outer write stays whole. */
  g_assert_true (steward_store_begin (fixture.store, &error));
  add_request (fixture.store, client);
  g_assert_true (steward_store_begin_read (fixture.store, &error));
  g_assert_cmpint (steward_store_testing_count_rows (fixture.store, "service_requests"), ==, 3);
  g_assert_true (steward_store_commit (fixture.store, &error));
  steward_store_rollback (fixture.store);
  g_assert_cmpint (steward_store_testing_count_rows (fixture.store, "service_requests"), ==, 2);

  g_clear_object (&other);
  store_fixture_teardown (&fixture, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/read-transaction/snapshot", test_reader_snapshot);
  g_test_add_func ("/store/read-transaction/refuses-writes", test_reader_refuses_writes);
  g_test_add_func ("/store/read-transaction/begin-read-takes-no-lock", test_begin_read_takes_no_lock);

  return g_test_run ();
}
