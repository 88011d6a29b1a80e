/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-training-session.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_TRAINING_REPOSITORY (steward_training_repository_get_type ())

G_DECLARE_INTERFACE (StewardTrainingRepository, steward_training_repository, STEWARD, TRAINING_REPOSITORY, GObject)

/* Where training sessions are kept. The store implements it on SQLite; core's tests use an
 * in-memory fake. Every list holds new StewardTrainingSession objects (the caller may change
 * them freely: nothing is written until save()), in any status, ordered by start then id.
 * A session overlaps [@from, @to) when start < @to and end > @from; @from or @to may be
 * STEWARD_TIME_NONE for an open end. */
struct _StewardTrainingRepositoryInterface
{
  GTypeInterface parent_iface;

  GPtrArray              *(*list_range)       (StewardTrainingRepository  *self,
                                               gint64                      from,
                                               gint64                      to,
                                               GError                    **error);
  GPtrArray              *(*list_for_trainer) (StewardTrainingRepository  *self,
                                               const char                 *trainer,
                                               gint64                      from,
                                               gint64                      to,
                                               GError                    **error);
  GPtrArray              *(*list_for_client)  (StewardTrainingRepository  *self,
                                               gint64                      client_id,
                                               gint64                      from,
                                               gint64                      to,
                                               GError                    **error);
  StewardTrainingSession *(*load)             (StewardTrainingRepository  *self,
                                               gint64                      id,
                                               GError                    **error);
  gboolean                (*save)             (StewardTrainingRepository  *self,
                                               StewardTrainingSession     *session,
                                               GError                    **error);

  /* Optional (NULL: nothing to lock, as in a single-process fake). begin_write() takes the
   * repository's write lock (e.g. SQLite's BEGIN IMMEDIATE) and holds it until commit_write()
   * or rollback_write(); calls nest. Between them no other writer (another window or another
   * process) can book, so the planner's conflict check and its save see the same sessions. */
  gboolean                (*begin_write)      (StewardTrainingRepository  *self,
                                               GError                    **error);
  gboolean                (*commit_write)     (StewardTrainingRepository  *self,
                                               GError                    **error);
  void                    (*rollback_write)   (StewardTrainingRepository  *self);
};

/* Sessions overlapping [@from, @to): for conflict checks and the week/month calendar views. */
GPtrArray              *steward_training_repository_list_range       (StewardTrainingRepository  *self,
                                                                      gint64                      from,
                                                                      gint64                      to,
                                                                      GError                    **error);
/* Sessions of one trainer (matched as steward_training_sessions_clash() does: trimmed,
 * NFKC-normalised, case-folded) overlapping [@from, @to). */
GPtrArray              *steward_training_repository_list_for_trainer (StewardTrainingRepository  *self,
                                                                      const char                 *trainer,
                                                                      gint64                      from,
                                                                      gint64                      to,
                                                                      GError                    **error);
GPtrArray              *steward_training_repository_list_for_client  (StewardTrainingRepository  *self,
                                                                      gint64                      client_id,
                                                                      gint64                      from,
                                                                      gint64                      to,
                                                                      GError                    **error);
/* A new object, or NULL with STEWARD_ERROR_NOT_FOUND. */
StewardTrainingSession *steward_training_repository_load             (StewardTrainingRepository  *self,
                                                                      gint64                      id,
                                                                      GError                    **error);
/* Inserts a session whose id is 0 (and sets the new id on @session) or updates the stored
 * one, in one transaction: on failure (STEWARD_ERROR_STORAGE, or NOT_FOUND for an unknown id)
 * nothing is written and @session is unchanged. The repository does not check rules; the
 * planner does. */
gboolean                steward_training_repository_save             (StewardTrainingRepository  *self,
                                                                      StewardTrainingSession     *session,
                                                                      GError                    **error);

/* The write lock around a check-then-save (see begin_write above). Every successful begin is
 * matched by exactly one commit or rollback. A failed commit has rolled back. */
gboolean                steward_training_repository_begin_write      (StewardTrainingRepository  *self,
                                                                      GError                    **error);
gboolean                steward_training_repository_commit_write     (StewardTrainingRepository  *self,
                                                                      GError                    **error);
void                    steward_training_repository_rollback_write   (StewardTrainingRepository  *self);

G_END_DECLS
