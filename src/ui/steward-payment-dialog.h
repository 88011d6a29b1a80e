/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-desk.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PAYMENT_DIALOG (steward_payment_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StewardPaymentDialog, steward_payment_dialog, STEWARD, PAYMENT_DIALOG, AdwWindow)

/* Records a payment line on a request: the deposit or the balance (@kind PAYMENT) or a refund
 * (@kind REFUND), with its amount (suggested: @amount), method (corporate bank transfer or a
 * third-party payment platform), date (@at) and reference. "dialog.save" calls
 * steward_desk_add_payment(); a refusal is shown in the dialog, which stays open; on success it
 * emits "saved" and closes. @title names what is recorded ("Record Deposit"). */
StewardPaymentDialog *steward_payment_dialog_new             (StewardDesk           *desk,
                                                              StewardServiceRequest *request,
                                                              StewardPaymentKind     kind,
                                                              const char            *title,
                                                              const char            *summary,
                                                              gint64                 amount,
                                                              gint64                 at);
void                  steward_payment_dialog_set_amount_text (StewardPaymentDialog  *self,
                                                              const char            *text);
void                  steward_payment_dialog_set_reference   (StewardPaymentDialog  *self,
                                                              const char            *reference);
/* The refusal shown, or NULL. */
const char           *steward_payment_dialog_get_error       (StewardPaymentDialog  *self);

G_END_DECLS
