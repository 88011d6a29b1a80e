/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_CLIENTS_PAGE (steward_clients_page_get_type ())
G_DECLARE_FINAL_TYPE (StewardClientsPage, steward_clients_page, STEWARD, CLIENTS_PAGE, AdwBin)

GtkWidget *steward_clients_page_new (void);

G_END_DECLS
