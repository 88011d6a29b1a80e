/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "steward-desk.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-store-clients.h"
#include "steward-store-requests.h"
#include "steward-store-requests-testing.h"
#include "steward-store-testing.h"
#include "test-store-util.h"

typedef struct {
  StoreFixture          base;
  StewardStoreClients  *clients;
  StewardCalendar      *calendar;
  StewardStoreRequests *repo;
  StewardDesk          *desk;
  gint64                client_id;
} Fixture;

static gint64
T (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(StewardClient) client = NULL;

  store_fixture_setup (&f->base, data);
  f->clients = steward_store_clients_new (f->base.store);
  f->calendar = steward_calendar_new (NULL);
  f->repo = steward_store_requests_new (f->base.store, f->calendar);
  f->desk = steward_desk_new (STEWARD_REQUEST_REPOSITORY (f->repo), f->calendar, NULL, "王经理");
  client = add_client (STEWARD_CLIENT_REPOSITORY (f->clients), "华东精密制造有限公司", "李娜",
                       "13800138000", "lina@example.cn");
  f->client_id = steward_client_get_id (client);
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
create (Fixture        *f,
        StewardService  service,
        const char     *at)
{
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(StewardServiceRequest) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (draft, "client-id", f->client_id, "service", service,
                "description", "生产报表模板定制", NULL);
  if (service == STEWARD_SERVICE_CONFIG)
    g_object_set (draft, "config-kind", STEWARD_CONFIG_KIND_TEMPLATE, "template-name", "ERP 标准模板", NULL);
  if (service == STEWARD_SERVICE_REMOTE)
    g_object_set (draft, "os", STEWARD_OS_LINUX, "data-terms-agreed", TRUE, NULL);
  stored = steward_desk_create_request (f->desk, draft, T (at), &error);
  g_assert_no_error (error);
  return steward_service_request_get_id (stored);
}

/* A simple configuration project quoted ¥1,000.00 and confirmed: the deposit is ¥500.00. */
static gint64
confirmed_project (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 id = create (f, STEWARD_SERVICE_CONFIG, "2026-03-09T10:00:00+08:00");

  g_assert_true (steward_desk_review (f->desk, id, T ("2026-03-09T10:30:00+08:00"), NULL, &error));
  g_assert_true (steward_desk_quote (f->desk, id, 100000, 0, STEWARD_COMPLEXITY_SIMPLE,
                                     STEWARD_TIER_NONE, T ("2026-03-09T10:40:00+08:00"), NULL, &error));
  g_assert_true (steward_desk_confirm (f->desk, id, T ("2026-03-09T11:00:00+08:00"), "方案已确认", &error));
  g_assert_no_error (error);
  return id;
}

static void
pay (Fixture    *f,
     gint64      id,
     gint64      amount,
     const char *at)
{
  g_autoptr(StewardPayment) line = NULL;
  g_autoptr(GError) error = NULL;

  line = steward_desk_add_payment (f->desk, id, STEWARD_PAYMENT_KIND_PAYMENT, amount,
                                   STEWARD_PAYMENT_METHOD_BANK_TRANSFER, T (at), "HX-2026-031", &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_payment_get_id (line), >, 0);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardServiceRequest) r = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(StewardRequestNote) note = NULL;
  gint64 id = confirmed_project (f);
  gint64 due_soon, delivery_soon;
  int response_met, delivery_met;

  pay (f, id, 50000, "2026-03-10T10:00:00+08:00");
  g_assert_true (steward_desk_start (f->desk, id, T ("2026-03-10T10:05:00+08:00"), NULL, &error));
  note = steward_desk_add_note (f->desk, id, "模板第一版已完成", TRUE, T ("2026-03-11T15:00:00+08:00"), &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_request_note_get_id (note), >, 0);
  g_assert_true (steward_desk_deliver (f->desk, id, T ("2026-03-12T16:00:00+08:00"), NULL, &error));
  g_assert_true (steward_desk_accept (f->desk, id, T ("2026-03-13T09:30:00+08:00"), NULL, &error));
  g_assert_true (steward_desk_rate (f->desk, id, 5, "响应及时", T ("2026-03-13T09:40:00+08:00"), &error));
  pay (f, id, 50000, "2026-03-16T10:00:00+08:00");
  g_assert_true (steward_desk_settle (f->desk, id, T ("2026-03-16T10:10:00+08:00"), NULL, &error));
  g_assert_no_error (error);

  r = steward_request_repository_load_request (STEWARD_REQUEST_REPOSITORY (f->repo), id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_service_request_get_client_id (r), ==, f->client_id);
  g_assert_cmpint (steward_service_request_get_service (r), ==, STEWARD_SERVICE_CONFIG);
  g_assert_cmpint (steward_service_request_get_config_kind (r), ==, STEWARD_CONFIG_KIND_TEMPLATE);
  g_assert_cmpstr (steward_service_request_get_template_name (r), ==, "ERP 标准模板");
  g_assert_cmpstr (steward_service_request_get_description (r), ==, "生产报表模板定制");
  g_assert_cmpint (steward_service_request_get_state (r), ==, STEWARD_STATE_SETTLED);
  g_assert_cmpint (steward_service_request_get_fee (r), ==, 100000);
  g_assert_cmpint (steward_service_request_get_complexity (r), ==, STEWARD_COMPLEXITY_SIMPLE);
  g_assert_cmpstr (steward_service_request_get_owner (r), ==, "王经理");
  g_assert_cmpint (steward_service_request_get_submitted_at (r), ==, T ("2026-03-09T10:00:00+08:00"));
  g_assert_cmpint (steward_service_request_get_responded_at (r), ==, T ("2026-03-09T10:30:00+08:00"));
  g_assert_cmpint (steward_service_request_get_response_due (r), ==, T ("2026-03-09T12:00:00+08:00"));
  g_assert_cmpint (steward_service_request_get_work_start_at (r), ==, T ("2026-03-10T10:00:00+08:00"));
  /* Work may start Tuesday: a simple project is due at the close of Friday. */
  g_assert_cmpint (steward_service_request_get_delivery_due (r), ==, T ("2026-03-13T18:00:00+08:00"));
  g_assert_cmpint (steward_service_request_get_delivered_at (r), ==, T ("2026-03-12T16:00:00+08:00"));
  g_assert_cmpint (steward_service_request_get_accepted_at (r), ==, T ("2026-03-13T09:30:00+08:00"));
  g_assert_cmpint (steward_service_request_get_settled_at (r), ==, T ("2026-03-16T10:10:00+08:00"));
  g_assert_cmpuint (steward_service_request_get_rating (r), ==, 5);
  g_assert_cmpstr (steward_service_request_get_rating_feedback (r), ==, "响应及时");
  g_assert_cmpint (steward_service_request_get_hold_started_at (r), ==, STEWARD_TIME_NONE);

  payments = steward_request_repository_list_payments (STEWARD_REQUEST_REPOSITORY (f->repo), id, &error);
  g_assert_cmpuint (payments->len, ==, 2);
  g_assert_cmpint (steward_payment_get_amount (g_ptr_array_index (payments, 0)), ==, 50000);
  g_assert_cmpint (steward_payment_get_at (g_ptr_array_index (payments, 1)), ==, T ("2026-03-16T10:00:00+08:00"));
  g_assert_cmpstr (steward_payment_get_reference (g_ptr_array_index (payments, 0)), ==, "HX-2026-031");
  g_assert_cmpint (steward_payment_get_method (g_ptr_array_index (payments, 0)), ==,
                   STEWARD_PAYMENT_METHOD_BANK_TRANSFER);

  audit = steward_request_repository_list_audit (STEWARD_REQUEST_REPOSITORY (f->repo), id, &error);
  /* submitted, review, quote, confirm, payment, start, note?, deliver, accept, rating, payment, settle */
  g_assert_cmpstr (steward_audit_entry_get_from_state (g_ptr_array_index (audit, 0)), ==, "");
  g_assert_cmpstr (steward_audit_entry_get_to_state (g_ptr_array_index (audit, 0)), ==, "submitted");
  g_assert_cmpstr (steward_audit_entry_get_to_state (g_ptr_array_index (audit, 3)), ==, "confirmed");
  g_assert_cmpstr (steward_audit_entry_get_note (g_ptr_array_index (audit, 3)), ==, "方案已确认");
  g_assert_cmpstr (steward_audit_entry_get_who (g_ptr_array_index (audit, 3)), ==, "王经理");
  g_assert_cmpstr (steward_audit_entry_get_to_state (g_ptr_array_index (audit, audit->len - 1)), ==, "settled");

  notes = steward_request_repository_list_notes (STEWARD_REQUEST_REPOSITORY (f->repo), id, &error);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (steward_request_note_get_text (g_ptr_array_index (notes, 0)), ==, "模板第一版已完成");
  g_assert_true (steward_request_note_get_shared (g_ptr_array_index (notes, 0)));
  g_assert_cmpstr (steward_request_note_get_who (g_ptr_array_index (notes, 0)), ==, "王经理");

  /* Both clocks met; due soon 15 business minutes before each deadline. */
  g_assert_true (steward_store_testing_request_sla (f->base.store, id, &due_soon, &delivery_soon,
                                                    &response_met, &delivery_met));
  g_assert_cmpint (due_soon, ==, T ("2026-03-09T11:45:00+08:00"));
  g_assert_cmpint (delivery_soon, ==, T ("2026-03-13T17:45:00+08:00"));
  g_assert_cmpint (response_met, ==, 1);
  g_assert_cmpint (delivery_met, ==, 1);
}

static void
test_feedback (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardProductFeedback) item = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 id = create (f, STEWARD_SERVICE_ADVISOR, "2026-03-09T14:00:00+08:00");

  item = steward_desk_add_feedback (f->desk, id, "报表导出", "希望支持按部门汇总",
                                    T ("2026-03-09T15:00:00+08:00"), &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_product_feedback_get_id (item), >, 0);
  g_assert_cmpint (steward_product_feedback_get_request_id (item), ==, id);

  list = steward_request_repository_list_feedback (STEWARD_REQUEST_REPOSITORY (f->repo), id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (steward_product_feedback_get_area (g_ptr_array_index (list, 0)), ==, "报表导出");
  g_assert_cmpstr (steward_product_feedback_get_text (g_ptr_array_index (list, 0)), ==, "希望支持按部门汇总");
  g_assert_cmpint (steward_product_feedback_get_at (g_ptr_array_index (list, 0)), ==,
                   T ("2026-03-09T15:00:00+08:00"));
}

static void
test_refused_unchanged (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardPayment) line = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id = confirmed_project (f);
  gint64 payments = steward_store_testing_count_rows (f->base.store, "payments");
  gint64 audit = steward_store_testing_count_rows (f->base.store, "request_audit");

  before = steward_store_testing_dump_request (f->base.store, id);

  /* Work cannot start before the ¥500.00 deposit. */
  g_assert_false (steward_desk_start (f->desk, id, T ("2026-03-09T11:30:00+08:00"), NULL, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_clear_error (&error);
  after = steward_store_testing_dump_request (f->base.store, id);
  g_assert_cmpstr (after, ==, before);

  /* ¥1,000.01 on a ¥1,000.00 fee is refused; ¥1,000.00 exactly is accepted below. */
  line = steward_desk_add_payment (f->desk, id, STEWARD_PAYMENT_KIND_PAYMENT, 100001,
                                   STEWARD_PAYMENT_METHOD_THIRD_PARTY, T ("2026-03-09T11:40:00+08:00"),
                                   NULL, &error);
  g_assert_null (line);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);
  after = steward_store_testing_dump_request (f->base.store, id);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (steward_store_testing_count_rows (f->base.store, "payments"), ==, payments);
  g_assert_cmpint (steward_store_testing_count_rows (f->base.store, "request_audit"), ==, audit);

  line = steward_desk_add_payment (f->desk, id, STEWARD_PAYMENT_KIND_PAYMENT, 100000,
                                   STEWARD_PAYMENT_METHOD_THIRD_PARTY, T ("2026-03-09T11:40:00+08:00"),
                                   NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  g_assert_cmpint (steward_store_testing_count_rows (f->base.store, "payments"), ==, payments + 1);
}

/* A note with only blanks breaks the table's CHECK after the request row, a payment and an
 * audit line were written in the same change: all of it must roll back. */
static void
test_failure_mid_change (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardServiceRequest) r = NULL;
  g_autoptr(StewardRequestChange) change = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  StewardPayment *payment;
  StewardAuditEntry *entry;
  gint64 id = confirmed_project (f);

  before = steward_store_testing_dump_request (f->base.store, id);
  r = steward_request_repository_load_request (STEWARD_REQUEST_REPOSITORY (f->repo), id, &error);
  g_assert_no_error (error);
  steward_service_request_set_state (r, STEWARD_STATE_IN_PROGRESS);
  steward_service_request_set_fee (r, 90000);

  change = steward_request_change_new (r);
  payment = steward_payment_new (STEWARD_PAYMENT_KIND_PAYMENT, 50000, STEWARD_PAYMENT_METHOD_BANK_TRANSFER,
                                 T ("2026-03-09T12:00:00+08:00"), NULL, 0);
  entry = steward_audit_entry_new (T ("2026-03-09T12:00:00+08:00"), "王经理", "confirmed", "in-progress", NULL);
  g_ptr_array_add (change->payments, payment);
  g_ptr_array_add (change->audit, entry);
  g_ptr_array_add (change->notes, steward_request_note_new ("   ", FALSE, T ("2026-03-09T12:00:00+08:00"), "王经理"));

  g_assert_false (steward_request_repository_apply_change (STEWARD_REQUEST_REPOSITORY (f->repo), change, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  after = steward_store_testing_dump_request (f->base.store, id);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (steward_payment_get_id (payment), ==, 0);
  g_assert_cmpint (steward_audit_entry_get_id (entry), ==, 0);

  /* And the store still works afterwards: the transaction was closed. */
  pay (f, id, 50000, "2026-03-09T13:00:00+08:00");
}

static void
test_missing_client (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(StewardServiceRequest) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (draft, "client-id", (gint64) 999, "service", STEWARD_SERVICE_ADVISOR, NULL);
  stored = steward_desk_create_request (f->desk, draft, T ("2026-03-09T10:00:00+08:00"), &error);
  g_assert_null (stored);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_cmpint (steward_store_testing_count_rows (f->base.store, "service_requests"), ==, 0);
  g_assert_cmpint (steward_store_testing_count_rows (f->base.store, "request_audit"), ==, 0);
}

static void
test_not_found (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardServiceRequest) r = steward_service_request_new ();
  g_autoptr(StewardRequestChange) change = NULL;
  g_autoptr(StewardServiceRequest) loaded = NULL;

  loaded = steward_request_repository_load_request (STEWARD_REQUEST_REPOSITORY (f->repo), 42, &error);
  g_assert_null (loaded);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_object_set (r, "id", (gint64) 42, "client-id", f->client_id, "submitted-at", (gint64) 1773021600,
                "updated-at", (gint64) 1773021600, NULL);
  change = steward_request_change_new (r);
  g_assert_false (steward_request_repository_apply_change (STEWARD_REQUEST_REPOSITORY (f->repo), change, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
}

/* The client list's summaries follow the requests written through the repository. */
static void
test_client_summary (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardClient) client = NULL;
  gint64 id = confirmed_project (f);
  gint64 advisor = create (f, STEWARD_SERVICE_ADVISOR, "2026-03-09T14:00:00+08:00");
  gint64 other = create (f, STEWARD_SERVICE_ADVISOR, "2026-03-09T14:10:00+08:00");

  g_assert_true (steward_desk_cancel (f->desk, other, STEWARD_DEPOSIT_CHOICE_NONE,
                                      T ("2026-03-09T14:20:00+08:00"), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (advisor, >, 0);
  pay (f, id, 30000, "2026-03-10T09:30:00+08:00");

  client = steward_client_repository_load (STEWARD_CLIENT_REPOSITORY (f->clients), f->client_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steward_client_get_open_requests (client), ==, 2);
  /* ¥1,000.00 agreed, ¥300.00 received: ¥700.00 outstanding; the advisor request has no fee yet. */
  g_assert_cmpint (steward_client_get_outstanding_fen (client), ==, 70000);
  /* The client was saved at the real current time, after these 2026 instants. */
  g_assert_cmpint (steward_client_get_last_activity (client), ==,
                   MAX (steward_client_get_updated_at (client), T ("2026-03-10T09:30:00+08:00")));
  g_clear_object (&client);

  /* A mistaken ¥300.00 line reversed: ¥1,000.00 is owed again. */
  {
    g_autoptr(GPtrArray) lines = steward_request_repository_list_payments (STEWARD_REQUEST_REPOSITORY (f->repo),
                                                                          id, &error);
    g_autoptr(StewardPayment) reversal = NULL;

    reversal = steward_desk_reverse_payment (f->desk, id, steward_payment_get_id (g_ptr_array_index (lines, 0)),
                                             T ("2026-03-10T11:00:00+08:00"), "转账金额错误", &error);
    g_assert_no_error (error);
  }
  client = steward_client_repository_load (STEWARD_CLIENT_REPOSITORY (f->clients), f->client_id, &error);
  g_assert_cmpint (steward_client_get_outstanding_fen (client), ==, 100000);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store-requests/round-trip", test_round_trip);
  ADD ("/store-requests/feedback", test_feedback);
  ADD ("/store-requests/refused-unchanged", test_refused_unchanged);
  ADD ("/store-requests/failure-mid-change", test_failure_mid_change);
  ADD ("/store-requests/missing-client", test_missing_client);
  ADD ("/store-requests/not-found", test_not_found);
  ADD ("/store-requests/client-summary", test_client_summary);
#undef ADD

  return g_test_run ();
}
