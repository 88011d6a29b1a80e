/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-request-state"

#include "config.h"

#include "steward-request-state.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-sla.h"
#include "steward-workflow.h"

const char *
steward_sla_badge_label (StewardSlaStatus status)
{
  /* The words core uses for the statuses everywhere ("Due soon", "Breached"…). */
  if (status == STEWARD_SLA_STATUS_NONE)
    return NULL;
  return steward_enum_label (STEWARD_TYPE_SLA_STATUS, status);
}

const char *
steward_sla_badge_style (StewardSlaStatus status)
{
  switch (status)
    {
    case STEWARD_SLA_STATUS_RUNNING:
      return "accent";
    case STEWARD_SLA_STATUS_DUE_SOON:
      return "warning";
    case STEWARD_SLA_STATUS_BREACHED:
      return "error";
    case STEWARD_SLA_STATUS_MET:
      return "success";
    case STEWARD_SLA_STATUS_PAUSED:
      return "dim-label";
    case STEWARD_SLA_STATUS_NONE:
    default:
      return NULL;
    }
}

typedef struct {
  StewardDeadline deadline;
  gint64   due;
  gint64   done_at;
  gboolean clock_time;
  StewardSlaStatus status;
} Clock;

static void
clock_of (Clock                 *clock,
          StewardServiceRequest *request,
          StewardCalendar       *calendar,
          StewardDeadline        deadline,
          gint64                 now)
{
  clock->deadline = deadline;
  if (deadline == STEWARD_DEADLINE_RESPONSE)
    {
      clock->due = steward_service_request_get_response_due (request);
      clock->done_at = steward_service_request_get_responded_at (request);
      clock->clock_time = steward_service_request_get_emergency (request);
      clock->status = steward_workflow_response_status (request, calendar, now);
    }
  else
    {
      clock->due = steward_service_request_get_delivery_due (request);
      clock->done_at = steward_service_request_get_delivered_at (request);
      clock->clock_time = FALSE;
      clock->status = steward_workflow_delivery_status (request, calendar, now);
    }
}

/* Time left on a running clock; a paused one stopped when the hold began. */
static gint64
clock_seconds_left (const Clock           *clock,
                    StewardServiceRequest *request,
                    StewardCalendar       *calendar,
                    gint64                 now)
{
  if (clock->due == STEWARD_TIME_NONE || clock->done_at != STEWARD_TIME_NONE)
    return 0;
  if (clock->status == STEWARD_SLA_STATUS_PAUSED)
    now = steward_service_request_get_hold_started_at (request);
  if (clock->status == STEWARD_SLA_STATUS_NONE)
    return 0;

  return steward_sla_time_left (calendar, clock->due, now, clock->clock_time);
}

static char *
no_deadline_text (StewardServiceRequest *request,
                  StewardDeadline        deadline)
{
  StewardState state = steward_service_request_get_state (request);

  if (state == STEWARD_STATE_CANCELLED || state == STEWARD_STATE_REJECTED)
    return g_strdup (_("Closed before this step"));
  if (deadline == STEWARD_DEADLINE_RESPONSE)
    return g_strdup (_("No response deadline"));
  if (!steward_service_is_solution (steward_service_request_get_service (request)))
    return g_strdup (_("This service has no delivery deadline"));

  return g_strdup (_("Set when the request is confirmed and the deposit is in"));
}

static char *
done_text (StewardDeadline deadline,
           gboolean        met,
           const char     *done,
           const char     *due)
{
  if (deadline == STEWARD_DEADLINE_RESPONSE)
    /* TRANSLATORS: the first %s is when the first response happened, the second its deadline */
    return met ? g_strdup_printf (_("Responded %s (due %s)"), done, due)
               : g_strdup_printf (_("Responded %s, after the deadline %s"), done, due);

  /* TRANSLATORS: the first %s is when the work was delivered, the second its deadline */
  return met ? g_strdup_printf (_("Delivered %s (due %s)"), done, due)
             : g_strdup_printf (_("Delivered %s, after the deadline %s"), done, due);
}

static char *
deadline_text (const Clock           *clock,
               StewardServiceRequest *request,
               StewardDeadline        deadline,
               gint64                 seconds_left,
               GTimeZone             *tz)
{
  g_autofree char *due = steward_request_format_instant (clock->due, tz);
  g_autofree char *done = steward_request_format_instant (clock->done_at, tz);
  g_autofree char *left = steward_sla_format_time_left (seconds_left);

  switch (clock->status)
    {
    case STEWARD_SLA_STATUS_RUNNING:
    case STEWARD_SLA_STATUS_DUE_SOON:
      /* TRANSLATORS: "Due Mon 9 Mar 10:00 · 1 h 30 min left" */
      return g_strdup_printf (_("Due %s · %s"), due, left);
    case STEWARD_SLA_STATUS_PAUSED:
      /* TRANSLATORS: %s is the time left when the hold began, as in "1 h 30 min left" */
      return g_strdup_printf (_("Paused while waiting on the client · %s"), left);
    case STEWARD_SLA_STATUS_MET:
      return done_text (deadline, TRUE, done, due);
    case STEWARD_SLA_STATUS_BREACHED:
      if (clock->done_at != STEWARD_TIME_NONE)
        return done_text (deadline, FALSE, done, due);
      /* TRANSLATORS: "Was due Fri 6 Mar 18:00 · overdue by 2 h" */
      return g_strdup_printf (_("Was due %s · %s"), due, left);
    case STEWARD_SLA_STATUS_NONE:
    default:
      return no_deadline_text (request, deadline);
    }
}

void
steward_deadline_view_init (StewardDeadlineView   *view,
                            StewardServiceRequest *request,
                            StewardCalendar       *calendar,
                            StewardDeadline        deadline,
                            gint64                 now)
{
  Clock clock;

  g_return_if_fail (view != NULL);
  g_return_if_fail (STEWARD_IS_SERVICE_REQUEST (request));
  g_return_if_fail (STEWARD_IS_CALENDAR (calendar));

  clock_of (&clock, request, calendar, deadline, now);

  view->status = clock.status;
  view->due = clock.due;
  view->seconds_left = clock_seconds_left (&clock, request, calendar, now);
  if (deadline == STEWARD_DEADLINE_DELIVERY)
    view->title = g_strdup (_("Delivery"));
  else if (clock.clock_time)
    view->title = g_strdup (_("First response (after-hours emergency, clock time)"));
  else
    view->title = g_strdup (_("First response"));
  view->text = deadline_text (&clock, request, deadline, view->seconds_left,
                              steward_calendar_get_timezone (calendar));
  view->badge = steward_sla_badge_label (clock.status);
  view->style = steward_sla_badge_style (clock.status);
}

void
steward_deadline_view_clear (StewardDeadlineView *view)
{
  g_return_if_fail (view != NULL);

  g_clear_pointer (&view->title, g_free);
  g_clear_pointer (&view->text, g_free);
}

static gboolean
is_running (StewardSlaStatus status)
{
  return status == STEWARD_SLA_STATUS_RUNNING || status == STEWARD_SLA_STATUS_DUE_SOON ||
         status == STEWARD_SLA_STATUS_PAUSED;
}

static char *
summary_text (const Clock           *clock,
              StewardServiceRequest *request,
              StewardCalendar       *calendar,
              gint64                 now)
{
  g_autofree char *left = NULL;

  /* The badge already says "Breached": the text says which step was late. */
  if (clock->status == STEWARD_SLA_STATUS_BREACHED && clock->done_at != STEWARD_TIME_NONE)
    return g_strdup (clock->deadline == STEWARD_DEADLINE_RESPONSE ? _("Answered late")
                                                                  : _("Delivered late"));

  left = steward_sla_format_time_left (clock_seconds_left (clock, request, calendar, now));
  if (clock->status == STEWARD_SLA_STATUS_PAUSED)
    /* TRANSLATORS: a paused deadline in the list, as in "Paused · 1 h left" */
    return g_strdup_printf (_("Paused · %s"), left);

  return g_steal_pointer (&left);
}

StewardSlaStatus
steward_request_sla_summary (StewardServiceRequest *request,
                             StewardCalendar       *calendar,
                             gint64                 now,
                             char                 **out_text)
{
  Clock response, delivery;
  const Clock *shown = NULL;

  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), STEWARD_SLA_STATUS_NONE);
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), STEWARD_SLA_STATUS_NONE);

  clock_of (&response, request, calendar, STEWARD_DEADLINE_RESPONSE, now);
  clock_of (&delivery, request, calendar, STEWARD_DEADLINE_DELIVERY, now);

  /* A breach stays visible; then the clock still running; then what was met. */
  if (response.status == STEWARD_SLA_STATUS_BREACHED)
    shown = &response;
  else if (delivery.status == STEWARD_SLA_STATUS_BREACHED)
    shown = &delivery;
  else if (is_running (response.status))
    shown = &response;
  else if (is_running (delivery.status))
    shown = &delivery;
  else if (delivery.status == STEWARD_SLA_STATUS_MET)
    shown = &delivery;
  else if (response.status == STEWARD_SLA_STATUS_MET)
    shown = &response;

  if (out_text != NULL)
    *out_text = shown != NULL ? summary_text (shown, request, calendar, now) : g_strdup ("");

  return shown != NULL ? shown->status : STEWARD_SLA_STATUS_NONE;
}
