/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "steward-complaint-rules.h"
#include "steward-error.h"
#include "steward-store-clients.h"
#include "steward-store-complaints.h"
#include "steward-store-testing.h"
#include "test-store-util.h"

/* Instants in Shanghai time (UTC+8), written out by hand. */
#define MAR10_0900 1773104400   /* 2026-03-10 09:00 */
#define MAR11_0900 1773190800   /* 2026-03-11 09:00: 24 h later */
#define MAR12_0900 1773277200   /* 2026-03-12 09:00: 48 h later */
#define HOUR       3600

typedef struct {
  StoreFixture                base;
  StewardStoreClients        *clients;
  StewardStoreComplaints     *complaints;
  StewardComplaintRepository *repo;
  gint64                      client_a;
  gint64                      client_b;
  gint64                      request_a;
} Fixture;

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  g_autoptr(StewardClient) a = NULL;
  g_autoptr(StewardClient) b = NULL;
  g_autoptr(GError) error = NULL;

  store_fixture_setup (&fixture->base, data);
  fixture->clients = steward_store_clients_new (fixture->base.store);
  fixture->complaints = steward_store_complaints_new (fixture->base.store);
  fixture->repo = STEWARD_COMPLAINT_REPOSITORY (fixture->complaints);

  a = add_client (STEWARD_CLIENT_REPOSITORY (fixture->clients), "云帆科技", "张伟", "13800138000", "zw@yunfan.cn");
  b = add_client (STEWARD_CLIENT_REPOSITORY (fixture->clients), "Acme Ltd", "Li Na", "13900139000", "lina@acme.cn");
  fixture->client_a = steward_client_get_id (a);
  fixture->client_b = steward_client_get_id (b);
  fixture->request_a = steward_store_testing_insert_request (fixture->base.store, fixture->client_a,
                                                             "accepted", 150000, MAR10_0900 - 240 * HOUR, &error);
  g_assert_no_error (error);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  g_clear_object (&fixture->complaints);
  g_clear_object (&fixture->clients);
  store_fixture_teardown (&fixture->base, data);
}

static StewardComplaint *
make_complaint (gint64      client_id,
                gint64      request_id,
                const char *summary,
                gint64      received_at)
{
  StewardComplaint *complaint = steward_complaint_new ();

  steward_complaint_set_client_id (complaint, client_id);
  steward_complaint_set_request_id (complaint, request_id);
  steward_complaint_set_channel (complaint, STEWARD_COMPLAINT_CHANNEL_HOTLINE);
  steward_complaint_set_summary (complaint, summary);
  steward_complaint_set_received_at (complaint, received_at);
  return complaint;
}

static gint64
save (Fixture          *fixture,
      StewardComplaint *complaint)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_complaint_repository_save (fixture->repo, complaint, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_complaint_get_id (complaint), >, 0);
  return steward_complaint_get_id (complaint);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(StewardComplaint) complaint = make_complaint (fixture->client_a, fixture->request_a,
                                                          "报表数据错误", MAR10_0900);
  g_autoptr(StewardComplaint) loaded = NULL;
  g_autoptr(StewardComplaint) again = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  steward_complaint_set_details (complaint, "The March revenue total is wrong");
  id = save (fixture, complaint);

  loaded = steward_complaint_repository_load (fixture->repo, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_complaint_get_client_id (loaded), ==, fixture->client_a);
  g_assert_cmpint (steward_complaint_get_request_id (loaded), ==, fixture->request_a);
  g_assert_cmpint (steward_complaint_get_channel (loaded), ==, STEWARD_COMPLAINT_CHANNEL_HOTLINE);
  g_assert_cmpstr (steward_complaint_get_summary (loaded), ==, "报表数据错误");
  g_assert_cmpstr (steward_complaint_get_details (loaded), ==, "The March revenue total is wrong");
  g_assert_cmpint (steward_complaint_get_received_at (loaded), ==, 1773104400);
  g_assert_cmpint (steward_complaint_get_state (loaded), ==, STEWARD_COMPLAINT_STATE_RECEIVED);
  g_assert_cmpint (steward_complaint_get_accepted_at (loaded), ==, STEWARD_TIME_NONE);
  g_assert_cmpint (steward_complaint_get_resolved_at (loaded), ==, STEWARD_TIME_NONE);
  g_assert_cmpint (steward_complaint_get_closed_at (loaded), ==, STEWARD_TIME_NONE);
  g_assert_cmpint (steward_complaint_get_remedy (loaded), ==, STEWARD_REMEDY_NONE);

  /* Every step's instant and the remedy come back. */
  g_assert_true (steward_complaint_accept (loaded, MAR10_0900 + 2 * HOUR, &error));
  g_assert_true (steward_complaint_apply_refund (loaded, 30000, 150000, &error));
  g_assert_true (steward_complaint_resolve (loaded, MAR11_0900, "Corrected and re-sent", &error));
  g_assert_true (steward_complaint_close (loaded, MAR12_0900, &error));
  g_assert_no_error (error);
  save (fixture, loaded);
  g_assert_cmpint (steward_complaint_get_id (loaded), ==, id);

  again = steward_complaint_repository_load (fixture->repo, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_complaint_get_state (again), ==, STEWARD_COMPLAINT_STATE_CLOSED);
  g_assert_cmpint (steward_complaint_get_accepted_at (again), ==, 1773111600);
  g_assert_cmpint (steward_complaint_get_resolved_at (again), ==, 1773190800);
  g_assert_cmpint (steward_complaint_get_closed_at (again), ==, 1773277200);
  g_assert_cmpstr (steward_complaint_get_solution (again), ==, "Corrected and re-sent");
  g_assert_cmpint (steward_complaint_get_remedy (again), ==, STEWARD_REMEDY_PARTIAL_REFUND);
  g_assert_cmpint (steward_complaint_get_refund_amount (again), ==, 30000);
  g_assert_cmpint (steward_complaint_get_remedy_request_id (again), ==, 0);
  g_assert_cmpint (steward_store_testing_count_rows (fixture->base.store, "complaints"), ==, 1);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(StewardComplaint) unknown = make_complaint (fixture->client_a, 0, "Late", MAR10_0900);
  g_autoptr(StewardComplaint) no_client = make_complaint (4242, 0, "Late", MAR10_0900);
  g_autoptr(StewardComplaint) missing = NULL;
  g_autoptr(GError) error = NULL;

  steward_complaint_set_id (unknown, 77);
  g_assert_false (steward_complaint_repository_save (fixture->repo, unknown, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no complaint with number 77");
  g_clear_error (&error);

  g_assert_false (steward_complaint_repository_save (fixture->repo, no_client, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_cmpint (steward_complaint_get_id (no_client), ==, 0);
  g_clear_error (&error);

  missing = steward_complaint_repository_load (fixture->repo, 77, &error);
  g_assert_null (missing);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
  g_assert_cmpint (steward_store_testing_count_rows (fixture->base.store, "complaints"), ==, 0);
}

static gint64
id_at (GPtrArray *list,
       guint      index)
{
  return steward_complaint_get_id (g_ptr_array_index (list, index));
}

static void
test_lists (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(StewardComplaint) first = make_complaint (fixture->client_a, 0, "Slow reply", MAR10_0900);
  g_autoptr(StewardComplaint) second = make_complaint (fixture->client_b, 0, "Wrong invoice", MAR11_0900);
  g_autoptr(StewardComplaint) closed = make_complaint (fixture->client_a, 0, "Rude call", MAR10_0900 - HOUR);
  g_autoptr(GError) error = NULL;
  gint64 f, s, c;

  g_assert_true (steward_complaint_accept (closed, MAR10_0900, &error));
  g_assert_true (steward_complaint_resolve (closed, MAR10_0900 + HOUR, "Apologised", &error));
  g_assert_true (steward_complaint_close (closed, MAR10_0900 + 2 * HOUR, &error));
  g_assert_no_error (error);
  s = save (fixture, second);
  f = save (fixture, first);
  c = save (fixture, closed);

  {
    g_autoptr(GPtrArray) all = steward_complaint_repository_list_received (fixture->repo, STEWARD_TIME_NONE,
                                                                           STEWARD_TIME_NONE, &error);
    /* [09:00, next day 09:00): the start is in, the end is out. */
    g_autoptr(GPtrArray) day = steward_complaint_repository_list_received (fixture->repo, MAR10_0900,
                                                                           MAR11_0900, &error);
    g_autoptr(GPtrArray) open = steward_complaint_repository_list_open (fixture->repo, &error);
    g_autoptr(GPtrArray) of_a = steward_complaint_repository_list_for_client (fixture->repo, fixture->client_a, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (all->len, ==, 3);
    g_assert_cmpint (id_at (all, 0), ==, c);
    g_assert_cmpint (id_at (all, 1), ==, f);
    g_assert_cmpint (id_at (all, 2), ==, s);
    g_assert_cmpuint (day->len, ==, 1);
    g_assert_cmpint (id_at (day, 0), ==, f);
    g_assert_cmpuint (open->len, ==, 2);
    g_assert_cmpint (id_at (open, 0), ==, f);
    g_assert_cmpint (id_at (open, 1), ==, s);
    g_assert_cmpuint (of_a->len, ==, 2);
    g_assert_cmpint (id_at (of_a, 0), ==, c);
    g_assert_cmpint (id_at (of_a, 1), ==, f);
  }

  {
    /* The dashboard's month figure counts what list_received () lists, in SQL. */
    guint n = 99;

    g_assert_true (steward_store_complaints_count_received (fixture->complaints, STEWARD_TIME_NONE,
                                                            STEWARD_TIME_NONE, &n, &error));
    g_assert_cmpuint (n, ==, 3);
    g_assert_true (steward_store_complaints_count_received (fixture->complaints, MAR10_0900,
                                                            MAR11_0900, &n, &error));
    g_assert_cmpuint (n, ==, 1);
    /* One second more takes in the second complaint, received at 09:00 the next day. */
    g_assert_true (steward_store_complaints_count_received (fixture->complaints, MAR10_0900,
                                                            MAR11_0900 + 1, &n, &error));
    g_assert_cmpuint (n, ==, 2);
    g_assert_true (steward_store_complaints_count_received (fixture->complaints, MAR10_0900 - HOUR,
                                                            MAR10_0900, &n, &error));
    g_assert_cmpuint (n, ==, 1);
    g_assert_no_error (error);
  }
}

static guint
overdue_count (Fixture *fixture,
               gint64   now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) overdue = steward_complaint_repository_list_overdue (fixture->repo, now, &error);

  g_assert_no_error (error);
  /* The SQL filter agrees with the rule it implements. */
  for (guint i = 0; i < overdue->len; i++)
    g_assert_true (steward_complaint_is_overdue (g_ptr_array_index (overdue, i), now));
  return overdue->len;
}

static void
test_overdue (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(StewardComplaint) waiting = make_complaint (fixture->client_a, 0, "No answer", MAR10_0900);
  g_autoptr(StewardComplaint) accepted = make_complaint (fixture->client_b, 0, "Bad fix", MAR10_0900);
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_complaint_accept (accepted, MAR10_0900 + HOUR, &error));
  save (fixture, waiting);
  save (fixture, accepted);

  /* Acceptance is due at 2026-03-11 09:00: at that second it is not overdue, one later it is. */
  g_assert_cmpuint (overdue_count (fixture, 1773190800), ==, 0);
  g_assert_cmpuint (overdue_count (fixture, 1773190801), ==, 1);
  /* The solution is due at 2026-03-12 09:00 for both. */
  g_assert_cmpuint (overdue_count (fixture, 1773277200), ==, 1);
  g_assert_cmpuint (overdue_count (fixture, 1773277201), ==, 2);

  /* Resolving stops the clock, even late. */
  g_assert_true (steward_complaint_resolve (accepted, 1773277201 + HOUR, "Re-done", &error));
  g_assert_no_error (error);
  save (fixture, accepted);
  g_assert_cmpuint (overdue_count (fixture, 1773277201 + 2 * HOUR), ==, 1);
}

static void
test_transaction (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(StewardComplaint) complaint = make_complaint (fixture->client_a, 0, "Late", MAR10_0900);
  g_autoptr(GError) error = NULL;

  /* Rolled back with everything else written inside it. */
  g_assert_true (steward_complaint_repository_begin_write (fixture->repo, &error));
  save (fixture, complaint);
  g_assert_true (steward_store_testing_insert_payment (fixture->base.store, fixture->request_a, 50000,
                                                       MAR10_0900, &error));
  g_assert_no_error (error);
  steward_complaint_repository_rollback_write (fixture->repo);
  g_assert_cmpint (steward_store_testing_count_rows (fixture->base.store, "complaints"), ==, 0);
  g_assert_cmpint (steward_store_testing_count_rows (fixture->base.store, "payments"), ==, 0);

  steward_complaint_set_id (complaint, 0);
  g_assert_true (steward_complaint_repository_begin_write (fixture->repo, &error));
  save (fixture, complaint);
  g_assert_true (steward_complaint_repository_commit_write (fixture->repo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_store_testing_count_rows (fixture->base.store, "complaints"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/store/complaints/" name, Fixture, NULL, setup, func, teardown)
  ADD ("round-trip", test_round_trip);
  ADD ("refused", test_refused);
  ADD ("lists", test_lists);
  ADD ("overdue", test_overdue);
  ADD ("transaction", test_transaction);
#undef ADD

  return g_test_run ();
}
