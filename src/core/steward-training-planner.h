/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-training-repository.h"
#include "steward-training-session.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_TRAINING_PLANNER (steward_training_planner_get_type ())

G_DECLARE_FINAL_TYPE (StewardTrainingPlanner, steward_training_planner, STEWARD, TRAINING_PLANNER, GObject)

/* Books, edits, moves, completes and cancels training sessions through a repository, applying
 * the rules of steward-training.h. A refused call (validation, conflict, wrong status) writes
 * nothing and returns NULL with the error; a successful call returns the saved session as a new
 * object (transfer full). The objects passed in are never changed. Checking that the request is
 * a `training` request that is still open is the caller's (steward_training_check_request()). */
StewardTrainingPlanner    *steward_training_planner_new            (StewardTrainingRepository  *repository);
StewardTrainingRepository *steward_training_planner_get_repository (StewardTrainingPlanner     *self);

/* Saves @draft (id 0) as a new scheduled session. */
StewardTrainingSession    *steward_training_planner_schedule       (StewardTrainingPlanner     *self,
                                                                    StewardTrainingSession     *draft,
                                                                    GError                    **error);
/* Saves the edited fields of a stored, still scheduled session (same id). The status is kept:
 * it changes only through complete() and cancel(). */
StewardTrainingSession    *steward_training_planner_update         (StewardTrainingPlanner     *self,
                                                                    StewardTrainingSession     *edited,
                                                                    GError                    **error);
/* Moves session @id to @start for @duration seconds. */
StewardTrainingSession    *steward_training_planner_move           (StewardTrainingPlanner     *self,
                                                                    gint64                      id,
                                                                    gint64                      start,
                                                                    gint64                      duration,
                                                                    GError                    **error);
StewardTrainingSession    *steward_training_planner_complete       (StewardTrainingPlanner     *self,
                                                                    gint64                      id,
                                                                    GError                    **error);
StewardTrainingSession    *steward_training_planner_cancel         (StewardTrainingPlanner     *self,
                                                                    gint64                      id,
                                                                    GError                    **error);

G_END_DECLS
