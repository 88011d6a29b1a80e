/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-testing"

#include "config.h"

#include "steward-store-requests-testing.h"

#include "steward-store-private.h"
#include "steward-store-requests-private.h"

static void
dump_rows (StewardStore *store,
           GString      *out,
           const char   *table,
           const char   *sql,
           gint64        request_id)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (store, sql, NULL);

  g_assert (stmt != NULL);
  sqlite3_bind_int64 (stmt, 1, request_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_string_append_printf (out, "%s:", table);
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          g_string_append_printf (out, " %s=%s", sqlite3_column_name (stmt, i),
                                  text != NULL ? text : "NULL");
        }
      g_string_append_c (out, '\n');
    }
}

char *
steward_store_testing_dump_request (StewardStore *store,
                                    gint64        request_id)
{
  GString *out = g_string_new (NULL);

  dump_rows (store, out, "request", "SELECT * FROM service_requests WHERE id = ?", request_id);
  dump_rows (store, out, "payment", "SELECT * FROM payments WHERE request_id = ? ORDER BY id", request_id);
  dump_rows (store, out, "audit", "SELECT * FROM request_audit WHERE request_id = ? ORDER BY id", request_id);
  dump_rows (store, out, "note", "SELECT * FROM request_notes WHERE request_id = ? ORDER BY id", request_id);
  dump_rows (store, out, "feedback", "SELECT * FROM feedback_items WHERE request_id = ? ORDER BY id",
             request_id);
  dump_rows (store, out, "client",
             "SELECT id, open_requests, outstanding_fen, last_activity_at FROM clients "
             "WHERE id = (SELECT client_id FROM service_requests WHERE id = ?)", request_id);
  return g_string_free (out, FALSE);
}

gboolean
steward_store_testing_request_sla (StewardStore *store,
                                   gint64        request_id,
                                   gint64       *response_due_soon_at,
                                   gint64       *delivery_due_soon_at,
                                   int          *response_met,
                                   int          *delivery_met)
{
  g_autoptr(StewardStmt) stmt = NULL;

  stmt = steward_store_prepare (store,
                                "SELECT response_due_soon_at, delivery_due_soon_at, "
                                "coalesce (response_met, -1), coalesce (delivery_met, -1) "
                                "FROM service_requests WHERE id = ?", NULL);
  g_assert (stmt != NULL);
  sqlite3_bind_int64 (stmt, 1, request_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  *response_due_soon_at = steward_stmt_column_time (stmt, 0);
  *delivery_due_soon_at = steward_stmt_column_time (stmt, 1);
  *response_met = sqlite3_column_int (stmt, 2);
  *delivery_met = sqlite3_column_int (stmt, 3);
  return TRUE;
}

static guint statement_count;
static guint row_count;

static int
count_statement (unsigned  type,
                 void     *user_data,
                 void     *p,
                 void     *x)
{
  if (type == SQLITE_TRACE_STMT)
    statement_count++;
  else if (type == SQLITE_TRACE_ROW)
    row_count++;
  return 0;
}

void
steward_store_testing_count_statements (StewardStore *store)
{
  sqlite3_trace_v2 (steward_store_get_db (store), SQLITE_TRACE_STMT | SQLITE_TRACE_ROW,
                    count_statement, NULL);
  statement_count = 0;
  row_count = 0;
}

void
steward_store_testing_trace_counts (guint *out_statements,
                                    guint *out_rows)
{
  *out_statements = statement_count;
  *out_rows = row_count;
  statement_count = 0;
  row_count = 0;
}

gboolean
steward_store_testing_bulk_requests (StewardStore  *store,
                                     guint          n_clients,
                                     guint          n_requests,
                                     gint64         first_at,
                                     GError       **error)
{
  g_autoptr(StewardStmt) clients = NULL;
  g_autoptr(StewardStmt) requests = NULL;

  /* Generated in SQL, one statement per table: fast enough for hundreds of thousands of rows. */
  clients = steward_store_prepare (store,
                                   "WITH RECURSIVE seq (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq "
                                   "WHERE i < ?1) INSERT INTO clients (name, name_key, created_at, "
                                   "updated_at, last_activity_at) SELECT 'Bulk client ' || i, "
                                   "'bulk client ' || i, ?2, ?2, ?2 FROM seq",
                                   error);
  if (clients == NULL)
    return FALSE;
  sqlite3_bind_int (clients, 1, n_clients);
  sqlite3_bind_int64 (clients, 2, first_at);
  requests = steward_store_prepare (store,
                                    "WITH RECURSIVE seq (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq "
                                    "WHERE i < ?2 - 1) INSERT INTO service_requests (client_id, service, "
                                    "priority, state, fee_fen, submitted_at, responded_at, response_due, "
                                    "response_due_soon_at, created_at, updated_at) "
                                    "SELECT (SELECT max (id) FROM clients) - ?1 + 1 + i % ?1, "
                                    "CASE i % 6 WHEN 0 THEN 'advisor' WHEN 1 THEN 'remote' WHEN 2 THEN "
                                    "'config' WHEN 3 THEN 'training' WHEN 4 THEN 'report' ELSE 'visual' END, "
                                    "CASE i % 4 WHEN 0 THEN 'urgent' ELSE 'standard' END, "
                                    "CASE i % 3 WHEN 0 THEN 'submitted' WHEN 1 THEN 'in-progress' "
                                    "ELSE 'settled' END, (i % 10) * 10000, ?3 + i * 60, "
                                    "CASE WHEN i % 3 = 0 THEN NULL ELSE ?3 + i * 60 + 600 END, "
                                    "?3 + i * 60 + 7200, ?3 + i * 60 + 6300, ?3 + i * 60, ?3 + i * 60 FROM seq",
                                    error);
  if (requests == NULL)
    return FALSE;
  sqlite3_bind_int (requests, 1, n_clients);
  sqlite3_bind_int (requests, 2, n_requests);
  sqlite3_bind_int64 (requests, 3, first_at);

  if (!steward_store_begin (store, error))
    return FALSE;
  if (!steward_store_step_done (store, clients, error) || !steward_store_step_done (store, requests, error))
    {
      steward_store_rollback (store);
      return FALSE;
    }
  return steward_store_commit (store, error);
}

char *
steward_store_testing_request_list_plan (StewardStore            *store,
                                         StewardRequestListModel *model,
                                         gboolean                 page)
{
  g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ",
                                      _steward_request_list_model_get_sql (model, page), NULL);
  g_autoptr(StewardStmt) stmt = steward_store_prepare (store, sql, NULL);
  GString *plan = g_string_new (NULL);

  g_assert (stmt != NULL);
  /* Unbound parameters are NULL: the plan does not depend on their values. */
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
  return g_string_free (plan, FALSE);
}

gboolean
steward_store_testing_has_index (StewardStore *store,
                                 const char   *name)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (store, "SELECT 1 FROM sqlite_master "
                                                       "WHERE type = 'index' AND name = ?1", NULL);

  g_assert (stmt != NULL);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  return sqlite3_step (stmt) == SQLITE_ROW;
}
