/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-client.h"
#include "steward-client-list-model.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_CLIENTS_PAGE (steward_clients_page_get_type ())
G_DECLARE_FINAL_TYPE (StewardClientsPage, steward_clients_page, STEWARD, CLIENTS_PAGE, AdwBin)

/* The Clients page: the client list (a column view over the store's paged client list, sorted,
 * searched and filtered in SQL) and, in its place, one client's page.
 *
 * Actions (on the page; buttons and menus name them):
 *   page.search                 focuses the search entry (Ctrl+F through win.search)
 *   page.new                    the New Client dialog (Ctrl+N through win.new)
 *   page.import                 the Import from CSV dialog
 *   clients.open (x)            shows the client with this id
 *   clients.back                back to the list (Alt+Left)
 *   clients.set-archived (xb)   archives (with an Undo toast) or restores a client
 *   clients.archive / restore   the same for the selected client (Delete archives)
 *   clients.sort-by (sb)        sorts by a column ("name", "industry", "owner", "open-requests",
 *                               "balance", "last-activity"), descending or not; clicking a
 *                               column header does the same
 * The list reloads on the application's "data-changed", keeping the selected client. */
GtkWidget              *steward_clients_page_new          (void);

/* The list's model, or NULL while no database is open. */
StewardClientListModel *steward_clients_page_get_model    (StewardClientsPage *self);
/* The selected client (borrowed), or NULL. */
StewardClient          *steward_clients_page_get_selected (StewardClientsPage *self);
/* Shows the page of client @id (an error toast when it cannot be read). */
void                    steward_clients_page_show_client  (StewardClientsPage *self,
                                                           gint64              id);

G_END_DECLS
