/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-demo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-client.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-store-demo-private.h"
#include "steward-store-settings.h"
#include "steward-time.h"

/* The demo is written the fast way a bulk load is: one transaction, statements prepared once,
 * and the per-row triggers that keep the client list's summaries (client_summary.sql) set
 * aside while rows stream in — they would rescan a client's requests for every payment — then
 * put back and the summaries computed once, with the same definitions, at the end. */

#define PROGRESS_EVERY 100000
/* The page cache during the load, in KiB (negative: a size rather than a page count). */
#define FILL_CACHE_KIB -262144

static gint64
read_cache_size (StewardStore *store)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (store, "PRAGMA cache_size", NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return -2000;  /* SQLite's default */
  return sqlite3_column_int64 (stmt, 0);
}

static gboolean
database_is_empty (StewardStore  *store,
                   GError       **error)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (store,
                                                       "SELECT (SELECT count (*) FROM clients) + "
                                                       "(SELECT count (*) FROM service_requests) + "
                                                       "(SELECT count (*) FROM config_templates)",
                                                       error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      steward_store_set_error (store, error);
      return FALSE;
    }
  if (sqlite3_column_int64 (stmt, 0) != 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT,
                   _("Demo data needs an empty database, and this one already has clients or requests"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_templates (StewardStore  *store,
                 gint64         at,
                 GError       **error)
{
  for (guint i = 0; i < steward_demo_n_templates (); i++)
    {
      g_autoptr(StewardStmt) stmt = steward_store_prepare (store,
                                                           "INSERT INTO config_templates (id, name, description, created_at) "
                                                           "VALUES (?, ?, ?, ?)",
                                                           error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, i + 1);
      demo_bind_static (stmt, 2, steward_demo_template_name (i));
      demo_bind_static (stmt, 3, steward_demo_template_description (i));
      sqlite3_bind_int64 (stmt, 4, at);
      if (!steward_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_client_row (StewardStore             *store,
                  const StewardDemoClient  *c,
                  GError                  **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  g_autofree char *key = steward_client_name_key (c->name);

  stmt = steward_store_prepare (store,
                                "INSERT INTO clients (id, name, name_key, industry, address, notes, owner, "
                                "advisor, created_at, updated_at, last_activity_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?9)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, c->id);
  demo_bind_static (stmt, 2, c->name);
  demo_bind_static (stmt, 3, key);
  demo_bind_static (stmt, 4, c->industry);
  demo_bind_static (stmt, 5, c->address);
  demo_bind_static (stmt, 6, c->notes);
  demo_bind_static (stmt, 7, c->owner);
  demo_bind_static (stmt, 8, c->advisor);
  sqlite3_bind_int64 (stmt, 9, c->created_at);
  return steward_store_step_done (store, stmt, error);
}

static gboolean
write_client_parts (StewardStore             *store,
                    const StewardDemoClient  *c,
                    GError                  **error)
{
  for (int os = STEWARD_OS_WINDOWS; os <= STEWARD_OS_LINUX; os++)
    {
      g_autoptr(StewardStmt) stmt = NULL;

      if ((c->os_mask & (1u << os)) == 0)
        continue;
      stmt = steward_store_prepare (store, "INSERT INTO client_platforms (client_id, os) VALUES (?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, c->id);
      demo_bind_static (stmt, 2, steward_enum_code (STEWARD_TYPE_OS, os));
      if (!steward_store_step_done (store, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < c->n_contacts; i++)
    {
      const StewardDemoContact *p = &c->contacts[i];
      g_autoptr(StewardStmt) stmt = steward_store_prepare (store,
                                                           "INSERT INTO contacts (id, client_id, name, role, phone, email, "
                                                           "is_primary, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                                           error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, p->id);
      sqlite3_bind_int64 (stmt, 2, c->id);
      demo_bind_static (stmt, 3, p->name);
      demo_bind_static (stmt, 4, p->role);
      demo_bind_static (stmt, 5, p->phone);
      demo_bind_static (stmt, 6, p->email);
      sqlite3_bind_int (stmt, 7, p->primary);
      sqlite3_bind_int (stmt, 8, (int) i);
      if (!steward_store_step_done (store, stmt, error))
        return FALSE;
    }
  return steward_store_search_refresh (store, c->id, error);
}

static gboolean
write_packages (StewardStore             *store,
                DemoRequestWriter        *writer,
                const StewardDemoClient  *c,
                GError                  **error)
{
  for (guint i = 0; i < c->n_packages; i++)
    {
      const StewardDemoPackage *p = &c->packages[i];
      StewardDemoPayment prepaid = {
        .id = p->payment_id, .kind = STEWARD_PAYMENT_KIND_PAYMENT, .method = p->method,
        .amount = p->price_per_month * p->months, .at = p->purchased_at, .note = "月度套餐预付",
      };
      g_autoptr(StewardStmt) stmt = steward_store_prepare (store,
                                                           "INSERT INTO monthly_packages (id, client_id, start_year, start_month, "
                                                           "months, price_per_month_fen, quota, overage_fen, purchased_at, created_at) "
                                                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                                                           error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, p->id);
      sqlite3_bind_int64 (stmt, 2, c->id);
      sqlite3_bind_int (stmt, 3, p->start_year);
      sqlite3_bind_int (stmt, 4, p->start_month);
      sqlite3_bind_int (stmt, 5, (int) p->months);
      sqlite3_bind_int64 (stmt, 6, p->price_per_month);
      sqlite3_bind_int (stmt, 7, (int) p->quota);
      sqlite3_bind_int64 (stmt, 8, p->overage);
      sqlite3_bind_int64 (stmt, 9, p->purchased_at);
      if (!steward_store_step_done (store, stmt, error))
        return FALSE;
      g_strlcpy (prepaid.reference, p->reference, sizeof prepaid.reference);
      if (!_steward_store_demo_write_payment (writer, 0, p->id, &prepaid, c->owner, error))
        return FALSE;
    }
  return TRUE;
}

/* Packages are written after every client: their payment lines run a trigger, and a statement
 * with a trigger makes FTS5 flush its pending search terms (a savepoint), which for each client
 * in turn would cost a segment each. */
static gboolean
write_clients (StewardStore       *store,
               StewardDemoPlanner *planner,
               DemoRequestWriter  *writer,
               guint               n_clients,
               GError            **error)
{
  StewardDemoClient *client = g_new0 (StewardDemoClient, 1);
  g_autoptr(GArray) buyers = g_array_new (FALSE, FALSE, sizeof (StewardDemoClient));
  gboolean ok = TRUE;

  for (guint i = 0; i < n_clients && ok; i++)
    {
      steward_demo_plan_client (planner, i, client);
      ok = write_client_row (store, client, error) && write_client_parts (store, client, error);
      if (client->n_packages > 0)
        g_array_append_val (buyers, *client);
    }
  for (guint i = 0; i < buyers->len && ok; i++)
    ok = write_packages (store, writer, &g_array_index (buyers, StewardDemoClient, i), error);
  g_free (client);
  return ok;
}

static gboolean
write_requests (DemoRequestWriter        *writer,
                StewardDemoPlanner       *planner,
                const StewardDemoOptions *options,
                GError                  **error)
{
  StewardDemoStep *step = g_new0 (StewardDemoStep, 1);
  gboolean ok = TRUE;

  for (guint i = 0; i < options->n_requests && ok; i++)
    {
      steward_demo_plan_request (planner, i, step);
      ok = _steward_store_demo_write_step (writer, step, error);
      if (ok && options->progress != NULL && (i + 1) % PROGRESS_EVERY == 0)
        options->progress (i + 1, options->n_requests, options->progress_data);
    }
  g_free (step);
  return ok;
}

/* Schema objects set aside during the load and put back from their own SQL afterwards, read
 * from sqlite_schema so that they return exactly as the schema files define them: the summary
 * triggers of client_summary.sql (the writer adds the summaries up instead), and the indexes
 * of the tables the load fills — sorting once at the end beats inserting into a dozen B-trees
 * for every row, even for indexes whose rows arrive in order, once the database outgrows the
 * page cache (measured: 1,000,000 requests load 10 s faster). Contacts keep theirs, which the
 * search rows are built from. The search tables stop merging their segments while clients
 * stream in and are merged once (FTS5 'optimize') at the end, which also leaves them in the
 * shape queries like best. */
static const char set_aside_sql[] =
  "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND ("
  "  (type = 'trigger' AND sql LIKE '%UPDATE clients SET%') OR "
  "  (type = 'index' AND tbl_name IN ('clients', 'service_requests', 'payments', 'request_audit', "
  "   'request_notes', 'feedback_items', 'training_sessions', 'training_attendees', 'complaints'))) "
  "ORDER BY type, name";

static GPtrArray *
set_aside (StewardStore  *store,
           GError       **error)
{
  g_autoptr(GPtrArray) saved = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(StewardStmt) stmt = steward_store_prepare (store, set_aside_sql, error);

  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      /* Names come from our own schema, never from user text. */
      g_ptr_array_add (drops, g_strdup_printf ("DROP %s \"%s\"", g_str_equal (steward_stmt_column_text (stmt, 0), "index")
                                                                   ? "INDEX" : "TRIGGER",
                                               steward_stmt_column_text (stmt, 1)));
      g_ptr_array_add (saved, g_strdup (steward_stmt_column_text (stmt, 2)));
    }
  g_clear_pointer (&stmt, steward_stmt_release);

  for (guint i = 0; i < drops->len; i++)
    if (!steward_store_exec (store, drops->pdata[i], error))
      return NULL;
  if (!steward_store_exec (store,
                           "INSERT INTO client_search (client_search, rank) VALUES ('automerge', 0);"
                           "INSERT INTO client_search_short (client_search_short, rank) VALUES ('automerge', 0);",
                           error))
    return NULL;
  return g_steal_pointer (&saved);
}

/* Puts back what set_aside () took, after the summaries the triggers would have kept are
 * written (_steward_store_demo_write_summaries ()) and the search tables merged. */
static gboolean
restore (StewardStore  *store,
         GPtrArray     *saved,
         GError       **error)
{
  if (!steward_store_exec (store,
                           "INSERT INTO client_search (client_search) VALUES ('optimize');"
                           "INSERT INTO client_search_short (client_search_short) VALUES ('optimize');"
                           "INSERT INTO client_search (client_search, rank) VALUES ('automerge', 4);"
                           "INSERT INTO client_search_short (client_search_short, rank) VALUES ('automerge', 4);",
                           error))
    return FALSE;
  for (guint i = 0; i < saved->len; i++)
    if (!steward_store_exec (store, saved->pdata[i], error))
      return FALSE;
  return TRUE;
}

static gboolean
fill (StewardStore              *store,
      const StewardDemoOptions  *options,
      StewardDemoPlanner        *planner,
      gint64                     now,
      GError                   **error)
{
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(GTimer) timer = NULL;
  DemoRequestWriter writer;
  gboolean ok;

  if (!database_is_empty (store, error) ||
      (saved = set_aside (store, error)) == NULL ||
      !_steward_store_demo_writer_init (&writer, store, options->n_clients, error))
    return FALSE;

  timer = g_timer_new ();
  ok = write_templates (store, now - STEWARD_DEMO_SPAN_SECONDS - G_GINT64_CONSTANT (365) * 24 * 3600, error) &&
       write_clients (store, planner, &writer, options->n_clients, error);
  g_debug ("Demo clients written in %.1f s", g_timer_elapsed (timer, NULL));
  ok = ok && write_requests (&writer, planner, options, error) &&
       _steward_store_demo_write_summaries (&writer, error);
  g_debug ("Demo requests written in %.1f s", g_timer_elapsed (timer, NULL));
  _steward_store_demo_writer_clear (&writer);
  ok = ok && restore (store, saved, error);
  g_debug ("Demo indexes and summaries rebuilt in %.1f s", g_timer_elapsed (timer, NULL));
  return ok;
}

gboolean
steward_demo_fill (StewardStore              *store,
                   const StewardDemoOptions  *options,
                   GError                   **error)
{
  g_autoptr(StewardCalendar) calendar = NULL;
  g_autoptr(StewardDemoPlanner) planner = NULL;
  StewardPricing pricing;
  gint64 cache_pages;
  gboolean ok;
  gint64 now;

  g_return_val_if_fail (STEWARD_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options->n_clients == 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID, _("Demo data needs at least one client"));
      return FALSE;
    }

  calendar = options->calendar != NULL ? g_object_ref (options->calendar)
                                       : steward_store_settings_load_calendar (store, NULL, error);
  if (calendar == NULL)
    return FALSE;
  if (options->pricing != NULL)
    pricing = *options->pricing;
  else if (!steward_store_settings_load_pricing (store, &pricing, error))
    return FALSE;
  now = options->now != STEWARD_TIME_NONE ? options->now : steward_time_now ();
  planner = steward_demo_planner_new (options, now, calendar, &pricing);

  /* Bulk-load settings for this connection, put back afterwards. A large page cache keeps
   * SQLite from spilling half-built pages into the WAL and reading them back. CHECK
   * constraints with IN lists build a temporary table on every insert, and foreign keys look
   * up a parent for every row: the planner writes only valid codes and existing ids, which
   * the tests verify with steward_store_check () (integrity_check checks CHECK constraints,
   * foreign_key_check the references). Foreign keys can only be switched outside a
   * transaction, hence before the begin. */
  cache_pages = read_cache_size (store);
  if (!steward_store_exec (store, "PRAGMA cache_size = " G_STRINGIFY (FILL_CACHE_KIB) "; "
                           "PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF", error))
    return FALSE;
  /* fill () writes only into an empty database: under a rollback journal, which holds the few
   * pages that existed before, every page is written once into the file instead of twice (into
   * the WAL, then checkpointed into the file: 7 s of a 1,000,000-request load). While another
   * connection has the database open SQLite stays in WAL mode, which is just slower. The index
   * sorts of restore () may use a second core. */
  steward_store_exec (store, "PRAGMA journal_mode = DELETE; PRAGMA threads = 2", NULL);
  if (!steward_store_begin (store, error))
    ok = FALSE;
  else if (!fill (store, options, planner, now, error))
    {
      steward_store_rollback (store);
      ok = FALSE;
    }
  else
    ok = steward_store_commit (store, error);
  {
    g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT "; "
                                            "PRAGMA ignore_check_constraints = OFF; PRAGMA foreign_keys = ON; "
                                            "PRAGMA threads = 0",
                                            cache_pages);

    steward_store_exec (store, sql, NULL);
  }
  /* The store's connection always runs in WAL mode (steward_store_open ()). */
  if (!steward_store_exec (store, "PRAGMA journal_mode = WAL", ok ? error : NULL))
    ok = FALSE;
  return ok;
}
