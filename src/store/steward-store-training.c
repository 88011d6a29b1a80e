/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-training"

#include "config.h"

#include "steward-store-training.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-error.h"
#include "steward-store-private.h"
#include "steward-time.h"
#include "steward-training.h"

struct _StewardStoreTraining
{
  GObject       parent_instance;

  StewardStore *store;
};

static void repository_iface_init (StewardTrainingRepositoryInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StewardStoreTraining, steward_store_training, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (STEWARD_TYPE_TRAINING_REPOSITORY,
                                                      repository_iface_init))

#define SESSION_COLUMNS                                                                  \
  "s.id, s.request_id, s.client_id, s.title, s.trainer, s.format, s.content, s.start_at, " \
  "s.duration_minutes, s.location, s.status, s.notes"

/* A session overlaps [?2, ?3) when start < ?3 and end > ?2. No session lasts longer than
 * STEWARD_TRAINING_MAX_DURATION_SECONDS, so its start is also after ?1 = ?2 − that maximum:
 * this bounds the range scan of the (start_at, end_at) index on both sides. */
#define OVERLAP_CONDITION "s.start_at > ?1 AND s.start_at < ?3 AND s.end_at > ?2"
#define ORDER " ORDER BY s.start_at, s.id"

static void
steward_store_training_dispose (GObject *object)
{
  StewardStoreTraining *self = STEWARD_STORE_TRAINING (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (steward_store_training_parent_class)->dispose (object);
}

static void
steward_store_training_class_init (StewardStoreTrainingClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = steward_store_training_dispose;
}

static void
steward_store_training_init (StewardStoreTraining *self)
{
}

StewardStoreTraining *
steward_store_training_new (StewardStore *store)
{
  StewardStoreTraining *self;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  self = g_object_new (STEWARD_TYPE_STORE_TRAINING, NULL);
  self->store = g_object_ref (store);
  return self;
}

static int
parse_code (GType       type,
            const char *code)
{
  int value = 0;

  /* The schema's CHECKs admit only known codes; the first value is a safe fallback. */
  steward_enum_parse (type, code, &value);
  return value;
}

static StewardTrainingSession *
session_from_row (StewardStmt *stmt)
{
  return g_object_new (STEWARD_TYPE_TRAINING_SESSION,
                       "id", (gint64) sqlite3_column_int64 (stmt, 0),
                       "request-id", (gint64) sqlite3_column_int64 (stmt, 1),
                       "client-id", (gint64) sqlite3_column_int64 (stmt, 2),
                       "title", steward_stmt_column_text (stmt, 3),
                       "trainer", steward_stmt_column_text (stmt, 4),
                       "format", parse_code (STEWARD_TYPE_TRAINING_FORMAT, steward_stmt_column_text (stmt, 5)),
                       "content", parse_code (STEWARD_TYPE_TRAINING_CONTENT, steward_stmt_column_text (stmt, 6)),
                       "start", (gint64) sqlite3_column_int64 (stmt, 7),
                       "duration", (gint64) sqlite3_column_int64 (stmt, 8) * 60,
                       "location", steward_stmt_column_text (stmt, 9),
                       "status", parse_code (STEWARD_TYPE_TRAINING_STATUS, steward_stmt_column_text (stmt, 10)),
                       "notes", steward_stmt_column_text (stmt, 11),
                       NULL);
}

/* Reads the attendees of every session in @sessions, in the order they were listed. */
static gboolean
read_attendees (StewardStore  *store,
                GPtrArray     *sessions,
                GError       **error)
{
  for (guint i = 0; i < sessions->len; i++)
    {
      StewardTrainingSession *session = g_ptr_array_index (sessions, i);
      g_autoptr(StewardStmt) stmt = NULL;
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      int rc;

      stmt = steward_store_prepare (store,
                                    "SELECT name FROM training_attendees WHERE session_id = ? ORDER BY id",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, steward_training_session_get_id (session));
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (names, g_strdup (steward_stmt_column_text (stmt, 0)));
      if (rc != SQLITE_DONE)
        {
          steward_store_set_error (store, error);
          return FALSE;
        }
      g_ptr_array_add (names, NULL);
      steward_training_session_set_attendees (session, (const char * const *) names->pdata);
    }
  return TRUE;
}

/* Steps @stmt into new sessions (then reads their attendees, once @stmt is released). */
static GPtrArray *
collect (StewardStore  *store,
         StewardStmt   *stmt,
         GError       **error)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (sessions, session_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      steward_stmt_release (stmt);
      return NULL;
    }
  steward_stmt_release (stmt);

  if (!read_attendees (store, sessions, error))
    return NULL;
  return g_steal_pointer (&sessions);
}

/* Binds ?1–?3 of OVERLAP_CONDITION; open ends become the extreme instants. */
static void
bind_range (StewardStmt *stmt,
            gint64       from,
            gint64       to)
{
  gint64 lowest = G_MININT64 + STEWARD_TRAINING_MAX_DURATION_SECONDS;

  if (from == STEWARD_TIME_NONE || from < lowest)
    from = lowest;
  if (to == STEWARD_TIME_NONE)
    to = G_MAXINT64;
  sqlite3_bind_int64 (stmt, 1, from - STEWARD_TRAINING_MAX_DURATION_SECONDS);
  sqlite3_bind_int64 (stmt, 2, from);
  sqlite3_bind_int64 (stmt, 3, to);
}

static GPtrArray *
store_list_range (StewardTrainingRepository  *repository,
                  gint64                      from,
                  gint64                      to,
                  GError                    **error)
{
  StewardStore *store = STEWARD_STORE_TRAINING (repository)->store;
  StewardStmt *stmt;

  stmt = steward_store_prepare (store,
                                "SELECT " SESSION_COLUMNS " FROM training_sessions s WHERE "
                                OVERLAP_CONDITION ORDER,
                                error);
  if (stmt == NULL)
    return NULL;
  bind_range (stmt, from, to);
  return collect (store, stmt, error);
}

gboolean
steward_store_training_count_range (StewardStoreTraining  *self,
                                    gint64                 from,
                                    gint64                 to,
                                    guint                 *out_n,
                                    GError               **error)
{
  g_autoptr(StewardStmt) stmt = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE_TRAINING (self), FALSE);
  g_return_val_if_fail (out_n != NULL, FALSE);

  stmt = steward_store_prepare (self->store,
                                "SELECT count (*) FROM training_sessions s WHERE "
                                OVERLAP_CONDITION " AND s.status <> 'cancelled'",
                                error);
  if (stmt == NULL)
    return FALSE;
  bind_range (stmt, from, to);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      steward_store_set_error (self->store, error);
      return FALSE;
    }
  *out_n = (guint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static GPtrArray *
store_list_for_trainer (StewardTrainingRepository  *repository,
                        const char                 *trainer,
                        gint64                      from,
                        gint64                      to,
                        GError                    **error)
{
  StewardStore *store = STEWARD_STORE_TRAINING (repository)->store;
  g_autofree char *key = steward_training_trainer_key (trainer);
  StewardStmt *stmt;

  stmt = steward_store_prepare (store,
                                "SELECT " SESSION_COLUMNS " FROM training_sessions s WHERE "
                                "s.trainer_key = ?4 AND " OVERLAP_CONDITION ORDER,
                                error);
  if (stmt == NULL)
    return NULL;
  bind_range (stmt, from, to);
  steward_stmt_bind_text (stmt, 4, key);
  return collect (store, stmt, error);
}

static GPtrArray *
store_list_for_client (StewardTrainingRepository  *repository,
                       gint64                      client_id,
                       gint64                      from,
                       gint64                      to,
                       GError                    **error)
{
  StewardStore *store = STEWARD_STORE_TRAINING (repository)->store;
  StewardStmt *stmt;

  stmt = steward_store_prepare (store,
                                "SELECT " SESSION_COLUMNS " FROM training_sessions s WHERE "
                                "s.client_id = ?4 AND " OVERLAP_CONDITION ORDER,
                                error);
  if (stmt == NULL)
    return NULL;
  bind_range (stmt, from, to);
  sqlite3_bind_int64 (stmt, 4, client_id);
  return collect (store, stmt, error);
}

/* The sessions the dashboard shows, found on training_sessions_by_start_status (schema 3);
 * steward_store_training_count_range () counts them on that index alone. */
GPtrArray *
steward_store_training_list_active (StewardStoreTraining  *self,
                                    gint64                 from,
                                    gint64                 to,
                                    guint                  limit,
                                    GError               **error)
{
  StewardStmt *stmt;

  g_return_val_if_fail (STEWARD_IS_STORE_TRAINING (self), NULL);

  stmt = steward_store_prepare (self->store,
                                "SELECT " SESSION_COLUMNS " FROM training_sessions s WHERE "
                                OVERLAP_CONDITION " AND s.status <> 'cancelled'" ORDER " LIMIT ?4",
                                error);
  if (stmt == NULL)
    return NULL;
  bind_range (stmt, from, to);
  sqlite3_bind_int64 (stmt, 4, limit);
  return collect (self->store, stmt, error);
}

static void
set_not_found (GError **error,
               gint64   id)
{
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
               _("There is no training session with number %lld"), (long long) id);
}

static StewardTrainingSession *
store_load (StewardTrainingRepository  *repository,
            gint64                      id,
            GError                    **error)
{
  StewardStore *store = STEWARD_STORE_TRAINING (repository)->store;
  g_autoptr(GPtrArray) found = NULL;
  StewardStmt *stmt;

  stmt = steward_store_prepare (store,
                                "SELECT " SESSION_COLUMNS " FROM training_sessions s WHERE s.id = ?",
                                error);
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

/* Binds ?1–?13: request, client, title, trainer, trainer key, format, content, start,
 * minutes, end, location, status, notes. */
static void
bind_session (StewardStmt            *stmt,
              StewardTrainingSession *session)
{
  g_autofree char *key = steward_training_trainer_key (steward_training_session_get_trainer (session));
  gint64 start = steward_training_session_get_start (session);
  gint64 duration = steward_training_session_get_duration (session);

  sqlite3_bind_int64 (stmt, 1, steward_training_session_get_request_id (session));
  sqlite3_bind_int64 (stmt, 2, steward_training_session_get_client_id (session));
  steward_stmt_bind_text (stmt, 3, steward_training_session_get_title (session));
  steward_stmt_bind_text (stmt, 4, steward_training_session_get_trainer (session));
  steward_stmt_bind_text (stmt, 5, key);
  steward_stmt_bind_text (stmt, 6, steward_enum_code (STEWARD_TYPE_TRAINING_FORMAT,
                                                      steward_training_session_get_format (session)));
  steward_stmt_bind_text (stmt, 7, steward_enum_code (STEWARD_TYPE_TRAINING_CONTENT,
                                                      steward_training_session_get_content (session)));
  steward_stmt_bind_time (stmt, 8, start);
  sqlite3_bind_int64 (stmt, 9, duration / 60);
  steward_stmt_bind_time (stmt, 10, start == STEWARD_TIME_NONE ? STEWARD_TIME_NONE : start + duration);
  steward_stmt_bind_text (stmt, 11, steward_training_session_get_location (session));
  steward_stmt_bind_text (stmt, 12, steward_enum_code (STEWARD_TYPE_TRAINING_STATUS,
                                                       steward_training_session_get_status (session)));
  steward_stmt_bind_text (stmt, 13, steward_training_session_get_notes (session));
}

/* Inserts (id 0) or updates the session row; returns its id, 0 on failure. */
static gint64
write_session (StewardStore            *store,
               StewardTrainingSession  *session,
               gint64                   now,
               GError                 **error)
{
  gint64 id = steward_training_session_get_id (session);
  g_autoptr(StewardStmt) stmt = NULL;

  if (id > 0)
    stmt = steward_store_prepare (store,
                                  "UPDATE training_sessions SET request_id = ?1, client_id = ?2, "
                                  "title = ?3, trainer = ?4, trainer_key = ?5, format = ?6, "
                                  "content = ?7, start_at = ?8, duration_minutes = ?9, end_at = ?10, "
                                  "location = ?11, status = ?12, notes = ?13, updated_at = ?14 "
                                  "WHERE id = ?15",
                                  error);
  else
    stmt = steward_store_prepare (store,
                                  "INSERT INTO training_sessions (request_id, client_id, title, "
                                  "trainer, trainer_key, format, content, start_at, duration_minutes, "
                                  "end_at, location, status, notes, created_at, updated_at) VALUES "
                                  "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
                                  error);
  if (stmt == NULL)
    return 0;

  bind_session (stmt, session);
  sqlite3_bind_int64 (stmt, 14, now);
  if (id > 0)
    sqlite3_bind_int64 (stmt, 15, id);
  if (!steward_store_step_done (store, stmt, error))
    return 0;

  if (id > 0 && sqlite3_changes (steward_store_get_db (store)) == 0)
    {
      set_not_found (error, id);
      return 0;
    }
  return id > 0 ? id : sqlite3_last_insert_rowid (steward_store_get_db (store));
}

/* Replaces the attendee rows; blank names are not kept. */
static gboolean
write_attendees (StewardStore            *store,
                 gint64                   id,
                 StewardTrainingSession  *session,
                 GError                 **error)
{
  const char * const *names = steward_training_session_get_attendees (session);
  g_autoptr(StewardStmt) del = NULL;

  del = steward_store_prepare (store, "DELETE FROM training_attendees WHERE session_id = ?", error);
  if (del == NULL)
    return FALSE;
  sqlite3_bind_int64 (del, 1, id);
  if (!steward_store_step_done (store, del, error))
    return FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (names[i]));
      g_autoptr(StewardStmt) ins = NULL;

      if (*name == '\0')
        continue;
      ins = steward_store_prepare (store,
                                   "INSERT INTO training_attendees (session_id, name) VALUES (?, ?)",
                                   error);
      if (ins == NULL)
        return FALSE;
      sqlite3_bind_int64 (ins, 1, id);
      steward_stmt_bind_text (ins, 2, name);
      if (!steward_store_step_done (store, ins, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
store_save (StewardTrainingRepository  *repository,
            StewardTrainingSession     *session,
            GError                    **error)
{
  StewardStore *store = STEWARD_STORE_TRAINING (repository)->store;
  gint64 duration = steward_training_session_get_duration (session);
  gint64 id;

  if (duration % 60 != 0)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("A training session lasts a whole number of minutes"));
      return FALSE;
    }

  if (!steward_store_begin (store, error))
    return FALSE;
  if ((id = write_session (store, session, steward_time_now (), error)) == 0 ||
      !write_attendees (store, id, session, error))
    {
      steward_store_rollback (store);
      return FALSE;
    }
  if (!steward_store_commit (store, error))
    return FALSE;

  steward_training_session_set_id (session, id);
  return TRUE;
}

static gboolean
store_begin_write (StewardTrainingRepository  *repository,
                   GError                    **error)
{
  return steward_store_begin (STEWARD_STORE_TRAINING (repository)->store, error);
}

static gboolean
store_commit_write (StewardTrainingRepository  *repository,
                    GError                    **error)
{
  return steward_store_commit (STEWARD_STORE_TRAINING (repository)->store, error);
}

static void
store_rollback_write (StewardTrainingRepository *repository)
{
  steward_store_rollback (STEWARD_STORE_TRAINING (repository)->store);
}

static void
repository_iface_init (StewardTrainingRepositoryInterface *iface)
{
  iface->list_range = store_list_range;
  iface->list_for_trainer = store_list_for_trainer;
  iface->list_for_client = store_list_for_client;
  iface->load = store_load;
  iface->save = store_save;
  iface->begin_write = store_begin_write;
  iface->commit_write = store_commit_write;
  iface->rollback_write = store_rollback_write;
}
