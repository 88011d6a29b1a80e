/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-schema"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-error.h"
#include "steward-store-private.h"
#include "steward-store-sql.h"

#define SQL_RESOURCE_PREFIX "/io/github/stewardapp/Steward/store/sql/"

/* One step of the schema: the SQL files that take a database from version - 1 to version.
 * A new version appends a step (never edits an old one) and a case to tests/test-store.c's
 * migrate-from-every-version test. Steps that rebuild tables must say so: foreign keys cannot be
 * switched off inside the step's transaction. */
typedef struct {
  int                version;
  const char *const *files;
} Migration;

/* Version 1: every entity of SPEC.md. Order matters only for the seed rows and the triggers,
 * which need their tables. */
static const char *const v1_files[] = {
  "clients.sql",
  "client_platforms.sql",
  "contacts.sql",
  "client_search.sql",
  "config_templates.sql",
  "monthly_packages.sql",
  "service_requests.sql",
  "complaints.sql",
  "payments.sql",
  "request_audit.sql",
  "request_notes.sql",
  "feedback_items.sql",
  "training_sessions.sql",
  "training_attendees.sql",
  "calendar_windows.sql",
  "calendar_days.sql",
  "settings.sql",
  "report_definitions.sql",
  "client_summary.sql",
  NULL
};

/* Version 2: indexes that keep every filter and sort of the request list fast on 1,000,000
 * requests (open requests by deadline, priority, SLA status). Only CREATE INDEX: the rows are
 * untouched. */
static const char *const v2_files[] = {
  "request_list_indexes.sql",
  NULL
};

/* Version 3: the dashboard's counts from an index alone (trainings of a month with their
 * status). Only indexes: the rows are untouched. */
static const char *const v3_files[] = {
  "dashboard_indexes.sql",
  NULL
};

static const Migration migrations[] = {
  { 1, v1_files },
  { 2, v2_files },
  { 3, v3_files },
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == STEWARD_STORE_SCHEMA_VERSION);

static void
set_db_error (sqlite3     *db,
              const char  *path,
              GError     **error)
{
  int rc = sqlite3_extended_errcode (db);

  if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
    g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                 _("The database “%s” is damaged or is not a Steward database (%s). "
                   "Restore the newest good backup."),
                 path, sqlite3_errmsg (db));
  else
    g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                 _("The database “%s” could not be read or written (%s)"),
                 path, sqlite3_errmsg (db));
}

static gint64
query_int (sqlite3    *db,
           const char *sql,
           gboolean   *ok)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  *ok = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
        sqlite3_step (stmt) == SQLITE_ROW;
  if (*ok)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

int
steward_store_schema_read_version (sqlite3  *db,
                                   GError  **error)
{
  const char *path = sqlite3_db_filename (db, "main");
  gboolean ok;
  gint64 version;
  gint64 n_objects;

  version = query_int (db, "PRAGMA user_version", &ok);
  if (ok)
    n_objects = query_int (db, "SELECT count(*) FROM sqlite_schema", &ok);
  if (!ok)
    {
      set_db_error (db, path, error);
      return -1;
    }

  /* Version 0 with tables is some other program's database: never add ours to it. */
  if (version == 0 && n_objects > 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("“%s” is an SQLite database of another program, not a Steward database"),
                   path);
      return -1;
    }
  return (int) CLAMP (version, 0, G_MAXINT);
}

static gboolean
apply_file (sqlite3     *db,
            const char  *path,
            const char  *file,
            GError     **error)
{
  g_autofree char *resource = g_strconcat (SQL_RESOURCE_PREFIX, file, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;

  bytes = g_resource_lookup_data (steward_store_sql_get_resource (), resource,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("Could not update the database “%s” (%s: %s)"),
                   path, file, sqlite3_errmsg (db));
      return FALSE;
    }
  return TRUE;
}

static gboolean
apply_migration (sqlite3          *db,
                 const char       *path,
                 const Migration  *migration,
                 GError          **error)
{
  g_autofree char *set_version = NULL;

  if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    {
      set_db_error (db, path, error);
      return FALSE;
    }

  for (guint i = 0; migration->files[i] != NULL; i++)
    if (!apply_file (db, path, migration->files[i], error))
      goto fail;

  /* PRAGMA takes no bound parameters; the version is our own constant. */
  set_version = g_strdup_printf ("PRAGMA user_version = %d", migration->version);
  if (sqlite3_exec (db, set_version, NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      set_db_error (db, path, error);
      goto fail;
    }
  return TRUE;

fail:
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

gboolean
steward_store_schema_migrate (sqlite3     *db,
                              const char  *path,
                              int          target,
                              GError     **error)
{
  int version = steward_store_schema_read_version (db, error);

  if (version < 0)
    return FALSE;

  g_assert (target <= STEWARD_STORE_SCHEMA_VERSION);
  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    {
      if (migrations[i].version <= version || migrations[i].version > target)
        continue;
      gint64 started = g_get_monotonic_time ();

      if (!apply_migration (db, path, &migrations[i], error))
        return FALSE;
      /* A step that indexes a large database takes seconds: G_MESSAGES_DEBUG shows how many. */
      g_debug ("Migrated “%s” to schema %d in %.1f s", path, migrations[i].version,
               (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
    }
  return TRUE;
}
