/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-client-form.h"
#include "steward-client-repository.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_CLIENT_DIALOG (steward_client_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StewardClientDialog, steward_client_dialog, STEWARD, CLIENT_DIALOG, AdwWindow)

/* The New Client dialog: the company, its platforms and its primary contact. Fields are checked
 * as the user types (a taken name, a bad phone or email) and the problem shows under the field;
 * "dialog.add" (the Add button, Enter) is enabled only when everything is valid, stores the
 * client through @repository, emits "client-added" (gint64 id) and closes. The owner starts as
 * the "default-owner" of @settings (may be NULL), else the user's real name. */
StewardClientDialog *steward_client_dialog_new       (StewardClientRepository *repository,
                                                      GSettings               *settings);

/* For tests: types @text into a checked field. */
void                 steward_client_dialog_set_field (StewardClientDialog     *self,
                                                      StewardClientFormField   field,
                                                      const char              *text);
/* The problem shown under @field, or NULL. */
const char          *steward_client_dialog_get_error (StewardClientDialog     *self,
                                                      StewardClientFormField   field);

G_END_DECLS
