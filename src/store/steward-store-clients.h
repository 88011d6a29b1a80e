/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-client-repository.h"
#include "steward-store.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_STORE_CLIENTS (steward_store_clients_get_type ())
G_DECLARE_FINAL_TYPE (StewardStoreClients, steward_store_clients, STEWARD, STORE_CLIENTS, GObject)

/* The SQLite StewardClientRepository of @store. */
StewardStoreClients *steward_store_clients_new    (StewardStore         *store);

/* Ids (gint64) of the clients whose name, contact names, phones or emails contain @text (after
 * NFKC + case folding), ordered by name, at most @limit (0: no limit). Queries of 3 or more
 * characters match any substring; 1–2 characters match Chinese characters anywhere and Latin
 * words or digit groups by their start. Archived clients are included. */
GArray              *steward_store_clients_search (StewardStoreClients  *self,
                                                   const char           *text,
                                                   guint                 limit,
                                                   GError              **error);

/* The distinct non-empty owners (account managers) of the clients, in order, for the client
 * list's owner filter. */
GStrv                steward_store_clients_list_owners (StewardStoreClients  *self,
                                                        GError              **error);

G_END_DECLS
