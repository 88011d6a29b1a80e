/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdarg.h>
#include <string.h>

#include "cli-harness.h"
#include "steward-client-list-model.h"
#include "steward-store-clients.h"
#include "steward-store-requests-testing.h"
#include "steward-store-testing.h"

void
steward_run_free (StewardRun *run)
{
  if (run == NULL)
    return;
  g_free (run->out);
  g_free (run->err);
  g_free (run);
}

StewardRun *
steward_run (const char *database,
             ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *bin = g_getenv ("STEWARD_BIN");
  StewardRun *run = g_new0 (StewardRun, 1);
  int wait_status = 0;
  const char *arg;
  va_list args;

  g_assert_nonnull (bin);
  g_ptr_array_add (argv, (gpointer) bin);
  if (database != NULL)
    {
      g_ptr_array_add (argv, (gpointer) "--database");
      g_ptr_array_add (argv, (gpointer) database);
    }
  va_start (args, database);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = g_spawn_check_wait_status (wait_status, NULL) ? 0 : WEXITSTATUS (wait_status);
  if (WIFSIGNALED (wait_status))
    g_error ("steward died of signal %d; stderr:\n%s", WTERMSIG (wait_status), run->err);
  return run;
}

char *
steward_test_dir_new (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("steward-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
    }
  g_remove (path);
}

void
steward_test_dir_free (char *dir)
{
  if (dir == NULL)
    return;
  remove_tree (dir);
  g_free (dir);
}

/* Every table of schema v1 (and those later branches add: a missing table counts -1 both
 * times, so it never makes snapshots differ). */
static const char * const tables[] = {
  "clients", "contacts", "client_platforms", "service_requests", "payments", "request_audit",
  "request_notes", "feedback_items", "monthly_packages", "training_sessions", "training_attendees",
  "complaints", "calendar_days", "calendar_windows", "settings", "report_definitions",
  "config_templates",
};

/* Every stored field of every client and contact. */
static void
dump_clients (StewardStore *store,
              GString      *out)
{
  g_autoptr(StewardStoreClients) clients = steward_store_clients_new (store);
  g_autoptr(StewardClientListModel) model = steward_client_list_model_new (store);

  steward_client_list_model_set_filter (model, STEWARD_CLIENT_FILTER_ALL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(StewardClient) c = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_autoptr(GPtrArray) contacts = NULL;
      gint64 id = steward_client_get_id (c);

      g_string_append_printf (out, "client %" G_GINT64_FORMAT "|%s|%s|%s|%s|%s|%s|%s|%u|%d|%" G_GINT64_FORMAT "\n",
                              id, steward_client_get_name (c), steward_client_get_industry (c),
                              steward_client_get_address (c), steward_client_get_notes (c),
                              steward_client_get_owner (c), steward_client_get_advisor (c),
                              steward_client_get_archived (c) ? "archived" : "active",
                              (guint) steward_client_get_platforms (c), (int) steward_client_get_open_requests (c),
                              steward_client_get_updated_at (c));
      contacts = steward_client_repository_list_contacts (STEWARD_CLIENT_REPOSITORY (clients), id, NULL);
      g_assert_nonnull (contacts);
      for (guint j = 0; j < contacts->len; j++)
        {
          StewardContact *k = g_ptr_array_index (contacts, j);

          g_string_append_printf (out, "  contact %" G_GINT64_FORMAT "|%s|%s|%s|%s|%d\n",
                                  steward_contact_get_id (k), steward_contact_get_name (k),
                                  steward_contact_get_role (k), steward_contact_get_phone (k),
                                  steward_contact_get_email (k), steward_contact_get_primary (k));
        }
    }
}

char *
steward_test_snapshot (const char *database)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardStore) store = steward_store_open (database, &error);
  gint64 n_requests;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_string_append_printf (out, "%s: %" G_GINT64_FORMAT "\n", tables[i],
                            steward_store_testing_count_rows (store, tables[i]));
  dump_clients (store, out);
  /* Ids are given in order and nothing is ever deleted, so 1..count are all the requests. */
  n_requests = steward_store_testing_count_rows (store, "service_requests");
  for (gint64 id = 1; id <= n_requests; id++)
    {
      g_autofree char *dump = steward_store_testing_dump_request (store, id);
      g_string_append (out, dump);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
steward_test_write_file (const char *dir,
                         const char *name,
                         const char *contents,
                         gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

void
steward_assert_run_at (const StewardRun *run,
                       int               code,
                       const char       *needle,
                       const char       *file,
                       int               line)
{
  if (run->status == code && (needle == NULL || strstr (run->err, needle) != NULL))
    return;
  g_error ("%s:%d: expected exit %d%s%s, got %d\nstdout: %s\nstderr: %s", file, line, code,
           needle ? " with " : "", needle ? needle : "", run->status, run->out, run->err);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

JsonObject *
steward_test_json_object (const char *text)
{
  g_autoptr(JsonNode) root = parse_json (text);

  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_object_ref (json_node_get_object (root));
}

JsonArray *
steward_test_json_array (const char *text)
{
  g_autoptr(JsonNode) root = parse_json (text);

  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  return json_array_ref (json_node_get_array (root));
}

JsonObject *
steward_test_show_request (const char *database,
                           const char *id)
{
  g_autoptr(StewardRun) run = steward_run (database, "request", "show", id, "--json", NULL);

  steward_assert_run (run, 0, NULL);
  return steward_test_json_object (run->out);
}
