/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_CALENDAR_CHIP (steward_calendar_chip_get_type ())
G_DECLARE_FINAL_TYPE (StewardCalendarChip, steward_calendar_chip, STEWARD, CALENDAR_CHIP, GtkWidget)

/* One session in the training calendar: a focusable, activatable label that the calendar view
 * places and sizes. Unlike a GtkButton it may be given less height than its text needs (a
 * 30-minute session) and then shows the lines that fit. Enter, Space and a click emit
 * "activate". */
GtkWidget  *steward_calendar_chip_new        (gint64       session_id);
gint64      steward_calendar_chip_get_session_id (StewardCalendarChip *self);
/* Pango markup shown in the chip. */
void        steward_calendar_chip_set_markup (StewardCalendarChip *self,
                                              const char          *markup);

G_END_DECLS
