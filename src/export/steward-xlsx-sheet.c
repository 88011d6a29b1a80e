/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "steward-export-private.h"
#include "steward-xlsx-private.h"

/* Excel's longest cell text. libxlsxwriter refuses longer strings, measured in bytes. */
#define CELL_TEXT_MAX 32767

static const char * const num_formats[XLSX_N_KINDS] = {
  [STEWARD_XLSX_COLUMN_TEXT] = NULL,
  [STEWARD_XLSX_COLUMN_COUNT] = "0",
  [STEWARD_XLSX_COLUMN_MONEY] = "\"¥\"#,##0.00",
  [STEWARD_XLSX_COLUMN_PERCENT] = "0.0%",
  [STEWARD_XLSX_COLUMN_RATING] = "0.00",
  [STEWARD_XLSX_COLUMN_HOURS] = "0.0",
  [STEWARD_XLSX_COLUMN_DATE] = "yyyy-mm-dd",
  [STEWARD_XLSX_COLUMN_DATE_TIME] = "yyyy-mm-dd hh:mm",
};

const char *
xlsx_kind_num_format (StewardXlsxColumnKind kind)
{
  g_return_val_if_fail (kind < XLSX_N_KINDS, NULL);
  return num_formats[kind];
}

StewardXlsxColumnKind
xlsx_kind_for_measure (StewardMeasureKind kind)
{
  switch (kind)
    {
    case STEWARD_MEASURE_KIND_MONEY:
      return STEWARD_XLSX_COLUMN_MONEY;
    case STEWARD_MEASURE_KIND_PERCENT:
      return STEWARD_XLSX_COLUMN_PERCENT;
    case STEWARD_MEASURE_KIND_RATING:
      return STEWARD_XLSX_COLUMN_RATING;
    case STEWARD_MEASURE_KIND_HOURS:
      return STEWARD_XLSX_COLUMN_HOURS;
    case STEWARD_MEASURE_KIND_COUNT:
    default:
      return STEWARD_XLSX_COLUMN_COUNT;
    }
}

void
xlsx_formats_init (XlsxFormats  *formats,
                   lxw_workbook *workbook)
{
  formats->header = workbook_add_format (workbook);
  format_set_bold (formats->header);
  format_set_bottom (formats->header, LXW_BORDER_THIN);

  for (guint i = 0; i < XLSX_N_KINDS; i++)
    {
      formats->kind[i] = NULL;
      if (num_formats[i] == NULL)
        continue;
      formats->kind[i] = workbook_add_format (workbook);
      format_set_num_format (formats->kind[i], num_formats[i]);
    }
}

void
xlsx_set_error (GError     **error,
                const char  *path,
                lxw_error    code)
{
  export_set_write_error (error, path, lxw_strerror (code));
}

/* Excel counts a sheet name's length in UTF-16 units. */
static guint
name_units (gunichar c)
{
  return c > 0xFFFF ? 2 : 1;
}

static char *
truncate_units (const char *text,
                guint       max_units)
{
  guint units = 0;
  const char *p;

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      guint u = name_units (g_utf8_get_char (p));

      if (units + u > max_units)
        break;
      units += u;
    }
  return g_strndup (text, p - text);
}

static char *
clean_sheet_name (const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (name != NULL ? name : "", -1);
  g_autoptr(GString) out = g_string_new (NULL);
  char *result;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (strchr ("[]:*?/\\", (int) c) != NULL && c < 0x80)
        g_string_append_c (out, '_');
      else if (g_unichar_iscntrl (c))
        g_string_append_c (out, '_');
      else
        g_string_append_unichar (out, c);
    }

  /* Excel refuses a name that begins or ends with an apostrophe. */
  while (out->len > 0 && out->str[out->len - 1] == '\'')
    g_string_truncate (out, out->len - 1);
  while (out->len > 0 && out->str[0] == '\'')
    g_string_erase (out, 0, 1);

  result = truncate_units (out->str, STEWARD_XLSX_SHEET_NAME_MAX);
  /* Cutting may leave a trailing apostrophe again ("…abc'def" cut after the quote). */
  while (*result != '\0' && result[strlen (result) - 1] == '\'')
    result[strlen (result) - 1] = '\0';
  if (*result == '\0')
    {
      g_free (result);
      result = g_strdup ("Sheet");
    }
  return result;
}

static gboolean
name_is_taken (const char         *name,
               const char * const *taken)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  /* Excel reserves "History" for its change tracking. */
  if (g_strcmp0 (folded, "history") == 0)
    return TRUE;
  for (guint i = 0; taken != NULL && taken[i] != NULL; i++)
    {
      g_autofree char *other = g_utf8_casefold (taken[i], -1);

      if (strcmp (folded, other) == 0)
        return TRUE;
    }
  return FALSE;
}

char *
steward_xlsx_sanitize_sheet_name (const char         *name,
                                  const char * const *taken)
{
  g_autofree char *clean = clean_sheet_name (name);

  if (!name_is_taken (clean, taken))
    return g_steal_pointer (&clean);

  for (guint n = 2; ; n++)
    {
      g_autofree char *suffix = g_strdup_printf (" (%u)", n);
      g_autofree char *base = truncate_units (clean, STEWARD_XLSX_SHEET_NAME_MAX - strlen (suffix));
      g_autofree char *candidate = g_strconcat (base, suffix, NULL);

      if (!name_is_taken (candidate, taken))
        return g_steal_pointer (&candidate);
    }
}

GPtrArray *
xlsx_sheet_names_new (void)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (names, NULL);
  return names;
}

const char *
xlsx_sheet_names_take (GPtrArray  *names,
                       const char *wanted)
{
  char *name = steward_xlsx_sanitize_sheet_name (wanted, (const char * const *) names->pdata);

  /* Keep the array NULL-terminated: replace the terminator, then add a new one. */
  names->pdata[names->len - 1] = name;
  g_ptr_array_add (names, NULL);
  return name;
}

lxw_worksheet *
xlsx_add_worksheet (lxw_workbook  *workbook,
                    GPtrArray     *names,
                    const char    *wanted,
                    const char   **out_name)
{
  const char *name = xlsx_sheet_names_take (names, wanted);

  if (out_name != NULL)
    *out_name = name;
  return workbook_add_worksheet (workbook, name);
}

lxw_error
xlsx_write_text (lxw_worksheet *sheet,
                 lxw_row_t      row,
                 lxw_col_t      col,
                 const char    *text,
                 lxw_format    *format)
{
  g_autofree char *valid = NULL;
  gsize length;

  if (text == NULL || *text == '\0')
    return LXW_NO_ERROR;

  length = strlen (text);
  if (length > CELL_TEXT_MAX || !g_utf8_validate (text, length, NULL))
    {
      gsize cut;

      valid = g_utf8_make_valid (text, length);
      cut = strlen (valid);
      if (cut > CELL_TEXT_MAX)
        {
          /* Cut between characters, never inside one. */
          cut = CELL_TEXT_MAX;
          while (cut > 0 && ((guchar) valid[cut] & 0xC0) == 0x80)
            cut--;
          valid[cut] = '\0';
        }
      text = valid;
    }
  /* worksheet_write_string() always writes a string cell (t="s" or t="inlineStr"), never a
   * formula, whatever the text starts with: that is what keeps "=cmd|…" harmless. */
  return worksheet_write_string (sheet, row, col, text, format);
}
