/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "steward-error.h"
#include "steward-money.h"

typedef struct {
  const char *text;
  gint64      fen;
} Accepted;

static void
test_parse_accepts (void)
{
  const Accepted cases[] = {
    { "200", 20000 },
    { "200.00", 20000 },
    { "200.5", 20050 },
    { "200.05", 20005 },
    { "0", 0 },
    { "0.01", 1 },
    { ".5", 50 },
    { "200.", 20000 },
    { "007", 700 },
    { "1,234.5", 123450 },
    { "1,234", 123400 },
    { "12,345,678.90", 1234567890 },
    { "¥200", 20000 },
    { "¥ 1,234.50", 123450 },
    { "￥200", 20000 },
    { "￥２００", 20000 },
    { "２００．５", 20050 },
    { "１，２３４．５６", 123456 },
    { "  200  ", 20000 },
    { "\t¥200\n", 20000 },
    { "\u3000200\u3000", 20000 },          /* ideographic spaces */
    { "200。50", 20050 },                   /* a Chinese keyboard's full stop */
    { "200元", 20000 },
    { "¥1,000 元", 100000 },
    { "100000000", G_GINT64_CONSTANT (10000000000) },
    { "100,000,000.00", G_GINT64_CONSTANT (10000000000) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = -1;

      g_test_message ("parsing “%s”", cases[i].text);
      g_assert_true (steward_money_parse (cases[i].text, &fen, &error));
      g_assert_no_error (error);
      g_assert_cmpint (fen, ==, cases[i].fen);
    }
}

typedef struct {
  const char *text;
  const char *message_part;  /* what the refusal must say */
} Refused;

static void
test_parse_refuses (void)
{
  const Refused cases[] = {
    { NULL, "Enter an amount" },
    { "", "Enter an amount" },
    { "   ", "Enter an amount" },
    { "\u3000", "Enter an amount" },
    { "¥", "has no digits" },
    { ".", "has no digits" },
    { "-5", "cannot be negative" },
    { "-¥5", "cannot be negative" },
    { "¥-5", "cannot be negative" },
    { "+5", "without + or -" },
    { "－５", "cannot be negative" },          /* full-width minus */
    { "\u22125", "cannot be negative" },       /* U+2212 MINUS SIGN */
    { "200.001", "more than two decimals" },
    { "0.125", "more than two decimals" },
    { "1,23", "commas may only separate thousands" },
    { "12,34,567", "commas may only separate thousands" },
    { "1234,567", "commas may only separate thousands" },
    { ",123", "commas may only separate thousands" },
    { "1,", "commas may only separate thousands" },
    { "1,,234", "commas may only separate thousands" },
    { "1,5", "decimals need a point" },
    { "1.234,56", "decimals need a point" },
    { "1.2.3", "more than one decimal point" },
    { "abc", "is not an amount" },
    { "12a", "is not an amount" },
    { "1e3", "is not an amount" },
    { "200 yuan", "is not an amount" },
    { "$200", "is not an amount" },
    { "1 234", "is not an amount" },
    { "100000000.01", "¥100,000,000.00" },
    { "100,000,001", "largest amount" },
    { "99999999999999999999999999", "largest amount" },
    { "\xff\xfe", "is not an amount" },      /* not UTF-8 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = 4242;

      g_test_message ("refusing “%s”", cases[i].text ? cases[i].text : "(null)");
      g_assert_false (steward_money_parse (cases[i].text, &fen, &error));
      g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].message_part));
      /* A refusal leaves the caller's value alone. */
      g_assert_cmpint (fen, ==, 4242);
    }
}

static void
test_parse_message_quotes_input (void)
{
  g_autoptr(GError) error = NULL;
  gint64 fen = 0;

  g_assert_false (steward_money_parse ("  12,34,567 ", &fen, &error));
  g_assert_cmpstr (error->message, ==,
                   "“12,34,567” is ambiguous: commas may only separate thousands (1,234.50) "
                   "and decimals need a point (1.5)");
}

static void
test_format_c_locale (void)
{
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL, *f = NULL;
  g_autofree char *g = NULL;

  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));

  a = steward_money_format (123450);
  b = steward_money_format (0);
  c = steward_money_format (5);
  d = steward_money_format (-1200);
  e = steward_money_format (G_GINT64_CONSTANT (10000000000));
  f = steward_money_format (99999);
  g = steward_money_format (100000);

  g_assert_cmpstr (a, ==, "¥1,234.50");
  g_assert_cmpstr (b, ==, "¥0.00");
  g_assert_cmpstr (c, ==, "¥0.05");
  g_assert_cmpstr (d, ==, "-¥12.00");
  g_assert_cmpstr (e, ==, "¥100,000,000.00");
  g_assert_cmpstr (f, ==, "¥999.99");
  g_assert_cmpstr (g, ==, "¥1,000.00");
}

static void
test_format_extremes (void)
{
  g_autofree char *low = steward_money_format (G_MININT64);
  g_autofree char *plain_low = steward_money_format_plain (G_MININT64);

  g_assert_cmpstr (low, ==, "-¥92,233,720,368,547,758.08");
  g_assert_cmpstr (plain_low, ==, "-92233720368547758.08");
}

static void
test_format_plain (void)
{
  g_autofree char *a = steward_money_format_plain (123450);
  g_autofree char *b = steward_money_format_plain (0);
  g_autofree char *c = steward_money_format_plain (-1205);
  g_autofree char *d = steward_money_format_plain (7);

  g_assert_cmpstr (a, ==, "1234.50");
  g_assert_cmpstr (b, ==, "0.00");
  g_assert_cmpstr (c, ==, "-12.05");
  g_assert_cmpstr (d, ==, "0.07");
}

static void
test_format_german_locale (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *formatted = NULL;
  g_autofree char *plain = NULL;
  gboolean parsed_ok, german_ok;
  gint64 fen = -1, german = -1;

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("the de_DE.UTF-8 locale is not installed (run locale-gen)");
      return;
    }

  formatted = steward_money_format (123450);
  plain = steward_money_format_plain (123450);
  /* Input keeps one meaning everywhere: a German "1.234,50" is still refused as ambiguous. */
  parsed_ok = steward_money_parse ("1,234.50", &fen, NULL);
  german_ok = steward_money_parse ("1.234,50", &german, NULL);
  setlocale (LC_ALL, saved);

  g_assert_cmpstr (formatted, ==, "¥1.234,50");
  /* CSV and command-line output stay in the C form whatever the locale. */
  g_assert_cmpstr (plain, ==, "1234.50");
  g_assert_true (parsed_ok);
  g_assert_cmpint (fen, ==, 123450);
  g_assert_false (german_ok);
  g_assert_cmpint (german, ==, -1);
}

static void
test_format_chinese_locale (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *formatted = NULL;

  if (setlocale (LC_ALL, "zh_CN.UTF-8") == NULL)
    {
      g_test_skip ("the zh_CN.UTF-8 locale is not installed (run locale-gen)");
      return;
    }

  formatted = steward_money_format (123456789);
  setlocale (LC_ALL, saved);

  g_assert_cmpstr (formatted, ==, "¥1,234,567.89");
}

static void
test_round_trip (void)
{
  const gint64 amounts[] = { 0, 1, 99, 100, 20000, 20001, 123456789, G_GINT64_CONSTANT (10000000000) };

  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autofree char *shown = steward_money_format (amounts[i]);
      g_autofree char *plain = steward_money_format_plain (amounts[i]);
      gint64 back = -1;

      g_assert_true (steward_money_parse (shown, &back, NULL));
      g_assert_cmpint (back, ==, amounts[i]);
      back = -1;
      g_assert_true (steward_money_parse (plain, &back, NULL));
      g_assert_cmpint (back, ==, amounts[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/parse/accepts", test_parse_accepts);
  g_test_add_func ("/money/parse/refuses", test_parse_refuses);
  g_test_add_func ("/money/parse/message-quotes-input", test_parse_message_quotes_input);
  g_test_add_func ("/money/format/c-locale", test_format_c_locale);
  g_test_add_func ("/money/format/extremes", test_format_extremes);
  g_test_add_func ("/money/format/plain", test_format_plain);
  g_test_add_func ("/money/format/german-locale", test_format_german_locale);
  g_test_add_func ("/money/format/chinese-locale", test_format_chinese_locale);
  g_test_add_func ("/money/round-trip", test_round_trip);

  return g_test_run ();
}
