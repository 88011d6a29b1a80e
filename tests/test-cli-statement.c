/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "cli-harness.h"
#include "xlsx-reader.h"

/* `package statement ID --output FILE.xlsx`: the month-end statement written through the export
 * layer, read back as a zip of XML parts; names and months it refuses write nothing. */

typedef struct {
  char *dir;
  char *db;
} Fixture;

/* Acme's package of March–May 2026: 1 incident a month at ¥1,000.00 a month, overage ¥150.00.
 * March: #1 (covered), #2 (overage), #3 cancelled and returned to the quota. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = steward_test_dir_new ();
  f->db = g_build_filename (f->dir, "steward.db", NULL);
  steward_run_ok (f->db, "client", "add", "--name", "Acme 华东");
  steward_run_ok (f->db, "package", "add", "--client", "1", "--months", "3", "--start", "2026-03",
                  "--quota", "1", "--overage", "150", "--at", "2026-03-01T10:00");
  steward_run_ok (f->db, "request", "add", "--client", "1", "--service", "advisor", "--submitted", "2026-03-09T10:00");
  steward_run_ok (f->db, "request", "add", "--client", "1", "--service", "remote", "--os", "linux",
                  "--submitted", "2026-03-10T10:00");
  steward_run_ok (f->db, "request", "add", "--client", "1", "--service", "advisor", "--submitted", "2026-03-11T10:00");
  steward_run_ok (f->db, "request", "advance", "3", "--to", "cancelled", "--at", "2026-03-11T11:00");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->db);
  steward_test_dir_free (f->dir);
}

static void
assert_cell (const char *sheet,
             const char *sst,
             const char *ref,
             const char *text)
{
  g_autofree char *value = xlsx_cell_text (sheet, sst, ref);

  g_assert_cmpstr (value, ==, text);
}

static void
test_output_xlsx (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "acme-2026-03.xlsx", NULL);
  g_autofree char *wrote = g_strdup_printf ("Wrote %s.\n", path);
  g_autoptr(StewardRun) run = steward_run (f->db, "package", "statement", "1", "--month", "2026-03",
                                           "--output", path, NULL);
  g_autofree char *sheet = NULL;
  g_autofree char *sst = NULL;

  steward_assert_run (run, 0, NULL);
  g_assert_cmpstr (run->out, ==, wrote);

  sheet = xlsx_read_part (path, "xl/worksheets/sheet1.xml");
  sst = xlsx_read_part (path, "xl/sharedStrings.xml");
  assert_cell (sheet, sst, "A1", "Monthly Package Statement");
  assert_cell (sheet, sst, "B2", "Acme 华东");
  assert_cell (sheet, sst, "B3", "2026-03");
  assert_cell (sheet, sst, "B4", "2026-03-01 – 2026-03-31");
  /* The two incidents; the cancelled one is only counted below. */
  assert_cell (sheet, sst, "B7", "#1");
  assert_cell (sheet, sst, "D7", "Within quota");
  assert_cell (sheet, sst, "E7", "0");
  assert_cell (sheet, sst, "B8", "#2");
  assert_cell (sheet, sst, "C8", "Remote assistance");
  assert_cell (sheet, sst, "D8", "Overage");
  assert_cell (sheet, sst, "E8", "150");
  g_assert_null (xlsx_cell_xml (sheet, "B9"));
  assert_cell (sheet, sst, "A10", "Incidents used");
  assert_cell (sheet, sst, "E10", "2");
  assert_cell (sheet, sst, "A13", "Overage incidents");
  assert_cell (sheet, sst, "E13", "1");
  assert_cell (sheet, sst, "A14", "Cancelled incidents (returned to the quota)");
  assert_cell (sheet, sst, "E14", "1");
  /* 1,000.00 + 1 × 150.00 = 1,150.00; less 1,000.00 prepaid: 150.00 due. */
  assert_cell (sheet, sst, "E16", "1000");
  assert_cell (sheet, sst, "A17", "Overage charges (1 × ¥150.00)");
  assert_cell (sheet, sst, "E17", "150");
  assert_cell (sheet, sst, "A18", "Month total");
  assert_cell (sheet, sst, "E18", "1150");
  assert_cell (sheet, sst, "A19", "Prepaid");
  assert_cell (sheet, sst, "E19", "-1000");
  assert_cell (sheet, sst, "A20", "Total due");
  assert_cell (sheet, sst, "E20", "150");
  g_assert_null (xlsx_cell_xml (sheet, "A21"));
}

/* With --json the statement is printed as well as written. */
static void
test_output_json (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "statement.xlsx", NULL);
  g_autoptr(StewardRun) run = steward_run (f->db, "package", "statement", "1", "--month", "2026-03",
                                           "--output", path, "--json", NULL);
  g_autoptr(JsonObject) s = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *sst = NULL;

  steward_assert_run (run, 0, NULL);
  s = steward_test_json_object (run->out);
  g_assert_cmpint (json_object_get_int_member (s, "overage_charge_fen"), ==, 15000);
  sheet = xlsx_read_part (path, "xl/worksheets/sheet1.xml");
  sst = xlsx_read_part (path, "xl/sharedStrings.xml");
  assert_cell (sheet, sst, "A20", "Total due");
  assert_cell (sheet, sst, "E20", "150");
}

/* Runs a refused command and checks its exit code and message, that the database is as it was
 * and that the folder holds only the database (no workbook, no temporary file). */
static void
assert_refused (Fixture    *f,
                int         status,
                const char *message,
                const char *month,
                const char *output)
{
  g_autofree char *before = steward_test_snapshot (f->db);
  g_autofree char *after = NULL;
  guint n_files = xlsx_dir_n_entries (f->dir);
  g_autoptr(StewardRun) run = steward_run (f->db, "package", "statement", "1", "--month", month,
                                           "--output", output, NULL);

  steward_assert_run (run, status, message);
  g_assert_cmpstr (run->out, ==, "");
  after = steward_test_snapshot (f->db);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (xlsx_dir_n_entries (f->dir), ==, n_files);
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
}

static void
test_output_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (f->dir, "statement.csv", NULL);
  g_autofree char *bare = g_build_filename (f->dir, "statement", NULL);
  g_autofree char *june = g_build_filename (f->dir, "june.xlsx", NULL);
  g_autofree char *nowhere = g_build_filename (f->dir, "missing", "statement.xlsx", NULL);

  assert_refused (f, 1, "--output: the statement is an Excel file: its name must end in .xlsx",
                  "2026-03", csv);
  assert_refused (f, 1, "its name must end in .xlsx", "2026-03", bare);
  /* May is the package's last month: its price prepaid, nothing used, nothing due. June has
   * no statement. */
  {
    g_autofree char *may = g_build_filename (f->dir, "may.xlsx", NULL);
    g_autoptr(StewardRun) run = steward_run (f->db, "package", "statement", "1", "--month", "2026-05",
                                             "--output", may, NULL);
    g_autofree char *sheet = NULL;
    g_autofree char *sst = NULL;

    steward_assert_run (run, 0, NULL);
    sheet = xlsx_read_part (may, "xl/worksheets/sheet1.xml");
    sst = xlsx_read_part (may, "xl/sharedStrings.xml");
    assert_cell (sheet, sst, "B3", "2026-05");
    assert_cell (sheet, sst, "E8", "0");
    assert_cell (sheet, sst, "E15", "1000");
    assert_cell (sheet, sst, "A17", "Total due");
    assert_cell (sheet, sst, "E17", "0");
  }
  assert_refused (f, 2, "Package 1 does not cover 2026-06: there is no statement to write",
                  "2026-06", june);
  assert_refused (f, 3, "Could not write", "2026-03", nowhere);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/package-statement/xlsx", Fixture, NULL, fixture_set_up, test_output_xlsx, fixture_tear_down);
  g_test_add ("/cli/package-statement/xlsx-and-json", Fixture, NULL, fixture_set_up, test_output_json, fixture_tear_down);
  g_test_add ("/cli/package-statement/refused", Fixture, NULL, fixture_set_up, test_output_refused, fixture_tear_down);

  return g_test_run ();
}
