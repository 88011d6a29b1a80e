/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "cli-harness.h"
#include "steward-error.h"
#include "steward-store-clients.h"
#include "steward-store-demo.h"
#include "steward-store-requests.h"
#include "steward-store-settings.h"
#include "steward-store-testing.h"

/* 2026-03-09T10:30:00+08:00, a Monday morning: the end of every demo history below. */
#define NOW G_GINT64_CONSTANT (1773023400)

typedef struct {
  char         *dir;
  StewardStore *store;
} Fixture;

static StewardStore *
open_in (const char *dir,
         const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  StewardStore *store = steward_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = steward_test_dir_new ();
  fixture->store = open_in (fixture->dir, "steward.db");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
  steward_test_dir_free (fixture->dir);
}

static void
fill (StewardStore *store,
      guint         clients,
      guint         requests,
      guint64       seed)
{
  g_autoptr(GError) error = NULL;
  StewardDemoOptions options;

  steward_demo_options_init (&options);
  options.n_clients = clients;
  options.n_requests = requests;
  options.seed = seed;
  options.now = NOW;
  g_assert_true (steward_demo_fill (store, &options, &error));
  g_assert_no_error (error);
}

static gint64
fact (GHashTable *facts,
      const char *key)
{
  gint64 *value = g_hash_table_lookup (facts, key);

  return value != NULL ? *value : 0;
}

static GHashTable *
census (StewardStore *store)
{
  g_autoptr(GError) error = NULL;
  GHashTable *facts = steward_store_demo_census (store, NOW, &error);

  g_assert_no_error (error);
  g_assert_nonnull (facts);
  return facts;
}

static char *
digest (StewardStore *store)
{
  g_autoptr(GError) error = NULL;
  char *text = steward_store_demo_digest (store, &error);

  g_assert_no_error (error);
  return text;
}

static void
test_defaults (void)
{
  StewardDemoOptions options;

  steward_demo_options_init (&options);
  g_assert_cmpuint (options.n_clients, ==, 60);
  g_assert_cmpuint (options.n_requests, ==, 600);
  g_assert_cmpint (options.now, ==, STEWARD_TIME_NONE);
  g_assert_null (options.calendar);
}

static void
test_same_seed_same_data (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(StewardStore) twin = open_in (fixture->dir, "twin.db");
  g_autoptr(StewardStore) other = open_in (fixture->dir, "other.db");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  fill (fixture->store, 40, 300, 7);
  fill (twin, 40, 300, 7);
  fill (other, 40, 300, 8);

  a = digest (fixture->store);
  b = digest (twin);
  c = digest (other);
  g_assert_cmpuint (strlen (a), ==, 64);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
}

static void
test_small_demo_covers_everything (Fixture       *fixture,
                                   gconstpointer  data)
{
  static const char *const keys[] = {
    "service:advisor", "service:remote", "service:config", "service:training", "service:report",
    "service:visual", "state:submitted", "state:under-review", "state:confirmed", "state:in-progress",
    "state:delivered", "state:accepted", "state:settled", "state:rejected", "state:cancelled",
    "state:waiting-on-client", "method:bank-transfer", "method:third-party", "complaint:received",
    "complaint:accepted", "complaint:resolved", "complaint:closed", "rating:1", "rating:5",
    "packages", "package-incidents", "sessions", "met-response", "breached-response",
    "met-delivery", "breached-delivery",
  };
  g_autoptr(GHashTable) facts = NULL;
  g_autoptr(GError) error = NULL;

  fill (fixture->store, 60, 600, 1);
  facts = census (fixture->store);

  g_assert_cmpint (fact (facts, "clients"), ==, 60);
  /* Requests created as complaint remedies come on top of the 600 asked for. */
  g_assert_cmpint (fact (facts, "requests"), ==, 600 + fact (facts, "remedy-requests"));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_test_message ("%s: %" G_GINT64_FORMAT, keys[i], fact (facts, keys[i]));
      g_assert_cmpint (fact (facts, keys[i]), >, 0);
    }

  g_assert_true (steward_store_check (fixture->store, &error));
  g_assert_no_error (error);
}

static void
test_rules_hold (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char *const zero[] = {
    "rating:bad", "trainer-overlaps", "client-overlaps", "overpaid", "settled-unpaid",
    "working-without-deposit", "wrong-response-met", "wrong-delivery-met", "wrong-summaries",
    "future-events",
  };

  /* Several seeds, so that a rule that holds by luck for one would show. */
  for (guint64 seed = 1; seed <= 4; seed++)
    {
      g_autofree char *name = g_strdup_printf ("seed-%" G_GUINT64_FORMAT ".db", seed);
      g_autoptr(StewardStore) store = open_in (fixture->dir, name);
      g_autoptr(GHashTable) facts = NULL;

      fill (store, 50, 800, seed);
      facts = census (store);
      for (guint i = 0; i < G_N_ELEMENTS (zero); i++)
        {
          if (fact (facts, zero[i]) != 0)
            g_test_message ("seed %" G_GUINT64_FORMAT ": %s", seed, zero[i]);
          g_assert_cmpint (fact (facts, zero[i]), ==, 0);
        }
    }
}

/* The deadlines stored by the demo are the ones the application computes: recomputing every
 * open request's deadlines on the stored calendar (as after a calendar edit) moves none, and
 * every request loads through the request repository in the state the census counted. */
static void
test_deadlines_are_the_desks (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardCalendar) calendar = NULL;
  g_autoptr(StewardStoreRequests) requests = NULL;
  g_autoptr(GHashTable) facts = NULL;
  guint changed = G_MAXUINT;
  guint waiting = 0;
  gint64 n;

  fill (fixture->store, 30, 400, 11);
  facts = census (fixture->store);
  calendar = steward_store_settings_load_calendar (fixture->store, NULL, &error);
  g_assert_no_error (error);
  requests = steward_store_requests_new (fixture->store, calendar);

  g_assert_true (steward_store_requests_recompute_deadlines (requests, &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 0);

  n = fact (facts, "requests");
  for (gint64 id = 1; id <= n; id++)
    {
      g_autoptr(StewardServiceRequest) request =
        steward_request_repository_load_request (STEWARD_REQUEST_REPOSITORY (requests), id, &error);

      g_assert_no_error (error);
      g_assert_nonnull (request);
      if (steward_service_request_get_state (request) == STEWARD_STATE_WAITING_ON_CLIENT)
        {
          StewardState from = steward_service_request_get_hold_from_state (request);

          g_assert_true (from == STEWARD_STATE_UNDER_REVIEW || from == STEWARD_STATE_IN_PROGRESS);
          waiting++;
        }
    }
  g_assert_cmpint (waiting, ==, fact (facts, "state:waiting-on-client"));
}

static void
test_refuses_a_used_database (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  StewardDemoOptions options;

  fill (fixture->store, 5, 20, 1);
  before = digest (fixture->store);

  steward_demo_options_init (&options);
  options.now = NOW;
  g_assert_false (steward_demo_fill (fixture->store, &options, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT);
  after = digest (fixture->store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (steward_store_testing_count_rows (fixture->store, "clients"), ==, 5);
}

static void
test_zero_clients_refused (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StewardDemoOptions options;

  steward_demo_options_init (&options);
  options.n_clients = 0;
  g_assert_false (steward_demo_fill (fixture->store, &options, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_cmpint (steward_store_testing_count_rows (fixture->store, "clients"), ==, 0);
}

static guint
count_matches (StewardStoreClients *clients,
               const char          *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = steward_store_clients_search (clients, text, 0, &error);

  g_assert_no_error (error);
  return ids->len;
}

static void
test_names_are_realistic (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(StewardStoreClients) clients = steward_store_clients_new (fixture->store);
  g_autoptr(GHashTable) facts = NULL;
  guint chinese, latin;

  /* 2,000 clients, all distinct (the UNIQUE name key would refuse a duplicate), found by the
   * search the clients page uses. */
  fill (fixture->store, 2000, 0, 3);
  facts = census (fixture->store);
  g_assert_cmpint (fact (facts, "clients"), ==, 2000);
  g_assert_cmpint (fact (facts, "requests"), ==, 0);

  /* About three quarters are Chinese company names ("…有限公司"), the rest Latin ones. */
  chinese = count_matches (clients, "有限公司");
  latin = count_matches (clients, "analytics") + count_matches (clients, "systems") +
          count_matches (clients, "software") + count_matches (clients, "logistics");
  g_test_message ("有限公司: %u, four Latin trades: %u", chinese, latin);
  g_assert_cmpuint (chinese, >, 1350);
  g_assert_cmpuint (chinese, <, 1650);
  g_assert_cmpuint (latin, >, 20);
  /* The benchmark's queries find something. */
  g_assert_cmpuint (count_matches (clients, "科技"), >, 100);
  g_assert_cmpuint (count_matches (clients, "nor"), >, 10);
  /* Every client has a contact with an email address at its own domain (….com or ….com.cn),
   * which the search covers too. */
  g_assert_cmpuint (count_matches (clients, ".com"), ==, 2000);
}

static void
test_cli (void)
{
  g_autofree char *dir = steward_test_dir_new ();
  g_autofree char *db = g_build_filename (dir, "cli.db", NULL);
  g_autofree char *twin = g_build_filename (dir, "twin.db", NULL);

  {
    g_autoptr(StewardRun) run = steward_run (db, "demo", "--clients", "8", "--requests", "50",
                                             "--seed", "5", "--now", "2026-03-09T10:30:00+08:00", NULL);

    g_assert_cmpint (run->status, ==, 0);
    g_assert_nonnull (strstr (run->out, "8 clients, 50 requests"));
  }
  {
    g_autoptr(StewardRun) run = steward_run (twin, "--json", "demo", "--clients", "8", "--requests", "50",
                                             "--seed", "5", "--now", "2026-03-09T10:30:00+08:00", NULL);

    g_assert_cmpint (run->status, ==, 0);
    g_assert_nonnull (strstr (run->out, "\"now\" : \"2026-03-09T10:30:00+08:00\""));
  }
  {
    g_autoptr(StewardStore) a = open_in (dir, "cli.db");
    g_autoptr(StewardStore) b = open_in (dir, "twin.db");
    g_autofree char *da = digest (a);
    g_autofree char *dbb = digest (b);

    g_assert_cmpstr (da, ==, dbb);
  }
  {
    /* The database now has clients: refused (2), nothing changed. */
    g_autoptr(StewardRun) run = steward_run (db, "demo", "--clients", "3", NULL);

    g_assert_cmpint (run->status, ==, 2);
    g_assert_nonnull (strstr (run->err, "empty database"));
  }
  {
    g_autoptr(StewardRun) run = steward_run (db, "demo", "--clients", "0", NULL);

    g_assert_cmpint (run->status, ==, 1);
  }
  {
    g_autoptr(StewardRun) run = steward_run (db, "demo", "--now", "yesterday", NULL);

    g_assert_cmpint (run->status, ==, 1);
  }
  steward_test_dir_free (g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo/defaults", test_defaults);
  g_test_add ("/demo/same-seed-same-data", Fixture, NULL, fixture_setup, test_same_seed_same_data, fixture_teardown);
  g_test_add ("/demo/small-demo-covers-everything", Fixture, NULL, fixture_setup,
              test_small_demo_covers_everything, fixture_teardown);
  g_test_add ("/demo/rules-hold", Fixture, NULL, fixture_setup, test_rules_hold, fixture_teardown);
  g_test_add ("/demo/deadlines-are-the-desks", Fixture, NULL, fixture_setup, test_deadlines_are_the_desks,
              fixture_teardown);
  g_test_add ("/demo/refuses-a-used-database", Fixture, NULL, fixture_setup, test_refuses_a_used_database,
              fixture_teardown);
  g_test_add ("/demo/zero-clients-refused", Fixture, NULL, fixture_setup, test_zero_clients_refused,
              fixture_teardown);
  g_test_add ("/demo/names-are-realistic", Fixture, NULL, fixture_setup, test_names_are_realistic,
              fixture_teardown);
  g_test_add_func ("/demo/cli", test_cli);

  return g_test_run ();
}
