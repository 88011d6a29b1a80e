/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-application.h"

G_BEGIN_DECLS

/* What start-up does when the database could not be opened (@error). When the file is damaged
 * and a backup exists beside it, a dialog on @window names the newest backup's date and offers
 * to restore it: restoring sets the damaged file aside in the backup folder, copies the backup
 * into place and opens it. When it is damaged and there is no backup, the damaged file is set
 * aside and the window shows the welcome page. Any other failure (busy, disk full) is shown in
 * a toast, as before. Returns the dialog, or NULL when none was shown. */
GtkWindow *steward_recovery_offer (StewardApplication *app,
                                   GtkWindow          *window,
                                   const GError       *error);

G_END_DECLS
