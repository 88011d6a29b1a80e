/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_ROW (steward_row_get_type ())
G_DECLARE_FINAL_TYPE (StewardRow, steward_row, STEWARD, ROW, GObject)

/* The item of the source model now at this row's position ("item", notified on change). */
gpointer         steward_row_get_item    (StewardRow      *self);

#define STEWARD_TYPE_ROW_MODEL (steward_row_model_get_type ())
G_DECLARE_FINAL_TYPE (StewardRowModel, steward_row_model, STEWARD, ROW_MODEL, GObject)

/* A GListModel of StewardRow over @source: one row object per position, which keeps its
 * identity while the source's items at that position change (its "item" is notified).
 *
 * Why: GTK 4.8's list widgets keep about 200 rows of widgets and rebuild every one whose item
 * is replaced. Between steward_row_model_freeze() and _thaw() the source may reload at will;
 * the thaw then gives each row its new item and announces only the difference in length, so
 * the widgets stay and only their texts change. Outside a freeze every change of the source is
 * passed on as it comes. */
StewardRowModel *steward_row_model_new    (GListModel      *source);
GListModel      *steward_row_model_get_source (StewardRowModel *self);
void             steward_row_model_freeze (StewardRowModel *self);
/* The positions on screen. When the source's items change (at a thaw, or as they come), these
 * rows get their new items at once and the others when the main loop is next idle, so the frame
 * that shows the change waits only for what it shows; a row asked for its item (or handed out by
 * the model) gets it at once. By default every row is shown. */
void             steward_row_model_set_shown (StewardRowModel *self,
                                              guint            first,
                                              guint            n);
/* The same from a view's vertical scrolling: its value, page size and upper bound (pixels). */
void             steward_row_model_set_shown_by_scroll (StewardRowModel *self,
                                                        double           value,
                                                        double           page_size,
                                                        double           upper);
void             steward_row_model_thaw   (StewardRowModel *self);

G_END_DECLS
