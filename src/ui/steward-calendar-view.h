/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "steward-calendar-layout.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_CALENDAR_VIEW (steward_calendar_view_get_type ())
G_DECLARE_FINAL_TYPE (StewardCalendarView, steward_calendar_view, STEWARD, CALENDAR_VIEW, GtkWidget)

/* The training calendar: a week of day columns with sessions at their hours (overlapping ones
 * side by side) or a month grid, today highlighted, sessions coloured by format. The layout is
 * steward-calendar-layout.h; this widget only places and paints it.
 *
 * Keyboard: the view holds a cursor (a half hour in the week view, a day in the month view)
 * moved with the arrow keys; Page Up/Down go to the previous/next week or month, Home to
 * today, Enter proposes a session at the cursor. Tab reaches each session; Enter opens it.
 * Mouse: a click on a free slot proposes a session there (the default length), a drag over
 * free time proposes that span; a click on a session opens it; dragging a session in the week
 * view moves it.
 *
 * Signals:
 *   session-activated (gint64 id)                   a session was clicked or activated
 *   slot-activated    (gint64 start, gint64 secs)   the user asked for a new session there
 *   session-moved     (gint64 id, gint64 start)     a session was dragged to a new start
 * "date" (the cursor's instant) changes as the cursor moves; when it leaves the shown range
 * the owner loads the sessions of steward_calendar_view_get_range() again. */
GtkWidget           *steward_calendar_view_new        (void);

StewardCalendarMode  steward_calendar_view_get_mode   (StewardCalendarView *self);
void                 steward_calendar_view_set_mode   (StewardCalendarView *self,
                                                       StewardCalendarMode  mode);
gint64               steward_calendar_view_get_date   (StewardCalendarView *self);
void                 steward_calendar_view_set_date   (StewardCalendarView *self,
                                                       gint64               date);
/* The instant that counts as now (today's highlight, the current-time line); 0 follows the
 * clock. */
void                 steward_calendar_view_set_now    (StewardCalendarView *self,
                                                       gint64               now);
gint64               steward_calendar_view_get_now    (StewardCalendarView *self);
/* [*out_from, *out_to) shown for the current mode and date. */
void                 steward_calendar_view_get_range  (StewardCalendarView *self,
                                                       gint64              *out_from,
                                                       gint64              *out_to);
/* Takes the sessions to show (StewardCalendarItem *; the view keeps a reference). */
void                 steward_calendar_view_set_items  (StewardCalendarView *self,
                                                       GPtrArray           *items);
/* The chip showing session @id (the first piece of it), or NULL: for tests and focus. */
GtkWidget           *steward_calendar_view_get_chip   (StewardCalendarView *self,
                                                       gint64               id);
/* Previous/next week or month (@delta = −1/+1), or today when @delta is 0. */
void                 steward_calendar_view_navigate   (StewardCalendarView *self,
                                                       int                  delta);

G_END_DECLS
