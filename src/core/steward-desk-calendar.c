/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-desk"

#include "config.h"

#include "steward-desk.h"
#include "steward-enums.h"
#include "steward-sla.h"

/* How far back the search for the start of "due soon" may go: longer than any run of holidays
 * a real calendar has. A calendar without working time that long has no answer. */
#define MAX_LOOKBACK_SECONDS ((gint64) 400 * 24 * 60 * 60)

gint64
steward_desk_due_soon_at (StewardCalendar *calendar,
                          gint64           due,
                          gboolean         clock_time)
{
  gint64 lo;
  gint64 hi = due;
  gint64 step = STEWARD_SLA_DUE_SOON_SECONDS;

  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), STEWARD_TIME_NONE);

  if (due == STEWARD_TIME_NONE)
    return STEWARD_TIME_NONE;
  if (clock_time)
    return due - STEWARD_SLA_DUE_SOON_SECONDS;

  /* The business time left is a non-increasing function of the instant: widen a window back
   * from the deadline until it holds more than the warning period, then bisect to the second. */
  for (lo = due - step;
       steward_calendar_business_seconds_between (calendar, lo, due) <= STEWARD_SLA_DUE_SOON_SECONDS;
       lo = due - step)
    {
      if (step > MAX_LOOKBACK_SECONDS)
        return STEWARD_TIME_NONE;
      hi = lo;
      step *= 2;
    }

  /* Invariant: more than 15 business minutes are left at lo, at most 15 at hi. */
  while (hi - lo > 1)
    {
      gint64 mid = lo + (hi - lo) / 2;

      if (steward_calendar_business_seconds_between (calendar, mid, due) <= STEWARD_SLA_DUE_SOON_SECONDS)
        hi = mid;
      else
        lo = mid;
    }
  return hi;
}

typedef struct {
  gint64 start;
  gint64 end;
} Hold;

static gboolean
is_state_code (const char *code)
{
  int state;

  return code != NULL && steward_enum_parse (STEWARD_TYPE_STATE, code, &state);
}

/* The completed holds of an audit trail, in order: a state change into waiting-on-client
 * starts one, the next state change out of it ends it. Money and note lines recorded during a
 * hold also carry "waiting-on-client" as their from-state, so only state codes count. A hold
 * still running has no end yet and moves nothing. */
static GArray *
holds_of (GPtrArray *audit)
{
  GArray *holds = g_array_new (FALSE, FALSE, sizeof (Hold));
  const char *waiting = steward_enum_code (STEWARD_TYPE_STATE, STEWARD_STATE_WAITING_ON_CLIENT);
  gint64 start = STEWARD_TIME_NONE;

  for (guint i = 0; audit != NULL && i < audit->len; i++)
    {
      StewardAuditEntry *entry = g_ptr_array_index (audit, i);
      const char *from = steward_audit_entry_get_from_state (entry);
      const char *to = steward_audit_entry_get_to_state (entry);

      if (!is_state_code (to))
        continue;
      if (g_strcmp0 (to, waiting) == 0 && g_strcmp0 (from, waiting) != 0)
        start = steward_audit_entry_get_at (entry);
      else if (g_strcmp0 (from, waiting) == 0 && g_strcmp0 (to, waiting) != 0 &&
               start != STEWARD_TIME_NONE)
        {
          Hold hold = { start, steward_audit_entry_get_at (entry) };

          g_array_append_val (holds, hold);
          start = STEWARD_TIME_NONE;
        }
    }
  return holds;
}

/* A deadline from its base, moved by every hold that ended while its clock still ran (the
 * step not done by the end of the hold) and began after the clock started. */
static gint64
apply_holds (StewardCalendar *calendar,
             gint64           due,
             gint64           clock_start,
             gint64           done_at,
             GArray          *holds,
             gboolean         clock_time)
{
  for (guint i = 0; i < holds->len; i++)
    {
      const Hold *hold = &g_array_index (holds, Hold, i);

      if (hold->start < clock_start)
        continue;
      if (done_at != STEWARD_TIME_NONE && done_at <= hold->end)
        continue;
      due = steward_sla_extend_for_hold (calendar, due, hold->start, hold->end, clock_time);
    }
  return due;
}

gboolean
steward_desk_recompute_deadlines (StewardServiceRequest *request,
                                  StewardCalendar       *calendar,
                                  GPtrArray             *audit)
{
  g_autoptr(GArray) holds = NULL;
  gboolean changed = FALSE;
  gboolean emergency;
  gint64 submitted;
  gint64 start;

  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), FALSE);
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), FALSE);

  if (!steward_state_is_open (steward_service_request_get_state (request)))
    return FALSE;

  holds = holds_of (audit);
  emergency = steward_service_request_get_emergency (request);
  submitted = steward_service_request_get_submitted_at (request);

  /* A clock whose step happened keeps the deadline it was judged against. */
  if (submitted != STEWARD_TIME_NONE &&
      steward_service_request_get_responded_at (request) == STEWARD_TIME_NONE)
    {
      gint64 due = steward_sla_response_due (calendar, submitted,
                                             steward_service_request_get_priority (request),
                                             emergency);

      due = apply_holds (calendar, due, submitted, STEWARD_TIME_NONE, holds, emergency);
      if (due != steward_service_request_get_response_due (request))
        {
          steward_service_request_set_response_due (request, due);
          changed = TRUE;
        }
    }

  start = steward_service_request_get_work_start_at (request);
  if (start != STEWARD_TIME_NONE &&
      steward_service_is_solution (steward_service_request_get_service (request)) &&
      steward_service_request_get_delivered_at (request) == STEWARD_TIME_NONE)
    {
      gint64 due = steward_sla_delivery_due (calendar, start,
                                             steward_service_request_get_complexity (request));

      due = apply_holds (calendar, due, start, STEWARD_TIME_NONE, holds, FALSE);
      if (due != steward_service_request_get_delivery_due (request))
        {
          steward_service_request_set_delivery_due (request, due);
          changed = TRUE;
        }
    }

  return changed;
}
