/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-calendar-view.h"

G_BEGIN_DECLS

#define WEEK_GUTTER   56.0
#define WEEK_HEADER   52.0
#define MONTH_HEADER  28.0
#define MONTH_NUMBER  26.0
#define MONTH_CHIP    22.0
#define MONTH_SLOTS   3

/* Where a chip goes: a week block, or a slot of a month cell. */
typedef struct {
  guint index;   /* week: block index; month: cell index */
  guint slot;    /* month: 0 … MONTH_SLOTS - 1 */
} ChipPlace;

struct _StewardCalendarView
{
  GtkWidget            parent_instance;

  StewardCalendarMode  mode;
  gint64               date;
  gint64               now;
  gint64               range_from;
  gint64               range_to;
  gint64               built_today;
  guint                rows;
  guint                first_hour;
  guint                last_hour;

  /* owned */
  GPtrArray           *items;        /* StewardCalendarItem */
  GArray              *blocks;       /* StewardWeekBlock, week mode */
  GPtrArray           *month_days;   /* GArray of item indices per cell, month mode */

  /* children, all unparented on rebuild */
  GPtrArray           *headers;      /* 7 GtkLabel */
  GPtrArray           *hour_labels;  /* 24 GtkLabel, week mode */
  GPtrArray           *day_labels;   /* rows × 7 GtkLabel, month mode */
  GPtrArray           *chips;        /* StewardCalendarChip */
  GArray              *chip_places;  /* ChipPlace, parallel to chips */
  GPtrArray           *more;         /* GtkButton per month cell with hidden sessions, or NULL */
  GPtrArray           *focusables;   /* chips and more buttons in reading order (borrowed) */

  /* the last allocation */
  StewardWeekGeometry  geometry;
  double               cell_width;
  double               cell_height;

  /* a drag over free time (week) */
  gboolean             creating;
  guint                drag_day;
  int                  anchor_minute;
  int                  current_minute;

  /* a session being dragged (week) */
  GtkWidget           *moving;       /* borrowed chip */
  double               move_dx;
  double               move_dy;

  guint                tick_id;
};

/* steward-calendar-view.c */
gint64   steward_calendar_view_today_start (StewardCalendarView *self);
void     steward_calendar_view_set_cursor  (StewardCalendarView *self,
                                            gint64               date);
const StewardCalendarItem *steward_calendar_view_chip_item (StewardCalendarView *self,
                                                            GtkWidget           *chip);

/* steward-calendar-view-input.c: gestures, keys and focus. */
void     steward_calendar_view_init_input  (StewardCalendarView *self);
void     steward_calendar_view_watch_chip  (StewardCalendarView *self,
                                            GtkWidget           *chip);
gboolean steward_calendar_view_focus       (GtkWidget           *widget,
                                            GtkDirectionType     direction);
void     steward_calendar_view_emit_slot   (StewardCalendarView *self,
                                            gint64               start,
                                            gint64               duration);

/* steward-calendar-view-paint.c */
void     steward_calendar_view_snapshot    (GtkWidget           *widget,
                                            GtkSnapshot         *snapshot);

enum {
  SIGNAL_SESSION_ACTIVATED,
  SIGNAL_SLOT_ACTIVATED,
  SIGNAL_SESSION_MOVED,
  N_CALENDAR_VIEW_SIGNALS
};

extern guint steward_calendar_view_signals[N_CALENDAR_VIEW_SIGNALS];

G_END_DECLS
