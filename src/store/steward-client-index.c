/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-client-index"

#include "config.h"

#include "steward-client-index.h"
#include "steward-client-index-private.h"

#include "steward-error.h"

/* Loading: the clients and their search texts are read in one read transaction, in id order,
 * then each list order is sorted once. */

G_DEFINE_BOXED_TYPE (StewardClientIndex, steward_client_index,
                     steward_client_index_ref, steward_client_index_unref)

StewardClientIndex *
steward_client_index_ref (StewardClientIndex *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
steward_client_index_unref (StewardClientIndex *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  if (self->tokenizer_instance != NULL)
    self->tokenizer.xDelete (self->tokenizer_instance);
  g_clear_object (&self->store);
  g_free (self->ids);
  g_free (self->archived);
  g_free (self->owner);
  g_free (self->industry);
  g_free (self->name_rank);
  g_free (self->open_requests);
  g_free (self->outstanding);
  g_free (self->last_activity);
  g_strfreev (self->owners);
  for (guint s = 0; s < G_N_ELEMENTS (self->orders); s++)
    {
      g_free (self->orders[s][0]);
      g_free (self->orders[s][1]);
    }
  g_free (self->bodies);
  g_free (self->body_starts);
  g_free (self->tokens);
  g_free (self->token_starts);
  g_clear_pointer (&self->initials, g_hash_table_unref);
  g_free (self->last_needle);
  g_free (self->last_matches);
  g_free (self);
}

/* SQLite's own unicode61 tokenizer, configured as client_search_short's. */
static gboolean
create_tokenizer (StewardClientIndex  *self,
                  GError             **error)
{
  static const char *args[] = { "remove_diacritics", "0" };
  sqlite3 *db = steward_store_get_db (self->store);
  sqlite3_stmt *stmt = NULL;
  fts5_api *api = NULL;
  void *user_data = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT fts5 (?1)", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_pointer (stmt, 1, &api, "fts5_api_ptr", NULL);
      sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);

  if (api == NULL || api->iVersion < 2
      || api->xFindTokenizer (api, "unicode61", &user_data, &self->tokenizer) != SQLITE_OK
      || self->tokenizer.xCreate (user_data, args, G_N_ELEMENTS (args),
                                  &self->tokenizer_instance) != SQLITE_OK)
    {
      self->tokenizer_instance = NULL;
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                           "Could not load the client index: SQLite has no FTS5 unicode61 tokenizer");
      return FALSE;
    }
  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Each client's rank among the distinct @values (strcmp is SQLite's BINARY order for text
 * without NULs); the sorted distinct values go to *@out_sorted when asked. */
static guint32 *
rank_values (GPtrArray  *values,
             char     ***out_sorted,
             guint      *out_n)
{
  g_autoptr(GHashTable) ranks = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) distinct = g_ptr_array_new ();
  guint32 *result = g_new (guint32, values->len);

  for (guint i = 0; i < values->len; i++)
    if (g_hash_table_add (ranks, values->pdata[i]))
      g_ptr_array_add (distinct, values->pdata[i]);
  g_ptr_array_sort (distinct, compare_strings);
  for (guint r = 0; r < distinct->len; r++)
    g_hash_table_insert (ranks, distinct->pdata[r], GUINT_TO_POINTER (r));
  for (guint i = 0; i < values->len; i++)
    result[i] = GPOINTER_TO_UINT (g_hash_table_lookup (ranks, values->pdata[i]));

  if (out_sorted != NULL)
    {
      *out_sorted = g_new0 (char *, distinct->len + 1);
      for (guint r = 0; r < distinct->len; r++)
        (*out_sorted)[r] = g_strdup (distinct->pdata[r]);
      *out_n = distinct->len;
    }
  return result;
}

typedef struct {
  StewardClientIndex *index;
  GPtrArray          *names;     /* only while sorting by name */
  StewardClientSort   sort;
  gboolean            descending;
} SortSpec;

#define COMPARE(x, y) ((x) < (y) ? -1 : (x) > (y))

static int
compare_ordinals (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const SortSpec *spec = user_data;
  const StewardClientIndex *ix = spec->index;
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  int c;

  if (spec->names != NULL)
    {
      c = strcmp (spec->names->pdata[x], spec->names->pdata[y]);
      return c != 0 ? c : COMPARE (ix->ids[x], ix->ids[y]);
    }

  switch (spec->sort)
    {
    case STEWARD_CLIENT_SORT_INDUSTRY:      c = COMPARE (ix->industry[x], ix->industry[y]); break;
    case STEWARD_CLIENT_SORT_OWNER:         c = COMPARE (ix->owner[x], ix->owner[y]); break;
    case STEWARD_CLIENT_SORT_LAST_ACTIVITY: c = COMPARE (ix->last_activity[x], ix->last_activity[y]); break;
    case STEWARD_CLIENT_SORT_OUTSTANDING:   c = COMPARE (ix->outstanding[x], ix->outstanding[y]); break;
    case STEWARD_CLIENT_SORT_OPEN_REQUESTS: c = COMPARE (ix->open_requests[x], ix->open_requests[y]); break;
    case STEWARD_CLIENT_SORT_NAME:
    default:                                c = 0; break;
    }
  if (spec->descending)
    c = -c;
  /* Ties as in SQL: by name_key, then id (name_key is unique, so the rank decides). */
  return c != 0 ? c : COMPARE (ix->name_rank[x], ix->name_rank[y]);
}

static guint32 *
sorted_ordinals (StewardClientIndex *self,
                 SortSpec           *spec)
{
  guint32 *order = g_new (guint32, MAX (self->n, 1));

  for (guint i = 0; i < self->n; i++)
    order[i] = i;
  g_qsort_with_data (order, self->n, sizeof (guint32), compare_ordinals, spec);
  return order;
}

static gboolean
sort_orders (StewardClientIndex  *self,
             GPtrArray           *names,
             GCancellable        *cancellable,
             GError             **error)
{
  SortSpec by_name = { self, names, STEWARD_CLIENT_SORT_NAME, FALSE };

  self->orders[STEWARD_CLIENT_SORT_NAME][0] = sorted_ordinals (self, &by_name);
  self->name_rank = g_new (guint32, MAX (self->n, 1));
  for (guint i = 0; i < self->n; i++)
    self->name_rank[self->orders[STEWARD_CLIENT_SORT_NAME][0][i]] = i;

  for (guint s = STEWARD_CLIENT_SORT_NAME + 1; s < G_N_ELEMENTS (self->orders); s++)
    for (guint d = 0; d < 2; d++)
      {
        SortSpec spec = { self, NULL, s, d };

        if (g_cancellable_set_error_if_cancelled (cancellable, error))
          return FALSE;
        self->orders[s][d] = sorted_ordinals (self, &spec);
      }
  return TRUE;
}

static gboolean
read_clients (StewardClientIndex  *self,
              GPtrArray           *names,
              GError             **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  g_autoptr(GPtrArray) industries = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) owners = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (gint64) * 5);
  int rc;

  stmt = steward_store_prepare (self->store,
                                "SELECT id, archived, open_requests, outstanding_fen, "
                                "last_activity_at, name_key, industry, owner "
                                "FROM clients ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 row[5];

      for (int c = 0; c < 5; c++)
        row[c] = sqlite3_column_int64 (stmt, c);
      g_array_append_vals (rows, row, 1);
      g_ptr_array_add (names, g_strdup (steward_stmt_column_text (stmt, 5)));
      g_ptr_array_add (industries, g_strdup (steward_stmt_column_text (stmt, 6)));
      g_ptr_array_add (owners, g_strdup (steward_stmt_column_text (stmt, 7)));
    }
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (self->store, error);
      return FALSE;
    }

  self->n = rows->len;
  self->ids = g_new (gint64, MAX (self->n, 1));
  self->archived = g_new (guint8, MAX (self->n, 1));
  self->open_requests = g_new (gint64, MAX (self->n, 1));
  self->outstanding = g_new (gint64, MAX (self->n, 1));
  self->last_activity = g_new (gint64, MAX (self->n, 1));
  for (guint i = 0; i < self->n; i++)
    {
      const gint64 *row = (const gint64 *) (rows->data + (gsize) i * sizeof (gint64) * 5);

      self->ids[i] = row[0];
      self->archived[i] = row[1] != 0;
      self->open_requests[i] = row[2];
      self->outstanding[i] = row[3];
      self->last_activity[i] = row[4];
    }
  self->industry = rank_values (industries, NULL, NULL);
  self->owner = rank_values (owners, &self->owners, &self->n_owners);
  return TRUE;
}

static void
append_client_texts (StewardClientIndex *self,
                     GString            *bodies,
                     GString            *tokens,
                     guint               ordinal,
                     const char         *body)
{
  self->body_starts[ordinal] = bodies->len;
  self->token_starts[ordinal] = tokens->len;
  if (body != NULL)
    {
      g_autofree char *spaced = steward_store_search_split_wide (body);

      steward_client_index_append_trigram_text (bodies, body);
      steward_client_index_append_tokens (self, tokens, spaced, FTS5_TOKENIZE_DOCUMENT);
    }
  g_string_append_c (bodies, '\0');
  g_string_append_c (tokens, '\0');
}

/* The search rows are read as stored (client_search's body; client_search_short holds the same
 * text with wide characters spaced out), matched to the clients by id. */
static gboolean
read_texts (StewardClientIndex  *self,
            GCancellable        *cancellable,
            GError             **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  GString *bodies = g_string_sized_new (self->n * 160 + 1);
  GString *tokens = g_string_sized_new (self->n * 160 + 1);
  guint next = 0;
  int rc;

  self->body_starts = g_new (gsize, self->n + 1);
  self->token_starts = g_new (gsize, self->n + 1);
  stmt = steward_store_prepare (self->store, "SELECT rowid, body FROM client_search ORDER BY rowid",
                                error);
  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      while (next < self->n && self->ids[next] < id)
        append_client_texts (self, bodies, tokens, next++, NULL);
      if (next < self->n && self->ids[next] == id)
        append_client_texts (self, bodies, tokens, next++, steward_stmt_column_text (stmt, 1));
      if (next % 4096 == 0 && g_cancellable_is_cancelled (cancellable))
        break;
    }
  if (stmt != NULL && rc != SQLITE_DONE && rc != SQLITE_ROW)
    steward_store_set_error (self->store, error);
  while (next < self->n)
    append_client_texts (self, bodies, tokens, next++, NULL);
  self->body_starts[self->n] = bodies->len;
  self->token_starts[self->n] = tokens->len;
  self->bodies = g_string_free (bodies, FALSE);
  self->tokens = g_string_free (tokens, FALSE);

  if (stmt == NULL || (rc != SQLITE_DONE && rc != SQLITE_ROW))
    return FALSE;
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* The clients by the first character of each of their tokens. */
static void
collect_initials (StewardClientIndex *self)
{
  self->initials = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  for (guint o = 0; o < self->n; o++)
    {
      const char *end = self->tokens + self->token_starts[o + 1] - 1;

      for (const char *p = self->tokens + self->token_starts[o]; p < end; p++)
        {
          GArray *clients;
          gunichar c;

          if (*p != '\x01' || p + 1 >= end)
            continue;
          c = g_utf8_get_char (p + 1);
          clients = g_hash_table_lookup (self->initials, GUINT_TO_POINTER (c));
          if (clients == NULL)
            {
              clients = g_array_new (FALSE, FALSE, sizeof (guint32));
              g_hash_table_insert (self->initials, GUINT_TO_POINTER (c), clients);
            }
          /* Ordinals come in order: a client's second token of the same initial adds nothing. */
          if (clients->len == 0 || g_array_index (clients, guint32, clients->len - 1) != o)
            {
              g_array_append_val (clients, o);
              self->n_initials++;
            }
        }
    }
}

static gboolean
read_snapshot (StewardClientIndex  *self,
               GCancellable        *cancellable,
               GError             **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gboolean ok;

  /* One read transaction: the texts belong to the clients read. */
  if (!steward_store_exec (self->store, "BEGIN", error))
    return FALSE;
  ok = read_clients (self, names, error) && read_texts (self, cancellable, error);
  steward_store_exec (self->store, ok ? "COMMIT" : "ROLLBACK", NULL);
  if (ok)
    collect_initials (self);

  return ok && sort_orders (self, names, cancellable, error);
}

StewardClientIndex *
steward_client_index_load (StewardStore  *store,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(StewardClientIndex) self = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (StewardClientIndex, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->store = g_object_ref (store);

  if (!create_tokenizer (self, error) || !read_snapshot (self, cancellable, error))
    return NULL;
  return g_steal_pointer (&self);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  StewardClientIndex *index = steward_client_index_load (task_data, cancellable, &error);

  if (index == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, index, (GDestroyNotify) steward_client_index_unref);
}

void
steward_client_index_load_async (StewardStore        *store,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  StewardStore *reader;

  g_return_if_fail (STEWARD_IS_STORE (store));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, steward_client_index_load_async);
  reader = steward_store_open_reader (store, &error);
  if (reader == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* The worker owns the reader, and the index keeps it for its tokenizer. */
  g_task_set_task_data (task, reader, g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

StewardClientIndex *
steward_client_index_load_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

guint
steward_client_index_get_n_clients (StewardClientIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n;
}

gsize
steward_client_index_get_memory_size (StewardClientIndex *self)
{
  gsize per_client = sizeof (gint64) * 4 + sizeof (guint8) + sizeof (guint32) * 3
                     + sizeof (gsize) * 2 + sizeof (guint8)
                     + sizeof (guint32) * (G_N_ELEMENTS (self->orders) * 2 - 1);
  gsize size = sizeof (*self) + (gsize) self->n * per_client;

  g_return_val_if_fail (self != NULL, 0);

  size += self->body_starts[self->n] + self->token_starts[self->n];
  size += self->n_initials * sizeof (guint32)
          + g_hash_table_size (self->initials) * (sizeof (GArray) + 3 * sizeof (gpointer));
  for (guint i = 0; i < self->n_owners; i++)
    size += strlen (self->owners[i]) + 1 + sizeof (char *);
  return size;
}
