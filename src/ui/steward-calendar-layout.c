/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-calendar-layout"

#include "config.h"

#include "steward-calendar-layout.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-time.h"

#define MINUTES_PER_DAY (24 * 60)

G_DEFINE_ENUM_TYPE (StewardCalendarMode, steward_calendar_mode,
                    G_DEFINE_ENUM_VALUE (STEWARD_CALENDAR_MODE_WEEK, "week"),
                    G_DEFINE_ENUM_VALUE (STEWARD_CALENDAR_MODE_MONTH, "month"))

StewardCalendarItem *
steward_calendar_item_new_from_session (StewardTrainingSession *session,
                                        const char             *client_name)
{
  StewardCalendarItem *item;

  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (session), NULL);

  item = g_new0 (StewardCalendarItem, 1);
  item->id = steward_training_session_get_id (session);
  item->start = steward_training_session_get_start (session);
  item->end = steward_training_session_get_end (session);
  item->format = steward_training_session_get_format (session);
  item->status = steward_training_session_get_status (session);
  item->title = g_strdup (steward_training_session_get_title (session));
  item->trainer = g_strdup (steward_training_session_get_trainer (session));
  item->client = g_strdup (client_name);

  return item;
}

void
steward_calendar_item_free (StewardCalendarItem *item)
{
  if (item == NULL)
    return;

  g_free (item->title);
  g_free (item->trainer);
  g_free (item->client);
  g_free (item);
}

static GDateTime *
local (gint64     instant,
       GTimeZone *tz)
{
  return steward_time_to_date_time (instant, tz);
}

char *
steward_calendar_item_format_time (const StewardCalendarItem *item,
                                   GTimeZone                 *tz)
{
  g_autoptr(GDateTime) start = local (item->start, tz);
  g_autoptr(GDateTime) end = local (item->end, tz);
  g_autofree char *from = g_date_time_format (start, "%H:%M");
  g_autofree char *to = NULL;

  if (g_date_time_get_year (start) == g_date_time_get_year (end)
      && g_date_time_get_day_of_year (start) == g_date_time_get_day_of_year (end))
    to = g_date_time_format (end, "%H:%M");
  else
    to = g_date_time_format (end, "%m-%d %H:%M");

  return g_strdup_printf ("%s–%s", from, to);
}

char *
steward_calendar_item_describe (const StewardCalendarItem *item,
                                GTimeZone                 *tz)
{
  g_autoptr(GDateTime) start = local (item->start, tz);
  g_autofree char *day = g_date_time_format (start, "%Y-%m-%d %a");
  g_autofree char *time = steward_calendar_item_format_time (item, tz);
  const char *format = steward_enum_label (STEWARD_TYPE_TRAINING_FORMAT, item->format);
  const char *status = steward_enum_label (STEWARD_TYPE_TRAINING_STATUS, item->status);

  /* TRANSLATORS: a training session read out by a screen reader: title, client, trainer, day,
   * time, online/offline, status. */
  return g_strdup_printf (_("%s, %s, trainer %s, %s %s, %s, %s"),
                          item->title, item->client != NULL ? item->client : "",
                          item->trainer, day, time, format, status);
}

static gint64
day_start_of (GDateTime *dt)
{
  g_autoptr(GDateTime) midnight =
    g_date_time_new (g_date_time_get_timezone (dt), g_date_time_get_year (dt),
                     g_date_time_get_month (dt), g_date_time_get_day_of_month (dt), 0, 0, 0);

  return g_date_time_to_unix (midnight);
}

gint64
steward_calendar_week_start (gint64     instant,
                             GTimeZone *tz)
{
  g_autoptr(GDateTime) dt = local (instant, tz);
  g_autoptr(GDateTime) monday = g_date_time_add_days (dt, 1 - g_date_time_get_day_of_week (dt));

  return day_start_of (monday);
}

gint64
steward_calendar_month_start (gint64     instant,
                              GTimeZone *tz)
{
  g_autoptr(GDateTime) dt = local (instant, tz);
  g_autoptr(GDateTime) first = g_date_time_add_days (dt, 1 - g_date_time_get_day_of_month (dt));

  return day_start_of (first);
}

gint64
steward_calendar_add_days (gint64     day_start,
                           int        days,
                           GTimeZone *tz)
{
  g_autoptr(GDateTime) dt = local (day_start, tz);
  g_autoptr(GDateTime) moved = g_date_time_add_days (dt, days);

  return day_start_of (moved);
}

gint64
steward_calendar_add_months (gint64     instant,
                             int        months,
                             GTimeZone *tz)
{
  g_autoptr(GDateTime) dt = local (instant, tz);
  g_autoptr(GDateTime) moved = g_date_time_add_months (dt, months);

  return g_date_time_to_unix (moved);
}

void
steward_calendar_month_grid (gint64     instant,
                             GTimeZone *tz,
                             gint64    *out_first_day,
                             guint     *out_rows)
{
  gint64 first = steward_calendar_month_start (instant, tz);
  g_autoptr(GDateTime) first_dt = local (first, tz);
  guint lead = g_date_time_get_day_of_week (first_dt) - 1;
  guint days = g_date_get_days_in_month (g_date_time_get_month (first_dt),
                                         g_date_time_get_year (first_dt));

  if (out_first_day != NULL)
    *out_first_day = steward_calendar_week_start (first, tz);
  if (out_rows != NULL)
    *out_rows = (lead + days + 6) / 7;
}

void
steward_calendar_range (StewardCalendarMode  mode,
                        gint64               date,
                        GTimeZone           *tz,
                        gint64              *out_from,
                        gint64              *out_to)
{
  gint64 from;
  guint rows = 1;

  if (mode == STEWARD_CALENDAR_MODE_WEEK)
    from = steward_calendar_week_start (date, tz);
  else
    steward_calendar_month_grid (date, tz, &from, &rows);

  *out_from = from;
  *out_to = steward_calendar_add_days (from, 7 * rows, tz);
}

static int
compare_blocks (gconstpointer a,
                gconstpointer b)
{
  const StewardWeekBlock *x = a;
  const StewardWeekBlock *y = b;

  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  if (x->start_minute != y->start_minute)
    return x->start_minute < y->start_minute ? -1 : 1;
  if (x->end_minute != y->end_minute)
    return x->end_minute > y->end_minute ? -1 : 1;
  return x->item < y->item ? -1 : (x->item > y->item);
}

/* Cuts @item into one block per day of the week it touches. */
static void
add_item_blocks (GArray                    *blocks,
                 const StewardCalendarItem *item,
                 guint                      index,
                 gint64                     week_start,
                 GTimeZone                 *tz)
{
  gint64 day_start = week_start;

  for (guint day = 0; day < 7; day++)
    {
      gint64 day_end = steward_calendar_add_days (week_start, day + 1, tz);
      gint64 from = MAX (item->start, day_start);
      gint64 to = MIN (item->end, day_end);

      if (from < to)
        {
          StewardWeekBlock block = {
            .item = index,
            .day = day,
            .start_minute = (int) ((from - day_start) / 60),
            .end_minute = (int) MIN ((to - day_start + 59) / 60, MINUTES_PER_DAY),
            .continues_before = item->start < day_start,
            .continues_after = item->end > day_end,
          };

          block.end_minute = MAX (block.end_minute, block.start_minute + 1);
          g_array_append_val (blocks, block);
        }
      day_start = day_end;
    }
}

/* Gives each block of one overlap group (blocks that overlap one another, directly or through
 * others) the first lane free at its start, and the group's lane count to all of them. */
static void
assign_lanes (GArray *blocks,
              guint   first,
              guint   last)
{
  g_autoptr(GArray) lane_ends = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = first; i < last; i++)
    {
      StewardWeekBlock *block = &g_array_index (blocks, StewardWeekBlock, i);
      guint lane;

      for (lane = 0; lane < lane_ends->len; lane++)
        if (g_array_index (lane_ends, int, lane) <= block->start_minute)
          break;
      if (lane == lane_ends->len)
        g_array_append_val (lane_ends, block->end_minute);
      else
        g_array_index (lane_ends, int, lane) = block->end_minute;
      block->lane = lane;
    }

  for (guint i = first; i < last; i++)
    g_array_index (blocks, StewardWeekBlock, i).lanes = lane_ends->len;
}

GArray *
steward_calendar_layout_week (GPtrArray *items,
                              gint64     week_start,
                              GTimeZone *tz)
{
  GArray *blocks = g_array_new (FALSE, TRUE, sizeof (StewardWeekBlock));
  guint group = 0;
  guint day = G_MAXUINT;
  int group_end = 0;

  g_return_val_if_fail (items != NULL, blocks);

  for (guint i = 0; i < items->len; i++)
    add_item_blocks (blocks, g_ptr_array_index (items, i), i, week_start, tz);
  g_array_sort (blocks, compare_blocks);

  for (guint i = 0; i < blocks->len; i++)
    {
      const StewardWeekBlock *block = &g_array_index (blocks, StewardWeekBlock, i);

      /* Touching end-to-start is not overlapping: such blocks start a new group. */
      if (block->day != day || block->start_minute >= group_end)
        {
          if (i > 0)
            assign_lanes (blocks, group, i);
          group = i;
          day = block->day;
          group_end = block->end_minute;
        }
      else
        group_end = MAX (group_end, block->end_minute);
    }
  if (blocks->len > 0)
    assign_lanes (blocks, group, blocks->len);

  return blocks;
}

void
steward_calendar_week_hours (GArray *blocks,
                             guint  *out_first_hour,
                             guint  *out_last_hour)
{
  guint first = 8;
  guint last = 20;

  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const StewardWeekBlock *block = &g_array_index (blocks, StewardWeekBlock, i);

      first = MIN (first, (guint) block->start_minute / 60);
      last = MAX (last, (guint) (block->end_minute + 59) / 60);
    }

  *out_first_hour = first;
  *out_last_hour = MIN (last, 24);
}

static int
compare_starts (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GPtrArray *items = user_data;
  const StewardCalendarItem *x = g_ptr_array_index (items, *(const guint *) a);
  const StewardCalendarItem *y = g_ptr_array_index (items, *(const guint *) b);

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->id < y->id ? -1 : (x->id > y->id);
}

GPtrArray *
steward_calendar_layout_month (GPtrArray *items,
                               gint64     first_day,
                               guint      n_days,
                               GTimeZone *tz)
{
  GPtrArray *days = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  gint64 day_start = first_day;

  g_return_val_if_fail (items != NULL, days);

  for (guint d = 0; d < n_days; d++)
    {
      GArray *indices = g_array_new (FALSE, FALSE, sizeof (guint));
      gint64 day_end = steward_calendar_add_days (first_day, d + 1, tz);

      for (guint i = 0; i < items->len; i++)
        {
          const StewardCalendarItem *item = g_ptr_array_index (items, i);

          if (item->start < day_end && item->end > day_start)
            g_array_append_val (indices, i);
        }
      g_array_sort_with_data (indices, compare_starts, items);
      g_ptr_array_add (days, indices);
      day_start = day_end;
    }

  return days;
}

void
steward_week_geometry_init (StewardWeekGeometry *geometry,
                            double               width,
                            double               height,
                            double               gutter,
                            double               header,
                            guint                first_hour,
                            guint                last_hour)
{
  g_return_if_fail (first_hour < last_hour && last_hour <= 24);

  geometry->gutter = gutter;
  geometry->header = header;
  geometry->first_hour = first_hour;
  geometry->last_hour = last_hour;
  geometry->day_width = MAX (width - gutter, 0) / 7.0;
  geometry->hour_height = MAX (height - header, 0) / (double) (last_hour - first_hour);
}

gboolean
steward_week_geometry_block_rect (const StewardWeekGeometry *geometry,
                                  const StewardWeekBlock    *block,
                                  double                    *x,
                                  double                    *y,
                                  double                    *width,
                                  double                    *height)
{
  int visible_from = geometry->first_hour * 60;
  int visible_to = geometry->last_hour * 60;
  int from = MAX (block->start_minute, visible_from);
  int to = MIN (block->end_minute, visible_to);
  double lane_width = geometry->day_width / MAX (block->lanes, 1);
  double minute = geometry->hour_height / 60.0;

  if (from >= to)
    return FALSE;

  *x = geometry->gutter + block->day * geometry->day_width + block->lane * lane_width;
  *width = MAX (lane_width - 1, 1);
  *y = geometry->header + (from - visible_from) * minute;
  *height = MAX ((to - from) * minute - 1, 1);
  return TRUE;
}

gboolean
steward_week_geometry_slot_at (const StewardWeekGeometry *geometry,
                               double                     x,
                               double                     y,
                               guint                     *out_day,
                               int                       *out_minute)
{
  double column = (x - geometry->gutter) / geometry->day_width;
  double minutes = (y - geometry->header) / geometry->hour_height * 60.0;
  int minute;

  if (geometry->day_width <= 0 || geometry->hour_height <= 0
      || column < 0 || column >= 7 || minutes < 0)
    return FALSE;

  minute = geometry->first_hour * 60 + (int) minutes;
  if (minute >= (int) geometry->last_hour * 60)
    return FALSE;

  *out_day = (guint) column;
  *out_minute = minute - minute % STEWARD_CALENDAR_SNAP_MINUTES;
  return TRUE;
}

gint64
steward_calendar_week_instant (gint64     week_start,
                               guint      day,
                               int        minute,
                               GTimeZone *tz)
{
  gint64 day_start = steward_calendar_add_days (week_start, day, tz);
  g_autoptr(GDateTime) midnight = local (day_start, tz);
  g_autoptr(GDateTime) dt = g_date_time_new (g_date_time_get_timezone (midnight),
                                             g_date_time_get_year (midnight),
                                             g_date_time_get_month (midnight),
                                             g_date_time_get_day_of_month (midnight),
                                             minute / 60, minute % 60, 0);

  return g_date_time_to_unix (dt);
}
