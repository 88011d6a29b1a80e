/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "steward-error.h"
#include "steward-store-private.h"
#include "steward-store-recover.h"

#define KEEP_DAILY  7
#define KEEP_WEEKLY 4

void
steward_backup_free (StewardBackup *backup)
{
  if (backup == NULL)
    return;
  g_free (backup->path);
  g_free (backup);
}

static void
set_file_error (GError     **error,
                const char  *format,
                const char  *path)
{
  int saved = errno;

  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE, format, path, g_strerror (saved));
}

/* Copies the live database page by page with the backup API, which sees a consistent snapshot
 * and, unlike copying files, never touches the live file's locks. */
static gboolean
copy_database (StewardStore  *self,
               const char    *target,
               GError       **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;
  int fd;

  /* An empty 0600 file first, so the copy is never readable by others. */
  fd = g_open (target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_file_error (error, _("Could not write the backup “%s” (%s)"), target);
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (target, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", steward_store_get_db (self), "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (dest);
    }

  if (rc != SQLITE_OK)
    g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                 _("Could not write the backup “%s” (%s)"), target,
                 dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
  sqlite3_close (dest);
  return rc == SQLITE_OK;
}

gboolean
steward_store_backup_to (StewardStore  *self,
                         const char    *path,
                         GError       **error)
{
  g_autofree char *partial = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Written beside the target and renamed, so an interrupted backup never looks complete. */
  partial = g_strconcat (path, ".partial", NULL);
  if (!copy_database (self, partial, error) ||
      !steward_store_set_private_mode (partial, error))
    {
      g_unlink (partial);
      return FALSE;
    }

  if (g_rename (partial, path) != 0)
    {
      set_file_error (error, _("Could not write the backup “%s” (%s)"), path);
      g_unlink (partial);
      return FALSE;
    }
  return TRUE;
}

char *
steward_store_get_backup_dir (StewardStore *self)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE (self), NULL);

  dir = g_path_get_dirname (steward_store_get_path (self));
  return g_build_filename (dir, "backups", NULL);
}

/* "steward-2026-03-09.db" → 2026-03-09. */
static gboolean
parse_backup_name (const char *name,
                   GDate      *date)
{
  unsigned year, month, day;
  char tail[4] = "";

  if (sscanf (name, "steward-%4u-%2u-%2u.%3s", &year, &month, &day, tail) != 4 ||
      g_strcmp0 (tail, "db") != 0 || strlen (name) != strlen ("steward-2026-03-09.db") ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const StewardBackup *x = *(StewardBackup * const *) a;
  const StewardBackup *y = *(StewardBackup * const *) b;

  return g_date_compare (&y->date, &x->date);
}

GPtrArray *
steward_store_list_backups (StewardStore  *self,
                            GError       **error)
{
  g_autofree char *dir_path = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE (self), NULL);

  dir_path = steward_store_get_backup_dir (self);
  return steward_store_list_backups_in (dir_path, error);
}

GPtrArray *
steward_store_list_backups_in (const char  *dir_path,
                               GError     **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (dir_path != NULL, NULL);

  backups = g_ptr_array_new_with_free_func ((GDestroyNotify) steward_backup_free);
  if (!g_file_test (dir_path, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&backups);

  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    {
      set_file_error (error, _("Could not read the backup folder “%s” (%s)"), dir_path);
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      StewardBackup *backup = g_new0 (StewardBackup, 1);

      if (!parse_backup_name (name, &backup->date))
        {
          steward_backup_free (backup);
          continue;
        }
      backup->path = g_build_filename (dir_path, name, NULL);
      g_ptr_array_add (backups, backup);
    }

  g_ptr_array_sort (backups, compare_newest_first);
  return g_steal_pointer (&backups);
}

/* The ISO 8601 week as year * 100 + week; the week's year is that of its Thursday. */
static guint
iso_week_key (const GDate *date)
{
  GDate thursday = *date;
  int weekday = g_date_get_weekday (date);  /* Monday = 1 … Sunday = 7 */

  if (weekday < 4)
    g_date_add_days (&thursday, 4 - weekday);
  else if (weekday > 4)
    g_date_subtract_days (&thursday, weekday - 4);

  return g_date_get_year (&thursday) * 100 + g_date_get_iso8601_week_of_year (date);
}

static void
remove_backup (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

/* Keeps the 7 newest backups and, among the older ones, the newest of each of the 4 most recent
 * weeks. */
static gboolean
prune_backups (StewardStore  *self,
               GError       **error)
{
  g_autoptr(GPtrArray) backups = steward_store_list_backups (self, error);
  guint weeks[KEEP_WEEKLY];
  guint n_weeks = 0;

  if (backups == NULL)
    return FALSE;

  for (guint i = KEEP_DAILY; i < backups->len; i++)
    {
      StewardBackup *backup = g_ptr_array_index (backups, i);
      guint week = iso_week_key (&backup->date);
      gboolean seen = FALSE;

      for (guint w = 0; w < n_weeks; w++)
        seen |= weeks[w] == week;

      if (!seen && n_weeks < KEEP_WEEKLY)
        weeks[n_weeks++] = week;
      else
        remove_backup (backup->path);
    }
  return TRUE;
}

gboolean
steward_store_rotate_backups (StewardStore  *self,
                              gint64         now,
                              gboolean      *out_created,
                              GError       **error)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  gboolean created = FALSE;

  g_return_val_if_fail (STEWARD_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_created != NULL)
    *out_created = FALSE;

  local = g_date_time_new_from_unix_local (now);
  dir = steward_store_get_backup_dir (self);
  name = g_date_time_format (local, "steward-%Y-%m-%d.db");
  path = g_build_filename (dir, name, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          set_file_error (error, _("Could not create the folder “%s” (%s)"), dir);
          return FALSE;
        }
      /* A damaged database must not push good backups out of the rotation. */
      if (!steward_store_check (self, error) ||
          !steward_store_backup_to (self, path, error))
        return FALSE;
      created = TRUE;
    }

  if (!prune_backups (self, error))
    return FALSE;

  if (out_created != NULL)
    *out_created = created;
  return TRUE;
}

char *
steward_store_back_up_now (StewardStore  *self,
                           gint64         now,
                           GError       **error)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE (self), NULL);

  /* A damaged database is not backed up: it would replace a good backup of the day. */
  if (!steward_store_check (self, error))
    return NULL;

  dir = steward_store_get_backup_dir (self);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_file_error (error, _("Could not create the folder “%s” (%s)"), dir);
      return NULL;
    }
  when = g_date_time_new_from_unix_local (now);
  name = g_date_time_format (when, "steward-%Y-%m-%d.db");
  path = g_build_filename (dir, name, NULL);
  if (!steward_store_backup_to (self, path, error))
    return NULL;
  return g_steal_pointer (&path);
}

/* Opens @path read-only and runs the full integrity check on it. */
sqlite3 *
steward_store_open_checked_backup (const char  *path,
                                   GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);

  if (!ok)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("The backup “%s” is damaged or is not a Steward database; nothing was "
                     "restored"), path);
      sqlite3_close (db);
      return NULL;
    }
  return db;
}

gboolean
steward_store_restore_from (StewardStore  *self,
                            const char    *path,
                            gint64         now,
                            char         **out_safety_path,
                            GError       **error)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *safety = NULL;
  sqlite3 *source;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (STEWARD_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  source = steward_store_open_checked_backup (path, error);
  if (source == NULL)
    return FALSE;

  dir = steward_store_get_backup_dir (self);
  when = g_date_time_new_from_unix_local (now);
  name = g_date_time_format (when, "steward-before-restore-%Y%m%d-%H%M%S.db");
  safety = g_build_filename (dir, name, NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_file_error (error, _("Could not create the folder “%s” (%s)"), dir);
      sqlite3_close (source);
      return FALSE;
    }
  if (!steward_store_backup_to (self, safety, error))
    {
      sqlite3_close (source);
      return FALSE;
    }

  /* One step copies every page in one write transaction of the live database: it either
   * completes or leaves the database as it was. */
  backup = sqlite3_backup_init (steward_store_get_db (self), "main", source, "main");
  rc = backup != NULL ? sqlite3_backup_step (backup, -1) : SQLITE_ERROR;
  if (backup != NULL)
    sqlite3_backup_finish (backup);
  sqlite3_close (source);
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (self, error);
      return FALSE;
    }

  if (out_safety_path != NULL)
    *out_safety_path = g_steal_pointer (&safety);
  return TRUE;
}
