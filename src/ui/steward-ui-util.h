/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-application.h"

G_BEGIN_DECLS

/* Called once @widget sits in a window of a StewardApplication. */
typedef void (*StewardApplicationFunc) (GtkWidget          *widget,
                                        StewardApplication *application);

/* Pages are built from the window's template before the window has its application (GtkWindow
 * sets "application" after construction), so a page waits for both its root and the root's
 * application, then calls @func once. */
void                steward_widget_watch_application (GtkWidget              *widget,
                                                      StewardApplicationFunc  func);
/* The StewardApplication of @widget's window, or NULL. */
StewardApplication *steward_widget_get_application   (GtkWidget              *widget);

/* Shows @toast (taking it) over @widget's window: the main window's or a preferences window's
 * toast overlay. Without one the toast's title is logged. */
void                steward_widget_add_toast         (GtkWidget              *widget,
                                                      AdwToast               *toast);
/* A toast with @error's message, which core and store write in the user's language. */
void                steward_widget_show_error        (GtkWidget              *widget,
                                                      const GError           *error);

G_END_DECLS
