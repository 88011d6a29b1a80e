/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-requests"

#include "config.h"

#include "steward-store-requests.h"

#include "steward-desk.h"
#include "steward-store-requests-private.h"

/* Requests are read this many at a time, so a calendar edit never holds every open request in
 * memory. */
#define BATCH_SIZE 500

/* The next batch of open requests with a clock still running, after id @after. The WHERE
 * repeats the partial index service_requests_open so that SQLite walks only open requests. */
static GPtrArray *
next_batch (StewardStore  *store,
            gint64         after,
            GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  stmt = steward_store_prepare (store,
                                "SELECT " STEWARD_STORE_REQUEST_COLUMNS " FROM service_requests "
                                "WHERE state NOT IN ('settled', 'rejected', 'cancelled') AND id > ?1 "
                                "AND ((responded_at IS NULL AND response_due IS NOT NULL) "
                                "OR (delivered_at IS NULL AND work_start_at IS NOT NULL)) "
                                "ORDER BY id LIMIT ?2",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, after);
  sqlite3_bind_int (stmt, 2, BATCH_SIZE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (batch, steward_store_request_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&batch);
}

static gboolean
store_deadlines (StewardStore           *store,
                 StewardCalendar        *calendar,
                 StewardServiceRequest  *request,
                 GError                **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  gint64 response_due = steward_service_request_get_response_due (request);
  gint64 delivery_due = steward_service_request_get_delivery_due (request);

  stmt = steward_store_prepare (store,
                                "UPDATE service_requests SET response_due = ?1, delivery_due = ?2, "
                                "response_due_soon_at = ?3, delivery_due_soon_at = ?4 WHERE id = ?5",
                                error);
  if (stmt == NULL)
    return FALSE;
  steward_stmt_bind_time (stmt, 1, response_due);
  steward_stmt_bind_time (stmt, 2, delivery_due);
  steward_stmt_bind_time (stmt, 3, steward_desk_due_soon_at (calendar, response_due,
                                                             steward_service_request_get_emergency (request)));
  steward_stmt_bind_time (stmt, 4, steward_desk_due_soon_at (calendar, delivery_due, FALSE));
  sqlite3_bind_int64 (stmt, 5, steward_service_request_get_id (request));
  return steward_store_step_done (store, stmt, error);
}

static gboolean
recompute_batch (StewardStore     *store,
                 StewardCalendar  *calendar,
                 GPtrArray        *batch,
                 guint            *changed,
                 GError          **error)
{
  for (guint i = 0; i < batch->len; i++)
    {
      StewardServiceRequest *request = g_ptr_array_index (batch, i);
      g_autoptr(GPtrArray) audit = NULL;

      audit = steward_store_requests_read_audit (store, steward_service_request_get_id (request), error);
      if (audit == NULL)
        return FALSE;
      if (!steward_desk_recompute_deadlines (request, calendar, audit))
        continue;
      if (!store_deadlines (store, calendar, request, error))
        return FALSE;
      (*changed)++;
    }
  return TRUE;
}

gboolean
steward_store_requests_recompute_deadlines (StewardStoreRequests  *self,
                                            guint                 *out_changed,
                                            GError               **error)
{
  StewardStore *store;
  StewardCalendar *calendar;
  gint64 after = 0;
  guint changed = 0;

  g_return_val_if_fail (STEWARD_IS_STORE_REQUESTS (self), FALSE);

  store = steward_store_requests_get_store (self);
  calendar = steward_store_requests_get_calendar (self);
  if (!steward_store_begin (store, error))
    return FALSE;

  for (;;)
    {
      g_autoptr(GPtrArray) batch = next_batch (store, after, error);

      if (batch == NULL || !recompute_batch (store, calendar, batch, &changed, error))
        {
          steward_store_rollback (store);
          return FALSE;
        }
      if (batch->len < BATCH_SIZE)
        break;
      after = steward_service_request_get_id (g_ptr_array_index (batch, batch->len - 1));
    }

  if (!steward_store_commit (store, error))
    return FALSE;
  if (out_changed != NULL)
    *out_changed = changed;
  return TRUE;
}
