/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "steward-client-list-model.h"
#include "steward-store-clients.h"
#include "steward-store-testing.h"
#include "test-store-util.h"

/* One database for the whole program: 3,000 clients "Client 0000" … "Client 2999".
 *   industry  i % 3: 0 Manufacturing, 1 Finance, 2 Education
 *   owner     i % 2: 0 王经理, 1 李经理
 *   archived  i % 10 == 9 (300 clients), so 2,700 are active
 *   contact   "张伟" when i % 500 == 0, else "Contact NNNN"
 * Client 0005 has a confirmed request of ¥900.00; Client 0010 one of ¥500.00 with ¥200.00 paid. */
#define N_CLIENTS 3000

static StoreFixture fixture;
static StewardStoreClients *clients;

static void
populate (void)
{
  static const char *industries[] = { "Manufacturing", "Finance", "Education" };
  static const char *owners[] = { "王经理", "李经理" };
  StewardClientRepository *repo = STEWARD_CLIENT_REPOSITORY (clients);
  gint64 ids[N_CLIENTS];
  gint64 request;

  g_assert_true (steward_store_begin (fixture.store, NULL));
  for (guint i = 0; i < N_CLIENTS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Client %04u", i);
      g_autofree char *contact = i % 500 == 0 ? g_strdup ("张伟") : g_strdup_printf ("Contact %04u", i);
      g_autoptr(StewardClient) client = steward_client_new (name);
      g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
      StewardContact *c = steward_contact_new (contact);

      steward_contact_set_primary (c, TRUE);
      g_ptr_array_add (contacts, c);
      steward_client_set_industry (client, industries[i % 3]);
      steward_client_set_owner (client, owners[i % 2]);
      steward_client_set_archived (client, i % 10 == 9);
      g_assert_true (steward_client_repository_add (repo, client, contacts, NULL));
      ids[i] = steward_client_get_id (client);
    }

  /* 2100-01-01 00:00 UTC and one hour later: later than any client's own update. */
  g_assert_cmpint (steward_store_testing_insert_request (fixture.store, ids[5], "confirmed", 90000,
                                                         4102444800, NULL), >, 0);
  request = steward_store_testing_insert_request (fixture.store, ids[10], "confirmed", 50000,
                                                  4102444800, NULL);
  g_assert_true (steward_store_testing_insert_payment (fixture.store, request, 20000, 4102448400, NULL));
  g_assert_true (steward_store_commit (fixture.store, NULL));
}

static const char *
name_at (GListModel *model,
         guint       position)
{
  g_autoptr(StewardClient) client = g_list_model_get_item (model, position);
  static char buffer[64];

  g_assert_nonnull (client);
  g_strlcpy (buffer, steward_client_get_name (client), sizeof buffer);
  return buffer;
}

static void
test_paging (void)
{
  g_autoptr(StewardClientListModel) model = steward_client_list_model_new (fixture.store);
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr(StewardClient) a = NULL;
  g_autoptr(StewardClient) b = NULL;

  g_assert_true (g_list_model_get_item_type (list) == STEWARD_TYPE_CLIENT);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2700);
  g_assert_cmpstr (name_at (list, 0), ==, "Client 0000");
  g_assert_cmpstr (name_at (list, 199), ==, "Client 0221");   /* end of the first page */
  g_assert_cmpstr (name_at (list, 200), ==, "Client 0222");   /* start of the second */
  g_assert_cmpstr (name_at (list, 1350), ==, "Client 1500");
  g_assert_cmpstr (name_at (list, 2699), ==, "Client 2998");
  g_assert_null (g_list_model_get_item (list, 2700));

  /* A cached page hands out the same object. */
  a = g_list_model_get_item (list, 201);
  b = g_list_model_get_item (list, 201);
  g_assert_true (a == b);
}

static void
test_sorting (void)
{
  g_autoptr(StewardClientListModel) model = steward_client_list_model_new (fixture.store);
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr(StewardClient) first = NULL;

  steward_client_list_model_set_sort (model, STEWARD_CLIENT_SORT_NAME, TRUE);
  g_assert_cmpstr (name_at (list, 0), ==, "Client 2998");

  /* Education (i % 3 == 2) first, then by name. */
  steward_client_list_model_set_sort (model, STEWARD_CLIENT_SORT_INDUSTRY, FALSE);
  g_assert_cmpstr (name_at (list, 0), ==, "Client 0002");
  g_assert_cmpstr (name_at (list, 1), ==, "Client 0005");
  steward_client_list_model_set_sort (model, STEWARD_CLIENT_SORT_INDUSTRY, TRUE);
  g_assert_cmpstr (name_at (list, 0), ==, "Client 0000");
  g_assert_cmpstr (name_at (list, 1), ==, "Client 0003");

  /* 李 (U+674E) sorts before 王 (U+738B). */
  steward_client_list_model_set_sort (model, STEWARD_CLIENT_SORT_OWNER, FALSE);
  g_assert_cmpstr (name_at (list, 0), ==, "Client 0001");

  steward_client_list_model_set_sort (model, STEWARD_CLIENT_SORT_OUTSTANDING, TRUE);
  g_assert_cmpstr (name_at (list, 0), ==, "Client 0005");
  g_assert_cmpstr (name_at (list, 1), ==, "Client 0010");
  g_assert_cmpstr (name_at (list, 2), ==, "Client 0000");
  first = g_list_model_get_item (list, 1);
  g_assert_cmpint (steward_client_get_outstanding_fen (first), ==, 30000);
  g_assert_cmpuint (steward_client_get_open_requests (first), ==, 1);
  g_clear_object (&first);

  steward_client_list_model_set_sort (model, STEWARD_CLIENT_SORT_LAST_ACTIVITY, TRUE);
  g_assert_cmpstr (name_at (list, 0), ==, "Client 0010");
  g_assert_cmpstr (name_at (list, 1), ==, "Client 0005");
  first = g_list_model_get_item (list, 0);
  g_assert_cmpint (steward_client_get_last_activity (first), ==, 4102448400);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2700);
}

static void
test_filtering (void)
{
  g_autoptr(StewardClientListModel) model = steward_client_list_model_new (fixture.store);
  GListModel *list = G_LIST_MODEL (model);

  steward_client_list_model_set_filter (model, STEWARD_CLIENT_FILTER_ARCHIVED);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 300);
  g_assert_cmpstr (name_at (list, 0), ==, "Client 0009");
  steward_client_list_model_set_filter (model, STEWARD_CLIENT_FILTER_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3000);
  steward_client_list_model_set_filter (model, STEWARD_CLIENT_FILTER_ACTIVE);

  steward_client_list_model_set_owner (model, "王经理");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1500);
  steward_client_list_model_set_owner (model, "李经理");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1200);
  g_assert_cmpstr (name_at (list, 0), ==, "Client 0001");

  /* Owner and search together: "Client 01xx", odd, not archived. */
  steward_client_list_model_set_search (model, "client 01");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 40);
  g_assert_cmpstr (name_at (list, 0), ==, "Client 0101");
  steward_client_list_model_set_owner (model, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 90);

  /* A two-character Chinese contact name. */
  steward_client_list_model_set_search (model, "张伟");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 6);
  g_assert_cmpstr (name_at (list, 5), ==, "Client 2500");

  steward_client_list_model_set_search (model, "@@");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  steward_client_list_model_set_search (model, "");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2700);
}

typedef struct {
  guint position, removed, added, count;
} Change;

static void
items_changed (GListModel *list,
               guint       position,
               guint       removed,
               guint       added,
               Change     *change)
{
  /* A reload empties the list, then fills it: two signals, each at position 0. */
  g_assert_cmpuint (position, ==, 0);
  g_assert_true (removed == 0 || added == 0);
  change->position = position;
  change->removed += removed;
  change->added += added;
  change->count++;
}

static void
test_items_changed_and_reload (void)
{
  g_autoptr(StewardClientListModel) model = steward_client_list_model_new (fixture.store);
  g_autoptr(StewardClient) added = NULL;
  Change change = { 0 };

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed), &change);

  steward_client_list_model_set_search (model, "张伟");
  g_assert_cmpuint (change.count, ==, 2);
  g_assert_cmpuint (change.removed, ==, 2700);
  g_assert_cmpuint (change.added, ==, 6);

  /* Setting the same search again changes nothing. */
  steward_client_list_model_set_search (model, "张伟");
  g_assert_cmpuint (change.count, ==, 2);
  change = (Change) { 0 };

  added = add_client (STEWARD_CLIENT_REPOSITORY (clients), "Zhang Wei Trading", "张伟", "", "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 6);
  g_assert_true (steward_client_list_model_reload (model, NULL));
  g_assert_cmpuint (change.count, ==, 2);
  g_assert_cmpuint (change.removed, ==, 6);
  g_assert_cmpuint (change.added, ==, 7);
  g_assert_cmpstr (name_at (G_LIST_MODEL (model), 6), ==, "Zhang Wei Trading");

  /* Open requests sort in SQL too (Client 0005 and 0010 have one each). */
  steward_client_list_model_set_search (model, NULL);
  steward_client_list_model_set_sort (model, STEWARD_CLIENT_SORT_OPEN_REQUESTS, TRUE);
  g_assert_cmpstr (name_at (G_LIST_MODEL (model), 0), ==, "Client 0005");
  g_assert_cmpstr (name_at (G_LIST_MODEL (model), 1), ==, "Client 0010");

  /* The owner filter's choices: each account manager once, in order. */
  {
    g_auto(GStrv) owners = steward_store_clients_list_owners (clients, NULL);

    g_assert_cmpuint (g_strv_length (owners), ==, 2);
    g_assert_cmpstr (owners[0], ==, "李经理");
    g_assert_cmpstr (owners[1], ==, "王经理");
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  store_fixture_setup (&fixture, NULL);
  clients = steward_store_clients_new (fixture.store);
  populate ();

  g_test_add_func ("/client-list-model/paging", test_paging);
  g_test_add_func ("/client-list-model/sorting", test_sorting);
  g_test_add_func ("/client-list-model/filtering", test_filtering);
  /* Last: it adds a client. */
  g_test_add_func ("/client-list-model/items-changed", test_items_changed_and_reload);

  status = g_test_run ();

  g_clear_object (&clients);
  store_fixture_teardown (&fixture, NULL);
  return status;
}
