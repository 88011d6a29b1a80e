/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "steward-client-list-model.h"
#include "steward-error.h"
#include "steward-store-clients.h"
#include "test-store-util.h"

/* A reader connection (steward_store_open_reader) sees what the main connection commits and
 * refuses to write. */

static guint
count_clients (StewardStore *store)
{
  g_autoptr(StewardClientListModel) model = steward_client_list_model_new (store);

  steward_client_list_model_set_filter (model, STEWARD_CLIENT_FILTER_ALL);
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

static void
test_reader_sees_commits (StoreFixture  *fixture,
                          gconstpointer  data)
{
  g_autoptr(StewardStoreClients) clients = steward_store_clients_new (fixture->store);
  g_autoptr(StewardStore) reader = NULL;
  g_autoptr(StewardClient) acme = NULL;
  g_autoptr(StewardClient) blue = NULL;
  g_autoptr(GError) error = NULL;

  acme = add_client (STEWARD_CLIENT_REPOSITORY (clients), "ACME Software", "Alice", "", "");
  reader = steward_store_open_reader (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reader);
  g_assert_cmpstr (steward_store_get_path (reader), ==, fixture->path);
  g_assert_cmpint (steward_store_get_schema_version (reader), ==, STEWARD_STORE_SCHEMA_VERSION);
  g_assert_cmpuint (count_clients (reader), ==, 1);

  /* A commit made after the reader opened shows in its next read. */
  blue = add_client (STEWARD_CLIENT_REPOSITORY (clients), "Blue River Logistics", "Tom", "", "");
  g_assert_cmpuint (count_clients (reader), ==, 2);

  /* An open write transaction on the main connection does not stop the reader; the reader sees
   * only what is committed. */
  g_assert_true (steward_store_begin (fixture->store, NULL));
  g_clear_object (&blue);
  blue = add_client (STEWARD_CLIENT_REPOSITORY (clients), "Harbor Finance", "Henry", "", "");
  g_assert_cmpuint (count_clients (reader), ==, 2);
  steward_store_rollback (fixture->store);
  g_assert_cmpuint (count_clients (fixture->store), ==, 2);
}

static void
test_reader_refuses_writes (StoreFixture  *fixture,
                            gconstpointer  data)
{
  g_autoptr(StewardStoreClients) clients = steward_store_clients_new (fixture->store);
  g_autoptr(StewardStore) reader = steward_store_open_reader (fixture->store, NULL);
  g_autoptr(StewardStoreClients) reader_clients = steward_store_clients_new (reader);
  g_autoptr(StewardClient) client = steward_client_new ("Northwind Traders");
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  StewardContact *contact = steward_contact_new ("Nancy");
  g_autoptr(GError) error = NULL;

  steward_contact_set_primary (contact, TRUE);
  g_ptr_array_add (contacts, contact);
  g_assert_nonnull (reader);
  g_assert_false (steward_client_repository_add (STEWARD_CLIENT_REPOSITORY (reader_clients),
                                                 client, contacts, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_cmpuint (count_clients (fixture->store), ==, 0);
  g_assert_cmpuint (count_clients (reader), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store-reader/sees-commits", StoreFixture, NULL,
              store_fixture_setup, test_reader_sees_commits, store_fixture_teardown);
  g_test_add ("/store-reader/refuses-writes", StoreFixture, NULL,
              store_fixture_setup, test_reader_refuses_writes, store_fixture_teardown);
  return g_test_run ();
}
