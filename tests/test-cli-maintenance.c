/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli-harness.h"
#include "steward-store-testing.h"

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

static void
test_check_ok (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(StewardRun) text = steward_run (f->db, "check", NULL);
  g_autoptr(StewardRun) json = steward_run (f->db, "check", "--json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *object;

  steward_assert_run (text, 0, NULL);
  g_assert_nonnull (strstr (text->out, "Integrity: ok\n"));
  g_assert_nonnull (strstr (text->out, "Schema version: 3"));

  steward_assert_run (json, 0, NULL);
  json_parser_load_from_data (parser, json->out, -1, &error);
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (object, "integrity"), ==, "ok");
  g_assert_cmpint (json_object_get_int_member (object, "schema_version"), ==, 3);
}

static void
test_damaged_database_is_storage_error (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardRun) check = NULL;
  g_autoptr(StewardRun) list = NULL;
  g_autoptr(StewardRun) add = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  char garbage[4096];

  memset (garbage, 'x', sizeof garbage);
  g_file_set_contents (f->db, garbage, sizeof garbage, &error);
  g_assert_no_error (error);

  check = steward_run (f->db, "check", NULL);
  steward_assert_run (check, 3, NULL);
  g_assert_cmpstr (check->out, ==, "");
  list = steward_run (f->db, "client", "list", NULL);
  steward_assert_run (list, 3, NULL);
  add = steward_run (f->db, "client", "add", "--name", "Acme", NULL);
  steward_assert_run (add, 3, NULL);

  /* The damaged file is left as it was. */
  g_file_get_contents (f->db, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, ==, sizeof garbage);
  g_assert_cmpmem (contents, length, garbage, sizeof garbage);
}

/* Either the command did not read the damaged pages and worked, or it failed as a storage
 * error naming the damage: never another exit code, never a crash. */
static gboolean
works_or_names_damage (const StewardRun *run)
{
  if (run->status == 0)
    return TRUE;
  steward_assert_run (run, 3, "is damaged");
  g_assert_cmpstr (run->out, ==, "");
  return FALSE;
}

static void
test_damaged_pages_only_check_reads_all (Fixture       *f,
                                         gconstpointer  data)
{
  g_autoptr(StewardRun) demo = steward_run (f->db, "demo", "--clients", "60", "--requests", "600",
                                            "--seed", "7", NULL);
  g_autoptr(StewardRun) check = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  const char *const commands[][4] = {
    { "client", "list", NULL }, { "client", "show", "1", NULL },
    { "request", "list", NULL }, { "request", "show", "1", NULL },
  };
  gsize length, start;
  guint n_worked = 0;

  steward_assert_run (demo, 0, NULL);
  /* Eight pages three quarters into the file: the header and the schema stay readable. */
  g_file_get_contents (f->db, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 100 * 4096);
  start = (length / 4096 * 3 / 4) * 4096;
  for (gsize i = 0; i < 8 * 4096; i++)
    contents[start + i] = (char) (0x5a ^ (i * 31));
  g_file_set_contents (f->db, contents, length, &error);
  g_assert_no_error (error);

  check = steward_run (f->db, "check", NULL);
  steward_assert_run (check, 3, "is damaged");
  g_assert_nonnull (strstr (check->err, "Restore the newest good backup."));
  g_assert_cmpstr (check->out, ==, "");

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autoptr(StewardRun) run = steward_run (f->db, commands[i][0], commands[i][1], commands[i][2],
                                               NULL);

      if (works_or_names_damage (run))
        n_worked++;
    }
  /* Only `check` reads the whole file: the commands that do not touch the damaged pages work
   * (with the quick check on open, every one would fail). */
  g_assert_cmpuint (n_worked, >, 0);
}

static void
test_newer_schema_is_storage_error (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardRun) check = NULL;

  steward_store_testing_create_at_version (f->db, 1, &error);
  g_assert_no_error (error);
  steward_store_testing_set_user_version (f->db, 99, &error);
  g_assert_no_error (error);

  check = steward_run (f->db, "check", NULL);
  steward_assert_run (check, 3, NULL);
  g_assert_cmpstr (check->out, ==, "");
}

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);
  g_autoptr(StewardRun) add = steward_run (f->db, "client", "add", "--name", "Acme", NULL);
  g_autoptr(StewardRun) backup = NULL;
  g_autoptr(StewardRun) onto_itself = NULL;
  g_autoptr(StewardRun) no_path = NULL;
  g_autofree char *original = NULL;
  g_autofree char *restored = NULL;
  GStatBuf st;

  steward_assert_run (add, 0, NULL);
  backup = steward_run (f->db, "backup", copy, NULL);
  steward_assert_run (backup, 0, NULL);
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  original = steward_test_snapshot (f->db);
  restored = steward_test_snapshot (copy);
  g_assert_cmpstr (restored, ==, original);

  onto_itself = steward_run (f->db, "backup", f->db, NULL);
  steward_assert_run (onto_itself, 2, "is the database itself");
  no_path = steward_run (f->db, "backup", NULL);
  steward_assert_run (no_path, 1, "missing arguments");
}

static void
test_unwritable_backup_is_storage_error (Fixture       *f,
                                         gconstpointer  data)
{
  g_autofree char *target = g_build_filename (f->dir, "no", "such", "folder", "copy.db", NULL);
  g_autoptr(StewardRun) backup = steward_run (f->db, "backup", target, NULL);

  steward_assert_run (backup, 3, NULL);
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/check/ok", test_check_ok);
  ADD ("/cli/check/damaged", test_damaged_database_is_storage_error);
  ADD ("/cli/check/damaged-pages", test_damaged_pages_only_check_reads_all);
  ADD ("/cli/check/newer-schema", test_newer_schema_is_storage_error);
  ADD ("/cli/backup/copy", test_backup);
  ADD ("/cli/backup/unwritable", test_unwritable_backup_is_storage_error);
#undef ADD

  return g_test_run ();
}
