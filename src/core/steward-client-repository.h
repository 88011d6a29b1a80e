/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-client.h"
#include "steward-contact.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_CLIENT_REPOSITORY (steward_client_repository_get_type ())
G_DECLARE_INTERFACE (StewardClientRepository, steward_client_repository, STEWARD, CLIENT_REPOSITORY, GObject)

/* Persistence of clients and their contacts. The store implements it with SQLite; core's tests
 * may implement it in memory. Every call is one transaction: on failure nothing changed.
 * The public wrappers below validate their input (STEWARD_ERROR_INVALID) before the vfunc runs,
 * so implementations only check what needs the stored data (conflicts, history). */
struct _StewardClientRepositoryInterface
{
  GTypeInterface parent_iface;

  gboolean        (*add)            (StewardClientRepository  *self,
                                     StewardClient            *client,
                                     GPtrArray                *contacts,
                                     GError                  **error);
  gboolean        (*update)         (StewardClientRepository  *self,
                                     StewardClient            *client,
                                     GPtrArray                *contacts,
                                     GError                  **error);
  StewardClient * (*load)           (StewardClientRepository  *self,
                                     gint64                    id,
                                     GError                  **error);
  StewardClient * (*find_by_name)   (StewardClientRepository  *self,
                                     const char               *name,
                                     GError                  **error);
  gboolean        (*set_archived)   (StewardClientRepository  *self,
                                     gint64                    id,
                                     gboolean                  archived,
                                     GError                  **error);
  gboolean        (*delete)         (StewardClientRepository  *self,
                                     gint64                    id,
                                     GError                  **error);
  GPtrArray *     (*list_contacts)  (StewardClientRepository  *self,
                                     gint64                    client_id,
                                     GError                  **error);
  gboolean        (*anonymise)      (StewardClientRepository  *self,
                                     gint64                    id,
                                     GError                  **error);
};

/* Stores a new client with its contacts (a GPtrArray of StewardContact, at least one, exactly one
 * primary). On success sets the ids of @client and of every contact, and the client's
 * created-at/updated-at. A name whose steward_client_name_key() equals an existing client's is
 * refused with STEWARD_ERROR_CONFLICT naming that client. */
gboolean        steward_client_repository_add           (StewardClientRepository  *self,
                                                         StewardClient            *client,
                                                         GPtrArray                *contacts,
                                                         GError                  **error);
/* Saves @client's fields (by id) and, when @contacts is not NULL, replaces its contacts: those
 * with an id are updated, those without are added (their id set), missing ones are removed.
 * STEWARD_ERROR_NOT_FOUND for an unknown id, STEWARD_ERROR_CONFLICT for a taken name. */
gboolean        steward_client_repository_update        (StewardClientRepository  *self,
                                                         StewardClient            *client,
                                                         GPtrArray                *contacts,
                                                         GError                  **error);
/* A new object, or NULL with STEWARD_ERROR_NOT_FOUND. */
StewardClient  *steward_client_repository_load          (StewardClientRepository  *self,
                                                         gint64                    id,
                                                         GError                  **error);
/* The client whose name has the same key as @name, or NULL without an error when there is none
 * (an error is set only when the lookup itself fails). */
StewardClient  *steward_client_repository_find_by_name  (StewardClientRepository  *self,
                                                         const char               *name,
                                                         GError                  **error);
/* Archiving hides a client from default views and keeps all its history. */
gboolean        steward_client_repository_set_archived  (StewardClientRepository  *self,
                                                         gint64                    id,
                                                         gboolean                  archived,
                                                         GError                  **error);
/* Deletes a client and its contacts. Refused with STEWARD_ERROR_RULE when the client has any
 * service history (requests, packages, complaints): such a client can only be archived. */
gboolean        steward_client_repository_delete        (StewardClientRepository  *self,
                                                         gint64                    id,
                                                         GError                  **error);
/* The client's contacts (StewardContact), primary first. */
GPtrArray      *steward_client_repository_list_contacts (StewardClientRepository  *self,
                                                         gint64                    client_id,
                                                         GError                  **error);
/* PIPL anonymisation: contact names, phones and emails are replaced; the client, its requests and
 * all financial history are kept. */
gboolean        steward_client_repository_anonymise     (StewardClientRepository  *self,
                                                         gint64                    id,
                                                         GError                  **error);

G_END_DECLS
