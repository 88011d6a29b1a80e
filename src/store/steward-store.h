/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The schema version this build writes (PRAGMA user_version). */
#define STEWARD_STORE_SCHEMA_VERSION 3

#define STEWARD_TYPE_STORE (steward_store_get_type ())
G_DECLARE_FINAL_TYPE (StewardStore, steward_store, STEWARD, STORE, GObject)

/* $XDG_DATA_HOME/steward/steward.db */
char         *steward_store_default_path      (void);

/* Opens (creating it and its folder, mode 0700, when missing) the database at @path, or at the
 * default path when NULL: WAL, synchronous=NORMAL, foreign keys on, a busy timeout, files mode
 * 0600, a quick check, then the schema migrated step by step to STEWARD_STORE_SCHEMA_VERSION.
 * A database written by a newer Steward, a damaged file or a file that is not a database gives
 * STEWARD_ERROR_STORAGE with a translated message, and the file is left untouched. */
StewardStore *steward_store_open              (const char           *path,
                                               GError              **error);

typedef enum {
  STEWARD_STORE_OPEN_DEFAULT     = 0,
  /* Skip the quick check on open when the schema is already current, for a caller that runs
   * steward_store_quick_check_async() itself once its window is drawn, or that does without it
   * (the command line, but for `steward check`). A damaged header is still refused, and a
   * database that needs a migration is still checked before anything writes to it. */
  STEWARD_STORE_OPEN_DEFER_CHECK = 1 << 0,
  /* Refuse, rather than run, a migration: a database whose schema is older than
   * STEWARD_STORE_SCHEMA_VERSION gives G_IO_ERROR_WOULD_BLOCK, untouched (neither checked nor
   * written), for a caller that then opens it with steward_store_open_async(). One connection
   * learns the version and, for a current schema, stays open: unlike
   * steward_store_peek_schema_version() followed by an open, the WAL is read once. */
  STEWARD_STORE_OPEN_NO_MIGRATE  = 1 << 1,
} StewardStoreOpenFlags;

/* steward_store_open() with @flags. */
StewardStore *steward_store_open_full         (const char           *path,
                                               StewardStoreOpenFlags flags,
                                               GError              **error);
/* steward_store_open_full() in a worker thread, for a caller that must not wait: a migration
 * of a large database takes many seconds. The new store is handed to the thread that called
 * this when the callback runs (its connection is used by one thread at a time, as every
 * store's). Cancelling interrupts the quick check or the migration step in progress, whose
 * transaction rolls back: the file stays at the schema of the last step that committed, with
 * its data as it was, and the finish gives G_IO_ERROR_CANCELLED. */
void          steward_store_open_async        (const char           *path,
                                               StewardStoreOpenFlags flags,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
StewardStore *steward_store_open_finish       (GAsyncResult         *result,
                                               GError              **error);
/* The schema version (PRAGMA user_version) of the database at @path (NULL: the default path),
 * read without changing the file: it is opened read-only, neither checked nor migrated, and a
 * missing file is not created. Cheap whatever the size of the data, so a caller can learn
 * whether steward_store_open() would migrate (0 < version < STEWARD_STORE_SCHEMA_VERSION).
 * A file that is missing, damaged, not a database or another program's database gives
 * STEWARD_ERROR_STORAGE. Its connection is its own: a large WAL left by a process that did not
 * close is read again (90 ms for the 1,000,000-request demo), so a caller about to open the
 * file anyway opens it with STEWARD_STORE_OPEN_NO_MIGRATE instead. */
gboolean      steward_store_peek_schema_version (const char         *path,
                                                 int                *out_version,
                                                 GError            **error);
const char   *steward_store_get_path          (StewardStore         *self);
/* The schema version of the open database. */
int           steward_store_get_schema_version (StewardStore        *self);

/* One user operation is one transaction. Transactions nest: an inner begin is a savepoint, so
 * a repository call may run inside a larger operation. Every begin is matched by exactly one
 * commit or rollback; rollback never fails in a way the caller must handle. */
gboolean      steward_store_begin             (StewardStore         *self,
                                               GError              **error);
/* A transaction that only reads: one snapshot for several queries, without the write lock
 * (nested inside another transaction it is a savepoint). Ended by commit or rollback. */
gboolean      steward_store_begin_read        (StewardStore         *self,
                                               GError              **error);
gboolean      steward_store_commit            (StewardStore         *self,
                                               GError              **error);
void          steward_store_rollback          (StewardStore         *self);

/* PRAGMA data_version: changes when another connection (another process) commits, so a window
 * can poll it and refresh. */
gint64        steward_store_get_data_version  (StewardStore         *self);

/* PRAGMA quick_check (run on open) and the full PRAGMA integrity_check plus foreign_key_check.
 * A problem gives STEWARD_ERROR_STORAGE with the first findings in the message. */
gboolean      steward_store_quick_check       (StewardStore         *self,
                                               GError              **error);
gboolean      steward_store_check             (StewardStore         *self,
                                               GError              **error);
/* The quick check in a worker thread, off the path to the first frame. */
void          steward_store_quick_check_async (StewardStore         *self,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean      steward_store_quick_check_finish (StewardStore        *self,
                                                GAsyncResult        *result,
                                                GError             **error);

/* Backups (steward-store-backup.c). */

/* A copy of the live database written with SQLite's online backup API to @path (through a
 * temporary file renamed into place), mode 0600. */
gboolean      steward_store_backup_to         (StewardStore         *self,
                                               const char           *path,
                                               GError              **error);
/* The folder of automatic backups: "backups" beside the database. */
char         *steward_store_get_backup_dir    (StewardStore         *self);

typedef struct {
  char  *path;
  GDate  date;   /* the local day the backup was made */
} StewardBackup;

void          steward_backup_free             (StewardBackup        *backup);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardBackup, steward_backup_free)

/* The automatic backups (StewardBackup), newest first. */
GPtrArray    *steward_store_list_backups      (StewardStore         *self,
                                               GError              **error);
/* The daily automatic backup at @now (Unix seconds): unless a backup of that local day exists,
 * runs the full integrity check (a damaged database is not backed up: STEWARD_ERROR_STORAGE),
 * writes backups/steward-YYYY-MM-DD.db, then keeps the 7 newest daily backups and the newest
 * backup of each of the 4 most recent earlier weeks (ISO weeks), deleting the others.
 * *out_created (may be NULL) tells whether a backup was written. */
gboolean      steward_store_rotate_backups    (StewardStore         *self,
                                               gint64                now,
                                               gboolean             *out_created,
                                               GError              **error);

/* "Back Up Now": the full integrity check, then today's automatic backup (@now's local day)
 * written again, replacing one made earlier that day. Returns its path. */
char         *steward_store_back_up_now       (StewardStore         *self,
                                               gint64                now,
                                               GError              **error);
/* Restores the backup at @path into the live database (through SQLite's backup API: the
 * connection stays open and no file of the live database is replaced). @path must pass the full
 * integrity check; the current database is first backed up beside the automatic backups as
 * steward-before-restore-YYYYMMDD-HHMMSS.db (@now's local time), whose path goes to
 * *out_safety_path (may be NULL). On failure the database is unchanged. */
gboolean      steward_store_restore_from      (StewardStore         *self,
                                               const char           *path,
                                               gint64                now,
                                               char                **out_safety_path,
                                               GError              **error);

/* A second connection to @self's database that only reads, for a worker thread: it sees what
 * @self has committed, and its long reads never hold up @self (WAL). Neither checks nor migrates
 * (@self did). Use it from one thread at a time. */
StewardStore *steward_store_open_reader       (StewardStore         *self,
                                               GError              **error);

G_END_DECLS
