/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-money"

#include "config.h"

#include "steward-money.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <string.h>

#include "steward-error.h"

#define YEN_SIGN        "\302\245"      /* U+00A5 ¥; NFKC folds the full-width U+FFE5 ￥ into it */
#define YUAN_CHAR       "\345\205\203"  /* U+5143 元, the unit people write after an amount */
#define IDEOGRAPHIC_DOT "\343\200\202"  /* U+3002 。, what a Chinese keyboard gives for "." */
#define MINUS_SIGN      "\342\210\222"  /* U+2212 − */

/* ------------------------------------------------------------------------------------------ */
/* Parsing */

/* Refusals quote what the person typed, made valid UTF-8 and cut short if it was pasted text. */
static char *
quote_typed (const char *typed)
{
  g_autofree char *valid = g_utf8_make_valid (typed, -1);
  char *shown = g_strstrip (valid);

  if (g_utf8_strlen (shown, -1) > 40)
    {
      g_autofree char *head = g_utf8_substring (shown, 0, 40);

      return g_strconcat (head, "…", NULL);
    }
  return g_strdup (shown);
}

#define REFUSE(...) \
  G_STMT_START { g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID, __VA_ARGS__); return FALSE; } G_STMT_END

static void
skip_spaces (const char **p)
{
  while (**p == ' ' || **p == '\t')
    (*p)++;
}

static gboolean
is_sign (const char *p)
{
  return *p == '-' || *p == '+' || g_str_has_prefix (p, MINUS_SIGN);
}

/* Folds full-width digits, ￥, ．，and wide spaces into their ASCII forms (NFKC does exactly that),
 * reads 。 as a point, then strips the surrounding spaces. */
static char *
normalise (const char *text)
{
  g_autofree char *folded = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  GString *out;

  if (folded == NULL)
    return NULL;

  out = g_string_new (folded);
  g_string_replace (out, IDEOGRAPHIC_DOT, ".", 0);
  g_string_replace (out, "\t", " ", 0);
  return g_strstrip (g_string_free (out, FALSE));
}

/* Checks "1,234,567": the first group has 1–3 digits, every later group exactly 3. */
static gboolean
grouping_is_valid (const char *integer,
                   gsize       len)
{
  gsize group = 0;
  gboolean seen_comma = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      if (integer[i] == ',')
        {
          if (group == 0 || (seen_comma ? group != 3 : group > 3))
            return FALSE;
          seen_comma = TRUE;
          group = 0;
        }
      else
        group++;
    }

  return !seen_comma || group == 3;
}

/* Turns the digits of "1,234" and "5" into 123405 fen; FALSE when above STEWARD_MONEY_MAX. */
static gboolean
digits_to_fen (const char *integer,
               gsize       int_len,
               const char *fraction,
               gsize       frac_len,
               gint64     *out_fen)
{
  gint64 yuan = 0;
  gint64 fen = 0;

  for (gsize i = 0; i < int_len; i++)
    {
      if (integer[i] == ',')
        continue;
      yuan = yuan * 10 + (integer[i] - '0');
      /* Stop early so that a hundred typed digits cannot overflow. */
      if (yuan > STEWARD_MONEY_MAX / STEWARD_FEN_PER_YUAN)
        return FALSE;
    }

  if (frac_len >= 1)
    fen += (fraction[0] - '0') * 10;
  if (frac_len == 2)
    fen += fraction[1] - '0';

  fen += yuan * STEWARD_FEN_PER_YUAN;
  if (fen > STEWARD_MONEY_MAX)
    return FALSE;

  *out_fen = fen;
  return TRUE;
}

/* Parses the bare number ("1,234.50") left after the symbol and the unit are gone; @shown is
 * the typed text for messages. */
static gboolean
parse_number (const char  *shown,
              const char  *body,
              gint64      *out_fen,
              GError     **error)
{
  const char *point;
  gsize int_len, frac_len = 0;

  if (*body == '\0' || strcmp (body, ".") == 0)
    REFUSE (_("“%s” has no digits: enter an amount in yuan, such as 200 or 1,234.50"), shown);

  if (strspn (body, "0123456789,.") != strlen (body))
    REFUSE (_("“%s” is not an amount: use digits with an optional point and up to two decimals, such as 1,234.50"),
            shown);

  point = strchr (body, '.');
  int_len = point != NULL ? (gsize) (point - body) : strlen (body);

  /* A comma after the point ("1.234,56") or a comma that is not a thousands separator ("1,5")
   * is how decimals are written in other countries: refuse rather than guess. */
  if ((point != NULL && strchr (point, ',') != NULL) || !grouping_is_valid (body, int_len))
    REFUSE (_("“%s” is ambiguous: commas may only separate thousands (1,234.50) and decimals need a point (1.5)"),
            shown);

  if (point != NULL)
    {
      if (strchr (point + 1, '.') != NULL)
        REFUSE (_("“%s” has more than one decimal point"), shown);
      frac_len = strlen (point + 1);
      if (frac_len > 2)
        REFUSE (_("“%s” has more than two decimals: amounts are counted to the fen (0.01)"), shown);
    }

  if (!digits_to_fen (body, int_len, point != NULL ? point + 1 : NULL, frac_len, out_fen))
    {
      g_autofree char *max = steward_money_format (STEWARD_MONEY_MAX);

      REFUSE (_("“%s” is more than %s, the largest amount accepted"), shown, max);
    }

  return TRUE;
}

/* Drops the symbol in front ("¥ 200") and the unit behind ("200 元"); NULL when what is left
 * starts with a sign. */
static char *
strip_symbol_and_unit (const char *normal)
{
  const char *p = normal;
  gsize len;

  if (!is_sign (p) && g_str_has_prefix (p, YEN_SIGN))
    {
      p += strlen (YEN_SIGN);
      skip_spaces (&p);
    }
  if (is_sign (p))
    return NULL;

  len = strlen (p);
  if (g_str_has_suffix (p, YUAN_CHAR))
    {
      len -= strlen (YUAN_CHAR);
      while (len > 0 && p[len - 1] == ' ')
        len--;
    }

  return g_strndup (p, len);
}

gboolean
steward_money_parse (const char  *text,
                     gint64      *out_fen,
                     GError     **error)
{
  g_autofree char *normal = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *body = NULL;
  gint64 fen = 0;

  g_return_val_if_fail (out_fen != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL)
    REFUSE ("%s", _("Enter an amount in yuan, such as 200 or 1,234.50"));

  shown = quote_typed (text);
  normal = normalise (text);
  if (normal == NULL)
    REFUSE (_("“%s” is not an amount: use digits with an optional point and up to two decimals, such as 1,234.50"),
            shown);
  if (*normal == '\0')
    REFUSE ("%s", _("Enter an amount in yuan, such as 200 or 1,234.50"));

  body = strip_symbol_and_unit (normal);
  if (body == NULL)
    REFUSE (_("“%s” has a sign: amounts cannot be negative; enter them without + or -"), shown);

  if (!parse_number (shown, body, &fen, error))
    return FALSE;

  *out_fen = fen;
  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Formatting */

/* The locale's decimal point and thousands separator. The C locale has no thousands separator;
 * amounts of yuan are always grouped, so a comma (or a point where the comma is the decimal
 * mark) stands in for it. */
static void
locale_marks (const char **radix,
              const char **thousands)
{
  const char *r = nl_langinfo (RADIXCHAR);
  const char *t = nl_langinfo (THOUSEP);

  if (r == NULL || *r == '\0' || !g_utf8_validate (r, -1, NULL))
    r = ".";
  if (t == NULL || *t == '\0' || strcmp (t, r) == 0 || !g_utf8_validate (t, -1, NULL))
    t = strcmp (r, ",") == 0 ? "." : ",";

  *radix = r;
  *thousands = t;
}

char *
steward_money_format (gint64 fen)
{
  /* Through guint64 so that G_MININT64 has a magnitude too. */
  guint64 magnitude = fen < 0 ? (guint64) 0 - (guint64) fen : (guint64) fen;
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude / 100);
  const char *radix, *thousands;
  gsize n = strlen (digits);
  GString *out = g_string_new (NULL);

  locale_marks (&radix, &thousands);

  if (fen < 0)
    g_string_append_c (out, '-');
  g_string_append (out, YEN_SIGN);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, thousands);
      g_string_append_c (out, digits[i]);
    }

  g_string_append_printf (out, "%s%02u", radix, (guint) (magnitude % 100));
  return g_string_free (out, FALSE);
}

char *
steward_money_format_plain (gint64 fen)
{
  guint64 magnitude = fen < 0 ? (guint64) 0 - (guint64) fen : (guint64) fen;

  /* Integer conversions never use the locale, so this is the same text everywhere. */
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u",
                          fen < 0 ? "-" : "",
                          magnitude / 100,
                          (guint) (magnitude % 100));
}
