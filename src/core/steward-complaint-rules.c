/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-complaint-rules"

#include "config.h"

#include "steward-complaint-rules.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "steward-enums.h"
#include "steward-error.h"
#include "steward-money.h"
#include "steward-time.h"

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static const char *
state_label (StewardComplaint *complaint)
{
  return steward_enum_label (STEWARD_TYPE_COMPLAINT_STATE, steward_complaint_get_state (complaint));
}

gboolean
steward_complaint_validate (StewardComplaint  *complaint,
                            GError           **error)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT (complaint), FALSE);

  if (steward_complaint_get_client_id (complaint) <= 0)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("A complaint needs the client it is about"));
      return FALSE;
    }
  if (steward_complaint_get_received_at (complaint) == STEWARD_TIME_NONE)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("A complaint needs the date and time it was received"));
      return FALSE;
    }
  if (is_blank (steward_complaint_get_summary (complaint)))
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("A complaint needs a summary"));
      return FALSE;
    }
  return TRUE;
}

static gint64
after_receipt (StewardComplaint *complaint,
               gint64            seconds)
{
  gint64 received = steward_complaint_get_received_at (complaint);

  return received == STEWARD_TIME_NONE ? STEWARD_TIME_NONE : received + seconds;
}

gint64
steward_complaint_accept_by (StewardComplaint *complaint)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT (complaint), STEWARD_TIME_NONE);

  return after_receipt (complaint, STEWARD_COMPLAINT_ACCEPT_SECONDS);
}

gint64
steward_complaint_resolve_by (StewardComplaint *complaint)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT (complaint), STEWARD_TIME_NONE);

  return after_receipt (complaint, STEWARD_COMPLAINT_RESOLVE_SECONDS);
}

StewardSlaStatus
steward_complaint_clock_status (gint64 due,
                                gint64 done_at,
                                gint64 now)
{
  if (due == STEWARD_TIME_NONE)
    return STEWARD_SLA_STATUS_NONE;
  if (done_at != STEWARD_TIME_NONE)
    return done_at <= due ? STEWARD_SLA_STATUS_MET : STEWARD_SLA_STATUS_BREACHED;
  if (now > due)
    return STEWARD_SLA_STATUS_BREACHED;
  if (now >= due - STEWARD_COMPLAINT_DUE_SOON_SECONDS)
    return STEWARD_SLA_STATUS_DUE_SOON;
  return STEWARD_SLA_STATUS_RUNNING;
}

StewardSlaStatus
steward_complaint_accept_status (StewardComplaint *complaint,
                                 gint64            now)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT (complaint), STEWARD_SLA_STATUS_NONE);

  return steward_complaint_clock_status (steward_complaint_accept_by (complaint),
                                         steward_complaint_get_accepted_at (complaint), now);
}

StewardSlaStatus
steward_complaint_resolve_status (StewardComplaint *complaint,
                                  gint64            now)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT (complaint), STEWARD_SLA_STATUS_NONE);

  return steward_complaint_clock_status (steward_complaint_resolve_by (complaint),
                                         steward_complaint_get_resolved_at (complaint), now);
}

gboolean
steward_complaint_is_overdue (StewardComplaint *complaint,
                              gint64            now)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT (complaint), FALSE);

  return (steward_complaint_get_accepted_at (complaint) == STEWARD_TIME_NONE &&
          steward_complaint_accept_status (complaint, now) == STEWARD_SLA_STATUS_BREACHED) ||
         (steward_complaint_get_resolved_at (complaint) == STEWARD_TIME_NONE &&
          steward_complaint_resolve_status (complaint, now) == STEWARD_SLA_STATUS_BREACHED);
}

/* Refuses a step dated before the step it follows: a clock cannot stop before it started. */
static gboolean
check_not_before (gint64   at,
                  gint64   previous,
                  GError **error)
{
  g_autofree char *shown = NULL;

  if (at == STEWARD_TIME_NONE)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("The step needs a date and time"));
      return FALSE;
    }
  if (previous == STEWARD_TIME_NONE || at >= previous)
    return TRUE;

  shown = steward_time_format_iso (previous, NULL);
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
               _("This step cannot be dated before the previous one (%s)"), shown);
  return FALSE;
}

gboolean
steward_complaint_accept (StewardComplaint  *complaint,
                          gint64             at,
                          GError           **error)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT (complaint), FALSE);

  if (steward_complaint_get_state (complaint) != STEWARD_COMPLAINT_STATE_RECEIVED)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Only a received complaint can be accepted; this one is “%s”"),
                   state_label (complaint));
      return FALSE;
    }
  if (!check_not_before (at, steward_complaint_get_received_at (complaint), error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (complaint));
  steward_complaint_set_accepted_at (complaint, at);
  steward_complaint_set_state (complaint, STEWARD_COMPLAINT_STATE_ACCEPTED);
  g_object_thaw_notify (G_OBJECT (complaint));
  return TRUE;
}

gboolean
steward_complaint_resolve (StewardComplaint  *complaint,
                           gint64             at,
                           const char        *solution,
                           GError           **error)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT (complaint), FALSE);

  if (steward_complaint_get_state (complaint) != STEWARD_COMPLAINT_STATE_ACCEPTED)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Only an accepted complaint can be resolved; this one is “%s”"),
                   state_label (complaint));
      return FALSE;
    }
  if (is_blank (solution))
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                           _("Resolving a complaint needs the solution given to the client"));
      return FALSE;
    }
  if (!check_not_before (at, steward_complaint_get_accepted_at (complaint), error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (complaint));
  steward_complaint_set_solution (complaint, solution);
  steward_complaint_set_resolved_at (complaint, at);
  steward_complaint_set_state (complaint, STEWARD_COMPLAINT_STATE_RESOLVED);
  g_object_thaw_notify (G_OBJECT (complaint));
  return TRUE;
}

gboolean
steward_complaint_close (StewardComplaint  *complaint,
                         gint64             at,
                         GError           **error)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT (complaint), FALSE);

  if (steward_complaint_get_state (complaint) != STEWARD_COMPLAINT_STATE_RESOLVED)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Only a resolved complaint can be closed; this one is “%s”"),
                   state_label (complaint));
      return FALSE;
    }
  if (!check_not_before (at, steward_complaint_get_resolved_at (complaint), error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (complaint));
  steward_complaint_set_closed_at (complaint, at);
  steward_complaint_set_state (complaint, STEWARD_COMPLAINT_STATE_CLOSED);
  g_object_thaw_notify (G_OBJECT (complaint));
  return TRUE;
}

/* Shared by both remedies: chosen once, on an accepted or resolved complaint about a request. */
static gboolean
check_remedy_allowed (StewardComplaint  *complaint,
                      GError           **error)
{
  StewardComplaintState state = steward_complaint_get_state (complaint);

  if (state != STEWARD_COMPLAINT_STATE_ACCEPTED && state != STEWARD_COMPLAINT_STATE_RESOLVED)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("A remedy can be given only to an accepted or resolved complaint; this one is “%s”"),
                   state_label (complaint));
      return FALSE;
    }
  if (steward_complaint_get_remedy (complaint) != STEWARD_REMEDY_NONE)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("This complaint already has a remedy: %s"),
                   steward_enum_label (STEWARD_TYPE_REMEDY, steward_complaint_get_remedy (complaint)));
      return FALSE;
    }
  if (steward_complaint_get_request_id (complaint) == 0)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                           _("A remedy needs the complaint to be linked to a service request"));
      return FALSE;
    }
  return TRUE;
}

gboolean
steward_complaint_check_refund (StewardComplaint  *complaint,
                                gint64             amount,
                                gint64             received_net,
                                GError           **error)
{
  g_autofree char *amount_text = NULL;
  g_autofree char *received_text = NULL;

  g_return_val_if_fail (STEWARD_IS_COMPLAINT (complaint), FALSE);

  if (!check_remedy_allowed (complaint, error))
    return FALSE;

  if (amount <= 0)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                           _("A partial refund must be more than ¥0.00"));
      return FALSE;
    }
  if (amount > received_net)
    {
      amount_text = steward_money_format (amount);
      received_text = steward_money_format (MAX (received_net, 0));
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("A partial refund of %s is more than the %s received on the request"),
                   amount_text, received_text);
      return FALSE;
    }
  return TRUE;
}

gboolean
steward_complaint_apply_refund (StewardComplaint  *complaint,
                                gint64             amount,
                                gint64             received_net,
                                GError           **error)
{
  if (!steward_complaint_check_refund (complaint, amount, received_net, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (complaint));
  steward_complaint_set_remedy (complaint, STEWARD_REMEDY_PARTIAL_REFUND);
  steward_complaint_set_refund_amount (complaint, amount);
  g_object_thaw_notify (G_OBJECT (complaint));
  return TRUE;
}

void
steward_reservice_plan_clear (StewardReservicePlan *plan)
{
  g_clear_pointer (&plan->title, g_free);
  memset (plan, 0, sizeof *plan);
}

gboolean
steward_complaint_plan_reservice (StewardComplaint      *complaint,
                                  StewardService         original_service,
                                  StewardReservicePlan  *out,
                                  GError               **error)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT (complaint), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!check_remedy_allowed (complaint, error))
    return FALSE;

  out->client_id = steward_complaint_get_client_id (complaint);
  out->original_request_id = steward_complaint_get_request_id (complaint);
  out->complaint_id = steward_complaint_get_id (complaint);
  out->service = original_service;
  out->fee = 0;
  out->is_remedy = TRUE;
  out->title = g_strdup_printf (_("Free re-service for complaint: %s"),
                                steward_complaint_get_summary (complaint));
  return TRUE;
}

gboolean
steward_complaint_record_reservice (StewardComplaint  *complaint,
                                    gint64             new_request_id,
                                    GError           **error)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT (complaint), FALSE);
  g_return_val_if_fail (new_request_id > 0, FALSE);

  if (!check_remedy_allowed (complaint, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (complaint));
  steward_complaint_set_remedy (complaint, STEWARD_REMEDY_RESERVICE);
  steward_complaint_set_remedy_request_id (complaint, new_request_id);
  g_object_thaw_notify (G_OBJECT (complaint));
  return TRUE;
}
