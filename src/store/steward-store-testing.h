/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-store.h"

G_BEGIN_DECLS

/* For tests only: they keep SQL inside src/store while letting tests set up states the public
 * API cannot (history written by repositories that do not exist yet, old or future schema
 * versions). Never call these from the application. */

/* A service_requests row for @client_id in @state ("submitted", "confirmed", …) with @fee_fen,
 * submitted and updated at @at. Returns its id, 0 on failure. */
gint64   steward_store_testing_insert_request (StewardStore  *store,
                                               gint64         client_id,
                                               const char    *state,
                                               gint64         fee_fen,
                                               gint64         at,
                                               GError       **error);
/* A payment line of kind "payment" on a request. */
gboolean steward_store_testing_insert_payment (StewardStore  *store,
                                               gint64         request_id,
                                               gint64         amount_fen,
                                               gint64         at,
                                               GError       **error);
/* Creates a new database file at @path with the schema of @version (0: an empty file that
 * SQLite still reads). The file must not be open. */
gboolean steward_store_testing_create_at_version (const char *path,
                                                  int         version,
                                                  GError    **error);
/* A new database file at @path with the schema of version 1 and, written as version 1 stored
 * them: client 1 “华东精密” and requests 1 (config, in-progress, ¥2,000.00, submitted
 * 2026-01-01 10:00 Shanghai), 2 (advisor, settled, ¥200.00, 11:00) and 3 (remote, submitted,
 * fee 0, 12:00). */
gboolean steward_store_testing_create_v1_with_requests (const char *path,
                                                        GError    **error);
/* Sets PRAGMA user_version of a closed database file. */
gboolean steward_store_testing_set_user_version  (const char *path,
                                                  int         version,
                                                  GError    **error);
/* The number of rows of @table (a name of the schema; never user text). */
gint64   steward_store_testing_count_rows        (StewardStore *store,
                                                  const char   *table);
/* Runs test-only SQL (e.g. a TEMP trigger that makes the next write fail). */
gboolean steward_store_testing_exec              (StewardStore *store,
                                                  const char   *sql,
                                                  GError      **error);

G_END_DECLS
