/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "steward-calendar.h"
#include "steward-error.h"
#include "steward-time.h"

/* Every expected instant below is written by hand as local Asia/Shanghai (or Europe/Berlin)
 * time; none is computed by the calendar. */

static GTimeZone *shanghai;

static gint64
at (const char *iso)
{
  g_autoptr(GError) error = NULL;
  gint64 t = 0;

  g_assert_true (steward_time_parse (iso, shanghai, &t, &error));
  g_assert_no_error (error);
  return t;
}

#define assert_instant(got, tz, expected)                                   \
  G_STMT_START {                                                            \
    g_autofree char *_got = steward_time_format_iso ((got), (tz));          \
    g_assert_cmpstr (_got, ==, (expected));                                 \
  } G_STMT_END

static GDate
date_of (guint y, guint m, guint d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
  return date;
}

static void
set_day (StewardCalendar *cal, guint y, guint m, guint d, gboolean working, const char *name)
{
  GDate date = date_of (y, m, d);

  steward_calendar_set_day (cal, &date, working, name);
}

/* China's 2026 schedule as far as these tests need it: Qingming 4–6 April (Saturday–Monday),
 * National Day and Mid-Autumn 1–7 October with make-up working days Sunday 27 September and
 * Saturday 10 October. */
static StewardCalendar *
china_2026 (void)
{
  StewardCalendar *cal = steward_calendar_new (shanghai);

  for (guint d = 4; d <= 6; d++)
    set_day (cal, 2026, 4, d, FALSE, "清明节");
  for (guint d = 1; d <= 7; d++)
    set_day (cal, 2026, 10, d, FALSE, "国庆节");
  set_day (cal, 2026, 9, 27, TRUE, "国庆节补班");
  set_day (cal, 2026, 10, 10, TRUE, "国庆节补班");
  return cal;
}

static void
count_changed (StewardCalendar *cal, guint *count)
{
  (*count)++;
}

static void
test_defaults (void)
{
  g_autoptr(StewardCalendar) cal = steward_calendar_new (shanghai);
  g_autofree char *text = steward_calendar_format_windows (cal);
  const StewardHours *w;
  guint n = 0;

  w = steward_calendar_get_windows (cal, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (w[0].start, ==, 540);
  g_assert_cmpuint (w[0].end, ==, 720);
  g_assert_cmpuint (w[1].start, ==, 780);
  g_assert_cmpuint (w[1].end, ==, 1080);
  g_assert_cmpstr (text, ==, "09:00-12:00,13:00-18:00");
  g_assert_true (steward_calendar_get_timezone (cal) == shanghai);
}

static void
test_working_days (void)
{
  g_autoptr(StewardCalendar) cal = china_2026 ();
  GDate friday = date_of (2026, 4, 3), saturday = date_of (2026, 4, 4);
  GDate holiday_monday = date_of (2026, 4, 6), tuesday = date_of (2026, 4, 7);
  GDate makeup_sunday = date_of (2026, 9, 27), makeup_saturday = date_of (2026, 10, 10);
  GDate plain_sunday = date_of (2026, 10, 11);

  g_assert_true (steward_calendar_is_working_day (cal, &friday));
  g_assert_false (steward_calendar_is_working_day (cal, &saturday));
  g_assert_false (steward_calendar_is_working_day (cal, &holiday_monday));
  g_assert_true (steward_calendar_is_working_day (cal, &tuesday));
  g_assert_true (steward_calendar_is_working_day (cal, &makeup_sunday));
  g_assert_true (steward_calendar_is_working_day (cal, &makeup_saturday));
  g_assert_false (steward_calendar_is_working_day (cal, &plain_sunday));

  g_assert_true (steward_calendar_remove_day (cal, &holiday_monday));
  g_assert_true (steward_calendar_is_working_day (cal, &holiday_monday));
  g_assert_false (steward_calendar_remove_day (cal, &holiday_monday));
}

static void
test_business_time (void)
{
  g_autoptr(StewardCalendar) cal = china_2026 ();

  g_assert_false (steward_calendar_is_business_time (cal, at ("2026-03-09T08:59:59")));
  g_assert_true (steward_calendar_is_business_time (cal, at ("2026-03-09T09:00:00")));
  g_assert_true (steward_calendar_is_business_time (cal, at ("2026-03-09T11:59:59")));
  g_assert_false (steward_calendar_is_business_time (cal, at ("2026-03-09T12:00:00")));
  g_assert_false (steward_calendar_is_business_time (cal, at ("2026-03-09T12:59:59")));
  g_assert_true (steward_calendar_is_business_time (cal, at ("2026-03-09T13:00:00")));
  g_assert_true (steward_calendar_is_business_time (cal, at ("2026-03-09T17:59:59")));
  g_assert_false (steward_calendar_is_business_time (cal, at ("2026-03-09T18:00:00")));
  g_assert_false (steward_calendar_is_business_time (cal, at ("2026-03-14T10:00:00")));
  g_assert_false (steward_calendar_is_business_time (cal, at ("2026-04-06T10:00:00")));
  g_assert_true (steward_calendar_is_business_time (cal, at ("2026-10-10T10:00:00")));
}

static void
test_add_business_seconds (void)
{
  g_autoptr(StewardCalendar) cal = china_2026 ();
  struct {
    const char *start;
    gint64      seconds;
    const char *expected;
  } cases[] = {
    /* Friday evening before the Qingming Monday: 30 min on Friday, 90 on Tuesday. */
    { "2026-04-03T17:30", 7200, "2026-04-07T10:30:00+08:00" },
    /* In the lunch break the clock starts at 13:00. */
    { "2026-03-09T12:30", 7200, "2026-03-09T15:00:00+08:00" },
    /* Before opening, the clock starts at 09:00. */
    { "2026-03-09T07:00", 1800, "2026-03-09T09:30:00+08:00" },
    { "2026-03-09T11:45", 1800, "2026-03-09T13:15:00+08:00" },
    /* Landing exactly on the end of a window stays there. */
    { "2026-03-09T11:30", 1800, "2026-03-09T12:00:00+08:00" },
    { "2026-03-09T10:00", 7200, "2026-03-09T12:00:00+08:00" },
    { "2026-03-09T16:00", 7200, "2026-03-09T18:00:00+08:00" },
    { "2026-03-09T12:00", 1, "2026-03-09T13:00:01+08:00" },
    /* Friday 17:00 before a make-up Saturday continues on Saturday. */
    { "2026-10-09T17:00", 7200, "2026-10-10T10:00:00+08:00" },
    /* A make-up Saturday is worked, the Sunday after it is not. */
    { "2026-10-10T17:00", 7200, "2026-10-12T10:00:00+08:00" },
    /* Wednesday before National Day: Thursday 8 October is the next working day. */
    { "2026-09-30T17:00", 7200, "2026-10-08T10:00:00+08:00" },
    /* A whole working day is 8 business hours. */
    { "2026-03-09T09:00", 8 * 3600, "2026-03-09T18:00:00+08:00" },
    { "2026-03-09T09:00", 8 * 3600 + 1, "2026-03-10T09:00:01+08:00" },
    { "2026-03-09T12:30", 0, "2026-03-09T12:30:00+08:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 due = steward_calendar_add_business_seconds (cal, at (cases[i].start), cases[i].seconds);

      assert_instant (due, shanghai, cases[i].expected);
    }
}

static void
test_seconds_between (void)
{
  g_autoptr(StewardCalendar) cal = china_2026 ();

  /* Monday 11:00 to Tuesday 14:00: 1 + 5 + 3 + 1 hours, the night and lunches not counted. */
  g_assert_cmpint (steward_calendar_business_seconds_between (cal, at ("2026-03-09T11:00"),
                                                              at ("2026-03-10T14:00")), ==, 36000);
  /* Friday 17:00 to Tuesday 10:00 over a weekend and the Qingming Monday: 1 + 1 hours. */
  g_assert_cmpint (steward_calendar_business_seconds_between (cal, at ("2026-04-03T17:00"),
                                                              at ("2026-04-07T10:00")), ==, 7200);
  g_assert_cmpint (steward_calendar_business_seconds_between (cal, at ("2026-04-07T10:00"),
                                                              at ("2026-04-03T17:00")), ==, -7200);
  g_assert_cmpint (steward_calendar_business_seconds_between (cal, at ("2026-03-09T12:10"),
                                                              at ("2026-03-09T12:50")), ==, 0);
  g_assert_cmpint (steward_calendar_business_seconds_between (cal, at ("2026-03-09T10:00"),
                                                              at ("2026-03-09T10:00")), ==, 0);
  /* The whole National Day week is worth its two make-up days: 27 Sep + 10 Oct. */
  g_assert_cmpint (steward_calendar_business_seconds_between (cal, at ("2026-09-26"),
                                                              at ("2026-10-12")),
                   ==, (1 + 3 + 2 + 1) * 8 * 3600);
}

static void
test_close_of_working_day (void)
{
  g_autoptr(StewardCalendar) cal = china_2026 ();
  gint64 t;

  /* Monday is day 0: the 3rd working day after it is Thursday. */
  t = steward_calendar_close_of_working_day_after (cal, at ("2026-03-09T10:00"), 3);
  assert_instant (t, shanghai, "2026-03-12T18:00:00+08:00");
  /* Wednesday 30 September, then the holiday week: 8, 9 and the make-up Saturday 10 October. */
  t = steward_calendar_close_of_working_day_after (cal, at ("2026-09-30T16:00"), 3);
  assert_instant (t, shanghai, "2026-10-10T18:00:00+08:00");
  /* A Saturday start is day 0 too: Monday, Tuesday. */
  t = steward_calendar_close_of_working_day_after (cal, at ("2026-03-14T10:00"), 2);
  assert_instant (t, shanghai, "2026-03-17T18:00:00+08:00");
  /* Late in the evening is still the same local date. */
  t = steward_calendar_close_of_working_day_after (cal, at ("2026-03-09T23:59:59"), 1);
  assert_instant (t, shanghai, "2026-03-10T18:00:00+08:00");
  t = steward_calendar_close_of_working_day_after (cal, at ("2026-03-09T10:00"), 0);
  assert_instant (t, shanghai, "2026-03-09T18:00:00+08:00");
}

static void
test_windows_refused (void)
{
  g_autoptr(StewardCalendar) cal = steward_calendar_new (shanghai);
  const StewardHours overlap[] = { { 540, 720 }, { 700, 1080 } };
  const StewardHours unsorted[] = { { 780, 1080 }, { 540, 720 } };
  const StewardHours empty_window[] = { { 720, 720 } };
  const StewardHours backwards[] = { { 1080, 540 } };
  const StewardHours past_midnight[] = { { 1200, 1441 } };
  struct { const StewardHours *w; guint n; } bad[] = {
    { overlap, 2 }, { unsorted, 2 }, { empty_window, 1 }, { backwards, 1 }, { past_midnight, 1 },
    { overlap, 0 },
  };
  guint changed = 0;

  g_signal_connect (cal, "changed", G_CALLBACK (count_changed), &changed);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      g_assert_false (steward_calendar_set_windows (cal, bad[i].w, bad[i].n, &error));
      g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
      text = steward_calendar_format_windows (cal);
      g_assert_cmpstr (text, ==, "09:00-12:00,13:00-18:00");
    }
  g_assert_cmpuint (changed, ==, 0);
}

static void
test_windows_set (void)
{
  g_autoptr(StewardCalendar) cal = steward_calendar_new (shanghai);
  const StewardHours touching[] = { { 510, 720 }, { 720, 750 }, { 810, 1050 } };
  const StewardHours whole_day[] = { { 0, 1440 } };
  g_autofree char *text = NULL;
  guint changed = 0;

  g_signal_connect (cal, "changed", G_CALLBACK (count_changed), &changed);

  g_assert_true (steward_calendar_set_windows (cal, touching, 3, NULL));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (steward_calendar_set_windows (cal, touching, 3, NULL));
  g_assert_cmpuint (changed, ==, 1);
  text = steward_calendar_format_windows (cal);
  g_assert_cmpstr (text, ==, "08:30-12:00,12:00-12:30,13:30-17:30");
  /* 08:30–12:30 is four hours without a break, then 13:30. */
  assert_instant (steward_calendar_add_business_seconds (cal, at ("2026-03-09T08:00"), 4 * 3600 + 60),
                  shanghai, "2026-03-09T13:31:00+08:00");

  g_assert_true (steward_calendar_set_windows (cal, whole_day, 1, NULL));
  assert_instant (steward_calendar_add_business_seconds (cal, at ("2026-03-13T23:00"), 7200),
                  shanghai, "2026-03-16T01:00:00+08:00");
  g_assert_cmpuint (changed, ==, 2);
}

static void
test_windows_parse (void)
{
  const char *bad[] = { "", " , ", "09:00", "9-12", "09:00-12:00,11:00-13:00", "13:00-18:00,09:00-12:00",
                        "24:00-25:00", "18:00-09:00", "09:60-10:00", "09:00-12:00x", "ab:cd-12:00" };
  g_autoptr(GArray) w = NULL;
  g_autoptr(GArray) w2 = NULL;

  g_assert_true (steward_calendar_parse_windows ("09:00-12:00,13:00-18:00", &w, NULL));
  g_assert_cmpuint (w->len, ==, 2);
  g_assert_cmpuint (g_array_index (w, StewardHours, 0).start, ==, 540);
  g_assert_cmpuint (g_array_index (w, StewardHours, 1).end, ==, 1080);

  /* Chinese punctuation and dashes, single-digit hours, and the end of the day. */
  g_assert_true (steward_calendar_parse_windows (" 9:00–12:00，13:30 - 24:00 ", &w2, NULL));
  g_assert_cmpuint (w2->len, ==, 2);
  g_assert_cmpuint (g_array_index (w2, StewardHours, 0).start, ==, 540);
  g_assert_cmpuint (g_array_index (w2, StewardHours, 1).start, ==, 810);
  g_assert_cmpuint (g_array_index (w2, StewardHours, 1).end, ==, 1440);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      GArray *out = NULL;

      g_assert_false (steward_calendar_parse_windows (bad[i], &out, &error));
      g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
      g_assert_null (out);
    }
}

static void
test_days_signal_and_list (void)
{
  g_autoptr(StewardCalendar) cal = steward_calendar_new (shanghai);
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify)steward_calendar_day_free);
  g_autoptr(GPtrArray) listed = NULL;
  GDate d1 = date_of (2026, 10, 2), d2 = date_of (2026, 9, 27), d3 = date_of (2026, 10, 1);
  guint changed = 0;

  g_signal_connect (cal, "changed", G_CALLBACK (count_changed), &changed);

  set_day (cal, 2026, 10, 1, FALSE, "国庆节");
  set_day (cal, 2026, 10, 1, FALSE, "国庆节");
  g_assert_cmpuint (changed, ==, 1);
  set_day (cal, 2026, 10, 1, FALSE, "National Day");
  g_assert_cmpuint (changed, ==, 2);

  g_ptr_array_add (days, steward_calendar_day_new (&d1, FALSE, "国庆节"));
  g_ptr_array_add (days, steward_calendar_day_new (&d2, TRUE, "补班"));
  g_ptr_array_add (days, steward_calendar_day_new (&d3, FALSE, "国庆节"));
  steward_calendar_set_days (cal, days);
  g_assert_cmpuint (changed, ==, 3);

  listed = steward_calendar_list_days (cal);
  g_assert_cmpuint (listed->len, ==, 3);
  g_assert_cmpint (g_date_compare (&((StewardCalendarDay *)listed->pdata[0])->date, &d2), ==, 0);
  g_assert_true (((StewardCalendarDay *)listed->pdata[0])->working);
  g_assert_cmpint (g_date_compare (&((StewardCalendarDay *)listed->pdata[1])->date, &d3), ==, 0);
  g_assert_cmpstr (((StewardCalendarDay *)listed->pdata[1])->name, ==, "国庆节");
  g_assert_cmpint (g_date_compare (&((StewardCalendarDay *)listed->pdata[2])->date, &d1), ==, 0);

  g_assert_true (steward_calendar_remove_day (cal, &d1));
  g_assert_cmpuint (changed, ==, 4);
}

/* Every date a holiday for four years: searches give up with STEWARD_TIME_NONE instead of
 * looping forever. */
static void
test_no_working_day (void)
{
  g_autoptr(StewardCalendar) cal = steward_calendar_new (shanghai);
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify)steward_calendar_day_free);
  GDate d = date_of (2026, 1, 1);

  for (guint i = 0; i < 4 * 366; i++, g_date_add_days (&d, 1))
    g_ptr_array_add (days, steward_calendar_day_new (&d, FALSE, NULL));
  steward_calendar_set_days (cal, days);

  g_assert_cmpint (steward_calendar_add_business_seconds (cal, at ("2026-03-09T10:00"), 60),
                   ==, STEWARD_TIME_NONE);
  g_assert_cmpint (steward_calendar_close_of_working_day_after (cal, at ("2026-03-09T10:00"), 3),
                   ==, STEWARD_TIME_NONE);
  g_assert_false (steward_calendar_is_business_time (cal, at ("2026-03-09T10:00")));
}

static void
test_berlin_dst (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(StewardCalendar) cal = steward_calendar_new (berlin);
  const StewardHours whole_day[] = { { 0, 1440 } };
  gint64 t = 0;

  g_assert_nonnull (berlin);
  /* Friday 17:00 CET + 2 h: 1 h Friday, 1 h Monday after clocks went forward on Sunday. */
  g_assert_true (steward_time_parse ("2026-03-27T17:00:00+01:00", NULL, &t, NULL));
  assert_instant (steward_calendar_add_business_seconds (cal, t, 7200), berlin,
                  "2026-03-30T10:00:00+02:00");
  g_assert_true (steward_time_parse ("2026-03-30T09:00:00+02:00", NULL, &t, NULL));
  g_assert_true (steward_calendar_is_business_time (cal, t));
  g_assert_false (steward_calendar_is_business_time (cal, t - 1));
  assert_instant (steward_calendar_close_of_working_day_after (cal, t, 1), berlin,
                  "2026-03-31T18:00:00+02:00");

  /* A worked Sunday of round-the-clock windows lasts 23 h in March and 25 h in October. */
  g_assert_true (steward_calendar_set_windows (cal, whole_day, 1, NULL));
  set_day (cal, 2026, 3, 29, TRUE, NULL);
  set_day (cal, 2026, 10, 25, TRUE, NULL);
  {
    gint64 a, b;

    g_assert_true (steward_time_parse ("2026-03-29T00:00:00+01:00", NULL, &a, NULL));
    g_assert_true (steward_time_parse ("2026-03-30T00:00:00+02:00", NULL, &b, NULL));
    g_assert_cmpint (steward_calendar_business_seconds_between (cal, a, b), ==, 23 * 3600);
    g_assert_true (steward_time_parse ("2026-10-25T00:00:00+02:00", NULL, &a, NULL));
    g_assert_true (steward_time_parse ("2026-10-26T00:00:00+01:00", NULL, &b, NULL));
    g_assert_cmpint (steward_calendar_business_seconds_between (cal, a, b), ==, 25 * 3600);
  }
}

/* The demo generator computes a million deadlines: stepping window by window keeps each one
 * cheap. Run with -m perf. */
static void
test_perf_million (void)
{
  g_autoptr(StewardCalendar) cal = china_2026 ();
  gint64 start = at ("2026-03-02T00:00");
  gint64 sum = 0;
  double elapsed;

  g_test_timer_start ();
  for (guint i = 0; i < 1000000; i++)
    sum += steward_calendar_add_business_seconds (cal, start + (gint64)(i % 20000) * 613, 7200);
  elapsed = g_test_timer_elapsed ();
  g_test_minimized_result (elapsed, "1,000,000 deadlines: %.2f s", elapsed);
  g_assert_cmpint (sum, !=, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  shanghai = g_time_zone_new_identifier ("Asia/Shanghai");

  g_test_add_func ("/calendar/defaults", test_defaults);
  g_test_add_func ("/calendar/working-days", test_working_days);
  g_test_add_func ("/calendar/business-time", test_business_time);
  g_test_add_func ("/calendar/add-business-seconds", test_add_business_seconds);
  g_test_add_func ("/calendar/seconds-between", test_seconds_between);
  g_test_add_func ("/calendar/close-of-working-day", test_close_of_working_day);
  g_test_add_func ("/calendar/windows-refused", test_windows_refused);
  g_test_add_func ("/calendar/windows-set", test_windows_set);
  g_test_add_func ("/calendar/windows-parse", test_windows_parse);
  g_test_add_func ("/calendar/days-signal-and-list", test_days_signal_and_list);
  g_test_add_func ("/calendar/no-working-day", test_no_working_day);
  g_test_add_func ("/calendar/berlin-dst", test_berlin_dst);
  if (g_test_perf ())
    g_test_add_func ("/calendar/perf-million", test_perf_million);

  return g_test_run ();
}
