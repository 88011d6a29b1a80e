/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A few controls side by side when there is room for all of them at their natural width, else
 * one under the other (each at its natural width, aligned to the start). In an AdwActionRow's
 * suffix it keeps the row's title whole on a phone (it no longer wraps) and the subtitle's words
 * (it wraps at words only), so the row gives them that much at least and the controls stack in
 * what is left. (GtkFlowBox in GTK 4.8 asks for only one column's width, so a row never gives
 * it room for more; libadwaita 1.2 has no breakpoints.) Children are added with <child> in a
 * template. */
#define STEWARD_TYPE_WRAP_BOX (steward_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (StewardWrapBox, steward_wrap_box, STEWARD, WRAP_BOX, GtkWidget)

GtkWidget *steward_wrap_box_new         (int             spacing);
void       steward_wrap_box_append      (StewardWrapBox *self,
                                         GtkWidget      *child);
int        steward_wrap_box_get_spacing (StewardWrapBox *self);
void       steward_wrap_box_set_spacing (StewardWrapBox *self,
                                         int             spacing);
/* Whether the last allocation stacked the children. */
gboolean   steward_wrap_box_is_stacked  (StewardWrapBox *self);

G_END_DECLS
