/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-dashboard-state"

#include "config.h"

#include "steward-dashboard-state.h"

#include <glib/gi18n-lib.h>

#include "steward-complaint-rules.h"
#include "steward-enums.h"
#include "steward-time.h"

static GDateTime *
local_midnight (gint64     now,
                GTimeZone *tz)
{
  g_autoptr(GDateTime) when = steward_time_to_date_time (now, tz);

  return g_date_time_new (g_date_time_get_timezone (when), g_date_time_get_year (when),
                          g_date_time_get_month (when), g_date_time_get_day_of_month (when),
                          0, 0, 0);
}

void
steward_dashboard_month_range (gint64     now,
                               GTimeZone *tz,
                               gint64    *out_from,
                               gint64    *out_until)
{
  g_autoptr(GDateTime) midnight = local_midnight (now, tz);
  g_autoptr(GDateTime) first = g_date_time_add_days (midnight,
                                                     1 - g_date_time_get_day_of_month (midnight));
  g_autoptr(GDateTime) next = g_date_time_add_months (first, 1);

  *out_from = g_date_time_to_unix (first);
  *out_until = g_date_time_to_unix (next);
}

void
steward_dashboard_days_range (gint64     now,
                              GTimeZone *tz,
                              guint      n_days,
                              gint64    *out_from,
                              gint64    *out_until)
{
  g_autoptr(GDateTime) midnight = local_midnight (now, tz);
  g_autoptr(GDateTime) end = g_date_time_add_days (midnight, n_days);

  *out_from = g_date_time_to_unix (midnight);
  *out_until = g_date_time_to_unix (end);
}

char *
steward_dashboard_format_span (gint64 seconds)
{
  /* Minutes fit an int for any span a deadline can have (4,000 years). */
  gint64 total = MAX (seconds, 0) / 60;
  int days = (int) (total / (24 * 60));
  int hours = (int) (total / 60 % 24);
  int minutes = (int) (total % 60);

  if (days > 0)
    /* Translators: a span of days and hours, e.g. "2 d 4 h". */
    return g_strdup_printf (_("%d d %d h"), days, hours);
  if (hours > 0 && minutes > 0)
    /* Translators: a span of hours and minutes, e.g. "3 h 20 min". */
    return g_strdup_printf (_("%d h %d min"), hours, minutes);
  if (hours > 0)
    /* Translators: a span of whole hours, e.g. "2 h". */
    return g_strdup_printf (_("%d h"), hours);
  /* Translators: a span of minutes, e.g. "45 min". */
  return g_strdup_printf (_("%d min"), minutes);
}

StewardSlaStatus
steward_dashboard_complaint_clock (StewardComplaint  *complaint,
                                   gint64             now,
                                   char             **out_text)
{
  StewardComplaintState state = steward_complaint_get_state (complaint);
  gboolean accepting = state == STEWARD_COMPLAINT_STATE_RECEIVED;
  gint64 due;
  g_autofree char *span = NULL;
  StewardSlaStatus status;

  if (state != STEWARD_COMPLAINT_STATE_RECEIVED && state != STEWARD_COMPLAINT_STATE_ACCEPTED)
    {
      *out_text = g_strdup ("");
      return STEWARD_SLA_STATUS_NONE;
    }

  due = accepting ? steward_complaint_accept_by (complaint) : steward_complaint_resolve_by (complaint);
  /* "Within" is inclusive: the limit itself is still in time. */
  if (now > due)
    {
      span = steward_dashboard_format_span (now - due);
      *out_text = g_strdup_printf (accepting ? _("Acceptance overdue by %s")
                                             : _("Solution overdue by %s"), span);
      return STEWARD_SLA_STATUS_BREACHED;
    }

  span = steward_dashboard_format_span (due - now);
  status = due - now <= STEWARD_COMPLAINT_DUE_SOON_SECONDS ? STEWARD_SLA_STATUS_DUE_SOON
                                                           : STEWARD_SLA_STATUS_RUNNING;
  *out_text = g_strdup_printf (accepting ? _("Accept within %s") : _("Solution due within %s"),
                               span);
  return status;
}

char *
steward_dashboard_training_text (StewardTrainingSession *session,
                                 gint64                  now,
                                 GTimeZone              *tz)
{
  g_autoptr(GDateTime) start = steward_time_to_date_time (steward_training_session_get_start (session), tz);
  g_autoptr(GDateTime) end = steward_time_to_date_time (steward_training_session_get_end (session), tz);
  g_autofree char *from = g_date_time_format (start, "%H:%M");
  g_autofree char *until = g_date_time_format (end, "%H:%M");
  gint64 today_from, today_until;
  const char *day;

  steward_dashboard_days_range (now, tz, 1, &today_from, &today_until);
  if (steward_training_session_get_start (session) < today_until)
    day = _("Today");
  else
    day = _("Tomorrow");

  /* Translators: day, start–end, format (Online/Offline), trainer. */
  return g_strdup_printf (_("%s %s–%s · %s · %s"), day, from, until,
                          steward_enum_label (STEWARD_TYPE_TRAINING_FORMAT,
                                              steward_training_session_get_format (session)),
                          steward_training_session_get_trainer (session));
}
