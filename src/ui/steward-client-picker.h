/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "steward-client.h"
#include "steward-client-list-model.h"
#include "steward-store.h"

G_BEGIN_DECLS

GtkSingleSelection     *steward_client_picker_attach       (GtkListView        *list,
                                                            StewardStore       *store);
void                    steward_client_picker_detach       (GtkListView        *list);
StewardClientListModel *steward_client_picker_get_clients  (GtkSingleSelection *selection);
StewardClient          *steward_client_picker_get_selected (GtkSingleSelection *selection);
void                    steward_client_picker_search       (GtkSingleSelection *selection,
                                                            GtkSearchEntry     *entry);
void                    steward_client_picker_select_id    (GtkSingleSelection *selection,
                                                            gint64              client_id);

G_END_DECLS
