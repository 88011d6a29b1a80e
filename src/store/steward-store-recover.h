/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-store.h"

G_BEGIN_DECLS

/* Recovering from a database that cannot be opened (steward-store-recover.c): the store is not
 * open, so these work on paths. The backups live in "backups" beside the database, as
 * steward_store_get_backup_dir() says. */

/* The automatic backups (StewardBackup) in @dir, newest first; an empty array when @dir does
 * not exist. */
GPtrArray *steward_store_list_backups_in       (const char  *dir,
                                                GError     **error);
/* The automatic backups of the database at @database_path, newest first. */
GPtrArray *steward_store_list_backups_for      (const char  *database_path,
                                                GError     **error);
/* TRUE when the file at @database_path exists and SQLite finds it damaged or not a database
 * (PRAGMA quick_check on a read-only connection); FALSE for a healthy file, a missing one, or
 * another failure (busy, no permission). */
gboolean   steward_store_is_damaged            (const char  *database_path);
/* Moves the damaged database at @database_path (with its -wal and -shm files) into the backup
 * folder as steward-damaged-YYYYMMDD-HHMMSS.db (@now's local time), so nothing is lost and a new
 * database can take its place. Its new path goes to *out_kept_path (may be NULL). */
gboolean   steward_store_set_aside_damaged     (const char  *database_path,
                                                gint64       now,
                                                char       **out_kept_path,
                                                GError     **error);
/* Replaces the damaged database at @database_path by a copy of @backup_path (which must pass
 * the full integrity check; written through SQLite's backup API, mode 0600). The damaged file is
 * first set aside as steward_store_set_aside_damaged() does (*out_kept_path, may be NULL). On
 * failure the damaged file is back in its place. */
gboolean   steward_store_recover_from_backup   (const char  *database_path,
                                                const char  *backup_path,
                                                gint64       now,
                                                char       **out_kept_path,
                                                GError     **error);

G_END_DECLS
