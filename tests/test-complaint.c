/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fake-complaint-repository.h"
#include "steward-complaint-rules.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-time.h"

/* Instants are written in Shanghai time (the tests run with TZ=Asia/Shanghai). */
static gint64
at (const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 t = 0;

  g_assert_true (steward_time_parse (text, NULL, &t, &error));
  g_assert_no_error (error);
  return t;
}

/* Received on Monday 2026-03-09 at 10:00 by the hotline, about request 30 of client 4. */
static StewardComplaint *
make_complaint (void)
{
  StewardComplaint *c = steward_complaint_new ();

  steward_complaint_set_id (c, 9);
  steward_complaint_set_client_id (c, 4);
  steward_complaint_set_request_id (c, 30);
  steward_complaint_set_channel (c, STEWARD_COMPLAINT_CHANNEL_HOTLINE);
  steward_complaint_set_received_at (c, at ("2026-03-09T10:00:00"));
  steward_complaint_set_summary (c, "Report arrived late");
  return c;
}

static void
test_deadlines (void)
{
  g_autoptr(StewardComplaint) c = make_complaint ();

  g_assert_cmpint (steward_complaint_accept_by (c), ==, at ("2026-03-10T10:00:00"));
  g_assert_cmpint (steward_complaint_resolve_by (c), ==, at ("2026-03-11T10:00:00"));
}

static void
test_accept_clock (void)
{
  g_autoptr(StewardComplaint) c = make_complaint ();

  g_assert_cmpint (steward_complaint_accept_status (c, at ("2026-03-10T07:59:59")), ==, STEWARD_SLA_STATUS_RUNNING);
  /* Due soon from exactly 2 hours before the limit, up to and including the limit. */
  g_assert_cmpint (steward_complaint_accept_status (c, at ("2026-03-10T08:00:00")), ==, STEWARD_SLA_STATUS_DUE_SOON);
  g_assert_cmpint (steward_complaint_accept_status (c, at ("2026-03-10T10:00:00")), ==, STEWARD_SLA_STATUS_DUE_SOON);
  g_assert_cmpint (steward_complaint_accept_status (c, at ("2026-03-10T10:00:01")), ==, STEWARD_SLA_STATUS_BREACHED);
  g_assert_false (steward_complaint_is_overdue (c, at ("2026-03-10T10:00:00")));
  g_assert_true (steward_complaint_is_overdue (c, at ("2026-03-10T10:00:01")));
}

static void
test_accept_at_exactly_24_hours (void)
{
  g_autoptr(StewardComplaint) on_time = make_complaint ();
  g_autoptr(StewardComplaint) late = make_complaint ();

  g_assert_true (steward_complaint_accept (on_time, at ("2026-03-10T10:00:00"), NULL));
  /* The clock stopped: it stays met however late it is looked at. */
  g_assert_cmpint (steward_complaint_accept_status (on_time, at ("2026-03-20T00:00:00")), ==, STEWARD_SLA_STATUS_MET);

  g_assert_true (steward_complaint_accept (late, at ("2026-03-10T10:00:01"), NULL));
  g_assert_cmpint (steward_complaint_accept_status (late, at ("2026-03-10T10:00:01")), ==, STEWARD_SLA_STATUS_BREACHED);
  /* A late acceptance is a breach but no longer overdue: the step is done. */
  g_assert_false (steward_complaint_is_overdue (late, at ("2026-03-10T10:00:02")));
}

static void
test_resolve_clock (void)
{
  g_autoptr(StewardComplaint) on_time = make_complaint ();
  g_autoptr(StewardComplaint) late = make_complaint ();

  g_assert_true (steward_complaint_accept (on_time, at ("2026-03-09T11:00:00"), NULL));
  g_assert_cmpint (steward_complaint_resolve_status (on_time, at ("2026-03-11T07:59:59")), ==, STEWARD_SLA_STATUS_RUNNING);
  g_assert_cmpint (steward_complaint_resolve_status (on_time, at ("2026-03-11T08:00:00")), ==, STEWARD_SLA_STATUS_DUE_SOON);
  g_assert_true (steward_complaint_resolve (on_time, at ("2026-03-11T10:00:00"), "Report re-sent", NULL));
  g_assert_cmpint (steward_complaint_resolve_status (on_time, at ("2026-03-12T00:00:00")), ==, STEWARD_SLA_STATUS_MET);
  g_assert_cmpint (steward_complaint_get_resolved_at (on_time), ==, at ("2026-03-11T10:00:00"));
  g_assert_cmpstr (steward_complaint_get_solution (on_time), ==, "Report re-sent");

  g_assert_true (steward_complaint_accept (late, at ("2026-03-09T11:00:00"), NULL));
  g_assert_cmpint (steward_complaint_resolve_status (late, at ("2026-03-11T10:00:01")), ==, STEWARD_SLA_STATUS_BREACHED);
  g_assert_true (steward_complaint_resolve (late, at ("2026-03-11T10:00:01"), "Report re-sent", NULL));
  g_assert_cmpint (steward_complaint_resolve_status (late, at ("2026-03-11T10:00:01")), ==, STEWARD_SLA_STATUS_BREACHED);
}

static void
assert_state (StewardComplaint      *c,
              StewardComplaintState  state)
{
  g_assert_cmpint (steward_complaint_get_state (c), ==, state);
}

static void
test_transitions_out_of_order (void)
{
  g_autoptr(StewardComplaint) c = make_complaint ();
  g_autoptr(GError) error = NULL;

  g_assert_false (steward_complaint_resolve (c, at ("2026-03-09T12:00"), "Fixed", &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_cmpstr (error->message, ==, "Only an accepted complaint can be resolved; this one is “Received”");
  g_clear_error (&error);
  g_assert_false (steward_complaint_close (c, at ("2026-03-09T12:00"), &error));
  g_assert_cmpstr (error->message, ==, "Only a resolved complaint can be closed; this one is “Received”");
  g_clear_error (&error);
  assert_state (c, STEWARD_COMPLAINT_STATE_RECEIVED);
  g_assert_cmpint (steward_complaint_get_resolved_at (c), ==, STEWARD_TIME_NONE);
  g_assert_cmpstr (steward_complaint_get_solution (c), ==, "");

  /* Accepting before it was received is refused. */
  g_assert_false (steward_complaint_accept (c, at ("2026-03-09T09:59:59"), &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_clear_error (&error);
  g_assert_cmpint (steward_complaint_get_accepted_at (c), ==, STEWARD_TIME_NONE);

  g_assert_true (steward_complaint_accept (c, at ("2026-03-09T11:00"), &error));
  g_assert_false (steward_complaint_accept (c, at ("2026-03-09T12:00"), &error));
  g_assert_cmpstr (error->message, ==, "Only a received complaint can be accepted; this one is “Accepted”");
  g_clear_error (&error);
  g_assert_cmpint (steward_complaint_get_accepted_at (c), ==, at ("2026-03-09T11:00"));

  g_assert_false (steward_complaint_close (c, at ("2026-03-09T12:00"), &error));
  g_assert_cmpstr (error->message, ==, "Only a resolved complaint can be closed; this one is “Accepted”");
  g_clear_error (&error);

  /* Resolving needs the solution text. */
  g_assert_false (steward_complaint_resolve (c, at ("2026-03-09T12:00"), "  \n", &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_cmpstr (error->message, ==, "Resolving a complaint needs the solution given to the client");
  g_clear_error (&error);
  assert_state (c, STEWARD_COMPLAINT_STATE_ACCEPTED);

  g_assert_true (steward_complaint_resolve (c, at ("2026-03-09T12:00"), "Fixed", NULL));
  g_assert_true (steward_complaint_close (c, at ("2026-03-09T13:00"), NULL));
  assert_state (c, STEWARD_COMPLAINT_STATE_CLOSED);
  g_assert_cmpint (steward_complaint_get_closed_at (c), ==, at ("2026-03-09T13:00"));

  g_assert_false (steward_complaint_accept (c, at ("2026-03-09T14:00"), &error));
  g_assert_cmpstr (error->message, ==, "Only a received complaint can be accepted; this one is “Closed”");
}

static void
test_refund_limit (void)
{
  g_autoptr(StewardComplaint) c = make_complaint ();
  g_autoptr(StewardComplaint) exact = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_complaint_accept (c, at ("2026-03-09T11:00"), NULL));
  exact = steward_complaint_copy (c);

  /* ¥1,000.00 received on the request: ¥1,000.01 is too much. */
  g_assert_false (steward_complaint_apply_refund (c, 100001, 100000, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_cmpstr (error->message, ==, "A partial refund of ¥1,000.01 is more than the ¥1,000.00 received on the request");
  g_clear_error (&error);
  g_assert_cmpint (steward_complaint_get_remedy (c), ==, STEWARD_REMEDY_NONE);
  g_assert_cmpint (steward_complaint_get_refund_amount (c), ==, 0);

  g_assert_false (steward_complaint_apply_refund (c, 0, 100000, &error));
  g_assert_cmpstr (error->message, ==, "A partial refund must be more than ¥0.00");
  g_clear_error (&error);

  g_assert_true (steward_complaint_apply_refund (exact, 100000, 100000, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_complaint_get_remedy (exact), ==, STEWARD_REMEDY_PARTIAL_REFUND);
  g_assert_cmpint (steward_complaint_get_refund_amount (exact), ==, 100000);

  /* One remedy per complaint. */
  g_assert_false (steward_complaint_apply_refund (exact, 100, 100000, &error));
  g_assert_cmpstr (error->message, ==, "This complaint already has a remedy: Partial refund");
  g_assert_cmpint (steward_complaint_get_refund_amount (exact), ==, 100000);
}

static void
test_refund_needs_request_and_state (void)
{
  g_autoptr(StewardComplaint) c = make_complaint ();
  g_autoptr(GError) error = NULL;

  g_assert_false (steward_complaint_check_refund (c, 100, 100000, &error));
  g_assert_cmpstr (error->message, ==,
                   "A remedy can be given only to an accepted or resolved complaint; this one is “Received”");
  g_clear_error (&error);

  g_assert_true (steward_complaint_accept (c, at ("2026-03-09T11:00"), NULL));
  steward_complaint_set_request_id (c, 0);
  g_assert_false (steward_complaint_check_refund (c, 100, 100000, &error));
  g_assert_cmpstr (error->message, ==, "A remedy needs the complaint to be linked to a service request");
}

static void
test_reservice_plan (void)
{
  g_autoptr(StewardComplaint) c = make_complaint ();
  g_auto(StewardReservicePlan) plan = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_complaint_accept (c, at ("2026-03-09T11:00"), NULL));
  g_assert_true (steward_complaint_plan_reservice (c, STEWARD_SERVICE_REPORT, &plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (plan.client_id, ==, 4);
  g_assert_cmpint (plan.original_request_id, ==, 30);
  g_assert_cmpint (plan.complaint_id, ==, 9);
  g_assert_cmpint (plan.service, ==, STEWARD_SERVICE_REPORT);
  g_assert_cmpint (plan.fee, ==, 0);
  g_assert_true (plan.is_remedy);
  g_assert_cmpstr (plan.title, ==, "Free re-service for complaint: Report arrived late");
  /* Planning changes nothing; recording the created request does. */
  g_assert_cmpint (steward_complaint_get_remedy (c), ==, STEWARD_REMEDY_NONE);

  g_assert_true (steward_complaint_record_reservice (c, 31, &error));
  g_assert_cmpint (steward_complaint_get_remedy (c), ==, STEWARD_REMEDY_RESERVICE);
  g_assert_cmpint (steward_complaint_get_remedy_request_id (c), ==, 31);

  g_assert_false (steward_complaint_record_reservice (c, 32, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_cmpint (steward_complaint_get_remedy_request_id (c), ==, 31);
}

static void
test_validate (void)
{
  g_autoptr(StewardComplaint) c = make_complaint ();
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_complaint_validate (c, NULL));
  steward_complaint_set_summary (c, " ");
  g_assert_false (steward_complaint_validate (c, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A complaint needs a summary");
}

static void
test_fake_repository (void)
{
  g_autoptr(FakeComplaintRepository) fake = fake_complaint_repository_new ();
  StewardComplaintRepository *repo = STEWARD_COMPLAINT_REPOSITORY (fake);
  g_autoptr(StewardComplaint) open = make_complaint ();
  g_autoptr(StewardComplaint) closed = make_complaint ();
  g_autoptr(StewardComplaint) loaded = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  steward_complaint_set_id (open, 0);
  steward_complaint_set_id (closed, 0);
  steward_complaint_set_state (closed, STEWARD_COMPLAINT_STATE_CLOSED);
  g_assert_true (steward_complaint_repository_save (repo, open, &error));
  g_assert_true (steward_complaint_repository_save (repo, closed, &error));
  g_assert_cmpint (steward_complaint_get_id (open), ==, 1);
  g_assert_cmpint (steward_complaint_get_id (closed), ==, 2);

  list = steward_complaint_repository_list_open (repo, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (steward_complaint_get_id (g_ptr_array_index (list, 0)), ==, 1);

  loaded = steward_complaint_repository_load (repo, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_complaint_get_channel (loaded), ==, STEWARD_COMPLAINT_CHANNEL_HOTLINE);
  g_assert_cmpint (steward_complaint_get_received_at (loaded), ==, at ("2026-03-09T10:00"));
  g_assert_null (steward_complaint_repository_load (repo, 3, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/complaint/deadlines", test_deadlines);
  g_test_add_func ("/complaint/accept-clock", test_accept_clock);
  g_test_add_func ("/complaint/accept-at-exactly-24-hours", test_accept_at_exactly_24_hours);
  g_test_add_func ("/complaint/resolve-clock", test_resolve_clock);
  g_test_add_func ("/complaint/transitions-out-of-order", test_transitions_out_of_order);
  g_test_add_func ("/complaint/refund-limit", test_refund_limit);
  g_test_add_func ("/complaint/refund-needs-request-and-state", test_refund_needs_request_and_state);
  g_test_add_func ("/complaint/reservice-plan", test_reservice_plan);
  g_test_add_func ("/complaint/validate", test_validate);
  g_test_add_func ("/complaint/fake-repository", test_fake_repository);

  return g_test_run ();
}
