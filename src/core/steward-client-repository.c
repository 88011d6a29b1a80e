/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-client-repository"

#include "config.h"

#include "steward-client-repository.h"

#include <glib/gi18n-lib.h>

#include "steward-error.h"

G_DEFINE_INTERFACE (StewardClientRepository, steward_client_repository, G_TYPE_OBJECT)

static void
steward_client_repository_default_init (StewardClientRepositoryInterface *iface)
{
}

gboolean
steward_client_repository_add (StewardClientRepository  *self,
                               StewardClient            *client,
                               GPtrArray                *contacts,
                               GError                  **error)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (STEWARD_IS_CLIENT (client), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!steward_client_validate (client, contacts, error))
    return FALSE;

  return STEWARD_CLIENT_REPOSITORY_GET_IFACE (self)->add (self, client, contacts, error);
}

gboolean
steward_client_repository_update (StewardClientRepository  *self,
                                  StewardClient            *client,
                                  GPtrArray                *contacts,
                                  GError                  **error)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (STEWARD_IS_CLIENT (client), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (contacts != NULL)
    {
      if (!steward_client_validate (client, contacts, error))
        return FALSE;
    }
  else if (!steward_client_validate_name (steward_client_get_name (client), error))
    return FALSE;

  if (steward_client_get_id (client) <= 0)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
                           _("This client has not been saved yet"));
      return FALSE;
    }

  return STEWARD_CLIENT_REPOSITORY_GET_IFACE (self)->update (self, client, contacts, error);
}

StewardClient *
steward_client_repository_load (StewardClientRepository  *self,
                                gint64                    id,
                                GError                  **error)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return STEWARD_CLIENT_REPOSITORY_GET_IFACE (self)->load (self, id, error);
}

StewardClient *
steward_client_repository_find_by_name (StewardClientRepository  *self,
                                        const char               *name,
                                        GError                  **error)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT_REPOSITORY (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate (name, -1, NULL))
    return NULL;

  return STEWARD_CLIENT_REPOSITORY_GET_IFACE (self)->find_by_name (self, name, error);
}

gboolean
steward_client_repository_set_archived (StewardClientRepository  *self,
                                        gint64                    id,
                                        gboolean                  archived,
                                        GError                  **error)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return STEWARD_CLIENT_REPOSITORY_GET_IFACE (self)->set_archived (self, id, !!archived, error);
}

gboolean
steward_client_repository_delete (StewardClientRepository  *self,
                                  gint64                    id,
                                  GError                  **error)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return STEWARD_CLIENT_REPOSITORY_GET_IFACE (self)->delete (self, id, error);
}

GPtrArray *
steward_client_repository_list_contacts (StewardClientRepository  *self,
                                         gint64                    client_id,
                                         GError                  **error)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT_REPOSITORY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return STEWARD_CLIENT_REPOSITORY_GET_IFACE (self)->list_contacts (self, client_id, error);
}

gboolean
steward_client_repository_anonymise (StewardClientRepository  *self,
                                     gint64                    id,
                                     GError                  **error)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT_REPOSITORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return STEWARD_CLIENT_REPOSITORY_GET_IFACE (self)->anonymise (self, id, error);
}
