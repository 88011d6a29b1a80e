/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "steward-payment.h"
#include "steward-types.h"

G_BEGIN_DECLS

/* The money of one request, computed from its payment lines (SPEC §4). All amounts in fen.
 *
 * An adjustment is a complaint's partial refund: money given back that also lowers the fee, so
 * it lowers both the net fee and the net received, and a balanced (settled) request stays
 * balanced. A reversal undoes the line it refers to, whatever its kind. */
typedef struct {
  gint64 total;         /* fee + surcharge */
  gint64 paid;          /* payments − reversed payments */
  gint64 refunded;      /* refunds − reversed refunds */
  gint64 adjusted;      /* adjustments − reversed adjustments */
  gint64 net_fee;       /* total − adjusted */
  gint64 net_received;  /* paid − refunded − adjusted */
  gint64 deposit_due;   /* steward_deposit_for_total (total) */
  gint64 balance_due;   /* net_fee − net_received */
} StewardLedger;

/* Sums @payments (StewardPayment, any order) of a request whose total is @total. */
void     steward_ledger_compute           (StewardLedger       *ledger,
                                           gint64               total,
                                           GPtrArray           *payments);
/* Whether the deposit is in: net received ≥ deposit due. */
gboolean steward_ledger_deposit_received  (const StewardLedger *ledger);
/* Whether settling is allowed: net received == net fee. */
gboolean steward_ledger_can_settle        (const StewardLedger *ledger);

/* Checks that @line may be added to @payments of request #@request_id (for messages):
 * amount > 0 and ≤ STEWARD_MONEY_MAX; a payment must not take the net received above the net
 * fee; a refund or adjustment must not exceed the net received; a reversal must refer to a line
 * of this request that is not itself a reversal and not already reversed, and must not leave
 * the ledger inconsistent. STEWARD_ERROR_RULE (or INVALID for a bad amount) otherwise. */
gboolean steward_ledger_check_line        (const StewardLedger *ledger,
                                           GPtrArray           *payments,
                                           StewardPayment      *line,
                                           gint64               request_id,
                                           GError             **error);

/* The line of @payments with @id, or NULL. */
StewardPayment *steward_ledger_find_line  (GPtrArray           *payments,
                                           gint64               id);

G_END_DECLS
