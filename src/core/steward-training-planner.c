/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-training-planner"

#include "config.h"

#include "steward-training-planner.h"

#include "steward-error.h"
#include "steward-training.h"

struct _StewardTrainingPlanner
{
  GObject                    parent_instance;

  /* owned */
  StewardTrainingRepository *repository;
};

G_DEFINE_FINAL_TYPE (StewardTrainingPlanner, steward_training_planner, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REPOSITORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
steward_training_planner_dispose (GObject *object)
{
  StewardTrainingPlanner *self = (StewardTrainingPlanner *)object;

  g_clear_object (&self->repository);

  G_OBJECT_CLASS (steward_training_planner_parent_class)->dispose (object);
}

static void
steward_training_planner_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  StewardTrainingPlanner *self = STEWARD_TRAINING_PLANNER (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_training_planner_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  StewardTrainingPlanner *self = STEWARD_TRAINING_PLANNER (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      self->repository = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_training_planner_class_init (StewardTrainingPlannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_training_planner_dispose;
  object_class->get_property = steward_training_planner_get_property;
  object_class->set_property = steward_training_planner_set_property;

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL, STEWARD_TYPE_TRAINING_REPOSITORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_training_planner_init (StewardTrainingPlanner *self)
{
}

StewardTrainingPlanner *
steward_training_planner_new (StewardTrainingRepository *repository)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_REPOSITORY (repository), NULL);

  return g_object_new (STEWARD_TYPE_TRAINING_PLANNER, "repository", repository, NULL);
}

StewardTrainingRepository *
steward_training_planner_get_repository (StewardTrainingPlanner *self)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_PLANNER (self), NULL);

  return self->repository;
}

/* What one planner step works on; each step reads only the fields it needs. */
typedef struct {
  StewardTrainingSession *session;
  gint64                  id;
  gint64                  start;
  gint64                  duration;
} StepArgs;

typedef StewardTrainingSession *(*StepFunc) (StewardTrainingPlanner  *self,
                                             const StepArgs          *args,
                                             GError                 **error);

/* Runs @step under the repository's write lock: booking is check-then-save, and without the
 * lock a second program could book the same trainer between this check and this save. */
static StewardTrainingSession *
run_locked (StewardTrainingPlanner  *self,
            StepFunc                 step,
            const StepArgs          *args,
            GError                 **error)
{
  g_autoptr(StewardTrainingSession) result = NULL;

  if (!steward_training_repository_begin_write (self->repository, error))
    return NULL;

  result = step (self, args, error);
  if (result == NULL)
    {
      steward_training_repository_rollback_write (self->repository);
      return NULL;
    }
  if (!steward_training_repository_commit_write (self->repository, error))
    return NULL;

  return g_steal_pointer (&result);
}

/* Validates @candidate, checks it against the stored sessions it overlaps, and saves it.
 * @candidate is the planner's own copy, so a failed save leaves the caller's objects alone. */
static StewardTrainingSession *
check_and_save (StewardTrainingPlanner  *self,
                StewardTrainingSession  *candidate,
                GError                 **error)
{
  g_autoptr(GPtrArray) overlapping = NULL;
  g_autoptr(StewardTrainingSession) conflict = NULL;

  if (!steward_training_validate (candidate, error))
    return NULL;

  if (steward_training_session_get_status (candidate) != STEWARD_TRAINING_STATUS_CANCELLED)
    {
      overlapping = steward_training_repository_list_range (self->repository,
                                                            steward_training_session_get_start (candidate),
                                                            steward_training_session_get_end (candidate),
                                                            error);
      if (overlapping == NULL)
        return NULL;
      conflict = steward_training_find_conflict (candidate, overlapping, error);
      if (conflict != NULL)
        return NULL;
    }

  if (!steward_training_repository_save (self->repository, candidate, error))
    return NULL;

  return g_object_ref (candidate);
}

static StewardTrainingSession *
schedule_step (StewardTrainingPlanner  *self,
               const StepArgs          *args,
               GError                 **error)
{
  g_autoptr(StewardTrainingSession) candidate = steward_training_session_copy (args->session);

  steward_training_session_set_status (candidate, STEWARD_TRAINING_STATUS_SCHEDULED);
  return check_and_save (self, candidate, error);
}

StewardTrainingSession *
steward_training_planner_schedule (StewardTrainingPlanner  *self,
                                   StewardTrainingSession  *draft,
                                   GError                 **error)
{
  StepArgs args = { .session = draft };

  g_return_val_if_fail (STEWARD_IS_TRAINING_PLANNER (self), NULL);
  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (draft), NULL);
  g_return_val_if_fail (steward_training_session_get_id (draft) == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return run_locked (self, schedule_step, &args, error);
}

static StewardTrainingSession *
update_step (StewardTrainingPlanner  *self,
             const StepArgs          *args,
             GError                 **error)
{
  g_autoptr(StewardTrainingSession) stored = NULL;
  g_autoptr(StewardTrainingSession) candidate = NULL;

  stored = steward_training_repository_load (self->repository,
                                             steward_training_session_get_id (args->session), error);
  if (stored == NULL)
    return NULL;

  /* The status check runs on the stored session: an edit cannot revive a cancelled one. */
  if (!steward_training_check_editable (stored, error))
    return NULL;

  candidate = steward_training_session_copy (args->session);
  steward_training_session_set_status (candidate, steward_training_session_get_status (stored));

  return check_and_save (self, candidate, error);
}

StewardTrainingSession *
steward_training_planner_update (StewardTrainingPlanner  *self,
                                 StewardTrainingSession  *edited,
                                 GError                 **error)
{
  StepArgs args = { .session = edited };

  g_return_val_if_fail (STEWARD_IS_TRAINING_PLANNER (self), NULL);
  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (edited), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return run_locked (self, update_step, &args, error);
}

static StewardTrainingSession *
move_step (StewardTrainingPlanner  *self,
           const StepArgs          *args,
           GError                 **error)
{
  g_autoptr(StewardTrainingSession) stored = NULL;
  g_autoptr(GPtrArray) overlapping = NULL;

  stored = steward_training_repository_load (self->repository, args->id, error);
  if (stored == NULL)
    return NULL;

  overlapping = steward_training_repository_list_range (self->repository, args->start,
                                                        args->start + MAX (args->duration, 0), error);
  if (overlapping == NULL)
    return NULL;

  if (!steward_training_reschedule (stored, args->start, args->duration, overlapping, error))
    return NULL;

  if (!steward_training_repository_save (self->repository, stored, error))
    return NULL;

  return g_steal_pointer (&stored);
}

StewardTrainingSession *
steward_training_planner_move (StewardTrainingPlanner  *self,
                               gint64                   id,
                               gint64                   start,
                               gint64                   duration,
                               GError                 **error)
{
  StepArgs args = { .id = id, .start = start, .duration = duration };

  g_return_val_if_fail (STEWARD_IS_TRAINING_PLANNER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return run_locked (self, move_step, &args, error);
}

static StewardTrainingSession *
complete_step (StewardTrainingPlanner  *self,
               const StepArgs          *args,
               GError                 **error)
{
  g_autoptr(StewardTrainingSession) stored = NULL;

  stored = steward_training_repository_load (self->repository, args->id, error);
  if (stored == NULL ||
      !steward_training_mark_done (stored, error) ||
      !steward_training_repository_save (self->repository, stored, error))
    return NULL;

  return g_steal_pointer (&stored);
}

StewardTrainingSession *
steward_training_planner_complete (StewardTrainingPlanner  *self,
                                   gint64                   id,
                                   GError                 **error)
{
  StepArgs args = { .id = id };

  g_return_val_if_fail (STEWARD_IS_TRAINING_PLANNER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return run_locked (self, complete_step, &args, error);
}

static StewardTrainingSession *
cancel_step (StewardTrainingPlanner  *self,
             const StepArgs          *args,
             GError                 **error)
{
  g_autoptr(StewardTrainingSession) stored = NULL;

  stored = steward_training_repository_load (self->repository, args->id, error);
  if (stored == NULL ||
      !steward_training_cancel (stored, error) ||
      !steward_training_repository_save (self->repository, stored, error))
    return NULL;

  return g_steal_pointer (&stored);
}

StewardTrainingSession *
steward_training_planner_cancel (StewardTrainingPlanner  *self,
                                 gint64                   id,
                                 GError                 **error)
{
  StepArgs args = { .id = id };

  g_return_val_if_fail (STEWARD_IS_TRAINING_PLANNER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return run_locked (self, cancel_step, &args, error);
}
