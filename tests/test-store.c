/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "steward-error.h"
#include "steward-request-list-model.h"
#include "steward-store-clients.h"
#include "steward-store-requests-testing.h"
#include "steward-store-testing.h"
#include "test-store-util.h"

static void
test_open_creates_private_files (StoreFixture  *fixture,
                                 gconstpointer  data)
{
  g_autofree char *nested = g_build_filename (fixture->dir, "data", "steward", "steward.db", NULL);
  g_autofree char *nested_dir = g_path_get_dirname (nested);
  g_autofree char *wal = g_strconcat (nested, "-wal", NULL);
  g_autofree char *shm = g_strconcat (nested, "-shm", NULL);
  g_autoptr(StewardStore) store = NULL;
  g_autoptr(StewardStoreClients) clients = NULL;
  g_autoptr(StewardClient) client = NULL;
  g_autoptr(GError) error = NULL;

  store = steward_store_open (nested, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_store_get_schema_version (store), ==, 3);

  clients = steward_store_clients_new (store);
  client = add_client (STEWARD_CLIENT_REPOSITORY (clients), "Acme", "Li Lei", "", "");

  g_assert_cmpuint (file_mode (nested_dir), ==, 0700);
  g_assert_cmpuint (file_mode (nested), ==, 0600);
  /* The WAL and shared-memory files exist while the store is open. */
  g_assert_cmpuint (file_mode (wal), ==, 0600);
  g_assert_cmpuint (file_mode (shm), ==, 0600);
}

static void
test_default_path (void)
{
  g_autofree char *path = steward_store_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "steward", "steward.db", NULL);

  g_assert_cmpstr (path, ==, expected);
}

static void
test_schema_seeds_and_foreign_keys (StoreFixture  *fixture,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (steward_store_testing_count_rows (fixture->store, "settings"), ==, 8);
  g_assert_cmpint (steward_store_testing_count_rows (fixture->store, "calendar_windows"), ==, 2);
  g_assert_cmpint (steward_store_testing_count_rows (fixture->store, "clients"), ==, 0);

  /* foreign_keys=ON: a request for a client that does not exist is refused. */
  g_assert_cmpint (steward_store_testing_insert_request (fixture->store, 42, "submitted", 100, 1, &error), ==, 0);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_cmpint (steward_store_testing_count_rows (fixture->store, "service_requests"), ==, 0);
}

static void
test_migrate_from_every_version (StoreFixture  *fixture,
                                 gconstpointer  data)
{
  for (int version = 0; version < STEWARD_STORE_SCHEMA_VERSION; version++)
    {
      g_autofree char *name = g_strdup_printf ("v%d.db", version);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autoptr(StewardStore) store = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (steward_store_testing_create_at_version (path, version, &error));
      g_assert_no_error (error);

      /* Version 2 will add rows typical of each old version here and check them after. */
      store = steward_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (steward_store_get_schema_version (store), ==, STEWARD_STORE_SCHEMA_VERSION);
      g_assert_cmpint (steward_store_testing_count_rows (store, "settings"), ==, 8);
      g_assert_true (steward_store_check (store, &error));
      g_assert_no_error (error);
    }
}

/* "r3 r1": the list's requests by id, to compare with the order written by hand. */
static char *
list_ids (GListModel *model)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(StewardServiceRequest) request = g_list_model_get_item (model, i);

      g_string_append_printf (text, "%sr%" G_GINT64_FORMAT, i > 0 ? " " : "",
                              steward_service_request_get_id (request));
    }
  return g_string_free (text, FALSE);
}

static void
test_migrate_v1_adds_list_indexes (StoreFixture  *fixture,
                                   gconstpointer  data)
{
  const char *v2_indexes[] = {
    "service_requests_by_priority", "service_requests_open_by_submitted",
    "service_requests_open_by_response_due", "service_requests_open_by_delivery_due",
    "service_requests_open_by_service", "service_requests_open_by_state",
    "service_requests_open_by_fee", "service_requests_running_clocks",
    "service_requests_breach_candidates", "service_requests_by_state_fee",
    "service_requests_by_state_delivery_due", "service_requests_by_service_fee",
    "service_requests_by_service_delivery_due",
  };
  const StewardState open[] = {
    STEWARD_STATE_SUBMITTED, STEWARD_STATE_UNDER_REVIEW, STEWARD_STATE_CONFIRMED,
    STEWARD_STATE_IN_PROGRESS, STEWARD_STATE_DELIVERED, STEWARD_STATE_ACCEPTED,
    STEWARD_STATE_WAITING_ON_CLIENT,
  };
  g_autofree char *path = g_build_filename (fixture->dir, "v1-rows.db", NULL);
  g_autoptr(StewardStore) store = NULL;
  g_autoptr(StewardRequestListModel) model = NULL;
  g_autoptr(StewardServiceRequest) r1 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *all = NULL;
  g_autofree char *open_ids = NULL;
  g_autofree char *by_fee = NULL;

  g_assert_true (steward_store_testing_create_v1_with_requests (path, &error));
  g_assert_no_error (error);
  store = steward_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_store_get_schema_version (store), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (v2_indexes); i++)
    if (!steward_store_testing_has_index (store, v2_indexes[i]))
      g_error ("index %s missing after the migration", v2_indexes[i]);
  /* Version 1's own indexes stay. */
  g_assert_true (steward_store_testing_has_index (store, "service_requests_open"));

  /* The rows are as version 1 stored them. */
  g_assert_cmpint (steward_store_testing_count_rows (store, "clients"), ==, 1);
  g_assert_cmpint (steward_store_testing_count_rows (store, "service_requests"), ==, 3);
  model = steward_request_list_model_new (store);
  all = list_ids (G_LIST_MODEL (model));
  g_assert_cmpstr (all, ==, "r3 r2 r1");
  r1 = g_list_model_get_item (G_LIST_MODEL (model), 2);
  g_assert_cmpint (steward_service_request_get_state (r1), ==, STEWARD_STATE_IN_PROGRESS);
  g_assert_cmpint (steward_service_request_get_fee (r1), ==, 200000);
  g_assert_cmpint (steward_service_request_get_submitted_at (r1), ==, 1767232800);
  g_assert_cmpint (steward_service_request_get_response_due (r1), ==, 1767240000);
  g_assert_cmpint (steward_service_request_get_delivery_due (r1), ==, 1768464000);

  /* And the new indexes find them: the open ones, by fee. */
  steward_request_list_model_set_states (model, open, G_N_ELEMENTS (open));
  open_ids = list_ids (G_LIST_MODEL (model));
  g_assert_cmpstr (open_ids, ==, "r3 r1");
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_FEE, TRUE);
  by_fee = list_ids (G_LIST_MODEL (model));
  g_assert_cmpstr (by_fee, ==, "r1 r3");
  g_assert_true (steward_store_check (store, &error));
  g_assert_no_error (error);
}

/* Version 3 swaps the trainings' start index for one that holds the status too (the
 * dashboard's month count reads it alone); the rest of version 2 stays. */
static void
test_migrate_v2_adds_dashboard_index (StoreFixture  *fixture,
                                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "v2.db", NULL);
  g_autoptr(StewardStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_store_testing_create_at_version (path, 2, &error));
  g_assert_no_error (error);
  store = steward_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_store_get_schema_version (store), ==, 3);
  g_assert_true (steward_store_testing_has_index (store, "training_sessions_by_start_status"));
  g_assert_false (steward_store_testing_has_index (store, "training_sessions_by_start"));
  g_assert_true (steward_store_testing_has_index (store, "training_sessions_by_trainer"));
  g_assert_true (steward_store_testing_has_index (store, "service_requests_running_clocks"));
  g_assert_cmpint (steward_store_testing_count_rows (store, "settings"), ==, 8);
  g_assert_true (steward_store_check (store, &error));
  g_assert_no_error (error);
}

static GBytes *
read_file (const char *path,
           gint64     *out_mtime_ns)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  GStatBuf st;

  g_assert_nonnull (info);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  *out_mtime_ns = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
  return g_file_load_bytes (file, NULL, NULL, NULL);
}

static void
test_newer_version_refused_untouched (StoreFixture  *fixture,
                                      gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardStore) store = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  gint64 mtime_before, mtime_after;

  g_clear_object (&fixture->store);
  g_assert_true (steward_store_testing_set_user_version (fixture->path, 4, NULL));
  before = read_file (fixture->path, &mtime_before);

  store = steward_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  expected = g_strdup_printf ("The database “%s” was written by a newer version of Steward "
                              "(schema 4; this version reads up to 3). Update Steward to open it; "
                              "the file was left unchanged.", fixture->path);
  g_assert_cmpstr (error->message, ==, expected);

  after = read_file (fixture->path, &mtime_after);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpint (mtime_before, ==, mtime_after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

/* A copy of a database holding a few clients, with @length bytes at @offset overwritten. */
static char *
damaged_copy (StoreFixture *fixture,
              gsize         offset,
              gsize         length)
{
  g_autoptr(StewardStoreClients) clients = steward_store_clients_new (fixture->store);
  g_autofree char *copy = g_build_filename (fixture->dir, "damaged.db", NULL);
  g_autofree char *contents = NULL;
  gsize size = 0;

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("深圳市客户 %03u 科技有限公司", i);
      g_autoptr(StewardClient) client = add_client (STEWARD_CLIENT_REPOSITORY (clients), name,
                                                    "张伟", "138 0013 8000", "zhang@example.cn");
    }
  g_assert_true (steward_store_backup_to (fixture->store, copy, NULL));
  g_clear_object (&fixture->store);

  g_assert_true (g_file_get_contents (copy, &contents, &size, NULL));
  g_assert_cmpuint (size, >=, offset + length);
  for (gsize i = 0; i < length; i++)
    contents[offset + i] = (char) (0x5a ^ (i * 31));
  g_assert_true (g_file_set_contents (copy, contents, size, NULL));
  return g_steal_pointer (&copy);
}

static void
test_damaged_header (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autofree char *copy = damaged_copy (fixture, 0, 100);
  g_autofree char *expected = NULL;
  g_autoptr(StewardStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = steward_store_open (copy, &error);
  g_assert_null (store);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  expected = g_strdup_printf ("The database “%s” is damaged or is not a Steward database "
                              "(file is not a database). Restore the newest good backup.", copy);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_damaged_pages (StoreFixture  *fixture,
                    gconstpointer  data)
{
  g_autofree char *copy = damaged_copy (fixture, 3 * 4096, 6 * 4096);
  g_autofree char *prefix = g_strdup_printf ("The database “%s” is damaged", copy);
  g_autoptr(StewardStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = steward_store_open (copy, &error);
  g_assert_null (store);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_nonnull (strstr (error->message, "Restore the newest good backup."));
}

static void
test_transactions_nest (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(StewardStoreClients) clients = steward_store_clients_new (fixture->store);
  StewardClientRepository *repo = STEWARD_CLIENT_REPOSITORY (clients);
  g_autoptr(StewardClient) kept = NULL;
  g_autoptr(StewardClient) dropped = NULL;
  g_autoptr(StewardClient) found = NULL;

  g_assert_true (steward_store_begin (fixture->store, NULL));
  kept = add_client (repo, "Kept", "A", "", "");
  g_assert_true (steward_store_begin (fixture->store, NULL));
  dropped = add_client (repo, "Dropped", "B", "", "");
  steward_store_rollback (fixture->store);
  g_assert_true (steward_store_commit (fixture->store, NULL));

  g_assert_cmpint (steward_store_testing_count_rows (fixture->store, "clients"), ==, 1);
  found = steward_client_repository_find_by_name (repo, "kept", NULL);
  g_assert_nonnull (found);
  g_clear_object (&found);
  found = steward_client_repository_find_by_name (repo, "Dropped", NULL);
  g_assert_null (found);
  g_assert_cmpint (steward_store_testing_count_rows (fixture->store, "contacts"), ==, 1);
}

static void
test_backup_is_readable_and_private (StoreFixture  *fixture,
                                     gconstpointer  data)
{
  g_autoptr(StewardStoreClients) clients = steward_store_clients_new (fixture->store);
  g_autoptr(StewardClient) client = add_client (STEWARD_CLIENT_REPOSITORY (clients), "云帆科技",
                                                "张伟", "13800138000", "");
  g_autofree char *backup_path = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autoptr(StewardStore) backup = NULL;
  g_autoptr(StewardStoreClients) backup_clients = NULL;
  g_autoptr(StewardClient) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_store_backup_to (fixture->store, backup_path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (backup_path), ==, 0600);

  backup = steward_store_open (backup_path, &error);
  g_assert_no_error (error);
  g_assert_true (steward_store_check (backup, &error));
  g_assert_no_error (error);
  backup_clients = steward_store_clients_new (backup);
  loaded = steward_client_repository_load (STEWARD_CLIENT_REPOSITORY (backup_clients),
                                           steward_client_get_id (client), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_client_get_name (loaded), ==, "云帆科技");
}

/* 10:00 in Shanghai (02:00 UTC) on the given day. */
static gint64
shanghai_morning (int year,
                  int month,
                  int day)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GDateTime) dt = g_date_time_new (tz, year, month, day, 10, 0, 0);

  return g_date_time_to_unix (dt);
}

static void
test_rotation_keeps_7_daily_and_4_weekly (StoreFixture  *fixture,
                                          gconstpointer  data)
{
  /* Monday 2026-01-05 to Wednesday 2026-03-04, one run a day (two on the last day). */
  const char *expected[] = {
    "steward-2026-03-04.db", "steward-2026-03-03.db", "steward-2026-03-02.db",
    "steward-2026-03-01.db", "steward-2026-02-28.db", "steward-2026-02-27.db",
    "steward-2026-02-26.db",
    /* The newest older backup of ISO weeks 9, 8, 7 and 6. */
    "steward-2026-02-25.db", "steward-2026-02-22.db", "steward-2026-02-15.db",
    "steward-2026-02-08.db",
  };
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 1, 5, 10, 0, 0);
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *backup_dir = steward_store_get_backup_dir (fixture->store);
  gboolean created = FALSE;

  for (int day = 0; day < 59; day++)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (start, day);
      g_autoptr(GError) error = NULL;

      g_assert_true (steward_store_rotate_backups (fixture->store, g_date_time_to_unix (when),
                                                   &created, &error));
      g_assert_no_error (error);
      g_assert_true (created);
    }
  g_assert_cmpint (g_date_time_to_unix (start), ==, shanghai_morning (2026, 1, 5));

  /* At most once a day. */
  g_assert_true (steward_store_rotate_backups (fixture->store,
                                               shanghai_morning (2026, 3, 4) + 3600, &created, NULL));
  g_assert_false (created);

  backups = steward_store_list_backups (fixture->store, NULL);
  g_assert_cmpuint (backups->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < backups->len; i++)
    {
      StewardBackup *backup = g_ptr_array_index (backups, i);
      g_autofree char *base = g_path_get_basename (backup->path);

      g_assert_cmpstr (base, ==, expected[i]);
      g_assert_cmpuint (file_mode (backup->path), ==, 0600);
    }
  g_assert_cmpuint (file_mode (backup_dir), ==, 0700);
}

static void
write_client_in_child (const char *path)
{
  g_autoptr(StewardStore) store = steward_store_open (path, NULL);
  g_autoptr(StewardStoreClients) clients = steward_store_clients_new (store);
  g_autoptr(StewardClient) client = add_client (STEWARD_CLIENT_REPOSITORY (clients), "Other process",
                                                "Z", "", "");
}

static void
test_data_version_sees_other_process (StoreFixture  *fixture,
                                      gconstpointer  data)
{
  g_autoptr(StewardStoreClients) clients = steward_store_clients_new (fixture->store);
  g_autoptr(StewardClient) own = NULL;
  gint64 version;

  if (g_test_subprocess ())
    {
      write_client_in_child (g_getenv ("STEWARD_TEST_DB"));
      return;
    }

  version = steward_store_get_data_version (fixture->store);
  own = add_client (STEWARD_CLIENT_REPOSITORY (clients), "Own write", "A", "", "");
  /* Our own commits do not count: only other connections' do. */
  g_assert_cmpint (steward_store_get_data_version (fixture->store), ==, version);

  g_setenv ("STEWARD_TEST_DB", fixture->path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  g_assert_cmpint (steward_store_get_data_version (fixture->store), !=, version);
  g_assert_cmpint (steward_store_testing_count_rows (fixture->store, "clients"), ==, 2);
}

static void
quick_check_done (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_store_quick_check_finish (STEWARD_STORE (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_quick_check_async (StoreFixture  *fixture,
                        gconstpointer  data)
{
  gboolean done = FALSE;

  steward_store_quick_check_async (fixture->store, NULL, quick_check_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)

  ADD ("/store/open/private-files", test_open_creates_private_files);
  g_test_add_func ("/store/open/default-path", test_default_path);
  ADD ("/store/schema/seeds-and-foreign-keys", test_schema_seeds_and_foreign_keys);
  ADD ("/store/schema/migrate-from-every-version", test_migrate_from_every_version);
  ADD ("/store/schema/migrate-v1-adds-list-indexes", test_migrate_v1_adds_list_indexes);
  ADD ("/store/schema/migrate-v2-adds-dashboard-index", test_migrate_v2_adds_dashboard_index);
  ADD ("/store/schema/newer-version-untouched", test_newer_version_refused_untouched);
  ADD ("/store/damaged/header", test_damaged_header);
  ADD ("/store/damaged/pages", test_damaged_pages);
  ADD ("/store/transactions/nest", test_transactions_nest);
  ADD ("/store/backup/readable", test_backup_is_readable_and_private);
  ADD ("/store/backup/rotation", test_rotation_keeps_7_daily_and_4_weekly);
  ADD ("/store/data-version/other-process", test_data_version_sees_other_process);
  ADD ("/store/quick-check/async", test_quick_check_async);

  return g_test_run ();
}
