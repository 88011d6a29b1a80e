/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "steward-error.h"
#include "steward-time.h"

/* 2026-03-09T10:30:00+08:00 is 02:30 UTC: 1773023400. */
#define MONDAY_1030_SHANGHAI G_GINT64_CONSTANT (1773023400)

static void
test_parse_forms (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  const char *forms[] = {
    "2026-03-09T10:30:00+08:00",
    "2026-03-09T02:30:00Z",
    "2026-03-09T10:30",
    "2026-03-09 10:30",
    "2026-03-09T10:30:00",
    "2026-03-09T10:30+08:00",
    "2026-03-09T02:30Z",
    "2026-03-09T04:30+02:00",
  };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 t = 0;

      g_assert_true (steward_time_parse (forms[i], tz, &t, &error));
      g_assert_no_error (error);
      g_assert_cmpint (t, ==, MONDAY_1030_SHANGHAI);
    }
}

static void
test_parse_date_is_local_midnight (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  gint64 t = 0;

  g_assert_true (steward_time_parse ("2026-03-09", tz, &t, NULL));
  g_assert_cmpint (t, ==, MONDAY_1030_SHANGHAI - (10 * 3600 + 30 * 60));
}

static void
test_parse_refuses (void)
{
  const char *bad[] = { "", "tomorrow", "2026-13-01", "2026-02-30T10:00", "10:30" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 t = 7;

      g_assert_false (steward_time_parse (bad[i], NULL, &t, &error));
      g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
      g_assert_cmpint (t, ==, 7);
    }
}

static void
test_format_iso (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *local = steward_time_format_iso (MONDAY_1030_SHANGHAI, tz);
  g_autofree char *in_utc = steward_time_format_iso (MONDAY_1030_SHANGHAI, utc);

  g_assert_cmpstr (local, ==, "2026-03-09T10:30:00+08:00");
  g_assert_cmpstr (in_utc, ==, "2026-03-09T02:30:00+00:00");
  g_assert_null (steward_time_format_iso (STEWARD_TIME_NONE, tz));
}

/* The local zone is kept between calls (GLib would read the zone file each time), yet a new
 * TZ is seen at once. */
static void
test_local_zone_follows_tz (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("TZ"));
  g_autofree char *shanghai = NULL;
  g_autofree char *new_york = NULL;

  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  shanghai = steward_time_format_iso (MONDAY_1030_SHANGHAI, NULL);
  g_setenv ("TZ", "America/New_York", TRUE);
  new_york = steward_time_format_iso (MONDAY_1030_SHANGHAI, NULL);
  if (saved != NULL)
    g_setenv ("TZ", saved, TRUE);
  else
    g_unsetenv ("TZ");

  g_assert_true (g_str_has_suffix (shanghai, "T10:30:00+08:00"));
  g_assert_true (g_str_has_suffix (new_york, "T21:30:00-05:00")
                 || g_str_has_suffix (new_york, "T22:30:00-04:00"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/time/parse-forms", test_parse_forms);
  g_test_add_func ("/time/parse-date-is-local-midnight", test_parse_date_is_local_midnight);
  g_test_add_func ("/time/parse-refuses", test_parse_refuses);
  g_test_add_func ("/time/format-iso", test_format_iso);
  g_test_add_func ("/time/local-zone-follows-tz", test_local_zone_follows_tz);

  return g_test_run ();
}
