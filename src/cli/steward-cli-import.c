/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-cli-clients.h"
#include "steward-client-repository.h"
#include "steward-csv.h"
#include "steward-error.h"
#include "steward-store.h"

/* `import clients FILE.csv`: every row is checked before anything is written, and the rows are
 * written in one transaction, so a bad row (or a storage failure) leaves the database as it
 * was. A client whose name is already taken, in the database or by an earlier row, is not a bad
 * row: it is skipped and reported, never merged into the existing client. */

typedef enum {
  COLUMN_NAME,
  COLUMN_INDUSTRY,
  COLUMN_ADDRESS,
  COLUMN_NOTES,
  COLUMN_OWNER,
  COLUMN_ADVISOR,
  COLUMN_PLATFORMS,
  COLUMN_CONTACT,
  COLUMN_ROLE,
  COLUMN_PHONE,
  COLUMN_EMAIL,
  N_COLUMNS
} Column;

/* Header names a column is known by, in English and in Chinese spreadsheets, after case
 * folding; the first one is the name used in messages. */
static const char * const column_names[N_COLUMNS][8] = {
  [COLUMN_NAME]      = { "name", "client", "company", "名称", "客户", "客户名称", "公司", "公司名称" },
  [COLUMN_INDUSTRY]  = { "industry", "行业" },
  [COLUMN_ADDRESS]   = { "address", "地址" },
  [COLUMN_NOTES]     = { "notes", "note", "备注" },
  [COLUMN_OWNER]     = { "owner", "account manager", "客户经理", "负责人" },
  [COLUMN_ADVISOR]   = { "advisor", "technical advisor", "专属技术顾问", "技术顾问" },
  [COLUMN_PLATFORMS] = { "os", "platforms", "operating systems", "操作系统" },
  [COLUMN_CONTACT]   = { "contact", "contact name", "联系人" },
  [COLUMN_ROLE]      = { "role", "title", "职务", "职位" },
  [COLUMN_PHONE]     = { "phone", "telephone", "电话", "手机" },
  [COLUMN_EMAIL]     = { "email", "e-mail", "邮箱", "电子邮件" },
};

typedef struct {
  guint           line;
  StewardClient  *client;
  GPtrArray      *contacts;
  gint64          duplicate_of;       /* the existing client's id, or 0 */
  guint           duplicate_of_line;  /* the earlier row's line, or 0 */
} ImportRow;

static void
import_row_free (ImportRow *row)
{
  g_clear_object (&row->client);
  g_clear_pointer (&row->contacts, g_ptr_array_unref);
  g_free (row);
}

static int
lookup_column (const char *header)
{
  g_autofree char *stripped = g_strstrip (g_strdup (header));
  g_autofree char *folded = g_utf8_casefold (stripped, -1);

  for (int c = 0; c < N_COLUMNS; c++)
    for (guint i = 0; i < G_N_ELEMENTS (column_names[c]) && column_names[c][i] != NULL; i++)
      if (g_str_equal (folded, column_names[c][i]))
        return c;
  return -1;
}

/* Maps each field position to a column (-1 for none); refuses unknown or repeated headers so
 * that a misspelt column never drops data silently. */
static gboolean
read_header (StewardCsvRow  *header,
             GArray         *positions,
             GError        **error)
{
  gboolean seen[N_COLUMNS] = { FALSE };

  for (guint i = 0; header->fields[i] != NULL; i++)
    {
      int column = lookup_column (header->fields[i]);

      if (column < 0 || seen[column])
        {
          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                       column < 0 ? _("line %u: unknown column “%s”; the columns are name, industry, "
                                      "address, notes, owner, advisor, os, contact, role, phone and email")
                                  : _("line %u: the column “%s” appears twice"),
                       header->line, header->fields[i]);
          return FALSE;
        }
      seen[column] = TRUE;
      g_array_append_val (positions, column);
    }
  if (!seen[COLUMN_NAME])
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("line %u: the header row needs a “name” column"), header->line);
      return FALSE;
    }
  return TRUE;
}

static gboolean
row_is_blank (StewardCsvRow *row)
{
  for (guint i = 0; row->fields[i] != NULL; i++)
    if (*g_strstrip (row->fields[i]) != '\0')
      return FALSE;
  return TRUE;
}

/* The client and primary contact of one row, checked by core's validation. */
static ImportRow *
read_row (StewardCsvRow  *csv,
          GArray         *positions,
          GError        **error)
{
  const char *values[N_COLUMNS] = { NULL };
  g_autoptr(GError) local_error = NULL;
  ImportRow *row;
  StewardPlatforms platforms = STEWARD_PLATFORM_NONE;
  StewardContact *contact;
  guint n = g_strv_length (csv->fields);

  if (n > positions->len)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("line %u: more fields (%u) than the header row has columns (%u)"), csv->line, n, positions->len);
      return NULL;
    }
  for (guint i = 0; i < n; i++)
    values[g_array_index (positions, int, i)] = g_strstrip (csv->fields[i]);

  if (values[COLUMN_PLATFORMS] != NULL)
    {
      const char *codes[] = { values[COLUMN_PLATFORMS], NULL };

      if (!steward_cli_parse_platforms (codes, &platforms, &local_error))
        goto refused;
    }

  row = g_new0 (ImportRow, 1);
  row->line = csv->line;
  row->client = g_object_new (STEWARD_TYPE_CLIENT,
                              "name", values[COLUMN_NAME] ? values[COLUMN_NAME] : "",
                              "industry", values[COLUMN_INDUSTRY] ? values[COLUMN_INDUSTRY] : "",
                              "address", values[COLUMN_ADDRESS] ? values[COLUMN_ADDRESS] : "",
                              "notes", values[COLUMN_NOTES] ? values[COLUMN_NOTES] : "",
                              "owner", values[COLUMN_OWNER] ? values[COLUMN_OWNER] : "",
                              "advisor", values[COLUMN_ADVISOR] ? values[COLUMN_ADVISOR] : "",
                              "platforms", platforms,
                              NULL);
  row->contacts = g_ptr_array_new_with_free_func (g_object_unref);
  contact = steward_cli_new_primary_contact (values[COLUMN_CONTACT], values[COLUMN_NAME]);
  steward_contact_set_role (contact, values[COLUMN_ROLE] ? values[COLUMN_ROLE] : "");
  steward_contact_set_phone (contact, values[COLUMN_PHONE] ? values[COLUMN_PHONE] : "");
  steward_contact_set_email (contact, values[COLUMN_EMAIL] ? values[COLUMN_EMAIL] : "");
  g_ptr_array_add (row->contacts, contact);

  if (steward_client_validate (row->client, row->contacts, &local_error))
    return row;
  import_row_free (row);

refused:
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
               /* Translators: "line 1000: Client name is required" */
               _("line %u: %s"), csv->line, local_error->message);
  return NULL;
}

/* Reads, decodes, parses and checks the whole file: a GPtrArray of ImportRow. */
static GPtrArray *
read_file (const char  *path,
           GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) csv = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) import_row_free);
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID, "%s", local_error->message);
      return NULL;
    }
  if ((text = steward_csv_decode (data, length, NULL, error)) == NULL ||
      (csv = steward_csv_parse (text, error)) == NULL)
    return NULL;
  if (csv->len == 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("The file is empty: it needs a header row naming the columns"));
      return NULL;
    }
  if (!read_header (g_ptr_array_index (csv, 0), positions, error))
    return NULL;

  for (guint i = 1; i < csv->len; i++)
    {
      ImportRow *row;

      if (row_is_blank (g_ptr_array_index (csv, i)))
        continue;
      if ((row = read_row (g_ptr_array_index (csv, i), positions, error)) == NULL)
        return NULL;
      g_ptr_array_add (rows, row);
    }
  return g_steal_pointer (&rows);
}

/* Marks rows whose name is taken by a stored client or by an earlier row of the file. */
static gboolean
find_duplicates (StewardClientRepository  *repository,
                 GPtrArray                *rows,
                 GError                  **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      ImportRow *row = g_ptr_array_index (rows, i);
      const char *name = steward_client_get_name (row->client);
      g_autofree char *key = steward_client_name_key (name);
      g_autoptr(StewardClient) existing = NULL;
      g_autoptr(GError) local_error = NULL;

      existing = steward_client_repository_find_by_name (repository, name, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (existing != NULL)
        row->duplicate_of = steward_client_get_id (existing);
      else if (g_hash_table_contains (seen, key))
        row->duplicate_of_line = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key));
      else
        g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (row->line));
    }
  return TRUE;
}

static gboolean
write_rows (StewardStore             *store,
            StewardClientRepository  *repository,
            GPtrArray                *rows,
            GError                  **error)
{
  if (!steward_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      ImportRow *row = g_ptr_array_index (rows, i);

      if (row->duplicate_of != 0 || row->duplicate_of_line != 0)
        continue;
      if (!steward_client_repository_add (repository, row->client, row->contacts, error))
        {
          steward_store_rollback (store);
          g_prefix_error (error, _("line %u: "), row->line);
          return FALSE;
        }
    }
  if (!steward_store_commit (store, error))
    {
      steward_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

static void
report_duplicate (ImportRow *row)
{
  if (row->duplicate_of != 0)
    g_printerr (_("steward: line %u: “%s” is already client %lld; the row was skipped\n"),
                row->line, steward_client_get_name (row->client), (long long) row->duplicate_of);
  else
    g_printerr (_("steward: line %u: “%s” repeats the client of line %u; the row was skipped\n"),
                row->line, steward_client_get_name (row->client), row->duplicate_of_line);
}

static void
print_result (StewardCliContext *ctx,
              GPtrArray         *rows)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint imported = 0, skipped = 0;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "imported");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      ImportRow *row = g_ptr_array_index (rows, i);

      if (row->duplicate_of == 0 && row->duplicate_of_line == 0)
        {
          json_builder_add_int_value (builder, steward_client_get_id (row->client));
          imported++;
        }
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "duplicates");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      ImportRow *row = g_ptr_array_index (rows, i);

      if (row->duplicate_of == 0 && row->duplicate_of_line == 0)
        continue;
      skipped++;
      report_duplicate (row);
      json_builder_begin_object (builder);
      steward_cli_json_int (builder, "line", row->line);
      steward_cli_json_string (builder, "name", steward_client_get_name (row->client));
      if (row->duplicate_of != 0)
        steward_cli_json_int (builder, "client_id", row->duplicate_of);
      else
        steward_cli_json_int (builder, "same_as_line", row->duplicate_of_line);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  if (ctx->json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);
      steward_cli_print_json (root);
    }
  else
    {
      g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u client.\n", "Imported %u clients.\n", imported),
               imported);
      if (skipped > 0)
        g_print (g_dngettext (GETTEXT_PACKAGE, "Skipped %u duplicate name.\n",
                              "Skipped %u duplicate names.\n", skipped), skipped);
    }
}

static int
import_clients (StewardCliContext  *ctx,
                int                 argc,
                char              **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  StewardClientRepository *repository;
  StewardStore *store;

  if (!steward_cli_parse (ctx, NULL, "FILE.csv", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "FILE.csv"))
    return STEWARD_EXIT_USAGE;

  if ((rows = read_file (argv[1], &error)) == NULL ||
      (store = steward_cli_open_store (ctx, &error)) == NULL ||
      (repository = steward_cli_get_clients (ctx, &error)) == NULL ||
      !find_duplicates (repository, rows, &error) ||
      !write_rows (store, repository, rows, &error))
    {
      g_prefix_error (&error, "%s: ", argv[1]);
      return steward_cli_fail (error);
    }

  print_result (ctx, rows);
  return STEWARD_EXIT_OK;
}

const StewardCliCommand steward_cli_import_commands[] = {
  { "clients", "FILE.csv",
    N_("Imports clients from a CSV file (UTF-8 or GB18030, header row); a bad row refuses the "
       "whole file, duplicate names are skipped and reported"),
    import_clients, NULL },
  { NULL }
};
