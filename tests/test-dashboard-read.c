/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "steward-client.h"
#include "steward-complaint.h"
#include "steward-dashboard-load.h"
#include "steward-service-request.h"
#include "steward-store-clients.h"
#include "steward-store-testing.h"
#include "steward-training-session.h"
#include "test-store-util.h"

/* The figures the dashboard reads (steward_dashboard_data_read ()) on a small database written
 * by hand: every request's deadline columns, complaint and training are set directly, so the
 * expected counts, rows and order below are worked out by hand from the rules (SPEC §5 and the
 * request list's SLA filters), on both sides of each boundary. No display is needed. */

static gint64
T (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

/* Tuesday 10 March 2026, 10:00 in Shanghai (the tests run with TZ=Asia/Shanghai). */
#define NOW_ISO "2026-03-10T10:00:00+08:00"

typedef struct {
  StoreFixture         base;
  StewardStoreClients *clients;
  gint64               now;
  gint64               a, b, c;
  gint64               d1, d2, n1, b1, b2, b3, b4, b5, b6, b7, b8, x1, x2, x3, x4;
  gint64               c1, c2, c3, c6;
  gint64               t1, t2, t4;
  gint64               h, i, j, k, d, l;  /* clients with balances */
} Fixture;

static void
exec (Fixture    *f,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  gboolean ok = steward_store_testing_exec (f->base.store, sql, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static gint64
client (Fixture    *f,
        const char *name)
{
  g_autoptr(StewardClient) c = add_client (STEWARD_CLIENT_REPOSITORY (f->clients), name, "李娜",
                                           "13800138000", "lina@example.cn");

  return steward_client_get_id (c);
}

/* A request of @client_id in @state submitted at @submitted, then @set (an SQL SET list) on it. */
static gint64
request (Fixture    *f,
         gint64      client_id,
         const char *state,
         const char *submitted,
         const char *set)
{
  g_autoptr(GError) error = NULL;
  gint64 id = steward_store_testing_insert_request (f->base.store, client_id, state, 0, T (submitted), &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  if (set != NULL)
    {
      g_autofree char *sql = g_strdup_printf ("UPDATE service_requests SET %s WHERE id = %" G_GINT64_FORMAT,
                                              set, id);
      exec (f, sql);
    }
  return id;
}

/* "response_due = 1773108600, …": @format with NOW's Unix seconds for each %s. */
static char *
at_now (Fixture    *f,
        const char *format,
        gint64      a,
        gint64      b,
        gint64      c)
{
  return g_strdup_printf (format, f->now + a, f->now + b, f->now + c);
}

static void
add_requests (Fixture *f)
{
  g_autofree char *s_d1 = at_now (f, "response_due = %" G_GINT64_FORMAT ", response_due_soon_at = %" G_GINT64_FORMAT, 600, -300, 0);
  g_autofree char *s_d2 = at_now (f, "response_due = %" G_GINT64_FORMAT ", response_due_soon_at = %" G_GINT64_FORMAT, 0, -900, 0);
  g_autofree char *s_n1 = at_now (f, "response_due = %" G_GINT64_FORMAT ", response_due_soon_at = %" G_GINT64_FORMAT, 3600, 1, 0);
  g_autofree char *s_b1 = at_now (f, "response_due = %" G_GINT64_FORMAT ", response_due_soon_at = %" G_GINT64_FORMAT, -1, -901, 0);
  g_autofree char *s_b2 = at_now (f, "response_due = %" G_GINT64_FORMAT ", responded_at = %" G_GINT64_FORMAT
                                  ", response_met = 1, delivery_due = %" G_GINT64_FORMAT
                                  ", delivery_due_soon_at = delivery_due - 900", -2 * 86400, -2 * 86400 - 60, -3600);
  g_autofree char *s_x1 = at_now (f, "response_due = %" G_GINT64_FORMAT ", responded_at = %" G_GINT64_FORMAT
                                  ", response_met = 0, delivery_due = %" G_GINT64_FORMAT
                                  ", delivery_due_soon_at = delivery_due - 660", -86400, -86400 + 60, 600);
  g_autofree char *s_x2 = at_now (f, "response_due = %" G_GINT64_FORMAT ", response_due_soon_at = %" G_GINT64_FORMAT
                                  ", hold_started_at = %" G_GINT64_FORMAT, -3600, -4500, -7200);
  g_autofree char *s_x3 = at_now (f, "response_due = %" G_GINT64_FORMAT ", response_due_soon_at = %" G_GINT64_FORMAT, -3600, -4500, 0);
  g_autofree char *s_x4 = at_now (f, "response_due = %" G_GINT64_FORMAT ", response_due_soon_at = %" G_GINT64_FORMAT, 60, -60, 0);
  gint64 *late[] = { &f->b3, &f->b4, &f->b5, &f->b6, &f->b7, &f->b8 };

  /* Due soon: d2 exactly at its deadline, d1 10 minutes before it. */
  f->d1 = request (f, f->a, "submitted", "2026-03-10T09:00:00+08:00", s_d1);
  f->d2 = request (f, f->b, "submitted", "2026-03-10T08:00:00+08:00", s_d2);
  /* Running, due soon one second from now. */
  f->n1 = request (f, f->a, "submitted", "2026-03-10T09:30:00+08:00", s_n1);
  /* Breached: b1 one second ago, b2 its delivery an hour ago (answered in time, submitted in
   * February), b3…b8 answer 2…7 hours late (b5 is client C's). */
  f->b1 = request (f, f->a, "submitted", "2026-03-09T16:00:00+08:00", s_b1);
  f->b2 = request (f, f->a, "in-progress", "2026-02-20T10:00:00+08:00", s_b2);
  for (guint i = 0; i < G_N_ELEMENTS (late); i++)
    {
      g_autofree char *set = at_now (f, "response_due = %" G_GINT64_FORMAT ", response_due_soon_at = %" G_GINT64_FORMAT,
                                     -3600 * (gint64) (i + 2), -3600 * (gint64) (i + 2) - 900, 0);

      *late[i] = request (f, i == 2 ? f->c : f->a, "submitted", "2026-03-09T09:00:00+08:00", set);
    }
  /* Neither: answered late (delivery due soon, but the request is breached already), on hold
   * past its deadline, rejected and cancelled with a clock that would otherwise run. */
  f->x1 = request (f, f->a, "in-progress", "2026-03-09T10:00:00+08:00", s_x1);
  f->x2 = request (f, f->a, "waiting-on-client", "2026-03-09T11:00:00+08:00", s_x2);
  f->x3 = request (f, f->a, "rejected", "2026-03-09T12:00:00+08:00", s_x3);
  f->x4 = request (f, f->a, "cancelled", "2026-03-09T13:00:00+08:00", s_x4);
  /* The month's edges. */
  request (f, f->a, "settled", "2026-02-28T23:59:59+08:00", NULL);
  request (f, f->a, "settled", "2026-03-01T00:00:00+08:00", NULL);
  request (f, f->a, "settled", "2026-03-31T23:59:59+08:00", NULL);
  request (f, f->a, "settled", "2026-04-01T00:00:00+08:00", NULL);
}

/* "NULL" or @at + @offset, as SQL. */
static char *
instant_or_null (gboolean set,
                 gint64   at,
                 gint64   offset)
{
  return set ? g_strdup_printf ("%" G_GINT64_FORMAT, at + offset) : g_strdup ("NULL");
}

static gint64
complaint (Fixture    *f,
           const char *state,
           const char *received)
{
  gint64 at = T (received);
  gboolean closed = g_str_equal (state, "closed");
  g_autofree char *accepted = instant_or_null (!g_str_equal (state, "received"), at, 3600);
  g_autofree char *resolved = instant_or_null (closed || g_str_equal (state, "resolved"), at, 7200);
  g_autofree char *closed_at = instant_or_null (closed, at, 9000);
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("INSERT INTO complaints (client_id, channel, summary, state, received_at, accept_due, "
                         "solution_due, accepted_at, resolved_at, closed_at, created_at, updated_at) "
                         "VALUES (%" G_GINT64_FORMAT ", 'email', '报表延迟', '%s', %" G_GINT64_FORMAT
                         ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %s, %s, %s, %" G_GINT64_FORMAT
                         ", %" G_GINT64_FORMAT ")",
                         f->a, state, at, at + 86400, at + 2 * 86400, accepted, resolved, closed_at, at, at);
  exec (f, sql);
  return steward_store_testing_count_rows (f->base.store, "complaints");
}

static void
add_complaints (Fixture *f)
{
  f->c1 = complaint (f, "received", "2026-03-10T08:00:00+08:00");
  f->c2 = complaint (f, "accepted", "2026-03-09T09:00:00+08:00");
  f->c3 = complaint (f, "resolved", "2026-03-02T09:00:00+08:00");
  complaint (f, "closed", "2026-03-01T00:00:00+08:00");
  complaint (f, "closed", "2026-02-28T23:59:59+08:00");
  f->c6 = complaint (f, "received", "2026-03-31T23:59:59+08:00");
  complaint (f, "closed", "2026-04-01T00:00:00+08:00");
}

static gint64
session (Fixture    *f,
         const char *status,
         const char *start,
         int         minutes)
{
  gint64 at = T (start);
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("INSERT INTO training_sessions (request_id, client_id, title, trainer, trainer_key, "
                         "format, content, start_at, duration_minutes, end_at, status, created_at, updated_at) "
                         "VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", '报表入门', '李老师', '李老师', "
                         "'online', 'theory', %" G_GINT64_FORMAT ", %d, %" G_GINT64_FORMAT ", '%s', %"
                         G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                         f->d1, f->a, at, minutes, at + minutes * 60, status, at, at);
  exec (f, sql);
  return steward_store_testing_count_rows (f->base.store, "training_sessions");
}

static void
add_sessions (Fixture *f)
{
  /* Today and tomorrow: t1 began yesterday at 23:00 and runs past midnight; t3 is cancelled;
   * t4 starts a minute before the day after tomorrow. */
  f->t1 = session (f, "scheduled", "2026-03-09T23:00:00+08:00", 120);
  f->t2 = session (f, "scheduled", "2026-03-10T14:00:00+08:00", 60);
  session (f, "cancelled", "2026-03-10T15:00:00+08:00", 60);
  f->t4 = session (f, "done", "2026-03-11T23:59:00+08:00", 30);
  session (f, "scheduled", "2026-03-12T00:00:00+08:00", 60);
  session (f, "scheduled", "2026-03-09T22:00:00+08:00", 60);
  /* The month's edges: one ends half an hour into March, one ends at its start; one starts half
   * an hour before April, one at it; one cancelled in March. */
  session (f, "done", "2026-02-28T23:30:00+08:00", 60);
  session (f, "done", "2026-02-28T23:00:00+08:00", 60);
  session (f, "scheduled", "2026-03-31T23:30:00+08:00", 60);
  session (f, "scheduled", "2026-04-01T00:00:00+08:00", 60);
  session (f, "cancelled", "2026-03-20T10:00:00+08:00", 60);
}

static void
set_balance (Fixture  *f,
             gint64    id,
             gint64    outstanding,
             int       open_requests,
             gboolean  archived)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE clients SET outstanding_fen = %" G_GINT64_FORMAT
                                          ", open_requests = %d, archived = %d WHERE id = %" G_GINT64_FORMAT,
                                          outstanding, open_requests, archived, id);

  exec (f, sql);
}

/* Written last: the request triggers keep these columns, nothing writes after. */
static void
add_balances (Fixture *f)
{
  gint64 e = client (f, "Echo Foods"), fx = client (f, "Foxtrot Retail"), g = client (f, "Golf Media");

  f->h = client (f, "Hotel Systems");
  f->i = client (f, "India Trading");
  f->j = client (f, "Juliet Design");
  f->k = client (f, "Kilo Energy");
  f->d = client (f, "Delta Textiles");
  f->l = client (f, "Lima Printing");
  set_balance (f, f->a, 50000, 11, FALSE);
  set_balance (f, f->b, 120000, 1, FALSE);
  set_balance (f, f->c, 120000, 1, FALSE);
  set_balance (f, f->h, 300000, 2, FALSE);
  set_balance (f, f->i, 200000, 0, FALSE);
  set_balance (f, f->j, 250000, 3, FALSE);
  set_balance (f, f->k, 80000, 0, FALSE);
  set_balance (f, f->d, 1, 0, FALSE);
  set_balance (f, f->l, 1, 0, FALSE);
  set_balance (f, e, 0, 4, FALSE);
  set_balance (f, fx, -500, 0, FALSE);
  set_balance (f, g, 999999, 1, TRUE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  store_fixture_setup (&f->base, data);
  f->clients = steward_store_clients_new (f->base.store);
  f->now = T (NOW_ISO);
  f->a = client (f, "甲科技有限公司");
  f->b = client (f, "Beta Logistics");
  f->c = client (f, "Acme Manufacturing");
  add_requests (f);
  add_complaints (f);
  add_sessions (f);
  add_balances (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->clients);
  store_fixture_teardown (&f->base, data);
}

static void
test_request_figures (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(StewardDashboardData) dash = steward_dashboard_data_read (f->base.store, f->now);
  gint64 expected[] = { f->d2, f->d1, f->b2, f->b8, f->b7, f->b6, f->b5, f->b4 };
  const char *names[] = { "Beta Logistics", "甲科技有限公司", "甲科技有限公司", "甲科技有限公司",
                          "甲科技有限公司", "甲科技有限公司", "Acme Manufacturing", "甲科技有限公司" };

  g_assert_cmpint (dash->now, ==, f->now);
  g_assert_cmpuint (dash->breached, ==, 8);
  g_assert_cmpuint (dash->due_soon, ==, 2);
  g_assert_cmpuint (dash->month_requests, ==, 16);
  /* Due soon first, then breached, each by response deadline; eight rows at most. */
  g_assert_cmpuint (dash->requests->len, ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (dash->request_clients->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      StewardServiceRequest *r = g_ptr_array_index (dash->requests, i);

      g_assert_cmpint (steward_service_request_get_id (r), ==, expected[i]);
      g_assert_cmpstr (g_ptr_array_index (dash->request_clients, i), ==, names[i]);
    }
  g_assert_cmpint (steward_service_request_get_response_due (g_ptr_array_index (dash->requests, 0)), ==,
                   T ("2026-03-10T10:00:00+08:00"));
  g_assert_cmpint (steward_service_request_get_delivery_due (g_ptr_array_index (dash->requests, 2)), ==,
                   T ("2026-03-10T09:00:00+08:00"));
}

/* One second later d2 is breached too: the counts follow the instant given. */
static void
test_request_figures_later (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(StewardDashboardData) dash = steward_dashboard_data_read (f->base.store, f->now + 1);

  g_assert_cmpuint (dash->breached, ==, 9);
  g_assert_cmpuint (dash->due_soon, ==, 2);  /* d1, and n1 from now on */
  g_assert_cmpint (steward_service_request_get_id (g_ptr_array_index (dash->requests, 0)), ==, f->d1);
  g_assert_cmpint (steward_service_request_get_id (g_ptr_array_index (dash->requests, 1)), ==, f->n1);
  g_assert_cmpint (steward_service_request_get_id (g_ptr_array_index (dash->requests, 2)), ==, f->b2);
}

static void
test_complaint_figures (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(StewardDashboardData) dash = steward_dashboard_data_read (f->base.store, f->now);
  gint64 expected[] = { f->c3, f->c2, f->c1, f->c6 };

  g_assert_no_error (dash->complaints_error);
  g_assert_cmpuint (dash->month_complaints, ==, 5);
  g_assert_nonnull (dash->open_complaints);
  g_assert_cmpuint (dash->open_complaints->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (steward_complaint_get_id (g_ptr_array_index (dash->open_complaints, i)), ==, expected[i]);
}

static void
test_training_figures (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(StewardDashboardData) dash = steward_dashboard_data_read (f->base.store, f->now);
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* What the page lists: the sessions of today and tomorrow that are not cancelled. */
  g_assert_nonnull (dash->sessions);
  for (guint i = 0; i < dash->sessions->len; i++)
    {
      StewardTrainingSession *s = g_ptr_array_index (dash->sessions, i);
      gint64 id = steward_training_session_get_id (s);

      if (steward_training_session_get_status (s) != STEWARD_TRAINING_STATUS_CANCELLED)
        g_array_append_val (shown, id);
    }
  g_assert_cmpuint (shown->len, ==, 3);
  g_assert_cmpint (g_array_index (shown, gint64, 0), ==, f->t1);
  g_assert_cmpint (g_array_index (shown, gint64, 1), ==, f->t2);
  g_assert_cmpint (g_array_index (shown, gint64, 2), ==, f->t4);
  g_assert_cmpstr (steward_training_session_get_trainer (g_ptr_array_index (dash->sessions, 0)), ==, "李老师");
  g_assert_cmpuint (dash->month_trainings, ==, 7);
}

static void
test_balance_figures (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(StewardDashboardData) dash = steward_dashboard_data_read (f->base.store, f->now);
  /* Largest first, equal balances by name; archived, zero and negative left out; eight. */
  gint64 expected[] = { f->h, f->j, f->i, f->c, f->b, f->k, f->a, f->d };
  gint64 amounts[] = { 300000, 250000, 200000, 120000, 120000, 80000, 50000, 1 };
  guint open[] = { 2, 3, 0, 1, 1, 0, 11, 0 };

  g_assert_cmpuint (dash->balances->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      StewardClient *c = g_ptr_array_index (dash->balances, i);

      g_assert_cmpint (steward_client_get_id (c), ==, expected[i]);
      g_assert_cmpint (steward_client_get_outstanding_fen (c), ==, amounts[i]);
      g_assert_cmpuint (steward_client_get_open_requests (c), ==, open[i]);
    }
}

/* Nothing to show: every figure 0, every list empty (not NULL). */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(StewardDashboardData) dash = NULL;

  store_fixture_setup (&f->base, data);
  dash = steward_dashboard_data_read (f->base.store, T (NOW_ISO));
  g_assert_cmpuint (dash->breached + dash->due_soon + dash->month_requests, ==, 0);
  g_assert_cmpuint (dash->requests->len + dash->request_clients->len, ==, 0);
  g_assert_cmpuint (dash->month_complaints + dash->month_trainings, ==, 0);
  g_assert_cmpuint (dash->open_complaints->len + dash->sessions->len + dash->balances->len, ==, 0);
  store_fixture_teardown (&f->base, data);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/dashboard-read/requests", Fixture, NULL, fixture_set_up, test_request_figures, fixture_tear_down);
  g_test_add ("/dashboard-read/requests-later", Fixture, NULL, fixture_set_up, test_request_figures_later,
              fixture_tear_down);
  g_test_add ("/dashboard-read/complaints", Fixture, NULL, fixture_set_up, test_complaint_figures, fixture_tear_down);
  g_test_add ("/dashboard-read/trainings", Fixture, NULL, fixture_set_up, test_training_figures, fixture_tear_down);
  g_test_add ("/dashboard-read/balances", Fixture, NULL, fixture_set_up, test_balance_figures, fixture_tear_down);
  g_test_add ("/dashboard-read/empty", Fixture, NULL, NULL, test_empty, NULL);
  return g_test_run ();
}
