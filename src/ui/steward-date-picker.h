/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Adds a calendar button to @row, an entry of a local time written "YYYY-MM-DD HH:MM": it
 * opens a GtkCalendar in a popover on the date typed (today when none can be read), and the
 * day picked replaces the date and keeps the time typed (09:00 when none). Typing still works.
 * Returns the button (owned by @row). */
GtkWidget   *steward_date_picker_attach       (AdwEntryRow *row);
/* The calendar of a button made by steward_date_picker_attach(). */
GtkCalendar *steward_date_picker_get_calendar (GtkWidget   *button);

G_END_DECLS
