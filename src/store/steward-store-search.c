/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-search"

#include "config.h"

#include "steward-client.h"
#include "steward-contact.h"
#include "steward-store-private.h"

/* Search rows hold folded text (steward_client_name_key) so that full-width letters, case and
 * compatibility forms match whatever the user types; queries are folded the same way. */

/* A space around every wide (CJK) character, so the unicode61 tokenizer makes each one a token
 * and a 1–2 character Chinese query becomes a phrase of single-character tokens. */
char *
steward_store_search_split_wide (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iswide (c))
        {
          g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          g_string_append_c (out, ' ');
        }
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
append_folded (GString    *body,
               const char *text)
{
  g_autofree char *key = NULL;

  if (text == NULL || *text == '\0')
    return;
  key = steward_client_name_key (text);
  g_string_append (body, key);
  g_string_append_c (body, '\n');
}

/* Name, then per contact: name, phone as written, phone digits only (so "13800138000" finds
 * "138-0013-8000"), email. */
static char *
build_body (StewardStore  *self,
            gint64         client_id,
            GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  int rc;

  stmt = steward_store_prepare (self,
                                "SELECT name, NULL, NULL, NULL FROM clients WHERE id = ?1 "
                                "UNION ALL "
                                "SELECT name, phone, email, position FROM contacts WHERE client_id = ?1",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, client_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *digits = steward_contact_phone_digits (steward_stmt_column_text (stmt, 1));

      append_folded (body, steward_stmt_column_text (stmt, 0));
      append_folded (body, steward_stmt_column_text (stmt, 1));
      append_folded (body, digits);
      append_folded (body, steward_stmt_column_text (stmt, 2));
    }
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (self, error);
      return NULL;
    }
  return g_string_free (g_steal_pointer (&body), FALSE);
}

static gboolean
write_row (StewardStore  *self,
           const char    *delete_sql,
           const char    *insert_sql,
           gint64         client_id,
           const char    *body,
           GError       **error)
{
  g_autoptr(StewardStmt) del = steward_store_prepare (self, delete_sql, error);
  g_autoptr(StewardStmt) ins = NULL;

  if (del == NULL)
    return FALSE;
  sqlite3_bind_int64 (del, 1, client_id);
  if (!steward_store_step_done (self, del, error))
    return FALSE;

  ins = steward_store_prepare (self, insert_sql, error);
  if (ins == NULL)
    return FALSE;
  sqlite3_bind_int64 (ins, 1, client_id);
  steward_stmt_bind_text (ins, 2, body);
  return steward_store_step_done (self, ins, error);
}

gboolean
steward_store_search_refresh (StewardStore  *self,
                              gint64         client_id,
                              GError       **error)
{
  g_autofree char *body = build_body (self, client_id, error);
  g_autofree char *spaced = NULL;

  if (body == NULL)
    return FALSE;
  spaced = steward_store_search_split_wide (body);

  return write_row (self, "DELETE FROM client_search WHERE rowid = ?",
                    "INSERT INTO client_search (rowid, body) VALUES (?, ?)",
                    client_id, body, error) &&
         write_row (self, "DELETE FROM client_search_short WHERE rowid = ?",
                    "INSERT INTO client_search_short (rowid, body) VALUES (?, ?)",
                    client_id, spaced, error);
}

/* An FTS5 string literal: the text in double quotes, inner quotes doubled. Inside quotes the
 * text is only tokenized, never parsed as query syntax. */
static char *
quote_phrase (const char *text,
              gboolean    prefix)
{
  g_autoptr(GString) out = g_string_new ("\"");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append (out, prefix ? "\"*" : "\"");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
has_token_character (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

StewardSearchKind
steward_store_search_classify (const char  *text,
                               char       **out_text)
{
  g_autofree char *key = NULL;
  char *spaced;

  *out_text = NULL;
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return STEWARD_SEARCH_NOTHING;

  key = steward_client_name_key (text);
  if (*key == '\0')
    return STEWARD_SEARCH_NOTHING;

  if (g_utf8_strlen (key, -1) >= 3)
    {
      *out_text = g_steal_pointer (&key);
      return STEWARD_SEARCH_TRIGRAM;
    }

  /* Short queries: single wide characters are whole tokens, Latin letters and digits match the
   * start of a word ("ac" finds "acme", "13" finds "138-…"). */
  if (!has_token_character (key))
    return STEWARD_SEARCH_NOTHING;
  spaced = steward_store_search_split_wide (key);
  *out_text = g_strstrip (spaced);
  return STEWARD_SEARCH_SHORT;
}

const char *
steward_store_search_condition (const char  *text,
                                char       **out_match)
{
  g_autofree char *query = NULL;

  *out_match = NULL;
  switch (steward_store_search_classify (text, &query))
    {
    case STEWARD_SEARCH_TRIGRAM:
      *out_match = quote_phrase (query, FALSE);
      return "clients.id IN (SELECT rowid FROM client_search WHERE client_search MATCH :match)";

    case STEWARD_SEARCH_SHORT:
      *out_match = quote_phrase (query, TRUE);
      return "clients.id IN (SELECT rowid FROM client_search_short WHERE client_search_short MATCH :match)";

    case STEWARD_SEARCH_NOTHING:
    default:
      return NULL;
    }
}
