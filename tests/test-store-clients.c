/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "steward-error.h"
#include "steward-store-clients.h"
#include "steward-store-testing.h"
#include "test-store-util.h"

typedef struct {
  StoreFixture         base;
  StewardStoreClients *clients;
  StewardClientRepository *repo;
} Fixture;

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  store_fixture_setup (&fixture->base, data);
  fixture->clients = steward_store_clients_new (fixture->base.store);
  fixture->repo = STEWARD_CLIENT_REPOSITORY (fixture->clients);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  g_clear_object (&fixture->clients);
  store_fixture_teardown (&fixture->base, data);
}

static gint64
count (Fixture    *fixture,
       const char *table)
{
  return steward_store_testing_count_rows (fixture->base.store, table);
}

static StewardContact *
new_contact (const char *name,
             const char *role,
             const char *phone,
             const char *email,
             gboolean    primary)
{
  StewardContact *contact = steward_contact_new (name);

  steward_contact_set_role (contact, role);
  steward_contact_set_phone (contact, phone);
  steward_contact_set_email (contact, email);
  steward_contact_set_primary (contact, primary);
  return contact;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(StewardClient) client = steward_client_new ("  深圳市云帆科技有限公司 ");
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StewardClient) loaded = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  StewardContact *first;

  steward_client_set_industry (client, "制造业");
  steward_client_set_address (client, "深圳市南山区科技园");
  steward_client_set_notes (client, "Prefers email");
  steward_client_set_owner (client, "王经理");
  steward_client_set_advisor (client, "陈工");
  steward_client_set_platforms (client, STEWARD_PLATFORM_WINDOWS | STEWARD_PLATFORM_LINUX);
  steward_client_set_created_at (client, 1767578400);  /* 2026-01-05 10:00 +08:00 */
  g_ptr_array_add (contacts, new_contact ("李娜", "IT", "0755-8888 6666", "lina@yunfan.cn", FALSE));
  g_ptr_array_add (contacts, new_contact ("张伟", "CTO", "+86 138-0013-8000", "zhangwei@yunfan.cn", TRUE));

  g_assert_true (steward_client_repository_add (fixture->repo, client, contacts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_client_get_id (client), >, 0);
  g_assert_cmpint (steward_contact_get_id (g_ptr_array_index (contacts, 0)), >, 0);

  loaded = steward_client_repository_load (fixture->repo, steward_client_get_id (client), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_client_get_name (loaded), ==, "深圳市云帆科技有限公司");
  g_assert_cmpstr (steward_client_get_industry (loaded), ==, "制造业");
  g_assert_cmpstr (steward_client_get_address (loaded), ==, "深圳市南山区科技园");
  g_assert_cmpstr (steward_client_get_notes (loaded), ==, "Prefers email");
  g_assert_cmpstr (steward_client_get_owner (loaded), ==, "王经理");
  g_assert_cmpstr (steward_client_get_advisor (loaded), ==, "陈工");
  g_assert_cmpuint (steward_client_get_platforms (loaded), ==,
                    STEWARD_PLATFORM_WINDOWS | STEWARD_PLATFORM_LINUX);
  g_assert_false (steward_client_get_archived (loaded));
  g_assert_cmpint (steward_client_get_created_at (loaded), ==, 1767578400);
  g_assert_cmpint (steward_client_get_updated_at (loaded), ==, steward_client_get_updated_at (client));
  g_assert_cmpuint (steward_client_get_open_requests (loaded), ==, 0);
  g_assert_cmpint (steward_client_get_outstanding_fen (loaded), ==, 0);

  stored = steward_client_repository_list_contacts (fixture->repo, steward_client_get_id (client), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 2);
  first = g_ptr_array_index (stored, 0);
  /* Primary first. */
  g_assert_cmpstr (steward_contact_get_name (first), ==, "张伟");
  g_assert_true (steward_contact_get_primary (first));
  g_assert_cmpstr (steward_contact_get_role (first), ==, "CTO");
  g_assert_cmpstr (steward_contact_get_phone (first), ==, "+86 138-0013-8000");
  g_assert_cmpstr (steward_contact_get_email (first), ==, "zhangwei@yunfan.cn");
  g_assert_cmpint (steward_contact_get_client_id (first), ==, steward_client_get_id (client));
  g_assert_cmpint (steward_contact_get_id (first), ==,
                   steward_contact_get_id (g_ptr_array_index (contacts, 1)));
  g_assert_cmpstr (steward_contact_get_name (g_ptr_array_index (stored, 1)), ==, "李娜");
  g_assert_false (steward_contact_get_primary (g_ptr_array_index (stored, 1)));
}

static void
test_duplicate_name_refused (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(StewardClient) first = add_client (fixture->repo, "Acme 科技", "Li Lei", "", "");
  g_autoptr(StewardClient) second = steward_client_new ("ＡＣＭＥ  科技");
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StewardClient) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) hits = NULL;

  g_ptr_array_add (contacts, new_contact ("Han Meimei", "", "13900139000", "han@other.cn", TRUE));
  g_assert_false (steward_client_repository_add (fixture->repo, second, contacts, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==,
                   "Client name: “ＡＣＭＥ  科技” is already taken by the client “Acme 科技” "
                   "(names are compared ignoring case and full-width forms)");
  g_clear_error (&error);

  /* Nothing was written and the objects were not touched. */
  g_assert_cmpint (count (fixture, "clients"), ==, 1);
  g_assert_cmpint (count (fixture, "contacts"), ==, 1);
  g_assert_cmpint (count (fixture, "client_search"), ==, 1);
  g_assert_cmpint (steward_client_get_id (second), ==, 0);
  g_assert_cmpint (steward_contact_get_id (g_ptr_array_index (contacts, 0)), ==, 0);
  hits = steward_store_clients_search (fixture->clients, "han@other", 0, NULL);
  g_assert_cmpuint (hits->len, ==, 0);

  found = steward_client_repository_find_by_name (fixture->repo, "acme 科技", &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_client_get_id (found), ==, steward_client_get_id (first));
  g_clear_object (&found);
  found = steward_client_repository_find_by_name (fixture->repo, "Acme", &error);
  g_assert_no_error (error);
  g_assert_null (found);
}

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(StewardClient) other = add_client (fixture->repo, "Other Ltd", "O", "", "");
  g_autoptr(StewardClient) client = add_client (fixture->repo, "Acme", "Li Lei", "13800138000", "");
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(StewardClient) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) hits = NULL;
  gint64 id = steward_client_get_id (client);

  /* Renaming onto another client's name is refused and changes nothing. */
  steward_client_set_name (client, "other ltd");
  steward_client_set_industry (client, "Finance");
  g_assert_false (steward_client_repository_update (fixture->repo, client, NULL, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT);
  g_clear_error (&error);
  loaded = steward_client_repository_load (fixture->repo, id, NULL);
  g_assert_cmpstr (steward_client_get_name (loaded), ==, "Acme");
  g_assert_cmpstr (steward_client_get_industry (loaded), ==, "");
  g_clear_object (&loaded);

  /* Replace the contacts: keep Li Lei (no longer primary), add a new primary. */
  contacts = steward_client_repository_list_contacts (fixture->repo, id, NULL);
  steward_contact_set_primary (g_ptr_array_index (contacts, 0), FALSE);
  g_ptr_array_add (contacts, new_contact ("Han Meimei", "", "", "han@acme.com", TRUE));
  steward_client_set_name (client, "Acme Software");
  g_assert_true (steward_client_repository_update (fixture->repo, client, contacts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_contact_get_id (g_ptr_array_index (contacts, 1)), >, 0);

  after = steward_client_repository_list_contacts (fixture->repo, id, NULL);
  g_assert_cmpuint (after->len, ==, 2);
  g_assert_cmpstr (steward_contact_get_name (g_ptr_array_index (after, 0)), ==, "Han Meimei");
  g_assert_cmpstr (steward_contact_get_name (g_ptr_array_index (after, 1)), ==, "Li Lei");
  g_clear_pointer (&after, g_ptr_array_unref);

  /* Drop Li Lei: the row goes, and search no longer finds his phone. */
  g_ptr_array_remove_index (contacts, 0);
  g_assert_true (steward_client_repository_update (fixture->repo, client, contacts, &error));
  g_assert_no_error (error);
  after = steward_client_repository_list_contacts (fixture->repo, id, NULL);
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_cmpint (count (fixture, "contacts"), ==, 2);
  hits = steward_store_clients_search (fixture->clients, "0013800", 0, NULL);
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_array_unref);
  hits = steward_store_clients_search (fixture->clients, "software", 0, NULL);
  g_assert_cmpuint (hits->len, ==, 1);

  loaded = steward_client_repository_load (fixture->repo, id, NULL);
  g_assert_cmpstr (steward_client_get_name (loaded), ==, "Acme Software");
  g_assert_cmpstr (steward_client_get_industry (loaded), ==, "Finance");
}

static void
test_delete_refused_with_history_archive_allowed (Fixture       *fixture,
                                                  gconstpointer  data)
{
  g_autoptr(StewardClient) client = add_client (fixture->repo, "云帆科技", "张伟", "", "");
  g_autoptr(StewardClient) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = steward_client_get_id (client);

  g_assert_cmpint (steward_store_testing_insert_request (fixture->base.store, id, "settled", 10000,
                                                         1767578400, &error), >, 0);
  g_assert_no_error (error);

  g_assert_false (steward_client_repository_delete (fixture->repo, id, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_cmpstr (error->message, ==,
                   "The client “云帆科技” has service history and cannot be deleted; archive it instead");
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, "clients"), ==, 1);
  g_assert_cmpint (count (fixture, "contacts"), ==, 1);

  g_assert_true (steward_client_repository_set_archived (fixture->repo, id, TRUE, &error));
  g_assert_no_error (error);
  loaded = steward_client_repository_load (fixture->repo, id, NULL);
  g_assert_true (steward_client_get_archived (loaded));
  g_clear_object (&loaded);

  g_assert_true (steward_client_repository_set_archived (fixture->repo, id, FALSE, NULL));
  loaded = steward_client_repository_load (fixture->repo, id, NULL);
  g_assert_false (steward_client_get_archived (loaded));

  g_assert_false (steward_client_repository_set_archived (fixture->repo, id + 100, TRUE, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
}

static void
test_delete_without_history (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(StewardClient) client = add_client (fixture->repo, "Short-lived", "A", "12345678", "a@b.cn");
  g_autoptr(StewardClient) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) hits = NULL;

  g_assert_true (steward_client_repository_delete (fixture->repo, steward_client_get_id (client), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "clients"), ==, 0);
  g_assert_cmpint (count (fixture, "contacts"), ==, 0);
  g_assert_cmpint (count (fixture, "client_platforms"), ==, 0);
  g_assert_cmpint (count (fixture, "client_search"), ==, 0);
  g_assert_cmpint (count (fixture, "client_search_short"), ==, 0);
  hits = steward_store_clients_search (fixture->clients, "short", 0, NULL);
  g_assert_cmpuint (hits->len, ==, 0);

  loaded = steward_client_repository_load (fixture->repo, steward_client_get_id (client), &error);
  g_assert_null (loaded);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
}

typedef struct {
  const char *query;
  const char *names[4];
} SearchCase;

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  const SearchCase cases[] = {
    { "科技", { "北京数据科技有限公司", "深圳市云帆科技有限公司" } },  /* 2 characters */
    { "科", { "北京数据科技有限公司", "深圳市云帆科技有限公司" } },    /* 1 character */
    { "深圳市", { "深圳市云帆科技有限公司" } },                        /* 3 characters */
    { "acm", { "Acme Software Ltd" } },
    { "ＡＣＭ", { "Acme Software Ltd" } },                            /* full width */
    { "ac", { "Acme Software Ltd" } },
    { "0013-8000", { "深圳市云帆科技有限公司" } },                      /* phone fragment */
    { "13800138000", { "深圳市云帆科技有限公司" } },                    /* digits only */
    { "6543", { "Acme Software Ltd" } },
    { "@yunfan", { "深圳市云帆科技有限公司" } },                        /* email fragment */
    { "bjdata.com", { "北京数据科技有限公司" } },
    { "张伟", { "深圳市云帆科技有限公司" } },                          /* contact name */
    { "smi", { "Acme Software Ltd" } },
    { "John Smith", { "Acme Software Ltd" } },
    { "有限公司", { "北京数据科技有限公司", "深圳市云帆科技有限公司" } },
    { "上海", { NULL } },
    { "@@", { NULL } },
    { "\"", { NULL } },
  };
  g_autoptr(StewardClient) a = add_client (fixture->repo, "深圳市云帆科技有限公司", "张伟",
                                           "+86 138-0013-8000", "zhangwei@yunfan.cn");
  g_autoptr(StewardClient) b = add_client (fixture->repo, "Acme Software Ltd", "John Smith",
                                           "(021) 6543 2100", "john@acme.com");
  g_autoptr(StewardClient) c = add_client (fixture->repo, "北京数据科技有限公司", "王芳",
                                           "010-8888 6666", "wangfang@bjdata.com.cn");

  /* Archived clients are still found. */
  g_assert_true (steward_client_repository_set_archived (fixture->repo, steward_client_get_id (c),
                                                         TRUE, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) hits = steward_store_clients_search (fixture->clients, cases[i].query, 0, &error);
      guint expected = 0;

      g_assert_no_error (error);
      while (cases[i].names[expected] != NULL)
        expected++;
      g_test_message ("query %s", cases[i].query);
      g_assert_cmpuint (hits->len, ==, expected);
      for (guint j = 0; j < hits->len; j++)
        {
          g_autoptr(StewardClient) hit = steward_client_repository_load (fixture->repo,
                                                                         g_array_index (hits, gint64, j),
                                                                         NULL);

          g_assert_cmpstr (steward_client_get_name (hit), ==, cases[i].names[j]);
        }
    }
}

static void
test_anonymise_keeps_finances (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(StewardClient) client = steward_client_new ("云帆科技");
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(StewardClient) loaded = NULL;
  g_autoptr(GArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  gint64 request;

  g_ptr_array_add (contacts, new_contact ("张伟", "CTO", "13800138000", "zhangwei@yunfan.cn", TRUE));
  g_ptr_array_add (contacts, new_contact ("李娜", "IT", "0755-8888 6666", "lina@yunfan.cn", FALSE));
  g_assert_true (steward_client_repository_add (fixture->repo, client, contacts, NULL));
  request = steward_store_testing_insert_request (fixture->base.store, steward_client_get_id (client),
                                                  "confirmed", 50000, 1767578400, NULL);
  g_assert_true (steward_store_testing_insert_payment (fixture->base.store, request, 20000,
                                                       1767582000, NULL));

  g_assert_true (steward_client_repository_anonymise (fixture->repo, steward_client_get_id (client), &error));
  g_assert_no_error (error);

  after = steward_client_repository_list_contacts (fixture->repo, steward_client_get_id (client), NULL);
  g_assert_cmpuint (after->len, ==, 2);
  g_assert_cmpstr (steward_contact_get_name (g_ptr_array_index (after, 0)), ==, "Anonymised contact 1");
  g_assert_cmpstr (steward_contact_get_phone (g_ptr_array_index (after, 0)), ==, "");
  g_assert_cmpstr (steward_contact_get_email (g_ptr_array_index (after, 0)), ==, "");
  g_assert_cmpstr (steward_contact_get_role (g_ptr_array_index (after, 0)), ==, "CTO");
  g_assert_cmpstr (steward_contact_get_name (g_ptr_array_index (after, 1)), ==, "Anonymised contact 2");

  hits = steward_store_clients_search (fixture->clients, "13800138000", 0, NULL);
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_array_unref);
  hits = steward_store_clients_search (fixture->clients, "张伟", 0, NULL);
  g_assert_cmpuint (hits->len, ==, 0);

  /* The request and its money stay: ¥500.00 fee, ¥200.00 paid, ¥300.00 outstanding. */
  g_assert_cmpint (count (fixture, "service_requests"), ==, 1);
  g_assert_cmpint (count (fixture, "payments"), ==, 1);
  loaded = steward_client_repository_load (fixture->repo, steward_client_get_id (client), NULL);
  g_assert_cmpstr (steward_client_get_name (loaded), ==, "云帆科技");
  g_assert_cmpuint (steward_client_get_open_requests (loaded), ==, 1);
  g_assert_cmpint (steward_client_get_outstanding_fen (loaded), ==, 30000);
}

static void
test_summaries_follow_requests (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(StewardClient) client = add_client (fixture->repo, "Acme", "A", "", "");
  g_autoptr(StewardClient) loaded = NULL;
  gint64 id = steward_client_get_id (client);
  gint64 confirmed;

  /* 2100-01-01 00:00 UTC, later than the client's own update. */
  confirmed = steward_store_testing_insert_request (fixture->base.store, id, "confirmed", 20000,
                                                    4102444800, NULL);
  g_assert_cmpint (confirmed, >, 0);
  /* A submitted request is open but nothing is owed on it yet; a settled one is closed. */
  g_assert_cmpint (steward_store_testing_insert_request (fixture->base.store, id, "submitted", 50000,
                                                         4102444800, NULL), >, 0);
  g_assert_cmpint (steward_store_testing_insert_request (fixture->base.store, id, "settled", 0,
                                                         4102444800, NULL), >, 0);
  g_assert_true (steward_store_testing_insert_payment (fixture->base.store, confirmed, 10001,
                                                       4102448400, NULL));

  loaded = steward_client_repository_load (fixture->repo, id, NULL);
  g_assert_cmpuint (steward_client_get_open_requests (loaded), ==, 2);
  g_assert_cmpint (steward_client_get_outstanding_fen (loaded), ==, 9999);
  g_assert_cmpint (steward_client_get_last_activity (loaded), ==, 4102448400);
}

static void
test_invalid_input_refused_before_storage (Fixture       *fixture,
                                           gconstpointer  data)
{
  g_autoptr(StewardClient) client = steward_client_new ("Acme");
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (contacts, new_contact ("A", "", "12-34", "", TRUE));
  g_assert_false (steward_client_repository_add (fixture->repo, client, contacts, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_cmpint (count (fixture, "clients"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)

  ADD ("/store-clients/round-trip", test_round_trip);
  ADD ("/store-clients/duplicate-name", test_duplicate_name_refused);
  ADD ("/store-clients/update", test_update);
  ADD ("/store-clients/delete/refused-with-history", test_delete_refused_with_history_archive_allowed);
  ADD ("/store-clients/delete/without-history", test_delete_without_history);
  ADD ("/store-clients/search", test_search);
  ADD ("/store-clients/anonymise", test_anonymise_keeps_finances);
  ADD ("/store-clients/summaries", test_summaries_follow_requests);
  ADD ("/store-clients/invalid", test_invalid_input_refused_before_storage);

  return g_test_run ();
}
