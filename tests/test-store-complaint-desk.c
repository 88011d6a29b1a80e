/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "steward-complaint-desk.h"
#include "steward-error.h"
#include "steward-store-clients.h"
#include "steward-store-complaints.h"
#include "steward-store-requests.h"
#include "steward-store-testing.h"
#include "test-store-util.h"

/* The complaint desk on the SQLite store: both repositories share one StewardStore, so a
 * remedy and the complaint are written in one transaction. */

typedef struct {
  StoreFixture            base;
  StewardStoreClients    *clients;
  StewardCalendar        *calendar;
  StewardStoreRequests   *requests;
  StewardStoreComplaints *complaints;
  StewardDesk            *desk;
  StewardComplaintDesk   *complaint_desk;
  gint64                  client_id;
  gint64                  request_id;   /* config, ¥3,000.00, deposit ¥1,500.00 paid */
  gint64                  complaint_id; /* accepted, linked to request_id */
} Fixture;

static gint64
T (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

static gint64
paid_request (Fixture *f)
{
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(StewardServiceRequest) stored = NULL;
  g_autoptr(StewardPayment) line = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_object_set (draft, "client-id", f->client_id, "service", STEWARD_SERVICE_CONFIG,
                "config-kind", STEWARD_CONFIG_KIND_TEMPLATE, "template-name", "ERP",
                "description", "ERP 模板配置", NULL);
  stored = steward_desk_create_request (f->desk, draft, T ("2026-03-02T10:00:00+08:00"), &error);
  g_assert_no_error (error);
  id = steward_service_request_get_id (stored);
  g_assert_true (steward_desk_review (f->desk, id, T ("2026-03-02T11:00:00+08:00"), NULL, &error));
  g_assert_true (steward_desk_quote (f->desk, id, 300000, 0, STEWARD_COMPLEXITY_COMPLEX, STEWARD_TIER_NONE,
                                     T ("2026-03-02T11:00:00+08:00"), NULL, &error));
  g_assert_true (steward_desk_confirm (f->desk, id, T ("2026-03-02T12:00:00+08:00"), NULL, &error));
  g_assert_no_error (error);
  line = steward_desk_add_payment (f->desk, id, STEWARD_PAYMENT_KIND_PAYMENT, 150000,
                                   STEWARD_PAYMENT_METHOD_THIRD_PARTY, T ("2026-03-03T10:00:00+08:00"),
                                   "ALIPAY-1", &error);
  g_assert_no_error (error);
  return id;
}

static gint64
accepted_complaint (Fixture *f)
{
  g_autoptr(StewardComplaint) draft = steward_complaint_new ();
  g_autoptr(StewardComplaint) received = NULL;
  g_autoptr(StewardComplaint) accepted = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (draft, "client-id", f->client_id, "request-id", f->request_id,
                "channel", STEWARD_COMPLAINT_CHANNEL_HOTLINE, "summary", "配置缺少税务字段",
                "received-at", T ("2026-03-10T09:00:00+08:00"), NULL);
  received = steward_complaint_desk_receive (f->complaint_desk, draft, &error);
  g_assert_no_error (error);
  accepted = steward_complaint_desk_accept (f->complaint_desk, steward_complaint_get_id (received),
                                            T ("2026-03-10T10:00:00+08:00"), &error);
  g_assert_no_error (error);
  return steward_complaint_get_id (accepted);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(StewardClient) client = NULL;

  store_fixture_setup (&f->base, data);
  f->clients = steward_store_clients_new (f->base.store);
  f->calendar = steward_calendar_new (NULL);
  f->requests = steward_store_requests_new (f->base.store, f->calendar);
  f->complaints = steward_store_complaints_new (f->base.store);
  f->desk = steward_desk_new (STEWARD_REQUEST_REPOSITORY (f->requests), f->calendar, NULL, "王经理");
  f->complaint_desk = steward_complaint_desk_new (STEWARD_COMPLAINT_REPOSITORY (f->complaints), f->desk);

  client = add_client (STEWARD_CLIENT_REPOSITORY (f->clients), "云帆科技", "张伟", "13800138000", "zw@yunfan.cn");
  f->client_id = steward_client_get_id (client);
  f->request_id = paid_request (f);
  f->complaint_id = accepted_complaint (f);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_object (&f->complaint_desk);
  g_clear_object (&f->desk);
  g_clear_object (&f->complaints);
  g_clear_object (&f->requests);
  g_clear_object (&f->calendar);
  g_clear_object (&f->clients);
  store_fixture_teardown (&f->base, data);
}

static gint64
rows (Fixture    *f,
      const char *table)
{
  return steward_store_testing_count_rows (f->base.store, table);
}

static StewardComplaint *
load_complaint (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  StewardComplaint *c = steward_complaint_repository_load (STEWARD_COMPLAINT_REPOSITORY (f->complaints),
                                                           f->complaint_id, &error);

  g_assert_no_error (error);
  return c;
}

static void
test_reservice (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(StewardComplaint) resolved = NULL;
  g_autoptr(StewardComplaint) stored = NULL;
  g_autoptr(StewardServiceRequest) created = NULL;
  g_autoptr(GError) error = NULL;

  resolved = steward_complaint_desk_resolve (f->complaint_desk, f->complaint_id, T ("2026-03-11T09:00:00+08:00"),
                                             "Redone for free", STEWARD_REMEDY_RESERVICE, 0, 0, &error);
  g_assert_no_error (error);

  stored = load_complaint (f);
  g_assert_cmpint (steward_complaint_get_remedy (stored), ==, STEWARD_REMEDY_RESERVICE);
  g_assert_cmpint (steward_complaint_get_resolved_at (stored), ==, 1773190800);   /* 2026-03-11 09:00 */
  created = steward_desk_load_request (f->desk, steward_complaint_get_remedy_request_id (stored), &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_service_request_get_fee (created), ==, 0);
  g_assert_cmpint (steward_service_request_get_remedy_of_complaint (created), ==, f->complaint_id);
  g_assert_cmpint (steward_service_request_get_client_id (created), ==, f->client_id);
  g_assert_cmpint (steward_service_request_get_state (created), ==, STEWARD_STATE_UNDER_REVIEW);
  g_assert_cmpint (rows (f, "service_requests"), ==, 2);
}

static void
test_refund (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(StewardComplaint) refused = NULL;
  g_autoptr(StewardComplaint) resolved = NULL;
  g_autoptr(StewardComplaint) stored = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autoptr(GError) error = NULL;
  StewardPayment *line;

  refused = steward_complaint_desk_resolve (f->complaint_desk, f->complaint_id, T ("2026-03-11T09:00:00+08:00"),
                                            "Refund", STEWARD_REMEDY_PARTIAL_REFUND, 150001,
                                            STEWARD_PAYMENT_METHOD_THIRD_PARTY, &error);
  g_assert_null (refused);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_cmpstr (error->message, ==,
                   "A partial refund of ¥1,500.01 is more than the ¥1,500.00 received on the request");
  g_assert_cmpint (rows (f, "payments"), ==, 1);
  stored = load_complaint (f);
  g_assert_cmpint (steward_complaint_get_state (stored), ==, STEWARD_COMPLAINT_STATE_ACCEPTED);
  g_clear_error (&error);

  resolved = steward_complaint_desk_resolve (f->complaint_desk, f->complaint_id, T ("2026-03-11T09:00:00+08:00"),
                                             "Refund", STEWARD_REMEDY_PARTIAL_REFUND, 150000,
                                             STEWARD_PAYMENT_METHOD_THIRD_PARTY, &error);
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = load_complaint (f);
  g_assert_cmpint (steward_complaint_get_refund_amount (stored), ==, 150000);
  g_assert_cmpint (steward_complaint_get_state (stored), ==, STEWARD_COMPLAINT_STATE_RESOLVED);

  payments = steward_request_repository_list_payments (STEWARD_REQUEST_REPOSITORY (f->requests), f->request_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (payments->len, ==, 2);
  line = g_ptr_array_index (payments, 1);
  g_assert_cmpint (steward_payment_get_kind (line), ==, STEWARD_PAYMENT_KIND_ADJUSTMENT);
  g_assert_cmpint (steward_payment_get_amount (line), ==, 150000);
  g_assert_cmpint (steward_payment_get_at (line), ==, 1773190800);
}

static void
test_all_or_nothing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(StewardComplaint) refused = NULL;
  g_autoptr(StewardComplaint) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 audit_before = rows (f, "request_audit");

  /* The complaint's own save fails after the re-service request was written: the request goes
   * too, because both are in the complaint repository's transaction. */
  g_assert_true (steward_store_testing_exec (f->base.store,
                                             "CREATE TEMP TRIGGER fail_complaint BEFORE UPDATE ON complaints "
                                             "BEGIN SELECT RAISE (ABORT, 'disk full (test)'); END",
                                             &error));
  g_assert_no_error (error);

  refused = steward_complaint_desk_resolve (f->complaint_desk, f->complaint_id, T ("2026-03-11T09:00:00+08:00"),
                                            "Redone for free", STEWARD_REMEDY_RESERVICE, 0, 0, &error);
  g_assert_null (refused);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_cmpint (rows (f, "service_requests"), ==, 1);
  g_assert_cmpint (rows (f, "request_audit"), ==, audit_before);
  stored = load_complaint (f);
  g_assert_cmpint (steward_complaint_get_state (stored), ==, STEWARD_COMPLAINT_STATE_ACCEPTED);
  g_assert_cmpint (steward_complaint_get_remedy (stored), ==, STEWARD_REMEDY_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/store/complaint-desk/" name, Fixture, NULL, setup, func, teardown)
  ADD ("reservice", test_reservice);
  ADD ("refund", test_refund);
  ADD ("all-or-nothing", test_all_or_nothing);
#undef ADD

  return g_test_run ();
}
