/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-training-repository"

#include "config.h"

#include "steward-training-repository.h"

G_DEFINE_INTERFACE (StewardTrainingRepository, steward_training_repository, G_TYPE_OBJECT)

static void
steward_training_repository_default_init (StewardTrainingRepositoryInterface *iface)
{
}

GPtrArray *
steward_training_repository_list_range (StewardTrainingRepository  *self,
                                        gint64                      from,
                                        gint64                      to,
                                        GError                    **error)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return STEWARD_TRAINING_REPOSITORY_GET_IFACE (self)->list_range (self, from, to, error);
}

GPtrArray *
steward_training_repository_list_for_trainer (StewardTrainingRepository  *self,
                                              const char                 *trainer,
                                              gint64                      from,
                                              gint64                      to,
                                              GError                    **error)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_REPOSITORY (self), NULL);
  g_return_val_if_fail (trainer != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return STEWARD_TRAINING_REPOSITORY_GET_IFACE (self)->list_for_trainer (self, trainer, from, to, error);
}

GPtrArray *
steward_training_repository_list_for_client (StewardTrainingRepository  *self,
                                             gint64                      client_id,
                                             gint64                      from,
                                             gint64                      to,
                                             GError                    **error)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return STEWARD_TRAINING_REPOSITORY_GET_IFACE (self)->list_for_client (self, client_id, from, to, error);
}

StewardTrainingSession *
steward_training_repository_load (StewardTrainingRepository  *self,
                                  gint64                      id,
                                  GError                    **error)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return STEWARD_TRAINING_REPOSITORY_GET_IFACE (self)->load (self, id, error);
}

gboolean
steward_training_repository_save (StewardTrainingRepository  *self,
                                  StewardTrainingSession     *session,
                                  GError                    **error)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_REPOSITORY (self), FALSE);
  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (session), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return STEWARD_TRAINING_REPOSITORY_GET_IFACE (self)->save (self, session, error);
}

gboolean
steward_training_repository_begin_write (StewardTrainingRepository  *self,
                                         GError                    **error)
{
  StewardTrainingRepositoryInterface *iface;

  g_return_val_if_fail (STEWARD_IS_TRAINING_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  iface = STEWARD_TRAINING_REPOSITORY_GET_IFACE (self);
  return iface->begin_write == NULL || iface->begin_write (self, error);
}

gboolean
steward_training_repository_commit_write (StewardTrainingRepository  *self,
                                          GError                    **error)
{
  StewardTrainingRepositoryInterface *iface;

  g_return_val_if_fail (STEWARD_IS_TRAINING_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  iface = STEWARD_TRAINING_REPOSITORY_GET_IFACE (self);
  return iface->commit_write == NULL || iface->commit_write (self, error);
}

void
steward_training_repository_rollback_write (StewardTrainingRepository *self)
{
  StewardTrainingRepositoryInterface *iface;

  g_return_if_fail (STEWARD_IS_TRAINING_REPOSITORY (self));

  iface = STEWARD_TRAINING_REPOSITORY_GET_IFACE (self);
  if (iface->rollback_write != NULL)
    iface->rollback_write (self);
}
