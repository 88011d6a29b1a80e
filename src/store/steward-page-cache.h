/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The page cache behind the store's paged list models: rows are read from SQLite a page at a
 * time and a few pages are kept, so a list of a million rows holds only what is on screen. */

/* Reads page @page (a GPtrArray of GObjects, owning them), or NULL with @error. */
typedef GPtrArray *(*StewardPageFetchFunc) (gpointer   owner,
                                            guint      page,
                                            GError   **error);

typedef struct {
  GHashTable *pages;      /* page number → GPtrArray */
  guint       page_size;
  guint       max_pages;  /* more than this and the cache starts afresh */
} StewardPageCache;

void     steward_page_cache_init   (StewardPageCache     *cache,
                                    guint                 page_size,
                                    guint                 max_pages);
void     steward_page_cache_clear  (StewardPageCache     *cache);
/* Forgets every page, and reads pages of @page_size rows from now on. */
void     steward_page_cache_set_page_size (StewardPageCache *cache,
                                           guint             page_size);
void     steward_page_cache_finish (StewardPageCache     *cache);

/* A new reference to the row at @position, reading its page through @fetch when it is not
 * cached; NULL (with a warning naming @what) when the read fails, or when another process removed
 * rows since the count and the page is short. @position must be below the model's count. */
gpointer steward_page_cache_get    (StewardPageCache     *cache,
                                    guint                 position,
                                    StewardPageFetchFunc  fetch,
                                    gpointer              owner,
                                    const char           *what);

/* Sets *@n_items to @new_n and tells the views, in two signals: emptied, then filled. On one
 * signal that both removes and adds rows, GTK 4.8's list views ask for every added item to look
 * for widgets to reuse, which reads the whole list page by page; emptied first, a view asks
 * only for the rows it shows. */
void     steward_page_cache_announce_reload (GListModel *model,
                                             guint      *n_items,
                                             guint       new_n);

G_END_DECLS
