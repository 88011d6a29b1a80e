/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Helpers shared by the window tests of the training and complaints pages. */

/* gtk_test_init + adw_init + Steward's style sheet, and a private XDG_DATA_HOME. */
void     ui_fixture_init        (int          *argc,
                                 char       ***argv);
/* Unix seconds of a local time such as "2026-03-11 10:20". */
gint64   ui_at                  (const char   *text);
/* Runs the main loop for about @milliseconds, letting frames be drawn. */
void     ui_settle              (guint         milliseconds);
/* Presents @window at @width × @height and waits until it is drawn. */
void     ui_show                (GtkWindow    *window,
                                 int           width,
                                 int           height);
/* What @widget shows once its changes are drawn, as a texture of its size. */
GdkTexture *ui_render_texture   (GtkWidget    *widget);
/* Renders @widget to a PNG at @path; returns its size. */
void     ui_screenshot          (GtkWidget    *widget,
                                 const char   *path,
                                 int          *out_width,
                                 int          *out_height);
/* Where screenshots go: $STEWARD_SCREENSHOT_DIR or a temporary folder. */
char    *ui_screenshot_path     (const char   *name);
/* Sends a key press to the widget's key controllers, as the keyboard would. */
gboolean ui_press_key           (GtkWidget    *widget,
                                 guint         keyval,
                                 GdkModifierType state);
/* The first descendant of @root that is a @type (and, when @text is not NULL, a GtkLabel,
 * GtkButton or AdwPreferencesRow showing @text). */
GtkWidget *ui_find              (GtkWidget    *root,
                                 GType         type,
                                 const char   *text);

/* The first toplevel window that is a @type, or NULL. */
GtkWidget *ui_find_toplevel     (GType         type);

G_END_DECLS
