/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-cli-private.h"
#include "steward-error.h"
#include "steward-store.h"

int
steward_cli_check (StewardCliContext  *ctx,
                   int                 argc,
                   char              **argv)
{
  g_autoptr(GError) error = NULL;
  StewardStore *store;
  int version;

  if (!steward_cli_parse (ctx, NULL, NULL, &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 0, ""))
    return STEWARD_EXIT_USAGE;
  /* Opened with the quick check (other commands skip it), then migrated; a damaged or newer
   * file fails here. */
  if (ctx->store == NULL)
    ctx->store = steward_store_open (ctx->database_path, &error);
  if ((store = ctx->store) == NULL || !steward_store_check (store, &error))
    return steward_cli_fail (error);

  version = steward_store_get_schema_version (store);
  if (ctx->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      steward_cli_json_string (builder, "database", steward_store_get_path (store));
      steward_cli_json_string (builder, "integrity", "ok");
      steward_cli_json_int (builder, "schema_version", version);
      steward_cli_json_int (builder, "expected_schema_version", STEWARD_STORE_SCHEMA_VERSION);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      steward_cli_print_json (root);
    }
  else
    {
      g_print (_("Database: %s\n"), steward_store_get_path (store));
      g_print (_("Integrity: ok\n"));
      g_print (_("Schema version: %d (current)\n"), version);
    }
  return STEWARD_EXIT_OK;
}

/* TRUE when @a and @b name the same file (both must exist). */
static gboolean
same_file (const char *a,
           const char *b)
{
  g_autoptr(GFile) fa = g_file_new_for_path (a);
  g_autoptr(GFile) fb = g_file_new_for_path (b);
  g_autoptr(GFileInfo) ia = g_file_query_info (fa, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autoptr(GFileInfo) ib = g_file_query_info (fb, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return ia != NULL && ib != NULL &&
         g_strcmp0 (g_file_info_get_attribute_string (ia, G_FILE_ATTRIBUTE_ID_FILE),
                    g_file_info_get_attribute_string (ib, G_FILE_ATTRIBUTE_ID_FILE)) == 0;
}

int
steward_cli_backup (StewardCliContext  *ctx,
                    int                 argc,
                    char              **argv)
{
  g_autoptr(GError) error = NULL;
  StewardStore *store;

  if (!steward_cli_parse (ctx, NULL, "PATH", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "PATH"))
    return STEWARD_EXIT_USAGE;
  if ((store = steward_cli_open_store (ctx, &error)) == NULL)
    return steward_cli_fail (error);

  if (same_file (argv[1], steward_store_get_path (store)))
    {
      g_set_error (&error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("%s is the database itself: a backup needs another file"), argv[1]);
      return steward_cli_fail (error);
    }
  /* A damaged database is not copied over a good backup (SPEC §9). */
  if (!steward_store_check (store, &error) ||
      !steward_store_backup_to (store, argv[1], &error))
    return steward_cli_fail (error);

  g_print (_("Backed up %s to %s.\n"), steward_store_get_path (store), argv[1]);
  return STEWARD_EXIT_OK;
}
