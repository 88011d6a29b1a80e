/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "steward-store.h"

G_BEGIN_DECLS

typedef enum {
  STEWARD_CLIENT_SORT_NAME,
  STEWARD_CLIENT_SORT_INDUSTRY,
  STEWARD_CLIENT_SORT_OWNER,
  STEWARD_CLIENT_SORT_LAST_ACTIVITY,
  STEWARD_CLIENT_SORT_OUTSTANDING,
  STEWARD_CLIENT_SORT_OPEN_REQUESTS,
} StewardClientSort;

typedef enum {
  STEWARD_CLIENT_FILTER_ACTIVE,    /* the default view: archived clients hidden */
  STEWARD_CLIENT_FILTER_ARCHIVED,
  STEWARD_CLIENT_FILTER_ALL,
} StewardClientFilter;

#define STEWARD_CLIENT_LIST_PAGE_SIZE 200

typedef struct _StewardClientIndex StewardClientIndex;

#define STEWARD_TYPE_CLIENT_LIST_MODEL (steward_client_list_model_get_type ())
G_DECLARE_FINAL_TYPE (StewardClientListModel, steward_client_list_model, STEWARD, CLIENT_LIST_MODEL, GObject)

/* A GListModel of StewardClient over the store's clients. Sorting, filtering and search run in
 * SQL; rows are fetched a page (200) at a time and cached; the item count comes from a COUNT.
 * Every setter reloads, which emits items-changed (0, old count, 0) and then (0, 0, new count)
 * (either is left out when its count is 0): a view then reads only the rows it shows. A change made
 * elsewhere (another window, another process: see steward_store_get_data_version()) shows after
 * steward_client_list_model_reload(). */
StewardClientListModel *steward_client_list_model_new        (StewardStore           *store);

/* Text matched as steward_store_clients_search() does; NULL or "" shows every client. */
void                    steward_client_list_model_set_search (StewardClientListModel *self,
                                                              const char             *text);
/* The search now applied; NULL for none. */
const char             *steward_client_list_model_get_search (StewardClientListModel *self);
/* Only the clients of this account manager; NULL shows every owner. */
void                    steward_client_list_model_set_owner  (StewardClientListModel *self,
                                                              const char             *owner);
void                    steward_client_list_model_set_filter (StewardClientListModel *self,
                                                              StewardClientFilter     filter);
/* Ties are broken by name and then by id, so the order is total and pages are stable. */
void                    steward_client_list_model_set_sort   (StewardClientListModel *self,
                                                              StewardClientSort       sort,
                                                              gboolean                descending);
/* From now on, answers from an in-memory StewardClientIndex read in a worker thread (on a
 * reader connection) instead of an SQL count and page, once it is read: until then, and after
 * each reload until the new index is read, SQL answers. "indexed" is notified when the index
 * comes or goes; the list it shows does not change then (the next setter uses the index). */
void                    steward_client_list_model_load_index (StewardClientListModel *self);
/* The index answering the list now (lent), or NULL. */
StewardClientIndex     *steward_client_list_model_get_index  (StewardClientListModel *self);
/* The data changed: drops the cached pages (and the index, which is read again), recounts,
 * and emits items-changed as above. On failure the model is empty and the error says why. */
gboolean                steward_client_list_model_reload     (StewardClientListModel *self,
                                                              GError                **error);

G_END_DECLS
