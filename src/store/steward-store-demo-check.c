/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-demo"

#include "config.h"

#include "steward-store-demo-private.h"

/* Independent checks of a demo database, in SQL over the stored rows: the tests and the
 * benchmark use them to see what a user would see, not what the planner meant to write. */

static gboolean
hash_rows (StewardStore  *store,
           GChecksum     *checksum,
           const char    *sql,
           GError       **error)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = steward_stmt_column_text (stmt, i);

          g_checksum_update (checksum, (const guchar *) text, -1);
          g_checksum_update (checksum, (const guchar *) "\x1f", 1);
        }
      g_checksum_update (checksum, (const guchar *) "\n", 1);
    }
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return FALSE;
    }
  return TRUE;
}

char *
steward_store_demo_digest (StewardStore  *store,
                           GError       **error)
{
  static const char *const queries[] = {
    "SELECT id, name, owner, created_at FROM clients ORDER BY id",
    "SELECT id, client_id, service, state, fee_fen, surcharge_fen, submitted_at, response_due, "
    "delivery_due, response_met, delivery_met, rating FROM service_requests ORDER BY id",
    "SELECT id, request_id, package_id, kind, amount_fen, method, at FROM payments ORDER BY id",
    "SELECT id, request_id, state, remedy, received_at FROM complaints ORDER BY id",
    "SELECT id, trainer, start_at, duration_minutes, status FROM training_sessions ORDER BY id",
  };
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    if (!hash_rows (store, checksum, queries[i], error))
      return NULL;
  return g_strdup (g_checksum_get_string (checksum));
}

/* Each query gives (key, count) rows. ?1 is now. */
static const char *const census_queries[] = {
  "SELECT 'clients', count (*) FROM clients",
  "SELECT 'requests', count (*) FROM service_requests",
  "SELECT 'service:' || service, count (*) FROM service_requests GROUP BY service",
  "SELECT 'state:' || state, count (*) FROM service_requests GROUP BY state",
  "SELECT 'method:' || method, count (*) FROM payments GROUP BY method",
  "SELECT 'complaint:' || state, count (*) FROM complaints GROUP BY state",
  "SELECT 'remedy:' || remedy, count (*) FROM complaints GROUP BY remedy",
  "SELECT 'rating:' || rating, count (*) FROM service_requests WHERE rating BETWEEN 1 AND 5 GROUP BY rating",
  "SELECT 'rating:bad', count (*) FROM service_requests WHERE rating > 0 "
  "  AND (rating > 5 OR accepted_at IS NULL OR rated_at < accepted_at)",
  "SELECT 'sessions', count (*) FROM training_sessions",
  "SELECT 'trainer-overlaps', count (*) FROM training_sessions a JOIN training_sessions b "
  "  ON a.trainer = b.trainer AND a.id < b.id AND a.start_at < b.end_at AND b.start_at < a.end_at "
  "  WHERE a.status <> 'cancelled' AND b.status <> 'cancelled'",
  "WITH s AS (SELECT t.id, t.start_at, t.end_at, q.client_id FROM training_sessions t "
  "           JOIN service_requests q ON q.id = t.request_id WHERE t.status <> 'cancelled') "
  "SELECT 'client-overlaps', count (*) FROM s a JOIN s b ON a.client_id = b.client_id "
  "  AND a.id < b.id AND a.start_at < b.end_at AND b.start_at < a.end_at",
  "SELECT 'overpaid', count (*) FROM request_balances WHERE received_fen > net_fee_fen",
  "SELECT 'settled-unpaid', count (*) FROM request_balances b JOIN service_requests q "
  "  ON q.id = b.request_id WHERE q.state = 'settled' AND b.received_fen <> b.net_fee_fen",
  "SELECT 'working-without-deposit', count (*) FROM service_requests q "
  "  WHERE q.work_start_at IS NOT NULL AND q.package_id IS NULL AND q.fee_fen + q.surcharge_fen > 0 "
  "  AND (SELECT coalesce (sum (e.received_delta), 0) FROM payment_effects e "
  "       WHERE e.request_id = q.id AND e.at <= q.work_start_at) < (q.fee_fen + q.surcharge_fen + 1) / 2",
  "SELECT 'packages', count (*) FROM monthly_packages",
  "SELECT 'package-incidents', count (*) FROM service_requests WHERE package_id IS NOT NULL",
  "SELECT 'remedy-requests', count (*) FROM service_requests WHERE remedy_of_complaint IS NOT NULL",
  "SELECT 'met-response', count (*) FROM service_requests WHERE response_met = 1",
  "SELECT 'breached-response', count (*) FROM service_requests WHERE response_met = 0",
  "SELECT 'met-delivery', count (*) FROM service_requests WHERE delivery_met = 1",
  "SELECT 'breached-delivery', count (*) FROM service_requests WHERE delivery_met = 0",
  "SELECT 'wrong-response-met', count (*) FROM service_requests WHERE response_met IS NOT NULL "
  "  AND response_met <> (responded_at <= response_due)",
  "SELECT 'wrong-delivery-met', count (*) FROM service_requests WHERE delivery_met IS NOT NULL "
  "  AND delivery_met <> (delivered_at <= delivery_due)",
  "SELECT 'wrong-summaries', count (*) FROM clients c WHERE c.open_requests <> "
  "  (SELECT count (*) FROM service_requests q WHERE q.client_id = c.id "
  "   AND q.state NOT IN ('settled', 'rejected', 'cancelled')) "
  "  OR c.outstanding_fen <> (SELECT coalesce (sum (b.outstanding_fen), 0) FROM request_balances b "
  "   JOIN service_requests q ON q.id = b.request_id WHERE q.client_id = c.id AND q.package_id IS NULL "
  "   AND (q.state IN ('confirmed', 'in-progress', 'delivered', 'accepted', 'settled') "
  "        OR q.held_from_state = 'in-progress')) "
  "  OR c.last_activity_at < (SELECT coalesce (max (q.updated_at), 0) FROM service_requests q "
  "   WHERE q.client_id = c.id)",
  "SELECT 'future-events', "
  "  (SELECT count (*) FROM service_requests WHERE max (submitted_at, coalesce (responded_at, 0), "
  "     coalesce (work_start_at, 0), coalesce (delivered_at, 0), coalesce (accepted_at, 0), "
  "     coalesce (settled_at, 0), coalesce (closed_at, 0), coalesce (rated_at, 0), updated_at) > ?1) "
  "  + (SELECT count (*) FROM payments WHERE at > ?1) "
  "  + (SELECT count (*) FROM request_audit WHERE at > ?1) "
  "  + (SELECT count (*) FROM complaints WHERE max (received_at, coalesce (accepted_at, 0), "
  "     coalesce (resolved_at, 0), coalesce (closed_at, 0)) > ?1)",
};

GHashTable *
steward_store_demo_census (StewardStore  *store,
                           gint64         now,
                           GError       **error)
{
  g_autoptr(GHashTable) facts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (census_queries); i++)
    {
      g_autoptr(StewardStmt) stmt = steward_store_prepare (store, census_queries[i], error);
      int rc;

      if (stmt == NULL)
        return NULL;
      if (sqlite3_bind_parameter_count (stmt) > 0)
        sqlite3_bind_int64 (stmt, 1, now);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_hash_table_insert (facts, g_strdup (steward_stmt_column_text (stmt, 0)),
                             g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 1) }, sizeof (gint64)));
      if (rc != SQLITE_DONE)
        {
          steward_store_set_error (store, error);
          return NULL;
        }
    }
  return g_steal_pointer (&facts);
}
