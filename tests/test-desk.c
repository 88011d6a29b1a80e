/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "fake-request-repository.h"
#include "steward-desk.h"
#include "steward-enums.h"
#include "steward-error.h"

typedef struct {
  FakeRequestRepository *repo;
  StewardCalendar       *calendar;
  StewardDesk           *desk;
  char                  *before;   /* the store before a refused operation */
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
  f->repo = fake_request_repository_new ();
  f->calendar = steward_calendar_new (NULL);
  f->desk = steward_desk_new (STEWARD_REQUEST_REPOSITORY (f->repo), f->calendar, NULL, "王经理");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->desk);
  g_clear_object (&f->calendar);
  g_clear_object (&f->repo);
  g_clear_pointer (&f->before, g_free);
}

/* Remembers the whole store; expect_unchanged() checks that a refused call wrote nothing. */
static void
snapshot (Fixture *f)
{
  g_free (f->before);
  f->before = fake_request_repository_dump (f->repo);
}

static void
expect_unchanged (Fixture    *f,
                  GError     *error,
                  int         code,
                  const char *message)
{
  g_autofree char *after = fake_request_repository_dump (f->repo);

  g_assert_error (error, STEWARD_ERROR, code);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpstr (after, ==, f->before);
}

static gint64
create (Fixture        *f,
        StewardService  service,
        gint64          client_id,
        gint64          at)
{
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(StewardServiceRequest) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (draft, "client-id", client_id, "service", service,
                "description", "打印机无法连接", NULL);
  if (service == STEWARD_SERVICE_REMOTE)
    g_object_set (draft, "os", STEWARD_OS_WINDOWS, "data-terms-agreed", TRUE, NULL);
  if (service == STEWARD_SERVICE_CONFIG)
    g_object_set (draft, "config-kind", STEWARD_CONFIG_KIND_TEMPLATE,
                  "template-name", "ERP", NULL);

  stored = steward_desk_create_request (f->desk, draft, at, &error);
  g_assert_no_error (error);
  return steward_service_request_get_id (stored);
}

static StewardServiceRequest *
load (Fixture *f,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  StewardServiceRequest *r = steward_desk_load_request (f->desk, id, &error);

  g_assert_no_error (error);
  return r;
}

static StewardState
state_of (Fixture *f,
          gint64   id)
{
  g_autoptr(StewardServiceRequest) r = load (f, id);

  return steward_service_request_get_state (r);
}

static void
pay (Fixture *f,
     gint64   id,
     gint64   amount,
     gint64   at)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardPayment) line = NULL;

  line = steward_desk_add_payment (f->desk, id, STEWARD_PAYMENT_KIND_PAYMENT, amount,
                                   STEWARD_PAYMENT_METHOD_BANK_TRANSFER, at, "BOC-001", &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_payment_get_id (line), >, 0);
}

/* A ¥1,000.01 simple configuration project, confirmed Monday 2026-03-09 10:00. */
static gint64
confirmed_config (Fixture *f)
{
  gint64 id = create (f, STEWARD_SERVICE_CONFIG, 1, T ("2026-03-09T09:30:00+08:00"));

  g_assert_true (steward_desk_review (f->desk, id, T ("2026-03-09T09:40:00+08:00"), NULL, NULL));
  g_assert_true (steward_desk_quote (f->desk, id, 100001, 0, STEWARD_COMPLEXITY_SIMPLE,
                                     STEWARD_TIER_NONE, T ("2026-03-09T09:50:00+08:00"), NULL, NULL));
  g_assert_true (steward_desk_confirm (f->desk, id, T ("2026-03-09T10:00:00+08:00"), NULL, NULL));
  return id;
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(StewardServiceRequest) r = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  gint64 id = create (f, STEWARD_SERVICE_ADVISOR, 1, T ("2026-03-09T10:00:00+08:00"));

  g_assert_cmpint (id, ==, 1);
  r = load (f, id);
  g_assert_cmpint (steward_service_request_get_state (r), ==, STEWARD_STATE_SUBMITTED);
  g_assert_cmpint (steward_service_request_get_category (r), ==, STEWARD_CATEGORY_SUPPORT);
  g_assert_cmpstr (steward_service_request_get_owner (r), ==, "王经理");
  /* Standard: two business hours, 10:00 → 12:00 (the end of the morning window). */
  g_assert_cmpint (steward_service_request_get_response_due (r), ==, T ("2026-03-09T12:00:00+08:00"));
  g_assert_cmpint (steward_service_request_get_responded_at (r), ==, STEWARD_TIME_NONE);

  audit = steward_request_repository_list_audit (STEWARD_REQUEST_REPOSITORY (f->repo), id, NULL);
  g_assert_cmpuint (audit->len, ==, 1);
  g_assert_cmpstr (steward_audit_entry_get_from_state (audit->pdata[0]), ==, "");
  g_assert_cmpstr (steward_audit_entry_get_to_state (audit->pdata[0]), ==, "submitted");
  g_assert_cmpstr (steward_audit_entry_get_who (audit->pdata[0]), ==, "王经理");
  g_assert_cmpint (steward_audit_entry_get_request_id (audit->pdata[0]), ==, 1);
}

static void
test_create_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(GError) error = NULL;

  snapshot (f);
  g_object_set (draft, "client-id", (gint64) 1, "service", STEWARD_SERVICE_REMOTE, NULL);
  g_assert_null (steward_desk_create_request (f->desk, draft, T ("2026-03-09T10:00:00+08:00"), &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE,
                    "Remote assistance needs the client's operating system: Windows, macOS or Linux");
  g_clear_error (&error);

  /* An after-hours emergency submitted inside business hours. */
  g_object_set (draft, "os", STEWARD_OS_MACOS, "data-terms-agreed", TRUE,
                "priority", STEWARD_PRIORITY_URGENT, "emergency", TRUE, NULL);
  g_assert_null (steward_desk_create_request (f->desk, draft, T ("2026-03-09T10:00:00+08:00"), &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE, NULL);
  g_clear_error (&error);

  /* The same at 21:00 is an emergency, due 30 clock minutes later. */
  {
    g_autoptr(StewardServiceRequest) r =
      steward_desk_create_request (f->desk, draft, T ("2026-03-09T21:00:00+08:00"), &error);

    g_assert_no_error (error);
    g_assert_cmpint (steward_service_request_get_response_due (r), ==, T ("2026-03-09T21:30:00+08:00"));
  }
  g_assert_cmpuint (fake_request_repository_count (f->repo, "requests"), ==, 1);
}

static void
test_full_path (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardServiceRequest) r = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  StewardLedger ledger;
  gint64 id = confirmed_config (f);

  r = load (f, id);
  g_assert_cmpint (steward_service_request_get_responded_at (r), ==, T ("2026-03-09T09:40:00+08:00"));
  g_assert_cmpint (steward_service_request_get_work_start_at (r), ==, STEWARD_TIME_NONE);
  g_clear_object (&r);

  /* The deposit of ¥1,000.01 is ¥500.01, paid in two lines. */
  pay (f, id, 30000, T ("2026-03-09T11:00:00+08:00"));
  snapshot (f);
  g_assert_false (steward_desk_start (f->desk, id, T ("2026-03-09T11:30:00+08:00"), NULL, &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE,
                    "Cannot start request #1: the deposit of ¥500.01 has not been received (¥300.00 paid)");
  g_clear_error (&error);

  pay (f, id, 20001, T ("2026-03-10T10:00:00+08:00"));
  r = load (f, id);
  /* Work may start on Tuesday 10:00, day 0: simple is due Friday at close of business. */
  g_assert_cmpint (steward_service_request_get_work_start_at (r), ==, T ("2026-03-10T10:00:00+08:00"));
  g_assert_cmpint (steward_service_request_get_delivery_due (r), ==, T ("2026-03-13T18:00:00+08:00"));
  g_clear_object (&r);

  g_assert_true (steward_desk_start (f->desk, id, T ("2026-03-10T10:05:00+08:00"), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (steward_desk_deliver (f->desk, id, T ("2026-03-12T17:00:00+08:00"), NULL, NULL));
  g_assert_true (steward_desk_accept (f->desk, id, T ("2026-03-13T09:00:00+08:00"), "OK", NULL));

  snapshot (f);
  g_assert_false (steward_desk_settle (f->desk, id, T ("2026-03-13T10:00:00+08:00"), NULL, &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE,
                    "Cannot settle request #1: ¥500.01 of the net fee ¥1,000.01 has been received "
                    "(¥500.00 outstanding)");
  g_clear_error (&error);

  g_assert_null (steward_desk_add_payment (f->desk, id, STEWARD_PAYMENT_KIND_PAYMENT, 50001,
                                           STEWARD_PAYMENT_METHOD_THIRD_PARTY,
                                           T ("2026-03-13T10:00:00+08:00"), NULL, &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE,
                    "Cannot record a payment of ¥500.01 on request #1: it would exceed the net fee "
                    "of ¥1,000.01 (¥500.01 received, ¥500.00 outstanding)");
  g_clear_error (&error);

  pay (f, id, 50000, T ("2026-03-13T10:00:00+08:00"));
  g_assert_true (steward_desk_settle (f->desk, id, T ("2026-03-13T11:00:00+08:00"), NULL, &error));
  g_assert_no_error (error);

  r = load (f, id);
  g_assert_cmpint (steward_service_request_get_state (r), ==, STEWARD_STATE_SETTLED);
  g_assert_cmpint (steward_service_request_get_delivered_at (r), ==, T ("2026-03-12T17:00:00+08:00"));
  g_assert_cmpint (steward_service_request_get_settled_at (r), ==, T ("2026-03-13T11:00:00+08:00"));
  g_assert_true (steward_desk_get_ledger (f->desk, id, &ledger, NULL));
  g_assert_cmpint (ledger.net_received, ==, 100001);

  /* submitted, review, quote, confirm, 3 payments, start, deliver, accept, settle */
  audit = steward_request_repository_list_audit (STEWARD_REQUEST_REPOSITORY (f->repo), id, NULL);
  g_assert_cmpuint (audit->len, ==, 11);
  g_assert_cmpstr (steward_audit_entry_get_from_state (audit->pdata[6]), ==, "confirmed");
  g_assert_cmpstr (steward_audit_entry_get_to_state (audit->pdata[6]), ==, "in-progress");
  g_assert_cmpint (steward_audit_entry_get_at (audit->pdata[6]), ==, T ("2026-03-10T10:05:00+08:00"));
  g_assert_cmpstr (steward_audit_entry_get_to_state (audit->pdata[4]), ==, "payment");
  g_assert_cmpstr (steward_audit_entry_get_note (audit->pdata[4]), ==, "300.00; BOC-001");
}

static void
test_rating (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardServiceRequest) r = NULL;
  gint64 id = create (f, STEWARD_SERVICE_REPORT, 1, T ("2026-03-09T10:00:00+08:00"));

  g_assert_true (steward_desk_review (f->desk, id, T ("2026-03-09T10:10:00+08:00"), NULL, NULL));
  g_assert_true (steward_desk_quote (f->desk, id, 0, 0, STEWARD_COMPLEXITY_NONE, STEWARD_TIER_BASIC,
                                     T ("2026-03-09T10:20:00+08:00"), NULL, NULL));
  g_assert_true (steward_desk_confirm (f->desk, id, T ("2026-03-09T10:30:00+08:00"), NULL, NULL));

  snapshot (f);
  g_assert_false (steward_desk_rate (f->desk, id, 5, NULL, T ("2026-03-09T10:40:00+08:00"), &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE,
                    "Cannot rate request #1: it is “Confirmed”; a request is rated once accepted");
  g_clear_error (&error);

  /* A basic report costs 0: no deposit needed. */
  g_assert_true (steward_desk_start (f->desk, id, T ("2026-03-09T11:00:00+08:00"), NULL, NULL));
  g_assert_true (steward_desk_deliver (f->desk, id, T ("2026-03-09T15:00:00+08:00"), NULL, NULL));
  g_assert_true (steward_desk_accept (f->desk, id, T ("2026-03-09T16:00:00+08:00"), NULL, NULL));

  snapshot (f);
  g_assert_false (steward_desk_rate (f->desk, id, 0, NULL, T ("2026-03-09T16:10:00+08:00"), &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE, NULL);
  g_clear_error (&error);
  g_assert_false (steward_desk_rate (f->desk, id, 6, NULL, T ("2026-03-09T16:10:00+08:00"), &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE,
                    "Cannot rate request #1: a rating is a whole number from 1 to 5, not 6");
  g_clear_error (&error);

  g_assert_true (steward_desk_rate (f->desk, id, 5, "很满意", T ("2026-03-09T16:10:00+08:00"), &error));
  g_assert_no_error (error);
  r = load (f, id);
  g_assert_cmpuint (steward_service_request_get_rating (r), ==, 5);
  g_assert_cmpstr (steward_service_request_get_rating_feedback (r), ==, "很满意");

  snapshot (f);
  g_assert_false (steward_desk_rate (f->desk, id, 1, NULL, T ("2026-03-09T16:20:00+08:00"), &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE, "Cannot rate request #1: it was already rated 5");
  g_clear_error (&error);

  /* Settling a free request needs no payment, and a rating of 1 is as valid as 5. */
  g_assert_true (steward_desk_settle (f->desk, id, T ("2026-03-09T17:00:00+08:00"), NULL, NULL));
  id = create (f, STEWARD_SERVICE_VISUAL, 1, T ("2026-03-09T10:00:00+08:00"));
  g_assert_true (steward_desk_review (f->desk, id, T ("2026-03-09T10:10:00+08:00"), NULL, NULL));
  g_assert_true (steward_desk_quote (f->desk, id, 0, 0, 0, STEWARD_TIER_BASIC,
                                     T ("2026-03-09T10:20:00+08:00"), NULL, NULL));
  for (StewardState s = STEWARD_STATE_CONFIRMED; s <= STEWARD_STATE_ACCEPTED; s++)
    g_assert_true (steward_desk_advance (f->desk, id, s, T ("2026-03-09T11:00:00+08:00"), NULL, 0, NULL));
  g_assert_true (steward_desk_rate (f->desk, id, 1, NULL, T ("2026-03-09T16:10:00+08:00"), NULL));
}

static void
cancel_with_deposit (Fixture              *f,
                     StewardDepositChoice  choice,
                     guint                 expected_lines,
                     gint64                expected_received,
                     const char           *expected_note)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  StewardAuditEntry *last;
  StewardLedger ledger;
  gint64 id = confirmed_config (f);

  pay (f, id, 50001, T ("2026-03-09T11:00:00+08:00"));
  snapshot (f);
  g_assert_false (steward_desk_cancel (f->desk, id, STEWARD_DEPOSIT_CHOICE_NONE,
                                       T ("2026-03-09T12:00:00+08:00"), NULL, &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE,
                    "Cannot cancel request #1: ¥500.01 has been received: choose whether to refund "
                    "or keep it");

  g_assert_true (steward_desk_cancel (f->desk, id, choice, T ("2026-03-09T12:00:00+08:00"),
                                      "client withdrew", NULL));
  g_assert_cmpint (state_of (f, id), ==, STEWARD_STATE_CANCELLED);

  lines = steward_request_repository_list_payments (STEWARD_REQUEST_REPOSITORY (f->repo), id, NULL);
  g_assert_cmpuint (lines->len, ==, expected_lines);
  g_assert_true (steward_desk_get_ledger (f->desk, id, &ledger, NULL));
  g_assert_cmpint (ledger.net_received, ==, expected_received);

  audit = steward_request_repository_list_audit (STEWARD_REQUEST_REPOSITORY (f->repo), id, NULL);
  last = g_ptr_array_index (audit, audit->len - 1);
  g_assert_cmpstr (steward_audit_entry_get_to_state (last), ==, "cancelled");
  g_assert_cmpstr (steward_audit_entry_get_note (last), ==, expected_note);
}

static void
test_cancel_refunded (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) lines = NULL;
  StewardPayment *refund;

  cancel_with_deposit (f, STEWARD_DEPOSIT_CHOICE_REFUND, 2, 0,
                       "Deposit of ¥500.01 refunded. client withdrew");
  lines = steward_request_repository_list_payments (STEWARD_REQUEST_REPOSITORY (f->repo), 1, NULL);
  refund = lines->pdata[1];
  g_assert_cmpint (steward_payment_get_kind (refund), ==, STEWARD_PAYMENT_KIND_REFUND);
  g_assert_cmpint (steward_payment_get_amount (refund), ==, 50001);
  g_assert_cmpint (steward_payment_get_method (refund), ==, STEWARD_PAYMENT_METHOD_BANK_TRANSFER);
}

static void
test_cancel_kept (Fixture       *f,
                  gconstpointer  data)
{
  cancel_with_deposit (f, STEWARD_DEPOSIT_CHOICE_KEEP, 1, 50001,
                       "Deposit of ¥500.01 kept. client withdrew");
}

static void
test_reversal (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardPayment) reversal = NULL;
  g_autoptr(StewardServiceRequest) r = NULL;
  StewardLedger ledger;
  gint64 id = confirmed_config (f);

  /* ¥900.00 typed instead of ¥500.01: it counts as the deposit until it is reversed. */
  pay (f, id, 90000, T ("2026-03-09T11:00:00+08:00"));
  r = load (f, id);
  g_assert_cmpint (steward_service_request_get_work_start_at (r), ==, T ("2026-03-09T11:00:00+08:00"));
  g_clear_object (&r);

  reversal = steward_desk_reverse_payment (f->desk, id, 1, T ("2026-03-09T11:10:00+08:00"),
                                           "typo", &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_payment_get_kind (reversal), ==, STEWARD_PAYMENT_KIND_REVERSAL);
  g_assert_cmpint (steward_payment_get_reverses_id (reversal), ==, 1);
  g_assert_cmpint (steward_payment_get_amount (reversal), ==, 90000);
  g_assert_true (steward_desk_get_ledger (f->desk, id, &ledger, NULL));
  g_assert_cmpint (ledger.paid, ==, 0);
  r = load (f, id);
  g_assert_cmpint (steward_service_request_get_work_start_at (r), ==, STEWARD_TIME_NONE);
  g_assert_cmpint (steward_service_request_get_delivery_due (r), ==, STEWARD_TIME_NONE);

  snapshot (f);
  g_assert_null (steward_desk_reverse_payment (f->desk, id, 1, T ("2026-03-09T11:20:00+08:00"),
                                               NULL, &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE,
                    "Cannot reverse line #1 of request #1: it was already reversed by line #2");
  g_clear_error (&error);
  g_assert_null (steward_desk_reverse_payment (f->desk, id, 2, T ("2026-03-09T11:20:00+08:00"),
                                               NULL, &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE,
                    "Cannot reverse line #2 of request #1: it is itself a reversal");
  g_clear_error (&error);
  g_assert_null (steward_desk_reverse_payment (f->desk, id, 7, T ("2026-03-09T11:20:00+08:00"),
                                               NULL, &error));
  expect_unchanged (f, error, STEWARD_ERROR_NOT_FOUND, "Request #1 has no payment line #7");
}

static void
test_adjustment_on_settled (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardPayment) line = NULL;
  StewardLedger ledger;
  gint64 id = confirmed_config (f);

  pay (f, id, 100001, T ("2026-03-09T11:00:00+08:00"));
  for (StewardState s = STEWARD_STATE_IN_PROGRESS; s <= STEWARD_STATE_SETTLED; s++)
    g_assert_true (steward_desk_advance (f->desk, id, s, T ("2026-03-10T11:00:00+08:00"), NULL, 0, NULL));

  snapshot (f);
  g_assert_null (steward_desk_add_payment (f->desk, id, STEWARD_PAYMENT_KIND_REFUND, 100,
                                           STEWARD_PAYMENT_METHOD_BANK_TRANSFER,
                                           T ("2026-03-11T10:00:00+08:00"), NULL, &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE, "Cannot record a Refund on request #1: it is “Settled”");
  g_clear_error (&error);

  line = steward_desk_add_adjustment (f->desk, id, 30000, STEWARD_PAYMENT_METHOD_BANK_TRANSFER,
                                      T ("2026-03-11T10:00:00+08:00"), "complaint #4", &error);
  g_assert_no_error (error);
  g_assert_cmpint (state_of (f, id), ==, STEWARD_STATE_SETTLED);
  g_assert_true (steward_desk_get_ledger (f->desk, id, &ledger, NULL));
  g_assert_cmpint (ledger.net_fee, ==, 70001);
  g_assert_cmpint (ledger.net_received, ==, 70001);
  g_assert_true (steward_ledger_can_settle (&ledger));
}

static void
test_hold_resume (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardServiceRequest) r = NULL;
  gint64 id = confirmed_config (f);

  pay (f, id, 50001, T ("2026-03-09T10:00:00+08:00"));
  g_assert_true (steward_desk_start (f->desk, id, T ("2026-03-09T10:30:00+08:00"), NULL, NULL));
  r = load (f, id);
  g_assert_cmpint (steward_service_request_get_delivery_due (r), ==, T ("2026-03-12T18:00:00+08:00"));
  g_clear_object (&r);

  snapshot (f);
  g_assert_false (steward_desk_resume (f->desk, id, T ("2026-03-10T17:00:00+08:00"), NULL, &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE,
                    "Cannot resume request #1: it is “In progress”, not waiting on the client");
  g_clear_error (&error);

  g_assert_true (steward_desk_hold (f->desk, id, T ("2026-03-10T17:00:00+08:00"), "需要客户提供账号", NULL));
  g_assert_cmpint (state_of (f, id), ==, STEWARD_STATE_WAITING_ON_CLIENT);
  g_assert_true (steward_desk_resume (f->desk, id, T ("2026-03-11T10:00:00+08:00"), NULL, &error));
  g_assert_no_error (error);

  /* Held Tue 17:00 – Wed 10:00: two business hours, so Thu 18:00 moves to Fri 11:00. */
  r = load (f, id);
  g_assert_cmpint (steward_service_request_get_state (r), ==, STEWARD_STATE_IN_PROGRESS);
  g_assert_cmpint (steward_service_request_get_delivery_due (r), ==, T ("2026-03-13T11:00:00+08:00"));
}

static void
test_package_incident (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(StewardServiceRequest) r = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, other, outside;
  guint count = 0;

  fake_request_repository_add_package (f->repo, 5, 42, T ("2026-03-01T00:00:00+08:00"),
                                       T ("2026-04-01T00:00:00+08:00"));
  id = create (f, STEWARD_SERVICE_REMOTE, 5, T ("2026-03-09T10:00:00+08:00"));
  other = create (f, STEWARD_SERVICE_ADVISOR, 5, T ("2026-03-09T10:00:00+08:00"));
  outside = create (f, STEWARD_SERVICE_ADVISOR, 5, T ("2026-04-01T10:00:00+08:00"));

  r = load (f, id);
  g_assert_true (steward_service_request_get_package_incident (r));
  g_assert_cmpint (steward_service_request_get_package_id (r), ==, 42);
  g_assert_cmpint (steward_service_request_get_fee (r), ==, 0);
  g_clear_object (&r);
  r = load (f, outside);
  g_assert_false (steward_service_request_get_package_incident (r));
  g_assert_cmpint (steward_service_request_get_package_id (r), ==, 0);
  g_clear_object (&r);

  /* A package incident is confirmed at 0 and starts without any deposit. */
  g_assert_true (steward_desk_review (f->desk, id, T ("2026-03-09T10:10:00+08:00"), NULL, NULL));
  snapshot (f);
  g_assert_false (steward_desk_quote (f->desk, id, 20000, 0, 0, 0, T ("2026-03-09T10:15:00+08:00"),
                                      NULL, &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE, NULL);
  g_clear_error (&error);
  g_assert_true (steward_desk_confirm (f->desk, id, T ("2026-03-09T10:20:00+08:00"), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (steward_desk_start (f->desk, id, T ("2026-03-09T10:30:00+08:00"), NULL, &error));
  g_assert_no_error (error);

  g_assert_true (steward_request_repository_count_incidents (STEWARD_REQUEST_REPOSITORY (f->repo),
                                                             42, T ("2026-03-20T00:00:00+08:00"),
                                                             &count, NULL));
  g_assert_cmpuint (count, ==, 2);
  /* A cancelled incident returns to the quota. */
  g_assert_true (steward_desk_cancel (f->desk, other, 0, T ("2026-03-09T11:00:00+08:00"), NULL, NULL));
  g_assert_true (steward_request_repository_count_incidents (STEWARD_REQUEST_REPOSITORY (f->repo),
                                                             42, T ("2026-03-20T00:00:00+08:00"),
                                                             &count, NULL));
  g_assert_cmpuint (count, ==, 1);
}

static void
test_respond_and_notes (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardServiceRequest) r = NULL;
  g_autoptr(StewardRequestNote) note = NULL;
  g_autoptr(StewardProductFeedback) item = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  gint64 advisor = create (f, STEWARD_SERVICE_ADVISOR, 1, T ("2026-03-09T10:00:00+08:00"));
  gint64 remote = create (f, STEWARD_SERVICE_REMOTE, 1, T ("2026-03-09T10:00:00+08:00"));

  g_assert_true (steward_desk_respond (f->desk, advisor, T ("2026-03-09T10:15:00+08:00"), NULL, NULL));
  g_assert_true (steward_desk_review (f->desk, advisor, T ("2026-03-09T11:00:00+08:00"), NULL, NULL));
  r = load (f, advisor);
  g_assert_cmpint (steward_service_request_get_responded_at (r), ==, T ("2026-03-09T10:15:00+08:00"));

  snapshot (f);
  g_assert_false (steward_desk_respond (f->desk, advisor, T ("2026-03-09T11:10:00+08:00"), NULL, &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE,
                    "Cannot respond to request #1: the first response was already recorded at "
                    "2026-03-09 10:15");
  g_clear_error (&error);
  g_assert_false (steward_desk_review (f->desk, 99, T ("2026-03-09T11:10:00+08:00"), NULL, &error));
  expect_unchanged (f, error, STEWARD_ERROR_NOT_FOUND, NULL);
  g_clear_error (&error);
  g_assert_false (steward_desk_review (f->desk, remote, T ("2026-03-09T09:00:00+08:00"), NULL, &error));
  expect_unchanged (f, error, STEWARD_ERROR_INVALID, NULL);
  g_clear_error (&error);
  g_assert_null (steward_desk_add_note (f->desk, advisor, "   ", TRUE, T ("2026-03-09T11:10:00+08:00"), &error));
  expect_unchanged (f, error, STEWARD_ERROR_INVALID, NULL);
  g_clear_error (&error);
  g_assert_null (steward_desk_add_feedback (f->desk, remote, "报表", "导出太慢",
                                            T ("2026-03-09T11:10:00+08:00"), &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE,
                    "Cannot add product feedback to request #2: feedback is collected on dedicated "
                    "technical advisor requests");
  g_clear_error (&error);

  note = steward_desk_add_note (f->desk, advisor, "已远程排查，等待客户确认", TRUE,
                                T ("2026-03-09T11:10:00+08:00"), &error);
  g_assert_no_error (error);
  item = steward_desk_add_feedback (f->desk, advisor, "报表", "导出太慢",
                                    T ("2026-03-09T11:20:00+08:00"), &error);
  g_assert_no_error (error);
  notes = steward_request_repository_list_notes (STEWARD_REQUEST_REPOSITORY (f->repo), advisor, NULL);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_true (steward_request_note_get_shared (notes->pdata[0]));
  g_assert_cmpstr (steward_request_note_get_who (notes->pdata[0]), ==, "王经理");
  g_assert_cmpuint (fake_request_repository_count (f->repo, "feedback"), ==, 1);
  g_assert_cmpint (steward_product_feedback_get_request_id (item), ==, advisor);
}

static void
test_storage_failure (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = confirmed_config (f);

  snapshot (f);
  fake_request_repository_fail_next (f->repo);
  g_assert_null (steward_desk_add_payment (f->desk, id, STEWARD_PAYMENT_KIND_PAYMENT, 50001,
                                           STEWARD_PAYMENT_METHOD_BANK_TRANSFER,
                                           T ("2026-03-09T11:00:00+08:00"), NULL, &error));
  expect_unchanged (f, error, STEWARD_ERROR_STORAGE, NULL);
  g_clear_error (&error);
  fake_request_repository_fail_next (f->repo);
  g_assert_false (steward_desk_reject (f->desk, id, T ("2026-03-09T11:00:00+08:00"), NULL, &error));
  expect_unchanged (f, error, STEWARD_ERROR_RULE, NULL);  /* a confirmed request cannot be rejected */
  g_clear_error (&error);
  g_assert_false (steward_desk_cancel (f->desk, id, 0, T ("2026-03-09T11:00:00+08:00"), NULL, &error));
  expect_unchanged (f, error, STEWARD_ERROR_STORAGE, NULL);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/desk/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("create", test_create);
  ADD ("create-refused", test_create_refused);
  ADD ("full-path", test_full_path);
  ADD ("rating", test_rating);
  ADD ("cancel-refunded", test_cancel_refunded);
  ADD ("cancel-kept", test_cancel_kept);
  ADD ("reversal", test_reversal);
  ADD ("adjustment-on-settled", test_adjustment_on_settled);
  ADD ("hold-resume", test_hold_resume);
  ADD ("package-incident", test_package_incident);
  ADD ("respond-and-notes", test_respond_and_notes);
  ADD ("storage-failure", test_storage_failure);
#undef ADD

  return g_test_run ();
}
