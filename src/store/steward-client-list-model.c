/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-client-list-model"

#include "config.h"

#include "steward-client-list-model.h"

#include "steward-client.h"
#include "steward-store-private.h"
#include "steward-page-cache.h"

/* At most this many pages stay cached (2,000 rows); scrolling far away starts afresh. */
#define MAX_CACHED_PAGES 10

struct _StewardClientListModel
{
  GObject              parent_instance;

  StewardStore        *store;

  char                *search;
  char                *owner;
  StewardClientFilter  filter;
  StewardClientSort    sort;
  gboolean             descending;

  /* Built from the settings above by build_queries (): fixed fragments only, the values are
   * bound. */
  char                *count_sql;
  char                *page_sql;
  char                *match;

  guint                n_items;
  StewardPageCache    pages;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StewardClientListModel, steward_client_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
steward_client_list_model_dispose (GObject *object)
{
  StewardClientListModel *self = STEWARD_CLIENT_LIST_MODEL (object);

  g_clear_object (&self->store);
  steward_page_cache_finish (&self->pages);

  G_OBJECT_CLASS (steward_client_list_model_parent_class)->dispose (object);
}

static void
steward_client_list_model_finalize (GObject *object)
{
  StewardClientListModel *self = STEWARD_CLIENT_LIST_MODEL (object);

  g_free (self->search);
  g_free (self->owner);
  g_free (self->count_sql);
  g_free (self->page_sql);
  g_free (self->match);

  G_OBJECT_CLASS (steward_client_list_model_parent_class)->finalize (object);
}

static void
steward_client_list_model_class_init (StewardClientListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_client_list_model_dispose;
  object_class->finalize = steward_client_list_model_finalize;
}

static void
steward_client_list_model_init (StewardClientListModel *self)
{
  steward_page_cache_init (&self->pages, STEWARD_CLIENT_LIST_PAGE_SIZE, MAX_CACHED_PAGES);
}

static const char *
order_clause (StewardClientSort sort,
              gboolean          descending)
{
  switch (sort)
    {
    case STEWARD_CLIENT_SORT_INDUSTRY:
      return descending ? "clients.industry DESC, clients.name_key, clients.id"
                        : "clients.industry, clients.name_key, clients.id";
    case STEWARD_CLIENT_SORT_OWNER:
      return descending ? "clients.owner DESC, clients.name_key, clients.id"
                        : "clients.owner, clients.name_key, clients.id";
    case STEWARD_CLIENT_SORT_LAST_ACTIVITY:
      return descending ? "clients.last_activity_at DESC, clients.name_key, clients.id"
                        : "clients.last_activity_at, clients.name_key, clients.id";
    case STEWARD_CLIENT_SORT_OUTSTANDING:
      return descending ? "clients.outstanding_fen DESC, clients.name_key, clients.id"
                        : "clients.outstanding_fen, clients.name_key, clients.id";
    case STEWARD_CLIENT_SORT_OPEN_REQUESTS:
      return descending ? "clients.open_requests DESC, clients.name_key, clients.id"
                        : "clients.open_requests, clients.name_key, clients.id";
    case STEWARD_CLIENT_SORT_NAME:
    default:
      return descending ? "clients.name_key DESC, clients.id DESC"
                        : "clients.name_key, clients.id";
    }
}

static void
build_queries (StewardClientListModel *self)
{
  g_autoptr(GString) where = g_string_new (NULL);
  const char *search_condition = NULL;

  g_clear_pointer (&self->match, g_free);
  if (self->search != NULL && *self->search != '\0')
    {
      search_condition = steward_store_search_condition (self->search, &self->match);
      /* Text that can match nothing (only punctuation) gives an empty list. */
      if (search_condition == NULL)
        search_condition = "0";
    }

  g_string_append (where, self->filter == STEWARD_CLIENT_FILTER_ACTIVE ? "clients.archived = 0"
                        : self->filter == STEWARD_CLIENT_FILTER_ARCHIVED ? "clients.archived = 1"
                        : "1");
  if (self->owner != NULL)
    g_string_append (where, " AND clients.owner = :owner");
  if (search_condition != NULL)
    g_string_append_printf (where, " AND %s", search_condition);

  g_free (self->count_sql);
  g_free (self->page_sql);
  self->count_sql = g_strdup_printf ("SELECT count(*) FROM clients WHERE %s", where->str);
  self->page_sql = g_strdup_printf ("SELECT " STEWARD_STORE_CLIENT_COLUMNS " FROM clients WHERE %s "
                                    "ORDER BY %s LIMIT :limit OFFSET :offset",
                                    where->str, order_clause (self->sort, self->descending));
}

static void
bind_filters (StewardClientListModel *self,
              StewardStmt            *stmt)
{
  int owner = sqlite3_bind_parameter_index (stmt, ":owner");
  int match = sqlite3_bind_parameter_index (stmt, ":match");

  if (owner > 0)
    steward_stmt_bind_text (stmt, owner, self->owner);
  if (match > 0)
    steward_stmt_bind_text (stmt, match, self->match);
}

static gboolean
count_rows (StewardClientListModel  *self,
            guint                   *out_n,
            GError                 **error)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (self->store, self->count_sql, error);

  if (stmt == NULL)
    return FALSE;
  bind_filters (self, stmt);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      steward_store_set_error (self->store, error);
      return FALSE;
    }
  *out_n = (guint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static GPtrArray *
fetch_page (gpointer   owner,
            guint      page,
            GError   **error)
{
  StewardClientListModel *self = owner;
  g_autoptr(StewardStmt) stmt = steward_store_prepare (self->store, self->page_sql, error);
  g_autoptr(GPtrArray) rows = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  bind_filters (self, stmt);
  sqlite3_bind_int (stmt, sqlite3_bind_parameter_index (stmt, ":limit"), STEWARD_CLIENT_LIST_PAGE_SIZE);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":offset"),
                      (gint64) page * STEWARD_CLIENT_LIST_PAGE_SIZE);

  rows = g_ptr_array_new_full (STEWARD_CLIENT_LIST_PAGE_SIZE, g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, steward_store_client_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (self->store, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static GType
steward_client_list_model_get_item_type (GListModel *model)
{
  return STEWARD_TYPE_CLIENT;
}

static guint
steward_client_list_model_get_n_items (GListModel *model)
{
  return STEWARD_CLIENT_LIST_MODEL (model)->n_items;
}

static gpointer
steward_client_list_model_get_item (GListModel *model,
                                    guint       position)
{
  StewardClientListModel *self = STEWARD_CLIENT_LIST_MODEL (model);

  if (position >= self->n_items)
    return NULL;
  return steward_page_cache_get (&self->pages, position, fetch_page, self,
                                 "clients");
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = steward_client_list_model_get_item_type;
  iface->get_n_items = steward_client_list_model_get_n_items;
  iface->get_item = steward_client_list_model_get_item;
}

gboolean
steward_client_list_model_reload (StewardClientListModel  *self,
                                  GError                 **error)
{
  guint new_n = 0;
  gboolean ok;

  g_return_val_if_fail (STEWARD_IS_CLIENT_LIST_MODEL (self), FALSE);

  build_queries (self);
  ok = count_rows (self, &new_n, error);

  steward_page_cache_clear (&self->pages);
  steward_page_cache_announce_reload (G_LIST_MODEL (self), &self->n_items, ok ? new_n : 0);
  return ok;
}

static void
reload_or_warn (StewardClientListModel *self)
{
  g_autoptr(GError) error = NULL;

  if (!steward_client_list_model_reload (self, &error))
    g_warning ("Could not list clients: %s", error->message);
}

StewardClientListModel *
steward_client_list_model_new (StewardStore *store)
{
  StewardClientListModel *self;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  self = g_object_new (STEWARD_TYPE_CLIENT_LIST_MODEL, NULL);
  self->store = g_object_ref (store);
  reload_or_warn (self);
  return self;
}

void
steward_client_list_model_set_search (StewardClientListModel *self,
                                      const char             *text)
{
  g_return_if_fail (STEWARD_IS_CLIENT_LIST_MODEL (self));

  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (self->search, text) == 0)
    return;
  g_free (self->search);
  self->search = g_strdup (text);
  reload_or_warn (self);
}

void
steward_client_list_model_set_owner (StewardClientListModel *self,
                                     const char             *owner)
{
  g_return_if_fail (STEWARD_IS_CLIENT_LIST_MODEL (self));

  if (g_strcmp0 (self->owner, owner) == 0)
    return;
  g_free (self->owner);
  self->owner = g_strdup (owner);
  reload_or_warn (self);
}

void
steward_client_list_model_set_filter (StewardClientListModel *self,
                                      StewardClientFilter     filter)
{
  g_return_if_fail (STEWARD_IS_CLIENT_LIST_MODEL (self));
  g_return_if_fail (filter <= STEWARD_CLIENT_FILTER_ALL);

  if (self->filter == filter)
    return;
  self->filter = filter;
  reload_or_warn (self);
}

void
steward_client_list_model_set_sort (StewardClientListModel *self,
                                    StewardClientSort       sort,
                                    gboolean                descending)
{
  g_return_if_fail (STEWARD_IS_CLIENT_LIST_MODEL (self));
  g_return_if_fail (sort <= STEWARD_CLIENT_SORT_OPEN_REQUESTS);

  descending = !!descending;
  if (self->sort == sort && self->descending == descending)
    return;
  self->sort = sort;
  self->descending = descending;
  reload_or_warn (self);
}
