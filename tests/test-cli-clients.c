/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "cli-harness.h"
#include "xlsx-reader.h"

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

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static JsonArray *
parse_array (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  return json_array_ref (json_node_get_array (json_parser_get_root (parser)));
}

static JsonObject *
show_client (const char *db,
             const char *id)
{
  g_autoptr(StewardRun) run = steward_run (db, "client", "show", id, "--json", NULL);

  steward_assert_run (run, 0, NULL);
  return parse_object (run->out);
}

static void
test_add_prints_id_and_stores_fields (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(StewardRun) first = steward_run (f->db, "client", "add", "--name", "Acme 科技", "--industry", "Retail",
                                             "--owner", "Li Na", NULL);
  g_autoptr(StewardRun) second = steward_run (f->db, "client", "add", "--name", "北京数据有限公司",
                                              "--contact", "王芳", "--role", "CTO", "--phone", "+86 10 8888 6666",
                                              "--email", "wang@example.cn", "--os", "windows,linux",
                                              "--os", "macos", NULL);
  g_autoptr(JsonObject) acme = NULL;
  g_autoptr(JsonObject) beijing = NULL;
  JsonArray *contacts, *platforms;
  JsonObject *contact;

  steward_assert_run (first, 0, NULL);
  g_assert_cmpstr (first->out, ==, "1\n");
  steward_assert_run (second, 0, NULL);
  g_assert_cmpstr (second->out, ==, "2\n");

  acme = show_client (f->db, "1");
  g_assert_cmpint (json_object_get_int_member (acme, "id"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (acme, "name"), ==, "Acme 科技");
  g_assert_cmpstr (json_object_get_string_member (acme, "industry"), ==, "Retail");
  g_assert_cmpstr (json_object_get_string_member (acme, "owner"), ==, "Li Na");
  g_assert_false (json_object_get_boolean_member (acme, "archived"));
  /* Without --contact the company itself is the primary contact. */
  contacts = json_object_get_array_member (acme, "contacts");
  g_assert_cmpuint (json_array_get_length (contacts), ==, 1);
  contact = json_array_get_object_element (contacts, 0);
  g_assert_cmpstr (json_object_get_string_member (contact, "name"), ==, "Acme 科技");
  g_assert_true (json_object_get_boolean_member (contact, "primary"));

  beijing = show_client (f->db, "2");
  contact = json_array_get_object_element (json_object_get_array_member (beijing, "contacts"), 0);
  g_assert_cmpstr (json_object_get_string_member (contact, "name"), ==, "王芳");
  g_assert_cmpstr (json_object_get_string_member (contact, "role"), ==, "CTO");
  g_assert_cmpstr (json_object_get_string_member (contact, "phone"), ==, "+86 10 8888 6666");
  g_assert_cmpstr (json_object_get_string_member (contact, "email"), ==, "wang@example.cn");
  platforms = json_object_get_array_member (beijing, "platforms");
  g_assert_cmpuint (json_array_get_length (platforms), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (platforms, 0), ==, "windows");
  g_assert_cmpstr (json_array_get_string_element (platforms, 1), ==, "macos");
  g_assert_cmpstr (json_array_get_string_element (platforms, 2), ==, "linux");
}

static void
add_acme (Fixture *f)
{
  g_autoptr(StewardRun) run = steward_run (f->db, "client", "add", "--name", "Acme", "--phone", "12345678", NULL);

  steward_assert_run (run, 0, NULL);
}

/* Each refusal: the exit code, a message naming the problem, and nothing stored. */
static void
test_add_refusals_change_nothing (Fixture       *f,
                                  gconstpointer  data)
{
  static const struct {
    const char *args[5];
    int         status;
    const char *message;
  } cases[] = {
    { { "--industry", "IT" }, 1, "--name is required" },
    { { "--name", "X", "--colour", "red" }, 1, "Unknown option --colour" },
    { { "--name", "X", "surplus" }, 1, "unexpected argument “surplus”" },
    { { "--name", "ＡＣＭＥ" }, 2, "already taken by the client “Acme”" },
    { { "--name", "  " }, 2, "Client name is required" },
    { { "--name", "X", "--phone", "call me" }, 2, "Phone" },
    { { "--name", "X", "--email", "nobody" }, 2, "nobody" },
    { { "--name", "X", "--os", "android" }, 2, "--os: “android” is not one of windows, macos, linux" },
  };
  g_autofree char *before = NULL;

  add_acme (f);
  before = steward_test_snapshot (f->db);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(StewardRun) run = NULL;
      g_autofree char *after = NULL;

      /* The first NULL of args ends the argument list. */
      run = steward_run (f->db, "client", "add", cases[i].args[0], cases[i].args[1], cases[i].args[2],
                         cases[i].args[3], NULL);
      steward_assert_run (run, cases[i].status, cases[i].message);
      g_assert_cmpstr (run->out, ==, "");
      after = steward_test_snapshot (f->db);
      g_assert_cmpstr (after, ==, before);
    }
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(StewardRun) edit = NULL;
  g_autoptr(StewardRun) taken = NULL;
  g_autoptr(StewardRun) missing = NULL;
  g_autoptr(StewardRun) bad_id = NULL;
  g_autoptr(StewardRun) beta = NULL;
  g_autoptr(JsonObject) client = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  JsonObject *contact;

  add_acme (f);
  beta = steward_run (f->db, "client", "add", "--name", "Beta", NULL);
  steward_assert_run (beta, 0, NULL);

  edit = steward_run (f->db, "client", "edit", "1", "--industry", "Banking", "--contact", "Zhang Wei",
                      "--phone", "+86 21 5555 0000", "--os", "macos", NULL);
  steward_assert_run (edit, 0, NULL);
  client = show_client (f->db, "1");
  g_assert_cmpstr (json_object_get_string_member (client, "name"), ==, "Acme");
  g_assert_cmpstr (json_object_get_string_member (client, "industry"), ==, "Banking");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (client, "platforms")), ==, 1);
  contact = json_array_get_object_element (json_object_get_array_member (client, "contacts"), 0);
  g_assert_cmpstr (json_object_get_string_member (contact, "name"), ==, "Zhang Wei");
  g_assert_cmpstr (json_object_get_string_member (contact, "phone"), ==, "+86 21 5555 0000");

  before = steward_test_snapshot (f->db);
  taken = steward_run (f->db, "client", "edit", "2", "--name", "acme", NULL);
  steward_assert_run (taken, 2, "already taken");
  missing = steward_run (f->db, "client", "edit", "99", "--industry", "X", NULL);
  steward_assert_run (missing, 2, "There is no client with number 99");
  bad_id = steward_run (f->db, "client", "edit", "first", "--industry", "X", NULL);
  steward_assert_run (bad_id, 2, "“first” is not an id");
  after = steward_test_snapshot (f->db);
  g_assert_cmpstr (after, ==, before);
}

static guint
count_listed (Fixture    *f,
              const char *option)
{
  g_autoptr(StewardRun) run = steward_run (f->db, "client", "list", "--json", option, NULL);
  g_autoptr(JsonArray) array = NULL;

  steward_assert_run (run, 0, NULL);
  array = parse_array (run->out);
  return json_array_get_length (array);
}

static void
test_list_archive_unarchive (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(StewardRun) beta = NULL;
  g_autoptr(StewardRun) archive = NULL;
  g_autoptr(StewardRun) unarchive = NULL;
  g_autoptr(StewardRun) search = NULL;
  g_autoptr(StewardRun) text = NULL;
  g_autoptr(JsonArray) found = NULL;

  add_acme (f);
  beta = steward_run (f->db, "client", "add", "--name", "Beta 北京", "--email", "ops@beta.cn", NULL);
  steward_assert_run (beta, 0, NULL);

  g_assert_cmpuint (count_listed (f, NULL), ==, 2);
  archive = steward_run (f->db, "client", "archive", "2", NULL);
  steward_assert_run (archive, 0, NULL);
  g_assert_cmpuint (count_listed (f, NULL), ==, 1);
  g_assert_cmpuint (count_listed (f, "--archived"), ==, 1);
  g_assert_cmpuint (count_listed (f, "--all"), ==, 2);

  unarchive = steward_run (f->db, "client", "unarchive", "2", NULL);
  steward_assert_run (unarchive, 0, NULL);
  g_assert_cmpuint (count_listed (f, "--archived"), ==, 0);

  search = steward_run (f->db, "client", "list", "--search", "beta.cn", "--json", NULL);
  steward_assert_run (search, 0, NULL);
  found = parse_array (search->out);
  g_assert_cmpuint (json_array_get_length (found), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (found, 0), "name"), ==, "Beta 北京");

  text = steward_run (f->db, "client", "list", NULL);
  steward_assert_run (text, 0, NULL);
  g_assert_nonnull (strstr (text->out, "1\tAcme\t"));
  g_assert_nonnull (strstr (text->out, "2\tBeta 北京\t"));
}

static void
test_archive_and_show_refusals (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(StewardRun) archive = NULL;
  g_autoptr(StewardRun) show = NULL;
  g_autoptr(StewardRun) no_id = NULL;
  g_autoptr(StewardRun) anonymise = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  add_acme (f);
  before = steward_test_snapshot (f->db);
  archive = steward_run (f->db, "client", "archive", "7", NULL);
  steward_assert_run (archive, 2, "There is no client with number 7");
  anonymise = steward_run (f->db, "client", "anonymise", "7", NULL);
  steward_assert_run (anonymise, 2, "7");
  show = steward_run (f->db, "client", "show", "0", NULL);
  steward_assert_run (show, 2, "“0” is not an id");
  no_id = steward_run (f->db, "client", "show", NULL);
  steward_assert_run (no_id, 1, "missing arguments");
  after = steward_test_snapshot (f->db);
  g_assert_cmpstr (after, ==, before);
}

static void
test_anonymise (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(StewardRun) add = steward_run (f->db, "client", "add", "--name", "Gamma", "--contact", "李雷",
                                           "--phone", "13800138000", "--email", "lilei@gamma.cn", NULL);
  g_autoptr(StewardRun) anonymise = NULL;
  g_autoptr(JsonObject) client = NULL;
  JsonObject *contact;

  steward_assert_run (add, 0, NULL);
  anonymise = steward_run (f->db, "client", "anonymise", "1", NULL);
  steward_assert_run (anonymise, 0, NULL);

  client = show_client (f->db, "1");
  g_assert_cmpstr (json_object_get_string_member (client, "name"), ==, "Gamma");
  contact = json_array_get_object_element (json_object_get_array_member (client, "contacts"), 0);
  g_assert_cmpstr (json_object_get_string_member (contact, "name"), !=, "李雷");
  g_assert_cmpstr (json_object_get_string_member (contact, "phone"), !=, "13800138000");
  g_assert_cmpstr (json_object_get_string_member (contact, "email"), !=, "lilei@gamma.cn");
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "acme.xlsx", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "nobody.xlsx", NULL);
  g_autoptr(StewardRun) export = NULL;
  g_autoptr(StewardRun) refused = NULL;
  g_autoptr(StewardRun) wrong = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *strings = NULL;
  g_autofree char *a2 = NULL, *c3 = NULL, *d3 = NULL;

  steward_run_ok (f->db, "client", "add", "--name", "Acme", "--contact", "李雷", "--email", "lilei@acme.cn");
  steward_run_ok (f->db, "request", "add", "--client", "1", "--service", "advisor", "--submitted", "2026-03-09T09:00",
                  "--description", "=HYPERLINK(\"x\")");
  export = steward_run (f->db, "client", "export", "1", path, NULL);
  steward_assert_run (export, 0, NULL);

  sheet = xlsx_read_part (path, "xl/worksheets/sheet1.xml");
  strings = xlsx_has_part (path, "xl/sharedStrings.xml") ? xlsx_read_part (path, "xl/sharedStrings.xml") : NULL;
  a2 = xlsx_cell_text (sheet, strings, "A2");
  c3 = xlsx_cell_text (sheet, strings, "C3");
  d3 = xlsx_cell_text (sheet, strings, "D3");
  g_assert_cmpstr (a2, ==, "Client");
  g_assert_cmpstr (c3, ==, "name");
  g_assert_cmpstr (d3, ==, "Acme");
  g_assert_cmpuint (xlsx_count (sheet, "lilei@acme.cn") + (strings ? xlsx_count (strings, "lilei@acme.cn") : 0), ==, 1);
  /* The request's description is kept as text, never a formula. */
  g_assert_cmpuint (xlsx_count (sheet, "<f>"), ==, 0);
  g_assert_cmpuint (xlsx_count (sheet, "HYPERLINK") + (strings ? xlsx_count (strings, "HYPERLINK") : 0), ==, 1);

  refused = steward_run (f->db, "client", "export", "2", missing, NULL);
  steward_assert_run (refused, 2, "There is no client with number 2");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  wrong = steward_run (f->db, "client", "export", "1", "acme.csv", NULL);
  steward_assert_run (wrong, 1, ".xlsx");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/client/add", test_add_prints_id_and_stores_fields);
  ADD ("/cli/client/add-refusals", test_add_refusals_change_nothing);
  ADD ("/cli/client/edit", test_edit);
  ADD ("/cli/client/list-archive-unarchive", test_list_archive_unarchive);
  ADD ("/cli/client/refusals", test_archive_and_show_refusals);
  ADD ("/cli/client/anonymise", test_anonymise);
  ADD ("/cli/client/export", test_export);
#undef ADD

  return g_test_run ();
}
