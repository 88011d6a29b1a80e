/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-calendar"

#include "config.h"

#include "steward-calendar.h"
#include "steward-calendar-private.h"
#include "steward-error.h"

/* A calendar that has gone this many consecutive days without a working day has none at all
 * (every date a holiday); searches stop here instead of running forever. */
#define MAX_IDLE_DAYS (3 * 366)

struct _StewardCalendar
{
  GObject     parent_instance;

  /* owned */
  GTimeZone  *tz;
  GArray     *windows;  /* StewardHours, validated: sorted and not overlapping */
  GHashTable *days;     /* GDate julian day → StewardCalendarDay */
};

G_DEFINE_FINAL_TYPE (StewardCalendar, steward_calendar, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TIMEZONE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const StewardHours default_windows[] = {
  { 9 * 60, 12 * 60 },
  { 13 * 60, 18 * 60 },
};

StewardCalendarDay *
steward_calendar_day_new (const GDate *date,
                          gboolean     working,
                          const char  *name)
{
  StewardCalendarDay *day;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  day = g_new0 (StewardCalendarDay, 1);
  day->date = *date;
  day->working = !!working;
  day->name = g_strdup (name);
  return day;
}

StewardCalendarDay *
steward_calendar_day_copy (const StewardCalendarDay *day)
{
  g_return_val_if_fail (day != NULL, NULL);

  return steward_calendar_day_new (&day->date, day->working, day->name);
}

void
steward_calendar_day_free (StewardCalendarDay *day)
{
  if (day == NULL)
    return;
  g_free (day->name);
  g_free (day);
}

static void
steward_calendar_finalize (GObject *object)
{
  StewardCalendar *self = (StewardCalendar *)object;

  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->windows, g_array_unref);
  g_clear_pointer (&self->days, g_hash_table_unref);

  G_OBJECT_CLASS (steward_calendar_parent_class)->finalize (object);
}

static void
steward_calendar_constructed (GObject *object)
{
  StewardCalendar *self = (StewardCalendar *)object;

  G_OBJECT_CLASS (steward_calendar_parent_class)->constructed (object);

  if (self->tz == NULL)
    self->tz = g_time_zone_new_local ();
}

static void
steward_calendar_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  StewardCalendar *self = STEWARD_CALENDAR (object);

  switch (prop_id)
    {
    case PROP_TIMEZONE:
      g_value_set_boxed (value, self->tz);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_calendar_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  StewardCalendar *self = STEWARD_CALENDAR (object);

  switch (prop_id)
    {
    case PROP_TIMEZONE:
      g_clear_pointer (&self->tz, g_time_zone_unref);
      self->tz = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_calendar_class_init (StewardCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_calendar_finalize;
  object_class->constructed = steward_calendar_constructed;
  object_class->get_property = steward_calendar_get_property;
  object_class->set_property = steward_calendar_set_property;

  properties[PROP_TIMEZONE] =
    g_param_spec_boxed ("timezone", NULL, NULL,
                        G_TYPE_TIME_ZONE,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted whenever the windows or the dated exceptions change, so that open requests can have
   * their deadlines recomputed. */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
steward_calendar_init (StewardCalendar *self)
{
  self->windows = g_array_new (FALSE, FALSE, sizeof (StewardHours));
  g_array_append_vals (self->windows, default_windows, G_N_ELEMENTS (default_windows));
  self->days = g_hash_table_new_full (NULL, NULL, NULL,
                                      (GDestroyNotify)steward_calendar_day_free);
}

StewardCalendar *
steward_calendar_new (GTimeZone *tz)
{
  return g_object_new (STEWARD_TYPE_CALENDAR, "timezone", tz, NULL);
}

GTimeZone *
steward_calendar_get_timezone (StewardCalendar *self)
{
  g_return_val_if_fail (STEWARD_IS_CALENDAR (self), NULL);

  return self->tz;
}

static gboolean
windows_equal (GArray             *a,
               const StewardHours *b,
               guint               n_b)
{
  if (a->len != n_b)
    return FALSE;
  for (guint i = 0; i < n_b; i++)
    {
      const StewardHours *w = &g_array_index (a, StewardHours, i);

      if (w->start != b[i].start || w->end != b[i].end)
        return FALSE;
    }
  return TRUE;
}

gboolean
steward_calendar_set_windows (StewardCalendar    *self,
                              const StewardHours *windows,
                              guint               n_windows,
                              GError            **error)
{
  g_return_val_if_fail (STEWARD_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (windows != NULL || n_windows == 0, FALSE);

  if (!_steward_calendar_validate_windows (windows, n_windows, error))
    return FALSE;

  if (windows_equal (self->windows, windows, n_windows))
    return TRUE;

  g_array_set_size (self->windows, 0);
  g_array_append_vals (self->windows, windows, n_windows);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

const StewardHours *
steward_calendar_get_windows (StewardCalendar *self,
                              guint           *n_windows)
{
  g_return_val_if_fail (STEWARD_IS_CALENDAR (self), NULL);

  if (n_windows != NULL)
    *n_windows = self->windows->len;
  return (const StewardHours *)(gpointer)self->windows->data;
}

char *
steward_calendar_format_windows (StewardCalendar *self)
{
  g_return_val_if_fail (STEWARD_IS_CALENDAR (self), NULL);

  return _steward_calendar_format_hours ((const StewardHours *)(gpointer)self->windows->data,
                                         self->windows->len);
}

/* Stores @day (taking it); TRUE when that changed anything. */
static gboolean
store_day (StewardCalendar    *self,
           StewardCalendarDay *day)
{
  gpointer key = GUINT_TO_POINTER (g_date_get_julian (&day->date));
  StewardCalendarDay *old = g_hash_table_lookup (self->days, key);

  if (old != NULL && old->working == day->working && g_strcmp0 (old->name, day->name) == 0)
    {
      steward_calendar_day_free (day);
      return FALSE;
    }

  g_hash_table_replace (self->days, key, day);
  return TRUE;
}

void
steward_calendar_set_day (StewardCalendar *self,
                          const GDate     *date,
                          gboolean         working,
                          const char      *name)
{
  g_return_if_fail (STEWARD_IS_CALENDAR (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  if (store_day (self, steward_calendar_day_new (date, working, name)))
    g_signal_emit (self, signals[CHANGED], 0);
}

void
steward_calendar_set_days (StewardCalendar *self,
                           GPtrArray       *days)
{
  gboolean changed = FALSE;

  g_return_if_fail (STEWARD_IS_CALENDAR (self));
  g_return_if_fail (days != NULL);

  /* Checked before storing anything, so that a bad entry leaves the calendar as it was. */
  for (guint i = 0; i < days->len; i++)
    {
      const StewardCalendarDay *day = g_ptr_array_index (days, i);

      g_return_if_fail (day != NULL && g_date_valid (&day->date));
    }

  for (guint i = 0; i < days->len; i++)
    changed |= store_day (self, steward_calendar_day_copy (g_ptr_array_index (days, i)));

  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
steward_calendar_remove_day (StewardCalendar *self,
                             const GDate     *date)
{
  g_return_val_if_fail (STEWARD_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  if (!g_hash_table_remove (self->days, GUINT_TO_POINTER (g_date_get_julian (date))))
    return FALSE;

  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

GPtrArray *
steward_calendar_list_days (StewardCalendar *self)
{
  GPtrArray *days;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (STEWARD_IS_CALENDAR (self), NULL);

  days = g_ptr_array_new_full (g_hash_table_size (self->days),
                               (GDestroyNotify)steward_calendar_day_free);
  g_hash_table_iter_init (&iter, self->days);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (days, steward_calendar_day_copy (value));
  g_ptr_array_sort (days, _steward_calendar_day_compare);
  return days;
}

/* Day numbers below count local days since 1970-01-01, which was a Thursday. */

static gint64
floor_div (gint64 a,
           gint64 b)
{
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

static gint64
local_day_of (StewardCalendar *self,
              gint64           instant)
{
  int interval = g_time_zone_find_interval (self->tz, G_TIME_TYPE_UNIVERSAL, instant);

  return floor_div (instant + g_time_zone_get_offset (self->tz, interval), SECONDS_PER_DAY);
}

/* The instant of local wall-clock time @minutes after the midnight of @day. Offset lookups are
 * much cheaper than building GDateTimes, and deadlines are computed by the million. A time in
 * a daylight-saving gap moves forward, as GDateTime does. */
static gint64
instant_of_local (StewardCalendar *self,
                  gint64           day,
                  guint            minutes)
{
  gint64 local = day * SECONDS_PER_DAY + (gint64)minutes * 60;
  int interval = g_time_zone_adjust_time (self->tz, G_TIME_TYPE_STANDARD, &local);

  return local - g_time_zone_get_offset (self->tz, interval);
}

static gboolean
day_is_working (StewardCalendar *self,
                gint64           day)
{
  StewardCalendarDay *entry;
  gint64 weekday;

  entry = g_hash_table_lookup (self->days, GUINT_TO_POINTER ((guint)(day + EPOCH_JULIAN)));
  if (entry != NULL)
    return entry->working;

  /* 0 is Monday: 1970-01-01 (day 0) was a Thursday. */
  weekday = ((day + 3) % 7 + 7) % 7;
  return weekday < 5;
}

gboolean
steward_calendar_is_working_day (StewardCalendar *self,
                                 const GDate     *date)
{
  g_return_val_if_fail (STEWARD_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  return day_is_working (self, (gint64)g_date_get_julian (date) - EPOCH_JULIAN);
}

gboolean
steward_calendar_is_business_time (StewardCalendar *self,
                                   gint64           instant)
{
  gint64 day;

  g_return_val_if_fail (STEWARD_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (instant != STEWARD_TIME_NONE, FALSE);

  day = local_day_of (self, instant);
  if (!day_is_working (self, day))
    return FALSE;

  for (guint i = 0; i < self->windows->len; i++)
    {
      const StewardHours *w = &g_array_index (self->windows, StewardHours, i);

      if (instant >= instant_of_local (self, day, w->start)
          && instant < instant_of_local (self, day, w->end))
        return TRUE;
    }
  return FALSE;
}

gint64
steward_calendar_add_business_seconds (StewardCalendar *self,
                                       gint64           start,
                                       gint64           seconds)
{
  gint64 remaining = seconds;
  guint idle = 0;

  g_return_val_if_fail (STEWARD_IS_CALENDAR (self), STEWARD_TIME_NONE);
  g_return_val_if_fail (start != STEWARD_TIME_NONE, STEWARD_TIME_NONE);
  g_return_val_if_fail (seconds >= 0, start);

  if (seconds == 0)
    return start;

  /* Whole windows are consumed at a time, day by day: never minute by minute. */
  for (gint64 day = local_day_of (self, start); idle <= MAX_IDLE_DAYS; day++)
    {
      if (!day_is_working (self, day))
        {
          idle++;
          continue;
        }
      idle = 0;

      for (guint i = 0; i < self->windows->len; i++)
        {
          const StewardHours *w = &g_array_index (self->windows, StewardHours, i);
          gint64 until = instant_of_local (self, day, w->end);
          gint64 from;

          if (until <= start)
            continue;
          from = MAX (start, instant_of_local (self, day, w->start));
          if (remaining <= until - from)
            return from + remaining;
          remaining -= until - from;
        }
    }

  return STEWARD_TIME_NONE;
}

gint64
steward_calendar_business_seconds_between (StewardCalendar *self,
                                           gint64           from,
                                           gint64           to)
{
  gint64 total = 0;
  gint64 last;

  g_return_val_if_fail (STEWARD_IS_CALENDAR (self), 0);
  g_return_val_if_fail (from != STEWARD_TIME_NONE && to != STEWARD_TIME_NONE, 0);

  if (to < from)
    return -steward_calendar_business_seconds_between (self, to, from);

  last = local_day_of (self, to);
  for (gint64 day = local_day_of (self, from); day <= last; day++)
    {
      if (!day_is_working (self, day))
        continue;

      for (guint i = 0; i < self->windows->len; i++)
        {
          const StewardHours *w = &g_array_index (self->windows, StewardHours, i);
          gint64 a = MAX (from, instant_of_local (self, day, w->start));
          gint64 b = MIN (to, instant_of_local (self, day, w->end));

          if (b > a)
            total += b - a;
        }
    }

  return total;
}

gint64
steward_calendar_close_of_working_day_after (StewardCalendar *self,
                                             gint64           start,
                                             guint            n)
{
  const StewardHours *last_window;
  gint64 day;
  guint idle = 0;

  g_return_val_if_fail (STEWARD_IS_CALENDAR (self), STEWARD_TIME_NONE);
  g_return_val_if_fail (start != STEWARD_TIME_NONE, STEWARD_TIME_NONE);

  day = local_day_of (self, start);
  for (guint count = 0; count < n;)
    {
      day++;
      if (day_is_working (self, day))
        {
          count++;
          idle = 0;
        }
      else if (++idle > MAX_IDLE_DAYS)
        return STEWARD_TIME_NONE;
    }

  last_window = &g_array_index (self->windows, StewardHours, self->windows->len - 1);
  return instant_of_local (self, day, last_window->end);
}
