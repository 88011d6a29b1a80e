/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-complaint-desk.h"
#include "steward-store.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_COMPLAINT_DIALOG (steward_complaint_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StewardComplaintDialog, steward_complaint_dialog, STEWARD, COMPLAINT_DIALOG, AdwWindow)

/* "Receive Complaint" (投诉受理): the client (searched in @store's client list), the request
 * the complaint concerns (one of that client's, or none), the channel (the designated email or
 * the hotline), when it was received (now by default, editable as "YYYY-MM-DD HH:MM"), a
 * summary and details. The 24-hour acceptance and 48-hour solution limits, counted from the
 * receipt, are shown before saving. "dialog.save" records it through @desk; a refusal is shown
 * in the dialog and nothing is saved.
 *
 * Signals:
 *   received (gint64 id)   the complaint was recorded; the dialog then closes */
StewardComplaintDialog *steward_complaint_dialog_new             (StewardComplaintDesk   *desk,
                                                                  StewardStore           *store,
                                                                  gint64                  now);
/* Selects client @client_id when it is on the first page of the (searched) client list. */
void                    steward_complaint_dialog_set_client      (StewardComplaintDialog *self,
                                                                  gint64                  client_id);
/* Selects the selected client's request @request_id (0: none). */
void                    steward_complaint_dialog_set_request     (StewardComplaintDialog *self,
                                                                  gint64                  request_id);
void                    steward_complaint_dialog_set_channel     (StewardComplaintDialog *self,
                                                                  StewardComplaintChannel channel);
void                    steward_complaint_dialog_set_received_text (StewardComplaintDialog *self,
                                                                    const char             *text);
void                    steward_complaint_dialog_set_summary     (StewardComplaintDialog *self,
                                                                  const char             *summary);
/* The acceptance and solution limits as shown ("Accept by …"), or "" while the receipt time
 * cannot be read. */
const char             *steward_complaint_dialog_get_accept_text  (StewardComplaintDialog *self);
const char             *steward_complaint_dialog_get_resolve_text (StewardComplaintDialog *self);
/* The refusal shown, or NULL. */
const char             *steward_complaint_dialog_get_error       (StewardComplaintDialog *self);

G_END_DECLS
