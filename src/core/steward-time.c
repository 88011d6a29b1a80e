/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-time"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "steward-error.h"
#include "steward-time.h"

/* With TZ unset, GLib 2.74 reads the system's zone file again on every
 * g_time_zone_new_local (), and a list formats its dates hundreds of times a frame. The local
 * zone is kept for a second (a change of the system's zone is still seen soon) and while TZ
 * stays the same. Any thread may ask. */
static GTimeZone *
local_zone (void)
{
  static GMutex lock;
  static GTimeZone *zone;
  static char *zone_tz;
  static gint64 read_at;
  const char *tz = g_getenv ("TZ");
  gint64 now = g_get_monotonic_time ();
  GTimeZone *result;

  g_mutex_lock (&lock);
  if (zone == NULL || now - read_at > G_USEC_PER_SEC || g_strcmp0 (tz, zone_tz) != 0)
    {
      g_clear_pointer (&zone, g_time_zone_unref);
      g_free (zone_tz);
      zone = g_time_zone_new_local ();
      zone_tz = g_strdup (tz);
      read_at = now;
    }
  result = g_time_zone_ref (zone);
  g_mutex_unlock (&lock);
  return result;
}

static GTimeZone *
zone_or_local (GTimeZone *tz)
{
  return tz != NULL ? g_time_zone_ref (tz) : local_zone ();
}

gboolean
steward_time_parse (const char  *text,
                    GTimeZone   *tz,
                    gint64      *out_instant,
                    GError     **error)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *normal = NULL;
  gsize len;

  g_return_val_if_fail (out_instant != NULL, FALSE);

  if (text == NULL || *text == '\0')
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("A date and time is required, such as 2026-03-09T10:30"));
      return FALSE;
    }

  zone = zone_or_local (tz);
  normal = g_strstrip (g_strdup (text));
  len = strlen (normal);

  /* A bare date means its local midnight. */
  if (len == 10)
    {
      int y, m, d;
      char tail;

      if (sscanf (normal, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3)
        dt = g_date_time_new (zone, y, m, d, 0, 0, 0);
    }
  else
    {
      if (len > 10 && normal[10] == ' ')
        normal[10] = 'T';
      /* "2026-03-09T10:30" and "2026-03-09T10:30+08:00" have no seconds: GLib wants them. */
      if (strlen (normal) == 16 ||
          (strlen (normal) > 16 && strchr ("+-Zz", normal[16]) != NULL && normal[13] == ':'))
        {
          char *with_seconds = g_strdup_printf ("%.16s:00%s", normal, normal + 16);
          g_free (normal);
          normal = with_seconds;
        }
      dt = g_date_time_new_from_iso8601 (normal, zone);
    }

  if (dt == NULL)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("“%s” is not a date and time; use the form 2026-03-09T10:30 or 2026-03-09T10:30:00+08:00"),
                   text);
      return FALSE;
    }

  *out_instant = g_date_time_to_unix (dt);
  return TRUE;
}

GDateTime *
steward_time_to_date_time (gint64     instant,
                           GTimeZone *tz)
{
  g_autoptr(GTimeZone) zone = zone_or_local (tz);
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (instant);

  return g_date_time_to_timezone (utc, zone);
}

char *
steward_time_format_iso (gint64     instant,
                         GTimeZone *tz)
{
  g_autoptr(GDateTime) dt = NULL;

  if (instant == STEWARD_TIME_NONE)
    return NULL;

  dt = steward_time_to_date_time (instant, tz);
  return g_date_time_format (dt, "%FT%T%:z");
}

gint64
steward_time_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}
