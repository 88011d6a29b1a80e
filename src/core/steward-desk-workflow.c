/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-desk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-desk-private.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-money.h"
#include "steward-sla.h"

/* A new request holds only what the client asked for; everything the workflow sets starts
 * empty whatever the draft carried. */
static StewardServiceRequest *
request_from_draft (StewardServiceRequest *draft)
{
  StewardServiceRequest *request = steward_service_request_new ();

  g_object_set (request,
                "client-id", steward_service_request_get_client_id (draft),
                "service", steward_service_request_get_service (draft),
                "priority", steward_service_request_get_priority (draft),
                "emergency", steward_service_request_get_emergency (draft),
                "channel", steward_service_request_get_channel (draft),
                "description", steward_service_request_get_description (draft),
                "os", steward_service_request_get_os (draft),
                "data-terms-agreed", steward_service_request_get_data_terms_agreed (draft),
                "config-kind", steward_service_request_get_config_kind (draft),
                "template-name", steward_service_request_get_template_name (draft),
                "special-text", steward_service_request_get_special_text (draft),
                "remedy-of-complaint", steward_service_request_get_remedy_of_complaint (draft),
                NULL);
  return request;
}

static gboolean
draw_package_incident (StewardDesk            *self,
                       StewardServiceRequest  *request,
                       gint64                  at,
                       GError                **error)
{
  gint64 package_id = 0;

  /* A free re-service is already free; only paid-for support draws on the quota. */
  if (!steward_service_is_support (steward_service_request_get_service (request)) ||
      steward_service_request_get_remedy_of_complaint (request) != 0)
    return TRUE;

  if (!steward_request_repository_find_active_package (steward_desk_get_repository (self),
                                                       steward_service_request_get_client_id (request),
                                                       at, &package_id, error))
    return FALSE;

  if (package_id != 0)
    {
      steward_service_request_set_package_id (request, package_id);
      steward_service_request_set_package_incident (request, TRUE);
      steward_service_request_set_fee (request, 0);
    }
  return TRUE;
}

StewardServiceRequest *
steward_desk_create_request (StewardDesk            *self,
                             StewardServiceRequest  *draft,
                             gint64                  at,
                             GError                **error)
{
  g_autoptr(StewardServiceRequest) request = NULL;
  g_autoptr(StewardRequestChange) change = NULL;
  StewardCalendar *calendar;

  g_return_val_if_fail (STEWARD_IS_DESK (self), NULL);
  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (draft), NULL);
  g_return_val_if_fail (at != STEWARD_TIME_NONE, NULL);

  calendar = steward_desk_get_calendar (self);
  if (steward_service_request_get_client_id (draft) <= 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID, _("A service request needs a client"));
      return NULL;
    }

  request = request_from_draft (draft);
  if (!steward_workflow_check_details (request, error))
    return NULL;
  if (steward_service_request_get_emergency (request) &&
      !steward_sla_check_emergency (calendar, steward_service_request_get_service (request),
                                    steward_service_request_get_priority (request), at, error))
    return NULL;
  if (!draw_package_incident (self, request, at, error))
    return NULL;

  g_object_set (request,
                "state", STEWARD_STATE_SUBMITTED,
                "owner", steward_desk_get_manager (self),
                "submitted-at", at,
                "updated-at", at,
                "response-due", steward_sla_response_due (calendar, at,
                                                          steward_service_request_get_priority (request),
                                                          steward_service_request_get_emergency (request)),
                NULL);

  change = steward_request_change_new (request);
  /* A creation comes from no state; the repository fills in the new request's id. */
  g_ptr_array_add (change->audit,
                   steward_audit_entry_new (at, steward_desk_get_manager (self), "", "submitted", NULL));
  if (!steward_desk_commit (self, change, error))
    return NULL;

  return g_steal_pointer (&request);
}

static char *
cancel_note (StewardDeskWork      *work,
             StewardDepositChoice  choice,
             const char           *note)
{
  g_autofree char *amount = NULL;
  g_autofree char *what = NULL;

  if (work->ledger.net_received == 0)
    return g_strdup (note);

  amount = steward_money_format_plain (work->ledger.net_received);
  if (choice == STEWARD_DEPOSIT_CHOICE_REFUND)
    what = g_strdup_printf (_("Deposit of ¥%s refunded"), amount);
  else
    what = g_strdup_printf (_("Deposit of ¥%s kept"), amount);

  if (note == NULL || *note == '\0')
    return g_steal_pointer (&what);
  return g_strdup_printf ("%s. %s", what, note);
}

static StewardPayment *
refund_everything (StewardDeskWork *work,
                   gint64           at)
{
  StewardPaymentMethod method = STEWARD_PAYMENT_METHOD_BANK_TRANSFER;
  StewardPayment *refund;

  /* The money goes back the way it came: by the method of the last payment. */
  for (guint i = 0; i < work->payments->len; i++)
    {
      StewardPayment *line = g_ptr_array_index (work->payments, i);

      if (steward_payment_get_kind (line) == STEWARD_PAYMENT_KIND_PAYMENT)
        method = steward_payment_get_method (line);
    }

  refund = steward_payment_new (STEWARD_PAYMENT_KIND_REFUND, work->ledger.net_received, method,
                                at, NULL, 0);
  steward_payment_set_request_id (refund, steward_service_request_get_id (work->request));
  return refund;
}

gboolean
steward_desk_advance (StewardDesk           *self,
                      gint64                 id,
                      StewardState           to,
                      gint64                 at,
                      const char            *note,
                      StewardDepositChoice   choice,
                      GError               **error)
{
  g_auto(StewardDeskWork) work = { 0 };
  g_autoptr(StewardRequestChange) change = NULL;
  g_autofree char *audit_note = NULL;

  g_return_val_if_fail (STEWARD_IS_DESK (self), FALSE);
  g_return_val_if_fail (at != STEWARD_TIME_NONE, FALSE);

  if (!steward_desk_work_load (self, id, at, &work, error))
    return FALSE;
  if (!steward_workflow_check_transition (work.request, &work.ledger,
                                          steward_desk_get_pricing (self), to, choice, error))
    return FALSE;

  steward_workflow_apply_transition (work.request, steward_desk_get_calendar (self),
                                     &work.ledger, to, at);

  change = steward_request_change_new (work.request);
  if (to == STEWARD_STATE_CANCELLED)
    {
      audit_note = cancel_note (&work, choice, note);
      if (work.ledger.net_received > 0 && choice == STEWARD_DEPOSIT_CHOICE_REFUND)
        g_ptr_array_add (change->payments, refund_everything (&work, at));
    }
  else
    audit_note = g_strdup (note);

  g_ptr_array_add (change->audit,
                   steward_desk_audit (self, &work, steward_enum_code (STEWARD_TYPE_STATE, to),
                                       audit_note, at));
  return steward_desk_commit (self, change, error);
}

gboolean
steward_desk_review (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error)
{
  return steward_desk_advance (self, id, STEWARD_STATE_UNDER_REVIEW, at, note,
                               STEWARD_DEPOSIT_CHOICE_NONE, error);
}

gboolean
steward_desk_confirm (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error)
{
  return steward_desk_advance (self, id, STEWARD_STATE_CONFIRMED, at, note,
                               STEWARD_DEPOSIT_CHOICE_NONE, error);
}

gboolean
steward_desk_start (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error)
{
  return steward_desk_advance (self, id, STEWARD_STATE_IN_PROGRESS, at, note,
                               STEWARD_DEPOSIT_CHOICE_NONE, error);
}

gboolean
steward_desk_deliver (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error)
{
  return steward_desk_advance (self, id, STEWARD_STATE_DELIVERED, at, note,
                               STEWARD_DEPOSIT_CHOICE_NONE, error);
}

gboolean
steward_desk_accept (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error)
{
  return steward_desk_advance (self, id, STEWARD_STATE_ACCEPTED, at, note,
                               STEWARD_DEPOSIT_CHOICE_NONE, error);
}

gboolean
steward_desk_settle (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error)
{
  return steward_desk_advance (self, id, STEWARD_STATE_SETTLED, at, note,
                               STEWARD_DEPOSIT_CHOICE_NONE, error);
}

gboolean
steward_desk_reject (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error)
{
  return steward_desk_advance (self, id, STEWARD_STATE_REJECTED, at, note,
                               STEWARD_DEPOSIT_CHOICE_NONE, error);
}

gboolean
steward_desk_hold (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error)
{
  return steward_desk_advance (self, id, STEWARD_STATE_WAITING_ON_CLIENT, at, note,
                               STEWARD_DEPOSIT_CHOICE_NONE, error);
}

gboolean
steward_desk_resume (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error)
{
  g_autoptr(StewardServiceRequest) request = NULL;
  StewardState state;

  g_return_val_if_fail (STEWARD_IS_DESK (self), FALSE);

  request = steward_desk_load_request (self, id, error);
  if (request == NULL)
    return FALSE;

  state = steward_service_request_get_state (request);
  if (state != STEWARD_STATE_WAITING_ON_CLIENT)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Cannot resume request #%lld: it is “%s”, not waiting on the client"),
                   (long long) id, steward_enum_label (STEWARD_TYPE_STATE, state));
      return FALSE;
    }

  return steward_desk_advance (self, id, steward_service_request_get_hold_from_state (request),
                               at, note, STEWARD_DEPOSIT_CHOICE_NONE, error);
}

gboolean
steward_desk_cancel (StewardDesk           *self,
                     gint64                 id,
                     StewardDepositChoice   choice,
                     gint64                 at,
                     const char            *note,
                     GError               **error)
{
  return steward_desk_advance (self, id, STEWARD_STATE_CANCELLED, at, note, choice, error);
}

gboolean
steward_desk_respond (StewardDesk  *self,
                      gint64        id,
                      gint64        at,
                      const char   *note,
                      GError      **error)
{
  g_auto(StewardDeskWork) work = { 0 };
  g_autoptr(StewardRequestChange) change = NULL;

  g_return_val_if_fail (STEWARD_IS_DESK (self), FALSE);

  if (!steward_desk_work_load (self, id, at, &work, error) ||
      !steward_workflow_check_respond (work.request, error))
    return FALSE;

  steward_service_request_set_responded_at (work.request, at);
  steward_service_request_set_updated_at (work.request, at);
  change = steward_request_change_new (work.request);
  g_ptr_array_add (change->audit, steward_desk_audit (self, &work, "respond", note, at));
  return steward_desk_commit (self, change, error);
}

gboolean
steward_desk_quote (StewardDesk        *self,
                    gint64              id,
                    gint64              fee,
                    gint64              surcharge,
                    StewardComplexity   complexity,
                    StewardTier         tier,
                    gint64              at,
                    const char         *note,
                    GError            **error)
{
  g_auto(StewardDeskWork) work = { 0 };
  g_autoptr(StewardRequestChange) change = NULL;
  g_autofree char *fee_text = NULL;
  g_autofree char *surcharge_text = NULL;
  g_autofree char *audit_note = NULL;
  StewardQuote quote = { 0 };

  g_return_val_if_fail (STEWARD_IS_DESK (self), FALSE);

  if (!steward_desk_work_load (self, id, at, &work, error) ||
      !steward_workflow_check_quote_step (work.request, error))
    return FALSE;

  g_object_set (work.request,
                "fee", fee,
                "surcharge", surcharge,
                "complexity", complexity,
                "tier", tier,
                "updated-at", at,
                NULL);
  steward_workflow_quote_of (work.request, &quote);
  if (!steward_pricing_check_quote (steward_desk_get_pricing (self), &quote, error))
    return FALSE;

  fee_text = steward_money_format_plain (fee);
  surcharge_text = steward_money_format_plain (surcharge);
  audit_note = g_strdup_printf ("fee=%s surcharge=%s complexity=%s tier=%s%s%s", fee_text,
                                surcharge_text,
                                steward_enum_code (STEWARD_TYPE_COMPLEXITY, complexity),
                                steward_enum_code (STEWARD_TYPE_TIER, tier),
                                note != NULL ? "; " : "", note != NULL ? note : "");
  change = steward_request_change_new (work.request);
  g_ptr_array_add (change->audit, steward_desk_audit (self, &work, "quote", audit_note, at));
  return steward_desk_commit (self, change, error);
}
