/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-types.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PAYMENT (steward_payment_get_type ())
G_DECLARE_FINAL_TYPE (StewardPayment, steward_payment, STEWARD, PAYMENT, GObject)

/* One line of a request's money: a payment received, a refund paid back, a complaint's
 * adjustment, or a reversal of a mistaken line. Lines are never changed or deleted once stored. */

StewardPayment *steward_payment_new (StewardPaymentKind kind,
                                     gint64         amount,
                                     StewardPaymentMethod method,
                                     gint64         at,
                                     const char    *reference,
                                     gint64         reverses_id);

/* 0 until stored */
gint64         steward_payment_get_id (StewardPayment *self);
void           steward_payment_set_id (StewardPayment *self,
                                       gint64 id);
gint64         steward_payment_get_request_id (StewardPayment *self);
void           steward_payment_set_request_id (StewardPayment *self,
                                               gint64 request_id);
StewardPaymentKind steward_payment_get_kind (StewardPayment *self);
/* fen, always > 0; the kind gives the direction */
gint64         steward_payment_get_amount (StewardPayment *self);
StewardPaymentMethod steward_payment_get_method (StewardPayment *self);
gint64         steward_payment_get_at (StewardPayment *self);
const char    *steward_payment_get_reference (StewardPayment *self);
/* for a reversal, the id of the line it undoes; 0 otherwise */
gint64         steward_payment_get_reverses_id (StewardPayment *self);

G_END_DECLS
