/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "steward-error.h"
#include "steward-store-clients.h"
#include "steward-store-testing.h"
#include "test-store-util.h"

/* Learning that a database needs a migration without migrating it, and opening (migrating) it
 * in a worker thread, as the window does at start-up. */

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("steward-open-async-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "steward.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
test_peek_old_and_current (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardStore) store = NULL;

  g_assert_true (steward_store_testing_create_v1_with_requests (f->path, &error));
  g_assert_no_error (error);

  /* Peeking twice finds version 1 both times: the first peek migrated nothing. */
  g_assert_cmpint (peek_schema_version (f->path), ==, 1);
  g_assert_cmpint (peek_schema_version (f->path), ==, 1);

  store = steward_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (peek_schema_version (f->path), ==, STEWARD_STORE_SCHEMA_VERSION);
}

static void
test_peek_refuses (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);
  g_autoptr(GError) error = NULL;
  int version = -7;

  /* A missing file is an error, and the peek does not create it. */
  g_assert_false (steward_store_peek_schema_version (missing, &version, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_cmpint (version, ==, -7);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (text, "Not a database, just some notes for the week.\n"
                                      "Call 华东精密 on Monday about the training.\n"
                                      "…and a few more lines to fill a page header.\n",
                                      -1, NULL));
  g_assert_false (steward_store_peek_schema_version (text, &version, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_cmpint (version, ==, -7);
}

static void
test_open_no_migrate (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *fresh = g_build_filename (f->dir, "new.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardStore) store = NULL;

  g_assert_true (steward_store_testing_create_v1_with_requests (f->path, &error));
  g_assert_no_error (error);

  /* An older schema is refused and left as it was. */
  store = steward_store_open_full (f->path, STEWARD_STORE_OPEN_NO_MIGRATE, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
  g_assert_null (store);
  g_assert_cmpint (peek_schema_version (f->path), ==, 1);
  g_clear_error (&error);

  /* A current schema opens, and so does a new file (creating a schema is not migrating data). */
  store = steward_store_open (f->path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  store = steward_store_open_full (f->path, STEWARD_STORE_OPEN_NO_MIGRATE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_store_get_schema_version (store), ==, STEWARD_STORE_SCHEMA_VERSION);
  g_clear_object (&store);
  store = steward_store_open_full (fresh, STEWARD_STORE_OPEN_NO_MIGRATE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_store_get_schema_version (store), ==, STEWARD_STORE_SCHEMA_VERSION);
}

static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  /* Delivered on the thread that asked: the test's main thread. */
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  *out = g_object_ref (result);
}

static StewardStore *
open_async (const char    *path,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  steward_store_open_async (path, STEWARD_STORE_OPEN_DEFER_CHECK, cancellable, on_opened,
                            &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return steward_store_open_finish (result, error);
}

static void
test_open_async_migrates (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardStore) store = NULL;
  g_autoptr(StewardStoreClients) clients = NULL;
  g_autoptr(StewardClient) client = NULL;

  g_assert_true (steward_store_testing_create_v1_with_requests (f->path, &error));
  g_assert_no_error (error);

  store = open_async (f->path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (steward_store_get_schema_version (store), ==, STEWARD_STORE_SCHEMA_VERSION);
  g_assert_cmpint (peek_schema_version (f->path), ==, STEWARD_STORE_SCHEMA_VERSION);

  /* The data version 1 stored is all there, and the store works on this thread. */
  clients = steward_store_clients_new (store);
  client = steward_client_repository_find_by_name (STEWARD_CLIENT_REPOSITORY (clients),
                                                   "华东精密", &error);
  g_assert_no_error (error);
  g_assert_nonnull (client);
  g_assert_cmpint (steward_client_get_id (client), ==, 1);
  g_assert_cmpint (steward_store_testing_count_rows (store, "service_requests"), ==, 3);
  g_assert_cmpint (steward_store_testing_count_rows (store, "clients"), ==, 1);
  g_assert_true (steward_store_check (store, &error));
  g_assert_no_error (error);
}

static void
test_open_async_cancelled (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(StewardStore) store = NULL;

  g_assert_true (steward_store_testing_create_v1_with_requests (f->path, &error));
  g_assert_no_error (error);

  g_cancellable_cancel (cancellable);
  store = open_async (f->path, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (store);
  /* Nothing was migrated. */
  g_assert_cmpint (peek_schema_version (f->path), ==, 1);
}

static void
test_open_async_refuses (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardStore) store = NULL;
  FILE *file;

  /* A file of a newer Steward is refused and left at its version. */
  g_assert_true (steward_store_testing_create_at_version (f->path, 1, &error));
  g_assert_no_error (error);
  g_assert_true (steward_store_testing_set_user_version (f->path, 99, &error));
  g_assert_no_error (error);
  g_assert_cmpint (peek_schema_version (f->path), ==, 99);
  store = open_async (f->path, NULL, &error);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "newer version of Steward"));
  g_assert_null (store);
  g_assert_cmpint (peek_schema_version (f->path), ==, 99);
  g_clear_error (&error);

  /* A damaged header gives the same error as the synchronous open. */
  file = fopen (f->path, "r+b");
  g_assert_nonnull (file);
  g_assert_cmpint (fwrite ("This is not a database at all!!!", 1, 32, file), ==, 32);
  fclose (file);
  store = open_async (f->path, NULL, &error);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "damaged"));
  g_assert_null (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/peek/old-and-current", test_peek_old_and_current);
  ADD ("/store/peek/refuses", test_peek_refuses);
  ADD ("/store/open/no-migrate", test_open_no_migrate);
  ADD ("/store/open-async/migrates", test_open_async_migrates);
  ADD ("/store/open-async/cancelled", test_open_async_cancelled);
  ADD ("/store/open-async/refuses", test_open_async_refuses);
#undef ADD

  return g_test_run ();
}
