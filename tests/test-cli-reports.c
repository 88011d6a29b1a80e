/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cli-harness.h"

typedef struct {
  char *dir;
  char *db;
} Fixture;

/* One advisor incident of ¥150.00 paid in March 2026 and one remote incident of ¥80.00 paid in
 * May 2026. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = steward_test_dir_new ();
  f->db = g_build_filename (f->dir, "steward.db", NULL);
  steward_run_ok (f->db, "client", "add", "--name", "Acme");
  steward_run_ok (f->db, "request", "add", "--client", "1", "--service", "advisor", "--submitted", "2026-03-09T09:00");
  steward_run_ok (f->db, "request", "quote", "1", "--fee", "150", "--at", "2026-03-09T09:10");
  steward_run_ok (f->db, "request", "advance", "1", "--to", "confirmed", "--at", "2026-03-09T09:20");
  steward_run_ok (f->db, "payment", "add", "1", "--amount", "150", "--method", "bank-transfer", "--at", "2026-03-09T10:00");
  steward_run_ok (f->db, "request", "add", "--client", "1", "--service", "remote", "--os", "macos",
                  "--submitted", "2026-05-11T09:00");
  steward_run_ok (f->db, "request", "quote", "2", "--fee", "80", "--at", "2026-05-11T09:10");
  steward_run_ok (f->db, "request", "advance", "2", "--to", "confirmed", "--at", "2026-05-11T09:20");
  steward_run_ok (f->db, "payment", "add", "2", "--amount", "80", "--method", "third-party", "--at", "2026-05-11T10:00");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->db);
  steward_test_dir_free (f->dir);
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(StewardRun) list = steward_run (f->db, "report", "list", "--json", NULL);
  g_autoptr(JsonArray) reports = NULL;

  steward_assert_run (list, 0, NULL);
  reports = steward_test_json_array (list->out);
  g_assert_cmpuint (json_array_get_length (reports), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (reports, 0), "key"), ==,
                   "quarterly-summary");
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (reports, 1), "builtin"));
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "revenue.csv", NULL);
  g_autoptr(StewardRun) run = steward_run (f->db, "report", "run", "monthly-revenue", "--period", "2026-Q1",
                                           "--output", path, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  steward_assert_run (run, 0, NULL);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  /* The May payment is outside the first quarter. */
  g_assert_cmpstr (contents, ==,
                   "Month,Service,Revenue\r\n"
                   "January 2026,Dedicated technical advisor,0.00\r\n"
                   "February 2026,Dedicated technical advisor,0.00\r\n"
                   "March 2026,Dedicated technical advisor,150.00\r\n");
}

static void
assert_starts_with (const char *path,
                    const char *magic,
                    gsize       length)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize size = 0;
  GStatBuf st;

  g_file_get_contents (path, &contents, &size, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (size, >, length);
  g_assert_cmpmem (contents, length, magic, length);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_formats (Fixture       *f,
              gconstpointer  data)
{
  static const struct {
    const char *name;
    const char *magic;
    gsize       length;
  } formats[] = {
    { "r.xlsx", "PK\x03\x04", 4 },
    { "r.pdf", "%PDF", 4 },
    { "r.png", "\x89PNG", 4 },
    { "r.svg", "<?xml", 5 },
    { "r.csv", "Quarter,Service,", 16 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, formats[i].name, NULL);
      g_autoptr(StewardRun) run = steward_run (f->db, "report", "run", "quarterly-summary", "--period", "2026",
                                               "--output", path, NULL);

      steward_assert_run (run, 0, NULL);
      assert_starts_with (path, formats[i].magic, formats[i].length);
    }
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "r.csv", NULL);
  g_autofree char *doc = g_build_filename (f->dir, "r.doc", NULL);
  g_autoptr(StewardRun) unknown = steward_run (f->db, "report", "run", "profits", "--output", path, NULL);
  g_autoptr(StewardRun) period = steward_run (f->db, "report", "run", "satisfaction", "--period", "someday",
                                              "--output", path, NULL);
  g_autoptr(StewardRun) format = steward_run (f->db, "report", "run", "satisfaction", "--output", doc, NULL);
  g_autoptr(StewardRun) no_output = steward_run (f->db, "report", "run", "satisfaction", NULL);

  steward_assert_run (unknown, 2, "There is no report “profits”");
  steward_assert_run (period, 2, "--period: “someday”");
  steward_assert_run (format, 1, "--output");
  steward_assert_run (no_output, 1, "--output");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (doc, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/report/list", test_list);
  ADD ("/cli/report/csv", test_csv);
  ADD ("/cli/report/formats", test_formats);
  ADD ("/cli/report/refusals", test_refusals);
#undef ADD

  return g_test_run ();
}
