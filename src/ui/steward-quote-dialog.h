/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-desk.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_QUOTE_DIALOG (steward_quote_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StewardQuoteDialog, steward_quote_dialog, STEWARD, QUOTE_DIALOG, AdwWindow)

/* Quotes @request during review: the fee, the after-hours surcharge of an emergency, simple or
 * complex for customised solutions, basic or advanced for data analysis. "dialog.save" calls
 * steward_desk_quote() at @at; a refusal (the rule and its limit) is shown beside the fee and
 * the dialog stays open; on success it emits "saved" and closes. */
StewardQuoteDialog *steward_quote_dialog_new          (StewardDesk           *desk,
                                                       StewardServiceRequest *request,
                                                       gint64                 at);
void                steward_quote_dialog_set_fee_text (StewardQuoteDialog    *self,
                                                       const char            *text);
/* The message shown beside the fee, or NULL. */
const char         *steward_quote_dialog_get_error    (StewardQuoteDialog    *self);

G_END_DECLS
