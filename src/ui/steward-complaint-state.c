/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-complaint-state"

#include "config.h"

#include "steward-complaint-state.h"

#include <glib/gi18n-lib.h>

#include "steward-complaint-rules.h"
#include "steward-money.h"
#include "steward-time.h"

void
steward_clock_view_clear (StewardClockView *view)
{
  g_clear_pointer (&view->text, g_free);
  view->badge = NULL;
  view->style = NULL;
  view->status = STEWARD_SLA_STATUS_NONE;
}

char *
steward_format_clock_span (gint64 seconds)
{
  gint64 minutes = MAX (seconds, 0) / 60;
  guint days = minutes / (24 * 60);
  guint hours = (minutes / 60) % 24;
  guint mins = minutes % 60;

  if (minutes == 0)
    return g_strdup (_("under a minute"));
  if (days > 0 && hours > 0)
    /* TRANSLATORS: days and hours, e.g. "2 d 3 h". */
    return g_strdup_printf (_("%u d %u h"), days, hours);
  if (days > 0)
    return g_strdup_printf (_("%u d"), days);
  if (hours > 0 && mins > 0)
    /* TRANSLATORS: hours and minutes, e.g. "5 h 20 min". */
    return g_strdup_printf (_("%u h %u min"), hours, mins);
  if (hours > 0)
    return g_strdup_printf (_("%u h"), hours);
  return g_strdup_printf (_("%u min"), mins);
}

static void
running_text (StewardComplaintClock  clock,
              gint64                 left,
              StewardClockView      *out)
{
  g_autofree char *span = steward_format_clock_span (left);

  if (clock == STEWARD_COMPLAINT_CLOCK_ACCEPT)
    /* TRANSLATORS: %s is a span such as "5 h 20 min". */
    out->text = g_strdup_printf (_("%s left to accept"), span);
  else
    out->text = g_strdup_printf (_("%s left to give a solution"), span);
}

static void
done_text (StewardComplaintClock  clock,
           gint64                 took,
           gboolean               late,
           StewardClockView      *out)
{
  g_autofree char *span = steward_format_clock_span (took);

  if (clock == STEWARD_COMPLAINT_CLOCK_ACCEPT)
    out->text = late ? g_strdup_printf (_("Accepted after %s, late"), span)
                     : g_strdup_printf (_("Accepted in %s"), span);
  else
    out->text = late ? g_strdup_printf (_("Solution given after %s, late"), span)
                     : g_strdup_printf (_("Solution given in %s"), span);
}

static void
overdue_text (StewardComplaintClock  clock,
              gint64                 over,
              StewardClockView      *out)
{
  g_autofree char *span = steward_format_clock_span (over);

  if (clock == STEWARD_COMPLAINT_CLOCK_ACCEPT)
    out->text = g_strdup_printf (_("Acceptance overdue by %s"), span);
  else
    out->text = g_strdup_printf (_("Solution overdue by %s"), span);
}

void
steward_complaint_clock_view (StewardComplaint      *complaint,
                              StewardComplaintClock  clock,
                              gint64                 now,
                              StewardClockView      *out)
{
  gboolean accept = clock == STEWARD_COMPLAINT_CLOCK_ACCEPT;
  gint64 received = steward_complaint_get_received_at (complaint);
  gint64 due = accept ? steward_complaint_accept_by (complaint)
                      : steward_complaint_resolve_by (complaint);
  gint64 done = accept ? steward_complaint_get_accepted_at (complaint)
                       : steward_complaint_get_resolved_at (complaint);

  g_return_if_fail (STEWARD_IS_COMPLAINT (complaint));

  *out = (StewardClockView) { 0 };
  out->status = accept ? steward_complaint_accept_status (complaint, now)
                       : steward_complaint_resolve_status (complaint, now);

  switch (out->status)
    {
    case STEWARD_SLA_STATUS_RUNNING:
      running_text (clock, due - now, out);
      break;
    case STEWARD_SLA_STATUS_DUE_SOON:
      running_text (clock, due - now, out);
      out->badge = _("Due soon");
      out->style = "warning";
      break;
    case STEWARD_SLA_STATUS_MET:
      done_text (clock, done - received, FALSE, out);
      out->style = "success";
      break;
    case STEWARD_SLA_STATUS_BREACHED:
      if (done != STEWARD_TIME_NONE)
        {
          done_text (clock, done - received, TRUE, out);
          out->badge = _("Late");
        }
      else
        {
          overdue_text (clock, now - due, out);
          out->badge = _("Overdue");
        }
      out->style = "error";
      break;
    case STEWARD_SLA_STATUS_NONE:
    case STEWARD_SLA_STATUS_PAUSED:
    default:
      out->text = g_strdup ("—");
      break;
    }
}

gboolean
steward_complaint_filter_matches (StewardComplaint       *complaint,
                                  StewardComplaintFilter  filter,
                                  gboolean                overdue_only,
                                  gint64                  now)
{
  StewardComplaintState state;
  gboolean listed;

  g_return_val_if_fail (STEWARD_IS_COMPLAINT (complaint), FALSE);

  state = steward_complaint_get_state (complaint);
  switch (filter)
    {
    case STEWARD_COMPLAINT_FILTER_OPEN:
      listed = state != STEWARD_COMPLAINT_STATE_CLOSED;
      break;
    case STEWARD_COMPLAINT_FILTER_RECEIVED:
      listed = state == STEWARD_COMPLAINT_STATE_RECEIVED;
      break;
    case STEWARD_COMPLAINT_FILTER_ACCEPTED:
      listed = state == STEWARD_COMPLAINT_STATE_ACCEPTED;
      break;
    case STEWARD_COMPLAINT_FILTER_RESOLVED:
      listed = state == STEWARD_COMPLAINT_STATE_RESOLVED;
      break;
    case STEWARD_COMPLAINT_FILTER_CLOSED:
      listed = state == STEWARD_COMPLAINT_STATE_CLOSED;
      break;
    case STEWARD_COMPLAINT_FILTER_ALL:
    default:
      listed = TRUE;
      break;
    }

  return listed && (!overdue_only || steward_complaint_is_overdue (complaint, now));
}

const char *
steward_complaint_filter_label (StewardComplaintFilter filter)
{
  static const char * const labels[] = {
    [STEWARD_COMPLAINT_FILTER_OPEN] = NC_("complaint filter", "Open"),
    [STEWARD_COMPLAINT_FILTER_ALL] = NC_("complaint filter", "All"),
    [STEWARD_COMPLAINT_FILTER_RECEIVED] = NC_("complaint filter", "Received"),
    [STEWARD_COMPLAINT_FILTER_ACCEPTED] = NC_("complaint filter", "Accepted"),
    [STEWARD_COMPLAINT_FILTER_RESOLVED] = NC_("complaint filter", "Resolved"),
    [STEWARD_COMPLAINT_FILTER_CLOSED] = NC_("complaint filter", "Closed"),
  };

  g_return_val_if_fail ((guint) filter < G_N_ELEMENTS (labels), NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "complaint filter", labels[filter]);
}

void
steward_complaint_steps (StewardComplaint      *complaint,
                         StewardComplaintSteps *out)
{
  StewardComplaintState state = steward_complaint_get_state (complaint);

  out->can_accept = state == STEWARD_COMPLAINT_STATE_RECEIVED;
  out->can_resolve = state == STEWARD_COMPLAINT_STATE_ACCEPTED;
  out->can_close = state == STEWARD_COMPLAINT_STATE_RESOLVED;
}

static void
event_free (gpointer data)
{
  StewardComplaintEvent *event = data;

  g_free (event->text);
  g_free (event);
}

static void
add_event (GPtrArray  *trail,
           gint64      at,
           char       *text)
{
  StewardComplaintEvent *event = g_new0 (StewardComplaintEvent, 1);

  event->at = at;
  event->text = text;
  g_ptr_array_add (trail, event);
}

static char *
remedy_text (StewardComplaint *complaint)
{
  g_autofree char *amount = NULL;

  switch (steward_complaint_get_remedy (complaint))
    {
    case STEWARD_REMEDY_RESERVICE:
      return g_strdup_printf (_("Remedy: free re-service, request #%lld"),
                              (long long) steward_complaint_get_remedy_request_id (complaint));
    case STEWARD_REMEDY_PARTIAL_REFUND:
      amount = steward_money_format (steward_complaint_get_refund_amount (complaint));
      return g_strdup_printf (_("Remedy: partial refund of %s on request #%lld"),
                              amount, (long long) steward_complaint_get_request_id (complaint));
    case STEWARD_REMEDY_NONE:
    default:
      return NULL;
    }
}

GPtrArray *
steward_complaint_trail (StewardComplaint *complaint)
{
  GPtrArray *trail = g_ptr_array_new_with_free_func (event_free);
  gint64 resolved;
  char *remedy;

  g_return_val_if_fail (STEWARD_IS_COMPLAINT (complaint), trail);

  add_event (trail, steward_complaint_get_received_at (complaint),
             steward_complaint_get_channel (complaint) == STEWARD_COMPLAINT_CHANNEL_HOTLINE
             ? g_strdup (_("Received by hotline"))
             : g_strdup (_("Received by email")));
  if (steward_complaint_get_accepted_at (complaint) != STEWARD_TIME_NONE)
    add_event (trail, steward_complaint_get_accepted_at (complaint), g_strdup (_("Accepted")));

  resolved = steward_complaint_get_resolved_at (complaint);
  if (resolved != STEWARD_TIME_NONE)
    {
      add_event (trail, resolved,
                 g_strdup_printf (_("Solution given: %s"),
                                  steward_complaint_get_solution (complaint)));
      remedy = remedy_text (complaint);
      if (remedy != NULL)
        add_event (trail, resolved, remedy);
    }
  if (steward_complaint_get_closed_at (complaint) != STEWARD_TIME_NONE)
    add_event (trail, steward_complaint_get_closed_at (complaint), g_strdup (_("Closed")));

  return trail;
}
