/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-training-session.h"
#include "steward-types.h"

G_BEGIN_DECLS

/* Where the training calendar puts its sessions, as plain numbers: no GTK here, so the week and
 * month layouts are tested without a display. Days are local days of @tz (the local zone when
 * NULL); weeks start on Monday, as in China. */

typedef enum {
  STEWARD_CALENDAR_MODE_WEEK,
  STEWARD_CALENDAR_MODE_MONTH,
} StewardCalendarMode;

#define STEWARD_TYPE_CALENDAR_MODE (steward_calendar_mode_get_type ())
GType steward_calendar_mode_get_type (void) G_GNUC_CONST;

/* A click on a free slot proposes a session of this length, starting on the half hour. */
#define STEWARD_CALENDAR_DEFAULT_DURATION (2 * 60 * 60)
#define STEWARD_CALENDAR_SNAP_MINUTES     30

/* One session as the calendar shows it. */
typedef struct {
  gint64                 id;
  gint64                 start;
  gint64                 end;
  StewardTrainingFormat  format;
  StewardTrainingStatus  status;
  char                  *title;
  char                  *trainer;
  char                  *client;     /* the client's name, or NULL when unknown */
} StewardCalendarItem;

StewardCalendarItem *steward_calendar_item_new_from_session (StewardTrainingSession    *session,
                                                             const char                *client_name);
void                 steward_calendar_item_free             (StewardCalendarItem       *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardCalendarItem, steward_calendar_item_free)

/* "09:00–11:00" (local time; a session that crosses midnight shows its end day). */
char                *steward_calendar_item_format_time      (const StewardCalendarItem *item,
                                                             GTimeZone                 *tz);
/* What a screen reader says for a session: "Excel charts, Acme Ltd, trainer Wang Fang,
 * Tuesday 10 March 09:00–11:00, online, scheduled". */
char                *steward_calendar_item_describe         (const StewardCalendarItem *item,
                                                             GTimeZone                 *tz);

/* Local midnight of the Monday of the week holding @instant. */
gint64   steward_calendar_week_start  (gint64      instant,
                                       GTimeZone  *tz);
/* Local midnight of the first day of the month holding @instant. */
gint64   steward_calendar_month_start (gint64      instant,
                                       GTimeZone  *tz);
/* The month grid of the month holding @instant: it starts on the Monday on or before the 1st
 * (*out_first_day) and has 4–6 rows of 7 days (*out_rows), just enough for the month. */
void     steward_calendar_month_grid  (gint64      instant,
                                       GTimeZone  *tz,
                                       gint64     *out_first_day,
                                       guint      *out_rows);
/* Local midnight @days days after the day of @day_start (days may be negative). */
gint64   steward_calendar_add_days    (gint64      day_start,
                                       int         days,
                                       GTimeZone  *tz);
/* @instant moved by @months calendar months, keeping the day when it exists (31 March − 1 month
 * is 28/29 February). */
gint64   steward_calendar_add_months  (gint64      instant,
                                       int         months,
                                       GTimeZone  *tz);
/* The range a view shows: [*out_from, *out_to) — a week, or the whole month grid. */
void     steward_calendar_range       (StewardCalendarMode  mode,
                                       gint64               date,
                                       GTimeZone           *tz,
                                       gint64              *out_from,
                                       gint64              *out_to);

/* One piece of a session in the week view: a session crossing midnight gives one piece per
 * day. Minutes count from the day's midnight. Overlapping pieces of one day sit side by side:
 * the piece takes lane @lane of @lanes equal columns inside its day. */
typedef struct {
  guint     item;              /* index into the items passed in */
  guint     day;               /* 0 = Monday … 6 = Sunday */
  int       start_minute;      /* 0 … 1439 */
  int       end_minute;        /* start_minute + 1 … 1440 */
  guint     lane;
  guint     lanes;
  gboolean  continues_before;  /* the session started on an earlier day */
  gboolean  continues_after;   /* and goes on after this day */
} StewardWeekBlock;

/* The blocks of @items (StewardCalendarItem *) in the week starting at @week_start, ordered by
 * day, then start, then longer first. Items outside the week give none; cancelled sessions are
 * laid out like the others (the view dims them). */
GArray  *steward_calendar_layout_week (GPtrArray   *items,
                                       gint64       week_start,
                                       GTimeZone   *tz);
/* The hours the week view shows: at least 08:00–20:00, widened to whole hours so that every
 * block is visible. */
void     steward_calendar_week_hours  (GArray      *blocks,
                                       guint       *out_first_hour,
                                       guint       *out_last_hour);

/* The month view: for each of the @n_days days from @first_day, the indices (guint) of the
 * items that touch that day, in start order. Returns a GPtrArray of @n_days GArrays. */
GPtrArray *steward_calendar_layout_month (GPtrArray  *items,
                                          gint64      first_day,
                                          guint       n_days,
                                          GTimeZone  *tz);

/* Where the week view draws: a gutter of @gutter pixels on the left for the hours, a header of
 * @header pixels on top for the days, then 7 day columns of @day_width and hours of
 * @hour_height from @first_hour to @last_hour. */
typedef struct {
  double gutter;
  double header;
  double day_width;
  double hour_height;
  guint  first_hour;
  guint  last_hour;
} StewardWeekGeometry;

/* Fills @geometry for a view of @width × @height pixels. */
void     steward_week_geometry_init   (StewardWeekGeometry      *geometry,
                                       double                    width,
                                       double                    height,
                                       double                    gutter,
                                       double                    header,
                                       guint                     first_hour,
                                       guint                     last_hour);
/* The rectangle of @block, with a gap of one pixel between lanes; clipped to the visible hours.
 * Returns FALSE when nothing of it is visible. */
gboolean steward_week_geometry_block_rect (const StewardWeekGeometry *geometry,
                                           const StewardWeekBlock    *block,
                                           double                    *x,
                                           double                    *y,
                                           double                    *width,
                                           double                    *height);
/* The day (0–6) and the minute of that day, rounded down to STEWARD_CALENDAR_SNAP_MINUTES, of a
 * point; FALSE when the point is in the gutter, the header or outside the grid. */
gboolean steward_week_geometry_slot_at (const StewardWeekGeometry *geometry,
                                        double                     x,
                                        double                     y,
                                        guint                     *out_day,
                                        int                       *out_minute);
/* The instant of @minute of day @day of the week starting at @week_start. */
gint64   steward_calendar_week_instant (gint64       week_start,
                                        guint        day,
                                        int          minute,
                                        GTimeZone   *tz);

G_END_DECLS
