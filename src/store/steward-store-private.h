/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the files of src/store only: SQLite types never leave this folder. */

#include <sqlite3.h>

#include "steward-client.h"
#include "steward-store.h"

G_BEGIN_DECLS

/* A statement from the store's cache: borrowed, reset and unbound when handed out. Release it
 * (g_autoptr does) as soon as the rows are read, so no read transaction stays open. A cached
 * statement must not be used twice at once: nested queries use different SQL text. */
typedef sqlite3_stmt StewardStmt;

StewardStmt *steward_store_prepare           (StewardStore  *self,
                                              const char    *sql,
                                              GError       **error);
void         steward_stmt_release            (StewardStmt   *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardStmt, steward_stmt_release)

sqlite3     *steward_store_get_db            (StewardStore  *self);
/* Runs SQL without results (several statements allowed; never with user values). */
gboolean     steward_store_exec              (StewardStore  *self,
                                              const char    *sql,
                                              GError       **error);
/* Steps a statement expected to finish without rows (INSERT/UPDATE/DELETE). */
gboolean     steward_store_step_done         (StewardStore  *self,
                                              StewardStmt   *stmt,
                                              GError       **error);
/* Sets STEWARD_ERROR_STORAGE from the connection's last error ("Could not save …: reason"). */
void         steward_store_set_error         (StewardStore  *self,
                                              GError       **error);
/* Binds text, or NULL as ''. */
void         steward_stmt_bind_text          (StewardStmt   *stmt,
                                              int            index,
                                              const char    *text);
/* Binds an instant, STEWARD_TIME_NONE as NULL; reads NULL back as STEWARD_TIME_NONE. */
void         steward_stmt_bind_time          (StewardStmt   *stmt,
                                              int            index,
                                              gint64         instant);
gint64       steward_stmt_column_time        (StewardStmt   *stmt,
                                              int            column);
const char  *steward_stmt_column_text        (StewardStmt   *stmt,
                                              int            column);

/* steward-store-schema.c */
int          steward_store_schema_read_version (sqlite3     *db,
                                                GError     **error);
/* Applies the migrations from the database's version up to @target, each in its own
 * transaction. */
gboolean     steward_store_schema_migrate      (sqlite3     *db,
                                                const char  *path,
                                                int          target,
                                                GError     **error);

/* steward-store-search.c */

/* Rewrites the search rows of one client (inside the caller's transaction). */
gboolean     steward_store_search_refresh      (StewardStore *self,
                                                gint64        client_id,
                                                GError      **error);
/* An SQL condition on clients.id for a search, with the parameter ":match" for the returned MATCH expression:
 * the trigram table for 3+ characters, the short-query table for 1–2. NULL (and *out_match
 * NULL) when the text can match nothing, e.g. only punctuation in a short query. */
const char  *steward_store_search_condition    (const char   *text,
                                                char        **out_match);

/* How a search is answered; shared by the SQL condition above and the in-memory client index
 * (steward-client-index.c), so both match the same clients. */
typedef enum {
  STEWARD_SEARCH_NOTHING,  /* matches no client (only punctuation, invalid UTF-8, empty) */
  STEWARD_SEARCH_TRIGRAM,  /* 3+ characters: a substring of the folded body */
  STEWARD_SEARCH_SHORT,    /* 1–2 characters: a phrase of unicode61 tokens, the last one a prefix */
} StewardSearchKind;

/* *@out_text: the folded query (TRIGRAM), or its wide-split, stripped form (SHORT), else NULL. */
StewardSearchKind steward_store_search_classify (const char  *text,
                                                 char       **out_text);
/* A space around every wide (CJK) character, as written to client_search_short. */
char        *steward_store_search_split_wide    (const char   *text);

/* steward-store-clients.c */

/* The columns steward_store_client_from_row () reads, in order, for "SELECT … FROM clients". */
#define STEWARD_STORE_CLIENT_COLUMNS                                                          \
  "clients.id, clients.name, clients.industry, clients.address, clients.notes, clients.owner, " \
  "clients.advisor, clients.archived, clients.created_at, clients.updated_at, "               \
  "clients.open_requests, clients.outstanding_fen, clients.last_activity_at, "                \
  "(SELECT group_concat (os) FROM client_platforms p WHERE p.client_id = clients.id)"

/* A new StewardClient, summaries included. */
StewardClient *steward_store_client_from_row   (StewardStmt  *stmt);

/* steward-store-backup.c */
gboolean     steward_store_set_private_mode    (const char  *path,
                                                GError     **error);

/* Opens the backup at @path read-only after the full integrity check (steward-store-backup.c). */
sqlite3     *steward_store_open_checked_backup (const char  *path,
                                                GError     **error);

G_END_DECLS
