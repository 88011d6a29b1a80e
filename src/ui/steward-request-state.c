/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-request-state"

#include "config.h"

#include "steward-request-state.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-sla.h"
#include "steward-workflow.h"

#define BIT(a) STEWARD_REQUEST_ACTION_BIT (a)

static const struct {
  const char *name;
  const char *label;
} actions[STEWARD_REQUEST_N_ACTIONS] = {
  [STEWARD_REQUEST_ACTION_RESPOND] = { "respond", N_("Record First Response") },
  [STEWARD_REQUEST_ACTION_REVIEW] = { "review", N_("Review") },
  [STEWARD_REQUEST_ACTION_QUOTE] = { "quote", N_("Quote…") },
  [STEWARD_REQUEST_ACTION_CONFIRM] = { "confirm", N_("Confirm") },
  [STEWARD_REQUEST_ACTION_RECORD_DEPOSIT] = { "record-deposit", N_("Record Deposit…") },
  [STEWARD_REQUEST_ACTION_START] = { "start", N_("Start Work") },
  [STEWARD_REQUEST_ACTION_HOLD] = { "hold", N_("Wait on Client") },
  [STEWARD_REQUEST_ACTION_RESUME] = { "resume", N_("Resume") },
  [STEWARD_REQUEST_ACTION_DELIVER] = { "deliver", N_("Deliver") },
  [STEWARD_REQUEST_ACTION_ACCEPT] = { "accept", N_("Record Acceptance") },
  [STEWARD_REQUEST_ACTION_RECORD_BALANCE] = { "record-balance", N_("Record Balance…") },
  [STEWARD_REQUEST_ACTION_SETTLE] = { "settle", N_("Settle") },
  [STEWARD_REQUEST_ACTION_RATE] = { "rate", N_("Rate…") },
  [STEWARD_REQUEST_ACTION_REFUND] = { "refund", N_("Record Refund…") },
  [STEWARD_REQUEST_ACTION_REJECT] = { "reject", N_("Reject…") },
  [STEWARD_REQUEST_ACTION_CANCEL] = { "cancel", N_("Cancel Request…") },
  [STEWARD_REQUEST_ACTION_ADD_NOTE] = { "add-note", N_("Add Note") },
  [STEWARD_REQUEST_ACTION_ADD_FEEDBACK] = { "add-feedback", N_("Add Product Feedback") },
};

/* The state each state-move action asks for. */
static gboolean
target_state (StewardServiceRequest *request,
              StewardRequestAction   action,
              StewardState          *out_state)
{
  switch (action)
    {
    case STEWARD_REQUEST_ACTION_REVIEW: *out_state = STEWARD_STATE_UNDER_REVIEW; return TRUE;
    case STEWARD_REQUEST_ACTION_CONFIRM: *out_state = STEWARD_STATE_CONFIRMED; return TRUE;
    case STEWARD_REQUEST_ACTION_START: *out_state = STEWARD_STATE_IN_PROGRESS; return TRUE;
    case STEWARD_REQUEST_ACTION_HOLD: *out_state = STEWARD_STATE_WAITING_ON_CLIENT; return TRUE;
    case STEWARD_REQUEST_ACTION_DELIVER: *out_state = STEWARD_STATE_DELIVERED; return TRUE;
    case STEWARD_REQUEST_ACTION_ACCEPT: *out_state = STEWARD_STATE_ACCEPTED; return TRUE;
    case STEWARD_REQUEST_ACTION_SETTLE: *out_state = STEWARD_STATE_SETTLED; return TRUE;
    case STEWARD_REQUEST_ACTION_REJECT: *out_state = STEWARD_STATE_REJECTED; return TRUE;
    case STEWARD_REQUEST_ACTION_CANCEL: *out_state = STEWARD_STATE_CANCELLED; return TRUE;
    case STEWARD_REQUEST_ACTION_RESUME:
      if (steward_service_request_get_state (request) != STEWARD_STATE_WAITING_ON_CLIENT)
        return FALSE;
      *out_state = steward_service_request_get_hold_from_state (request);
      return TRUE;
    default:
      return FALSE;
    }
}

const char *
steward_request_action_name (StewardRequestAction action)
{
  g_return_val_if_fail (action < STEWARD_REQUEST_N_ACTIONS, NULL);

  return actions[action].name;
}

const char *
steward_request_action_label (StewardRequestAction action)
{
  g_return_val_if_fail (action < STEWARD_REQUEST_N_ACTIONS, NULL);

  return _(actions[action].label);
}

static gboolean
deposit_outstanding (StewardServiceRequest *request,
                     const StewardLedger   *ledger)
{
  return steward_workflow_needs_deposit (request) && !steward_ledger_deposit_received (ledger);
}

static guint
money_actions (StewardServiceRequest *request,
               const StewardLedger   *ledger)
{
  StewardState state = steward_service_request_get_state (request);
  guint mask = 0;

  if (steward_workflow_check_money_line (request, STEWARD_PAYMENT_KIND_PAYMENT, 0, NULL))
    {
      if (deposit_outstanding (request, ledger))
        mask |= BIT (STEWARD_REQUEST_ACTION_RECORD_DEPOSIT);
      /* Before work starts the money asked for is the deposit; the balance comes after. */
      else if (ledger->balance_due > 0 && state != STEWARD_STATE_CONFIRMED)
        mask |= BIT (STEWARD_REQUEST_ACTION_RECORD_BALANCE);
    }
  if (ledger->net_received > 0 &&
      steward_workflow_check_money_line (request, STEWARD_PAYMENT_KIND_REFUND, 0, NULL))
    mask |= BIT (STEWARD_REQUEST_ACTION_REFUND);

  return mask;
}

guint
steward_request_available_actions (StewardServiceRequest *request,
                                   const StewardLedger   *ledger)
{
  StewardState state;
  guint mask = BIT (STEWARD_REQUEST_ACTION_ADD_NOTE);

  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), 0);
  g_return_val_if_fail (ledger != NULL, 0);

  state = steward_service_request_get_state (request);

  for (guint a = 0; a < STEWARD_REQUEST_N_ACTIONS; a++)
    {
      StewardState to;

      if (!target_state (request, a, &to))
        continue;
      /* While on hold, moving to the state it came from is the resume, not a second start. */
      if (state == STEWARD_STATE_WAITING_ON_CLIENT && a != STEWARD_REQUEST_ACTION_RESUME &&
          to == steward_service_request_get_hold_from_state (request))
        continue;
      if (steward_workflow_check_state_move (request, to, NULL))
        mask |= BIT (a);
    }

  if (steward_state_is_open (state) && steward_workflow_check_respond (request, NULL))
    mask |= BIT (STEWARD_REQUEST_ACTION_RESPOND);
  if (steward_workflow_check_quote_step (request, NULL))
    mask |= BIT (STEWARD_REQUEST_ACTION_QUOTE);
  /* Any valid rating tells whether the request may be rated at all. */
  if (steward_workflow_check_rating (request, 5, NULL))
    mask |= BIT (STEWARD_REQUEST_ACTION_RATE);
  if (steward_service_request_get_service (request) == STEWARD_SERVICE_ADVISOR)
    mask |= BIT (STEWARD_REQUEST_ACTION_ADD_FEEDBACK);

  return mask | money_actions (request, ledger);
}

char *
steward_request_action_blocked_reason (StewardServiceRequest *request,
                                       const StewardLedger   *ledger,
                                       const StewardPricing  *pricing,
                                       StewardRequestAction   action)
{
  g_autoptr(GError) error = NULL;
  StewardState to;

  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), NULL);
  g_return_val_if_fail (ledger != NULL, NULL);
  g_return_val_if_fail (pricing != NULL, NULL);

  if (!target_state (request, action, &to))
    return NULL;
  if (!steward_workflow_check_state_move (request, to, NULL))
    return NULL;
  /* Whether money is refunded or kept is asked when cancelling, not a reason to refuse. */
  if (steward_workflow_check_transition (request, ledger, pricing, to,
                                         action == STEWARD_REQUEST_ACTION_CANCEL
                                         ? STEWARD_DEPOSIT_CHOICE_KEEP
                                         : STEWARD_DEPOSIT_CHOICE_NONE,
                                         &error))
    return NULL;

  return g_strdup (error->message);
}

StewardRequestAction
steward_request_primary_action (StewardServiceRequest *request,
                                const StewardLedger   *ledger,
                                const StewardPricing  *pricing)
{
  g_autofree char *confirm_blocked = NULL;

  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), STEWARD_REQUEST_N_ACTIONS);

  switch (steward_service_request_get_state (request))
    {
    case STEWARD_STATE_SUBMITTED:
      return STEWARD_REQUEST_ACTION_REVIEW;
    case STEWARD_STATE_UNDER_REVIEW:
      confirm_blocked = steward_request_action_blocked_reason (request, ledger, pricing,
                                                              STEWARD_REQUEST_ACTION_CONFIRM);
      return confirm_blocked == NULL ? STEWARD_REQUEST_ACTION_CONFIRM : STEWARD_REQUEST_ACTION_QUOTE;
    case STEWARD_STATE_CONFIRMED:
      return deposit_outstanding (request, ledger) ? STEWARD_REQUEST_ACTION_RECORD_DEPOSIT
                                                   : STEWARD_REQUEST_ACTION_START;
    case STEWARD_STATE_IN_PROGRESS:
      return STEWARD_REQUEST_ACTION_DELIVER;
    case STEWARD_STATE_DELIVERED:
      return STEWARD_REQUEST_ACTION_ACCEPT;
    case STEWARD_STATE_ACCEPTED:
      return ledger->balance_due > 0 ? STEWARD_REQUEST_ACTION_RECORD_BALANCE
                                     : STEWARD_REQUEST_ACTION_SETTLE;
    case STEWARD_STATE_SETTLED:
      return steward_service_request_get_rating (request) == 0 ? STEWARD_REQUEST_ACTION_RATE
                                                               : STEWARD_REQUEST_N_ACTIONS;
    case STEWARD_STATE_WAITING_ON_CLIENT:
      return STEWARD_REQUEST_ACTION_RESUME;
    case STEWARD_STATE_REJECTED:
    case STEWARD_STATE_CANCELLED:
    default:
      return STEWARD_REQUEST_N_ACTIONS;
    }
}

char *
steward_request_format_instant (gint64     instant,
                                GTimeZone *tz)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (instant == STEWARD_TIME_NONE)
    return g_strdup ("");

  utc = g_date_time_new_from_unix_utc (instant);
  if (utc == NULL)
    return g_strdup ("");
  local = tz != NULL ? g_date_time_to_timezone (utc, tz) : g_date_time_to_local (utc);

  /* TRANSLATORS: a deadline or an event, as in "Mon 9 Mar 10:00"; a g_date_time_format() format */
  return g_date_time_format (local, _("%a %-d %b %H:%M"));
}

char *
steward_request_format_number (gint64 id)
{
  /* TRANSLATORS: a request number, as in "#12" */
  return g_strdup_printf (_("#%lld"), (long long) id);
}

static const char *
audit_action_title (const char *code)
{
  static const struct {
    const char *code;
    const char *title;
  } titles[] = {
    { "respond", N_("First response") },
    { "quote", N_("Quote") },
    { "payment", N_("Payment received") },
    { "refund", N_("Refund paid") },
    { "adjustment", N_("Adjustment") },
    { "reversal", N_("Line reversed") },
    { "rating", N_("Rated") },
    { "note", N_("Note") },
    { "feedback", N_("Product feedback") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    if (g_strcmp0 (titles[i].code, code) == 0)
      return _(titles[i].title);

  return NULL;
}

char *
steward_request_audit_title (StewardAuditEntry *entry)
{
  const char *from = steward_audit_entry_get_from_state (entry);
  const char *to = steward_audit_entry_get_to_state (entry);
  const char *action;
  int from_state, to_state;

  g_return_val_if_fail (STEWARD_IS_AUDIT_ENTRY (entry), NULL);

  if (from == NULL || *from == '\0')
    return g_strdup (_("Request submitted"));

  action = audit_action_title (to);
  if (action != NULL)
    return g_strdup (action);

  if (steward_enum_parse (STEWARD_TYPE_STATE, from, &from_state) &&
      steward_enum_parse (STEWARD_TYPE_STATE, to, &to_state))
    /* TRANSLATORS: a state change in the timeline, as in "Under review → Confirmed" */
    return g_strdup_printf (_("%s → %s"),
                            steward_enum_label (STEWARD_TYPE_STATE, from_state),
                            steward_enum_label (STEWARD_TYPE_STATE, to_state));

  return g_strdup (to);
}
