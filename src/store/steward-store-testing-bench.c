/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-testing"

#include "config.h"

#include "steward-store-testing-reports.h"

#include "steward-store-private.h"

#define DAY (24 * 60 * 60)

static const char * const services[] = { "advisor", "remote", "config", "training", "report", "visual" };
static const char * const states[] = {
  "settled", "settled", "settled", "settled", "settled", "accepted", "in-progress", "submitted",
  "cancelled", "delivered",
};
static const char * const remedies[] = { "none", "none", "re-service", "partial-refund" };

static gboolean
generate_clients (StewardStore  *store,
                  guint          n_clients,
                  gint64         at,
                  GError       **error)
{
  for (guint i = 1; i <= n_clients; i++)
    {
      g_autoptr(StewardStmt) stmt = NULL;
      g_autofree char *name = g_strdup_printf ("Bench client %u", i);
      g_autofree char *owner = g_strdup_printf ("Manager %u", i % 7);

      stmt = steward_store_prepare (store,
                                    "INSERT INTO clients (id, name, name_key, owner, created_at, "
                                    "updated_at, last_activity_at) VALUES (?1, ?2, lower (?2), ?3, ?4, ?4, ?4)",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, i);
      steward_stmt_bind_text (stmt, 2, name);
      steward_stmt_bind_text (stmt, 3, owner);
      sqlite3_bind_int64 (stmt, 4, at);
      if (!steward_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Money, rating and complaint of one generated request, depending on its state. */
static gboolean
generate_history (StewardStore                *store,
                  GRand                       *rand,
                  gint64                       id,
                  const StewardTestingRequest *r,
                  GError                     **error)
{
  gboolean paid = g_str_equal (r->state, "settled") || g_str_equal (r->state, "accepted");
  gboolean started = paid || g_str_equal (r->state, "in-progress") || g_str_equal (r->state, "delivered");

  if (started && steward_store_testing_add_line (store, id, "payment", r->fee_fen / 2,
                                                 r->submitted_at + DAY, 0, error) == 0)
    return FALSE;
  if (paid && steward_store_testing_add_line (store, id, "payment", r->fee_fen - r->fee_fen / 2,
                                              r->submitted_at + 8 * DAY, 0, error) == 0)
    return FALSE;
  if (paid && g_rand_int_range (rand, 0, 20) == 0 &&
      steward_store_testing_add_line (store, id, "refund", r->fee_fen / 10,
                                      r->submitted_at + 12 * DAY, 0, error) == 0)
    return FALSE;
  if (g_rand_int_range (rand, 0, 50) == 0)
    {
      gint64 received = r->submitted_at + 5 * DAY;

      if (steward_store_testing_add_complaint (store, r->client_id, id, received,
                                               received + g_rand_int_range (rand, 3600, 30 * 3600),
                                               received + g_rand_int_range (rand, 5 * 3600, 60 * 3600),
                                               remedies[g_rand_int_range (rand, 0, 4)], error) == 0)
        return FALSE;
    }
  return TRUE;
}

static void
generate_request (GRand                 *rand,
                  StewardTestingRequest *r,
                  guint                  n_clients,
                  gint64                 submitted_at)
{
  steward_testing_request_init (r);
  r->client_id = g_rand_int_range (rand, 1, (gint32) n_clients + 1);
  r->service = services[g_rand_int_range (rand, 0, G_N_ELEMENTS (services))];
  r->priority = g_rand_int_range (rand, 0, 5) == 0 ? "urgent" : "standard";
  r->state = states[g_rand_int_range (rand, 0, G_N_ELEMENTS (states))];
  r->fee_fen = g_rand_int_range (rand, 100, 5000) * 100;
  r->submitted_at = submitted_at;
  r->response_due = submitted_at + 2 * 3600;
  if (!g_str_equal (r->state, "submitted"))
    r->response_met = g_rand_int_range (rand, 0, 100) < 85;
  if (g_str_equal (r->service, "config") || g_str_equal (r->service, "training"))
    {
      r->delivery_due = submitted_at + 5 * DAY;
      r->delivery_met = g_rand_int_range (rand, 0, 100) < 80;
    }
  if ((g_str_equal (r->state, "settled") || g_str_equal (r->state, "accepted")) &&
      g_rand_int_range (rand, 0, 10) < 6)
    {
      r->accepted_at = submitted_at + 7 * DAY;
      r->rating = g_rand_int_range (rand, 2, 6);
      r->rated_at = submitted_at + 10 * DAY;
    }
}

gboolean
steward_store_testing_generate (StewardStore  *store,
                                guint          n_clients,
                                guint          n_requests,
                                gint64         start,
                                gint64         end,
                                guint32        seed,
                                GError       **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  g_return_val_if_fail (n_clients > 0 && end > start, FALSE);

  if (!steward_store_begin (store, error))
    return FALSE;
  if (!generate_clients (store, n_clients, start, error))
    goto failed;
  for (guint i = 0; i < n_requests; i++)
    {
      StewardTestingRequest r;
      gint64 id;

      generate_request (rand, &r, n_clients, start + (gint64) ((double) (end - start) * i / n_requests));
      id = steward_store_testing_add_request (store, &r, error);
      if (id == 0 || !generate_history (store, rand, id, &r, error))
        goto failed;
    }
  return steward_store_commit (store, error);

failed:
  steward_store_rollback (store);
  return FALSE;
}

/* The policy's quarterly review for one quarter, as one would write it by hand. */
static const char floor_sql[] =
  "SELECT q.service, count (*), "
  "  sum ((SELECT sum (e.received_delta) FROM payment_effects e WHERE e.request_id = q.id)), "
  "  sum (nullif (q.rating, 0)), count (nullif (q.rating, 0)), "
  "  count (CASE WHEN q.rating = 1 THEN 1 END), count (CASE WHEN q.rating = 2 THEN 1 END), "
  "  count (CASE WHEN q.rating = 3 THEN 1 END), count (CASE WHEN q.rating = 4 THEN 1 END), "
  "  count (CASE WHEN q.rating = 5 THEN 1 END), "
  "  count (CASE WHEN q.response_met = 1 THEN 1 END), count (q.response_met), "
  "  count (CASE WHEN q.delivery_met = 1 THEN 1 END), count (q.delivery_met), "
  "  sum (k.n), sum (k.accepted_in_time), sum (k.accept_counted), "
  "  sum (k.resolved_in_time), sum (k.resolve_counted), sum (k.reservices), sum (k.refunds) "
  "FROM service_requests q "
  "LEFT JOIN (SELECT request_id, count (*) AS n, "
  "    count (CASE WHEN accepted_at <= accept_due THEN 1 END) AS accepted_in_time, "
  "    count (CASE WHEN accepted_at IS NOT NULL OR ?3 > accept_due THEN 1 END) AS accept_counted, "
  "    count (CASE WHEN resolved_at <= solution_due THEN 1 END) AS resolved_in_time, "
  "    count (CASE WHEN resolved_at IS NOT NULL OR ?3 > solution_due THEN 1 END) AS resolve_counted, "
  "    count (CASE WHEN remedy = 're-service' THEN 1 END) AS reservices, "
  "    count (CASE WHEN remedy = 'partial-refund' THEN 1 END) AS refunds "
  "  FROM complaints WHERE request_id IS NOT NULL GROUP BY request_id) k ON k.request_id = q.id "
  "WHERE q.submitted_at >= ?1 AND q.submitted_at < ?2 "
  "GROUP BY q.service ORDER BY q.service";

gint64
steward_store_testing_quarterly_floor (StewardStore  *store,
                                       gint64         start,
                                       gint64         end,
                                       gint64         now,
                                       GError       **error)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (store, floor_sql, error);
  gint64 n = 0, checksum = 0;
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, start);
  sqlite3_bind_int64 (stmt, 2, end);
  sqlite3_bind_int64 (stmt, 3, now);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      n++;
      for (int i = 1; i < sqlite3_column_count (stmt); i++)
        checksum += sqlite3_column_int64 (stmt, i);
    }
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return -1;
    }
  g_debug ("floor: %" G_GINT64_FORMAT " rows, checksum %" G_GINT64_FORMAT, n, checksum);
  return n;
}
