/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-complaints"

#include "config.h"

#include "steward-store-complaints.h"

#include <glib/gi18n-lib.h>

#include "steward-complaint-rules.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-store-private.h"
#include "steward-time.h"

struct _StewardStoreComplaints
{
  GObject       parent_instance;

  StewardStore *store;
};

static void repository_iface_init (StewardComplaintRepositoryInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StewardStoreComplaints, steward_store_complaints, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (STEWARD_TYPE_COMPLAINT_REPOSITORY,
                                                      repository_iface_init))

#define COMPLAINT_COLUMNS                                                                 \
  "c.id, c.client_id, c.request_id, c.channel, c.received_at, c.summary, c.details, "     \
  "c.state, c.accepted_at, c.solution, c.resolved_at, c.closed_at, c.remedy, "           \
  "c.remedy_request_id, c.refund_fen"
#define ORDER " ORDER BY c.received_at, c.id"

static void
steward_store_complaints_dispose (GObject *object)
{
  StewardStoreComplaints *self = STEWARD_STORE_COMPLAINTS (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (steward_store_complaints_parent_class)->dispose (object);
}

static void
steward_store_complaints_class_init (StewardStoreComplaintsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = steward_store_complaints_dispose;
}

static void
steward_store_complaints_init (StewardStoreComplaints *self)
{
}

StewardStoreComplaints *
steward_store_complaints_new (StewardStore *store)
{
  StewardStoreComplaints *self;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  self = g_object_new (STEWARD_TYPE_STORE_COMPLAINTS, NULL);
  self->store = g_object_ref (store);
  return self;
}

static int
parse_code (GType       type,
            const char *code)
{
  int value = 0;

  /* The schema's CHECKs admit only known codes. */
  steward_enum_parse (type, code, &value);
  return value;
}

static StewardComplaint *
complaint_from_row (StewardStmt *stmt)
{
  return g_object_new (STEWARD_TYPE_COMPLAINT,
                       "id", (gint64) sqlite3_column_int64 (stmt, 0),
                       "client-id", (gint64) sqlite3_column_int64 (stmt, 1),
                       "request-id", (gint64) sqlite3_column_int64 (stmt, 2),
                       "channel", parse_code (STEWARD_TYPE_COMPLAINT_CHANNEL, steward_stmt_column_text (stmt, 3)),
                       "received-at", steward_stmt_column_time (stmt, 4),
                       "summary", steward_stmt_column_text (stmt, 5),
                       "details", steward_stmt_column_text (stmt, 6),
                       "state", parse_code (STEWARD_TYPE_COMPLAINT_STATE, steward_stmt_column_text (stmt, 7)),
                       "accepted-at", steward_stmt_column_time (stmt, 8),
                       "solution", steward_stmt_column_text (stmt, 9),
                       "resolved-at", steward_stmt_column_time (stmt, 10),
                       "closed-at", steward_stmt_column_time (stmt, 11),
                       "remedy", parse_code (STEWARD_TYPE_REMEDY, steward_stmt_column_text (stmt, 12)),
                       "remedy-request-id", (gint64) sqlite3_column_int64 (stmt, 13),
                       "refund-amount", (gint64) sqlite3_column_int64 (stmt, 14),
                       NULL);
}

static GPtrArray *
collect (StewardStore  *store,
         StewardStmt   *stmt,
         GError       **error)
{
  g_autoptr(GPtrArray) complaints = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (complaints, complaint_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&complaints);
}

static void
set_not_found (GError **error,
               gint64   id)
{
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
               _("There is no complaint with number %lld"), (long long) id);
}

static StewardComplaint *
store_load (StewardComplaintRepository  *repository,
            gint64                       id,
            GError                     **error)
{
  StewardStore *store = STEWARD_STORE_COMPLAINTS (repository)->store;
  g_autoptr(StewardStmt) stmt = NULL;
  g_autoptr(GPtrArray) found = NULL;

  stmt = steward_store_prepare (store, "SELECT " COMPLAINT_COLUMNS " FROM complaints c WHERE c.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  found = collect (store, stmt, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      set_not_found (error, id);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

static void
bind_id_or_null (StewardStmt *stmt,
                 int          index,
                 gint64       id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

/* Binds ?1–?17: the complaint's fields and its two deadlines. */
static void
bind_complaint (StewardStmt      *stmt,
                StewardComplaint *complaint)
{
  sqlite3_bind_int64 (stmt, 1, steward_complaint_get_client_id (complaint));
  bind_id_or_null (stmt, 2, steward_complaint_get_request_id (complaint));
  steward_stmt_bind_text (stmt, 3, steward_enum_code (STEWARD_TYPE_COMPLAINT_CHANNEL,
                                                      steward_complaint_get_channel (complaint)));
  steward_stmt_bind_text (stmt, 4, steward_complaint_get_summary (complaint));
  steward_stmt_bind_text (stmt, 5, steward_complaint_get_details (complaint));
  steward_stmt_bind_text (stmt, 6, steward_enum_code (STEWARD_TYPE_COMPLAINT_STATE,
                                                      steward_complaint_get_state (complaint)));
  steward_stmt_bind_time (stmt, 7, steward_complaint_get_received_at (complaint));
  steward_stmt_bind_time (stmt, 8, steward_complaint_accept_by (complaint));
  steward_stmt_bind_time (stmt, 9, steward_complaint_resolve_by (complaint));
  steward_stmt_bind_time (stmt, 10, steward_complaint_get_accepted_at (complaint));
  steward_stmt_bind_time (stmt, 11, steward_complaint_get_resolved_at (complaint));
  steward_stmt_bind_time (stmt, 12, steward_complaint_get_closed_at (complaint));
  steward_stmt_bind_text (stmt, 13, steward_complaint_get_solution (complaint));
  steward_stmt_bind_text (stmt, 14, steward_enum_code (STEWARD_TYPE_REMEDY,
                                                       steward_complaint_get_remedy (complaint)));
  bind_id_or_null (stmt, 15, steward_complaint_get_remedy_request_id (complaint));
  sqlite3_bind_int64 (stmt, 16, steward_complaint_get_refund_amount (complaint));
  sqlite3_bind_int64 (stmt, 17, steward_time_now ());
}

static gboolean
store_save (StewardComplaintRepository  *repository,
            StewardComplaint            *complaint,
            GError                     **error)
{
  StewardStore *store = STEWARD_STORE_COMPLAINTS (repository)->store;
  gint64 id = steward_complaint_get_id (complaint);
  g_autoptr(StewardStmt) stmt = NULL;

  if (id > 0)
    stmt = steward_store_prepare (store,
                                  "UPDATE complaints SET client_id = ?1, request_id = ?2, channel = ?3, "
                                  "summary = ?4, details = ?5, state = ?6, received_at = ?7, "
                                  "accept_due = ?8, solution_due = ?9, accepted_at = ?10, "
                                  "resolved_at = ?11, closed_at = ?12, solution = ?13, remedy = ?14, "
                                  "remedy_request_id = ?15, refund_fen = ?16, updated_at = ?17 "
                                  "WHERE id = ?18",
                                  error);
  else
    stmt = steward_store_prepare (store,
                                  "INSERT INTO complaints (client_id, request_id, channel, summary, "
                                  "details, state, received_at, accept_due, solution_due, accepted_at, "
                                  "resolved_at, closed_at, solution, remedy, remedy_request_id, "
                                  "refund_fen, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                                  "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?17)",
                                  error);
  if (stmt == NULL)
    return FALSE;

  bind_complaint (stmt, complaint);
  if (id > 0)
    sqlite3_bind_int64 (stmt, 18, id);

  /* One statement is one transaction already; no begin/commit needed. */
  if (!steward_store_step_done (store, stmt, error))
    return FALSE;
  if (id > 0 && sqlite3_changes (steward_store_get_db (store)) == 0)
    {
      set_not_found (error, id);
      return FALSE;
    }
  if (id == 0)
    steward_complaint_set_id (complaint, sqlite3_last_insert_rowid (steward_store_get_db (store)));
  return TRUE;
}

static GPtrArray *
store_list_received (StewardComplaintRepository  *repository,
                     gint64                       from,
                     gint64                       to,
                     GError                     **error)
{
  StewardStore *store = STEWARD_STORE_COMPLAINTS (repository)->store;
  g_autoptr(StewardStmt) stmt = NULL;

  stmt = steward_store_prepare (store,
                                "SELECT " COMPLAINT_COLUMNS " FROM complaints c "
                                "WHERE c.received_at >= ?1 AND c.received_at < ?2" ORDER,
                                error);
  if (stmt == NULL)
    return NULL;
  /* Open ends become the extreme instants so the index on received_at serves both. */
  sqlite3_bind_int64 (stmt, 1, from == STEWARD_TIME_NONE ? G_MININT64 : from);
  sqlite3_bind_int64 (stmt, 2, to == STEWARD_TIME_NONE ? G_MAXINT64 : to);
  return collect (store, stmt, error);
}

gboolean
steward_store_complaints_count_received (StewardStoreComplaints  *self,
                                         gint64                   from,
                                         gint64                   to,
                                         guint                   *out_n,
                                         GError                 **error)
{
  g_autoptr(StewardStmt) stmt = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE_COMPLAINTS (self), FALSE);
  g_return_val_if_fail (out_n != NULL, FALSE);

  stmt = steward_store_prepare (self->store,
                                "SELECT count (*) FROM complaints c "
                                "WHERE c.received_at >= ?1 AND c.received_at < ?2",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, from == STEWARD_TIME_NONE ? G_MININT64 : from);
  sqlite3_bind_int64 (stmt, 2, to == STEWARD_TIME_NONE ? G_MAXINT64 : to);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      steward_store_set_error (self->store, error);
      return FALSE;
    }
  *out_n = (guint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static GPtrArray *
store_list_open (StewardComplaintRepository  *repository,
                 GError                     **error)
{
  StewardStore *store = STEWARD_STORE_COMPLAINTS (repository)->store;
  g_autoptr(StewardStmt) stmt = NULL;

  stmt = steward_store_prepare (store,
                                "SELECT " COMPLAINT_COLUMNS " FROM complaints c "
                                "WHERE c.state IN ('received', 'accepted', 'resolved')" ORDER,
                                error);
  if (stmt == NULL)
    return NULL;
  return collect (store, stmt, error);
}

/* As steward_complaint_is_overdue(): a clock still running (its step not done) whose limit is
 * strictly before @now. */
static GPtrArray *
store_list_overdue (StewardComplaintRepository  *repository,
                    gint64                       now,
                    GError                     **error)
{
  StewardStore *store = STEWARD_STORE_COMPLAINTS (repository)->store;
  g_autoptr(StewardStmt) stmt = NULL;

  stmt = steward_store_prepare (store,
                                "SELECT " COMPLAINT_COLUMNS " FROM complaints c "
                                "WHERE c.state IN ('received', 'accepted', 'resolved') AND "
                                "((c.accepted_at IS NULL AND c.accept_due < ?1) OR "
                                "(c.resolved_at IS NULL AND c.solution_due < ?1))" ORDER,
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, now);
  return collect (store, stmt, error);
}

static GPtrArray *
store_list_for_client (StewardComplaintRepository  *repository,
                       gint64                       client_id,
                       GError                     **error)
{
  StewardStore *store = STEWARD_STORE_COMPLAINTS (repository)->store;
  g_autoptr(StewardStmt) stmt = NULL;

  stmt = steward_store_prepare (store,
                                "SELECT " COMPLAINT_COLUMNS " FROM complaints c WHERE c.client_id = ?" ORDER,
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, client_id);
  return collect (store, stmt, error);
}

static gboolean
store_begin_write (StewardComplaintRepository  *repository,
                   GError                     **error)
{
  return steward_store_begin (STEWARD_STORE_COMPLAINTS (repository)->store, error);
}

static gboolean
store_commit_write (StewardComplaintRepository  *repository,
                    GError                     **error)
{
  return steward_store_commit (STEWARD_STORE_COMPLAINTS (repository)->store, error);
}

static void
store_rollback_write (StewardComplaintRepository *repository)
{
  steward_store_rollback (STEWARD_STORE_COMPLAINTS (repository)->store);
}

static void
repository_iface_init (StewardComplaintRepositoryInterface *iface)
{
  iface->load = store_load;
  iface->save = store_save;
  iface->list_received = store_list_received;
  iface->list_open = store_list_open;
  iface->list_for_client = store_list_for_client;
  iface->list_overdue = store_list_overdue;
  iface->begin_write = store_begin_write;
  iface->commit_write = store_commit_write;
  iface->rollback_write = store_rollback_write;
}
