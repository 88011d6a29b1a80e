/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "steward-csv.h"
#include "steward-error.h"

static GPtrArray *
parse_bytes (const char *data,
             gsize       length,
             const char *expected_encoding)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *encoding = NULL;
  GPtrArray *rows;

  text = steward_csv_decode (data, length, &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (encoding, ==, expected_encoding);
  rows = steward_csv_parse (text, &error);
  g_assert_no_error (error);
  return rows;
}

static StewardCsvRow *
row_at (GPtrArray *rows,
        guint      i)
{
  return g_ptr_array_index (rows, i);
}

static void
test_utf8_with_bom (void)
{
  static const char data[] = "\xef\xbb\xbfname,industry\r\n深圳市星河科技,软件\r\n";
  g_autoptr(GPtrArray) rows = parse_bytes (data, sizeof data - 1, "UTF-8");

  g_assert_cmpuint (rows->len, ==, 2);
  /* The byte-order mark must not stick to the first header. */
  g_assert_cmpstr (row_at (rows, 0)->fields[0], ==, "name");
  g_assert_cmpstr (row_at (rows, 1)->fields[0], ==, "深圳市星河科技");
  g_assert_cmpstr (row_at (rows, 1)->fields[1], ==, "软件");
  g_assert_cmpuint (row_at (rows, 1)->line, ==, 2);
}

static void
test_quoted_commas_and_newlines (void)
{
  static const char data[] =
    "name,address,notes\n"
    "\"Acme, Ltd.\",\"1 Road\nBuilding 2\",\"said \"\"hi\"\"\"\n"
    "\n"
    "Beta,,\n";
  g_autoptr(GPtrArray) rows = parse_bytes (data, sizeof data - 1, "UTF-8");

  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (row_at (rows, 1)->fields[0], ==, "Acme, Ltd.");
  g_assert_cmpstr (row_at (rows, 1)->fields[1], ==, "1 Road\nBuilding 2");
  g_assert_cmpstr (row_at (rows, 1)->fields[2], ==, "said \"hi\"");
  g_assert_cmpuint (row_at (rows, 1)->line, ==, 2);
  /* The quoted newline moved the next record to line 5 (line 4 is blank). */
  g_assert_cmpuint (row_at (rows, 2)->line, ==, 5);
  g_assert_cmpuint (g_strv_length (row_at (rows, 2)->fields), ==, 3);
  g_assert_cmpstr (row_at (rows, 2)->fields[2], ==, "");
}

static void
test_gb18030 (void)
{
  /* "名称\r\n深圳市\r\n" as GB18030 bytes, written out by hand. */
  static const char data[] = "\xc3\xfb\xb3\xc6\r\n\xc9\xee\xdb\xda\xca\xd0\r\n";
  g_autoptr(GPtrArray) rows = parse_bytes (data, sizeof data - 1, "GB18030");

  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (row_at (rows, 0)->fields[0], ==, "名称");
  g_assert_cmpstr (row_at (rows, 1)->fields[0], ==, "深圳市");
}

static void
test_refused_encodings (void)
{
  static const char utf16[] = "\xff\xfen\0a\0m\0e\0";
  static const char binary[] = "PK\x03\x04\0\0\x80\xff";
  g_autoptr(GError) error = NULL;
  char *text;

  text = steward_csv_decode (utf16, sizeof utf16 - 1, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "UTF-16"));
  g_clear_error (&error);

  text = steward_csv_decode (binary, sizeof binary - 1, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "GB18030"));
}

static void
test_unclosed_quote_names_line (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  rows = steward_csv_parse ("name\nok\n\"broken,\nstill open\n", &error);
  g_assert_null (rows);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Line 3"));
  g_clear_error (&error);

  rows = steward_csv_parse ("name\n\"quoted\"tail\n", &error);
  g_assert_null (rows);
  g_assert_nonnull (strstr (error->message, "Line 2"));
}

static void
test_write_round_trip (void)
{
  const char *fields[] = { "Acme, Ltd.", "say \"hi\"", "two\nlines", "plain", NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = NULL;

  steward_csv_append_row (out, fields, -1);
  g_assert_cmpstr (out->str, ==, "\"Acme, Ltd.\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n");

  rows = steward_csv_parse (out->str, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstrv (row_at (rows, 0)->fields, fields);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/utf8-with-bom", test_utf8_with_bom);
  g_test_add_func ("/csv/quoted-commas-and-newlines", test_quoted_commas_and_newlines);
  g_test_add_func ("/csv/gb18030", test_gb18030);
  g_test_add_func ("/csv/refused-encodings", test_refused_encodings);
  g_test_add_func ("/csv/unclosed-quote-names-line", test_unclosed_quote_names_line);
  g_test_add_func ("/csv/write-round-trip", test_write_round_trip);

  return g_test_run ();
}
