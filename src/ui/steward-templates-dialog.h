/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-store.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_TEMPLATES_DIALOG (steward_templates_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StewardTemplatesDialog, steward_templates_dialog, STEWARD, TEMPLATES_DIALOG, AdwWindow)

/* The list of standard configuration templates the user keeps: add one by name, archive one
 * no longer offered, restore an archived one (steward-store-templates.h). */
StewardTemplatesDialog *steward_templates_dialog_new      (StewardStore           *store);
/* Adds a template as the entry at the end of the list does; FALSE with the refusal shown. */
gboolean                steward_templates_dialog_add      (StewardTemplatesDialog *self,
                                                           const char             *name);
guint                   steward_templates_dialog_get_n_templates (StewardTemplatesDialog *self);

G_END_DECLS
