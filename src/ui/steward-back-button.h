/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The back button at the start of a page's header bar. Inside an AdwLeaflet it shows only while
 * the leaflet is folded, goes back to the sidebar when clicked, and lets its header bar show the
 * window's start title buttons only then (unfolded, the sidebar's header bar has them). Pages
 * put it in their templates, so no page needs to know about the window's leaflet. */
#define STEWARD_TYPE_BACK_BUTTON (steward_back_button_get_type ())
G_DECLARE_FINAL_TYPE (StewardBackButton, steward_back_button, STEWARD, BACK_BUTTON, GtkButton)

GtkWidget *steward_back_button_new       (void);
void       steward_back_button_set_inner (StewardBackButton *self,
                                          AdwLeaflet        *inner);

G_END_DECLS
