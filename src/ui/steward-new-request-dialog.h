/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-desk.h"
#include "steward-store.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_NEW_REQUEST_DIALOG (steward_new_request_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StewardNewRequestDialog, steward_new_request_dialog, STEWARD, NEW_REQUEST_DIALOG, AdwWindow)

/* A new service request submitted at @at: the client (searched in the store), the channel, the
 * service with its own details (the operating system and data-terms agreement for remote
 * assistance; a template from the user's list or a special request for configuration), the
 * priority, the after-hours emergency flag where core allows it, and the description. The
 * response deadline is shown before saving. "dialog.save" calls steward_desk_create_request();
 * a refusal stays in the dialog; on success it emits "created" (the new id) and closes. */
StewardNewRequestDialog *steward_new_request_dialog_new             (StewardStore            *store,
                                                                     StewardDesk             *desk,
                                                                     gint64                   at);
/* Preselects a client (one of the first page of the client list). */
void                     steward_new_request_dialog_set_client      (StewardNewRequestDialog *self,
                                                                     gint64                   client_id);
void                     steward_new_request_dialog_set_service     (StewardNewRequestDialog *self,
                                                                     StewardService           service,
                                                                     StewardPriority          priority);
void                     steward_new_request_dialog_set_description (StewardNewRequestDialog *self,
                                                                     const char              *text);
/* The response deadline as shown ("Mon 9 Mar 11:30"). */
const char              *steward_new_request_dialog_get_deadline_text (StewardNewRequestDialog *self);
const char              *steward_new_request_dialog_get_error       (StewardNewRequestDialog *self);

G_END_DECLS
