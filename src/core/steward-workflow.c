/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-workflow"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-error.h"
#include "steward-money.h"
#include "steward-sla.h"
#include "steward-workflow.h"

G_DEFINE_ENUM_TYPE (StewardDepositChoice, steward_deposit_choice,
  G_DEFINE_ENUM_VALUE (STEWARD_DEPOSIT_CHOICE_NONE, "none"),
  G_DEFINE_ENUM_VALUE (STEWARD_DEPOSIT_CHOICE_REFUND, "refund"),
  G_DEFINE_ENUM_VALUE (STEWARD_DEPOSIT_CHOICE_KEEP, "keep"))

#define STATE_BIT(s) (1u << (s))

/* For each target state, the states it may be entered from (SPEC §4). Waiting-on-client
 * resumes to the state it came from, which is handled apart. */
static guint
allowed_from (StewardState to)
{
  switch (to)
    {
    case STEWARD_STATE_UNDER_REVIEW:
      return STATE_BIT (STEWARD_STATE_SUBMITTED);
    case STEWARD_STATE_CONFIRMED:
      return STATE_BIT (STEWARD_STATE_UNDER_REVIEW);
    case STEWARD_STATE_IN_PROGRESS:
      return STATE_BIT (STEWARD_STATE_CONFIRMED);
    case STEWARD_STATE_DELIVERED:
      return STATE_BIT (STEWARD_STATE_IN_PROGRESS);
    case STEWARD_STATE_ACCEPTED:
      return STATE_BIT (STEWARD_STATE_DELIVERED);
    case STEWARD_STATE_SETTLED:
      return STATE_BIT (STEWARD_STATE_ACCEPTED);
    case STEWARD_STATE_REJECTED:
      return STATE_BIT (STEWARD_STATE_SUBMITTED) | STATE_BIT (STEWARD_STATE_UNDER_REVIEW);
    case STEWARD_STATE_CANCELLED:
      return STATE_BIT (STEWARD_STATE_SUBMITTED) | STATE_BIT (STEWARD_STATE_UNDER_REVIEW) |
             STATE_BIT (STEWARD_STATE_CONFIRMED);
    case STEWARD_STATE_WAITING_ON_CLIENT:
      return STATE_BIT (STEWARD_STATE_UNDER_REVIEW) | STATE_BIT (STEWARD_STATE_IN_PROGRESS);
    case STEWARD_STATE_SUBMITTED:
    default:
      return 0;
    }
}

/* "Cannot start request #12", the first half of every refusal of a move to @to. */
static char *
refusal_prefix (StewardServiceRequest *request,
                StewardState           to)
{
  gint64 id = steward_service_request_get_id (request);
  StewardState state = steward_service_request_get_state (request);

  if (state == STEWARD_STATE_WAITING_ON_CLIENT &&
      to == steward_service_request_get_hold_from_state (request))
    return g_strdup_printf (_("Cannot resume request #%lld"), (long long) id);

  switch (to)
    {
    case STEWARD_STATE_UNDER_REVIEW:
      return g_strdup_printf (_("Cannot review request #%lld"), (long long) id);
    case STEWARD_STATE_CONFIRMED:
      return g_strdup_printf (_("Cannot confirm request #%lld"), (long long) id);
    case STEWARD_STATE_IN_PROGRESS:
      return g_strdup_printf (_("Cannot start request #%lld"), (long long) id);
    case STEWARD_STATE_DELIVERED:
      return g_strdup_printf (_("Cannot deliver request #%lld"), (long long) id);
    case STEWARD_STATE_ACCEPTED:
      return g_strdup_printf (_("Cannot accept request #%lld"), (long long) id);
    case STEWARD_STATE_SETTLED:
      return g_strdup_printf (_("Cannot settle request #%lld"), (long long) id);
    case STEWARD_STATE_REJECTED:
      return g_strdup_printf (_("Cannot reject request #%lld"), (long long) id);
    case STEWARD_STATE_CANCELLED:
      return g_strdup_printf (_("Cannot cancel request #%lld"), (long long) id);
    case STEWARD_STATE_WAITING_ON_CLIENT:
      return g_strdup_printf (_("Cannot put request #%lld on hold"), (long long) id);
    case STEWARD_STATE_SUBMITTED:
    default:
      return g_strdup_printf (_("Cannot move request #%lld back to “%s”"), (long long) id,
                              steward_enum_label (STEWARD_TYPE_STATE, to));
    }
}

static gboolean
refuse (GError                **error,
        StewardServiceRequest  *request,
        StewardState            to,
        const char             *reason)
{
  g_autofree char *prefix = refusal_prefix (request, to);

  /* TRANSLATORS: a refused step and its reason, e.g. "Cannot start request #12: the deposit…" */
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE, _("%s: %s"), prefix, reason);
  return FALSE;
}

static char *
state_list (guint bits)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (int s = STEWARD_STATE_SUBMITTED; s <= STEWARD_STATE_WAITING_ON_CLIENT; s++)
    {
      if ((bits & STATE_BIT (s)) == 0)
        continue;
      if (text->len > 0)
        /* TRANSLATORS: separates states in a list such as "Submitted, Under review" */
        g_string_append (text, _(", "));
      g_string_append_printf (text, "“%s”", steward_enum_label (STEWARD_TYPE_STATE, s));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
check_table (StewardServiceRequest  *request,
             StewardState            to,
             GError                **error)
{
  StewardState state = steward_service_request_get_state (request);
  StewardState from = state;
  g_autofree char *allowed = NULL;
  g_autofree char *reason = NULL;
  guint bits = allowed_from (to);

  if (state == STEWARD_STATE_WAITING_ON_CLIENT)
    {
      StewardState held = steward_service_request_get_hold_from_state (request);

      if (to == held)
        return TRUE;
      /* A request held during review may still be rejected or cancelled. */
      if (to == STEWARD_STATE_REJECTED || to == STEWARD_STATE_CANCELLED)
        from = held;
    }

  if ((bits & STATE_BIT (from)) != 0)
    return TRUE;

  allowed = state_list (bits);
  if (bits != 0)
    reason = g_strdup_printf (_("it is “%s” (allowed only from %s)"),
                              steward_enum_label (STEWARD_TYPE_STATE, state), allowed);
  else
    reason = g_strdup_printf (_("it is “%s”"), steward_enum_label (STEWARD_TYPE_STATE, state));
  return refuse (error, request, to, reason);
}

void
steward_workflow_quote_of (StewardServiceRequest *request,
                           StewardQuote          *quote)
{
  g_return_if_fail (STEWARD_IS_SERVICE_REQUEST (request));
  g_return_if_fail (quote != NULL);

  quote->service = steward_service_request_get_service (request);
  quote->fee = steward_service_request_get_fee (request);
  quote->surcharge = steward_service_request_get_surcharge (request);
  quote->complexity = steward_service_request_get_complexity (request);
  quote->tier = steward_service_request_get_tier (request);
  quote->emergency = steward_service_request_get_emergency (request);
  quote->package_incident = steward_service_request_get_package_incident (request);
  quote->remedy = steward_service_request_get_remedy_of_complaint (request) != 0;
}

gboolean
steward_workflow_needs_deposit (StewardServiceRequest *request)
{
  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), FALSE);

  return steward_service_request_get_total (request) > 0 &&
         !steward_service_request_get_package_incident (request);
}

static gboolean
check_condition (StewardServiceRequest  *request,
                 const StewardLedger    *ledger,
                 const StewardPricing   *pricing,
                 StewardState            to,
                 StewardDepositChoice    choice,
                 GError                **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  StewardQuote quote = { 0 };

  switch (to)
    {
    case STEWARD_STATE_CONFIRMED:
      steward_workflow_quote_of (request, &quote);
      if (!steward_workflow_check_details (request, &local_error) ||
          !steward_pricing_check_quote (pricing, &quote, &local_error))
        return refuse (error, request, to, local_error->message);
      return TRUE;

    case STEWARD_STATE_IN_PROGRESS:
      if (!steward_workflow_needs_deposit (request) || steward_ledger_deposit_received (ledger))
        return TRUE;
      a = steward_money_format (ledger->deposit_due);
      b = steward_money_format (ledger->net_received);
      reason = g_strdup_printf (_("the deposit of %s has not been received (%s paid)"), a, b);
      return refuse (error, request, to, reason);

    case STEWARD_STATE_SETTLED:
      if (steward_ledger_can_settle (ledger))
        return TRUE;
      a = steward_money_format (ledger->net_received);
      b = steward_money_format (ledger->net_fee);
      c = steward_money_format (ABS (ledger->balance_due));
      if (ledger->balance_due > 0)
        reason = g_strdup_printf (_("%s of the net fee %s has been received (%s outstanding)"),
                                  a, b, c);
      else
        reason = g_strdup_printf (_("%s has been received, more than the net fee %s: refund %s first"),
                                  a, b, c);
      return refuse (error, request, to, reason);

    case STEWARD_STATE_CANCELLED:
      if (ledger->net_received == 0 || choice != STEWARD_DEPOSIT_CHOICE_NONE)
        return TRUE;
      a = steward_money_format (ledger->net_received);
      reason = g_strdup_printf (_("%s has been received: choose whether to refund or keep it"), a);
      return refuse (error, request, to, reason);

    default:
      return TRUE;
    }
}

gboolean
steward_workflow_check_transition (StewardServiceRequest  *request,
                                   const StewardLedger    *ledger,
                                   const StewardPricing   *pricing,
                                   StewardState            to,
                                   StewardDepositChoice    choice,
                                   GError                **error)
{
  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), FALSE);
  g_return_val_if_fail (ledger != NULL, FALSE);
  g_return_val_if_fail (pricing != NULL, FALSE);

  if (!check_table (request, to, error))
    return FALSE;
  /* A resume returns to where the request was: that state's entry condition was met then. */
  if (steward_service_request_get_state (request) == STEWARD_STATE_WAITING_ON_CLIENT &&
      to == steward_service_request_get_hold_from_state (request))
    return TRUE;
  return check_condition (request, ledger, pricing, to, choice, error);
}

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

static gboolean
check_remote (StewardServiceRequest  *request,
              GError                **error)
{
  StewardOs os = steward_service_request_get_os (request);
  gboolean remote = steward_service_request_get_service (request) == STEWARD_SERVICE_REMOTE;

  if (!remote && os != STEWARD_OS_NONE)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Only remote assistance records an operating system"));
      return FALSE;
    }
  if (!remote)
    return TRUE;
  if (os != STEWARD_OS_WINDOWS && os != STEWARD_OS_MACOS && os != STEWARD_OS_LINUX)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Remote assistance needs the client's operating system: Windows, macOS or Linux"));
      return FALSE;
    }
  if (!steward_service_request_get_data_terms_agreed (request))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Remote assistance needs the client's agreement to the session's data-handling terms"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_config (StewardServiceRequest  *request,
              GError                **error)
{
  StewardConfigKind kind = steward_service_request_get_config_kind (request);
  gboolean config = steward_service_request_get_service (request) == STEWARD_SERVICE_CONFIG;

  if (!config && kind != STEWARD_CONFIG_KIND_NONE)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Only personalised configuration is a standard template or a special request"));
      return FALSE;
    }
  if (!config)
    return TRUE;
  if (kind == STEWARD_CONFIG_KIND_NONE)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Personalised configuration needs a kind: a standard template or a special request"));
      return FALSE;
    }
  if (kind == STEWARD_CONFIG_KIND_TEMPLATE &&
      is_blank (steward_service_request_get_template_name (request)))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("A standard-template configuration needs the template's name"));
      return FALSE;
    }
  if (kind == STEWARD_CONFIG_KIND_SPECIAL &&
      is_blank (steward_service_request_get_special_text (request)))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("A special configuration request needs a description of what is wanted"));
      return FALSE;
    }
  return TRUE;
}

gboolean
steward_workflow_check_details (StewardServiceRequest  *request,
                                GError                **error)
{
  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), FALSE);

  return check_remote (request, error) && check_config (request, error);
}

gboolean
steward_workflow_update_work_start (StewardServiceRequest *request,
                                    StewardCalendar       *calendar,
                                    const StewardLedger   *ledger,
                                    gint64                 at)
{
  gboolean may_start;
  gint64 start;

  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), FALSE);
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), FALSE);
  g_return_val_if_fail (ledger != NULL, FALSE);

  if (steward_service_request_get_state (request) != STEWARD_STATE_CONFIRMED)
    return FALSE;

  may_start = !steward_workflow_needs_deposit (request) || steward_ledger_deposit_received (ledger);
  start = steward_service_request_get_work_start_at (request);

  if (may_start && start == STEWARD_TIME_NONE)
    {
      StewardService service = steward_service_request_get_service (request);

      steward_service_request_set_work_start_at (request, at);
      /* Only customised solutions have a delivery period (SPEC §5). */
      if (steward_service_is_solution (service))
        steward_service_request_set_delivery_due (request,
          steward_sla_delivery_due (calendar, at, steward_service_request_get_complexity (request)));
      return TRUE;
    }
  if (!may_start && start != STEWARD_TIME_NONE)
    {
      steward_service_request_set_work_start_at (request, STEWARD_TIME_NONE);
      steward_service_request_set_delivery_due (request, STEWARD_TIME_NONE);
      return TRUE;
    }
  return FALSE;
}

/* Moves the clocks still running by the business time of the hold (SPEC §5). */
static void
resume_from_hold (StewardServiceRequest *request,
                  StewardCalendar       *calendar,
                  gint64                 at)
{
  gint64 hold_start = steward_service_request_get_hold_started_at (request);
  gint64 due;

  if (hold_start != STEWARD_TIME_NONE)
    {
      due = steward_service_request_get_response_due (request);
      if (due != STEWARD_TIME_NONE &&
          steward_service_request_get_responded_at (request) == STEWARD_TIME_NONE)
        steward_service_request_set_response_due (request,
          steward_sla_extend_for_hold (calendar, due, hold_start, at,
                                       steward_service_request_get_emergency (request)));

      due = steward_service_request_get_delivery_due (request);
      if (due != STEWARD_TIME_NONE &&
          steward_service_request_get_delivered_at (request) == STEWARD_TIME_NONE)
        steward_service_request_set_delivery_due (request,
          steward_sla_extend_for_hold (calendar, due, hold_start, at, FALSE));
    }

  steward_service_request_set_hold_from_state (request, STEWARD_STATE_SUBMITTED);
  steward_service_request_set_hold_started_at (request, STEWARD_TIME_NONE);
}

void
steward_workflow_apply_transition (StewardServiceRequest *request,
                                   StewardCalendar       *calendar,
                                   const StewardLedger   *ledger,
                                   StewardState           to,
                                   gint64                 at)
{
  StewardState from;

  g_return_if_fail (STEWARD_IS_SERVICE_REQUEST (request));
  g_return_if_fail (STEWARD_IS_CALENDAR (calendar));
  g_return_if_fail (ledger != NULL);

  from = steward_service_request_get_state (request);

  /* Leaving submitted is the first response when none was recorded before. */
  if (from == STEWARD_STATE_SUBMITTED &&
      steward_service_request_get_responded_at (request) == STEWARD_TIME_NONE)
    steward_service_request_set_responded_at (request, at);

  if (from == STEWARD_STATE_WAITING_ON_CLIENT)
    resume_from_hold (request, calendar, at);

  if (to == STEWARD_STATE_WAITING_ON_CLIENT)
    {
      steward_service_request_set_hold_from_state (request, from);
      steward_service_request_set_hold_started_at (request, at);
    }
  else if (to == STEWARD_STATE_DELIVERED)
    steward_service_request_set_delivered_at (request, at);
  else if (to == STEWARD_STATE_ACCEPTED)
    steward_service_request_set_accepted_at (request, at);
  else if (to == STEWARD_STATE_SETTLED)
    steward_service_request_set_settled_at (request, at);

  steward_service_request_set_state (request, to);
  steward_service_request_set_updated_at (request, at);

  if (to == STEWARD_STATE_CONFIRMED)
    steward_workflow_update_work_start (request, calendar, ledger, at);
}

static char *
format_local (gint64 instant)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (instant);

  return dt != NULL ? g_date_time_format (dt, "%Y-%m-%d %H:%M") : g_strdup ("?");
}

gboolean
steward_workflow_check_respond (StewardServiceRequest  *request,
                                GError                **error)
{
  gint64 responded;
  g_autofree char *when = NULL;

  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), FALSE);

  responded = steward_service_request_get_responded_at (request);
  if (responded == STEWARD_TIME_NONE)
    return TRUE;

  when = format_local (responded);
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
               _("Cannot respond to request #%lld"
                 ": the first response was already recorded at %s"),
               (long long) steward_service_request_get_id (request), when);
  return FALSE;
}

gboolean
steward_workflow_check_quote_step (StewardServiceRequest  *request,
                                   GError                **error)
{
  StewardState state;

  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), FALSE);

  state = steward_service_request_get_state (request);
  if (state == STEWARD_STATE_UNDER_REVIEW)
    return TRUE;

  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
               _("Cannot quote request #%lld: it is “%s”; a fee is quoted during review"),
               (long long) steward_service_request_get_id (request),
               steward_enum_label (STEWARD_TYPE_STATE, state));
  return FALSE;
}

gboolean
steward_workflow_check_money_line (StewardServiceRequest  *request,
                                   StewardPaymentKind      kind,
                                   StewardPaymentKind      target_kind,
                                   GError                **error)
{
  StewardState state;
  gboolean ok;

  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), FALSE);

  state = steward_service_request_get_state (request);
  if (kind == STEWARD_PAYMENT_KIND_REVERSAL)
    kind = target_kind;

  switch (kind)
    {
    case STEWARD_PAYMENT_KIND_PAYMENT:
      /* Money comes in once the fee is agreed, until the request is settled. */
      ok = state == STEWARD_STATE_CONFIRMED || state == STEWARD_STATE_IN_PROGRESS ||
           state == STEWARD_STATE_DELIVERED || state == STEWARD_STATE_ACCEPTED ||
           state == STEWARD_STATE_WAITING_ON_CLIENT;
      break;
    case STEWARD_PAYMENT_KIND_REFUND:
      /* A settled request is balanced: money given back after that is a complaint's adjustment. */
      ok = state != STEWARD_STATE_SETTLED;
      break;
    case STEWARD_PAYMENT_KIND_ADJUSTMENT:
    case STEWARD_PAYMENT_KIND_REVERSAL:
    default:
      ok = TRUE;
      break;
    }

  if (ok)
    return TRUE;

  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
               _("Cannot record a %s on request #%lld: it is “%s”"),
               steward_enum_label (STEWARD_TYPE_PAYMENT_KIND, kind),
               (long long) steward_service_request_get_id (request),
               steward_enum_label (STEWARD_TYPE_STATE, state));
  return FALSE;
}

gboolean
steward_workflow_check_rating (StewardServiceRequest  *request,
                               guint                   rating,
                               GError                **error)
{
  StewardState state;
  gint64 id;

  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), FALSE);

  state = steward_service_request_get_state (request);
  id = steward_service_request_get_id (request);

  if (state != STEWARD_STATE_ACCEPTED && state != STEWARD_STATE_SETTLED)
    g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                 _("Cannot rate request #%lld: it is “%s”; a request is rated once accepted"),
                 (long long) id, steward_enum_label (STEWARD_TYPE_STATE, state));
  else if (steward_service_request_get_rating (request) != 0)
    g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                 _("Cannot rate request #%lld: it was already rated %u"),
                 (long long) id, steward_service_request_get_rating (request));
  else if (rating < 1 || rating > 5)
    g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                 _("Cannot rate request #%lld: a rating is a whole number from 1 to 5, not %u"),
                 (long long) id, rating);
  else
    return TRUE;

  return FALSE;
}

/* While a request waits on the client, a clock that was still running when the hold began is
 * paused; one already met or breached keeps that status. */
static StewardSlaStatus
clock_status (StewardServiceRequest *request,
              StewardCalendar       *calendar,
              gint64                 due,
              gint64                 done_at,
              gint64                 now,
              gboolean               clock_time)
{
  StewardState state = steward_service_request_get_state (request);
  gint64 hold_start = steward_service_request_get_hold_started_at (request);
  StewardSlaStatus status;

  if (state == STEWARD_STATE_WAITING_ON_CLIENT && done_at == STEWARD_TIME_NONE &&
      hold_start != STEWARD_TIME_NONE && due != STEWARD_TIME_NONE)
    {
      status = steward_sla_status (calendar, due, done_at, hold_start, clock_time);
      if (status == STEWARD_SLA_STATUS_RUNNING || status == STEWARD_SLA_STATUS_DUE_SOON)
        return STEWARD_SLA_STATUS_PAUSED;
      return status;
    }

  /* A request that ended without the step has no clock left to run. */
  if (done_at == STEWARD_TIME_NONE &&
      (state == STEWARD_STATE_CANCELLED || state == STEWARD_STATE_REJECTED))
    return STEWARD_SLA_STATUS_NONE;

  return steward_sla_status (calendar, due, done_at, now, clock_time);
}

StewardSlaStatus
steward_workflow_response_status (StewardServiceRequest *request,
                                  StewardCalendar       *calendar,
                                  gint64                 now)
{
  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), STEWARD_SLA_STATUS_NONE);
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), STEWARD_SLA_STATUS_NONE);

  return clock_status (request, calendar,
                       steward_service_request_get_response_due (request),
                       steward_service_request_get_responded_at (request),
                       now, steward_service_request_get_emergency (request));
}

StewardSlaStatus
steward_workflow_delivery_status (StewardServiceRequest *request,
                                  StewardCalendar       *calendar,
                                  gint64                 now)
{
  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), STEWARD_SLA_STATUS_NONE);
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), STEWARD_SLA_STATUS_NONE);

  return clock_status (request, calendar,
                       steward_service_request_get_delivery_due (request),
                       steward_service_request_get_delivered_at (request),
                       now, FALSE);
}

gboolean
steward_workflow_check_state_move (StewardServiceRequest  *request,
                                   StewardState            to,
                                   GError                **error)
{
  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), FALSE);

  return check_table (request, to, error);
}
