/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-sla"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-error.h"
#include "steward-sla.h"
#include "steward-time.h"

gint64
steward_sla_response_due (StewardCalendar *calendar,
                          gint64           submitted_at,
                          StewardPriority  priority,
                          gboolean         emergency)
{
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), STEWARD_TIME_NONE);

  if (submitted_at == STEWARD_TIME_NONE)
    return STEWARD_TIME_NONE;

  /* An after-hours emergency is by definition outside business hours: business time would not
   * start before the next morning, so it runs on the clock. */
  if (emergency)
    return submitted_at + STEWARD_SLA_RESPONSE_EMERGENCY_SECONDS;

  return steward_calendar_add_business_seconds (calendar, submitted_at,
                                                priority == STEWARD_PRIORITY_URGENT
                                                  ? STEWARD_SLA_RESPONSE_URGENT_SECONDS
                                                  : STEWARD_SLA_RESPONSE_STANDARD_SECONDS);
}

gint64
steward_sla_delivery_due (StewardCalendar   *calendar,
                          gint64             work_start,
                          StewardComplexity  complexity)
{
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), STEWARD_TIME_NONE);

  if (work_start == STEWARD_TIME_NONE)
    return STEWARD_TIME_NONE;

  switch (complexity)
    {
    case STEWARD_COMPLEXITY_SIMPLE:
      return steward_calendar_close_of_working_day_after (calendar, work_start,
                                                          STEWARD_SLA_DELIVERY_SIMPLE_DAYS);
    case STEWARD_COMPLEXITY_COMPLEX:
      return steward_calendar_close_of_working_day_after (calendar, work_start,
                                                          STEWARD_SLA_DELIVERY_COMPLEX_DAYS);
    case STEWARD_COMPLEXITY_NONE:
    default:
      return STEWARD_TIME_NONE;
    }
}

gboolean
steward_sla_check_emergency (StewardCalendar  *calendar,
                             StewardService    service,
                             StewardPriority   priority,
                             gint64            submitted_at,
                             GError          **error)
{
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), FALSE);
  g_return_val_if_fail (submitted_at != STEWARD_TIME_NONE, FALSE);

  if (!steward_service_is_support (service))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("After-hours emergency support is only for technical support (dedicated "
                     "technical advisor or remote assistance), not for %s"),
                   steward_enum_label (STEWARD_TYPE_SERVICE, service));
      return FALSE;
    }

  if (priority != STEWARD_PRIORITY_URGENT)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Only an urgent request can be an after-hours emergency; this request is "
                     "standard"));
      return FALSE;
    }

  if (steward_calendar_is_business_time (calendar, submitted_at))
    {
      g_autoptr(GDateTime) dt = steward_time_to_date_time (submitted_at,
                                                           steward_calendar_get_timezone (calendar));
      g_autofree char *when = g_date_time_format (dt, "%Y-%m-%d %H:%M");

      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("An after-hours emergency must be submitted outside business hours; %s is "
                     "within business hours"),
                   when);
      return FALSE;
    }

  return TRUE;
}

gint64
steward_sla_extend_for_hold (StewardCalendar *calendar,
                             gint64           due,
                             gint64           hold_start,
                             gint64           hold_end,
                             gboolean         clock_time)
{
  gint64 held;

  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), due);

  if (due == STEWARD_TIME_NONE || hold_start == STEWARD_TIME_NONE || hold_end == STEWARD_TIME_NONE)
    return due;
  /* "Within" is inclusive: a hold that starts exactly at the due instant still pauses a clock
   * that has not been breached. */
  if (hold_start > due || hold_end <= hold_start)
    return due;

  if (clock_time)
    return due + (hold_end - hold_start);

  held = steward_calendar_business_seconds_between (calendar, hold_start, hold_end);
  return steward_calendar_add_business_seconds (calendar, due, held);
}

gint64
steward_sla_time_left (StewardCalendar *calendar,
                       gint64           due,
                       gint64           now,
                       gboolean         clock_time)
{
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), 0);
  g_return_val_if_fail (now != STEWARD_TIME_NONE, 0);

  if (due == STEWARD_TIME_NONE)
    return 0;

  /* Past the deadline the lateness is told on the clock: business time would stand still at
   * night and over weekends, and an overdue request would read "overdue by 0 min". */
  if (clock_time || now > due)
    return due - now;

  return steward_calendar_business_seconds_between (calendar, now, due);
}

StewardSlaStatus
steward_sla_status (StewardCalendar *calendar,
                    gint64           due,
                    gint64           done_at,
                    gint64           now,
                    gboolean         clock_time)
{
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), STEWARD_SLA_STATUS_NONE);

  if (due == STEWARD_TIME_NONE)
    return STEWARD_SLA_STATUS_NONE;

  if (done_at != STEWARD_TIME_NONE)
    return done_at <= due ? STEWARD_SLA_STATUS_MET : STEWARD_SLA_STATUS_BREACHED;

  g_return_val_if_fail (now != STEWARD_TIME_NONE, STEWARD_SLA_STATUS_NONE);

  if (now > due)
    return STEWARD_SLA_STATUS_BREACHED;

  if (steward_sla_time_left (calendar, due, now, clock_time) <= STEWARD_SLA_DUE_SOON_SECONDS)
    return STEWARD_SLA_STATUS_DUE_SOON;

  return STEWARD_SLA_STATUS_RUNNING;
}

/* "1 h 20 min", "45 min", "3 h"; minutes rounded up so that time left never reads 0 early. */
static char *
format_duration (guint64 seconds)
{
  guint64 minutes = (seconds + 59) / 60;
  gulong h = (gulong)(minutes / 60);
  gulong m = (gulong)(minutes % 60);
  g_autofree char *hours_text = NULL;
  g_autofree char *minutes_text = NULL;

  hours_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lu h", "%lu h", h), h);
  minutes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lu min", "%lu min", m), m);

  if (h == 0)
    return g_steal_pointer (&minutes_text);
  if (m == 0)
    return g_steal_pointer (&hours_text);
  /* TRANSLATORS: hours then minutes of a duration, as in "1 h 20 min" */
  return g_strdup_printf (C_("duration", "%s %s"), hours_text, minutes_text);
}

char *
steward_sla_format_time_left (gint64 seconds)
{
  g_autofree char *duration = NULL;

  if (seconds == 0)
    return g_strdup (_("due now"));

  if (seconds > 0)
    {
      duration = format_duration ((guint64)seconds);
      /* TRANSLATORS: %s is a duration such as "1 h 20 min" */
      return g_strdup_printf (_("%s left"), duration);
    }

  /* -G_MININT64 does not exist; compute the magnitude without overflowing. */
  duration = format_duration ((guint64)(-(seconds + 1)) + 1);
  /* TRANSLATORS: %s is a duration such as "2 h 5 min" */
  return g_strdup_printf (_("overdue by %s"), duration);
}
