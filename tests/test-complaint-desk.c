/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fake-complaint-repository.h"
#include "fake-request-repository.h"
#include "steward-complaint-desk.h"
#include "steward-enums.h"
#include "steward-error.h"

#define CLIENT       1
#define OTHER_CLIENT 2

typedef struct {
  FakeRequestRepository   *requests;
  FakeComplaintRepository *complaints;
  StewardCalendar         *calendar;
  StewardDesk             *desk;
  StewardComplaintDesk    *complaint_desk;
  gint64                   request_id;   /* config, ¥3,000.00, deposit ¥1,500.00 paid */
  char                    *before;
  guint                    saves_before;
} Fixture;

static gint64
T (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

/* A config request of @client_id, quoted ¥3,000.00 (complex) and confirmed, deposit paid. */
static gint64
paid_request (Fixture *f,
              gint64   client_id)
{
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(StewardServiceRequest) stored = NULL;
  g_autoptr(StewardPayment) line = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_object_set (draft, "client-id", client_id, "service", STEWARD_SERVICE_CONFIG,
                "priority", STEWARD_PRIORITY_URGENT, "channel", STEWARD_CHANNEL_EMAIL,
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
                                   STEWARD_PAYMENT_METHOD_BANK_TRANSFER, T ("2026-03-03T10:00:00+08:00"),
                                   "TX-001", &error);
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->requests = fake_request_repository_new ();
  f->complaints = fake_complaint_repository_new ();
  f->calendar = steward_calendar_new (NULL);
  f->desk = steward_desk_new (STEWARD_REQUEST_REPOSITORY (f->requests), f->calendar, NULL, "王经理");
  f->complaint_desk = steward_complaint_desk_new (STEWARD_COMPLAINT_REPOSITORY (f->complaints), f->desk);
  f->request_id = paid_request (f, CLIENT);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->complaint_desk);
  g_clear_object (&f->desk);
  g_clear_object (&f->calendar);
  g_clear_object (&f->complaints);
  g_clear_object (&f->requests);
  g_clear_pointer (&f->before, g_free);
}

static void
snapshot (Fixture *f)
{
  g_free (f->before);
  f->before = fake_request_repository_dump (f->requests);
  f->saves_before = fake_complaint_repository_get_save_count (f->complaints);
}

/* A refused call: the error, and nothing written in either repository. */
static void
expect_refused (Fixture          *f,
                StewardComplaint *result,
                GError           *error,
                int               code,
                const char       *message)
{
  g_autofree char *after = fake_request_repository_dump (f->requests);

  g_assert_null (result);
  g_assert_error (error, STEWARD_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpstr (after, ==, f->before);
  g_assert_cmpuint (fake_complaint_repository_get_save_count (f->complaints), ==, f->saves_before);
}

static gint64
receive (Fixture *f,
         gint64   request_id)
{
  g_autoptr(StewardComplaint) draft = steward_complaint_new ();
  g_autoptr(StewardComplaint) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (draft, "client-id", (gint64) CLIENT, "request-id", request_id,
                "channel", STEWARD_COMPLAINT_CHANNEL_EMAIL, "summary", "报表数据错误",
                "details", "The ERP template misses the tax field",
                "received-at", T ("2026-03-10T09:00:00+08:00"),
                /* Ignored: a new complaint starts received. */
                "state", STEWARD_COMPLAINT_STATE_CLOSED, NULL);
  stored = steward_complaint_desk_receive (f->complaint_desk, draft, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_complaint_get_state (stored), ==, STEWARD_COMPLAINT_STATE_RECEIVED);
  return steward_complaint_get_id (stored);
}

static gint64
receive_and_accept (Fixture *f,
                    gint64   request_id)
{
  g_autoptr(StewardComplaint) accepted = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = receive (f, request_id);

  accepted = steward_complaint_desk_accept (f->complaint_desk, id, T ("2026-03-10T11:00:00+08:00"), &error);
  g_assert_no_error (error);
  return id;
}

static StewardComplaint *
load_complaint (Fixture *f,
                gint64   id)
{
  g_autoptr(GError) error = NULL;
  StewardComplaint *c = steward_complaint_repository_load (STEWARD_COMPLAINT_REPOSITORY (f->complaints), id, &error);

  g_assert_no_error (error);
  return c;
}

static void
test_steps (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(StewardComplaint) refused = NULL;
  g_autoptr(StewardComplaint) resolved = NULL;
  g_autoptr(StewardComplaint) closed = NULL;
  g_autoptr(StewardComplaint) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = receive (f, f->request_id);

  /* Out of order: resolve or close a received complaint. */
  snapshot (f);
  refused = steward_complaint_desk_resolve (f->complaint_desk, id, T ("2026-03-10T10:00:00+08:00"), "Fixed",
                                            STEWARD_REMEDY_NONE, 0, 0, &error);
  expect_refused (f, refused, error, STEWARD_ERROR_RULE,
                  "Only an accepted complaint can be resolved; this one is “Received”");
  g_clear_error (&error);
  refused = steward_complaint_desk_close (f->complaint_desk, id, T ("2026-03-10T10:00:00+08:00"), &error);
  expect_refused (f, refused, error, STEWARD_ERROR_RULE,
                  "Only a resolved complaint can be closed; this one is “Received”");
  g_clear_error (&error);

  g_clear_object (&stored);
  stored = steward_complaint_desk_accept (f->complaint_desk, id, T ("2026-03-10T11:00:00+08:00"), &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_complaint_get_accepted_at (stored), ==, 1773111600);   /* 2026-03-10 11:00 */

  snapshot (f);
  refused = steward_complaint_desk_accept (f->complaint_desk, id, T ("2026-03-10T12:00:00+08:00"), &error);
  expect_refused (f, refused, error, STEWARD_ERROR_RULE,
                  "Only a received complaint can be accepted; this one is “Accepted”");
  g_clear_error (&error);

  resolved = steward_complaint_desk_resolve (f->complaint_desk, id, T ("2026-03-11T09:00:00+08:00"),
                                             "Template corrected", STEWARD_REMEDY_NONE, 0, 0, &error);
  g_assert_no_error (error);
  closed = steward_complaint_desk_close (f->complaint_desk, id, T ("2026-03-12T09:00:00+08:00"), &error);
  g_assert_no_error (error);

  g_clear_object (&stored);
  stored = load_complaint (f, id);
  g_assert_cmpint (steward_complaint_get_state (stored), ==, STEWARD_COMPLAINT_STATE_CLOSED);
  g_assert_cmpint (steward_complaint_get_received_at (stored), ==, 1773104400);   /* 2026-03-10 09:00 */
  g_assert_cmpint (steward_complaint_get_resolved_at (stored), ==, 1773190800);   /* 2026-03-11 09:00 */
  g_assert_cmpint (steward_complaint_get_closed_at (stored), ==, 1773277200);     /* 2026-03-12 09:00 */
  g_assert_cmpstr (steward_complaint_get_solution (stored), ==, "Template corrected");
  g_assert_cmpint (steward_complaint_get_remedy (stored), ==, STEWARD_REMEDY_NONE);
  /* No remedy: the request store was not touched by the complaint. */
  g_assert_cmpuint (fake_request_repository_count (f->requests, "requests"), ==, 1);
}

static void
test_receive_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(StewardComplaint) draft = steward_complaint_new ();
  g_autoptr(StewardComplaint) refused = NULL;
  g_autoptr(GError) error = NULL;
  gint64 other = paid_request (f, OTHER_CLIENT);

  g_object_set (draft, "client-id", (gint64) CLIENT, "summary", "Late",
                "received-at", T ("2026-03-10T09:00:00+08:00"), NULL);

  snapshot (f);
  g_object_set (draft, "request-id", other, NULL);
  refused = steward_complaint_desk_receive (f->complaint_desk, draft, &error);
  expect_refused (f, refused, error, STEWARD_ERROR_INVALID,
                  "Request #2 belongs to another client; a complaint can be linked only to a "
                  "request of the client it is about");
  g_clear_error (&error);

  g_object_set (draft, "request-id", (gint64) 99, NULL);
  refused = steward_complaint_desk_receive (f->complaint_desk, draft, &error);
  g_assert_null (refused);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_object_set (draft, "request-id", (gint64) 0, "summary", "  ", NULL);
  refused = steward_complaint_desk_receive (f->complaint_desk, draft, &error);
  expect_refused (f, refused, error, STEWARD_ERROR_INVALID, "A complaint needs a summary");
}

static void
test_reservice (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(StewardComplaint) resolved = NULL;
  g_autoptr(StewardComplaint) again = NULL;
  g_autoptr(StewardServiceRequest) created = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = receive_and_accept (f, f->request_id);
  gint64 new_id;

  resolved = steward_complaint_desk_resolve (f->complaint_desk, id, T ("2026-03-11T09:00:00+08:00"),
                                             "We redo the configuration for free",
                                             STEWARD_REMEDY_RESERVICE, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_complaint_get_state (resolved), ==, STEWARD_COMPLAINT_STATE_RESOLVED);
  g_assert_cmpint (steward_complaint_get_remedy (resolved), ==, STEWARD_REMEDY_RESERVICE);
  new_id = steward_complaint_get_remedy_request_id (resolved);
  g_assert_cmpint (new_id, ==, 2);

  /* A new request of the same client and service, fee 0, linked to the complaint, reviewed
   * and quoted; the original's details and complexity carried over. */
  created = steward_desk_load_request (f->desk, new_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_service_request_get_client_id (created), ==, CLIENT);
  g_assert_cmpint (steward_service_request_get_service (created), ==, STEWARD_SERVICE_CONFIG);
  g_assert_cmpint (steward_service_request_get_fee (created), ==, 0);
  g_assert_cmpint (steward_service_request_get_surcharge (created), ==, 0);
  g_assert_cmpint (steward_service_request_get_remedy_of_complaint (created), ==, id);
  g_assert_cmpint (steward_service_request_get_state (created), ==, STEWARD_STATE_UNDER_REVIEW);
  g_assert_cmpint (steward_service_request_get_priority (created), ==, STEWARD_PRIORITY_URGENT);
  g_assert_cmpint (steward_service_request_get_complexity (created), ==, STEWARD_COMPLEXITY_COMPLEX);
  g_assert_cmpstr (steward_service_request_get_template_name (created), ==, "ERP");
  g_assert_cmpstr (steward_service_request_get_description (created), ==,
                   "Free re-service for complaint: 报表数据错误");
  g_assert_cmpint (steward_service_request_get_submitted_at (created), ==, 1773190800);

  audit = steward_request_repository_list_audit (STEWARD_REQUEST_REPOSITORY (f->requests), new_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (audit->len, ==, 3);
  g_assert_cmpstr (steward_audit_entry_get_to_state (g_ptr_array_index (audit, 2)), ==, "quote");

  /* The remedy is chosen once. */
  snapshot (f);
  again = steward_complaint_desk_resolve (f->complaint_desk, id, T ("2026-03-11T10:00:00+08:00"), "Again",
                                          STEWARD_REMEDY_RESERVICE, 0, 0, &error);
  expect_refused (f, again, error, STEWARD_ERROR_RULE,
                  "Only an accepted complaint can be resolved; this one is “Resolved”");
}

static void
test_refund (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(StewardComplaint) refused = NULL;
  g_autoptr(StewardComplaint) resolved = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autoptr(GError) error = NULL;
  StewardLedger ledger;
  StewardPayment *line;
  gint64 id = receive_and_accept (f, f->request_id);

  /* ¥1,500.00 was received: ¥1,500.01 is one fen too many, and nothing is written. */
  snapshot (f);
  refused = steward_complaint_desk_resolve (f->complaint_desk, id, T ("2026-03-11T09:00:00+08:00"), "Refund",
                                            STEWARD_REMEDY_PARTIAL_REFUND, 150001,
                                            STEWARD_PAYMENT_METHOD_BANK_TRANSFER, &error);
  expect_refused (f, refused, error, STEWARD_ERROR_RULE,
                  "A partial refund of ¥1,500.01 is more than the ¥1,500.00 received on the request");
  g_clear_error (&error);
  g_clear_object (&refused);
  refused = load_complaint (f, id);
  g_assert_cmpint (steward_complaint_get_state (refused), ==, STEWARD_COMPLAINT_STATE_ACCEPTED);

  resolved = steward_complaint_desk_resolve (f->complaint_desk, id, T ("2026-03-11T09:00:00+08:00"), "Refund",
                                             STEWARD_REMEDY_PARTIAL_REFUND, 150000,
                                             STEWARD_PAYMENT_METHOD_BANK_TRANSFER, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_complaint_get_remedy (resolved), ==, STEWARD_REMEDY_PARTIAL_REFUND);
  g_assert_cmpint (steward_complaint_get_refund_amount (resolved), ==, 150000);

  /* The refund is an adjustment line on the request's payments. */
  payments = steward_request_repository_list_payments (STEWARD_REQUEST_REPOSITORY (f->requests), f->request_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (payments->len, ==, 2);
  line = g_ptr_array_index (payments, 1);
  g_assert_cmpint (steward_payment_get_kind (line), ==, STEWARD_PAYMENT_KIND_ADJUSTMENT);
  g_assert_cmpint (steward_payment_get_amount (line), ==, 150000);
  g_assert_cmpint (steward_payment_get_method (line), ==, STEWARD_PAYMENT_METHOD_BANK_TRANSFER);
  g_assert_cmpint (steward_payment_get_at (line), ==, 1773190800);
  g_assert_cmpstr (steward_payment_get_reference (line), ==, "Partial refund for complaint #1");

  g_assert_true (steward_desk_get_ledger (f->desk, f->request_id, &ledger, &error));
  g_assert_cmpint (ledger.net_fee, ==, 150000);
  g_assert_cmpint (ledger.net_received, ==, 0);
  g_assert_cmpuint (fake_request_repository_count (f->requests, "requests"), ==, 1);
}

static void
test_remedy_needs_request (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(StewardComplaint) refused = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = receive_and_accept (f, 0);

  snapshot (f);
  refused = steward_complaint_desk_resolve (f->complaint_desk, id, T ("2026-03-11T09:00:00+08:00"), "Refund",
                                            STEWARD_REMEDY_PARTIAL_REFUND, 100,
                                            STEWARD_PAYMENT_METHOD_THIRD_PARTY, &error);
  expect_refused (f, refused, error, STEWARD_ERROR_RULE,
                  "A remedy needs the complaint to be linked to a service request");
  g_clear_error (&error);

  refused = steward_complaint_desk_resolve (f->complaint_desk, id, T ("2026-03-11T09:00:00+08:00"), "Redo",
                                            STEWARD_REMEDY_RESERVICE, 0, 0, &error);
  expect_refused (f, refused, error, STEWARD_ERROR_RULE,
                  "A remedy needs the complaint to be linked to a service request");
}

static void
test_storage_failure (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(StewardComplaint) refused = NULL;
  g_autoptr(StewardComplaint) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = receive_and_accept (f, f->request_id);

  /* The adjustment is the first write: when it fails, the complaint is not resolved either. */
  snapshot (f);
  fake_request_repository_fail_next (f->requests);
  refused = steward_complaint_desk_resolve (f->complaint_desk, id, T ("2026-03-11T09:00:00+08:00"), "Refund",
                                            STEWARD_REMEDY_PARTIAL_REFUND, 100,
                                            STEWARD_PAYMENT_METHOD_BANK_TRANSFER, &error);
  g_assert_null (refused);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_cmpuint (fake_complaint_repository_get_save_count (f->complaints), ==, f->saves_before);
  stored = load_complaint (f, id);
  g_assert_cmpint (steward_complaint_get_state (stored), ==, STEWARD_COMPLAINT_STATE_ACCEPTED);
  g_assert_cmpint (steward_complaint_get_remedy (stored), ==, STEWARD_REMEDY_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/complaint-desk/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("steps", test_steps);
  ADD ("receive-refused", test_receive_refused);
  ADD ("reservice", test_reservice);
  ADD ("refund", test_refund);
  ADD ("remedy-needs-request", test_remedy_needs_request);
  ADD ("storage-failure", test_storage_failure);
#undef ADD

  return g_test_run ();
}
