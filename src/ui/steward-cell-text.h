/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_CELL_TEXT (steward_cell_text_get_type ())
G_DECLARE_FINAL_TYPE (StewardCellText, steward_cell_text, STEWARD, CELL_TEXT, GtkWidget)

/* One line of text in a list cell, ellipsized at the end, whose size does not depend on its
 * text: as tall as a line of the widget's font, as wide as its column gives it.
 *
 * Why: GTK 4.8's list views keep about 200 rows of widgets. When a search changes the rows'
 * items, every GtkLabel among them would queue a resize and be measured again (Pango shaping
 * 1,200 strings) before the next frame; this widget only redraws, and only the rows on screen
 * are drawn. */
GtkWidget  *steward_cell_text_new       (void);
const char *steward_cell_text_get_text  (StewardCellText *self);
void        steward_cell_text_set_text  (StewardCellText *self,
                                         const char      *text);
/* 0.0 starts the text at the left (in a left-to-right locale), 1.0 ends it at the right. */
void        steward_cell_text_set_xalign (StewardCellText *self,
                                          float            xalign);

G_END_DECLS
