/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-dashboard"

#include "config.h"

#include "steward-store-dashboard.h"

#include "steward-request-sla-sql.h"
#include "steward-store-requests-private.h"

/* Both counts in one pass over the index of running clocks (service_requests_running_clocks,
 * a few thousand rows on 1,000,000 requests), which holds every column the conditions read:
 * the table is never visited. */
#define COUNT_DEADLINES_SQL \
  "SELECT count (*) FILTER (WHERE " OVERDUE_NOW_TRUE "), count (*) FILTER (WHERE " DUE_SOON_NOW ") " \
  "FROM service_requests WHERE " CLOCK_RUNS

/* The rows shown are picked on the same index (number, group and deadline are all in it), then
 * only they are read from the table: a page of the list model read 200 whole rows, scattered
 * over a large file, to show eight. The two groups never overlap (due soon means not
 * breached). */
#define LIST_DEADLINES_SQL \
  "SELECT " STEWARD_STORE_REQUEST_COLUMNS ", clients.name FROM " \
  "(SELECT service_requests.id AS id, (" DUE_SOON_NOW ") AS soon, " \
  "service_requests.response_due IS NULL AS undated, service_requests.response_due AS due " \
  "FROM service_requests WHERE " CLOCK_RUNS " AND ((" DUE_SOON_NOW ") OR " OVERDUE_NOW_TRUE ") " \
  "ORDER BY soon DESC, undated, due, id LIMIT :limit) AS pick " \
  "CROSS JOIN service_requests ON service_requests.id = pick.id " \
  "JOIN clients ON clients.id = service_requests.client_id " \
  "ORDER BY pick.soon DESC, pick.undated, pick.due, pick.id"

gboolean
steward_store_dashboard_count_deadlines (StewardStore  *store,
                                         gint64         now,
                                         guint         *out_breached,
                                         guint         *out_due_soon,
                                         GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE (store), FALSE);
  g_return_val_if_fail (out_breached != NULL && out_due_soon != NULL, FALSE);

  stmt = steward_store_prepare (store, COUNT_DEADLINES_SQL, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":now"), now);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      steward_store_set_error (store, error);
      return FALSE;
    }
  *out_breached = (guint) sqlite3_column_int64 (stmt, 0);
  *out_due_soon = (guint) sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

/* A range of the submission index, counted without visiting the table. */
gboolean
steward_store_dashboard_count_submitted (StewardStore  *store,
                                         gint64         from,
                                         gint64         until,
                                         guint         *out_n,
                                         GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE (store), FALSE);
  g_return_val_if_fail (out_n != NULL, FALSE);

  stmt = steward_store_prepare (store,
                                "SELECT count (*) FROM service_requests "
                                "WHERE submitted_at >= ?1 AND submitted_at < ?2",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, until);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      steward_store_set_error (store, error);
      return FALSE;
    }
  *out_n = (guint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

GPtrArray *
steward_store_dashboard_list_deadlines (StewardStore  *store,
                                        gint64         now,
                                        guint          limit,
                                        GPtrArray    **out_client_names,
                                        GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GPtrArray) names = NULL;
  int rc;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);
  g_return_val_if_fail (out_client_names != NULL, NULL);

  stmt = steward_store_prepare (store, LIST_DEADLINES_SQL, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":now"), now);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":limit"), limit);

  requests = g_ptr_array_new_with_free_func (g_object_unref);
  names = g_ptr_array_new_with_free_func (g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (requests, steward_store_request_from_row (stmt));
      g_ptr_array_add (names, g_strdup (steward_stmt_column_text (stmt, STEWARD_STORE_REQUEST_N_COLUMNS)));
    }
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return NULL;
    }
  *out_client_names = g_steal_pointer (&names);
  return g_steal_pointer (&requests);
}

/* Walks clients_by_outstanding (archived, outstanding_fen, id) from the top, sorting only the
 * clients of equal balance by name, and stops after @limit. */
GPtrArray *
steward_store_dashboard_list_balances (StewardStore  *store,
                                       guint          limit,
                                       GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  g_autoptr(GPtrArray) clients = NULL;
  int rc;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  stmt = steward_store_prepare (store,
                                "SELECT " STEWARD_STORE_CLIENT_COLUMNS " FROM clients "
                                "WHERE clients.archived = 0 AND clients.outstanding_fen > 0 "
                                "ORDER BY clients.outstanding_fen DESC, clients.name_key, clients.id "
                                "LIMIT ?1",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, limit);
  clients = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (clients, steward_store_client_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&clients);
}
