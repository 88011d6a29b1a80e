/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-recover"

#include "config.h"

#include "steward-store-recover.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "steward-error.h"
#include "steward-store-private.h"

static const char * const suffixes[] = { "", "-wal", "-shm" };

static char *
backup_dir_for (const char *database_path)
{
  g_autofree char *dir = g_path_get_dirname (database_path);

  return g_build_filename (dir, "backups", NULL);
}

GPtrArray *
steward_store_list_backups_for (const char  *database_path,
                                GError     **error)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  dir = backup_dir_for (database_path);
  return steward_store_list_backups_in (dir, error);
}

gboolean
steward_store_is_damaged (const char *database_path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean damaged = FALSE;
  int rc;

  g_return_val_if_fail (database_path != NULL, FALSE);

  if (!g_file_test (database_path, G_FILE_TEST_IS_REGULAR))
    return FALSE;

  rc = sqlite3_open_v2 (database_path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      damaged = rc == SQLITE_ROW
                && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0;
    }
  rc = db != NULL ? sqlite3_extended_errcode (db) : rc;
  damaged |= (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return damaged;
}

/* Renames the database's files from @from to @to, undoing the ones done when one fails. */
static gboolean
move_files (const char  *from,
            const char  *to,
            GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *source = g_strconcat (from, suffixes[i], NULL);
      g_autofree char *target = g_strconcat (to, suffixes[i], NULL);
      int saved;

      if (!g_file_test (source, G_FILE_TEST_EXISTS) || g_rename (source, target) == 0)
        continue;

      saved = errno;
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("Could not move the damaged database “%s” aside (%s)"), from,
                   g_strerror (saved));
      while (i-- > 0)
        {
          g_autofree char *back = g_strconcat (from, suffixes[i], NULL);
          g_autofree char *moved = g_strconcat (to, suffixes[i], NULL);

          g_rename (moved, back);
        }
      return FALSE;
    }
  return TRUE;
}

gboolean
steward_store_set_aside_damaged (const char  *database_path,
                                 gint64       now,
                                 char       **out_kept_path,
                                 GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GDateTime) when = NULL;
  int saved;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = backup_dir_for (database_path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      saved = errno;
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("Could not create the folder “%s” (%s)"), dir, g_strerror (saved));
      return FALSE;
    }
  when = g_date_time_new_from_unix_local (now);
  name = g_date_time_format (when, "steward-damaged-%Y%m%d-%H%M%S.db");
  kept = g_build_filename (dir, name, NULL);
  if (!move_files (database_path, kept, error))
    return FALSE;

  if (out_kept_path != NULL)
    *out_kept_path = g_steal_pointer (&kept);
  return TRUE;
}

/* Writes a copy of @source to a new 0600 file at @path with the backup API. */
static gboolean
write_copy (sqlite3     *source,
            const char  *path,
            GError     **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;
  int fd;

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0)
    close (fd);
  rc = fd >= 0 ? sqlite3_open_v2 (path, &dest, SQLITE_OPEN_READWRITE, NULL) : SQLITE_CANTOPEN;
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", source, "main");
      rc = backup != NULL ? sqlite3_backup_step (backup, -1) : sqlite3_errcode (dest);
      if (backup != NULL)
        sqlite3_backup_finish (backup);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                 _("Could not write the database “%s” (%s)"), path,
                 dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
  sqlite3_close (dest);
  return rc == SQLITE_OK;
}

gboolean
steward_store_recover_from_backup (const char  *database_path,
                                   const char  *backup_path,
                                   gint64       now,
                                   char       **out_kept_path,
                                   GError     **error)
{
  g_autofree char *kept = NULL;
  sqlite3 *source;
  gboolean ok;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The backup is checked before the damaged file is touched. */
  source = steward_store_open_checked_backup (backup_path, error);
  if (source == NULL)
    return FALSE;

  ok = steward_store_set_aside_damaged (database_path, now, &kept, error);
  if (ok && !write_copy (source, database_path, error))
    {
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *partial = g_strconcat (database_path, suffixes[i], NULL);

          g_unlink (partial);
        }
      move_files (kept, database_path, NULL);
      ok = FALSE;
    }
  sqlite3_close (source);

  if (ok && out_kept_path != NULL)
    *out_kept_path = g_steal_pointer (&kept);
  return ok;
}
