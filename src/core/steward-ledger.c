/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-ledger"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "steward-error.h"
#include "steward-ledger.h"
#include "steward-money.h"
#include "steward-pricing.h"

StewardPayment *
steward_ledger_find_line (GPtrArray *payments,
                          gint64     id)
{
  g_return_val_if_fail (payments != NULL, NULL);

  for (guint i = 0; i < payments->len; i++)
    {
      StewardPayment *line = g_ptr_array_index (payments, i);

      if (id != 0 && steward_payment_get_id (line) == id)
        return line;
    }

  return NULL;
}

static gint64 *
bucket_for_kind (StewardLedger      *ledger,
                 StewardPaymentKind  kind)
{
  switch (kind)
    {
    case STEWARD_PAYMENT_KIND_PAYMENT:
      return &ledger->paid;
    case STEWARD_PAYMENT_KIND_REFUND:
      return &ledger->refunded;
    case STEWARD_PAYMENT_KIND_ADJUSTMENT:
      return &ledger->adjusted;
    case STEWARD_PAYMENT_KIND_REVERSAL:
    default:
      return NULL;
    }
}

void
steward_ledger_compute (StewardLedger *ledger,
                        gint64         total,
                        GPtrArray     *payments)
{
  g_return_if_fail (ledger != NULL);
  g_return_if_fail (payments != NULL);

  memset (ledger, 0, sizeof *ledger);
  ledger->total = total;

  for (guint i = 0; i < payments->len; i++)
    {
      StewardPayment *line = g_ptr_array_index (payments, i);
      StewardPaymentKind kind = steward_payment_get_kind (line);
      gint64 amount = steward_payment_get_amount (line);
      gint64 *bucket = bucket_for_kind (ledger, kind);

      if (kind == STEWARD_PAYMENT_KIND_REVERSAL)
        {
          StewardPayment *target = steward_ledger_find_line (payments,
                                                             steward_payment_get_reverses_id (line));

          /* A reversal takes its direction from the line it undoes. */
          if (target != NULL)
            bucket = bucket_for_kind (ledger, steward_payment_get_kind (target));
          if (bucket != NULL)
            *bucket -= amount;
        }
      else if (bucket != NULL)
        *bucket += amount;
    }

  ledger->net_fee = ledger->total - ledger->adjusted;
  ledger->net_received = ledger->paid - ledger->refunded - ledger->adjusted;
  ledger->deposit_due = steward_deposit_for_total (total);
  ledger->balance_due = ledger->net_fee - ledger->net_received;
}

gboolean
steward_ledger_deposit_received (const StewardLedger *ledger)
{
  g_return_val_if_fail (ledger != NULL, FALSE);

  return ledger->net_received >= ledger->deposit_due;
}

gboolean
steward_ledger_can_settle (const StewardLedger *ledger)
{
  g_return_val_if_fail (ledger != NULL, FALSE);

  return ledger->net_received == ledger->net_fee;
}

static StewardPayment *
find_reversal_of (GPtrArray *payments,
                  gint64     id)
{
  for (guint i = 0; i < payments->len; i++)
    {
      StewardPayment *line = g_ptr_array_index (payments, i);

      if (steward_payment_get_kind (line) == STEWARD_PAYMENT_KIND_REVERSAL &&
          steward_payment_get_reverses_id (line) == id)
        return line;
    }

  return NULL;
}

static gboolean
check_reversal (const StewardLedger *ledger,
                GPtrArray           *payments,
                StewardPayment      *line,
                gint64               request_id,
                GError             **error)
{
  gint64 target_id = steward_payment_get_reverses_id (line);
  StewardPayment *target = steward_ledger_find_line (payments, target_id);
  StewardPayment *earlier;
  g_autofree char *fee = NULL;

  if (target == NULL)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
                   _("Request #%lld has no payment line #%lld"),
                   (long long) request_id, (long long) target_id);
      return FALSE;
    }
  if (steward_payment_get_kind (target) == STEWARD_PAYMENT_KIND_REVERSAL)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Cannot reverse line #%lld of request #%lld"
                     ": it is itself a reversal"),
                   (long long) target_id, (long long) request_id);
      return FALSE;
    }
  earlier = find_reversal_of (payments, target_id);
  if (earlier != NULL)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Cannot reverse line #%lld of request #%lld"
                     ": it was already reversed by line #%lld"),
                   (long long) target_id, (long long) request_id,
                   (long long) steward_payment_get_id (earlier));
      return FALSE;
    }
  if (steward_payment_get_amount (line) != steward_payment_get_amount (target))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("A reversal must have the amount of the line it undoes"));
      return FALSE;
    }

  /* Undoing a refund brings money back in: it must not take the request above its fee. Undoing
   * a payment must not leave more refunded than received. */
  if (steward_payment_get_kind (target) == STEWARD_PAYMENT_KIND_REFUND &&
      ledger->net_received + steward_payment_get_amount (target) > ledger->net_fee)
    {
      fee = steward_money_format (ledger->net_fee);
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Cannot reverse refund line #%lld of request #%lld"
                     ": the money received would exceed the net fee of %s"),
                   (long long) target_id, (long long) request_id, fee);
      return FALSE;
    }
  if (steward_payment_get_kind (target) == STEWARD_PAYMENT_KIND_PAYMENT &&
      ledger->net_received - steward_payment_get_amount (target) < 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Cannot reverse payment line #%lld of request #%lld"
                     ": more would have been refunded than received; reverse the refund first"),
                   (long long) target_id, (long long) request_id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_payment (const StewardLedger *ledger,
               gint64               amount,
               gint64               request_id,
               GError             **error)
{
  g_autofree char *amount_text = NULL;
  g_autofree char *fee_text = NULL;
  g_autofree char *received_text = NULL;
  g_autofree char *balance_text = NULL;

  if (ledger->net_received + amount <= ledger->net_fee)
    return TRUE;

  amount_text = steward_money_format (amount);
  fee_text = steward_money_format (ledger->net_fee);
  received_text = steward_money_format (ledger->net_received);
  balance_text = steward_money_format (MAX (ledger->balance_due, 0));
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
               _("Cannot record a payment of %s on request #%lld"
                 ": it would exceed the net fee of %s (%s received, %s outstanding)"),
               amount_text, (long long) request_id, fee_text, received_text, balance_text);
  return FALSE;
}

static gboolean
check_money_back (const StewardLedger *ledger,
                  StewardPaymentKind   kind,
                  gint64               amount,
                  gint64               request_id,
                  GError             **error)
{
  g_autofree char *amount_text = NULL;
  g_autofree char *received_text = NULL;

  if (amount <= ledger->net_received)
    return TRUE;

  amount_text = steward_money_format (amount);
  received_text = steward_money_format (ledger->net_received);
  if (kind == STEWARD_PAYMENT_KIND_REFUND)
    g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                 _("Cannot refund %s on request #%lld: only %s has been received"),
                 amount_text, (long long) request_id, received_text);
  else
    g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                 _("Cannot adjust request #%lld by %s: a partial refund is at most "
                   "what was received (%s)"),
                 (long long) request_id, amount_text, received_text);
  return FALSE;
}

gboolean
steward_ledger_check_line (const StewardLedger *ledger,
                           GPtrArray           *payments,
                           StewardPayment      *line,
                           gint64               request_id,
                           GError             **error)
{
  gint64 amount;

  g_return_val_if_fail (ledger != NULL, FALSE);
  g_return_val_if_fail (payments != NULL, FALSE);
  g_return_val_if_fail (STEWARD_IS_PAYMENT (line), FALSE);

  amount = steward_payment_get_amount (line);
  if (amount <= 0 || amount > STEWARD_MONEY_MAX)
    {
      g_autofree char *max_text = steward_money_format (STEWARD_MONEY_MAX);

      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("A payment line needs an amount above ¥0.00 and at most %s"), max_text);
      return FALSE;
    }

  switch (steward_payment_get_kind (line))
    {
    case STEWARD_PAYMENT_KIND_PAYMENT:
      return check_payment (ledger, amount, request_id, error);
    case STEWARD_PAYMENT_KIND_REFUND:
    case STEWARD_PAYMENT_KIND_ADJUSTMENT:
      return check_money_back (ledger, steward_payment_get_kind (line), amount, request_id, error);
    case STEWARD_PAYMENT_KIND_REVERSAL:
      return check_reversal (ledger, payments, line, request_id, error);
    default:
      g_assert_not_reached ();
    }
}
