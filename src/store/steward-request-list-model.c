/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-request-list-model"

#include "config.h"

#include "steward-request-list-model.h"

#include "steward-enums.h"
#include "steward-store-requests-private.h"
#include "steward-page-cache.h"
#include "steward-request-sla-sql.h"
#include "steward-time.h"

/* At most this many pages stay cached (2,000 rows); scrolling far away starts afresh. */
#define MAX_CACHED_PAGES 10

struct _StewardRequestListModel
{
  GObject             parent_instance;

  StewardStore       *store;

  char               *states;     /* JSON array of state codes, NULL: every state */
  const char         *state_code; /* the one state chosen, or NULL */
  gboolean            open_only;  /* every chosen state is open (not settled/rejected/cancelled) */
  gboolean            all_open;   /* the chosen states are exactly the open states */
  int                 service;
  int                 category;
  int                 priority;
  gint64              client_id;
  gint64              from;
  gint64              until;
  StewardSlaStatus    sla;
  gboolean            running_only;
  gint64              now;
  char               *search;
  StewardRequestSort  sort;
  gboolean            descending;

  /* Built by build_count_query () and build_page_query (): fixed fragments only, the values
   * are bound. */
  char               *count_sql;
  char               *page_sql;
  char               *match;
  char               *category_codes;
  gint64              number;
  gint64              judged_at;
  gboolean            walk;       /* the page query walks the sort order (see build_where) */

  guint               n_items;
  StewardPageCache    pages;
  GHashTable         *client_names; /* client id (gint64 *) → name */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StewardRequestListModel, steward_request_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
steward_request_list_model_dispose (GObject *object)
{
  StewardRequestListModel *self = STEWARD_REQUEST_LIST_MODEL (object);

  g_clear_object (&self->store);
  steward_page_cache_finish (&self->pages);
  g_clear_pointer (&self->client_names, g_hash_table_unref);

  G_OBJECT_CLASS (steward_request_list_model_parent_class)->dispose (object);
}

static void
steward_request_list_model_finalize (GObject *object)
{
  StewardRequestListModel *self = STEWARD_REQUEST_LIST_MODEL (object);

  g_free (self->states);
  g_free (self->search);
  g_free (self->count_sql);
  g_free (self->page_sql);
  g_free (self->match);
  g_free (self->category_codes);

  G_OBJECT_CLASS (steward_request_list_model_parent_class)->finalize (object);
}

static void
steward_request_list_model_class_init (StewardRequestListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_request_list_model_dispose;
  object_class->finalize = steward_request_list_model_finalize;
}

static void
steward_request_list_model_init (StewardRequestListModel *self)
{
  steward_page_cache_init (&self->pages, STEWARD_REQUEST_LIST_PAGE_SIZE, MAX_CACHED_PAGES);
  self->client_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->service = STEWARD_REQUEST_FILTER_ANY;
  self->category = STEWARD_REQUEST_FILTER_ANY;
  self->priority = STEWARD_REQUEST_FILTER_ANY;
  self->from = STEWARD_TIME_NONE;
  self->until = STEWARD_TIME_NONE;
  self->now = STEWARD_TIME_NONE;
  self->sort = STEWARD_REQUEST_SORT_SUBMITTED;
  self->descending = TRUE;
}

/* The SLA conditions themselves are in steward-request-sla-sql.h. */
static const char *
sla_condition (StewardSlaStatus status,
               gboolean         running_only)
{
  switch (status)
    {
    case STEWARD_SLA_STATUS_BREACHED:
      return running_only ? OVERDUE_NOW_TRUE : BREACHED_TRUE;
    case STEWARD_SLA_STATUS_DUE_SOON:
      return DUE_SOON_NOW;
    case STEWARD_SLA_STATUS_RUNNING:
      return OPEN_STATE_NO_INDEX " AND " RUNNING " AND NOT " DUE_SOON " AND NOT " BREACHED;
    case STEWARD_SLA_STATUS_PAUSED:
      return Q "state = 'waiting-on-client' AND NOT " BREACHED;
    case STEWARD_SLA_STATUS_NONE:
    case STEWARD_SLA_STATUS_MET:
    default:
      return NULL;
    }
}

static const char *
sla_candidates (StewardSlaStatus status,
                gboolean         running_only)
{
  switch (status)
    {
    case STEWARD_SLA_STATUS_BREACHED:
      return running_only ? CLOCK_RUNS : BREACH_CANDIDATE;
    case STEWARD_SLA_STATUS_DUE_SOON:
    case STEWARD_SLA_STATUS_RUNNING:
      return CLOCK_RUNS;
    case STEWARD_SLA_STATUS_PAUSED:
    case STEWARD_SLA_STATUS_NONE:
    case STEWARD_SLA_STATUS_MET:
    default:
      return NULL;
    }
}

/* Each sort key is followed by the id in the same direction: the indexes carry the rowid, so
 * SQLite walks an index instead of sorting. */
static const char *
order_clause (StewardRequestSort sort,
              gboolean           descending)
{
  switch (sort)
    {
    case STEWARD_REQUEST_SORT_CLIENT:
      return descending ? "clients.name_key DESC, " Q "client_id DESC, " Q "submitted_at DESC, " Q "id DESC"
                        : "clients.name_key, " Q "client_id, " Q "submitted_at, " Q "id";
    case STEWARD_REQUEST_SORT_SERVICE:
      return descending ? Q "service DESC, " Q "submitted_at DESC, " Q "id DESC"
                        : Q "service, " Q "submitted_at, " Q "id";
    case STEWARD_REQUEST_SORT_STATE:
      return descending ? Q "state DESC, " Q "submitted_at DESC, " Q "id DESC"
                        : Q "state, " Q "submitted_at, " Q "id";
    case STEWARD_REQUEST_SORT_FEE:
      return descending ? Q "fee_fen DESC, " Q "id DESC" : Q "fee_fen, " Q "id";
    case STEWARD_REQUEST_SORT_RESPONSE_DUE:
      return descending ? Q "response_due IS NULL DESC, " Q "response_due DESC, " Q "id DESC"
                        : Q "response_due IS NULL, " Q "response_due, " Q "id";
    case STEWARD_REQUEST_SORT_DELIVERY_DUE:
      return descending ? Q "delivery_due IS NULL DESC, " Q "delivery_due DESC, " Q "id DESC"
                        : Q "delivery_due IS NULL, " Q "delivery_due, " Q "id";
    case STEWARD_REQUEST_SORT_SUBMITTED:
    default:
      return descending ? Q "submitted_at DESC, " Q "id DESC" : Q "submitted_at, " Q "id";
    }
}

/* "1234" or "#1234": a request number; -1 otherwise. */
static gint64
parse_number (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  const char *digits = trimmed[0] == '#' ? trimmed + 1 : trimmed;
  guint64 value;

  if (*digits == '\0' || !g_ascii_string_to_unsigned (digits, 10, 1, G_MAXINT64, &value, NULL))
    return -1;
  return (gint64) value;
}

static char *
category_codes (int category)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (int s = STEWARD_SERVICE_ADVISOR; s <= STEWARD_SERVICE_VISUAL; s++)
    if ((int) steward_service_get_category (s) == category)
      g_string_append_printf (json, "%s\"%s\"", json->len > 1 ? "," : "",
                              steward_enum_code (STEWARD_TYPE_SERVICE, s));
  g_string_append_c (json, ']');
  return g_string_free (g_steal_pointer (&json), FALSE);
}

static void
append_search (StewardRequestListModel *self,
               GString                 *where,
               gboolean                 walk)
{
  const char *plus = walk ? "+" : "";
  const char *condition;

  self->number = parse_number (self->search);
  condition = steward_store_search_condition (self->search, &self->match);
  /* Without a number to look for, "id = :number OR" would keep SQLite from the client index. */
  if (condition != NULL && self->number > 0)
    g_string_append_printf (where, " AND (" Q "id = :number OR %s" Q "client_id IN "
                            "(SELECT clients.id FROM clients WHERE %s))", plus, condition);
  else if (condition != NULL && walk && self->sort == STEWARD_REQUEST_SORT_CLIENT)
    /* Walking the clients by name: a client that does not match is passed over on the name
     * index, before its requests are looked up. */
    g_string_append_printf (where, " AND clients.id IN (SELECT clients.id FROM clients WHERE %s)",
                            condition);
  else if (condition != NULL)
    g_string_append_printf (where, " AND %s" Q "client_id IN "
                            "(SELECT clients.id FROM clients WHERE %s)", plus, condition);
  else
    g_string_append (where, " AND " Q "id = :number");
}

/* With @walk, the filters are written "+column" so that SQLite cannot look rows up by them and
 * walks the index of the sort order instead, stopping after one page: when many rows match,
 * that beats collecting and sorting all of them (hundreds of milliseconds for 100,000 rows).
 * A filter on the sort's own leading column keeps its index (it narrows the walk). The open
 * state condition is never hidden: it selects the open-request indexes, one per sort order. */
static void
build_where (StewardRequestListModel *self,
             GString                 *where,
             gboolean                 walk)
{
  const char *sla = sla_condition (self->sla, self->running_only);
  const char *candidates = walk ? NULL : sla_candidates (self->sla, self->running_only);
  /* Collecting with an SLA filter, its candidate index (which holds the state, service,
   * priority and submission too) is what SQLite must read: a filter of one of those would
   * otherwise look like the narrower choice, and cost a table lookup for each of its rows. */
  gboolean hide = walk || candidates != NULL;
  /* One state or service, and an index that leads with it and goes on in the sort order. */
  gboolean paired = self->sort == STEWARD_REQUEST_SORT_SUBMITTED || self->sort == STEWARD_REQUEST_SORT_FEE ||
                    self->sort == STEWARD_REQUEST_SORT_DELIVERY_DUE;
  gboolean keep_state = walk && self->sort == STEWARD_REQUEST_SORT_STATE;
  gboolean keep_service = walk && self->sort == STEWARD_REQUEST_SORT_SERVICE;
  gboolean keep_date = walk && self->sort == STEWARD_REQUEST_SORT_SUBMITTED;
  /* Several open states: the open-request indexes, which hold the service and priority, serve
   * better than the service's or priority's own, which would pass over settled requests one
   * table row at a time. */
  gboolean open_drives = self->open_only && self->state_code == NULL;
  const char *by_state = hide && !keep_state ? "+" : "";
  const char *one_state = hide && !keep_state && !(walk && paired) ? "+" : "";
  const char *by_service = (hide || open_drives) && !keep_service ? "+" : "";
  const char *one_service = (hide || open_drives) && !keep_service && !(walk && paired && !open_drives)
                            ? "+" : "";
  const char *by_priority = hide || open_drives ? "+" : "";
  const char *by_date = hide && !keep_date ? "+" : "";

  g_string_append (where, "1");
  if (self->open_only)
    g_string_append (where, " AND " OPEN_STATE);
  if (self->state_code != NULL)
    g_string_append_printf (where, " AND %s" Q "state = :state", one_state);
  else if (self->states != NULL && !self->all_open)
    g_string_append_printf (where, " AND %s" Q "state IN (SELECT value FROM json_each (:states))",
                            by_state);
  if (self->service != STEWARD_REQUEST_FILTER_ANY)
    g_string_append_printf (where, " AND %s" Q "service = :service", one_service);
  if (self->category != STEWARD_REQUEST_FILTER_ANY)
    {
      g_free (self->category_codes);
      self->category_codes = category_codes (self->category);
      g_string_append_printf (where, " AND %s" Q "service IN (SELECT value FROM json_each (:category))",
                              by_service);
    }
  if (self->priority != STEWARD_REQUEST_FILTER_ANY)
    g_string_append_printf (where, " AND %s" Q "priority = :priority", by_priority);
  /* One client's requests are few: its index stays usable next to an SLA filter. */
  if (self->client_id != 0)
    g_string_append_printf (where, " AND %s" Q "client_id = :client", walk ? "+" : "");
  if (self->from != STEWARD_TIME_NONE)
    g_string_append_printf (where, " AND %s" Q "submitted_at >= :from", by_date);
  if (self->until != STEWARD_TIME_NONE)
    g_string_append_printf (where, " AND %s" Q "submitted_at < :until", by_date);
  if (candidates != NULL)
    g_string_append_printf (where, " AND %s", candidates);
  if (sla != NULL)
    g_string_append_printf (where, " AND %s", sla);
  if (self->search != NULL)
    append_search (self, where, walk);
}

/* Whether reading the first page by walking the sort order (about page × walked / matching rows
 * looked at, if the matches are spread evenly) beats collecting and sorting the @n_matching
 * rows. @n_walked is the size of the index walked: every request, or the open ones. */
static gboolean
should_walk (guint64 n_matching,
             guint64 n_walked)
{
  return n_matching > STEWARD_REQUEST_LIST_PAGE_SIZE &&
         n_matching * n_matching > STEWARD_REQUEST_LIST_PAGE_SIZE * n_walked;
}

/* Whether a walk in the sort order would read an open-request index. */
static gboolean
walks_open (StewardRequestListModel *self)
{
  return self->open_only && self->sort != STEWARD_REQUEST_SORT_CLIENT;
}

static void
build_count_query (StewardRequestListModel *self)
{
  g_autoptr(GString) where = g_string_new (NULL);

  g_clear_pointer (&self->match, g_free);
  g_clear_pointer (&self->category_codes, g_free);
  build_where (self, where, FALSE);
  self->judged_at = self->now != STEWARD_TIME_NONE ? self->now : steward_time_now ();
  g_free (self->count_sql);
  /* With the count, the size of the index a page would walk (should_walk ()): the largest id
   * stands for the number of requests and costs nothing to read. */
  /* Only fixed fragments are spliced in; every value is bound. */
  self->count_sql = g_strconcat ("SELECT count (*), (SELECT ",
                                 walks_open (self) ? "count (*)" : "max (id)",
                                 " FROM service_requests",
                                 walks_open (self) ? " WHERE " OPEN_STATE : "",
                                 ") FROM service_requests WHERE ", where->str, NULL);
}

static void
build_page_query (StewardRequestListModel *self)
{
  g_autoptr(GString) where = g_string_new (NULL);
  g_autofree char *collect_order = NULL;
  const char *from;
  const char *order;

  g_clear_pointer (&self->match, g_free);
  build_where (self, where, self->walk);

  /* Walking by client, the clients are read by name and each one's requests by its index. */
  if (self->sort == STEWARD_REQUEST_SORT_CLIENT && self->walk)
    from = "clients CROSS JOIN service_requests INDEXED BY service_requests_by_client "
           "ON service_requests.client_id = clients.id";
  else
    from = "service_requests JOIN clients ON clients.id = service_requests.client_id";

  order = order_clause (self->sort, self->descending);
  /* Collecting, "+" keeps SQLite from walking an index in the sort order (which it prefers to
   * sorting, however few rows match): it reads the rows by the filters' indexes and sorts. */
  if (!self->walk)
    {
      g_auto(GStrv) keys = g_strsplit (order, ", ", -1);

      order = collect_order = g_strjoinv (", +", keys);
    }

  g_free (self->page_sql);
  self->page_sql = g_strconcat ("SELECT " STEWARD_STORE_REQUEST_COLUMNS ", clients.name FROM ",
                                from, " WHERE ", where->str, " ORDER BY ", self->walk ? "" : "+",
                                order, " LIMIT :limit OFFSET :offset", NULL);
}

static void
bind_named_text (StewardStmt *stmt,
                 const char  *name,
                 const char  *value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    steward_stmt_bind_text (stmt, index, value);
}

static void
bind_named_int (StewardStmt *stmt,
                const char  *name,
                gint64       value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

static void
bind_filters (StewardRequestListModel *self,
              StewardStmt             *stmt)
{
  bind_named_text (stmt, ":states", self->states);
  bind_named_text (stmt, ":state", self->state_code);
  if (self->service != STEWARD_REQUEST_FILTER_ANY)
    bind_named_text (stmt, ":service", steward_enum_code (STEWARD_TYPE_SERVICE, self->service));
  bind_named_text (stmt, ":category", self->category_codes);
  if (self->priority != STEWARD_REQUEST_FILTER_ANY)
    bind_named_text (stmt, ":priority", steward_enum_code (STEWARD_TYPE_PRIORITY, self->priority));
  bind_named_int (stmt, ":client", self->client_id);
  bind_named_int (stmt, ":from", self->from);
  bind_named_int (stmt, ":until", self->until);
  bind_named_int (stmt, ":now", self->judged_at);
  bind_named_int (stmt, ":number", self->number);
  bind_named_text (stmt, ":match", self->match);
}

/* Counts the matching rows and chooses how the pages are read (should_walk ()). */
static gboolean
count_rows (StewardRequestListModel  *self,
            guint                    *out_n,
            GError                  **error)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (self->store, self->count_sql, error);
  gint64 n, n_walked;

  self->walk = FALSE;
  if (stmt == NULL)
    return FALSE;
  bind_filters (self, stmt);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      steward_store_set_error (self->store, error);
      return FALSE;
    }
  n = sqlite3_column_int64 (stmt, 0);
  n_walked = sqlite3_column_int64 (stmt, 1);
  *out_n = (guint) CLAMP (n, 0, G_MAXUINT);
  /* Sorted by submission within a range of it, the walk reads only matching rows. */
  self->walk = should_walk (*out_n, (guint64) MAX (n_walked, 0)) ||
               (*out_n > STEWARD_REQUEST_LIST_PAGE_SIZE && self->sort == STEWARD_REQUEST_SORT_SUBMITTED &&
                (self->from != STEWARD_TIME_NONE || self->until != STEWARD_TIME_NONE));
  return TRUE;
}

static GPtrArray *
fetch_page (gpointer   owner,
            guint      page,
            GError   **error)
{
  StewardRequestListModel *self = owner;
  g_autoptr(StewardStmt) stmt = steward_store_prepare (self->store, self->page_sql, error);
  g_autoptr(GPtrArray) rows = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  bind_filters (self, stmt);
  bind_named_int (stmt, ":limit", STEWARD_REQUEST_LIST_PAGE_SIZE);
  bind_named_int (stmt, ":offset", (gint64) page * STEWARD_REQUEST_LIST_PAGE_SIZE);

  rows = g_ptr_array_new_full (STEWARD_REQUEST_LIST_PAGE_SIZE, g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StewardServiceRequest *request = steward_store_request_from_row (stmt);
      gint64 client_id = steward_service_request_get_client_id (request);

      if (!g_hash_table_contains (self->client_names, &client_id))
        g_hash_table_insert (self->client_names, g_memdup2 (&client_id, sizeof client_id),
                             g_strdup (steward_stmt_column_text (stmt, STEWARD_STORE_REQUEST_N_COLUMNS)));
      g_ptr_array_add (rows, request);
    }
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (self->store, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static GType
steward_request_list_model_get_item_type (GListModel *model)
{
  return STEWARD_TYPE_SERVICE_REQUEST;
}

static guint
steward_request_list_model_get_n_items (GListModel *model)
{
  return STEWARD_REQUEST_LIST_MODEL (model)->n_items;
}

static gpointer
steward_request_list_model_get_item (GListModel *model,
                                     guint       position)
{
  StewardRequestListModel *self = STEWARD_REQUEST_LIST_MODEL (model);

  if (position >= self->n_items)
    return NULL;
  return steward_page_cache_get (&self->pages, position, fetch_page, self,
                                 "service requests");
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = steward_request_list_model_get_item_type;
  iface->get_n_items = steward_request_list_model_get_n_items;
  iface->get_item = steward_request_list_model_get_item;
}

gboolean
steward_request_list_model_reload (StewardRequestListModel  *self,
                                   GError                  **error)
{
  guint new_n = 0;
  gboolean ok;

  g_return_val_if_fail (STEWARD_IS_REQUEST_LIST_MODEL (self), FALSE);

  build_count_query (self);
  ok = count_rows (self, &new_n, error);

  if (!ok)
    self->walk = FALSE;
  build_page_query (self);
  steward_page_cache_clear (&self->pages);
  g_hash_table_remove_all (self->client_names);
  steward_page_cache_announce_reload (G_LIST_MODEL (self), &self->n_items, ok ? new_n : 0);
  return ok;
}

static void
reload_or_warn (StewardRequestListModel *self)
{
  g_autoptr(GError) error = NULL;

  if (!steward_request_list_model_reload (self, &error))
    g_warning ("Could not list service requests: %s", error->message);
}

StewardRequestListModel *
steward_request_list_model_new (StewardStore *store)
{
  StewardRequestListModel *self;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  self = g_object_new (STEWARD_TYPE_REQUEST_LIST_MODEL, NULL);
  self->store = g_object_ref (store);
  reload_or_warn (self);
  return self;
}

const char *
_steward_request_list_model_get_sql (StewardRequestListModel *self,
                                     gboolean                 page)
{
  return page ? self->page_sql : self->count_sql;
}

const char *
steward_request_list_model_get_client_name (StewardRequestListModel *self,
                                            gint64                   client_id)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_LIST_MODEL (self), NULL);

  return g_hash_table_lookup (self->client_names, &client_id);
}

static char *
states_json (const StewardState *states,
             guint               n_states)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; i < n_states; i++)
    {
      const char *code = steward_enum_code (STEWARD_TYPE_STATE, states[i]);

      g_return_val_if_fail (code != NULL, NULL);
      g_string_append_printf (json, "%s\"%s\"", i > 0 ? "," : "", code);
    }
  g_string_append_c (json, ']');
  return g_string_free (g_steal_pointer (&json), FALSE);
}

static gboolean
state_is_open (StewardState state)
{
  return state != STEWARD_STATE_SETTLED && state != STEWARD_STATE_REJECTED &&
         state != STEWARD_STATE_CANCELLED;
}

/* One state is matched with "state = :state", open ones also with the open-request indexes'
 * condition; the seven open states together are that condition alone. */
static void
classify_states (StewardRequestListModel *self,
                 const StewardState      *states,
                 guint                    n_states)
{
  guint32 seen = 0;
  guint n_open = 0;

  self->open_only = n_states > 0;
  for (guint i = 0; i < n_states; i++)
    {
      if (!state_is_open (states[i]))
        self->open_only = FALSE;
      else if ((seen & (1u << states[i])) == 0)
        n_open++;
      seen |= 1u << states[i];
    }
  for (int state = 0; state <= STEWARD_STATE_WAITING_ON_CLIENT; state++)
    if (state_is_open (state))
      n_open--;
  self->all_open = self->open_only && n_open == 0;
  self->state_code = n_states == 1 ? steward_enum_code (STEWARD_TYPE_STATE, states[0]) : NULL;
}

void
steward_request_list_model_set_states (StewardRequestListModel *self,
                                       const StewardState      *states,
                                       guint                    n_states)
{
  g_autofree char *json = NULL;

  g_return_if_fail (STEWARD_IS_REQUEST_LIST_MODEL (self));
  g_return_if_fail (n_states == 0 || states != NULL);

  if (n_states > 0 && (json = states_json (states, n_states)) == NULL)
    return;
  if (g_strcmp0 (self->states, json) == 0)
    return;
  g_free (self->states);
  self->states = g_steal_pointer (&json);
  classify_states (self, states, n_states);
  reload_or_warn (self);
}

/* Sets an int filter field and reloads when it changed. */
static void
set_int_filter (StewardRequestListModel *self,
                int                     *field,
                int                      value)
{
  if (*field == value)
    return;
  *field = value;
  reload_or_warn (self);
}

void
steward_request_list_model_set_service (StewardRequestListModel *self,
                                        int                      service)
{
  g_return_if_fail (STEWARD_IS_REQUEST_LIST_MODEL (self));
  g_return_if_fail (service == STEWARD_REQUEST_FILTER_ANY ||
                    steward_enum_code (STEWARD_TYPE_SERVICE, service) != NULL);

  set_int_filter (self, &self->service, service);
}

void
steward_request_list_model_set_category (StewardRequestListModel *self,
                                         int                      category)
{
  g_return_if_fail (STEWARD_IS_REQUEST_LIST_MODEL (self));
  g_return_if_fail (category == STEWARD_REQUEST_FILTER_ANY ||
                    steward_enum_code (STEWARD_TYPE_CATEGORY, category) != NULL);

  set_int_filter (self, &self->category, category);
}

void
steward_request_list_model_set_priority (StewardRequestListModel *self,
                                         int                      priority)
{
  g_return_if_fail (STEWARD_IS_REQUEST_LIST_MODEL (self));
  g_return_if_fail (priority == STEWARD_REQUEST_FILTER_ANY ||
                    steward_enum_code (STEWARD_TYPE_PRIORITY, priority) != NULL);

  set_int_filter (self, &self->priority, priority);
}

void
steward_request_list_model_set_client (StewardRequestListModel *self,
                                       gint64                   client_id)
{
  g_return_if_fail (STEWARD_IS_REQUEST_LIST_MODEL (self));

  if (self->client_id == client_id)
    return;
  self->client_id = client_id;
  reload_or_warn (self);
}

void
steward_request_list_model_set_submitted_range (StewardRequestListModel *self,
                                                gint64                   from,
                                                gint64                   until)
{
  g_return_if_fail (STEWARD_IS_REQUEST_LIST_MODEL (self));

  if (self->from == from && self->until == until)
    return;
  self->from = from;
  self->until = until;
  reload_or_warn (self);
}

void
steward_request_list_model_set_sla_status (StewardRequestListModel *self,
                                           StewardSlaStatus         status)
{
  g_return_if_fail (STEWARD_IS_REQUEST_LIST_MODEL (self));
  g_return_if_fail (status <= STEWARD_SLA_STATUS_PAUSED);

  if (status == STEWARD_SLA_STATUS_MET)
    status = STEWARD_SLA_STATUS_NONE;
  if (self->sla == status)
    return;
  self->sla = status;
  reload_or_warn (self);
}

void
steward_request_list_model_set_running_clocks_only (StewardRequestListModel *self,
                                                    gboolean                 running_only)
{
  g_return_if_fail (STEWARD_IS_REQUEST_LIST_MODEL (self));

  running_only = !!running_only;
  if (self->running_only == running_only)
    return;
  self->running_only = running_only;
  if (self->sla == STEWARD_SLA_STATUS_BREACHED)
    reload_or_warn (self);
}

void
steward_request_list_model_set_now (StewardRequestListModel *self,
                                    gint64                   now)
{
  g_return_if_fail (STEWARD_IS_REQUEST_LIST_MODEL (self));

  if (self->now == now)
    return;
  self->now = now;
  /* Only the SLA filter looks at the time. */
  if (self->sla != STEWARD_SLA_STATUS_NONE)
    reload_or_warn (self);
}

void
steward_request_list_model_set_search (StewardRequestListModel *self,
                                       const char              *text)
{
  g_return_if_fail (STEWARD_IS_REQUEST_LIST_MODEL (self));

  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (self->search, text) == 0)
    return;
  g_free (self->search);
  self->search = g_strdup (text);
  reload_or_warn (self);
}

void
steward_request_list_model_set_sort (StewardRequestListModel *self,
                                     StewardRequestSort       sort,
                                     gboolean                 descending)
{
  g_return_if_fail (STEWARD_IS_REQUEST_LIST_MODEL (self));
  g_return_if_fail (sort <= STEWARD_REQUEST_SORT_DELIVERY_DUE);

  descending = !!descending;
  if (self->sort == sort && self->descending == descending)
    return;
  self->sort = sort;
  self->descending = descending;
  reload_or_warn (self);
}
