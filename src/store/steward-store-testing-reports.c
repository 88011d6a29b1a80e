/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-testing"

#include "config.h"

#include "steward-store-testing-reports.h"

#include "steward-store-private.h"

static void
bind_flag (StewardStmt *stmt,
           int          index,
           int          value)
{
  if (value == STEWARD_TESTING_UNSET)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, value);
}

static gint64
step_insert (StewardStore  *store,
             StewardStmt   *stmt,
             GError       **error)
{
  if (!steward_store_step_done (store, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (steward_store_get_db (store));
}

void
steward_testing_request_init (StewardTestingRequest *request)
{
  *request = (StewardTestingRequest) {
    .service = "advisor",
    .response_due = STEWARD_TIME_NONE,
    .response_met = STEWARD_TESTING_UNSET,
    .delivery_due = STEWARD_TIME_NONE,
    .delivery_met = STEWARD_TESTING_UNSET,
    .rated_at = STEWARD_TIME_NONE,
    .accepted_at = STEWARD_TIME_NONE,
  };
}

gint64
steward_store_testing_add_request (StewardStore                *store,
                                   const StewardTestingRequest *r,
                                   GError                     **error)
{
  g_autoptr(StewardStmt) stmt = NULL;

  stmt = steward_store_prepare (store,
                                "INSERT INTO service_requests (client_id, service, priority, state, "
                                "held_from_state, fee_fen, submitted_at, response_due, response_met, "
                                "delivery_due, delivery_met, rating, rated_at, accepted_at, created_at, "
                                "updated_at) VALUES (?1, ?2, ?3, ?4, CASE WHEN ?4 = 'waiting-on-client' "
                                "THEN 'in-progress' END, ?5, ?6, ?7, ?8, ?9, ?10, nullif (?11, 0), ?12, ?13, "
                                "?6, ?6)",
                                error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, r->client_id);
  steward_stmt_bind_text (stmt, 2, r->service);
  steward_stmt_bind_text (stmt, 3, r->priority != NULL ? r->priority : "standard");
  steward_stmt_bind_text (stmt, 4, r->state != NULL ? r->state : "submitted");
  sqlite3_bind_int64 (stmt, 5, r->fee_fen);
  sqlite3_bind_int64 (stmt, 6, r->submitted_at);
  steward_stmt_bind_time (stmt, 7, r->response_due);
  bind_flag (stmt, 8, r->response_met);
  steward_stmt_bind_time (stmt, 9, r->delivery_due);
  bind_flag (stmt, 10, r->delivery_met);
  sqlite3_bind_int (stmt, 11, r->rating);
  steward_stmt_bind_time (stmt, 12, r->rated_at);
  steward_stmt_bind_time (stmt, 13, r->accepted_at);
  return step_insert (store, stmt, error);
}

gint64
steward_store_testing_add_line (StewardStore  *store,
                                gint64         request_id,
                                const char    *kind,
                                gint64         amount_fen,
                                gint64         at,
                                gint64         reverses_id,
                                GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;

  stmt = steward_store_prepare (store,
                                "INSERT INTO payments (request_id, kind, amount_fen, method, at, "
                                "reverses_id, created_at) VALUES (?1, ?2, ?3, 'bank-transfer', ?4, "
                                "nullif (?5, 0), ?4)",
                                error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, request_id);
  steward_stmt_bind_text (stmt, 2, kind);
  sqlite3_bind_int64 (stmt, 3, amount_fen);
  sqlite3_bind_int64 (stmt, 4, at);
  sqlite3_bind_int64 (stmt, 5, reverses_id);
  return step_insert (store, stmt, error);
}

gint64
steward_store_testing_add_package_payment (StewardStore  *store,
                                           gint64         client_id,
                                           gint64         amount_fen,
                                           gint64         at,
                                           GError       **error)
{
  g_autoptr(StewardStmt) package = NULL;
  g_autoptr(StewardStmt) line = NULL;
  gint64 package_id;

  package = steward_store_prepare (store,
                                   "INSERT INTO monthly_packages (client_id, start_year, start_month, "
                                   "months, price_per_month_fen, quota, overage_fen, purchased_at, "
                                   "created_at) VALUES (?1, 2026, 1, 1, ?2, 10, 20000, ?3, ?3)",
                                   error);
  if (package == NULL)
    return 0;
  sqlite3_bind_int64 (package, 1, client_id);
  sqlite3_bind_int64 (package, 2, amount_fen);
  sqlite3_bind_int64 (package, 3, at);
  package_id = step_insert (store, package, error);
  if (package_id == 0)
    return 0;

  line = steward_store_prepare (store,
                                "INSERT INTO payments (package_id, kind, amount_fen, method, at, created_at) "
                                "VALUES (?1, 'payment', ?2, 'third-party', ?3, ?3)",
                                error);
  if (line == NULL)
    return 0;
  sqlite3_bind_int64 (line, 1, package_id);
  sqlite3_bind_int64 (line, 2, amount_fen);
  sqlite3_bind_int64 (line, 3, at);
  return step_insert (store, line, error);
}

gint64
steward_store_testing_add_complaint (StewardStore  *store,
                                     gint64         client_id,
                                     gint64         request_id,
                                     gint64         received_at,
                                     gint64         accepted_at,
                                     gint64         resolved_at,
                                     const char    *remedy,
                                     GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  const char *state = resolved_at != STEWARD_TIME_NONE ? "resolved"
                    : accepted_at != STEWARD_TIME_NONE ? "accepted" : "received";

  stmt = steward_store_prepare (store,
                                "INSERT INTO complaints (client_id, request_id, channel, summary, state, "
                                "received_at, accept_due, solution_due, accepted_at, resolved_at, remedy, "
                                "remedy_request_id, refund_fen, created_at, updated_at) "
                                "VALUES (?1, nullif (?2, 0), 'hotline', 'Slow reply', ?3, ?4, ?4 + 86400, "
                                "?4 + 172800, ?5, ?6, ?7, CASE WHEN ?7 = 're-service' THEN ?2 END, "
                                "CASE WHEN ?7 = 'partial-refund' THEN 1000 ELSE 0 END, ?4, ?4)",
                                error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, client_id);
  sqlite3_bind_int64 (stmt, 2, request_id);
  steward_stmt_bind_text (stmt, 3, state);
  sqlite3_bind_int64 (stmt, 4, received_at);
  steward_stmt_bind_time (stmt, 5, accepted_at);
  steward_stmt_bind_time (stmt, 6, resolved_at);
  steward_stmt_bind_text (stmt, 7, remedy != NULL ? remedy : "none");
  return step_insert (store, stmt, error);
}

gint64
steward_store_testing_add_training (StewardStore  *store,
                                    gint64         request_id,
                                    gint64         start_at,
                                    gint64         minutes,
                                    const char    *status,
                                    GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;

  stmt = steward_store_prepare (store,
                                "INSERT INTO training_sessions (request_id, client_id, title, trainer, "
                                "trainer_key, format, content, start_at, duration_minutes, end_at, status, "
                                "created_at, updated_at) "
                                "VALUES (?1, (SELECT client_id FROM service_requests WHERE id = ?1), "
                                "'Onboarding', 'Chen', 'chen', 'online', 'theory', ?2, ?3, ?2 + ?3 * 60, "
                                "?4, ?2, ?2)",
                                error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, request_id);
  sqlite3_bind_int64 (stmt, 2, start_at);
  sqlite3_bind_int64 (stmt, 3, minutes);
  steward_stmt_bind_text (stmt, 4, status);
  return step_insert (store, stmt, error);
}

gint64
steward_store_testing_add_feedback (StewardStore  *store,
                                    gint64         request_id,
                                    gint64         at,
                                    GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;

  stmt = steward_store_prepare (store,
                                "INSERT INTO feedback_items (request_id, area, body, at) "
                                "VALUES (?1, 'export', 'Wants PDF export', ?2)",
                                error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, request_id);
  sqlite3_bind_int64 (stmt, 2, at);
  return step_insert (store, stmt, error);
}
