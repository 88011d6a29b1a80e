/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-report-period"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "steward-error.h"
#include "steward-time.h"
#include "steward-report-period.h"
#include "steward-enum-private.h"

/* Years a period may name: the end of a period must still be a valid GDateTime. */
#define MIN_YEAR 1900
#define MAX_YEAR 9998

struct _StewardReportPeriod
{
  GTimeZone         *tz;
  GDate              first;  /* first day inside */
  GDate              after;  /* first day after */
  StewardPeriodUnit  unit;
  gint64             start;
  gint64             end;
};

G_DEFINE_BOXED_TYPE (StewardReportPeriod, steward_report_period,
                     steward_report_period_copy, steward_report_period_free)


STEWARD_DEFINE_ENUM (steward_report_periodic, "StewardReportPeriodic",
  { STEWARD_REPORT_PERIODIC_NONE,      NC_("StewardReportPeriodic", "Not scheduled"), "none" },
  { STEWARD_REPORT_PERIODIC_DAILY,     NC_("StewardReportPeriodic", "Daily"),         "daily" },
  { STEWARD_REPORT_PERIODIC_WEEKLY,    NC_("StewardReportPeriodic", "Weekly"),        "weekly" },
  { STEWARD_REPORT_PERIODIC_MONTHLY,   NC_("StewardReportPeriodic", "Monthly"),       "monthly" },
  { STEWARD_REPORT_PERIODIC_QUARTERLY, NC_("StewardReportPeriodic", "Quarterly"),     "quarterly" })

STEWARD_DEFINE_ENUM (steward_period_unit, "StewardPeriodUnit",
  { STEWARD_PERIOD_UNIT_DAY,     NC_("StewardPeriodUnit", "Day"),     "day" },
  { STEWARD_PERIOD_UNIT_WEEK,    NC_("StewardPeriodUnit", "Week"),    "week" },
  { STEWARD_PERIOD_UNIT_MONTH,   NC_("StewardPeriodUnit", "Month"),   "month" },
  { STEWARD_PERIOD_UNIT_QUARTER, NC_("StewardPeriodUnit", "Quarter"), "quarter" },
  { STEWARD_PERIOD_UNIT_YEAR,    NC_("StewardPeriodUnit", "Year"),    "year" },
  { STEWARD_PERIOD_UNIT_RANGE,   NC_("StewardPeriodUnit", "Dates"),   "range" })

typedef struct
{
  const char        *english;
  const char        *chinese;
  StewardPeriodUnit  unit;
  int                offset;  /* 0 = the current one, -1 = the one before */
} RelativeForm;

static const RelativeForm relative_forms[] = {
  { "today",        "今天",   STEWARD_PERIOD_UNIT_DAY,      0 },
  { "yesterday",    "昨天",   STEWARD_PERIOD_UNIT_DAY,     -1 },
  { "this week",    "本周",   STEWARD_PERIOD_UNIT_WEEK,     0 },
  { "last week",    "上周",   STEWARD_PERIOD_UNIT_WEEK,    -1 },
  { "this month",   "本月",   STEWARD_PERIOD_UNIT_MONTH,    0 },
  { "last month",   "上月",   STEWARD_PERIOD_UNIT_MONTH,   -1 },
  { "this quarter", "本季度", STEWARD_PERIOD_UNIT_QUARTER,  0 },
  { "last quarter", "上季度", STEWARD_PERIOD_UNIT_QUARTER, -1 },
  { "this year",    "今年",   STEWARD_PERIOD_UNIT_YEAR,     0 },
  { "last year",    "去年",   STEWARD_PERIOD_UNIT_YEAR,    -1 },
};

static void
set_form_error (GError     **error,
                const char  *text)
{
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
               _("“%s” is not a report period; use today, yesterday, this week, last week, "
                 "this month, last month, this quarter, last quarter, this year, last year, "
                 "a year (2026), a quarter (2026-Q3), a month (2026-03), a week (2026-W47), "
                 "a day (2026-03-09) or dates (2026-03-01..2026-03-31)"),
               text);
}

/* Reads exactly @len ASCII digits. */
static gboolean
read_digits (const char *s,
             guint       len,
             guint      *out)
{
  guint value = 0;

  for (guint i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      value = value * 10 + (guint) (s[i] - '0');
    }
  *out = value;
  return TRUE;
}

static gboolean
year_ok (guint year)
{
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/* "2026-03-09", nothing more, nothing less. */
static gboolean
read_date (const char *s,
           gsize       len,
           GDate      *out)
{
  guint y, m, d;

  if (len != 10 || s[4] != '-' || s[7] != '-' ||
      !read_digits (s, 4, &y) || !read_digits (s + 5, 2, &m) || !read_digits (s + 8, 2, &d))
    return FALSE;
  if (!year_ok (y) || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_set_dmy (out, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

static void
advance (GDate             *date,
         StewardPeriodUnit  unit,
         int                n)
{
  int months = 0;

  switch (unit)
    {
    case STEWARD_PERIOD_UNIT_DAY:
    case STEWARD_PERIOD_UNIT_RANGE:
      if (n >= 0)
        g_date_add_days (date, (guint) n);
      else
        g_date_subtract_days (date, (guint) -n);
      return;
    case STEWARD_PERIOD_UNIT_WEEK:
      advance (date, STEWARD_PERIOD_UNIT_DAY, 7 * n);
      return;
    case STEWARD_PERIOD_UNIT_MONTH:
      months = n;
      break;
    case STEWARD_PERIOD_UNIT_QUARTER:
      months = 3 * n;
      break;
    case STEWARD_PERIOD_UNIT_YEAR:
      months = 12 * n;
      break;
    default:
      g_assert_not_reached ();
    }

  /* Periods start on the 1st, so adding months never clamps a day. */
  if (months >= 0)
    g_date_add_months (date, (guint) months);
  else
    g_date_subtract_months (date, (guint) -months);
}

static gint64
local_midnight (GTimeZone   *tz,
                const GDate *date)
{
  g_autoptr(GDateTime) dt = g_date_time_new (tz,
                                             g_date_get_year (date),
                                             g_date_get_month (date),
                                             g_date_get_day (date),
                                             0, 0, 0);

  /* Years are kept within MIN_YEAR..MAX_YEAR + 1, which GDateTime always represents. */
  g_assert (dt != NULL);
  return g_date_time_to_unix (dt);
}

/* Takes @first and @after (exclusive) as calendar dates; boundaries are local midnights. */
static StewardReportPeriod *
period_new (GTimeZone         *tz,
            StewardPeriodUnit  unit,
            const GDate       *first,
            const GDate       *after)
{
  StewardReportPeriod *self = g_new0 (StewardReportPeriod, 1);

  self->tz = g_time_zone_ref (tz);
  self->unit = unit;
  self->first = *first;
  self->after = *after;
  self->start = local_midnight (tz, first);
  self->end = local_midnight (tz, after);
  return self;
}

static StewardReportPeriod *
unit_period_new (GTimeZone         *tz,
                 StewardPeriodUnit  unit,
                 const GDate       *first)
{
  GDate after = *first;

  advance (&after, unit, 1);
  return period_new (tz, unit, first, &after);
}

/* The first day of the @unit that contains @now, moved by @offset units. */
static StewardReportPeriod *
relative_period_new (GTimeZone         *tz,
                     StewardPeriodUnit  unit,
                     int                offset,
                     gint64             now)
{
  g_autoptr(GDateTime) local = steward_time_to_date_time (now, tz);
  int year = g_date_time_get_year (local);
  int month = g_date_time_get_month (local);
  GDate first;

  g_date_clear (&first, 1);
  switch (unit)
    {
    case STEWARD_PERIOD_UNIT_DAY:
      g_date_set_dmy (&first, g_date_time_get_day_of_month (local), month, year);
      break;
    case STEWARD_PERIOD_UNIT_WEEK:
      /* Weeks start on Monday (day 1 in GLib's numbering). */
      g_date_set_dmy (&first, g_date_time_get_day_of_month (local), month, year);
      g_date_subtract_days (&first, g_date_time_get_day_of_week (local) - 1);
      break;
    case STEWARD_PERIOD_UNIT_MONTH:
      g_date_set_dmy (&first, 1, month, year);
      break;
    case STEWARD_PERIOD_UNIT_QUARTER:
      g_date_set_dmy (&first, 1, (GDateMonth) (((month - 1) / 3) * 3 + 1), year);
      break;
    case STEWARD_PERIOD_UNIT_YEAR:
    case STEWARD_PERIOD_UNIT_RANGE:
    default:
      g_date_set_dmy (&first, 1, G_DATE_JANUARY, year);
      break;
    }
  advance (&first, unit, offset);
  return unit_period_new (tz, unit, &first);
}

/* The Monday of ISO 8601 week @week of @year: week 1 is the one holding 4 January. */
static gboolean
iso_week_monday (guint  year,
                 guint  week,
                 GDate *out)
{
  GDate monday;

  if (week < 1 || week > 53)
    return FALSE;
  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, 4, G_DATE_JANUARY, (GDateYear) year);
  g_date_subtract_days (&monday, g_date_get_weekday (&monday) - 1);
  g_date_add_days (&monday, 7 * (week - 1));
  /* Week 53 exists only in some years. */
  if (g_date_get_iso8601_week_of_year (&monday) != week)
    return FALSE;
  *out = monday;
  return TRUE;
}

static StewardReportPeriod *
parse_range (GTimeZone  *tz,
             const char *text,
             const char *dots,
             GError    **error)
{
  GDate first, last;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  if (!read_date (text, (gsize) (dots - text), &first) ||
      !read_date (dots + 2, strlen (dots + 2), &last))
    return NULL;

  if (g_date_compare (&last, &first) < 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("The period “%s” ends before it starts; write the earlier date first"),
                   text);
      return NULL;
    }

  g_date_add_days (&last, 1);
  return period_new (tz, STEWARD_PERIOD_UNIT_RANGE, &first, &last);
}

/* The absolute forms: 2026, 2026-Q3, 2026-W47, 2026-03, 2026-03-09 and date..date. */
static StewardReportPeriod *
parse_absolute (GTimeZone  *tz,
                const char *text,
                GError    **error)
{
  gsize len = strlen (text);
  const char *dots = strstr (text, "..");
  guint year, n;
  GDate first;

  g_date_clear (&first, 1);
  if (dots != NULL)
    return parse_range (tz, text, dots, error);
  if (len == 10 && read_date (text, len, &first))
    return unit_period_new (tz, STEWARD_PERIOD_UNIT_DAY, &first);
  if (len < 4 || !read_digits (text, 4, &year) || !year_ok (year))
    return NULL;
  if (len == 4)
    {
      g_date_set_dmy (&first, 1, G_DATE_JANUARY, (GDateYear) year);
      return unit_period_new (tz, STEWARD_PERIOD_UNIT_YEAR, &first);
    }
  if (text[4] != '-')
    return NULL;
  if (len == 7 && text[5] == 'q' && read_digits (text + 6, 1, &n) && n >= 1 && n <= 4)
    {
      g_date_set_dmy (&first, 1, (GDateMonth) (3 * n - 2), (GDateYear) year);
      return unit_period_new (tz, STEWARD_PERIOD_UNIT_QUARTER, &first);
    }
  if (len == 8 && text[5] == 'w' && read_digits (text + 6, 2, &n) && iso_week_monday (year, n, &first))
    return unit_period_new (tz, STEWARD_PERIOD_UNIT_WEEK, &first);
  if (len == 7 && read_digits (text + 5, 2, &n) && n >= 1 && n <= 12)
    {
      g_date_set_dmy (&first, 1, (GDateMonth) n, (GDateYear) year);
      return unit_period_new (tz, STEWARD_PERIOD_UNIT_MONTH, &first);
    }
  return NULL;
}

/* Lower case, surrounding spaces dropped and inner runs of spaces made one. */
static char *
normalise (const char *text)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (lower), " \t", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_string_free (out, FALSE);
}

StewardReportPeriod *
steward_report_period_parse (const char  *text,
                             gint64       now,
                             GTimeZone   *tz,
                             GError     **error)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autofree char *normal = NULL;
  g_autoptr(GError) local_error = NULL;
  StewardReportPeriod *period;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (text == NULL)
    text = "";
  zone = tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_local ();
  normal = normalise (text);

  for (guint i = 0; i < G_N_ELEMENTS (relative_forms); i++)
    {
      const RelativeForm *form = &relative_forms[i];

      if (g_str_equal (normal, form->english) || g_str_equal (normal, form->chinese))
        return relative_period_new (zone, form->unit, form->offset, now);
    }

  period = parse_absolute (zone, normal, &local_error);
  if (period != NULL)
    return period;
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    set_form_error (error, text);
  return NULL;
}

StewardReportPeriod *
steward_report_period_last_complete (StewardReportPeriodic kind,
                                     gint64                now,
                                     GTimeZone            *tz)
{
  g_autoptr(GTimeZone) zone = tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_local ();
  StewardPeriodUnit unit;

  switch (kind)
    {
    case STEWARD_REPORT_PERIODIC_DAILY:
      unit = STEWARD_PERIOD_UNIT_DAY;
      break;
    case STEWARD_REPORT_PERIODIC_WEEKLY:
      unit = STEWARD_PERIOD_UNIT_WEEK;
      break;
    case STEWARD_REPORT_PERIODIC_MONTHLY:
      unit = STEWARD_PERIOD_UNIT_MONTH;
      break;
    case STEWARD_REPORT_PERIODIC_QUARTERLY:
      unit = STEWARD_PERIOD_UNIT_QUARTER;
      break;
    case STEWARD_REPORT_PERIODIC_NONE:
    default:
      return NULL;
    }

  /* The current unit is still running at @now (it started at or before it), so the previous
   * one is the latest that is complete. */
  return relative_period_new (zone, unit, -1, now);
}

StewardReportPeriod *
steward_report_period_copy (const StewardReportPeriod *self)
{
  StewardReportPeriod *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->tz = g_time_zone_ref (self->tz);
  return copy;
}

void
steward_report_period_free (StewardReportPeriod *self)
{
  if (self == NULL)
    return;
  g_time_zone_unref (self->tz);
  g_free (self);
}

gint64
steward_report_period_get_start (const StewardReportPeriod *self)
{
  g_return_val_if_fail (self != NULL, STEWARD_TIME_NONE);
  return self->start;
}

gint64
steward_report_period_get_end (const StewardReportPeriod *self)
{
  g_return_val_if_fail (self != NULL, STEWARD_TIME_NONE);
  return self->end;
}

StewardPeriodUnit
steward_report_period_get_unit (const StewardReportPeriod *self)
{
  g_return_val_if_fail (self != NULL, STEWARD_PERIOD_UNIT_RANGE);
  return self->unit;
}

GTimeZone *
steward_report_period_get_time_zone (const StewardReportPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->tz;
}

gboolean
steward_report_period_contains (const StewardReportPeriod *self,
                                gint64                     instant)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return instant >= self->start && instant < self->end;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          (guint) g_date_get_month (date), (guint) g_date_get_day (date));
}

static char *
dup_last_day (const StewardReportPeriod *self)
{
  GDate last = self->after;

  g_date_subtract_days (&last, 1);
  return format_date (&last);
}

char *
steward_report_period_dup_code (const StewardReportPeriod *self)
{
  guint year;
  guint month;

  g_return_val_if_fail (self != NULL, NULL);

  year = g_date_get_year (&self->first);
  month = g_date_get_month (&self->first);
  switch (self->unit)
    {
    case STEWARD_PERIOD_UNIT_DAY:
      return format_date (&self->first);
    case STEWARD_PERIOD_UNIT_WEEK:
      {
        /* The ISO week belongs to the year of its Thursday. */
        GDate thursday = self->first;

        g_date_add_days (&thursday, 3);
        return g_strdup_printf ("%04u-W%02u", g_date_get_year (&thursday),
                                g_date_get_iso8601_week_of_year (&self->first));
      }
    case STEWARD_PERIOD_UNIT_MONTH:
      return g_strdup_printf ("%04u-%02u", year, month);
    case STEWARD_PERIOD_UNIT_QUARTER:
      return g_strdup_printf ("%04u-Q%u", year, (month - 1) / 3 + 1);
    case STEWARD_PERIOD_UNIT_YEAR:
      return g_strdup_printf ("%04u", year);
    case STEWARD_PERIOD_UNIT_RANGE:
    default:
      {
        g_autofree char *first = format_date (&self->first);
        g_autofree char *last = dup_last_day (self);

        return g_strdup_printf ("%s..%s", first, last);
      }
    }
}

static const char * const month_names[] = {
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

char *
steward_report_period_dup_label (const StewardReportPeriod *self)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  guint year;
  guint month;

  g_return_val_if_fail (self != NULL, NULL);

  year = g_date_get_year (&self->first);
  month = g_date_get_month (&self->first);
  first = format_date (&self->first);
  switch (self->unit)
    {
    case STEWARD_PERIOD_UNIT_DAY:
      return g_steal_pointer (&first);
    case STEWARD_PERIOD_UNIT_WEEK:
      /* TRANSLATORS: %s is the date of the week's Monday, 2026-11-16. */
      return g_strdup_printf (_("Week of %s"), first);
    case STEWARD_PERIOD_UNIT_MONTH:
      /* TRANSLATORS: a month of a year: %1$s is the month's name, %2$u the year: March 2026. */
      return g_strdup_printf (C_("report period", "%1$s %2$u"),
                              g_dpgettext2 (GETTEXT_PACKAGE, "month", month_names[month - 1]),
                              year);
    case STEWARD_PERIOD_UNIT_QUARTER:
      /* TRANSLATORS: a quarter of a year: %1$u is the year, %2$u the quarter (1–4): Q3 2026. */
      return g_strdup_printf (_("Q%2$u %1$u"), year, (month - 1) / 3 + 1);
    case STEWARD_PERIOD_UNIT_YEAR:
      /* TRANSLATORS: a whole year as a report period: 2026. */
      return g_strdup_printf (C_("report period", "%u"), year);
    case STEWARD_PERIOD_UNIT_RANGE:
    default:
      last = dup_last_day (self);
      /* TRANSLATORS: inclusive dates: 2026-03-01 – 2026-03-31. */
      return g_strdup_printf (C_("report period", "%1$s – %2$s"), first, last);
    }
}
