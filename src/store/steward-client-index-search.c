/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE  /* memmem */
#define G_LOG_DOMAIN "steward-client-index"

#include "config.h"

#include "steward-client-index.h"
#include "steward-client-index-private.h"

#include <string.h>

/* Searching: the query becomes a needle (the folded text, or \x01-prefixed tokens), every
 * client whose text holds it is marked, and the list order is walked once for the marked
 * clients that pass the filters. */

void
steward_client_index_append_trigram_text (GString    *out,
                                          const char *text)
{
  /* SQLite reads these two non-characters as U+FFFD; they are rare, so copy at once when absent. */
  if (strstr (text, "\xef\xbf\xbe") == NULL && strstr (text, "\xef\xbf\xbf") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, c == 0xFFFE || c == 0xFFFF ? 0xFFFD : c);
    }
}

static int
append_token (void       *user_data,
              int         flags,
              const char *token,
              int         n_token,
              int         start,
              int         end)
{
  GString *out = user_data;

  g_string_append_c (out, '\x01');
  g_string_append_len (out, token, n_token);
  return SQLITE_OK;
}

void
steward_client_index_append_tokens (StewardClientIndex *self,
                                    GString            *out,
                                    const char         *text,
                                    int                 flags)
{
  self->tokenizer.xTokenize (self->tokenizer_instance, out, flags, text, (int) strlen (text),
                             append_token);
}

/* NULL when the query can match nothing (a short query of no token). */
static char *
make_needle (StewardClientIndex *self,
             StewardSearchKind   kind,
             const char         *query)
{
  GString *needle = g_string_new (NULL);

  if (kind == STEWARD_SEARCH_TRIGRAM)
    steward_client_index_append_trigram_text (needle, query);
  else
    steward_client_index_append_tokens (self, needle, query,
                                        FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX);
  if (needle->len == 0)
    {
      g_string_free (needle, TRUE);
      return NULL;
    }
  return g_string_free (needle, FALSE);
}

/* One pass of memmem over all texts: after a hit, the rest of that client is skipped. */
static void
scan_all (const char  *texts,
          const gsize *starts,
          guint        n,
          const char  *needle,
          guint8      *matches)
{
  gsize needle_len = strlen (needle);
  const char *end = texts + starts[n];
  const char *p = texts;
  guint ordinal = 0;

  memset (matches, 0, MAX (n, 1));
  while (p < end && (p = memmem (p, end - p, needle, needle_len)) != NULL)
    {
      gsize offset = p - texts;

      while (starts[ordinal + 1] <= offset)
        ordinal++;
      matches[ordinal] = 1;
      p = texts + starts[ordinal + 1];
    }
}

/* Only the clients matched before are looked at again. */
static void
scan_matched (const char  *texts,
              const gsize *starts,
              guint        n,
              const char  *needle,
              guint8      *matches)
{
  gsize needle_len = strlen (needle);

  for (guint i = 0; i < n; i++)
    if (matches[i]
        && memmem (texts + starts[i], starts[i + 1] - starts[i] - 1, needle, needle_len) == NULL)
      matches[i] = 0;
}

/* A needle of one token prefix of one character ("\x01a"): the clients with a token that
 * begins with it are listed already. */
static gboolean
is_initial (StewardSearchKind  kind,
            const char        *needle)
{
  return kind == STEWARD_SEARCH_SHORT && needle[0] == '\x01' && needle[1] != '\0'
         && *g_utf8_next_char (needle + 1) == '\0';
}

static void
mark_initial (StewardClientIndex *self,
              const char         *needle,
              guint8             *matches)
{
  GArray *clients = g_hash_table_lookup (self->initials,
                                         GUINT_TO_POINTER (g_utf8_get_char (needle + 1)));

  memset (matches, 0, MAX (self->n, 1));
  for (guint i = 0; clients != NULL && i < clients->len; i++)
    matches[g_array_index (clients, guint32, i)] = 1;
}

static const guint8 *
find_matches (StewardClientIndex *self,
              StewardSearchKind   kind,
              char               *needle)
{
  const char *texts = kind == STEWARD_SEARCH_TRIGRAM ? self->bodies : self->tokens;
  const gsize *starts = kind == STEWARD_SEARCH_TRIGRAM ? self->body_starts : self->token_starts;

  if (self->last_matches == NULL)
    self->last_matches = g_new (guint8, MAX (self->n, 1));

  if (is_initial (kind, needle))
    mark_initial (self, needle, self->last_matches);
  /* A client that holds the new needle holds any part of it. */
  else if (self->last_needle != NULL && self->last_kind == kind
           && strstr (needle, self->last_needle) != NULL)
    scan_matched (texts, starts, self->n, needle, self->last_matches);
  else
    scan_all (texts, starts, self->n, needle, self->last_matches);

  g_free (self->last_needle);
  self->last_needle = needle;
  self->last_kind = kind;
  return self->last_matches;
}

static gboolean
find_owner (StewardClientIndex *self,
            const char         *owner,
            guint32            *out_rank)
{
  guint lo = 0, hi = self->n_owners;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int c = strcmp (self->owners[mid], owner);

      if (c == 0)
        {
          *out_rank = mid;
          return TRUE;
        }
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

typedef struct {
  const guint8        *matches;   /* NULL: every client */
  gboolean             by_owner;
  guint32              owner;
  StewardClientFilter  filter;
} Wanted;

static inline gboolean
is_wanted (const StewardClientIndex *self,
           const Wanted             *wanted,
           guint32                   o)
{
  return (wanted->matches == NULL || wanted->matches[o])
         && (wanted->filter == STEWARD_CLIENT_FILTER_ALL
             || self->archived[o] == (wanted->filter == STEWARD_CLIENT_FILTER_ARCHIVED))
         && (!wanted->by_owner || self->owner[o] == wanted->owner);
}

static void
collect (StewardClientIndex *self,
         const Wanted       *wanted,
         StewardClientSort   sort,
         gboolean            descending,
         GArray             *ids)
{
  if (sort == STEWARD_CLIENT_SORT_NAME && descending)
    {
      const guint32 *order = self->orders[STEWARD_CLIENT_SORT_NAME][0];

      for (guint i = self->n; i-- > 0;)
        if (is_wanted (self, wanted, order[i]))
          g_array_append_val (ids, self->ids[order[i]]);
      return;
    }
  for (guint i = 0; i < self->n; i++)
    {
      guint32 o = self->orders[sort][descending ? 1 : 0][i];

      if (is_wanted (self, wanted, o))
        g_array_append_val (ids, self->ids[o]);
    }
}

GArray *
steward_client_index_search (StewardClientIndex  *self,
                             const char          *text,
                             const char          *owner,
                             StewardClientFilter  filter,
                             StewardClientSort    sort,
                             gboolean             descending)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  Wanted wanted = { NULL, owner != NULL, 0, filter };

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (filter <= STEWARD_CLIENT_FILTER_ALL, NULL);
  g_return_val_if_fail (sort <= STEWARD_CLIENT_SORT_OPEN_REQUESTS, NULL);

  if (text != NULL && *text != '\0')
    {
      g_autofree char *query = NULL;
      StewardSearchKind kind = steward_store_search_classify (text, &query);
      char *needle = kind != STEWARD_SEARCH_NOTHING ? make_needle (self, kind, query) : NULL;

      if (needle == NULL)
        return g_steal_pointer (&ids);
      wanted.matches = find_matches (self, kind, needle);
    }
  if (owner != NULL && !find_owner (self, owner, &wanted.owner))
    return g_steal_pointer (&ids);

  collect (self, &wanted, sort, !!descending, ids);
  return g_steal_pointer (&ids);
}
