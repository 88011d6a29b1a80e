/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-requests"

#include "config.h"

#include "steward-store-requests.h"

#include <glib/gi18n-lib.h>

#include "steward-desk.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-store-requests-private.h"
#include "steward-time.h"

struct _StewardStoreRequests
{
  GObject          parent_instance;

  StewardStore    *store;
  StewardCalendar *calendar;
};

static void repository_iface_init (StewardRequestRepositoryInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StewardStoreRequests, steward_store_requests, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (STEWARD_TYPE_REQUEST_REPOSITORY,
                                                      repository_iface_init))

static void
steward_store_requests_dispose (GObject *object)
{
  StewardStoreRequests *self = STEWARD_STORE_REQUESTS (object);

  g_clear_object (&self->store);
  g_clear_object (&self->calendar);

  G_OBJECT_CLASS (steward_store_requests_parent_class)->dispose (object);
}

static void
steward_store_requests_class_init (StewardStoreRequestsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = steward_store_requests_dispose;
}

static void
steward_store_requests_init (StewardStoreRequests *self)
{
}

StewardStoreRequests *
steward_store_requests_new (StewardStore    *store,
                            StewardCalendar *calendar)
{
  StewardStoreRequests *self;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), NULL);

  self = g_object_new (STEWARD_TYPE_STORE_REQUESTS, NULL);
  self->store = g_object_ref (store);
  self->calendar = g_object_ref (calendar);
  return self;
}

StewardStore *
steward_store_requests_get_store (StewardStoreRequests *self)
{
  g_return_val_if_fail (STEWARD_IS_STORE_REQUESTS (self), NULL);
  return self->store;
}

StewardCalendar *
steward_store_requests_get_calendar (StewardStoreRequests *self)
{
  g_return_val_if_fail (STEWARD_IS_STORE_REQUESTS (self), NULL);
  return self->calendar;
}

static void
bind_id (StewardStmt *stmt,
         int          index,
         gint64       id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

/* Met (1) or breached (0) once the step happened, NULL while the clock runs or when there is
 * no deadline: what reports count. */
static void
bind_outcome (StewardStmt *stmt,
              int          index,
              gint64       due,
              gint64       done_at)
{
  if (due == STEWARD_TIME_NONE || done_at == STEWARD_TIME_NONE)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, done_at <= due);
}

#define REQUEST_FIELDS                                                                        \
  "client_id, service, priority, emergency, channel, description, os, data_terms_agreed, "     \
  "config_kind, template_name, special_request, complexity, tier, fee_fen, surcharge_fen, "    \
  "state, held_from_state, hold_started_at, owner, package_id, package_incident, "             \
  "remedy_of_complaint, submitted_at, responded_at, response_due, work_start_at, "             \
  "delivery_due, delivered_at, accepted_at, settled_at, rating, rating_feedback, updated_at, " \
  "response_met, delivery_met, response_due_soon_at, delivery_due_soon_at"

/* Binds REQUEST_FIELDS as ?1…?37 in order. */
static void
bind_request (StewardStoreRequests  *self,
              StewardStmt           *stmt,
              StewardServiceRequest *r)
{
  StewardState state = steward_service_request_get_state (r);
  gboolean emergency = steward_service_request_get_emergency (r);
  gint64 response_due = steward_service_request_get_response_due (r);
  gint64 delivery_due = steward_service_request_get_delivery_due (r);
  guint rating = steward_service_request_get_rating (r);
  int i = 1;

  sqlite3_bind_int64 (stmt, i++, steward_service_request_get_client_id (r));
  steward_stmt_bind_text (stmt, i++, steward_enum_code (STEWARD_TYPE_SERVICE, steward_service_request_get_service (r)));
  steward_stmt_bind_text (stmt, i++, steward_enum_code (STEWARD_TYPE_PRIORITY, steward_service_request_get_priority (r)));
  sqlite3_bind_int (stmt, i++, emergency);
  steward_stmt_bind_text (stmt, i++, steward_enum_code (STEWARD_TYPE_CHANNEL, steward_service_request_get_channel (r)));
  steward_stmt_bind_text (stmt, i++, steward_service_request_get_description (r));
  steward_stmt_bind_text (stmt, i++, steward_enum_code (STEWARD_TYPE_OS, steward_service_request_get_os (r)));
  sqlite3_bind_int (stmt, i++, steward_service_request_get_data_terms_agreed (r));
  steward_stmt_bind_text (stmt, i++, steward_enum_code (STEWARD_TYPE_CONFIG_KIND, steward_service_request_get_config_kind (r)));
  steward_stmt_bind_text (stmt, i++, steward_service_request_get_template_name (r));
  steward_stmt_bind_text (stmt, i++, steward_service_request_get_special_text (r));
  steward_stmt_bind_text (stmt, i++, steward_enum_code (STEWARD_TYPE_COMPLEXITY, steward_service_request_get_complexity (r)));
  steward_stmt_bind_text (stmt, i++, steward_enum_code (STEWARD_TYPE_TIER, steward_service_request_get_tier (r)));
  sqlite3_bind_int64 (stmt, i++, steward_service_request_get_fee (r));
  sqlite3_bind_int64 (stmt, i++, steward_service_request_get_surcharge (r));
  steward_stmt_bind_text (stmt, i++, steward_enum_code (STEWARD_TYPE_STATE, state));
  if (state == STEWARD_STATE_WAITING_ON_CLIENT)
    steward_stmt_bind_text (stmt, i++, steward_enum_code (STEWARD_TYPE_STATE,
                                                          steward_service_request_get_hold_from_state (r)));
  else
    sqlite3_bind_null (stmt, i++);
  steward_stmt_bind_time (stmt, i++, steward_service_request_get_hold_started_at (r));
  steward_stmt_bind_text (stmt, i++, steward_service_request_get_owner (r));
  bind_id (stmt, i++, steward_service_request_get_package_id (r));
  sqlite3_bind_int (stmt, i++, steward_service_request_get_package_incident (r));
  bind_id (stmt, i++, steward_service_request_get_remedy_of_complaint (r));
  steward_stmt_bind_time (stmt, i++, steward_service_request_get_submitted_at (r));
  steward_stmt_bind_time (stmt, i++, steward_service_request_get_responded_at (r));
  steward_stmt_bind_time (stmt, i++, response_due);
  steward_stmt_bind_time (stmt, i++, steward_service_request_get_work_start_at (r));
  steward_stmt_bind_time (stmt, i++, delivery_due);
  steward_stmt_bind_time (stmt, i++, steward_service_request_get_delivered_at (r));
  steward_stmt_bind_time (stmt, i++, steward_service_request_get_accepted_at (r));
  steward_stmt_bind_time (stmt, i++, steward_service_request_get_settled_at (r));
  if (rating > 0)
    sqlite3_bind_int (stmt, i++, rating);
  else
    sqlite3_bind_null (stmt, i++);
  steward_stmt_bind_text (stmt, i++, steward_service_request_get_rating_feedback (r));
  steward_stmt_bind_time (stmt, i++, steward_service_request_get_updated_at (r));
  bind_outcome (stmt, i++, response_due, steward_service_request_get_responded_at (r));
  bind_outcome (stmt, i++, delivery_due, steward_service_request_get_delivered_at (r));
  steward_stmt_bind_time (stmt, i++, steward_desk_due_soon_at (self->calendar, response_due, emergency));
  steward_stmt_bind_time (stmt, i++, steward_desk_due_soon_at (self->calendar, delivery_due, FALSE));
}

static void
set_not_found (GError **error,
               gint64   id)
{
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
               _("There is no service request with number %lld"), (long long) id);
}

/* Inserts (id 0) or updates the request row; returns its id, 0 on failure. */
static gint64
write_request (StewardStoreRequests   *self,
               StewardServiceRequest  *request,
               GError                **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  gint64 id = steward_service_request_get_id (request);
  sqlite3 *db = steward_store_get_db (self->store);

  if (id > 0)
    stmt = steward_store_prepare (self->store,
                                  "UPDATE service_requests SET (" REQUEST_FIELDS ") = "
                                  "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                                  "?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, "
                                  "?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37) WHERE id = ?38",
                                  error);
  else
    stmt = steward_store_prepare (self->store,
                                  "INSERT INTO service_requests (" REQUEST_FIELDS ", created_at) VALUES "
                                  "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                                  "?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, "
                                  "?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?23)",
                                  error);
  if (stmt == NULL)
    return 0;
  bind_request (self, stmt, request);
  if (id > 0)
    sqlite3_bind_int64 (stmt, 38, id);
  if (!steward_store_step_done (self->store, stmt, error))
    return 0;

  if (id > 0 && sqlite3_changes (db) == 0)
    {
      set_not_found (error, id);
      return 0;
    }
  return id > 0 ? id : sqlite3_last_insert_rowid (db);
}

/* Runs an INSERT whose parameters @bind set; returns the new row's id, 0 on failure. */
static gint64
insert_line (StewardStore  *store,
             const char    *sql,
             void         (*bind) (StewardStmt *, gpointer, gint64),
             gpointer       line,
             gint64         request_id,
             GError       **error)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (store, sql, error);

  if (stmt == NULL)
    return 0;
  bind (stmt, line, request_id);
  if (!steward_store_step_done (store, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (steward_store_get_db (store));
}

static void
bind_payment (StewardStmt *stmt,
              gpointer     line,
              gint64       request_id)
{
  StewardPayment *p = line;

  sqlite3_bind_int64 (stmt, 1, request_id);
  steward_stmt_bind_text (stmt, 2, steward_enum_code (STEWARD_TYPE_PAYMENT_KIND, steward_payment_get_kind (p)));
  sqlite3_bind_int64 (stmt, 3, steward_payment_get_amount (p));
  steward_stmt_bind_text (stmt, 4, steward_enum_code (STEWARD_TYPE_PAYMENT_METHOD, steward_payment_get_method (p)));
  sqlite3_bind_int64 (stmt, 5, steward_payment_get_at (p));
  steward_stmt_bind_text (stmt, 6, steward_payment_get_reference (p));
  bind_id (stmt, 7, steward_payment_get_reverses_id (p));
  sqlite3_bind_int64 (stmt, 8, steward_time_now ());
}

static void
bind_audit (StewardStmt *stmt,
            gpointer     line,
            gint64       request_id)
{
  StewardAuditEntry *a = line;
  const char *to = steward_audit_entry_get_to_state (a);
  int state;

  sqlite3_bind_int64 (stmt, 1, request_id);
  sqlite3_bind_int64 (stmt, 2, steward_audit_entry_get_at (a));
  steward_stmt_bind_text (stmt, 3, steward_audit_entry_get_who (a));
  /* A move between states is a 'state' action; any other step names itself. */
  steward_stmt_bind_text (stmt, 4, steward_enum_parse (STEWARD_TYPE_STATE, to, &state) ? "state" : to);
  steward_stmt_bind_text (stmt, 5, steward_audit_entry_get_from_state (a));
  steward_stmt_bind_text (stmt, 6, to);
  steward_stmt_bind_text (stmt, 7, steward_audit_entry_get_note (a));
}

static void
bind_note (StewardStmt *stmt,
           gpointer     line,
           gint64       request_id)
{
  StewardRequestNote *n = line;

  sqlite3_bind_int64 (stmt, 1, request_id);
  sqlite3_bind_int64 (stmt, 2, steward_request_note_get_at (n));
  steward_stmt_bind_text (stmt, 3, steward_request_note_get_who (n));
  steward_stmt_bind_text (stmt, 4, steward_request_note_get_text (n));
  sqlite3_bind_int (stmt, 5, steward_request_note_get_shared (n));
}

static void
bind_feedback (StewardStmt *stmt,
               gpointer     line,
               gint64       request_id)
{
  StewardProductFeedback *f = line;

  sqlite3_bind_int64 (stmt, 1, request_id);
  steward_stmt_bind_text (stmt, 2, steward_product_feedback_get_area (f));
  steward_stmt_bind_text (stmt, 3, steward_product_feedback_get_text (f));
  sqlite3_bind_int64 (stmt, 4, steward_product_feedback_get_at (f));
}

typedef struct {
  const char *sql;
  void      (*bind) (StewardStmt *, gpointer, gint64);
} LineKind;

static const LineKind line_kinds[] = {
  { "INSERT INTO payments (request_id, kind, amount_fen, method, at, reference, reverses_id, "
    "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", bind_payment },
  { "INSERT INTO request_audit (request_id, at, who, action, from_state, to_state, note) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", bind_audit },
  { "INSERT INTO request_notes (request_id, at, who, body, shared) VALUES (?1, ?2, ?3, ?4, ?5)",
    bind_note },
  { "INSERT INTO feedback_items (request_id, area, body, at) VALUES (?1, ?2, ?3, ?4)", bind_feedback },
};

static GPtrArray *
change_lines (StewardRequestChange *change,
              guint                 kind)
{
  GPtrArray *all[] = { change->payments, change->audit, change->notes, change->feedback };

  return all[kind];
}

/* Writes every line of @change, their new ids appended to @ids in order. */
static gboolean
write_lines (StewardStore          *store,
             StewardRequestChange  *change,
             gint64                 request_id,
             GArray                *ids,
             GError               **error)
{
  for (guint k = 0; k < G_N_ELEMENTS (line_kinds); k++)
    {
      GPtrArray *lines = change_lines (change, k);

      for (guint i = 0; lines != NULL && i < lines->len; i++)
        {
          gint64 id = insert_line (store, line_kinds[k].sql, line_kinds[k].bind,
                                   g_ptr_array_index (lines, i), request_id, error);

          if (id == 0)
            return FALSE;
          g_array_append_val (ids, id);
        }
    }
  return TRUE;
}

/* Hands the stored ids to the caller's objects once the transaction committed. */
static void
apply_ids (StewardRequestChange *change,
           gint64                request_id,
           GArray               *ids)
{
  guint n = 0;

  steward_service_request_set_id (change->request, request_id);
  for (guint k = 0; k < G_N_ELEMENTS (line_kinds); k++)
    {
      GPtrArray *lines = change_lines (change, k);

      for (guint i = 0; lines != NULL && i < lines->len; i++, n++)
        {
          gpointer line = g_ptr_array_index (lines, i);
          gint64 id = g_array_index (ids, gint64, n);

          switch (k)
            {
            case 0:
              steward_payment_set_id (line, id);
              steward_payment_set_request_id (line, request_id);
              break;
            case 1:
              steward_audit_entry_set_id (line, id);
              steward_audit_entry_set_request_id (line, request_id);
              break;
            case 2:
              steward_request_note_set_id (line, id);
              steward_request_note_set_request_id (line, request_id);
              break;
            default:
              steward_product_feedback_set_id (line, id);
              steward_product_feedback_set_request_id (line, request_id);
              break;
            }
        }
    }
}

static gboolean
repo_apply_change (StewardRequestRepository  *repository,
                   StewardRequestChange      *change,
                   GError                   **error)
{
  StewardStoreRequests *self = STEWARD_STORE_REQUESTS (repository);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 request_id;

  if (!steward_store_begin (self->store, error))
    return FALSE;
  if ((request_id = write_request (self, change->request, error)) == 0 ||
      !write_lines (self->store, change, request_id, ids, error))
    {
      steward_store_rollback (self->store);
      return FALSE;
    }
  if (!steward_store_commit (self->store, error))
    return FALSE;

  apply_ids (change, request_id, ids);
  return TRUE;
}

static StewardServiceRequest *
repo_load_request (StewardRequestRepository  *repository,
                   gint64                     id,
                   GError                   **error)
{
  StewardStoreRequests *self = STEWARD_STORE_REQUESTS (repository);
  g_autoptr(StewardStmt) stmt = NULL;
  int rc;

  stmt = steward_store_prepare (self->store,
                                "SELECT " STEWARD_STORE_REQUEST_COLUMNS " FROM service_requests WHERE id = ?",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return steward_store_request_from_row (stmt);
  if (rc == SQLITE_DONE)
    set_not_found (error, id);
  else
    steward_store_set_error (self->store, error);
  return NULL;
}

/* Runs a query bound to ?1 = @request_id and turns each row into an object with @read. */
static GPtrArray *
read_lines (StewardStore  *store,
            const char    *sql,
            gpointer     (*read) (StewardStmt *, gint64),
            gint64         request_id,
            GError       **error)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (store, sql, error);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, request_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (lines, read (stmt, request_id));
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&lines);
}

static gpointer
read_payment (StewardStmt *stmt,
              gint64       request_id)
{
  int kind = 0;
  int method = 0;
  StewardPayment *p;

  steward_enum_parse (STEWARD_TYPE_PAYMENT_KIND, steward_stmt_column_text (stmt, 1), &kind);
  steward_enum_parse (STEWARD_TYPE_PAYMENT_METHOD, steward_stmt_column_text (stmt, 3), &method);
  p = steward_payment_new (kind, sqlite3_column_int64 (stmt, 2), method, sqlite3_column_int64 (stmt, 4),
                           steward_stmt_column_text (stmt, 5), sqlite3_column_int64 (stmt, 6));
  steward_payment_set_id (p, sqlite3_column_int64 (stmt, 0));
  steward_payment_set_request_id (p, request_id);
  return p;
}

static gpointer
read_note (StewardStmt *stmt,
           gint64       request_id)
{
  StewardRequestNote *n = steward_request_note_new (steward_stmt_column_text (stmt, 3),
                                                    sqlite3_column_int (stmt, 4) != 0,
                                                    sqlite3_column_int64 (stmt, 1),
                                                    steward_stmt_column_text (stmt, 2));

  steward_request_note_set_id (n, sqlite3_column_int64 (stmt, 0));
  steward_request_note_set_request_id (n, request_id);
  return n;
}

static gpointer
read_feedback (StewardStmt *stmt,
               gint64       request_id)
{
  StewardProductFeedback *f = steward_product_feedback_new (steward_stmt_column_text (stmt, 1),
                                                            steward_stmt_column_text (stmt, 2),
                                                            sqlite3_column_int64 (stmt, 3));

  steward_product_feedback_set_id (f, sqlite3_column_int64 (stmt, 0));
  steward_product_feedback_set_request_id (f, request_id);
  return f;
}

static GPtrArray *
repo_list_payments (StewardRequestRepository  *repository,
                    gint64                     request_id,
                    GError                   **error)
{
  return read_lines (STEWARD_STORE_REQUESTS (repository)->store,
                     "SELECT id, kind, amount_fen, method, at, reference, coalesce (reverses_id, 0) "
                     "FROM payments WHERE request_id = ? ORDER BY id",
                     read_payment, request_id, error);
}

static GPtrArray *
repo_list_audit (StewardRequestRepository  *repository,
                 gint64                     request_id,
                 GError                   **error)
{
  return steward_store_requests_read_audit (STEWARD_STORE_REQUESTS (repository)->store, request_id, error);
}

static GPtrArray *
repo_list_notes (StewardRequestRepository  *repository,
                 gint64                     request_id,
                 GError                   **error)
{
  return read_lines (STEWARD_STORE_REQUESTS (repository)->store,
                     "SELECT id, at, who, body, shared FROM request_notes WHERE request_id = ? ORDER BY id",
                     read_note, request_id, error);
}

static GPtrArray *
repo_list_feedback (StewardRequestRepository  *repository,
                    gint64                     request_id,
                    GError                   **error)
{
  return read_lines (STEWARD_STORE_REQUESTS (repository)->store,
                     "SELECT id, area, body, at FROM feedback_items WHERE request_id = ? ORDER BY id",
                     read_feedback, request_id, error);
}

/* Runs a one-integer query; *out is 0 when there is no row. */
static gboolean
query_integer (StewardStore  *store,
               StewardStmt   *stmt,
               gint64        *out,
               GError       **error)
{
  int rc = sqlite3_step (stmt);

  *out = 0;
  if (rc == SQLITE_ROW)
    *out = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
repo_find_active_package (StewardRequestRepository  *repository,
                          gint64                     client_id,
                          gint64                     at,
                          gint64                    *out_package_id,
                          GError                   **error)
{
  StewardStoreRequests *self = STEWARD_STORE_REQUESTS (repository);
  g_autoptr(StewardStmt) stmt = NULL;

  /* The newest purchase wins when two packages overlap. */
  stmt = steward_store_prepare (self->store,
                                "SELECT id FROM monthly_packages WHERE client_id = ?1 AND cancelled_at IS NULL "
                                "AND start_year * 12 + start_month - 1 <= ?2 "
                                "AND start_year * 12 + start_month - 1 + months > ?2 "
                                "ORDER BY purchased_at DESC, id DESC LIMIT 1",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, client_id);
  sqlite3_bind_int (stmt, 2, steward_store_month_index (at, steward_calendar_get_timezone (self->calendar)));
  return query_integer (self->store, stmt, out_package_id, error);
}

static gboolean
repo_count_incidents (StewardRequestRepository  *repository,
                      gint64                     package_id,
                      gint64                     at,
                      guint                     *out_count,
                      GError                   **error)
{
  StewardStoreRequests *self = STEWARD_STORE_REQUESTS (repository);
  GTimeZone *tz = steward_calendar_get_timezone (self->calendar);
  int month = steward_store_month_index (at, tz);
  g_autoptr(StewardStmt) stmt = NULL;
  gint64 count = 0;

  stmt = steward_store_prepare (self->store,
                                "SELECT count (*) FROM service_requests WHERE package_id = ?1 "
                                "AND package_incident = 1 AND state <> 'cancelled' "
                                "AND submitted_at >= ?2 AND submitted_at < ?3",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, package_id);
  sqlite3_bind_int64 (stmt, 2, steward_store_month_start (month, tz));
  sqlite3_bind_int64 (stmt, 3, steward_store_month_start (month + 1, tz));
  if (!query_integer (self->store, stmt, &count, error))
    return FALSE;
  *out_count = (guint) count;
  return TRUE;
}

static void
repository_iface_init (StewardRequestRepositoryInterface *iface)
{
  iface->apply_change = repo_apply_change;
  iface->load_request = repo_load_request;
  iface->list_payments = repo_list_payments;
  iface->list_audit = repo_list_audit;
  iface->list_notes = repo_list_notes;
  iface->list_feedback = repo_list_feedback;
  iface->find_active_package = repo_find_active_package;
  iface->count_incidents = repo_count_incidents;
}
