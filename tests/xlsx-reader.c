/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "xlsx-reader.h"

static gboolean
run_unzip (const char  *xlsx,
           const char  *part,
           char       **out)
{
  const char *argv[] = { "unzip", "-p", xlsx, part, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                out, &err, &status, &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL);
}

char *
xlsx_read_part (const char *xlsx,
                const char *part)
{
  char *out = NULL;

  if (!run_unzip (xlsx, part, &out))
    g_error ("%s has no part %s", xlsx, part);
  return out;
}

gboolean
xlsx_has_part (const char *xlsx,
               const char *part)
{
  g_autofree char *out = NULL;

  return run_unzip (xlsx, part, &out);
}

char *
xlsx_cell_xml (const char *sheet_xml,
               const char *ref)
{
  g_autofree char *start_tag = g_strdup_printf ("<c r=\"%s\"", ref);
  const char *start = strstr (sheet_xml, start_tag);
  const char *close, *end;

  if (start == NULL)
    return NULL;
  close = strchr (start, '>');
  g_assert_nonnull (close);
  if (close[-1] == '/')
    return g_strndup (start, close + 1 - start);
  end = strstr (close, "</c>");
  g_assert_nonnull (end);
  return g_strndup (start, end + 4 - start);
}

static char *
decode (const char *text,
        gssize      length)
{
  g_autofree char *raw = g_strndup (text, length);
  GString *out = g_string_new (NULL);
  static const char *entities[][2] = {
    { "&quot;", "\"" }, { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&apos;", "'" },
  };

  for (const char *p = raw; *p != '\0';)
    {
      gboolean done = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (entities) && !done; i++)
        if (g_str_has_prefix (p, entities[i][0]))
          {
            g_string_append (out, entities[i][1]);
            p += strlen (entities[i][0]);
            done = TRUE;
          }
      if (!done)
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

char *
xlsx_attribute (const char *xml,
                const char *name)
{
  g_autofree char *pattern = g_strdup_printf (" %s=\"", name);
  const char *tag_end = strchr (xml, '>');
  const char *start = strstr (xml, pattern);
  const char *end;

  if (start == NULL || (tag_end != NULL && start > tag_end))
    return NULL;
  start += strlen (pattern);
  end = strchr (start, '"');
  return decode (start, end - start);
}

/* The concatenated <t> texts between start and end. */
static char *
element_texts (const char *start,
               const char *end)
{
  GString *out = g_string_new (NULL);

  for (const char *p = start; (p = strstr (p, "<t")) != NULL && p < end;)
    {
      const char *open_end = strchr (p, '>');
      const char *close = strstr (open_end, "</t>");
      g_autofree char *text = NULL;

      if (p[2] != '>' && p[2] != ' ')
        {
          p += 2;
          continue;
        }
      text = decode (open_end + 1, close - open_end - 1);
      g_string_append (out, text);
      p = close + 4;
    }
  return g_string_free (out, FALSE);
}

static char *
shared_string (const char *sst,
               guint       index)
{
  const char *p = sst;

  for (guint i = 0; i <= index; i++)
    {
      p = strstr (p, "<si>");
      g_assert_nonnull (p);
      p += 4;
    }
  return element_texts (p, strstr (p, "</si>"));
}

char *
xlsx_cell_text (const char *sheet_xml,
                const char *shared_strings,
                const char *ref)
{
  g_autofree char *cell = xlsx_cell_xml (sheet_xml, ref);
  g_autofree char *type = NULL;
  const char *v;

  if (cell == NULL)
    return NULL;
  type = xlsx_attribute (cell, "t");
  if (g_strcmp0 (type, "inlineStr") == 0)
    return element_texts (cell, cell + strlen (cell));
  v = strstr (cell, "<v>");
  if (v == NULL)
    return NULL;
  v += 3;
  if (g_strcmp0 (type, "s") == 0)
    {
      g_assert_nonnull (shared_strings);
      return shared_string (shared_strings, (guint) g_ascii_strtoull (v, NULL, 10));
    }
  return decode (v, strstr (v, "</v>") - v);
}

char *
xlsx_cell_format (const char *sheet_xml,
                  const char *styles_xml,
                  const char *ref)
{
  g_autofree char *cell = xlsx_cell_xml (sheet_xml, ref);
  g_autofree char *style = NULL;
  g_autofree char *id = NULL;
  g_autofree char *pattern = NULL;
  const char *xf;
  guint s;

  g_assert_nonnull (cell);
  style = xlsx_attribute (cell, "s");
  s = style != NULL ? (guint) g_ascii_strtoull (style, NULL, 10) : 0;
  xf = strstr (styles_xml, "<cellXfs");
  g_assert_nonnull (xf);
  for (guint i = 0; i <= s; i++)
    {
      xf = strstr (xf + 1, "<xf ");
      g_assert_nonnull (xf);
    }
  id = xlsx_attribute (xf, "numFmtId");
  if (id == NULL || g_strcmp0 (id, "0") == 0)
    return NULL;
  pattern = g_strdup_printf ("<numFmt numFmtId=\"%s\"", id);
  xf = strstr (styles_xml, pattern);
  if (xf == NULL)
    return g_strdup_printf ("builtin %s", id);
  return xlsx_attribute (xf, "formatCode");
}

guint
xlsx_count (const char *haystack,
            const char *needle)
{
  const char *end = haystack + strlen (haystack);
  gsize n_len = strlen (needle);
  guint n = 0;

  /* Not strstr() in a loop: the sanitizer's strstr measures the whole rest of the haystack on
   * every call, which turns counting 50,000 rows into minutes. */
  for (const char *p = haystack; (p = g_strstr_len (p, end - p, needle)) != NULL; p += n_len)
    n++;
  return n;
}

guint
xlsx_dir_n_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

void
xlsx_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        xlsx_remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}
