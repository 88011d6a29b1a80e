/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-client-list-model"

#include "config.h"

#include "steward-client-list-model.h"

#include "steward-client.h"
#include "steward-client-index.h"
#include "steward-store-private.h"
#include "steward-page-cache.h"

/* At most this many pages stay cached (2,000 rows); scrolling far away starts afresh. */
#define MAX_CACHED_PAGES 10
/* Answered by the index, a page is read by primary key, row by row: small pages cost nothing
 * more, and a search reads little more than the rows on screen. */
#define INDEXED_PAGE_SIZE 50

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

  /* With an index (steward_client_list_model_load_index ()), the list is answered from it:
   * @ids holds the listed clients' ids in order and pages are read by id. */
  gboolean             index_wanted;
  StewardClientIndex  *index;
  GCancellable        *index_loading;
  GArray              *ids;
};

enum {
  PROP_0,
  PROP_INDEXED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StewardClientListModel, steward_client_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
steward_client_list_model_dispose (GObject *object)
{
  StewardClientListModel *self = STEWARD_CLIENT_LIST_MODEL (object);

  if (self->index_loading != NULL)
    g_cancellable_cancel (self->index_loading);
  g_clear_object (&self->index_loading);
  g_clear_pointer (&self->index, steward_client_index_unref);
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
  g_clear_pointer (&self->ids, g_array_unref);

  G_OBJECT_CLASS (steward_client_list_model_parent_class)->finalize (object);
}

static void
steward_client_list_model_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  StewardClientListModel *self = STEWARD_CLIENT_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_INDEXED:
      g_value_set_boolean (value, self->index != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_client_list_model_class_init (StewardClientListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_client_list_model_dispose;
  object_class->finalize = steward_client_list_model_finalize;
  object_class->get_property = steward_client_list_model_get_property;

  properties[PROP_INDEXED] =
    g_param_spec_boolean ("indexed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
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
    {
      g_string_append (where, " AND ");
      g_string_append (where, search_condition);
    }

  /* Only fixed fragments are spliced in; every value is bound (:owner, :match, :limit). */
  g_free (self->count_sql);
  g_free (self->page_sql);
  self->count_sql = g_strconcat ("SELECT count(*) FROM clients WHERE ", where->str, NULL);
  self->page_sql = g_strconcat ("SELECT " STEWARD_STORE_CLIENT_COLUMNS " FROM clients WHERE ",
                                where->str, " ORDER BY ",
                                order_clause (self->sort, self->descending),
                                " LIMIT :limit OFFSET :offset", NULL);
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

/* A page of the index's answer, by primary key. A client removed since the index was read is
 * left out (the page comes out short, as with SQL when another process removes rows). */
static GPtrArray *
fetch_page_by_id (StewardClientListModel  *self,
                  guint                    page,
                  GError                 **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint start = page * self->pages.page_size;
  guint end = MIN (self->ids->len, start + self->pages.page_size);

  stmt = steward_store_prepare (self->store,
                                "SELECT " STEWARD_STORE_CLIENT_COLUMNS " FROM clients WHERE id = ?",
                                error);
  if (stmt == NULL)
    return NULL;
  rows = g_ptr_array_new_full (end - start, g_object_unref);
  for (guint i = start; i < end; i++)
    {
      int rc;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, g_array_index (self->ids, gint64, i));
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        g_ptr_array_add (rows, steward_store_client_from_row (stmt));
      else if (rc != SQLITE_DONE)
        {
          steward_store_set_error (self->store, error);
          return NULL;
        }
    }
  return g_steal_pointer (&rows);
}

static GPtrArray *
fetch_page (gpointer   owner,
            guint      page,
            GError   **error)
{
  StewardClientListModel *self = owner;
  g_autoptr(StewardStmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  int rc;

  if (self->ids != NULL)
    return fetch_page_by_id (self, page, error);

  stmt = steward_store_prepare (self->store, self->page_sql, error);
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

/* Answers the current settings again, from the index when there is one. */
static gboolean
requery (StewardClientListModel  *self,
         GError                 **error)
{
  guint new_n = 0;
  gboolean ok = TRUE;

  g_clear_pointer (&self->ids, g_array_unref);
  if (self->index != NULL)
    {
      self->ids = steward_client_index_search (self->index, self->search, self->owner,
                                               self->filter, self->sort, self->descending);
      new_n = self->ids->len;
    }
  else
    {
      build_queries (self);
      ok = count_rows (self, &new_n, error);
    }

  steward_page_cache_set_page_size (&self->pages, self->ids != NULL ? INDEXED_PAGE_SIZE
                                                                    : STEWARD_CLIENT_LIST_PAGE_SIZE);
  steward_page_cache_announce_reload (G_LIST_MODEL (self), &self->n_items, ok ? new_n : 0);
  return ok;
}

static void
reload_or_warn (StewardClientListModel *self)
{
  g_autoptr(GError) error = NULL;

  if (!requery (self, &error))
    g_warning ("Could not list clients: %s", error->message);
}

static void
free_weak_ref (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GWeakRef, free_weak_ref)

/* The load holds the model weakly, so a model dropped meanwhile is disposed (which cancels it). */
static void
on_index_loaded (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GWeakRef) ref = user_data;
  g_autoptr(StewardClientListModel) self = g_weak_ref_get (ref);
  g_autoptr(GError) error = NULL;
  StewardClientIndex *index = steward_client_index_load_finish (result, &error);

  if (index == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not load the client index: %s", error->message);
      return;
    }
  if (self == NULL || g_task_get_cancellable (G_TASK (result)) != self->index_loading)
    {
      steward_client_index_unref (index);
      return;
    }
  g_clear_object (&self->index_loading);
  /* The list shown stays as answered (it is the same data); the next change of search, filter
   * or sort is answered from the index. */
  self->index = index;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEXED]);
}

/* Forgets the index (the data changed) and reads a new one in a worker. */
static void
refresh_index (StewardClientListModel *self)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  if (self->index_loading != NULL)
    g_cancellable_cancel (self->index_loading);
  g_clear_object (&self->index_loading);
  if (self->index != NULL)
    {
      g_clear_pointer (&self->index, steward_client_index_unref);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEXED]);
    }

  g_weak_ref_init (ref, self);
  self->index_loading = g_cancellable_new ();
  steward_client_index_load_async (self->store, self->index_loading, on_index_loaded, ref);
}

void
steward_client_list_model_load_index (StewardClientListModel *self)
{
  g_return_if_fail (STEWARD_IS_CLIENT_LIST_MODEL (self));

  if (self->index_wanted)
    return;
  self->index_wanted = TRUE;
  refresh_index (self);
}

StewardClientIndex *
steward_client_list_model_get_index (StewardClientListModel *self)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT_LIST_MODEL (self), NULL);

  return self->index;
}

gboolean
steward_client_list_model_reload (StewardClientListModel  *self,
                                  GError                 **error)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT_LIST_MODEL (self), FALSE);

  /* Until the new index is read, SQL answers, so the list is never older than the data. */
  if (self->index_wanted)
    refresh_index (self);
  return requery (self, error);
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

const char *
steward_client_list_model_get_search (StewardClientListModel *self)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT_LIST_MODEL (self), NULL);

  return self->search;
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
