/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-settings"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "steward-error.h"
#include "steward-store-private.h"
#include "steward-store-settings.h"

static GArray *
read_windows (StewardStore  *store,
              GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  g_autoptr(GArray) windows = g_array_new (FALSE, FALSE, sizeof (StewardHours));
  int rc;

  stmt = steward_store_prepare (store,
                                "SELECT start_minute, end_minute FROM calendar_windows ORDER BY position",
                                error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StewardHours hours = { sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1) };

      g_array_append_val (windows, hours);
    }
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&windows);
}

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  unsigned y, m, d;

  g_date_clear (date, 1);
  if (sscanf (text, "%4u-%2u-%2u", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static GPtrArray *
read_days (StewardStore  *store,
           GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) steward_calendar_day_free);
  int rc;

  stmt = steward_store_prepare (store, "SELECT date, working, name FROM calendar_days ORDER BY date", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = steward_stmt_column_text (stmt, 2);
      GDate date;

      if (!parse_date (steward_stmt_column_text (stmt, 0), &date))
        {
          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                       _("The stored calendar day “%s” is not a valid date"),
                       steward_stmt_column_text (stmt, 0));
          return NULL;
        }
      g_ptr_array_add (days, steward_calendar_day_new (&date, sqlite3_column_int (stmt, 1) != 0,
                                                      *name != '\0' ? name : NULL));
    }
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&days);
}

gboolean
steward_store_settings_read_calendar (StewardStore     *store,
                                      StewardCalendar  *calendar,
                                      GError          **error)
{
  g_autoptr(GArray) windows = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GPtrArray) old_days = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE (store), FALSE);
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), FALSE);

  if ((windows = read_windows (store, error)) == NULL || (days = read_days (store, error)) == NULL)
    return FALSE;

  /* An empty table keeps the calendar's windows; damaged ones are a storage problem. */
  if (windows->len > 0 &&
      !steward_calendar_set_windows (calendar, (const StewardHours *) windows->data, windows->len,
                                     &local_error))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("The stored business hours are invalid: %s"), local_error->message);
      return FALSE;
    }

  old_days = steward_calendar_list_days (calendar);
  for (guint i = 0; i < old_days->len; i++)
    {
      StewardCalendarDay *day = g_ptr_array_index (old_days, i);

      steward_calendar_remove_day (calendar, &day->date);
    }
  steward_calendar_set_days (calendar, days);
  return TRUE;
}

StewardCalendar *
steward_store_settings_load_calendar (StewardStore  *store,
                                      GTimeZone     *tz,
                                      GError       **error)
{
  g_autoptr(StewardCalendar) calendar = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  calendar = steward_calendar_new (tz);
  if (!steward_store_settings_read_calendar (store, calendar, error))
    return NULL;
  return g_steal_pointer (&calendar);
}

static gboolean
write_windows (StewardStore     *store,
               StewardCalendar  *calendar,
               GError          **error)
{
  const StewardHours *windows;
  guint n = 0;

  if (!steward_store_exec (store, "DELETE FROM calendar_windows", error))
    return FALSE;
  windows = steward_calendar_get_windows (calendar, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardStmt) stmt = NULL;

      stmt = steward_store_prepare (store,
                                    "INSERT INTO calendar_windows (position, start_minute, end_minute) "
                                    "VALUES (?, ?, ?)",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, i);
      sqlite3_bind_int (stmt, 2, windows[i].start);
      sqlite3_bind_int (stmt, 3, windows[i].end);
      if (!steward_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_days (StewardStore     *store,
            StewardCalendar  *calendar,
            GError          **error)
{
  g_autoptr(GPtrArray) days = steward_calendar_list_days (calendar);

  if (!steward_store_exec (store, "DELETE FROM calendar_days", error))
    return FALSE;
  for (guint i = 0; i < days->len; i++)
    {
      StewardCalendarDay *day = g_ptr_array_index (days, i);
      g_autoptr(StewardStmt) stmt = NULL;
      char text[16];

      g_snprintf (text, sizeof text, "%04u-%02u-%02u", g_date_get_year (&day->date),
                  g_date_get_month (&day->date), g_date_get_day (&day->date));
      stmt = steward_store_prepare (store, "INSERT INTO calendar_days (date, working, name) VALUES (?, ?, ?)",
                                    error);
      if (stmt == NULL)
        return FALSE;
      steward_stmt_bind_text (stmt, 1, text);
      sqlite3_bind_int (stmt, 2, day->working);
      steward_stmt_bind_text (stmt, 3, day->name);
      if (!steward_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
steward_store_settings_save_calendar (StewardStore     *store,
                                      StewardCalendar  *calendar,
                                      GError          **error)
{
  g_return_val_if_fail (STEWARD_IS_STORE (store), FALSE);
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), FALSE);

  if (!steward_store_begin (store, error))
    return FALSE;
  if (!write_windows (store, calendar, error) || !write_days (store, calendar, error))
    {
      steward_store_rollback (store);
      return FALSE;
    }
  return steward_store_commit (store, error);
}
