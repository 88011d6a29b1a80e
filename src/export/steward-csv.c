/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "steward-csv.h"
#include "steward-error.h"

void
steward_csv_row_free (StewardCsvRow *row)
{
  if (row == NULL)
    return;
  g_strfreev (row->fields);
  g_free (row);
}

static gboolean
has_prefix_bytes (const char *data,
                  gsize       length,
                  const char *prefix,
                  gsize       prefix_length)
{
  return length >= prefix_length && memcmp (data, prefix, prefix_length) == 0;
}

char *
steward_csv_decode (const char   *data,
                    gsize         length,
                    const char  **encoding,
                    GError      **error)
{
  g_autofree char *converted = NULL;
  gsize written = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (has_prefix_bytes (data, length, "\xef\xbb\xbf", 3))
    {
      data += 3;
      length -= 3;
    }
  else if (has_prefix_bytes (data, length, "\xff\xfe", 2) ||
           has_prefix_bytes (data, length, "\xfe\xff", 2))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("The file is in UTF-16, which Steward does not read: save it as CSV in UTF-8 or GB18030"));
      return NULL;
    }

  /* A NUL byte is never part of a text file in either encoding. */
  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("The file is not a text file: CSV files must be in UTF-8 or GB18030"));
      return NULL;
    }

  if (g_utf8_validate (data, length, NULL))
    {
      if (encoding != NULL)
        *encoding = "UTF-8";
      return g_strndup (data, length);
    }

  converted = g_convert (data, length, "UTF-8", "GB18030", NULL, &written, NULL);
  if (converted == NULL)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("The file is neither UTF-8 nor GB18030 text: save it as CSV in one of these encodings"));
      return NULL;
    }

  if (encoding != NULL)
    *encoding = "GB18030";
  return g_steal_pointer (&converted);
}

typedef struct {
  const char *p;
  guint       line;
} Cursor;

static gboolean
at_line_end (const Cursor *c)
{
  return *c->p == '\n' || (*c->p == '\r' && (c->p[1] == '\n' || c->p[1] == '\0'));
}

static void
skip_line_end (Cursor *c)
{
  if (*c->p == '\r')
    c->p++;
  if (*c->p == '\n')
    c->p++;
  c->line++;
}

static gboolean
read_quoted (Cursor   *c,
             GString  *field,
             guint     record_line,
             GError  **error)
{
  guint open_line = c->line;

  c->p++; /* the opening quote */
  for (;;)
    {
      if (*c->p == '\0')
        {
          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                       _("Line %u: a quoted field opened on line %u is never closed"),
                       record_line, open_line);
          return FALSE;
        }
      if (*c->p == '"')
        {
          if (c->p[1] == '"')
            {
              g_string_append_c (field, '"');
              c->p += 2;
              continue;
            }
          c->p++;
          break;
        }
      if (*c->p == '\n')
        c->line++;
      g_string_append_c (field, *c->p);
      c->p++;
    }

  if (*c->p != ',' && *c->p != '\0' && !at_line_end (c))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("Line %u: unexpected text after a closing quote"), c->line);
      return FALSE;
    }
  return TRUE;
}

static StewardCsvRow *
read_record (Cursor  *c,
             GError **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  StewardCsvRow *row;
  guint record_line = c->line;

  for (;;)
    {
      g_string_truncate (field, 0);
      if (*c->p == '"')
        {
          if (!read_quoted (c, field, record_line, error))
            return NULL;
        }
      else
        {
          while (*c->p != ',' && *c->p != '\0' && !at_line_end (c))
            g_string_append_c (field, *c->p++);
        }
      g_ptr_array_add (fields, g_strdup (field->str));

      if (*c->p == ',')
        {
          c->p++;
          continue;
        }
      if (*c->p != '\0')
        skip_line_end (c);
      break;
    }

  g_ptr_array_add (fields, NULL);
  row = g_new0 (StewardCsvRow, 1);
  row->line = record_line;
  row->fields = (GStrv) g_ptr_array_free (g_steal_pointer (&fields), FALSE);
  return row;
}

GPtrArray *
steward_csv_parse (const char  *text,
                   GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) steward_csv_row_free);
  Cursor c = { text, 1 };

  g_return_val_if_fail (text != NULL, NULL);

  while (*c.p != '\0')
    {
      StewardCsvRow *row;

      if (at_line_end (&c))
        {
          skip_line_end (&c);
          continue;
        }

      row = read_record (&c, error);
      if (row == NULL)
        return NULL;
      g_ptr_array_add (rows, row);
    }

  return g_steal_pointer (&rows);
}

void
steward_csv_append_row (GString            *out,
                        const char * const *fields,
                        gssize              n_fields)
{
  g_return_if_fail (out != NULL);

  for (gssize i = 0; n_fields < 0 ? fields[i] != NULL : i < n_fields; i++)
    {
      const char *f = fields[i] != NULL ? fields[i] : "";

      if (i > 0)
        g_string_append_c (out, ',');

      if (strpbrk (f, ",\"\r\n") != NULL)
        {
          g_string_append_c (out, '"');
          for (const char *p = f; *p != '\0'; p++)
            {
              if (*p == '"')
                g_string_append_c (out, '"');
              g_string_append_c (out, *p);
            }
          g_string_append_c (out, '"');
        }
      else
        g_string_append (out, f);
    }
  g_string_append (out, "\r\n");
}
