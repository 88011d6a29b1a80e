/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-client-repository.h"
#include "steward-store.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_IMPORT_DIALOG (steward_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StewardImportDialog, steward_import_dialog, STEWARD, IMPORT_DIALOG, AdwWindow)

/* Import from CSV: a file chooser, then a preview of every row with its line number and, for
 * the rows that cannot be imported, why. "import.write" (the Import button) is enabled only when
 * every row is correct; it writes them all in one transaction, emits "imported" (guint, the
 * number of clients) and closes. */
StewardImportDialog *steward_import_dialog_new         (StewardStore            *store,
                                                        StewardClientRepository *repository);
/* Opens the file chooser ("import.choose"). */
void                 steward_import_dialog_choose_file (StewardImportDialog     *self);
/* Reads @file into the preview; FALSE with @error (also shown in the dialog) when the file
 * cannot be read at all. */
gboolean             steward_import_dialog_load_file   (StewardImportDialog     *self,
                                                        GFile                   *file,
                                                        GError                 **error);
/* The preview's summary line, for tests. */
const char          *steward_import_dialog_get_summary (StewardImportDialog     *self);

G_END_DECLS
