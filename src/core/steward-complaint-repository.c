/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-complaint-repository"

#include "config.h"

#include "steward-complaint-repository.h"

#include "steward-complaint-rules.h"

G_DEFINE_INTERFACE (StewardComplaintRepository, steward_complaint_repository, G_TYPE_OBJECT)

static void
steward_complaint_repository_default_init (StewardComplaintRepositoryInterface *iface)
{
}

StewardComplaint *
steward_complaint_repository_load (StewardComplaintRepository  *self,
                                   gint64                       id,
                                   GError                     **error)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return STEWARD_COMPLAINT_REPOSITORY_GET_IFACE (self)->load (self, id, error);
}

gboolean
steward_complaint_repository_save (StewardComplaintRepository  *self,
                                   StewardComplaint            *complaint,
                                   GError                     **error)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (STEWARD_IS_COMPLAINT (complaint), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return STEWARD_COMPLAINT_REPOSITORY_GET_IFACE (self)->save (self, complaint, error);
}

GPtrArray *
steward_complaint_repository_list_received (StewardComplaintRepository  *self,
                                            gint64                       from,
                                            gint64                       to,
                                            GError                     **error)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return STEWARD_COMPLAINT_REPOSITORY_GET_IFACE (self)->list_received (self, from, to, error);
}

GPtrArray *
steward_complaint_repository_list_open (StewardComplaintRepository  *self,
                                        GError                     **error)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return STEWARD_COMPLAINT_REPOSITORY_GET_IFACE (self)->list_open (self, error);
}

GPtrArray *
steward_complaint_repository_list_for_client (StewardComplaintRepository  *self,
                                              gint64                       client_id,
                                              GError                     **error)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return STEWARD_COMPLAINT_REPOSITORY_GET_IFACE (self)->list_for_client (self, client_id, error);
}

GPtrArray *
steward_complaint_repository_list_overdue (StewardComplaintRepository  *self,
                                           gint64                       now,
                                           GError                     **error)
{
  StewardComplaintRepositoryInterface *iface;
  g_autoptr(GPtrArray) open = NULL;
  GPtrArray *overdue;

  g_return_val_if_fail (STEWARD_IS_COMPLAINT_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  iface = STEWARD_COMPLAINT_REPOSITORY_GET_IFACE (self);
  if (iface->list_overdue != NULL)
    return iface->list_overdue (self, now, error);

  open = iface->list_open (self, error);
  if (open == NULL)
    return NULL;
  overdue = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < open->len; i++)
    if (steward_complaint_is_overdue (g_ptr_array_index (open, i), now))
      g_ptr_array_add (overdue, g_object_ref (g_ptr_array_index (open, i)));
  return overdue;
}

gboolean
steward_complaint_repository_begin_write (StewardComplaintRepository  *self,
                                          GError                     **error)
{
  StewardComplaintRepositoryInterface *iface;

  g_return_val_if_fail (STEWARD_IS_COMPLAINT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  iface = STEWARD_COMPLAINT_REPOSITORY_GET_IFACE (self);
  return iface->begin_write == NULL || iface->begin_write (self, error);
}

gboolean
steward_complaint_repository_commit_write (StewardComplaintRepository  *self,
                                           GError                     **error)
{
  StewardComplaintRepositoryInterface *iface;

  g_return_val_if_fail (STEWARD_IS_COMPLAINT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  iface = STEWARD_COMPLAINT_REPOSITORY_GET_IFACE (self);
  return iface->commit_write == NULL || iface->commit_write (self, error);
}

void
steward_complaint_repository_rollback_write (StewardComplaintRepository *self)
{
  StewardComplaintRepositoryInterface *iface;

  g_return_if_fail (STEWARD_IS_COMPLAINT_REPOSITORY (self));

  iface = STEWARD_COMPLAINT_REPOSITORY_GET_IFACE (self);
  if (iface->rollback_write != NULL)
    iface->rollback_write (self);
}
