/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "steward-enums.h"
#include "steward-error.h"
#include "steward-workflow.h"

/* Instants written out by hand, in Shanghai time (TZ is fixed for tests). */
static gint64
T (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

static StewardPricing pricing;

/* An advisor request #12 quoted at ¥200.00, in @state. */
static StewardServiceRequest *
advisor_request (StewardState state)
{
  StewardServiceRequest *r = steward_service_request_new ();

  g_object_set (r,
                "id", (gint64) 12,
                "client-id", (gint64) 3,
                "service", STEWARD_SERVICE_ADVISOR,
                "fee", (gint64) 20000,
                "submitted-at", T ("2026-03-09T10:00:00+08:00"),
                "state", state,
                NULL);
  return r;
}

static void
ledger_with (StewardLedger *ledger,
             gint64         total,
             gint64         paid)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);

  if (paid > 0)
    g_ptr_array_add (lines, steward_payment_new (STEWARD_PAYMENT_KIND_PAYMENT, paid,
                                                 STEWARD_PAYMENT_METHOD_BANK_TRANSFER,
                                                 T ("2026-03-09T11:00:00+08:00"), NULL, 0));
  steward_ledger_compute (ledger, total, lines);
}

static void
test_transition_table (void)
{
  /* Every allowed move of SPEC §4, written out; everything else is refused. */
  static const struct { StewardState from, to; } allowed[] = {
    { STEWARD_STATE_SUBMITTED, STEWARD_STATE_UNDER_REVIEW },
    { STEWARD_STATE_SUBMITTED, STEWARD_STATE_REJECTED },
    { STEWARD_STATE_SUBMITTED, STEWARD_STATE_CANCELLED },
    { STEWARD_STATE_UNDER_REVIEW, STEWARD_STATE_CONFIRMED },
    { STEWARD_STATE_UNDER_REVIEW, STEWARD_STATE_REJECTED },
    { STEWARD_STATE_UNDER_REVIEW, STEWARD_STATE_CANCELLED },
    { STEWARD_STATE_UNDER_REVIEW, STEWARD_STATE_WAITING_ON_CLIENT },
    { STEWARD_STATE_CONFIRMED, STEWARD_STATE_IN_PROGRESS },
    { STEWARD_STATE_CONFIRMED, STEWARD_STATE_CANCELLED },
    { STEWARD_STATE_IN_PROGRESS, STEWARD_STATE_DELIVERED },
    { STEWARD_STATE_IN_PROGRESS, STEWARD_STATE_WAITING_ON_CLIENT },
    { STEWARD_STATE_DELIVERED, STEWARD_STATE_ACCEPTED },
    { STEWARD_STATE_ACCEPTED, STEWARD_STATE_SETTLED },
  };
  StewardLedger ledger;
  guint n_allowed = 0;

  /* Fully paid, so that the deposit and settle conditions hold. */
  ledger_with (&ledger, 20000, 20000);

  for (int from = STEWARD_STATE_SUBMITTED; from < STEWARD_STATE_WAITING_ON_CLIENT; from++)
    for (int to = STEWARD_STATE_SUBMITTED; to <= STEWARD_STATE_WAITING_ON_CLIENT; to++)
      {
        g_autoptr(StewardServiceRequest) r = advisor_request (from);
        g_autoptr(GError) error = NULL;
        gboolean expected = FALSE;
        gboolean ok;

        for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
          if (allowed[i].from == (StewardState) from && allowed[i].to == (StewardState) to)
            expected = TRUE;

        ok = steward_workflow_check_transition (r, &ledger, &pricing, to,
                                                STEWARD_DEPOSIT_CHOICE_KEEP, &error);
        if (ok != expected)
          g_error ("%s → %s: expected %s, got %s (%s)",
                   steward_enum_code (STEWARD_TYPE_STATE, from),
                   steward_enum_code (STEWARD_TYPE_STATE, to),
                   expected ? "allowed" : "refused", ok ? "allowed" : "refused",
                   error != NULL ? error->message : "");
        if (!ok)
          g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
        n_allowed += ok;
      }

  g_assert_cmpuint (n_allowed, ==, G_N_ELEMENTS (allowed));
}

static void
assert_refused (StewardServiceRequest *r,
                const StewardLedger   *ledger,
                StewardState           to,
                StewardDepositChoice   choice,
                const char            *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (steward_workflow_check_transition (r, ledger, &pricing, to, choice, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_refusal_messages (void)
{
  g_autoptr(StewardServiceRequest) confirmed = advisor_request (STEWARD_STATE_CONFIRMED);
  g_autoptr(StewardServiceRequest) review = advisor_request (STEWARD_STATE_UNDER_REVIEW);
  g_autoptr(StewardServiceRequest) accepted = advisor_request (STEWARD_STATE_ACCEPTED);
  g_autoptr(StewardServiceRequest) submitted = advisor_request (STEWARD_STATE_SUBMITTED);
  StewardLedger ledger;

  ledger_with (&ledger, 20000, 4000);
  assert_refused (confirmed, &ledger, STEWARD_STATE_IN_PROGRESS, 0,
                  "Cannot start request #12: the deposit of ¥100.00 has not been received (¥40.00 paid)");
  assert_refused (confirmed, &ledger, STEWARD_STATE_UNDER_REVIEW, 0,
                  "Cannot review request #12: it is “Confirmed” (allowed only from “Submitted”)");
  assert_refused (confirmed, &ledger, STEWARD_STATE_WAITING_ON_CLIENT, 0,
                  "Cannot put request #12 on hold: it is “Confirmed” (allowed only from "
                  "“Under review”, “In progress”)");
  assert_refused (confirmed, &ledger, STEWARD_STATE_SUBMITTED, 0,
                  "Cannot move request #12 back to “Submitted”: it is “Confirmed”");
  assert_refused (confirmed, &ledger, STEWARD_STATE_CANCELLED, STEWARD_DEPOSIT_CHOICE_NONE,
                  "Cannot cancel request #12: ¥40.00 has been received: choose whether to refund "
                  "or keep it");
  assert_refused (submitted, &ledger, STEWARD_STATE_CONFIRMED, 0,
                  "Cannot confirm request #12: it is “Submitted” (allowed only from “Under review”)");

  ledger_with (&ledger, 20000, 15000);
  assert_refused (accepted, &ledger, STEWARD_STATE_SETTLED, 0,
                  "Cannot settle request #12: ¥150.00 of the net fee ¥200.00 has been received "
                  "(¥50.00 outstanding)");

  steward_service_request_set_fee (review, 20001);
  assert_refused (review, &ledger, STEWARD_STATE_CONFIRMED, 0,
                  "Cannot confirm request #12: Dedicated technical advisor: a technical-support "
                  "incident costs at most ¥200.00 (quoted ¥200.01)");
  steward_service_request_set_fee (review, 20000);
  g_assert_true (steward_workflow_check_transition (review, &ledger, &pricing,
                                                    STEWARD_STATE_CONFIRMED, 0, NULL));
}

static void
test_deposit_exemptions (void)
{
  g_autoptr(StewardServiceRequest) r = advisor_request (STEWARD_STATE_CONFIRMED);
  StewardLedger ledger;

  ledger_with (&ledger, 20000, 0);
  g_assert_false (steward_workflow_check_transition (r, &ledger, &pricing,
                                                     STEWARD_STATE_IN_PROGRESS, 0, NULL));
  g_assert_true (steward_workflow_needs_deposit (r));

  /* A package incident is billed on the month statement; a free request needs no deposit. */
  steward_service_request_set_package_incident (r, TRUE);
  g_assert_false (steward_workflow_needs_deposit (r));
  g_assert_true (steward_workflow_check_transition (r, &ledger, &pricing,
                                                    STEWARD_STATE_IN_PROGRESS, 0, NULL));

  steward_service_request_set_package_incident (r, FALSE);
  steward_service_request_set_fee (r, 0);
  ledger_with (&ledger, 0, 0);
  g_assert_true (steward_workflow_check_transition (r, &ledger, &pricing,
                                                    STEWARD_STATE_IN_PROGRESS, 0, NULL));
}

static void
test_details (void)
{
  g_autoptr(StewardServiceRequest) r = steward_service_request_new ();
  g_autoptr(GError) error = NULL;
  StewardOs os = STEWARD_OS_NONE;

  steward_service_request_set_service (r, STEWARD_SERVICE_REMOTE);
  g_assert_false (steward_workflow_check_details (r, &error));
  g_assert_cmpstr (error->message, ==,
                   "Remote assistance needs the client's operating system: Windows, macOS or Linux");
  g_clear_error (&error);

  steward_service_request_set_os (r, STEWARD_OS_LINUX);
  g_assert_false (steward_workflow_check_details (r, &error));
  g_assert_cmpstr (error->message, ==,
                   "Remote assistance needs the client's agreement to the session's data-handling terms");
  g_clear_error (&error);
  steward_service_request_set_data_terms_agreed (r, TRUE);
  g_assert_true (steward_workflow_check_details (r, NULL));

  g_assert_true (steward_service_request_parse_os ("macos", &os, NULL));
  g_assert_cmpint (os, ==, STEWARD_OS_MACOS);
  g_assert_false (steward_service_request_parse_os ("freebsd", &os, &error));
  g_assert_cmpstr (error->message, ==, "Remote assistance supports Windows, macOS or Linux, not “freebsd”");
  g_clear_error (&error);
  g_assert_false (steward_service_request_parse_os ("none", &os, NULL));
  g_assert_cmpint (os, ==, STEWARD_OS_MACOS);

  /* An operating system on anything but remote assistance is a mistake. */
  steward_service_request_set_service (r, STEWARD_SERVICE_CONFIG);
  g_assert_false (steward_workflow_check_details (r, &error));
  g_assert_cmpstr (error->message, ==, "Only remote assistance records an operating system");
  g_clear_error (&error);
  steward_service_request_set_os (r, STEWARD_OS_NONE);

  g_assert_false (steward_workflow_check_details (r, &error));
  g_assert_cmpstr (error->message, ==,
                   "Personalised configuration needs a kind: a standard template or a special request");
  g_clear_error (&error);
  steward_service_request_set_config_kind (r, STEWARD_CONFIG_KIND_TEMPLATE);
  steward_service_request_set_template_name (r, "  ");
  g_assert_false (steward_workflow_check_details (r, &error));
  g_assert_cmpstr (error->message, ==, "A standard-template configuration needs the template's name");
  g_clear_error (&error);
  steward_service_request_set_template_name (r, "ERP 标准模板");
  g_assert_true (steward_workflow_check_details (r, NULL));

  steward_service_request_set_config_kind (r, STEWARD_CONFIG_KIND_SPECIAL);
  g_assert_false (steward_workflow_check_details (r, &error));
  g_assert_cmpstr (error->message, ==,
                   "A special configuration request needs a description of what is wanted");
  g_clear_error (&error);
  steward_service_request_set_special_text (r, "Custom approval flow");
  g_assert_true (steward_workflow_check_details (r, NULL));
}

static void
test_rating (void)
{
  g_autoptr(StewardServiceRequest) r = advisor_request (STEWARD_STATE_DELIVERED);
  g_autoptr(GError) error = NULL;

  g_assert_false (steward_workflow_check_rating (r, 5, &error));
  g_assert_cmpstr (error->message, ==,
                   "Cannot rate request #12: it is “Delivered”; a request is rated once accepted");
  g_clear_error (&error);

  steward_service_request_set_state (r, STEWARD_STATE_ACCEPTED);
  g_assert_false (steward_workflow_check_rating (r, 0, &error));
  g_assert_cmpstr (error->message, ==,
                   "Cannot rate request #12: a rating is a whole number from 1 to 5, not 0");
  g_clear_error (&error);
  g_assert_false (steward_workflow_check_rating (r, 6, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_clear_error (&error);
  g_assert_true (steward_workflow_check_rating (r, 1, NULL));
  g_assert_true (steward_workflow_check_rating (r, 5, NULL));

  steward_service_request_set_state (r, STEWARD_STATE_SETTLED);
  g_assert_true (steward_workflow_check_rating (r, 5, NULL));
  steward_service_request_set_rating (r, 4);
  g_assert_false (steward_workflow_check_rating (r, 5, &error));
  g_assert_cmpstr (error->message, ==, "Cannot rate request #12: it was already rated 4");
}

static void
test_first_response (void)
{
  g_autoptr(StewardServiceRequest) r = advisor_request (STEWARD_STATE_SUBMITTED);
  g_autoptr(StewardCalendar) calendar = steward_calendar_new (NULL);
  g_autoptr(GError) error = NULL;
  StewardLedger ledger;

  ledger_with (&ledger, 20000, 0);
  g_assert_true (steward_workflow_check_respond (r, NULL));

  /* Leaving submitted is the first response when none came before. */
  steward_workflow_apply_transition (r, calendar, &ledger, STEWARD_STATE_UNDER_REVIEW,
                                     T ("2026-03-09T10:20:00+08:00"));
  g_assert_cmpint (steward_service_request_get_responded_at (r), ==, T ("2026-03-09T10:20:00+08:00"));
  g_assert_false (steward_workflow_check_respond (r, &error));
  g_assert_cmpstr (error->message, ==,
                   "Cannot respond to request #12: the first response was already recorded at "
                   "2026-03-09 10:20");
}

static void
test_work_start_and_delivery (void)
{
  g_autoptr(StewardServiceRequest) r = advisor_request (STEWARD_STATE_UNDER_REVIEW);
  g_autoptr(StewardCalendar) calendar = steward_calendar_new (NULL);
  StewardLedger ledger;

  g_object_set (r, "service", STEWARD_SERVICE_CONFIG, "complexity", STEWARD_COMPLEXITY_SIMPLE,
                "fee", (gint64) 100000, NULL);
  ledger_with (&ledger, 100000, 0);

  /* Confirmed without the deposit: work may not start yet, so no delivery clock. */
  steward_workflow_apply_transition (r, calendar, &ledger, STEWARD_STATE_CONFIRMED,
                                     T ("2026-03-06T16:00:00+08:00"));
  g_assert_cmpint (steward_service_request_get_work_start_at (r), ==, STEWARD_TIME_NONE);
  g_assert_cmpint (steward_service_request_get_delivery_due (r), ==, STEWARD_TIME_NONE);

  /* The deposit arrives Monday 10:00: day 0; simple is due Thursday at close of business. */
  ledger_with (&ledger, 100000, 50000);
  g_assert_true (steward_workflow_update_work_start (r, calendar, &ledger,
                                                     T ("2026-03-09T10:00:00+08:00")));
  g_assert_cmpint (steward_service_request_get_work_start_at (r), ==, T ("2026-03-09T10:00:00+08:00"));
  g_assert_cmpint (steward_service_request_get_delivery_due (r), ==, T ("2026-03-12T18:00:00+08:00"));
  g_assert_false (steward_workflow_update_work_start (r, calendar, &ledger,
                                                      T ("2026-03-09T11:00:00+08:00")));

  /* The deposit payment is reversed before work started: the clock is gone again. */
  ledger_with (&ledger, 100000, 0);
  g_assert_true (steward_workflow_update_work_start (r, calendar, &ledger,
                                                     T ("2026-03-09T12:00:00+08:00")));
  g_assert_cmpint (steward_service_request_get_delivery_due (r), ==, STEWARD_TIME_NONE);
}

static void
test_hold_and_resume (void)
{
  g_autoptr(StewardServiceRequest) r = advisor_request (STEWARD_STATE_IN_PROGRESS);
  g_autoptr(StewardCalendar) calendar = steward_calendar_new (NULL);
  StewardLedger ledger;

  g_object_set (r,
                "service", STEWARD_SERVICE_CONFIG,
                "responded-at", T ("2026-03-09T10:05:00+08:00"),
                "response-due", T ("2026-03-09T12:00:00+08:00"),
                "delivery-due", T ("2026-03-12T18:00:00+08:00"),
                NULL);
  ledger_with (&ledger, 20000, 20000);

  steward_workflow_apply_transition (r, calendar, &ledger, STEWARD_STATE_WAITING_ON_CLIENT,
                                     T ("2026-03-10T17:00:00+08:00"));
  g_assert_cmpint (steward_service_request_get_state (r), ==, STEWARD_STATE_WAITING_ON_CLIENT);
  g_assert_cmpint (steward_service_request_get_hold_from_state (r), ==, STEWARD_STATE_IN_PROGRESS);

  /* Waiting on the client pauses the delivery clock, even past the old deadline. */
  g_assert_cmpint (steward_workflow_delivery_status (r, calendar, T ("2026-03-13T09:00:00+08:00")), ==,
                   STEWARD_SLA_STATUS_PAUSED);
  g_assert_cmpint (steward_workflow_response_status (r, calendar, T ("2026-03-13T09:00:00+08:00")), ==,
                   STEWARD_SLA_STATUS_MET);
  g_assert_true (steward_workflow_check_transition (r, &ledger, &pricing,
                                                    STEWARD_STATE_IN_PROGRESS, 0, NULL));
  g_assert_false (steward_workflow_check_transition (r, &ledger, &pricing,
                                                     STEWARD_STATE_DELIVERED, 0, NULL));

  /* Held Tue 17:00 – Wed 10:00: 2 business hours, so Thu 18:00 becomes Fri 11:00. */
  steward_workflow_apply_transition (r, calendar, &ledger, STEWARD_STATE_IN_PROGRESS,
                                     T ("2026-03-11T10:00:00+08:00"));
  g_assert_cmpint (steward_service_request_get_state (r), ==, STEWARD_STATE_IN_PROGRESS);
  g_assert_cmpint (steward_service_request_get_delivery_due (r), ==, T ("2026-03-13T11:00:00+08:00"));
  g_assert_cmpint (steward_service_request_get_response_due (r), ==, T ("2026-03-09T12:00:00+08:00"));
  g_assert_cmpint (steward_service_request_get_hold_started_at (r), ==, STEWARD_TIME_NONE);
  g_assert_cmpint (steward_workflow_delivery_status (r, calendar, T ("2026-03-13T09:00:00+08:00")), ==,
                   STEWARD_SLA_STATUS_RUNNING);
}

static void
test_breach_stays_breached_on_hold (void)
{
  g_autoptr(StewardServiceRequest) r = advisor_request (STEWARD_STATE_IN_PROGRESS);
  g_autoptr(StewardCalendar) calendar = steward_calendar_new (NULL);
  StewardLedger ledger;

  g_object_set (r, "service", STEWARD_SERVICE_CONFIG,
                "delivery-due", T ("2026-03-12T18:00:00+08:00"), NULL);
  ledger_with (&ledger, 20000, 20000);

  steward_workflow_apply_transition (r, calendar, &ledger, STEWARD_STATE_WAITING_ON_CLIENT,
                                     T ("2026-03-13T10:00:00+08:00"));
  g_assert_cmpint (steward_workflow_delivery_status (r, calendar, T ("2026-03-13T11:00:00+08:00")), ==,
                   STEWARD_SLA_STATUS_BREACHED);
  steward_workflow_apply_transition (r, calendar, &ledger, STEWARD_STATE_IN_PROGRESS,
                                     T ("2026-03-16T10:00:00+08:00"));
  g_assert_cmpint (steward_service_request_get_delivery_due (r), ==, T ("2026-03-12T18:00:00+08:00"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  steward_pricing_init_defaults (&pricing);

  g_test_add_func ("/workflow/transition-table", test_transition_table);
  g_test_add_func ("/workflow/refusal-messages", test_refusal_messages);
  g_test_add_func ("/workflow/deposit-exemptions", test_deposit_exemptions);
  g_test_add_func ("/workflow/details", test_details);
  g_test_add_func ("/workflow/rating", test_rating);
  g_test_add_func ("/workflow/first-response", test_first_response);
  g_test_add_func ("/workflow/work-start-and-delivery", test_work_start_and_delivery);
  g_test_add_func ("/workflow/hold-and-resume", test_hold_and_resume);
  g_test_add_func ("/workflow/breach-stays-breached-on-hold", test_breach_stays_breached_on_hold);

  return g_test_run ();
}
