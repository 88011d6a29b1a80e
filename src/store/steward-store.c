/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store"

#include "config.h"

#include "steward-store.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "steward-error.h"
#include "steward-store-private.h"
#include "steward-types.h"

#define BUSY_TIMEOUT_MS 5000
/* Virtual machine steps between two looks at an open's GCancellable: a look is an atomic read,
 * and a few thousand steps take well under a millisecond. */
#define CANCEL_CHECK_STEPS 4096

struct _StewardStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  int         schema_version;
  guint       transaction_depth;
  /* Lent by steward_store_open_async() while the worker opens the file; NULL after. */
  GCancellable *open_cancellable;
  /* SQL text → sqlite3_stmt. Statements are built from fixed fragments in this folder, never
   * from user values, so the number of distinct texts is bounded by the code and the cache needs
   * no eviction. */
  GHashTable *statements;
};

G_DEFINE_FINAL_TYPE (StewardStore, steward_store, G_TYPE_OBJECT)

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
steward_store_finalize (GObject *object)
{
  StewardStore *self = STEWARD_STORE (object);

  /* Statements must be finalized before the connection closes, or the close fails. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (steward_store_parent_class)->finalize (object);
}

static void
steward_store_class_init (StewardStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = steward_store_finalize;
}

static void
steward_store_init (StewardStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
}

char *
steward_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "steward", "steward.db", NULL);
}

/* The message for an SQLite failure; damaged files get words a user can act on. */
static void
set_sqlite_error (GError     **error,
                  int          rc,
                  const char  *path,
                  const char  *detail)
{
  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("The database “%s” is damaged or is not a Steward database (%s). "
                     "Restore the newest good backup."),
                   path, detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("The database “%s” is busy in another program; try again (%s)"),
                   path, detail);
      break;
    case SQLITE_FULL:
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("The disk holding “%s” is full (%s)"), path, detail);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("The database “%s” cannot be opened for writing (%s)"), path, detail);
      break;
    default:
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("The database “%s” could not be read or written (%s)"), path, detail);
      break;
    }
}

void
steward_store_set_error (StewardStore  *self,
                         GError       **error)
{
  set_sqlite_error (error, sqlite3_extended_errcode (self->db), self->path,
                    sqlite3_errmsg (self->db));
}

sqlite3 *
steward_store_get_db (StewardStore *self)
{
  return self->db;
}

const char *
steward_store_get_path (StewardStore *self)
{
  g_return_val_if_fail (STEWARD_IS_STORE (self), NULL);
  return self->path;
}

int
steward_store_get_schema_version (StewardStore *self)
{
  g_return_val_if_fail (STEWARD_IS_STORE (self), 0);
  return self->schema_version;
}

StewardStmt *
steward_store_prepare (StewardStore  *self,
                       const char    *sql,
                       GError       **error)
{
  sqlite3_stmt *stmt;

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      g_assert (!sqlite3_stmt_busy (stmt));
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      steward_store_set_error (self, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

void
steward_stmt_release (StewardStmt *stmt)
{
  if (stmt == NULL)
    return;
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

gboolean
steward_store_exec (StewardStore  *self,
                    const char    *sql,
                    GError       **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      steward_store_set_error (self, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
steward_store_step_done (StewardStore  *self,
                         StewardStmt   *stmt,
                         GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      steward_store_set_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

void
steward_stmt_bind_text (StewardStmt *stmt,
                        int          index,
                        const char  *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

void
steward_stmt_bind_time (StewardStmt *stmt,
                        int          index,
                        gint64       instant)
{
  if (instant == STEWARD_TIME_NONE)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, instant);
}

gint64
steward_stmt_column_time (StewardStmt *stmt,
                          int          column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return STEWARD_TIME_NONE;
  return sqlite3_column_int64 (stmt, column);
}

const char *
steward_stmt_column_text (StewardStmt *stmt,
                          int          column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

gboolean
steward_store_begin (StewardStore  *self,
                     GError       **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE (self), FALSE);

  /* IMMEDIATE takes the write lock at once, so a second process waits (busy timeout) at the
   * start instead of failing half-way through an operation. */
  if (self->transaction_depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT steward_%u", self->transaction_depth);

  if (!steward_store_exec (self, sql, error))
    return FALSE;
  self->transaction_depth++;
  return TRUE;
}

gboolean
steward_store_begin_read (StewardStore  *self,
                          GError       **error)
{
  g_return_val_if_fail (STEWARD_IS_STORE (self), FALSE);

  /* A deferred transaction takes no write lock: a long report neither waits for a writer
   * nor holds one up, and its queries still read one snapshot (WAL). */
  if (self->transaction_depth > 0)
    return steward_store_begin (self, error);
  if (!steward_store_exec (self, "BEGIN DEFERRED", error))
    return FALSE;
  self->transaction_depth++;
  return TRUE;
}

gboolean
steward_store_commit (StewardStore  *self,
                      GError       **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (self->transaction_depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE steward_%u", self->transaction_depth - 1);

  if (!steward_store_exec (self, sql, error))
    {
      /* A failed COMMIT leaves the transaction open: roll it back so the caller's promise
       * "nothing changed" holds. */
      steward_store_rollback (self);
      return FALSE;
    }
  self->transaction_depth--;
  return TRUE;
}

void
steward_store_rollback (StewardStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (STEWARD_IS_STORE (self));
  g_return_if_fail (self->transaction_depth > 0);

  if (self->transaction_depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO steward_%u; RELEASE steward_%u",
                           self->transaction_depth - 1, self->transaction_depth - 1);

  /* SQLite may already have rolled back (e.g. after SQLITE_FULL); that error is harmless. */
  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  self->transaction_depth--;
}

gint64
steward_store_get_data_version (StewardStore *self)
{
  g_autoptr(StewardStmt) stmt = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE (self), 0);

  stmt = steward_store_prepare (self, "PRAGMA data_version", NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

/* Runs an integrity pragma and collects up to 10 findings; "ok" alone means healthy. */
static gboolean
run_check (sqlite3     *db,
           const char  *path,
           const char  *pragma,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) findings = g_string_new (NULL);
  guint n = 0;
  int rc;

  rc = sqlite3_prepare_v2 (db, pragma, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  for (; rc == SQLITE_ROW; rc = sqlite3_step (stmt))
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") == 0 || n++ >= 10)
        continue;
      if (findings->len > 0)
        g_string_append (findings, "; ");
      /* foreign_key_check rows are (table, rowid, parent, fkid). */
      if (sqlite3_column_count (stmt) >= 3)
        g_string_append_printf (findings, "%s row %lld → %s", line,
                                (long long) sqlite3_column_int64 (stmt, 1),
                                (const char *) sqlite3_column_text (stmt, 2));
      else
        g_string_append (findings, line != NULL ? line : "?");
    }

  if (rc != SQLITE_DONE)
    set_sqlite_error (error, sqlite3_extended_errcode (db), path, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return FALSE;

  if (findings->len > 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("The database “%s” is damaged (%s). Restore the newest good backup."),
                   path, findings->str);
      return FALSE;
    }
  return TRUE;
}

gboolean
steward_store_quick_check (StewardStore  *self,
                           GError       **error)
{
  g_return_val_if_fail (STEWARD_IS_STORE (self), FALSE);
  return run_check (self->db, self->path, "PRAGMA quick_check", error);
}

gboolean
steward_store_check (StewardStore  *self,
                     GError       **error)
{
  g_return_val_if_fail (STEWARD_IS_STORE (self), FALSE);
  return run_check (self->db, self->path, "PRAGMA integrity_check", error) &&
         run_check (self->db, self->path, "PRAGMA foreign_key_check", error);
}

static void
quick_check_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  StewardStore *self = source_object;
  GError *error = NULL;

  /* The connection is in serialized mode (checked at open), so the worker may use it while the
   * main thread waits on its mutex; no second file descriptor is opened on the live file. */
  if (run_check (self->db, self->path, "PRAGMA quick_check", &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
steward_store_quick_check_async (StewardStore        *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (STEWARD_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, steward_store_quick_check_async);
  if (sqlite3_threadsafe () == 1)
    g_task_run_in_thread (task, quick_check_thread);
  else
    quick_check_thread (task, self, NULL, cancellable);
}

gboolean
steward_store_quick_check_finish (StewardStore  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
steward_store_set_private_mode (const char  *path,
                                GError     **error)
{
  if (g_chmod (path, 0600) != 0 && errno != ENOENT)
    {
      int saved = errno;

      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("Could not make “%s” private to you (%s)"), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* The database, its WAL and shared-memory files: SQLite creates them 0644. */
static gboolean
protect_files (const char  *path,
               GError     **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  return steward_store_set_private_mode (path, error) &&
         steward_store_set_private_mode (wal, error) &&
         steward_store_set_private_mode (shm, error);
}

/* Creates the folder (0700) and an empty file (0600) so SQLite never creates a world-readable
 * database, even for a moment. The file is not live yet, so this descriptor is harmless. */
static gboolean
prepare_file (const char  *path,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("Could not create the folder “%s” (%s)"), dir, g_strerror (saved));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0)
    close (fd);
  else if (errno != EEXIST)
    {
      int saved = errno;

      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("Could not create the database “%s” (%s)"), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static gboolean
configure_connection (StewardStore  *self,
                      GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  const char *mode;

  stmt = steward_store_prepare (self, "PRAGMA journal_mode = WAL", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      steward_store_set_error (self, error);
      return FALSE;
    }
  mode = (const char *) sqlite3_column_text (stmt, 0);
  if (g_ascii_strcasecmp (mode != NULL ? mode : "", "wal") != 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("The database “%s” cannot use write-ahead logging (journal mode %s)"),
                   self->path, mode != NULL ? mode : "?");
      return FALSE;
    }

  return steward_store_exec (self, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON", error);
}

/* A non-zero answer interrupts the running statement: a cancelled quick check stops, and a
 * migration step fails and its transaction rolls back, leaving the file at the version of the
 * last step that committed. */
static int
on_open_progress (void *user_data)
{
  return g_cancellable_is_cancelled (user_data);
}

static gboolean
open_connection (StewardStore           *self,
                 StewardStoreOpenFlags   flags,
                 GError                **error)
{
  int rc;

  rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, rc, self->path,
                        self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  if (self->open_cancellable != NULL)
    sqlite3_progress_handler (self->db, CANCEL_CHECK_STEPS, on_open_progress,
                              self->open_cancellable);

  /* Read-only steps first: a newer or damaged database must be refused before anything (the
   * journal mode, a migration) writes to it. */
  self->schema_version = steward_store_schema_read_version (self->db, error);
  if (self->schema_version < 0)
    return FALSE;
  if (self->schema_version > STEWARD_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("The database “%s” was written by a newer version of Steward (schema %d; "
                     "this version reads up to %d). Update Steward to open it; the file was "
                     "left unchanged."),
                   self->path, self->schema_version, STEWARD_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  if ((flags & STEWARD_STORE_OPEN_NO_MIGRATE) != 0
      && self->schema_version > 0 && self->schema_version < STEWARD_STORE_SCHEMA_VERSION)
    {
      /* Nothing was written; closing must not write either (a checkpoint of a WAL left by a
       * process that was killed would run here, on the caller's thread). */
      sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK,
                   _("The database “%s” needs updating from schema %d to %d"),
                   self->path, self->schema_version, STEWARD_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  /* A current schema is not written to on open, so its check may wait for the caller. */
  if (self->schema_version > 0
      && !((flags & STEWARD_STORE_OPEN_DEFER_CHECK) != 0
           && self->schema_version == STEWARD_STORE_SCHEMA_VERSION)
      && !steward_store_quick_check (self, error))
    return FALSE;

  if (!configure_connection (self, error) ||
      !steward_store_schema_migrate (self->db, self->path, STEWARD_STORE_SCHEMA_VERSION, error))
    return FALSE;
  self->schema_version = STEWARD_STORE_SCHEMA_VERSION;

  return protect_files (self->path, error);
}

StewardStore *
steward_store_open (const char  *path,
                    GError     **error)
{
  return steward_store_open_full (path, STEWARD_STORE_OPEN_DEFAULT, error);
}

/* steward_store_open_full(), interrupted when @cancellable (may be NULL) is cancelled. */
static StewardStore *
open_store (const char             *path,
            StewardStoreOpenFlags   flags,
            GCancellable           *cancellable,
            GError                **error)
{
  g_autoptr(StewardStore) self = NULL;
  GError *local_error = NULL;
  gboolean ok;

  self = g_object_new (STEWARD_TYPE_STORE, NULL);
  self->path = path != NULL ? g_strdup (path) : steward_store_default_path ();
  self->open_cancellable = cancellable;

  ok = prepare_file (self->path, &local_error) && open_connection (self, flags, &local_error);
  /* The cancellable is only lent for the open. */
  if (self->db != NULL && cancellable != NULL)
    sqlite3_progress_handler (self->db, 0, NULL, NULL);
  self->open_cancellable = NULL;

  if (!ok)
    {
      /* An interrupted statement reports SQLITE_INTERRUPT; the caller asked for this. */
      if (g_cancellable_is_cancelled (cancellable))
        {
          g_clear_error (&local_error);
          g_cancellable_set_error_if_cancelled (cancellable, &local_error);
        }
      g_propagate_error (error, local_error);
      return NULL;
    }
  return g_steal_pointer (&self);
}

StewardStore *
steward_store_open_full (const char             *path,
                         StewardStoreOpenFlags   flags,
                         GError                **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_store (path, flags, NULL, error);
}

typedef struct {
  char                  *path;
  StewardStoreOpenFlags  flags;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_free (data->path);
  g_free (data);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *data = task_data;
  StewardStore *store;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  /* The worker is the only user of the new connection until the task hands it to the main
   * thread, so the store needs nothing beyond what one thread at a time needs. */
  store = open_store (data->path, data->flags, cancellable, &error);
  if (store != NULL)
    g_task_return_pointer (task, store, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
steward_store_open_async (const char            *path,
                          StewardStoreOpenFlags  flags,
                          GCancellable          *cancellable,
                          GAsyncReadyCallback    callback,
                          gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  OpenData *data;

  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (OpenData, 1);
  data->path = path != NULL ? g_strdup (path) : steward_store_default_path ();
  data->flags = flags;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, steward_store_open_async);
  g_task_set_name (task, "[steward] open the database");
  g_task_set_task_data (task, data, (GDestroyNotify) open_data_free);
  /* Without threads in SQLite the open runs here, as steward_store_open_full() would. */
  if (sqlite3_threadsafe () != 0)
    g_task_run_in_thread (task, open_thread);
  else
    open_thread (task, NULL, data, cancellable);
}

StewardStore *
steward_store_open_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == steward_store_open_async,
                        NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
steward_store_peek_schema_version (const char  *path,
                                   int         *out_version,
                                   GError     **error)
{
  g_autofree char *default_path = NULL;
  sqlite3 *db = NULL;
  int version;
  int rc;

  g_return_val_if_fail (out_version != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (path == NULL)
    path = default_path = steward_store_default_path ();

  /* Read-only and without SQLITE_OPEN_CREATE: a missing file stays missing, and nothing (no
   * journal mode, no migration) is written. Only the header and the schema table are read. */
  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, rc, path, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  version = steward_store_schema_read_version (db, error);
  sqlite3_close (db);
  if (version < 0)
    return FALSE;

  *out_version = version;
  return TRUE;
}

StewardStore *
steward_store_open_reader (StewardStore  *self,
                           GError       **error)
{
  g_autoptr(StewardStore) reader = NULL;
  int rc;

  g_return_val_if_fail (STEWARD_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = g_object_new (STEWARD_TYPE_STORE, NULL);
  reader->path = g_strdup (self->path);
  reader->schema_version = self->schema_version;

  /* The file is already open, checked and migrated by @self: a reader only reads. In WAL mode
   * it sees the last commit when each of its statements starts and never blocks @self. */
  rc = sqlite3_open_v2 (reader->path, &reader->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, rc, reader->path,
                        reader->db != NULL ? sqlite3_errmsg (reader->db) : sqlite3_errstr (rc));
      return NULL;
    }
  sqlite3_extended_result_codes (reader->db, 1);
  sqlite3_busy_timeout (reader->db, BUSY_TIMEOUT_MS);
  if (!steward_store_exec (reader, "PRAGMA query_only = 1", error))
    return NULL;

  return g_steal_pointer (&reader);
}
