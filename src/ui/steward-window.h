/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-application.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_WINDOW (steward_window_get_type ())
G_DECLARE_FINAL_TYPE (StewardWindow, steward_window, STEWARD, WINDOW, AdwApplicationWindow)

/* The main window: a sidebar and the pages, named "dashboard", "clients", "requests",
 * "packages", "training", "complaints" and "reports" (in the sidebar's order). While the
 * application's "first-run" is TRUE it shows the welcome page instead, and while its
 * "updating" is TRUE a page saying that the database is being updated.
 *
 * Window actions:
 *   win.show-page  (s, Alt+1…7)  shows the named page
 *   win.search     (Ctrl+F)      activates "page.search" on the visible page
 *   win.new        (Ctrl+N)      activates "page.new" on the visible page
 *   win.close      (Ctrl+W)      closes the window
 *   win.open       (sx)          opens an item by kind and id: ("client", id), ("request", id),
 *                                ("package", id), ("training", id) or ("complaint", id) shows
 *                                the page listing that kind ("clients", "requests", …) and
 *                                activates its "<page name>.open" (x) action, which the page
 *                                installs (e.g. "requests.open")
 * A page that can search or create something installs the widget actions "page.search" and
 * "page.new" in its class (gtk_widget_class_install_action); on a page without them, win.search
 * and win.new are disabled. */
StewardWindow      *steward_window_new             (StewardApplication *application);

/* Shows @toast over the window's content; takes ownership of @toast. */
void                steward_window_add_toast       (StewardWindow      *self,
                                                    AdwToast           *toast);

const char         *steward_window_get_page_name   (StewardWindow      *self);
/* @name must be one of steward_window_get_page_names(). */
void                steward_window_set_page_name   (StewardWindow      *self,
                                                    const char         *name);
/* The page widget called @name, or NULL. */
GtkWidget          *steward_window_get_page        (StewardWindow      *self,
                                                    const char         *name);
/* The page names in the sidebar's order, NULL-terminated. */
const char * const *steward_window_get_page_names  (void);

/* TRUE while the window shows the first-run welcome page. */
gboolean            steward_window_get_welcome_shown (StewardWindow    *self);
/* TRUE while the window shows the page that says the database is being updated
 * (steward_application_get_updating()); win.show-page, win.open, win.search and win.new are
 * disabled meanwhile. */
gboolean            steward_window_get_updating_shown (StewardWindow   *self);

G_END_DECLS
