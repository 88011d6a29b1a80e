/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "steward-desk.h"
#include "steward-error.h"
#include "steward-request-list-model.h"
#include "steward-store-clients.h"
#include "steward-store-requests.h"
#include "steward-store-requests-testing.h"
#include "test-store-util.h"

typedef struct {
  StoreFixture          base;
  StewardStoreClients  *clients;
  StewardCalendar      *calendar;
  StewardStoreRequests *repo;
  StewardDesk          *desk;
  gint64                a, b;             /* clients */
  gint64                r1, r2, r3, r4;   /* requests, in the order submitted */
} Fixture;

static gint64
T (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

static gint64
create (Fixture         *f,
        gint64           client_id,
        StewardService   service,
        StewardPriority  priority,
        const char      *at)
{
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(StewardServiceRequest) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (draft, "client-id", client_id, "service", service, "priority", priority, NULL);
  if (service == STEWARD_SERVICE_REMOTE)
    g_object_set (draft, "os", STEWARD_OS_WINDOWS, "data-terms-agreed", TRUE, NULL);
  if (service == STEWARD_SERVICE_CONFIG)
    g_object_set (draft, "config-kind", STEWARD_CONFIG_KIND_SPECIAL, "special-text", "仓储审批流", NULL);
  stored = steward_desk_create_request (f->desk, draft, T (at), &error);
  g_assert_no_error (error);
  return steward_service_request_get_id (stored);
}

/* r1: A, advisor, standard, Mon 9 March 10:00 (response due 12:00, due soon from 11:45).
 * r2: A, remote, urgent, 10:30 (due 11:00).
 * r3: B, config, Tue 10 March 09:00, answered 09:30, ¥2,000.00 complex, work from 10:00:
 *     delivery due Tue 24 March 18:00.
 * r4: B, report, Wed 11 March 14:00, rejected 14:30. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(StewardClient) a = NULL;
  g_autoptr(StewardClient) b = NULL;
  g_autoptr(StewardPayment) line = NULL;
  g_autoptr(GError) error = NULL;

  store_fixture_setup (&f->base, data);
  f->clients = steward_store_clients_new (f->base.store);
  f->calendar = steward_calendar_new (NULL);
  f->repo = steward_store_requests_new (f->base.store, f->calendar);
  f->desk = steward_desk_new (STEWARD_REQUEST_REPOSITORY (f->repo), f->calendar, NULL, "王经理");
  a = add_client (STEWARD_CLIENT_REPOSITORY (f->clients), "华东精密制造有限公司", "李娜", "13800138000", "lina@example.cn");
  b = add_client (STEWARD_CLIENT_REPOSITORY (f->clients), "星河物流股份有限公司", "赵强", "13900139000", "zhao@example.cn");
  f->a = steward_client_get_id (a);
  f->b = steward_client_get_id (b);

  f->r1 = create (f, f->a, STEWARD_SERVICE_ADVISOR, STEWARD_PRIORITY_STANDARD, "2026-03-09T10:00:00+08:00");
  f->r2 = create (f, f->a, STEWARD_SERVICE_REMOTE, STEWARD_PRIORITY_URGENT, "2026-03-09T10:30:00+08:00");
  f->r3 = create (f, f->b, STEWARD_SERVICE_CONFIG, STEWARD_PRIORITY_STANDARD, "2026-03-10T09:00:00+08:00");
  g_assert_true (steward_desk_review (f->desk, f->r3, T ("2026-03-10T09:30:00+08:00"), NULL, &error));
  g_assert_true (steward_desk_quote (f->desk, f->r3, 200000, 0, STEWARD_COMPLEXITY_COMPLEX, STEWARD_TIER_NONE,
                                     T ("2026-03-10T09:40:00+08:00"), NULL, &error));
  g_assert_true (steward_desk_confirm (f->desk, f->r3, T ("2026-03-10T09:50:00+08:00"), NULL, &error));
  line = steward_desk_add_payment (f->desk, f->r3, STEWARD_PAYMENT_KIND_PAYMENT, 100000,
                                   STEWARD_PAYMENT_METHOD_BANK_TRANSFER, T ("2026-03-10T10:00:00+08:00"),
                                   NULL, &error);
  g_assert_true (steward_desk_start (f->desk, f->r3, T ("2026-03-10T10:10:00+08:00"), NULL, &error));
  f->r4 = create (f, f->b, STEWARD_SERVICE_REPORT, STEWARD_PRIORITY_STANDARD, "2026-03-11T14:00:00+08:00");
  g_assert_true (steward_desk_reject (f->desk, f->r4, T ("2026-03-11T14:30:00+08:00"), NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->desk);
  g_clear_object (&f->repo);
  g_clear_object (&f->calendar);
  g_clear_object (&f->clients);
  store_fixture_teardown (&f->base, data);
}

static gint64
id_at (GListModel *model,
       guint       position)
{
  g_autoptr(StewardServiceRequest) r = g_list_model_get_item (model, position);

  g_assert_nonnull (r);
  return steward_service_request_get_id (r);
}

/* The ids of the whole list, e.g. "4 3 2 1", in terms of r1…r4. */
static char *
order (Fixture    *f,
       GListModel *model)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      gint64 id = id_at (model, i);

      g_string_append_printf (text, "%sr%d", i > 0 ? " " : "",
                              id == f->r1 ? 1 : id == f->r2 ? 2 : id == f->r3 ? 3 : id == f->r4 ? 4 : 0);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_order(f, model, expected) \
  G_STMT_START { g_autofree char *o_ = order (f, G_LIST_MODEL (model)); \
                 g_assert_cmpstr (o_, ==, expected); } G_STMT_END

static const StewardState open_states[] = {
  STEWARD_STATE_SUBMITTED, STEWARD_STATE_UNDER_REVIEW, STEWARD_STATE_CONFIRMED,
  STEWARD_STATE_IN_PROGRESS, STEWARD_STATE_DELIVERED, STEWARD_STATE_ACCEPTED,
  STEWARD_STATE_WAITING_ON_CLIENT,
};

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(StewardRequestListModel) model = steward_request_list_model_new (f->base.store);
  g_autofree char *number = NULL;
  StewardState submitted[] = { STEWARD_STATE_SUBMITTED };
  StewardState two[] = { STEWARD_STATE_IN_PROGRESS, STEWARD_STATE_REJECTED };

  assert_order (f, model, "r4 r3 r2 r1");

  steward_request_list_model_set_states (model, submitted, 1);
  assert_order (f, model, "r2 r1");
  steward_request_list_model_set_states (model, two, 2);
  assert_order (f, model, "r4 r3");
  /* "Open": every state but settled, rejected and cancelled, in each order of the page. */
  steward_request_list_model_set_states (model, open_states, G_N_ELEMENTS (open_states));
  assert_order (f, model, "r3 r2 r1");
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_RESPONSE_DUE, FALSE);
  assert_order (f, model, "r2 r1 r3");
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_DELIVERY_DUE, FALSE);
  assert_order (f, model, "r3 r1 r2");
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_FEE, TRUE);
  assert_order (f, model, "r3 r2 r1");
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_CLIENT, FALSE);
  assert_order (f, model, "r1 r2 r3");
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_SUBMITTED, TRUE);
  steward_request_list_model_set_states (model, open_states, 3);
  assert_order (f, model, "r2 r1");
  steward_request_list_model_set_states (model, NULL, 0);

  steward_request_list_model_set_service (model, STEWARD_SERVICE_REMOTE);
  assert_order (f, model, "r2");
  steward_request_list_model_set_service (model, STEWARD_REQUEST_FILTER_ANY);
  steward_request_list_model_set_category (model, STEWARD_CATEGORY_SOLUTION);
  assert_order (f, model, "r3");
  steward_request_list_model_set_category (model, STEWARD_CATEGORY_SUPPORT);
  assert_order (f, model, "r2 r1");
  steward_request_list_model_set_category (model, STEWARD_REQUEST_FILTER_ANY);

  steward_request_list_model_set_priority (model, STEWARD_PRIORITY_URGENT);
  assert_order (f, model, "r2");
  steward_request_list_model_set_priority (model, STEWARD_REQUEST_FILTER_ANY);

  steward_request_list_model_set_client (model, f->b);
  assert_order (f, model, "r4 r3");
  steward_request_list_model_set_client (model, 0);

  /* [10 March 00:00, 11 March 00:00): only r3; the end is exclusive. */
  steward_request_list_model_set_submitted_range (model, T ("2026-03-10T00:00:00+08:00"),
                                                  T ("2026-03-11T00:00:00+08:00"));
  assert_order (f, model, "r3");
  steward_request_list_model_set_submitted_range (model, T ("2026-03-09T10:30:00+08:00"), STEWARD_TIME_NONE);
  assert_order (f, model, "r4 r3 r2");
  steward_request_list_model_set_submitted_range (model, STEWARD_TIME_NONE, STEWARD_TIME_NONE);

  steward_request_list_model_set_search (model, "星河物流");
  assert_order (f, model, "r4 r3");
  /* A contact's two-character name goes through the short-query path. */
  steward_request_list_model_set_search (model, "李娜");
  assert_order (f, model, "r2 r1");
  number = g_strdup_printf ("#%" G_GINT64_FORMAT, f->r4);
  steward_request_list_model_set_search (model, number);
  assert_order (f, model, "r4");
  steward_request_list_model_set_search (model, "不存在的公司");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  steward_request_list_model_set_search (model, NULL);
  assert_order (f, model, "r4 r3 r2 r1");
}

static void
test_sorts (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(StewardRequestListModel) model = steward_request_list_model_new (f->base.store);

  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_SUBMITTED, FALSE);
  assert_order (f, model, "r1 r2 r3 r4");
  /* 华 (U+534E) sorts before 星 (U+661F). */
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_CLIENT, FALSE);
  assert_order (f, model, "r1 r2 r3 r4");
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_CLIENT, TRUE);
  assert_order (f, model, "r4 r3 r2 r1");
  /* advisor, config, remote, report */
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_SERVICE, FALSE);
  assert_order (f, model, "r1 r3 r2 r4");
  /* in-progress, rejected, submitted */
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_STATE, FALSE);
  assert_order (f, model, "r3 r4 r1 r2");
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_FEE, TRUE);
  assert_order (f, model, "r3 r4 r2 r1");
  /* r2 11:00, r1 12:00, r3 next day 11:00, r4 Wednesday 16:00 */
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_RESPONSE_DUE, FALSE);
  assert_order (f, model, "r2 r1 r3 r4");
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_DELIVERY_DUE, FALSE);
  assert_order (f, model, "r3 r1 r2 r4");
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_DELIVERY_DUE, TRUE);
  assert_order (f, model, "r4 r2 r1 r3");

  g_assert_cmpstr (steward_request_list_model_get_client_name (model, f->a), ==, "华东精密制造有限公司");
  g_assert_cmpstr (steward_request_list_model_get_client_name (model, f->b), ==, "星河物流股份有限公司");
  g_assert_null (steward_request_list_model_get_client_name (model, 999));
}

static void
test_sla (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(StewardRequestListModel) model = steward_request_list_model_new (f->base.store);
  g_autoptr(GError) error = NULL;

  /* Monday 11:50: r1 is due at 12:00 (due soon since 11:45), r2 was due at 11:00, r3's
   * delivery runs until 24 March; r4 was rejected after a timely answer. */
  steward_request_list_model_set_now (model, T ("2026-03-09T11:50:00+08:00"));
  steward_request_list_model_set_sla_status (model, STEWARD_SLA_STATUS_DUE_SOON);
  assert_order (f, model, "r1");
  steward_request_list_model_set_sla_status (model, STEWARD_SLA_STATUS_BREACHED);
  assert_order (f, model, "r2");
  steward_request_list_model_set_sla_status (model, STEWARD_SLA_STATUS_RUNNING);
  assert_order (f, model, "r3");

  /* 11:44:59 is one second before the due-soon instant; 12:00:00 exactly is still due soon. */
  steward_request_list_model_set_now (model, T ("2026-03-09T11:44:59+08:00"));
  assert_order (f, model, "r3 r1");
  steward_request_list_model_set_sla_status (model, STEWARD_SLA_STATUS_DUE_SOON);
  steward_request_list_model_set_now (model, T ("2026-03-09T12:00:00+08:00"));
  assert_order (f, model, "r1");
  steward_request_list_model_set_now (model, T ("2026-03-09T12:00:01+08:00"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);

  /* Answering r1 late keeps it breached after its clock stopped. */
  g_assert_true (steward_desk_respond (f->desk, f->r1, T ("2026-03-09T12:30:00+08:00"), NULL, &error));
  g_assert_no_error (error);
  steward_request_list_model_set_now (model, T ("2026-03-25T09:00:00+08:00"));
  steward_request_list_model_set_sla_status (model, STEWARD_SLA_STATUS_BREACHED);
  assert_order (f, model, "r3 r2 r1");
  /* What is overdue now leaves r1 out: its late answer is history, not work to do. */
  steward_request_list_model_set_running_clocks_only (model, TRUE);
  assert_order (f, model, "r3 r2");
  steward_request_list_model_set_running_clocks_only (model, FALSE);
  assert_order (f, model, "r3 r2 r1");

  /* On hold, r3's running delivery clock is paused. */
  g_assert_true (steward_desk_hold (f->desk, f->r3, T ("2026-03-12T10:00:00+08:00"), NULL, &error));
  steward_request_list_model_set_sla_status (model, STEWARD_SLA_STATUS_PAUSED);
  assert_order (f, model, "r3");
  steward_request_list_model_set_sla_status (model, STEWARD_SLA_STATUS_NONE);
  assert_order (f, model, "r4 r3 r2 r1");
}

/* Every items-changed signal of a step, as "position,removed,added" separated by spaces. */
static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *signals)
{
  g_string_append_printf (signals, "%s%u,%u,%u", signals->len > 0 ? " " : "",
                          position, removed, added);
}

#define assert_signals(signals, expected) \
  G_STMT_START { g_assert_cmpstr ((signals)->str, ==, expected); \
                 g_string_truncate ((signals), 0); } G_STMT_END

static void
test_items_changed (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(StewardRequestListModel) model = steward_request_list_model_new (f->base.store);
  g_autoptr(GString) signals = g_string_new (NULL);

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), signals);
  /* Four rows become one: emptied, then filled, so that GTK 4.8's views read only what they
   * show instead of every added row. */
  steward_request_list_model_set_service (model, STEWARD_SERVICE_REMOTE);
  assert_signals (signals, "0,4,0 0,0,1");

  /* Setting the same value again changes nothing. */
  steward_request_list_model_set_service (model, STEWARD_SERVICE_REMOTE);
  assert_signals (signals, "");
  steward_request_list_model_set_service (model, STEWARD_SERVICE_TRAINING);
  assert_signals (signals, "0,1,0");
  /* Empty to empty emits nothing. */
  steward_request_list_model_set_priority (model, STEWARD_PRIORITY_URGENT);
  assert_signals (signals, "");
}

static void
test_paging (StoreFixture  *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardRequestListModel) model = NULL;
  g_autoptr(StewardServiceRequest) first = NULL;
  g_autoptr(StewardServiceRequest) last = NULL;
  g_autoptr(StewardServiceRequest) second_page = NULL;
  gint64 start = T ("2026-01-05T09:00:00+08:00");
  guint statements, rows;

  g_assert_true (steward_store_testing_bulk_requests (f->store, 3, 450, start, &error));
  g_assert_no_error (error);
  steward_store_testing_count_statements (f->store);
  model = steward_request_list_model_new (f->store);
  steward_store_testing_trace_counts (&statements, &rows);
  g_assert_cmpuint (statements, ==, 1);   /* the COUNT */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 450);

  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpint (steward_service_request_get_submitted_at (first), ==, start + 449 * 60);
  steward_store_testing_trace_counts (&statements, &rows);
  g_assert_cmpuint (statements, ==, 1);
  g_assert_cmpuint (rows, ==, 200);
  g_clear_object (&first);
  first = g_list_model_get_item (G_LIST_MODEL (model), 199);
  steward_store_testing_trace_counts (&statements, &rows);
  g_assert_cmpuint (statements, ==, 0);

  second_page = g_list_model_get_item (G_LIST_MODEL (model), 200);
  g_assert_cmpint (steward_service_request_get_submitted_at (second_page), ==, start + 249 * 60);
  last = g_list_model_get_item (G_LIST_MODEL (model), 449);
  g_assert_cmpint (steward_service_request_get_submitted_at (last), ==, start);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 450));
  steward_store_testing_trace_counts (&statements, &rows);
  g_assert_cmpuint (statements, ==, 2);
  g_assert_cmpuint (rows, ==, 250);
}

/* The first @n ids of the list, e.g. "4000 3998 3997". */
static char *
first_ids (GListModel *model,
           guint       n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < MIN (n, g_list_model_get_n_items (model)); i++)
    {
      g_autoptr(StewardServiceRequest) r = g_list_model_get_item (model, i);

      g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "",
                              steward_service_request_get_id (r));
    }
  return g_string_free (text, FALSE);
}

#define assert_first(model, n_items, expected) \
  G_STMT_START { g_autofree char *ids_ = first_ids (G_LIST_MODEL (model), 3); \
                 g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n_items); \
                 g_assert_cmpstr (ids_, ==, expected); } G_STMT_END

#define assert_plan(store, model, page, uses) \
  G_STMT_START { g_autofree char *plan_ = steward_store_testing_request_list_plan ((store), (model), (page)); \
                 if (strstr (plan_, (uses)) == NULL) \
                   g_error ("the %s query does not use %s:\n%s", (page) ? "page" : "count", (uses), plan_); \
               } G_STMT_END

/* 4,000 bulk requests, request n being i = n − 1: submitted at start + i minutes, response due
 * two hours later (due soon from 1 h 45 min), state submitted / in-progress / settled by
 * i % 3, fee (i % 10) × ¥100.00, service advisor, remote, … by i % 6, urgent when i % 4 = 0.
 * Open requests are those with i % 3 ≠ 2: 2,667 of them. Large enough that the model walks an
 * index for most filters (should_walk ()), small enough to work out by hand. */
static void
test_indexed_filters (StoreFixture  *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardRequestListModel) model = NULL;
  StewardState in_progress = STEWARD_STATE_IN_PROGRESS;
  gint64 start = T ("2026-01-05T09:00:00+08:00");

  g_assert_true (steward_store_testing_bulk_requests (f->store, 40, 4000, start, &error));
  g_assert_no_error (error);
  model = steward_request_list_model_new (f->store);

  /* Open, by response deadline (= by submission here): walks the open requests' deadline
   * index, no sort, and counts on an open-request index. */
  steward_request_list_model_set_states (model, open_states, G_N_ELEMENTS (open_states));
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_RESPONSE_DUE, FALSE);
  assert_first (model, 2667, "1 2 4");
  assert_plan (f->store, model, TRUE, "SCAN service_requests USING INDEX service_requests_open_by_response_due");
  assert_plan (f->store, model, FALSE, "USING COVERING INDEX service_requests_open");
  {
    g_autofree char *plan = steward_store_testing_request_list_plan (f->store, model, TRUE);

    g_assert_null (strstr (plan, "TEMP B-TREE"));
  }
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_RESPONSE_DUE, TRUE);
  assert_first (model, 2667, "4000 3998 3997");
  /* Fee ¥900.00 (n % 10 = 0), open (n % 3 ≠ 0), newest first among equals. */
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_FEE, TRUE);
  assert_first (model, 2667, "4000 3980 3970");
  assert_plan (f->store, model, TRUE, "service_requests_open_by_fee");

  /* One open state: n % 3 = 2. */
  steward_request_list_model_set_states (model, &in_progress, 1);
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_SUBMITTED, FALSE);
  assert_first (model, 1333, "2 5 8");
  /* ¥900.00 and in progress: n ≡ 20 (mod 30). */
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_FEE, TRUE);
  assert_first (model, 1333, "3980 3950 3920");
  steward_request_list_model_set_states (model, NULL, 0);

  /* Urgent (n % 4 = 1) with the highest fee such a request has, ¥800.00: n ≡ 9 (mod 20). */
  steward_request_list_model_set_priority (model, STEWARD_PRIORITY_URGENT);
  assert_first (model, 1000, "3989 3969 3949");
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_SUBMITTED, FALSE);
  assert_first (model, 1000, "1 5 9");
  assert_plan (f->store, model, FALSE, "service_requests_by_priority");
  /* Urgent and open: i ≡ 0 or 4 (mod 12), 334 + 333 of them, counted on an open-request
   * index (which holds the priority), not on the priority's index of every request. */
  steward_request_list_model_set_states (model, open_states, G_N_ELEMENTS (open_states));
  assert_first (model, 667, "1 5 13");
  assert_plan (f->store, model, FALSE, "USING COVERING INDEX service_requests_open_by_");
  steward_request_list_model_set_states (model, NULL, 0);
  steward_request_list_model_set_priority (model, STEWARD_REQUEST_FILTER_ANY);

  /* Remote (n % 6 = 2) at ¥900.00: n ≡ 20 (mod 30). */
  steward_request_list_model_set_service (model, STEWARD_SERVICE_REMOTE);
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_FEE, TRUE);
  assert_first (model, 667, "3980 3950 3920");
  steward_request_list_model_set_service (model, STEWARD_REQUEST_FILTER_ANY);

  /* At start + 1,000 min + 2 h + 30 s, unanswered requests (submitted, n % 3 = 1) with i ≤ 1000
   * are past their deadline: 334 of them. Due soon: i from 1001 to 1015, i % 3 = 0. */
  steward_request_list_model_set_now (model, start + 1000 * 60 + 7230);
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_RESPONSE_DUE, FALSE);
  steward_request_list_model_set_sla_status (model, STEWARD_SLA_STATUS_BREACHED);
  assert_first (model, 334, "1 4 7");
  assert_plan (f->store, model, FALSE, "USING COVERING INDEX service_requests_breach_candidates");
  /* Breached advisor requests (i ≡ 0 mod 6, i ≤ 1000): still counted on the candidates alone. */
  steward_request_list_model_set_service (model, STEWARD_SERVICE_ADVISOR);
  assert_first (model, 167, "1 7 13");
  assert_plan (f->store, model, FALSE, "USING COVERING INDEX service_requests_breach_candidates");
  steward_request_list_model_set_service (model, STEWARD_REQUEST_FILTER_ANY);
  steward_request_list_model_set_running_clocks_only (model, TRUE);
  assert_first (model, 334, "1 4 7");
  assert_plan (f->store, model, FALSE, "USING COVERING INDEX service_requests_running_clocks");
  steward_request_list_model_set_sla_status (model, STEWARD_SLA_STATUS_DUE_SOON);
  assert_first (model, 5, "1003 1006 1009");
  assert_plan (f->store, model, TRUE, "USING INDEX service_requests_running_clocks");
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_CLIENT, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 5);
  steward_request_list_model_set_sla_status (model, STEWARD_SLA_STATUS_NONE);

  steward_request_list_model_set_search (model, "#2500");
  assert_first (model, 1, "2500");
}

static double
first_page_ms (StewardRequestListModel *model)
{
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (model), 0);

  g_assert_nonnull (item);
  return (g_get_monotonic_time () - t0) / 1000.0;
}

/* 200,000 requests (with -m slow; 20,000 in the default run, which must stay quick on a shared
 * machine): the first page reads 200 rows, never the whole table. Times are printed, not
 * asserted. */
static void
test_large (StoreFixture  *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardRequestListModel) model = NULL;
  StewardState open[] = { STEWARD_STATE_SUBMITTED, STEWARD_STATE_IN_PROGRESS };
  guint n = g_test_slow () ? 200000 : 20000;
  gint64 t0 = g_get_monotonic_time ();
  guint statements, rows;

  g_assert_true (steward_store_testing_bulk_requests (f->store, n / 200, n,
                                                     T ("2025-01-01T09:00:00+08:00"), &error));
  g_assert_no_error (error);
  g_test_message ("inserted %u requests in %.0f ms", n, (g_get_monotonic_time () - t0) / 1000.0);

  steward_store_testing_count_statements (f->store);
  t0 = g_get_monotonic_time ();
  model = steward_request_list_model_new (f->store);
  g_test_message ("count: %.1f ms", (g_get_monotonic_time () - t0) / 1000.0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);
  g_test_message ("first page, newest first: %.1f ms", first_page_ms (model));
  steward_store_testing_trace_counts (&statements, &rows);
  g_assert_cmpuint (statements, ==, 2);
  g_assert_cmpuint (rows, ==, 1 + 200);

  for (StewardRequestSort sort = STEWARD_REQUEST_SORT_CLIENT; sort <= STEWARD_REQUEST_SORT_DELIVERY_DUE; sort++)
    {
      steward_request_list_model_set_sort (model, sort, sort % 2 == 0);
      g_test_message ("first page, sort %d: %.1f ms", sort, first_page_ms (model));
      steward_store_testing_trace_counts (&statements, &rows);
      g_assert_cmpuint (rows, ==, 1 + 200);
    }

  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_SUBMITTED, TRUE);
  steward_store_testing_trace_counts (&statements, &rows);
  steward_request_list_model_set_states (model, open, G_N_ELEMENTS (open));
  g_test_message ("first page of open requests: %.1f ms", first_page_ms (model));
  /* Two requests in three are submitted or in progress (the states cycle by thirds). */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n - n / 3);
  steward_store_testing_trace_counts (&statements, &rows);
  g_assert_cmpuint (rows, ==, 1 + 200);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/request-list-model/filters", test_filters);
  ADD ("/request-list-model/sorts", test_sorts);
  ADD ("/request-list-model/sla", test_sla);
  ADD ("/request-list-model/items-changed", test_items_changed);
#undef ADD
  g_test_add ("/request-list-model/indexed-filters", StoreFixture, NULL, store_fixture_setup,
              test_indexed_filters, store_fixture_teardown);
  g_test_add ("/request-list-model/paging", StoreFixture, NULL, store_fixture_setup, test_paging,
              store_fixture_teardown);
  g_test_add ("/request-list-model/large", StoreFixture, NULL, store_fixture_setup, test_large,
              store_fixture_teardown);

  return g_test_run ();
}
