/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "steward-client-index.h"
#include "steward-client-list-model.h"
#include "steward-store-clients.h"
#include "steward-store-testing.h"
#include "test-store-util.h"

/* One database for the program: the hand-picked clients below, whose names test the search
 * rules, and 300 generated ones ("测试客户 000" … "测试客户 299", contact "联系人 NNN", phone
 * 021-5555-NNNN) that no hand-written expectation below matches. Every answer of the index is
 * also compared with the SQL search's (StewardClientListModel without an index). */

typedef struct {
  const char *name;
  const char *contact;
  const char *phone;
  const char *email;
} Named;

static const Named named[] = {
  { "北京科技有限公司", "王伟", "138-0013-8000", "wang@bjkj.cn" },
  { "上海科技发展有限公司", "李娜", NULL, NULL },
  { "广州 科 技 中心", "周杰", NULL, NULL },           /* 科 技 apart: the phrase still holds */
  { "科，技咨询", "吴敏", NULL, NULL },               /* apart by punctuation, the same */
  { "技科贸易", "郑爽", NULL, NULL },                 /* the wrong order */
  { "科学技术研究院", "孙丽", NULL, NULL },           /* 科 and 技 not next to each other */
  { "ＡＣＭＥ 科技", "Zhang Wei", NULL, NULL },       /* full-width: its key is "acme 科技" */
  { "Acme Corp", "John Smith", NULL, "john@acme-corp.com" },
  { "ACME-Nordic", "Erik Berg", NULL, NULL },
  { "Nordic Trading", "Anna Lund", NULL, NULL },
  { "north star", "Li Lei", NULL, NULL },
  { "Café Noir", "Marie Roux", NULL, NULL },          /* no diacritics removed: "cafe" misses */
  { "Straße GmbH", "Hans Weber", NULL, NULL },        /* case folding makes ß "ss" */
  { "Ma\xcc\x8b Studio", "Ivo Tomić", NULL, NULL },  /* U+030B: part of the token for SQLite */
  { "ᦰ Foods", "Somchai", NULL, NULL },                /* U+19B0: a letter to GLib, not to SQLite 3.40 */
};

#define N_GENERATED 300

static StoreFixture fixture;
static StewardStoreClients *clients;

static const char *owners[] = { "王经理", "李经理", "Zhao" };
static const char *industries[] = { "制造", "金融", "Education", "" };

static gint64
add_fixture_client (const char *name,
            const char *contact_name,
            const char *phone,
            const char *email,
            guint       i)
{
  g_autoptr(StewardClient) client = steward_client_new (name);
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  StewardContact *contact = steward_contact_new (contact_name);

  steward_contact_set_primary (contact, TRUE);
  if (phone != NULL)
    steward_contact_set_phone (contact, phone);
  if (email != NULL)
    steward_contact_set_email (contact, email);
  g_ptr_array_add (contacts, contact);
  steward_client_set_industry (client, industries[i % 4]);
  steward_client_set_owner (client, owners[i % 3]);
  steward_client_set_archived (client, i % 7 == 3);
  g_assert_true (steward_client_repository_add (STEWARD_CLIENT_REPOSITORY (clients), client,
                                                contacts, NULL));
  return steward_client_get_id (client);
}

static void
populate (void)
{
  g_assert_true (steward_store_begin (fixture.store, NULL));
  /* The hand-picked clients are never archived (i = 0, 1, 2 … skipping i % 7 == 3). */
  for (guint i = 0, k = 0; k < G_N_ELEMENTS (named); i++)
    if (i % 7 != 3)
      {
        add_fixture_client (named[k].name, named[k].contact, named[k].phone, named[k].email, i);
        k++;
      }
  for (guint i = 0; i < N_GENERATED; i++)
    {
      g_autofree char *name = g_strdup_printf ("测试客户 %03u", i);
      g_autofree char *contact = g_strdup_printf ("联系人 %03u", i);
      g_autofree char *phone = g_strdup_printf ("021-5555-%04u", i);
      gint64 id = add_fixture_client (name, contact, phone, NULL, i);

      /* Open requests and balances for the sorts: 2100-01-01 00:00 UTC, later than any update. */
      if (i % 11 == 0)
        g_assert_cmpint (steward_store_testing_insert_request (fixture.store, id, "confirmed",
                                                               10000 * (gint64) (i % 4 + 1),
                                                               4102444800, NULL), >, 0);
    }
  g_assert_true (steward_store_commit (fixture.store, NULL));
}

/* The SQL search's answer: every id the model lists, in order. */
static GArray *
sql_ids (const char          *text,
         const char          *owner,
         StewardClientFilter  filter,
         StewardClientSort    sort,
         gboolean             descending)
{
  g_autoptr(StewardClientListModel) model = steward_client_list_model_new (fixture.store);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  steward_client_list_model_set_search (model, text);
  steward_client_list_model_set_owner (model, owner);
  steward_client_list_model_set_filter (model, filter);
  steward_client_list_model_set_sort (model, sort, descending);
  g_assert_null (steward_client_list_model_get_index (model));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(StewardClient) client = g_list_model_get_item (G_LIST_MODEL (model), i);
      gint64 id = steward_client_get_id (client);

      g_array_append_val (ids, id);
    }
  return ids;
}

static void
assert_same (StewardClientIndex  *index,
             const char          *text,
             const char          *owner,
             StewardClientFilter  filter,
             StewardClientSort    sort,
             gboolean             descending)
{
  g_autoptr(GArray) expected = sql_ids (text, owner, filter, sort, descending);
  g_autoptr(GArray) got = steward_client_index_search (index, text, owner, filter, sort, descending);

  if (got->len != expected->len
      || (got->len > 0 && memcmp (got->data, expected->data, got->len * sizeof (gint64)) != 0))
    g_error ("“%s” (owner %s, filter %d, sort %d%s): the index lists %u clients, SQL %u",
             text, owner, filter, sort, descending ? " descending" : "", got->len, expected->len);
}

static const char *queries[] = {
  "科", "科技", "科技有", "科技有限", "技", "有限公司", "ＡＣＭＥ", "acme", "ac", "a", "nor",
  "no", "n", "noir", "cafe", "café", "strasse", "STRASSE", "13", "138", "13800138000",
  "138-0013", "5555", "55", "021-5555-0042", "@", "wang@", "。", "a b", "测试", "测试客户 01",
  "m", "ma", "ma\xcc\x8b", "ᦰ", "客户 00", "  科技  ", "\"", "联系人 1", "É", "Ａ", "1", "客",
};

static void
test_same_as_sql_every_sort (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardClientIndex) index = steward_client_index_load (fixture.store, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (steward_client_index_get_n_clients (index), ==, G_N_ELEMENTS (named) + N_GENERATED);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (guint sort = STEWARD_CLIENT_SORT_NAME; sort <= STEWARD_CLIENT_SORT_OPEN_REQUESTS; sort++)
      for (guint d = 0; d < 2; d++)
        assert_same (index, queries[q], NULL, STEWARD_CLIENT_FILTER_ALL, sort, d);
  /* No search at all. */
  for (guint sort = STEWARD_CLIENT_SORT_NAME; sort <= STEWARD_CLIENT_SORT_OPEN_REQUESTS; sort++)
    for (guint d = 0; d < 2; d++)
      assert_same (index, NULL, NULL, STEWARD_CLIENT_FILTER_ACTIVE, sort, d);
}

static void
test_same_as_sql_every_filter (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardClientIndex) index = steward_client_index_load (fixture.store, NULL, &error);
  const char *owner_filters[] = { NULL, "王经理", "Zhao", "nobody" };

  g_assert_no_error (error);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (guint f = STEWARD_CLIENT_FILTER_ACTIVE; f <= STEWARD_CLIENT_FILTER_ALL; f++)
      for (guint o = 0; o < G_N_ELEMENTS (owner_filters); o++)
        assert_same (index, queries[q], owner_filters[o], f, STEWARD_CLIENT_SORT_NAME, FALSE);
}

/* Typing on narrows the last search; going back (or across kinds) starts afresh: every step
 * must still be what SQL answers. */
static void
test_typing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardClientIndex) index = steward_client_index_load (fixture.store, NULL, &error);
  const char *steps[] = { "科", "科技", "科技有", "科技有限", "科技有", "科技", "科", "科学",
                          "n", "no", "nor", "nord", "nor", "no", "noi", "5", "55", "555",
                          "5555", "5555-", "5555-00", "5", "" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    assert_same (index, steps[i], NULL, STEWARD_CLIENT_FILTER_ALL, STEWARD_CLIENT_SORT_NAME, FALSE);
}

static void
assert_names (StewardClientIndex *index,
              const char         *text,
              const char * const *names)
{
  g_autoptr(GArray) ids = steward_client_index_search (index, text, NULL, STEWARD_CLIENT_FILTER_ACTIVE,
                                                       STEWARD_CLIENT_SORT_NAME, FALSE);
  guint n = g_strv_length ((char **) names);

  g_assert_cmpuint (ids->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardClient) client =
        steward_client_repository_load (STEWARD_CLIENT_REPOSITORY (clients),
                                        g_array_index (ids, gint64, i), NULL);

      g_assert_cmpstr (steward_client_get_name (client), ==, names[i]);
    }
}

/* Written out by hand from the rules (name order is byte order of the folded name). */
static void
test_expected_answers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardClientIndex) index = steward_client_index_load (fixture.store, NULL, &error);

  g_assert_no_error (error);
  /* Two Chinese characters: 科 then 技 as the next token, whatever lies between. */
  assert_names (index, "科技", (const char *[]) { "ＡＣＭＥ 科技", "上海科技发展有限公司",
                                                "北京科技有限公司", "广州 科 技 中心",
                                                "科，技咨询", NULL });
  /* Three or more: a substring. */
  assert_names (index, "科技有", (const char *[]) { "北京科技有限公司", NULL });
  assert_names (index, "nor", (const char *[]) { "ACME-Nordic", "Nordic Trading", "north star", NULL });
  /* One or two Latin letters: the start of a word. */
  assert_names (index, "no", (const char *[]) { "ACME-Nordic", "Café Noir", "Nordic Trading",
                                               "north star", NULL });
  assert_names (index, "ＡＣＭＥ", (const char *[]) { "Acme Corp", "ＡＣＭＥ 科技", "ACME-Nordic", NULL });
  assert_names (index, "cafe", (const char *[]) { NULL });
  assert_names (index, "STRASSE", (const char *[]) { "Straße GmbH", NULL });
  /* A phone by its digits, as written, or by the start of a digit group. */
  assert_names (index, "13800138000", (const char *[]) { "北京科技有限公司", NULL });
  assert_names (index, "0013-8", (const char *[]) { "北京科技有限公司", NULL });
  assert_names (index, "wang@bjkj", (const char *[]) { "北京科技有限公司", NULL });
  assert_names (index, "。", (const char *[]) { NULL });
  assert_names (index, "ᦰ", (const char *[]) { NULL });
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
wait_for_index (StewardClientListModel *model)
{
  gint64 start = g_get_monotonic_time ();

  while (steward_client_list_model_get_index (model) == NULL)
    {
      g_main_context_iteration (NULL, FALSE);
      g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_USEC_PER_SEC);
    }
}

static guint
count_search (StewardClientListModel *model,
              const char             *text)
{
  steward_client_list_model_set_search (model, text);
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

/* The model answers from the index once it is read, and reads it again when another writer
 * has changed the data (the window reloads the list when PRAGMA data_version moves). */
static void
test_model_refresh (void)
{
  g_autoptr(StewardClientListModel) model = steward_client_list_model_new (fixture.store);
  g_autoptr(StewardStore) other = NULL;
  g_autoptr(StewardStoreClients) other_clients = NULL;
  g_autoptr(StewardClient) renamed = NULL;
  g_autoptr(GError) error = NULL;
  gint64 version = steward_store_get_data_version (fixture.store);
  gint64 added, archived_id;
  guint notified = 0;

  g_signal_connect (model, "notify::indexed", G_CALLBACK (on_notify), &notified);
  steward_client_list_model_load_index (model);
  /* Until the index is read, SQL answers. */
  g_assert_cmpuint (count_search (model, "科技"), ==, 5);
  wait_for_index (model);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (count_search (model, "科技有"), ==, 1);
  g_assert_cmpuint (count_search (model, "nor"), ==, 3);

  /* Another process adds one, renames one and archives one. */
  other = steward_store_open (fixture.path, &error);
  g_assert_no_error (error);
  other_clients = steward_store_clients_new (other);
  {
    g_autoptr(StewardClient) client = steward_client_new ("深圳科技有限公司");
    g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
    StewardContact *contact = steward_contact_new ("陈静");

    steward_contact_set_primary (contact, TRUE);
    g_ptr_array_add (contacts, contact);
    g_assert_true (steward_client_repository_add (STEWARD_CLIENT_REPOSITORY (other_clients),
                                                  client, contacts, &error));
    added = steward_client_get_id (client);
  }
  {
    g_autoptr(StewardClient) found =
      steward_client_repository_find_by_name (STEWARD_CLIENT_REPOSITORY (other_clients),
                                              "Nordic Trading", &error);

    g_assert_nonnull (found);
    steward_client_set_name (found, "Baltic Trading");
    g_assert_true (steward_client_repository_update (STEWARD_CLIENT_REPOSITORY (other_clients),
                                                     found, NULL, &error));
    renamed = g_object_ref (found);
  }
  {
    g_autoptr(StewardClient) found =
      steward_client_repository_find_by_name (STEWARD_CLIENT_REPOSITORY (other_clients),
                                              "上海科技发展有限公司", &error);

    archived_id = steward_client_get_id (found);
    g_assert_true (steward_client_repository_set_archived (STEWARD_CLIENT_REPOSITORY (other_clients),
                                                           archived_id, TRUE, &error));
  }
  g_assert_no_error (error);
  g_assert_cmpint (steward_store_get_data_version (fixture.store), !=, version);

  /* The old index is dropped at once: SQL answers until the new one is read. */
  g_assert_true (steward_client_list_model_reload (model, &error));
  g_assert_null (steward_client_list_model_get_index (model));
  g_assert_cmpuint (count_search (model, "nor"), ==, 2);
  wait_for_index (model);
  g_assert_cmpuint (notified, ==, 3);

  g_assert_cmpuint (count_search (model, "nor"), ==, 2);
  g_assert_cmpuint (count_search (model, "baltic"), ==, 1);
  g_assert_cmpuint (count_search (model, "科技有限"), ==, 2);  /* 北京…, and 深圳… added */
  {
    g_autoptr(StewardClient) first = g_list_model_get_item (G_LIST_MODEL (model), 0);
    g_autoptr(StewardClient) second = g_list_model_get_item (G_LIST_MODEL (model), 1);

    g_assert_cmpstr (steward_client_get_name (first), ==, "北京科技有限公司");
    g_assert_cmpint (steward_client_get_id (second), ==, added);
  }
  /* Archived: gone from the default view, listed with the archived ones. */
  g_assert_cmpuint (count_search (model, "科技"), ==, 5);
  steward_client_list_model_set_filter (model, STEWARD_CLIENT_FILTER_ARCHIVED);
  g_assert_cmpuint (count_search (model, "科技"), ==, 1);
  {
    g_autoptr(StewardClient) only = g_list_model_get_item (G_LIST_MODEL (model), 0);

    g_assert_cmpint (steward_client_get_id (only), ==, archived_id);
  }
  g_assert_nonnull (steward_client_list_model_get_index (model));

  /* Put the fixture back for the other tests. */
  steward_client_set_name (renamed, "Nordic Trading");
  g_assert_true (steward_client_repository_update (STEWARD_CLIENT_REPOSITORY (other_clients),
                                                   renamed, NULL, NULL));
  g_assert_true (steward_client_repository_set_archived (STEWARD_CLIENT_REPOSITORY (other_clients),
                                                         archived_id, FALSE, NULL));
  g_assert_true (steward_client_repository_delete (STEWARD_CLIENT_REPOSITORY (other_clients),
                                                   added, NULL));
}

static void
test_memory (void)
{
  g_autoptr(StewardClientIndex) index = steward_client_index_load (fixture.store, NULL, NULL);
  gsize size = steward_client_index_get_memory_size (index);

  /* At least the texts (about 60 bytes a client here) and at most a few hundred bytes each. */
  g_assert_cmpuint (size, >, 60 * (G_N_ELEMENTS (named) + N_GENERATED));
  g_assert_cmpuint (size, <, 600 * (G_N_ELEMENTS (named) + N_GENERATED));
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);
  store_fixture_setup (&fixture, NULL);
  clients = steward_store_clients_new (fixture.store);
  populate ();

  g_test_add_func ("/client-index/same-as-sql/every-sort", test_same_as_sql_every_sort);
  g_test_add_func ("/client-index/same-as-sql/every-filter", test_same_as_sql_every_filter);
  g_test_add_func ("/client-index/typing", test_typing);
  g_test_add_func ("/client-index/expected", test_expected_answers);
  g_test_add_func ("/client-index/model-refresh", test_model_refresh);
  g_test_add_func ("/client-index/memory", test_memory);
  result = g_test_run ();

  g_clear_object (&clients);
  store_fixture_teardown (&fixture, NULL);
  return result;
}
