/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-client-index.h"
#include "steward-store-private.h"

G_BEGIN_DECLS

/* The parts of a StewardClientIndex, for its two source files. Clients are numbered 0…n-1
 * ("ordinals") in id order; every per-client array is indexed by ordinal. */
struct _StewardClientIndex
{
  gatomicrefcount  ref_count;

  /* Its connection lends SQLite's unicode61 tokenizer, so short queries and the texts they are
   * matched against are split into the very tokens client_search_short holds. */
  StewardStore    *store;
  fts5_tokenizer   tokenizer;
  Fts5Tokenizer   *tokenizer_instance;

  guint            n;
  gint64          *ids;
  guint8          *archived;
  guint32         *owner;          /* rank in @owners */
  guint32         *industry;       /* rank among the industries (byte order, as SQLite's BINARY) */
  guint32         *name_rank;      /* rank of name_key */
  gint64          *open_requests;
  gint64          *outstanding;
  gint64          *last_activity;
  char           **owners;         /* sorted, distinct */
  guint            n_owners;

  /* Ordinals in each list order, [sort][descending]; by name descending is by name reversed,
   * so orders[NAME][1] is NULL. */
  guint32         *orders[STEWARD_CLIENT_SORT_OPEN_REQUESTS + 1][2];

  /* Texts, each followed by a NUL; starts[n] is the length of the whole buffer. bodies: the
   * client_search body, matched by substring. tokens: its unicode61 tokens, each preceded by
   * \x01, so "\x01科\x01技" finds the phrase 科 技* and "\x01ac" a token starting with ac. */
  char            *bodies;
  gsize           *body_starts;
  char            *tokens;
  gsize           *token_starts;

  /* For each character that begins a token, the clients (ordinals, ascending) with such a
   * token: a one-character query (most first keystrokes) is answered without a scan.
   * gunichar → GArray of guint32. */
  GHashTable      *initials;
  gsize            n_initials;     /* ordinals in all the arrays */

  /* The last search's matches (by ordinal), to narrow the next one when its needle contains
   * this one's (typing on only ever removes clients). */
  StewardSearchKind last_kind;
  char            *last_needle;
  guint8          *last_matches;
};

/* The text SQLite's trigram tokenizer sees: U+FFFE and U+FFFF are read as U+FFFD. */
void steward_client_index_append_trigram_text (GString            *out,
                                               const char         *text);
/* Appends \x01 and each unicode61 token of @text (with @flags, FTS5_TOKENIZE_*). */
void steward_client_index_append_tokens       (StewardClientIndex *self,
                                               GString            *out,
                                               const char         *text,
                                               int                 flags);

G_END_DECLS
