/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-complaint-desk.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_RESOLVE_DIALOG (steward_resolve_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StewardResolveDialog, steward_resolve_dialog, STEWARD, RESOLVE_DIALOG, AdwWindow)

/* Gives the solution of an accepted complaint and chooses its remedy: none, a free re-service
 * (a new request with fee 0) or a partial refund on the complaint's request, no larger than
 * @received_net (what was received on it, net; shown as the limit). The desk applies it at @at;
 * a refusal is shown in the dialog and nothing is written.
 *
 * Signal: resolved (StewardComplaint *stored). Action (group "resolve"): save. */
StewardResolveDialog *steward_resolve_dialog_new       (StewardComplaintDesk *desk,
                                                        StewardComplaint     *complaint,
                                                        gint64                received_net,
                                                        gint64                at);
const char           *steward_resolve_dialog_get_error (StewardResolveDialog *self);

G_END_DECLS
