/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-store-demo.h"
#include "steward-store-private.h"

G_BEGIN_DECLS

/* The prepared statements of one demo fill, taken from the store's cache once and reused for
 * every row (steward_store_step_done () resets them). */
/* What the client list shows of each client (clients.open_requests, outstanding_fen,
 * last_activity_at), added up while the requests are written. */
typedef struct {
  gint64 outstanding;
  gint64 last_activity;
  guint  open;
} DemoSummary;

typedef struct {
  StewardStore *store;
  DemoSummary  *summaries;   /* [client id - 1] */
  guint         n_clients;
  StewardStmt  *request;
  StewardStmt  *payment;
  StewardStmt  *audit[STEWARD_DEMO_MAX_AUDIT + 1];  /* [n]: n rows at once */
  StewardStmt  *note;
  StewardStmt  *feedback;
  StewardStmt  *session;
  StewardStmt  *attendee;
  StewardStmt  *complaint;
} DemoRequestWriter;

gboolean _steward_store_demo_writer_init  (DemoRequestWriter        *writer,
                                           StewardStore             *store,
                                           guint                     n_clients,
                                           GError                  **error);
void     _steward_store_demo_writer_clear (DemoRequestWriter        *writer);
/* Writes a step in the order its references need: request, complaint, payments, remedy. */
gboolean _steward_store_demo_write_step   (DemoRequestWriter        *writer,
                                           const StewardDemoStep    *step,
                                           GError                  **error);
/* Writes the summaries added up by the steps into the clients table. */
gboolean _steward_store_demo_write_summaries (DemoRequestWriter     *writer,
                                              GError               **error);
/* Writes one payment line of a request (request_id > 0) or a package (package_id > 0). */
gboolean _steward_store_demo_write_payment (DemoRequestWriter       *writer,
                                            gint64                   request_id,
                                            gint64                   package_id,
                                            const StewardDemoPayment *payment,
                                            const char              *who,
                                            GError                 **error);

/* Text that outlives the step of the statement it is bound to: no copy. */
static inline void
demo_bind_static (StewardStmt *stmt,
                  int          index,
                  const char  *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_STATIC);
}

static inline void
demo_bind_id (StewardStmt *stmt,
              int          index,
              gint64       id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

G_END_DECLS
