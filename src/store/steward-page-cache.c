/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store"

#include "config.h"

#include "steward-page-cache.h"

void
steward_page_cache_init (StewardPageCache *cache,
                         guint             page_size,
                         guint             max_pages)
{
  g_return_if_fail (page_size > 0 && max_pages > 0);

  cache->pages = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                        (GDestroyNotify) g_ptr_array_unref);
  cache->page_size = page_size;
  cache->max_pages = max_pages;
}

void
steward_page_cache_clear (StewardPageCache *cache)
{
  g_hash_table_remove_all (cache->pages);
}

void
steward_page_cache_set_page_size (StewardPageCache *cache,
                                  guint             page_size)
{
  g_return_if_fail (page_size > 0);

  g_hash_table_remove_all (cache->pages);
  cache->page_size = page_size;
}

void
steward_page_cache_finish (StewardPageCache *cache)
{
  g_clear_pointer (&cache->pages, g_hash_table_unref);
}

gpointer
steward_page_cache_get (StewardPageCache     *cache,
                        guint                 position,
                        StewardPageFetchFunc  fetch,
                        gpointer              owner,
                        const char           *what)
{
  guint page = position / cache->page_size;
  guint offset = position % cache->page_size;
  GPtrArray *rows;

  rows = g_hash_table_lookup (cache->pages, GUINT_TO_POINTER (page));
  if (rows == NULL)
    {
      g_autoptr(GError) error = NULL;

      rows = fetch (owner, page, &error);
      if (rows == NULL)
        {
          g_warning ("Could not read %s: %s", what, error->message);
          return NULL;
        }
      if (g_hash_table_size (cache->pages) >= cache->max_pages)
        g_hash_table_remove_all (cache->pages);
      g_hash_table_insert (cache->pages, GUINT_TO_POINTER (page), rows);
    }

  /* Another process may have removed rows since the count: the page is then short. */
  if (offset >= rows->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (rows, offset));
}

void
steward_page_cache_announce_reload (GListModel *model,
                                    guint      *n_items,
                                    guint       new_n)
{
  guint old_n = *n_items;

  *n_items = 0;
  if (old_n > 0)
    g_list_model_items_changed (model, 0, old_n, 0);
  *n_items = new_n;
  if (new_n > 0)
    g_list_model_items_changed (model, 0, 0, new_n);
}
