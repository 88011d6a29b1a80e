/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "steward-client-list-model.h"
#include "steward-store.h"

G_BEGIN_DECLS

/* Every client's search text, filters and sort keys in memory, so that a search typed into the
 * client list is one pass over a few MB instead of an SQL count and page (see
 * StewardClientListModel). It answers exactly what the SQL search answers: the texts are those
 * of the client_search table, matched by the same rules (substring of the folded text for 3+
 * characters; a phrase of SQLite's own unicode61 tokens, the last one a prefix, for 1–2).
 *
 * An index is a snapshot of the database when it was loaded; load a new one when the data
 * changes. Search it from one thread at a time (it remembers the last search to narrow the next
 * one as the user types on). */
GType               steward_client_index_get_type        (void) G_GNUC_CONST;
#define STEWARD_TYPE_CLIENT_INDEX (steward_client_index_get_type ())

StewardClientIndex *steward_client_index_ref             (StewardClientIndex   *self);
void                steward_client_index_unref           (StewardClientIndex   *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardClientIndex, steward_client_index_unref)

/* Reads the index from @store (the calling thread does the work; it keeps a reference on
 * @store). NULL with @error (G_IO_ERROR_CANCELLED when cancelled). */
StewardClientIndex *steward_client_index_load            (StewardStore         *store,
                                                          GCancellable         *cancellable,
                                                          GError              **error);
/* The same in a worker thread, on a reader connection of its own (steward_store_open_reader). */
void                steward_client_index_load_async      (StewardStore         *store,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
StewardClientIndex *steward_client_index_load_finish     (GAsyncResult         *result,
                                                          GError              **error);

guint               steward_client_index_get_n_clients   (StewardClientIndex   *self);
/* The bytes the index holds (its arrays and texts). */
gsize               steward_client_index_get_memory_size (StewardClientIndex   *self);

/* The ids (gint64) of the clients StewardClientListModel lists for these settings, in its
 * order: @text as steward_client_list_model_set_search (), @owner NULL for every owner. */
GArray             *steward_client_index_search          (StewardClientIndex   *self,
                                                          const char           *text,
                                                          const char           *owner,
                                                          StewardClientFilter   filter,
                                                          StewardClientSort     sort,
                                                          gboolean              descending);

G_END_DECLS
