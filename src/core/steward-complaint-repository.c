/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-complaint-repository"

#include "config.h"

#include "steward-complaint-repository.h"

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
