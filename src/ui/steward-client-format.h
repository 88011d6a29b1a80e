/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-client.h"
#include "steward-contact.h"

G_BEGIN_DECLS

/* What the client pages show, as pure functions of model values (no widgets), so tests check
 * them without a display. */

/* A client's last activity for a list cell, seen at @now in @tz (local when NULL): "Today
 * 14:05", "Yesterday 09:30", "Mar 3" this year, "2025-11-20" before; "" for STEWARD_TIME_NONE. */
char     *steward_format_last_activity (gint64      instant,
                                        gint64      now,
                                        GTimeZone  *tz);
/* The balance outstanding: "¥1,234.50", "" when nothing is owed. */
char     *steward_format_balance       (gint64      fen);
/* "1 client", "12,345 clients". */
char     *steward_format_client_count  (guint       n_clients);
/* The platforms as "Windows, macOS", or "None" when the client uses none of the three. */
char     *steward_format_platforms     (StewardPlatforms platforms);

/* A contact's second line: "Purchasing manager · 138 0013 8000 · li@example.com", the parts
 * present. */
char     *steward_format_contact_summary (StewardContact *contact);

/* Which of the clients page's views shows. */
typedef enum {
  STEWARD_CLIENTS_VIEW_LIST,
  STEWARD_CLIENTS_VIEW_EMPTY,        /* no clients at all: offer New Client and Import */
  STEWARD_CLIENTS_VIEW_NO_RESULTS,   /* a search or filter hides every client */
} StewardClientsView;

StewardClientsView steward_clients_view_for (guint    n_items,
                                             gboolean searching_or_filtering);

/* The client actions a selection allows. */
typedef struct {
  gboolean open;      /* open its page */
  gboolean archive;   /* an active client */
  gboolean restore;   /* an archived client */
} StewardClientActions;

/* For the selected @client (NULL: nothing selected). */
StewardClientActions steward_client_actions_for (StewardClient *client);

G_END_DECLS
