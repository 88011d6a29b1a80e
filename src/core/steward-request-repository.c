/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-request-repository"

#include "config.h"

#include "steward-request-repository.h"

G_DEFINE_INTERFACE (StewardRequestRepository, steward_request_repository, G_TYPE_OBJECT)

static void
steward_request_repository_default_init (StewardRequestRepositoryInterface *iface)
{
}

StewardRequestChange *
steward_request_change_new (StewardServiceRequest *request)
{
  StewardRequestChange *change;

  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), NULL);

  change = g_new0 (StewardRequestChange, 1);
  change->request = g_object_ref (request);
  change->payments = g_ptr_array_new_with_free_func (g_object_unref);
  change->audit = g_ptr_array_new_with_free_func (g_object_unref);
  change->notes = g_ptr_array_new_with_free_func (g_object_unref);
  change->feedback = g_ptr_array_new_with_free_func (g_object_unref);
  return change;
}

void
steward_request_change_free (StewardRequestChange *change)
{
  if (change == NULL)
    return;

  g_clear_object (&change->request);
  g_clear_pointer (&change->payments, g_ptr_array_unref);
  g_clear_pointer (&change->audit, g_ptr_array_unref);
  g_clear_pointer (&change->notes, g_ptr_array_unref);
  g_clear_pointer (&change->feedback, g_ptr_array_unref);
  g_free (change);
}

#define IFACE(self) STEWARD_REQUEST_REPOSITORY_GET_IFACE (self)

gboolean
steward_request_repository_apply_change (StewardRequestRepository  *self,
                                         StewardRequestChange      *change,
                                         GError                   **error)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_REPOSITORY (self), FALSE);
  g_return_val_if_fail (change != NULL && change->request != NULL, FALSE);

  return IFACE (self)->apply_change (self, change, error);
}

StewardServiceRequest *
steward_request_repository_load_request (StewardRequestRepository  *self,
                                         gint64                     id,
                                         GError                   **error)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_REPOSITORY (self), NULL);

  return IFACE (self)->load_request (self, id, error);
}

GPtrArray *
steward_request_repository_list_payments (StewardRequestRepository  *self,
                                          gint64                     request_id,
                                          GError                   **error)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_REPOSITORY (self), NULL);

  return IFACE (self)->list_payments (self, request_id, error);
}

GPtrArray *
steward_request_repository_list_audit (StewardRequestRepository  *self,
                                       gint64                     request_id,
                                       GError                   **error)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_REPOSITORY (self), NULL);

  return IFACE (self)->list_audit (self, request_id, error);
}

GPtrArray *
steward_request_repository_list_notes (StewardRequestRepository  *self,
                                       gint64                     request_id,
                                       GError                   **error)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_REPOSITORY (self), NULL);

  return IFACE (self)->list_notes (self, request_id, error);
}

GPtrArray *
steward_request_repository_list_feedback (StewardRequestRepository  *self,
                                          gint64                     request_id,
                                          GError                   **error)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_REPOSITORY (self), NULL);

  return IFACE (self)->list_feedback (self, request_id, error);
}

gboolean
steward_request_repository_find_active_package (StewardRequestRepository  *self,
                                                gint64                     client_id,
                                                gint64                     at,
                                                gint64                    *out_package_id,
                                                GError                   **error)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_REPOSITORY (self), FALSE);
  g_return_val_if_fail (out_package_id != NULL, FALSE);

  return IFACE (self)->find_active_package (self, client_id, at, out_package_id, error);
}

gboolean
steward_request_repository_count_incidents (StewardRequestRepository  *self,
                                            gint64                     package_id,
                                            gint64                     at,
                                            guint                     *out_count,
                                            GError                   **error)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_REPOSITORY (self), FALSE);
  g_return_val_if_fail (out_count != NULL, FALSE);

  return IFACE (self)->count_incidents (self, package_id, at, out_count, error);
}
