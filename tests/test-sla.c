/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "steward-calendar.h"
#include "steward-error.h"
#include "steward-sla.h"
#include "steward-time.h"

/* Expected instants are written by hand in Asia/Shanghai time, never computed by the code
 * under test. */

static GTimeZone *shanghai;
static StewardCalendar *cal;

static gint64
at (const char *iso)
{
  g_autoptr(GError) error = NULL;
  gint64 t = 0;

  g_assert_true (steward_time_parse (iso, shanghai, &t, &error));
  g_assert_no_error (error);
  return t;
}

#define assert_instant(got, expected)                                       \
  G_STMT_START {                                                            \
    g_autofree char *_got = steward_time_format_iso ((got), shanghai);      \
    g_assert_cmpstr (_got, ==, (expected));                                 \
  } G_STMT_END

static void
set_day (guint y, guint m, guint d, gboolean working)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
  steward_calendar_set_day (cal, &date, working, NULL);
}

/* China's 2026 schedule as these tests need it: Qingming 4–6 April (Saturday–Monday), National
 * Day 1–7 October, make-up working days Sunday 27 September and Saturday 10 October. */
static void
setup_calendar (void)
{
  cal = steward_calendar_new (shanghai);
  for (guint d = 4; d <= 6; d++)
    set_day (2026, 4, d, FALSE);
  for (guint d = 1; d <= 7; d++)
    set_day (2026, 10, d, FALSE);
  set_day (2026, 9, 27, TRUE);
  set_day (2026, 10, 10, TRUE);
}

static void
test_response_standard (void)
{
  /* Friday 17:30 before the Qingming Monday: 30 min Friday, 90 min Tuesday. */
  assert_instant (steward_sla_response_due (cal, at ("2026-04-03T17:30"), STEWARD_PRIORITY_STANDARD, FALSE),
                  "2026-04-07T10:30:00+08:00");
  /* Submitted in the lunch break: the clock starts at 13:00. */
  assert_instant (steward_sla_response_due (cal, at ("2026-03-09T12:30"), STEWARD_PRIORITY_STANDARD, FALSE),
                  "2026-03-09T15:00:00+08:00");
  /* Lands exactly at 18:00 and stays there. */
  assert_instant (steward_sla_response_due (cal, at ("2026-03-09T16:00"), STEWARD_PRIORITY_STANDARD, FALSE),
                  "2026-03-09T18:00:00+08:00");
  assert_instant (steward_sla_response_due (cal, at ("2026-03-09T10:00"), STEWARD_PRIORITY_STANDARD, FALSE),
                  "2026-03-09T12:00:00+08:00");
  /* Friday 17:00 before the make-up Saturday 10 October: due on the Saturday. */
  assert_instant (steward_sla_response_due (cal, at ("2026-10-09T17:00"), STEWARD_PRIORITY_STANDARD, FALSE),
                  "2026-10-10T10:00:00+08:00");
  g_assert_cmpint (steward_sla_response_due (cal, STEWARD_TIME_NONE, STEWARD_PRIORITY_STANDARD, FALSE),
                   ==, STEWARD_TIME_NONE);
}

static void
test_response_urgent (void)
{
  assert_instant (steward_sla_response_due (cal, at ("2026-03-09T11:45"), STEWARD_PRIORITY_URGENT, FALSE),
                  "2026-03-09T13:15:00+08:00");
  assert_instant (steward_sla_response_due (cal, at ("2026-03-09T11:30"), STEWARD_PRIORITY_URGENT, FALSE),
                  "2026-03-09T12:00:00+08:00");
  assert_instant (steward_sla_response_due (cal, at ("2026-03-09T17:30"), STEWARD_PRIORITY_URGENT, FALSE),
                  "2026-03-09T18:00:00+08:00");
  /* On the make-up Saturday urgent work runs as on any working day. */
  assert_instant (steward_sla_response_due (cal, at ("2026-10-10T11:45"), STEWARD_PRIORITY_URGENT, FALSE),
                  "2026-10-10T13:15:00+08:00");
  /* Not an emergency: an urgent request on Saturday night waits for Monday morning. */
  assert_instant (steward_sla_response_due (cal, at ("2026-03-14T22:00"), STEWARD_PRIORITY_URGENT, FALSE),
                  "2026-03-16T09:30:00+08:00");
}

static void
test_response_emergency (void)
{
  gint64 due = steward_sla_response_due (cal, at ("2026-03-09T23:50"), STEWARD_PRIORITY_URGENT, TRUE);

  assert_instant (due, "2026-03-10T00:20:00+08:00");
  g_assert_cmpint (steward_sla_status (cal, due, STEWARD_TIME_NONE, at ("2026-03-10T00:04:59"), TRUE),
                   ==, STEWARD_SLA_STATUS_RUNNING);
  g_assert_cmpint (steward_sla_status (cal, due, STEWARD_TIME_NONE, at ("2026-03-10T00:05:00"), TRUE),
                   ==, STEWARD_SLA_STATUS_DUE_SOON);
  g_assert_cmpint (steward_sla_status (cal, due, STEWARD_TIME_NONE, at ("2026-03-10T00:20:00"), TRUE),
                   ==, STEWARD_SLA_STATUS_DUE_SOON);
  g_assert_cmpint (steward_sla_status (cal, due, STEWARD_TIME_NONE, at ("2026-03-10T00:20:01"), TRUE),
                   ==, STEWARD_SLA_STATUS_BREACHED);
  g_assert_cmpint (steward_sla_time_left (cal, due, at ("2026-03-10T00:00"), TRUE), ==, 20 * 60);

  /* Saturday of a normal weekend, on the clock. */
  assert_instant (steward_sla_response_due (cal, at ("2026-03-14T10:00"), STEWARD_PRIORITY_URGENT, TRUE),
                  "2026-03-14T10:30:00+08:00");
}

static void
assert_emergency_refused (StewardService   service,
                          StewardPriority  priority,
                          const char      *when,
                          const char      *expected_fragment)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (steward_sla_check_emergency (cal, service, priority, at (when), &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_nonnull (strstr (error->message, expected_fragment));
}

static void
test_check_emergency (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_sla_check_emergency (cal, STEWARD_SERVICE_ADVISOR, STEWARD_PRIORITY_URGENT,
                                              at ("2026-03-09T23:50"), &error));
  g_assert_no_error (error);
  g_assert_true (steward_sla_check_emergency (cal, STEWARD_SERVICE_REMOTE, STEWARD_PRIORITY_URGENT,
                                              at ("2026-03-14T10:00"), NULL));
  g_assert_true (steward_sla_check_emergency (cal, STEWARD_SERVICE_REMOTE, STEWARD_PRIORITY_URGENT,
                                              at ("2026-04-06T10:00"), NULL));
  g_assert_true (steward_sla_check_emergency (cal, STEWARD_SERVICE_ADVISOR, STEWARD_PRIORITY_URGENT,
                                              at ("2026-03-09T12:30"), NULL));
  g_assert_true (steward_sla_check_emergency (cal, STEWARD_SERVICE_ADVISOR, STEWARD_PRIORITY_URGENT,
                                              at ("2026-03-09T18:00"), NULL));

  assert_emergency_refused (STEWARD_SERVICE_CONFIG, STEWARD_PRIORITY_URGENT, "2026-03-09T23:50",
                            "Personalised configuration");
  assert_emergency_refused (STEWARD_SERVICE_VISUAL, STEWARD_PRIORITY_URGENT, "2026-03-09T23:50",
                            "Data visualisation");
  assert_emergency_refused (STEWARD_SERVICE_ADVISOR, STEWARD_PRIORITY_STANDARD, "2026-03-09T23:50",
                            "urgent");
  assert_emergency_refused (STEWARD_SERVICE_REMOTE, STEWARD_PRIORITY_URGENT, "2026-03-09T17:59",
                            "2026-03-09 17:59");
  /* The make-up Saturday is a working day: 10:00 is business hours. */
  assert_emergency_refused (STEWARD_SERVICE_REMOTE, STEWARD_PRIORITY_URGENT, "2026-10-10T10:00",
                            "2026-10-10 10:00");
}

static void
test_hold (void)
{
  gint64 due = steward_sla_response_due (cal, at ("2026-03-13T16:30"), STEWARD_PRIORITY_STANDARD, FALSE);

  /* 90 min on Friday, 30 on Monday. */
  assert_instant (due, "2026-03-16T09:30:00+08:00");

  /* Friday 17:00 to Monday 10:00 costs 2 business hours (17–18 and 9–10), no more. */
  g_assert_cmpint (steward_calendar_business_seconds_between (cal, at ("2026-03-13T17:00"),
                                                              at ("2026-03-16T10:00")), ==, 7200);
  assert_instant (steward_sla_extend_for_hold (cal, due, at ("2026-03-13T17:00"),
                                               at ("2026-03-16T10:00"), FALSE),
                  "2026-03-16T11:30:00+08:00");
  /* A hold entered after the deadline: a breach stays a breach. */
  assert_instant (steward_sla_extend_for_hold (cal, due, at ("2026-03-16T10:00"),
                                               at ("2026-03-16T11:00"), FALSE),
                  "2026-03-16T09:30:00+08:00");
  assert_instant (steward_sla_extend_for_hold (cal, due, at ("2026-03-16T09:30:01"),
                                               at ("2026-03-16T11:00"), FALSE),
                  "2026-03-16T09:30:00+08:00");
  /* Exactly at the deadline the clock still runs, so the hold counts. */
  assert_instant (steward_sla_extend_for_hold (cal, due, at ("2026-03-16T09:30"),
                                               at ("2026-03-16T10:00"), FALSE),
                  "2026-03-16T10:00:00+08:00");
  /* A hold over the night and the lunch break only: nothing to add. */
  assert_instant (steward_sla_extend_for_hold (cal, due, at ("2026-03-13T18:00"),
                                               at ("2026-03-16T09:00"), FALSE),
                  "2026-03-16T09:30:00+08:00");
  g_assert_cmpint (steward_sla_extend_for_hold (cal, STEWARD_TIME_NONE, at ("2026-03-13T17:00"),
                                                at ("2026-03-16T10:00"), FALSE),
                   ==, STEWARD_TIME_NONE);
}

static void
test_hold_emergency (void)
{
  gint64 due = at ("2026-03-10T00:20");

  /* Emergencies pause on the clock, night or not. */
  assert_instant (steward_sla_extend_for_hold (cal, due, at ("2026-03-10T00:00"),
                                               at ("2026-03-10T00:10"), TRUE),
                  "2026-03-10T00:30:00+08:00");
  assert_instant (steward_sla_extend_for_hold (cal, due, at ("2026-03-10T00:25"),
                                               at ("2026-03-10T00:40"), TRUE),
                  "2026-03-10T00:20:00+08:00");
}

static void
test_delivery (void)
{
  /* Work may start Monday 10:00: simple is due Thursday at close of business. */
  assert_instant (steward_sla_delivery_due (cal, at ("2026-03-09T10:00"), STEWARD_COMPLEXITY_SIMPLE),
                  "2026-03-12T18:00:00+08:00");
  /* Wednesday 30 September, the last working day before National Day: 8 Oct (1), 9 Oct (2) and
   * the make-up Saturday 10 Oct (3). */
  assert_instant (steward_sla_delivery_due (cal, at ("2026-09-30T10:00"), STEWARD_COMPLEXITY_SIMPLE),
                  "2026-10-10T18:00:00+08:00");
  /* Complex: ten working days after Monday 9 March is Monday 23 March. */
  assert_instant (steward_sla_delivery_due (cal, at ("2026-03-09T10:00"), STEWARD_COMPLEXITY_COMPLEX),
                  "2026-03-23T18:00:00+08:00");
  /* Friday 25 September: 27 Sep (1), 28–30 (2–4), 8–10 Oct (5–7), 12–14 Oct (8–10). */
  assert_instant (steward_sla_delivery_due (cal, at ("2026-09-25T15:00"), STEWARD_COMPLEXITY_COMPLEX),
                  "2026-10-14T18:00:00+08:00");
  g_assert_cmpint (steward_sla_delivery_due (cal, at ("2026-03-09T10:00"), STEWARD_COMPLEXITY_NONE),
                   ==, STEWARD_TIME_NONE);
  g_assert_cmpint (steward_sla_delivery_due (cal, STEWARD_TIME_NONE, STEWARD_COMPLEXITY_SIMPLE),
                   ==, STEWARD_TIME_NONE);
}

static void
test_status (void)
{
  gint64 due = at ("2026-03-09T15:00");
  gint64 lunch_due = at ("2026-03-09T13:10");

  g_assert_cmpint (steward_sla_status (cal, due, STEWARD_TIME_NONE, at ("2026-03-09T10:00"), FALSE),
                   ==, STEWARD_SLA_STATUS_RUNNING);
  g_assert_cmpint (steward_sla_status (cal, due, STEWARD_TIME_NONE, at ("2026-03-09T14:44:59"), FALSE),
                   ==, STEWARD_SLA_STATUS_RUNNING);
  g_assert_cmpint (steward_sla_status (cal, due, STEWARD_TIME_NONE, at ("2026-03-09T14:45:00"), FALSE),
                   ==, STEWARD_SLA_STATUS_DUE_SOON);
  g_assert_cmpint (steward_sla_status (cal, due, STEWARD_TIME_NONE, at ("2026-03-09T15:00:00"), FALSE),
                   ==, STEWARD_SLA_STATUS_DUE_SOON);
  g_assert_cmpint (steward_sla_status (cal, due, STEWARD_TIME_NONE, at ("2026-03-09T15:00:01"), FALSE),
                   ==, STEWARD_SLA_STATUS_BREACHED);

  /* Across lunch, 11:56 is 4 + 10 = 14 business minutes before 13:10 but 74 clock minutes. */
  g_assert_cmpint (steward_sla_status (cal, lunch_due, STEWARD_TIME_NONE, at ("2026-03-09T11:56"), FALSE),
                   ==, STEWARD_SLA_STATUS_DUE_SOON);
  g_assert_cmpint (steward_sla_status (cal, lunch_due, STEWARD_TIME_NONE, at ("2026-03-09T11:54"), FALSE),
                   ==, STEWARD_SLA_STATUS_RUNNING);
  g_assert_cmpint (steward_sla_status (cal, lunch_due, STEWARD_TIME_NONE, at ("2026-03-09T11:56"), TRUE),
                   ==, STEWARD_SLA_STATUS_RUNNING);

  g_assert_cmpint (steward_sla_status (cal, STEWARD_TIME_NONE, STEWARD_TIME_NONE,
                                       at ("2026-03-09T10:00"), FALSE),
                   ==, STEWARD_SLA_STATUS_NONE);
}

static void
test_status_done (void)
{
  gint64 due = at ("2026-03-09T15:00");
  gint64 later = at ("2026-03-10T10:00");

  g_assert_cmpint (steward_sla_status (cal, due, at ("2026-03-09T15:00:00"), later, FALSE),
                   ==, STEWARD_SLA_STATUS_MET);
  g_assert_cmpint (steward_sla_status (cal, due, at ("2026-03-09T09:10"), later, FALSE),
                   ==, STEWARD_SLA_STATUS_MET);
  g_assert_cmpint (steward_sla_status (cal, due, at ("2026-03-09T15:00:01"), later, FALSE),
                   ==, STEWARD_SLA_STATUS_BREACHED);
  /* Done on time is MET even while "now" is still before the deadline. */
  g_assert_cmpint (steward_sla_status (cal, due, at ("2026-03-09T11:00"), at ("2026-03-09T11:00"), FALSE),
                   ==, STEWARD_SLA_STATUS_MET);
}

static void
test_time_left (void)
{
  gint64 due = at ("2026-03-09T15:00");

  g_assert_cmpint (steward_sla_time_left (cal, due, at ("2026-03-09T13:40"), FALSE), ==, 4800);
  g_assert_cmpint (steward_sla_time_left (cal, due, at ("2026-03-09T11:40"), FALSE), ==, 2 * 3600 + 20 * 60);
  g_assert_cmpint (steward_sla_time_left (cal, due, at ("2026-03-09T11:40"), TRUE), ==, 3 * 3600 + 20 * 60);
  g_assert_cmpint (steward_sla_time_left (cal, due, due, FALSE), ==, 0);
  /* Overdue is told on the clock: 2 h 5 min after, and 14 h after 18:00 the next morning. */
  g_assert_cmpint (steward_sla_time_left (cal, due, at ("2026-03-09T17:05"), FALSE), ==, -7500);
  g_assert_cmpint (steward_sla_time_left (cal, at ("2026-03-09T18:00"), at ("2026-03-10T08:00"), FALSE),
                   ==, -14 * 3600);
  /* Monday 17:00 to Tuesday 10:00 is two business hours. */
  g_assert_cmpint (steward_sla_time_left (cal, at ("2026-03-10T10:00"), at ("2026-03-09T17:00"), FALSE),
                   ==, 7200);
}

static void
test_format_time_left (void)
{
  struct {
    gint64      seconds;
    const char *expected;
  } cases[] = {
    { 4800, "1 h 20 min left" },
    { 4799, "1 h 20 min left" },
    { 2700, "45 min left" },
    { 3600, "1 h left" },
    { 1, "1 min left" },
    { 0, "due now" },
    { -7500, "overdue by 2 h 5 min" },
    { -30, "overdue by 1 min" },
    { -14 * 3600, "overdue by 14 h" },
    { 80 * 3600, "80 h left" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = steward_sla_format_time_left (cases[i].seconds);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

/* Most users run Steward in Chinese: the time-left text must read naturally there. */
static void
test_format_time_left_zh (void)
{
  g_autofree char *left = NULL;
  g_autofree char *overdue = NULL;
  g_autofree char *minutes = NULL;

  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  left = steward_sla_format_time_left (4800);
  overdue = steward_sla_format_time_left (-7500);
  minutes = steward_sla_format_time_left (2700);
  g_setenv ("LANGUAGE", "", TRUE);

  if (g_str_equal (left, "1 h 20 min left"))
    {
      g_test_skip ("The zh_CN translation of the SLA texts is not in the build tree");
      return;
    }
  g_assert_cmpstr (left, ==, "剩余 1 小时 20 分钟");
  g_assert_cmpstr (overdue, ==, "已超时 2 小时 5 分钟");
  g_assert_cmpstr (minutes, ==, "剩余 45 分钟");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("STEWARD_LOCALEDIR");
  int ret;

  setlocale (LC_ALL, "");
  if (localedir != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, localedir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
    }
  g_test_init (&argc, &argv, NULL);
  shanghai = g_time_zone_new_identifier ("Asia/Shanghai");
  setup_calendar ();

  g_test_add_func ("/sla/response-standard", test_response_standard);
  g_test_add_func ("/sla/response-urgent", test_response_urgent);
  g_test_add_func ("/sla/response-emergency", test_response_emergency);
  g_test_add_func ("/sla/check-emergency", test_check_emergency);
  g_test_add_func ("/sla/hold", test_hold);
  g_test_add_func ("/sla/hold-emergency", test_hold_emergency);
  g_test_add_func ("/sla/delivery", test_delivery);
  g_test_add_func ("/sla/status", test_status);
  g_test_add_func ("/sla/status-done", test_status_done);
  g_test_add_func ("/sla/time-left", test_time_left);
  g_test_add_func ("/sla/format-time-left", test_format_time_left);
  g_test_add_func ("/sla/format-time-left-zh", test_format_time_left_zh);

  ret = g_test_run ();
  g_clear_object (&cal);
  g_clear_pointer (&shanghai, g_time_zone_unref);
  return ret;
}
