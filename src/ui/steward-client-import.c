/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-client-import"

#include "config.h"

#include "steward-client-import.h"

#include <glib/gi18n-lib.h>

#include "steward-csv.h"
#include "steward-error.h"

typedef enum {
  COLUMN_NAME,
  COLUMN_INDUSTRY,
  COLUMN_OWNER,
  COLUMN_ADDRESS,
  COLUMN_NOTES,
  COLUMN_ADVISOR,
  COLUMN_PLATFORMS,
  COLUMN_CONTACT,
  COLUMN_ROLE,
  COLUMN_PHONE,
  COLUMN_EMAIL,
  N_COLUMNS
} Column;

/* Header names each column is known by, lower case. */
static const char * const column_names[N_COLUMNS][7] = {
  [COLUMN_NAME] = { "name", "client", "company", "client name", "名称", "客户名称", "公司名称" },
  [COLUMN_INDUSTRY] = { "industry", "行业" },
  [COLUMN_OWNER] = { "owner", "account manager", "负责人", "客户经理" },
  [COLUMN_ADDRESS] = { "address", "地址" },
  [COLUMN_NOTES] = { "notes", "note", "备注" },
  [COLUMN_ADVISOR] = { "advisor", "technical advisor", "技术顾问", "专属技术顾问" },
  [COLUMN_PLATFORMS] = { "platforms", "platform", "os", "平台", "操作系统" },
  [COLUMN_CONTACT] = { "contact", "contact name", "联系人" },
  [COLUMN_ROLE] = { "role", "title", "职务", "职位" },
  [COLUMN_PHONE] = { "phone", "telephone", "mobile", "电话", "手机" },
  [COLUMN_EMAIL] = { "email", "e-mail", "邮箱", "电子邮件" },
};

static void
import_row_free (gpointer data)
{
  StewardImportRow *row = data;

  g_clear_object (&row->client);
  g_clear_pointer (&row->contacts, g_ptr_array_unref);
  g_free (row->problem);
  g_free (row);
}

void
steward_client_import_free (StewardClientImport *import)
{
  if (import == NULL)
    return;
  g_clear_pointer (&import->rows, g_ptr_array_unref);
  g_free (import);
}

static int
column_for_header (const char *header)
{
  g_autofree char *text = g_utf8_strdown (header, -1);

  g_strstrip (text);
  for (guint c = 0; c < N_COLUMNS; c++)
    for (guint i = 0; i < G_N_ELEMENTS (column_names[c]) && column_names[c][i] != NULL; i++)
      if (g_str_equal (text, column_names[c][i]))
        return c;
  return -1;
}

/* "Windows; macOS, linux" → flags; FALSE for a name that is not one of the three. */
static gboolean
parse_platforms (const char        *text,
                 StewardPlatforms  *out_platforms,
                 GError           **error)
{
  g_auto(GStrv) parts = g_regex_split_simple ("[;,/、，；\\s]+", text, 0, 0);
  StewardPlatforms platforms = STEWARD_PLATFORM_NONE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = g_ascii_strdown (parts[i], -1);

      if (*part == '\0')
        continue;
      if (g_str_equal (part, "windows"))
        platforms |= STEWARD_PLATFORM_WINDOWS;
      else if (g_str_equal (part, "macos") || g_str_equal (part, "mac"))
        platforms |= STEWARD_PLATFORM_MACOS;
      else if (g_str_equal (part, "linux"))
        platforms |= STEWARD_PLATFORM_LINUX;
      else
        {
          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                       _("Platforms: “%s” is not Windows, macOS or Linux"), parts[i]);
          return FALSE;
        }
    }

  *out_platforms = platforms;
  return TRUE;
}

static const char *
field (const StewardCsvRow *record,
       const int           *index,
       Column               column)
{
  int i = index[column];

  if (i < 0 || (guint) i >= g_strv_length (record->fields))
    return "";
  return record->fields[i];
}

/* The client of one record and, in row->problem, why it cannot be imported. */
static StewardImportRow *
read_row (const StewardCsvRow     *record,
          const int               *index,
          StewardClientRepository *repository,
          GHashTable              *keys_above)
{
  StewardImportRow *row = g_new0 (StewardImportRow, 1);
  g_autofree char *contact_name = g_strstrip (g_strdup (field (record, index, COLUMN_CONTACT)));
  StewardContact *contact = steward_contact_new (contact_name);
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardClient) existing = NULL;
  g_autofree char *name = g_strstrip (g_strdup (field (record, index, COLUMN_NAME)));
  g_autofree char *key = NULL;
  StewardPlatforms platforms = STEWARD_PLATFORM_NONE;

  row->line = record->line;
  row->client = steward_client_new (name);
  steward_client_set_industry (row->client, field (record, index, COLUMN_INDUSTRY));
  steward_client_set_owner (row->client, field (record, index, COLUMN_OWNER));
  steward_client_set_address (row->client, field (record, index, COLUMN_ADDRESS));
  steward_client_set_notes (row->client, field (record, index, COLUMN_NOTES));
  steward_client_set_advisor (row->client, field (record, index, COLUMN_ADVISOR));
  steward_contact_set_role (contact, field (record, index, COLUMN_ROLE));
  steward_contact_set_phone (contact, field (record, index, COLUMN_PHONE));
  steward_contact_set_email (contact, field (record, index, COLUMN_EMAIL));
  steward_contact_set_primary (contact, TRUE);
  row->contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (row->contacts, contact);

  if (!parse_platforms (field (record, index, COLUMN_PLATFORMS), &platforms, &error)
      || !steward_client_validate (row->client, row->contacts, &error))
    {
      row->problem = g_strdup (error->message);
      return row;
    }
  steward_client_set_platforms (row->client, platforms);

  key = steward_client_name_key (name);
  if (g_hash_table_contains (keys_above, key))
    row->problem = g_strdup_printf (_("Client name: “%s” appears on line %u already"), name,
                                    GPOINTER_TO_UINT (g_hash_table_lookup (keys_above, key)));
  else if ((existing = steward_client_repository_find_by_name (repository, name, &error)) != NULL)
    row->problem = g_strdup_printf (_("Client name: a client named “%s” already exists"),
                                    steward_client_get_name (existing));
  else if (error != NULL)
    row->problem = g_strdup (error->message);
  else
    g_hash_table_insert (keys_above, g_steal_pointer (&key), GUINT_TO_POINTER (record->line));

  return row;
}

/* Maps the header record to columns; NULL with an error when the file has no name column. */
static gboolean
read_header (const StewardCsvRow  *header,
             int                  *index,
             GError              **error)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    index[c] = -1;
  for (guint i = 0; header->fields[i] != NULL; i++)
    {
      int c = column_for_header (header->fields[i]);

      if (c >= 0 && index[c] < 0)
        index[c] = i;
    }

  if (index[COLUMN_NAME] < 0 || index[COLUMN_CONTACT] < 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("Line %u must name the columns, including “name” and “contact” (or 名称 and "
                     "联系人); it names none called %s"),
                   header->line, index[COLUMN_NAME] < 0 ? "“name”" : "“contact”");
      return FALSE;
    }
  return TRUE;
}

StewardClientImport *
steward_client_import_read (const char               *data,
                            gsize                     length,
                            StewardClientRepository  *repository,
                            GError                  **error)
{
  g_autoptr(StewardClientImport) import = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GHashTable) keys_above = NULL;
  g_autofree char *text = NULL;
  const char *encoding = NULL;
  int index[N_COLUMNS];

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (STEWARD_IS_CLIENT_REPOSITORY (repository), NULL);

  text = steward_csv_decode (data != NULL ? data : "", length, &encoding, error);
  if (text == NULL)
    return NULL;
  records = steward_csv_parse (text, error);
  if (records == NULL)
    return NULL;
  if (records->len < 2)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("The file has no clients: it needs a line naming the columns and "
                             "one line per client"));
      return NULL;
    }
  if (!read_header (g_ptr_array_index (records, 0), index, error))
    return NULL;

  import = g_new0 (StewardClientImport, 1);
  import->encoding = encoding;
  import->rows = g_ptr_array_new_with_free_func (import_row_free);
  keys_above = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 1; i < records->len; i++)
    {
      StewardImportRow *row = read_row (g_ptr_array_index (records, i), index, repository,
                                        keys_above);

      if (row->problem != NULL)
        import->n_problems++;
      g_ptr_array_add (import->rows, row);
    }

  return g_steal_pointer (&import);
}

gboolean
steward_client_import_write (StewardClientImport      *import,
                             StewardStore             *store,
                             StewardClientRepository  *repository,
                             GError                  **error)
{
  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (STEWARD_IS_STORE (store), FALSE);
  g_return_val_if_fail (STEWARD_IS_CLIENT_REPOSITORY (repository), FALSE);

  if (import->n_problems > 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u line has a problem: correct the file and import it again",
                                "%u lines have problems: correct the file and import it again",
                                import->n_problems),
                   import->n_problems);
      return FALSE;
    }

  if (!steward_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < import->rows->len; i++)
    {
      StewardImportRow *row = g_ptr_array_index (import->rows, i);
      g_autoptr(GError) local_error = NULL;

      if (!steward_client_repository_add (repository, row->client, row->contacts, &local_error))
        {
          steward_store_rollback (store);
          g_set_error (error, local_error->domain, local_error->code,
                       _("Line %u: %s (nothing was imported)"), row->line, local_error->message);
          return FALSE;
        }
    }
  return steward_store_commit (store, error);
}
