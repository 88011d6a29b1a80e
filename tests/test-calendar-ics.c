/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "steward-calendar.h"
#include "steward-error.h"

/* A holiday file as calendar apps export it: CRLF, folded lines (one folded inside a UTF-8
 * character), escapes, a timed meeting that is not a holiday, and an alarm whose SUMMARY
 * belongs to the alarm, not to the event. */
static const char sample_ics[] =
  "BEGIN:VCALENDAR\r\n"
  "VERSION:2.0\r\n"
  "PRODID:-//Steward tests//Holidays 2026//ZH\r\n"
  "X-WR-CALNAME:中国节假日 2026\r\n"
  "BEGIN:VEVENT\r\n"
  "UID:national-day@test\r\n"
  "DTSTART;VALUE=DATE:20261001\r\n"
  "DTEND;VALUE=DATE:20261008\r\n"
  "SUMMARY:国庆节\\, 中秋\r\n"
  " 节假期\r\n"
  "DESCRIPTION:放假调休\\n共 7 天\r\n"
  "END:VEVENT\r\n"
  "BEGIN:VEVENT\r\n"
  "UID:makeup-1@test\r\n"
  "DTSTART;VALUE=DATE:20260927\r\n"
  "SUMMARY:国庆节\xE8\xA1\r\n"
  "\t\xA5\xE7\x8F\xAD\r\n"  /* "补班" split in the middle of 补 */
  "END:VEVENT\r\n"
  "BEGIN:VEVENT\r\n"
  "UID:makeup-2@test\r\n"
  "DTSTART;VALUE=DATE:20261010\r\n"
  "DTEND;VALUE=DATE:20261011\r\n"
  "SUMMARY:National Day make-up\r\n"
  "CATEGORIES:Holiday,Working Day\r\n"
  "END:VEVENT\r\n"
  "BEGIN:VEVENT\r\n"
  "UID:meeting@test\r\n"
  "DTSTART;TZID=Asia/Shanghai:20261015T090000\r\n"
  "DTEND;TZID=Asia/Shanghai:20261015T100000\r\n"
  "SUMMARY:Quarterly review\r\n"
  "END:VEVENT\r\n"
  "BEGIN:VEVENT\r\n"
  "UID:new-year@test\r\n"
  "DTSTART;VALUE=DATE:20260101\r\n"
  "BEGIN:VALARM\r\n"
  "ACTION:DISPLAY\r\n"
  "TRIGGER:-PT15M\r\n"
  "SUMMARY:上班提醒\r\n"
  "END:VALARM\r\n"
  "SUMMARY:元旦\r\n"
  "END:VEVENT\r\n"
  "END:VCALENDAR\r\n";

static void
assert_day (GPtrArray  *days,
            guint       i,
            const char *iso_date,
            gboolean    working,
            const char *name)
{
  StewardCalendarDay *day = g_ptr_array_index (days, i);
  char buf[16];

  g_date_strftime (buf, sizeof buf, "%Y-%m-%d", &day->date);
  g_assert_cmpstr (buf, ==, iso_date);
  g_assert_cmpint (day->working, ==, working);
  g_assert_cmpstr (day->name, ==, name);
}

static void
test_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = steward_calendar_parse_ics (sample_ics, strlen (sample_ics), &error);

  g_assert_no_error (error);
  g_assert_nonnull (days);
  g_assert_cmpuint (days->len, ==, 10);
  assert_day (days, 0, "2026-01-01", FALSE, "元旦");
  assert_day (days, 1, "2026-09-27", TRUE, "国庆节补班");
  assert_day (days, 2, "2026-10-01", FALSE, "国庆节, 中秋节假期");
  assert_day (days, 5, "2026-10-04", FALSE, "国庆节, 中秋节假期");
  assert_day (days, 8, "2026-10-07", FALSE, "国庆节, 中秋节假期");
  assert_day (days, 9, "2026-10-10", TRUE, "National Day make-up");
}

/* LF line ends, no DTEND (one day), a DURATION of two days, and a NUL-terminated length. */
static void
test_lf_and_duration (void)
{
  const char *text =
    "\xEF\xBB\xBF" "BEGIN:VCALENDAR\n"
    "BEGIN:VEVENT\n"
    "DTSTART;VALUE=DATE:20260501\n"
    "DURATION:P2D\n"
    "SUMMARY:Labour Day\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "DTSTART:20260509\n"
    "SUMMARY:Workday\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = steward_calendar_parse_ics (text, (gsize)-1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 3);
  assert_day (days, 0, "2026-05-01", FALSE, "Labour Day");
  assert_day (days, 1, "2026-05-02", FALSE, "Labour Day");
  assert_day (days, 2, "2026-05-09", TRUE, "Workday");
}

static void
test_import_into_calendar (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(StewardCalendar) cal = steward_calendar_new (tz);
  g_autoptr(GPtrArray) days = steward_calendar_parse_ics (sample_ics, strlen (sample_ics), NULL);
  GDate holiday, makeup;

  g_date_clear (&holiday, 1);
  g_date_clear (&makeup, 1);
  g_date_set_dmy (&holiday, 5, G_DATE_OCTOBER, 2026);
  g_date_set_dmy (&makeup, 27, G_DATE_SEPTEMBER, 2026);
  g_assert_true (steward_calendar_is_working_day (cal, &holiday));
  g_assert_false (steward_calendar_is_working_day (cal, &makeup));

  steward_calendar_set_days (cal, days);
  g_assert_false (steward_calendar_is_working_day (cal, &holiday));
  g_assert_true (steward_calendar_is_working_day (cal, &makeup));
}

static void
test_refused (void)
{
  const char *bad[] = {
    "",
    "Hello, this is a holiday list\n2026-10-01\n",
    "BEGIN:VCARD\r\nFN:Li Lei\r\nEND:VCARD\r\n",
    /* Truncated before END:VCALENDAR. */
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261001\r\n",
    /* END that closes nothing. */
    "BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    /* A 13th month. */
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261301\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    /* Not a property line. */
    "BEGIN:VCALENDAR\r\nthis is not a property\r\nEND:VCALENDAR\r\n",
    /* Not UTF-8 (GB18030 bytes of 国庆). */
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261001\r\nSUMMARY:\xB9\xFA\xC7\xEC\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n",
    /* Ten years of holiday. */
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\nDTEND;VALUE=DATE:20360101\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      GPtrArray *days = steward_calendar_parse_ics (bad[i], strlen (bad[i]), &error);

      g_assert_null (days);
      g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
    }
}

static void
test_empty_calendar (void)
{
  const char *text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
  g_autoptr(GPtrArray) days = steward_calendar_parse_ics (text, strlen (text), NULL);

  g_assert_nonnull (days);
  g_assert_cmpuint (days->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar-ics/sample", test_sample);
  g_test_add_func ("/calendar-ics/lf-and-duration", test_lf_and_duration);
  g_test_add_func ("/calendar-ics/import-into-calendar", test_import_into_calendar);
  g_test_add_func ("/calendar-ics/refused", test_refused);
  g_test_add_func ("/calendar-ics/empty-calendar", test_empty_calendar);

  return g_test_run ();
}
