/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "cli-harness.h"

typedef struct {
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = steward_test_dir_new ();
  f->db = g_build_filename (f->dir, "steward.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->db);
  steward_test_dir_free (f->dir);
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonObject *
show_client (const char *db,
             const char *id)
{
  g_autoptr(StewardRun) run = steward_run (db, "client", "show", id, "--json", NULL);
  g_autoptr(JsonNode) root = NULL;

  steward_assert_run (run, 0, NULL);
  root = parse (run->out);
  return json_object_ref (json_node_get_object (root));
}

static const char *
contact_field (JsonObject *client,
               const char *field)
{
  JsonArray *contacts = json_object_get_array_member (client, "contacts");

  return json_object_get_string_member (json_array_get_object_element (contacts, 0), field);
}

static void
test_utf8_bom_quotes_and_newlines (Fixture       *f,
                                   gconstpointer  data)
{
  const char csv[] =
    "\xEF\xBB\xBF" "Name,Industry,Address,Contact,Phone,Email,OS\r\n"
    "\"Acme, Inc.\",Retail,\"1 Main St\r\nSuite 5\",\"Smith, J\",+86 755 1234 5678,j@acme.cn,\"windows,linux\"\r\n"
    "深圳数据科技,制造,深圳市南山区,张伟,13800138000,zhang@sz.cn,macos\r\n";
  g_autofree char *path = steward_test_write_file (f->dir, "clients.csv", csv, -1);
  g_autoptr(StewardRun) run = steward_run (f->db, "import", "clients", path, NULL);
  g_autoptr(JsonObject) acme = NULL;
  g_autoptr(JsonObject) shenzhen = NULL;

  steward_assert_run (run, 0, NULL);
  g_assert_cmpstr (run->out, ==, "Imported 2 clients.\n");

  acme = show_client (f->db, "1");
  /* The BOM is not part of the first header, so "Name" was recognised. */
  g_assert_cmpstr (json_object_get_string_member (acme, "name"), ==, "Acme, Inc.");
  g_assert_cmpstr (json_object_get_string_member (acme, "address"), ==, "1 Main St\r\nSuite 5");
  g_assert_cmpstr (contact_field (acme, "name"), ==, "Smith, J");
  g_assert_cmpstr (contact_field (acme, "email"), ==, "j@acme.cn");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (acme, "platforms")), ==, 2);

  shenzhen = show_client (f->db, "2");
  g_assert_cmpstr (json_object_get_string_member (shenzhen, "name"), ==, "深圳数据科技");
  g_assert_cmpstr (json_object_get_string_member (shenzhen, "industry"), ==, "制造");
  g_assert_cmpstr (contact_field (shenzhen, "name"), ==, "张伟");
}

static void
test_gb18030_and_chinese_headers (Fixture       *f,
                                  gconstpointer  data)
{
  /* "名称,地址\r\n华为科技,北京\r\n" as Excel on Chinese Windows writes it (GB18030). */
  const char csv[] = "\xC3\xFB\xB3\xC6,\xB5\xD8\xD6\xB7\r\n\xBB\xAA\xCE\xAA\xBF\xC6\xBC\xBC,\xB1\xB1\xBE\xA9\r\n";
  g_autofree char *path = steward_test_write_file (f->dir, "gb.csv", csv, -1);
  g_autoptr(StewardRun) run = steward_run (f->db, "import", "clients", path, NULL);
  g_autoptr(JsonObject) client = NULL;

  steward_assert_run (run, 0, NULL);
  client = show_client (f->db, "1");
  g_assert_cmpstr (json_object_get_string_member (client, "name"), ==, "华为科技");
  g_assert_cmpstr (json_object_get_string_member (client, "address"), ==, "北京");
}

static void
test_bad_row_refuses_everything (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("name,email\n");
  g_autoptr(StewardRun) existing = steward_run (f->db, "client", "add", "--name", "Existing", NULL);
  g_autoptr(StewardRun) run = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  steward_assert_run (existing, 0, NULL);
  /* Lines 2–999 are good; line 1000 has an email without a domain. */
  for (guint line = 2; line < 1000; line++)
    g_string_append_printf (csv, "Client %u,c%u@example.com\n", line, line);
  g_string_append (csv, "Client 1000,broken-at-line-1000\n");
  g_string_append (csv, "Client 1001,c1001@example.com\n");
  path = steward_test_write_file (f->dir, "big.csv", csv->str, csv->len);

  before = steward_test_snapshot (f->db);
  run = steward_run (f->db, "import", "clients", path, NULL);
  steward_assert_run (run, 2, "line 1000: ");
  g_assert_nonnull (strstr (run->err, "broken-at-line-1000"));
  g_assert_cmpstr (run->out, ==, "");
  after = steward_test_snapshot (f->db);
  g_assert_cmpstr (after, ==, before);
}

static void
test_quoted_newline_counts_lines (Fixture       *f,
                                  gconstpointer  data)
{
  /* The record on lines 2–3 spans a quoted newline, so the bad record starts on line 4. */
  const char csv[] = "name,address,phone\nA,\"two\nlines\",12345\n,nowhere,12345\n";
  g_autofree char *path = steward_test_write_file (f->dir, "lines.csv", csv, -1);
  g_autoptr(StewardRun) run = steward_run (f->db, "import", "clients", path, NULL);
  g_autoptr(StewardRun) list = NULL;

  steward_assert_run (run, 2, "line 4: Client name is required");
  list = steward_run (f->db, "client", "list", "--all", "--json", NULL);
  g_assert_cmpstr (g_strstrip (list->out), ==, "[]");
}

static void
test_duplicates_reported (Fixture       *f,
                          gconstpointer  data)
{
  const char csv[] = "name\nＡＣＭＥ\nBeta\nGamma\nbeta\n";
  g_autofree char *path = steward_test_write_file (f->dir, "dup.csv", csv, -1);
  g_autoptr(StewardRun) existing = steward_run (f->db, "client", "add", "--name", "Acme", NULL);
  g_autoptr(StewardRun) run = NULL;
  g_autoptr(StewardRun) list = NULL;
  g_autoptr(JsonNode) result = NULL;
  g_autoptr(JsonNode) clients = NULL;
  JsonArray *imported, *duplicates;
  JsonObject *dup;

  steward_assert_run (existing, 0, NULL);
  run = steward_run (f->db, "--json", "import", "clients", path, NULL);
  steward_assert_run (run, 0, "line 2: “ＡＣＭＥ” is already client 1; the row was skipped");
  g_assert_nonnull (strstr (run->err, "line 5: “beta” repeats the client of line 3; the row was skipped"));

  result = parse (run->out);
  imported = json_object_get_array_member (json_node_get_object (result), "imported");
  g_assert_cmpuint (json_array_get_length (imported), ==, 2);
  g_assert_cmpint (json_array_get_int_element (imported, 0), ==, 2);
  g_assert_cmpint (json_array_get_int_element (imported, 1), ==, 3);
  duplicates = json_object_get_array_member (json_node_get_object (result), "duplicates");
  g_assert_cmpuint (json_array_get_length (duplicates), ==, 2);
  dup = json_array_get_object_element (duplicates, 0);
  g_assert_cmpint (json_object_get_int_member (dup, "line"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (dup, "client_id"), ==, 1);
  dup = json_array_get_object_element (duplicates, 1);
  g_assert_cmpint (json_object_get_int_member (dup, "line"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (dup, "same_as_line"), ==, 3);

  /* Not merged: Acme keeps its single contact and name; three clients in all. */
  list = steward_run (f->db, "client", "list", "--all", "--json", NULL);
  clients = parse (list->out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (clients)), ==, 3);
}

static void
test_refused_files (Fixture       *f,
                    gconstpointer  data)
{
  static const struct {
    const char *name;
    const char *contents;
    gssize      length;
    const char *message;
  } cases[] = {
    { "utf16.csv", "\xFF\xFEn\0a\0m\0e\0\n\0", 12, "GB18030" },
    { "unknown.csv", "name,colour\nAcme,red\n", -1, "line 1: unknown column “colour”" },
    { "noname.csv", "industry\nRetail\n", -1, "line 1: the header row needs a “name” column" },
    { "twice.csv", "name,Name\nA,B\n", -1, "line 1: the column “Name” appears twice" },
    { "wide.csv", "name\nA,B\n", -1, "line 2: more fields (2) than the header row has columns (1)" },
    { "open.csv", "name\n\"Acme\n", -1, "line 2" },
    { "bados.csv", "name,os\nAcme,android\n", -1, "line 2: --os: “android”" },
    { "empty.csv", "", 0, "The file is empty" },
  };
  g_autofree char *before = NULL;

  before = steward_test_snapshot (f->db);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = steward_test_write_file (f->dir, cases[i].name, cases[i].contents, cases[i].length);
      g_autoptr(StewardRun) run = steward_run (f->db, "import", "clients", path, NULL);
      g_autofree char *after = NULL;

      steward_assert_run (run, 2, cases[i].message);
      after = steward_test_snapshot (f->db);
      g_assert_cmpstr (after, ==, before);
    }
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *missing_path = g_build_filename (f->dir, "missing.csv", NULL);
  g_autoptr(StewardRun) no_file = steward_run (f->db, "import", "clients", NULL);
  g_autoptr(StewardRun) missing = steward_run (f->db, "import", "clients", missing_path, NULL);
  g_autoptr(StewardRun) what = steward_run (f->db, "import", "requests", "x.csv", NULL);

  steward_assert_run (no_file, 1, "missing arguments");
  steward_assert_run (missing, 2, "missing.csv");
  steward_assert_run (what, 1, "unknown subcommand “requests”");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/import/utf8-bom-quotes-newlines", test_utf8_bom_quotes_and_newlines);
  ADD ("/cli/import/gb18030", test_gb18030_and_chinese_headers);
  ADD ("/cli/import/bad-row-refuses-everything", test_bad_row_refuses_everything);
  ADD ("/cli/import/quoted-newline-line-numbers", test_quoted_newline_counts_lines);
  ADD ("/cli/import/duplicates-reported", test_duplicates_reported);
  ADD ("/cli/import/refused-files", test_refused_files);
  ADD ("/cli/import/usage", test_usage);
#undef ADD

  return g_test_run ();
}
