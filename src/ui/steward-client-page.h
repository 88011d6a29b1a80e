/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_CLIENT_PAGE (steward_client_page_get_type ())
G_DECLARE_FINAL_TYPE (StewardClientPage, steward_client_page, STEWARD, CLIENT_PAGE, AdwBin)

/* One client: its details and contacts, edited in place (each field is saved when applied, and
 * a refused value is marked on its row with the reason in a toast), the platforms it uses, a
 * summary of its money and activity, and its history. It lives inside the Clients page and
 * uses its actions (clients.back, clients.set-archived).
 *
 * Actions: client.add-contact, client.remove-contact (u), client.make-primary (u): the index
 * of the contact in the page's list. */
GtkWidget *steward_client_page_new          (void);

/* Shows client @id from the application's store; FALSE with @error when it cannot be read. */
gboolean   steward_client_page_load          (StewardClientPage  *self,
                                              gint64              id,
                                              GError            **error);
/* Reads the shown client again (after another writer changed it); edits not yet applied are
 * replaced. */
void       steward_client_page_reload        (StewardClientPage  *self);
/* The shown client's id, 0 when none. */
gint64     steward_client_page_get_client_id (StewardClientPage  *self);

G_END_DECLS
