/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-testing"

#include "config.h"

#include "steward-store-testing.h"

#include "steward-error.h"
#include "steward-store-private.h"

gint64
steward_store_testing_insert_request (StewardStore  *store,
                                      gint64         client_id,
                                      const char    *state,
                                      gint64         fee_fen,
                                      gint64         at,
                                      GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;

  stmt = steward_store_prepare (store,
                                "INSERT INTO service_requests (client_id, service, state, held_from_state, "
                                "fee_fen, submitted_at, created_at, updated_at) "
                                "VALUES (?1, 'config', ?2, CASE WHEN ?2 = 'waiting-on-client' "
                                "THEN 'in-progress' END, ?3, ?4, ?4, ?4)",
                                error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, client_id);
  steward_stmt_bind_text (stmt, 2, state);
  sqlite3_bind_int64 (stmt, 3, fee_fen);
  sqlite3_bind_int64 (stmt, 4, at);
  if (!steward_store_step_done (store, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (steward_store_get_db (store));
}

gboolean
steward_store_testing_insert_payment (StewardStore  *store,
                                      gint64         request_id,
                                      gint64         amount_fen,
                                      gint64         at,
                                      GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;

  stmt = steward_store_prepare (store,
                                "INSERT INTO payments (request_id, kind, amount_fen, method, at, created_at) "
                                "VALUES (?1, 'payment', ?2, 'bank-transfer', ?3, ?3)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, request_id);
  sqlite3_bind_int64 (stmt, 2, amount_fen);
  sqlite3_bind_int64 (stmt, 3, at);
  return steward_store_step_done (store, stmt, error);
}

static gboolean
with_raw_database (const char  *path,
                   int          version,
                   gboolean     migrate,
                   GError     **error)
{
  sqlite3 *db = NULL;
  gboolean ok;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE, "%s", sqlite3_errmsg (db));
      sqlite3_close (db);
      return FALSE;
    }

  if (migrate)
    ok = version == 0 || steward_store_schema_migrate (db, path, version, error);
  else
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", version);

      ok = sqlite3_exec (db, sql, NULL, NULL, NULL) == SQLITE_OK;
      if (!ok)
        g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE, "%s", sqlite3_errmsg (db));
    }

  sqlite3_close (db);
  return ok;
}

gboolean
steward_store_testing_create_at_version (const char  *path,
                                         int          version,
                                         GError     **error)
{
  return with_raw_database (path, version, TRUE, error);
}

gboolean
steward_store_testing_set_user_version (const char  *path,
                                        int          version,
                                        GError     **error)
{
  return with_raw_database (path, version, FALSE, error);
}

gint64
steward_store_testing_count_rows (StewardStore *store,
                                  const char   *table)
{
  g_autoptr(StewardStmt) known = NULL;
  g_autoptr(StewardStmt) stmt = NULL;
  g_autoptr(GString) sql = NULL;

  /* A table name cannot be bound: only a name the schema lists is put into the statement. */
  known = steward_store_prepare (store, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", NULL);
  if (known == NULL)
    return -1;
  sqlite3_bind_text (known, 1, table, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (known) != SQLITE_ROW)
    return -1;

  sql = g_string_new ("SELECT count(*) FROM ");
  g_string_append (sql, table);
  stmt = steward_store_prepare (store, sql->str, NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}

gboolean
steward_store_testing_exec (StewardStore  *store,
                            const char    *sql,
                            GError       **error)
{
  return steward_store_exec (store, sql, error);
}

gboolean
steward_store_testing_create_v1_with_requests (const char  *path,
                                               GError     **error)
{
  static const char rows[] =
    "INSERT INTO clients (id, name, name_key, created_at, updated_at, last_activity_at) "
    "VALUES (1, '华东精密', '华东精密', 1767225600, 1767225600, 1767225600);"
    "INSERT INTO service_requests (id, client_id, service, state, fee_fen, submitted_at, "
    "response_due, delivery_due, created_at, updated_at) VALUES "
    "(1, 1, 'config', 'in-progress', 200000, 1767232800, 1767240000, 1768464000, 1767232800, 1767232800),"
    "(2, 1, 'advisor', 'settled', 20000, 1767236400, 1767243600, NULL, 1767236400, 1767236400),"
    "(3, 1, 'remote', 'submitted', 0, 1767240000, 1767241800, NULL, 1767240000, 1767240000);";
  sqlite3 *db = NULL;
  gboolean ok;

  if (!with_raw_database (path, 1, TRUE, error))
    return FALSE;
  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    ok = FALSE;
  else
    ok = sqlite3_exec (db, rows, NULL, NULL, NULL) == SQLITE_OK;
  if (!ok)
    g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE, "%s", sqlite3_errmsg (db));
  sqlite3_close (db);
  return ok;
}
