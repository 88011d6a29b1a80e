/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "steward-complaint-rules.h"
#include "steward-complaint-state.h"
#include "steward-time.h"

static gint64
at (const char *text)
{
  gint64 t = 0;

  g_assert_true (steward_time_parse (text, NULL, &t, NULL));
  return t;
}

/* Received Monday 2026-03-09 09:00: accept by Tuesday 09:00, solution by Wednesday 09:00. */
static StewardComplaint *
received (void)
{
  StewardComplaint *c = steward_complaint_new ();

  steward_complaint_set_id (c, 7);
  steward_complaint_set_client_id (c, 1);
  steward_complaint_set_request_id (c, 12);
  steward_complaint_set_summary (c, "Trainer arrived late");
  steward_complaint_set_received_at (c, at ("2026-03-09 09:00"));
  return c;
}

static void
assert_clock (StewardComplaint      *c,
              StewardComplaintClock  clock,
              const char            *now,
              StewardSlaStatus       status,
              const char            *text,
              const char            *badge,
              const char            *style)
{
  g_auto(StewardClockView) view = { 0 };

  steward_complaint_clock_view (c, clock, at (now), &view);
  g_assert_cmpint (view.status, ==, status);
  g_assert_cmpstr (view.text, ==, text);
  g_assert_cmpstr (view.badge, ==, badge);
  g_assert_cmpstr (view.style, ==, style);
}

static void
test_spans (void)
{
  const struct {
    gint64      seconds;
    const char *text;
  } cases[] = {
    { 0, "under a minute" },
    { 59, "under a minute" },
    { 60, "1 min" },
    { 45 * 60 + 59, "45 min" },
    { 3600, "1 h" },
    { 5 * 3600 + 20 * 60, "5 h 20 min" },
    { 24 * 3600, "1 d" },
    { 51 * 3600 + 30 * 60, "2 d 3 h" },
    { -5, "under a minute" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = steward_format_clock_span (cases[i].seconds);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_accept_clock (void)
{
  g_autoptr(StewardComplaint) c = received ();

  assert_clock (c, STEWARD_COMPLAINT_CLOCK_ACCEPT, "2026-03-09 12:40",
                STEWARD_SLA_STATUS_RUNNING, "20 h 20 min left to accept", NULL, NULL);
  /* Due soon from 2 hours before the limit, inclusive at both ends. */
  assert_clock (c, STEWARD_COMPLAINT_CLOCK_ACCEPT, "2026-03-10 06:59:59",
                STEWARD_SLA_STATUS_RUNNING, "2 h left to accept", NULL, NULL);
  assert_clock (c, STEWARD_COMPLAINT_CLOCK_ACCEPT, "2026-03-10 07:00",
                STEWARD_SLA_STATUS_DUE_SOON, "2 h left to accept", "Due soon", "warning");
  assert_clock (c, STEWARD_COMPLAINT_CLOCK_ACCEPT, "2026-03-10 09:00",
                STEWARD_SLA_STATUS_DUE_SOON, "under a minute left to accept", "Due soon", "warning");
  assert_clock (c, STEWARD_COMPLAINT_CLOCK_ACCEPT, "2026-03-10 09:00:01",
                STEWARD_SLA_STATUS_BREACHED, "Acceptance overdue by under a minute", "Overdue", "error");
  assert_clock (c, STEWARD_COMPLAINT_CLOCK_ACCEPT, "2026-03-10 12:15",
                STEWARD_SLA_STATUS_BREACHED, "Acceptance overdue by 3 h 15 min", "Overdue", "error");

  /* Accepting stops the clock: on time stays on time, whenever it is looked at. */
  g_assert_true (steward_complaint_accept (c, at ("2026-03-09 15:30"), NULL));
  assert_clock (c, STEWARD_COMPLAINT_CLOCK_ACCEPT, "2026-03-20 00:00",
                STEWARD_SLA_STATUS_MET, "Accepted in 6 h 30 min", NULL, "success");
}

static void
test_late_steps (void)
{
  g_autoptr(StewardComplaint) c = received ();

  g_assert_true (steward_complaint_accept (c, at ("2026-03-10 10:00"), NULL));
  assert_clock (c, STEWARD_COMPLAINT_CLOCK_ACCEPT, "2026-03-10 10:00",
                STEWARD_SLA_STATUS_BREACHED, "Accepted after 1 d 1 h, late", "Late", "error");
  /* The solution clock keeps running to Wednesday 09:00. */
  assert_clock (c, STEWARD_COMPLAINT_CLOCK_RESOLVE, "2026-03-10 10:00",
                STEWARD_SLA_STATUS_RUNNING, "23 h left to give a solution", NULL, NULL);
  assert_clock (c, STEWARD_COMPLAINT_CLOCK_RESOLVE, "2026-03-11 08:00",
                STEWARD_SLA_STATUS_DUE_SOON, "1 h left to give a solution", "Due soon", "warning");

  g_assert_true (steward_complaint_resolve (c, at ("2026-03-11 08:59"), "Free second session", NULL));
  assert_clock (c, STEWARD_COMPLAINT_CLOCK_RESOLVE, "2026-03-12 00:00",
                STEWARD_SLA_STATUS_MET, "Solution given in 1 d 23 h", NULL, "success");
}

static void
test_filters (void)
{
  g_autoptr(StewardComplaint) open = received ();
  g_autoptr(StewardComplaint) closed = received ();
  gint64 fresh = at ("2026-03-09 10:00");
  gint64 late = at ("2026-03-10 09:00:01");

  g_assert_true (steward_complaint_accept (closed, at ("2026-03-09 10:00"), NULL));
  g_assert_true (steward_complaint_resolve (closed, at ("2026-03-09 11:00"), "Refund", NULL));
  g_assert_true (steward_complaint_close (closed, at ("2026-03-09 12:00"), NULL));

  g_assert_true (steward_complaint_filter_matches (open, STEWARD_COMPLAINT_FILTER_OPEN, FALSE, fresh));
  g_assert_true (steward_complaint_filter_matches (open, STEWARD_COMPLAINT_FILTER_RECEIVED, FALSE, fresh));
  g_assert_false (steward_complaint_filter_matches (open, STEWARD_COMPLAINT_FILTER_ACCEPTED, FALSE, fresh));
  g_assert_false (steward_complaint_filter_matches (open, STEWARD_COMPLAINT_FILTER_CLOSED, FALSE, fresh));
  g_assert_true (steward_complaint_filter_matches (open, STEWARD_COMPLAINT_FILTER_ALL, FALSE, fresh));

  /* Overdue only: one second after the acceptance limit, not at it. */
  g_assert_false (steward_complaint_filter_matches (open, STEWARD_COMPLAINT_FILTER_OPEN, TRUE,
                                                    at ("2026-03-10 09:00")));
  g_assert_true (steward_complaint_filter_matches (open, STEWARD_COMPLAINT_FILTER_OPEN, TRUE, late));

  g_assert_false (steward_complaint_filter_matches (closed, STEWARD_COMPLAINT_FILTER_OPEN, FALSE, fresh));
  g_assert_true (steward_complaint_filter_matches (closed, STEWARD_COMPLAINT_FILTER_CLOSED, FALSE, fresh));
  g_assert_false (steward_complaint_filter_matches (closed, STEWARD_COMPLAINT_FILTER_ALL, TRUE, late));

  g_assert_cmpstr (steward_complaint_filter_label (STEWARD_COMPLAINT_FILTER_OPEN), ==, "Open");
}

static void
test_steps_and_trail (void)
{
  g_autoptr(StewardComplaint) c = received ();
  g_autoptr(GPtrArray) trail = NULL;
  StewardComplaintSteps steps;
  const StewardComplaintEvent *e;

  steward_complaint_steps (c, &steps);
  g_assert_true (steps.can_accept);
  g_assert_false (steps.can_resolve);
  g_assert_false (steps.can_close);

  g_assert_true (steward_complaint_accept (c, at ("2026-03-09 10:00"), NULL));
  steward_complaint_steps (c, &steps);
  g_assert_false (steps.can_accept);
  g_assert_true (steps.can_resolve);

  g_assert_true (steward_complaint_apply_refund (c, 30000, 50000, NULL));
  g_assert_true (steward_complaint_resolve (c, at ("2026-03-09 16:00"), "Refund part of the fee", NULL));
  steward_complaint_steps (c, &steps);
  g_assert_true (steps.can_close);
  g_assert_true (steward_complaint_close (c, at ("2026-03-10 09:30"), NULL));
  steward_complaint_steps (c, &steps);
  g_assert_false (steps.can_accept || steps.can_resolve || steps.can_close);

  trail = steward_complaint_trail (c);
  g_assert_cmpuint (trail->len, ==, 5);
  e = g_ptr_array_index (trail, 0);
  g_assert_cmpint (e->at, ==, at ("2026-03-09 09:00"));
  g_assert_cmpstr (e->text, ==, "Received by email");
  e = g_ptr_array_index (trail, 1);
  g_assert_cmpint (e->at, ==, at ("2026-03-09 10:00"));
  g_assert_cmpstr (e->text, ==, "Accepted");
  e = g_ptr_array_index (trail, 2);
  g_assert_cmpint (e->at, ==, at ("2026-03-09 16:00"));
  g_assert_cmpstr (e->text, ==, "Solution given: Refund part of the fee");
  e = g_ptr_array_index (trail, 3);
  g_assert_cmpstr (e->text, ==, "Remedy: partial refund of ¥300.00 on request #12");
  e = g_ptr_array_index (trail, 4);
  g_assert_cmpint (e->at, ==, at ("2026-03-10 09:30"));
  g_assert_cmpstr (e->text, ==, "Closed");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/complaint-state/spans", test_spans);
  g_test_add_func ("/complaint-state/accept-clock", test_accept_clock);
  g_test_add_func ("/complaint-state/late-steps", test_late_steps);
  g_test_add_func ("/complaint-state/filters", test_filters);
  g_test_add_func ("/complaint-state/steps-and-trail", test_steps_and_trail);

  return g_test_run ();
}
