/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

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
  g_autoptr(StewardRun) client = NULL;

  f->dir = steward_test_dir_new ();
  f->db = g_build_filename (f->dir, "steward.db", NULL);
  client = steward_run (f->db, "client", "add", "--name", "Acme", NULL);
  steward_assert_run (client, 0, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->db);
  steward_test_dir_free (f->dir);
}

static char *
response_due (Fixture    *f,
              const char *id)
{
  g_autoptr(JsonObject) request = steward_test_show_request (f->db, id);

  return g_strdup (json_object_get_string_member (request, "response_due"));
}

/* Friday 17:30 standard is due Monday 10:30; a holiday on that Monday moves the stored
 * deadline of the open request to Tuesday, and a make-up Saturday brings it back to Saturday. */
static void
test_holidays_move_open_deadlines (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(StewardRun) holiday = NULL;
  g_autoptr(StewardRun) list = NULL;
  g_autoptr(JsonArray) days = NULL;
  g_autofree char *before = NULL;
  g_autofree char *on_tuesday = NULL;
  g_autofree char *on_saturday = NULL;
  JsonObject *day;

  steward_run_ok (f->db, "request", "add", "--client", "1", "--service", "advisor", "--submitted", "2026-03-06T17:30");
  before = response_due (f, "1");
  g_assert_cmpstr (before, ==, "2026-03-09T10:30:00+08:00");

  holiday = steward_run (f->db, "calendar", "holidays", "add", "2026-03-09", "--name", "Test holiday", NULL);
  steward_assert_run (holiday, 0, NULL);
  g_assert_nonnull (strstr (holiday->out, "The deadlines of 1 open request moved."));
  on_tuesday = response_due (f, "1");
  g_assert_cmpstr (on_tuesday, ==, "2026-03-10T10:30:00+08:00");

  steward_run_ok (f->db, "calendar", "workdays", "add", "2026-03-07");
  on_saturday = response_due (f, "1");
  g_assert_cmpstr (on_saturday, ==, "2026-03-07T10:30:00+08:00");

  list = steward_run (f->db, "calendar", "holidays", "list", "--json", NULL);
  steward_assert_run (list, 0, NULL);
  days = steward_test_json_array (list->out);
  g_assert_cmpuint (json_array_get_length (days), ==, 2);
  day = json_array_get_object_element (days, 0);
  g_assert_cmpstr (json_object_get_string_member (day, "date"), ==, "2026-03-07");
  g_assert_cmpstr (json_object_get_string_member (day, "kind"), ==, "workday");
  day = json_array_get_object_element (days, 1);
  g_assert_cmpstr (json_object_get_string_member (day, "date"), ==, "2026-03-09");
  g_assert_cmpstr (json_object_get_string_member (day, "kind"), ==, "holiday");
  g_assert_cmpstr (json_object_get_string_member (day, "name"), ==, "Test holiday");
}

static void
test_settled_requests_keep_deadlines (Fixture       *f,
                                      gconstpointer  data)
{
  g_autofree char *kept = NULL;

  steward_run_ok (f->db, "request", "add", "--client", "1", "--service", "advisor", "--submitted", "2026-03-06T17:30");
  steward_run_ok (f->db, "request", "advance", "1", "--to", "rejected", "--at", "2026-03-06T17:40");
  steward_run_ok (f->db, "calendar", "holidays", "add", "2026-03-09");
  kept = response_due (f, "1");
  g_assert_cmpstr (kept, ==, "2026-03-09T10:30:00+08:00");
}

static void
test_import_ics (Fixture       *f,
                 gconstpointer  data)
{
  const char ics[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:a@test\r\nDTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261004\r\nSUMMARY:国庆节\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b@test\r\nDTSTART;VALUE=DATE:20261010\r\nDTEND;VALUE=DATE:20261011\r\nSUMMARY:国庆节补班\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n";
  g_autofree char *path = steward_test_write_file (f->dir, "holidays.ics", ics, -1);
  g_autofree char *bad = steward_test_write_file (f->dir, "bad.ics", "not a calendar", -1);
  g_autoptr(StewardRun) import = steward_run (f->db, "calendar", "holidays", "import", path, NULL);
  g_autoptr(StewardRun) refused = NULL;
  g_autoptr(StewardRun) list = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  steward_assert_run (import, 0, NULL);
  g_assert_nonnull (strstr (import->out, "Imported 4 days."));
  list = steward_run (f->db, "calendar", "holidays", "list", NULL);
  g_assert_cmpstr (list->out, ==,
                   "2026-10-01\tholiday\t国庆节\n2026-10-02\tholiday\t国庆节\n2026-10-03\tholiday\t国庆节\n"
                   "2026-10-10\tworking day\t国庆节补班\n");

  before = steward_test_snapshot (f->db);
  refused = steward_run (f->db, "calendar", "holidays", "import", bad, NULL);
  steward_assert_run (refused, 2, "bad.ics");
  after = steward_test_snapshot (f->db);
  g_assert_cmpstr (after, ==, before);
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *before = steward_test_snapshot (f->db);
  g_autofree char *after = NULL;
  g_autoptr(StewardRun) bad_date = steward_run (f->db, "calendar", "holidays", "add", "2026-02-30", NULL);
  g_autoptr(StewardRun) local_date = steward_run (f->db, "calendar", "holidays", "add", "30/09/2026", NULL);
  g_autoptr(StewardRun) no_date = steward_run (f->db, "calendar", "workdays", "add", NULL);
  g_autoptr(StewardRun) unknown = steward_run (f->db, "calendar", "holidays", "remove", "2026-10-01", NULL);

  steward_assert_run (bad_date, 2, "“2026-02-30” is not a date");
  steward_assert_run (local_date, 2, "“30/09/2026” is not a date");
  steward_assert_run (no_date, 1, "missing arguments");
  steward_assert_run (unknown, 1, "unknown subcommand “remove”");
  after = steward_test_snapshot (f->db);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/calendar/holidays-move-open-deadlines", test_holidays_move_open_deadlines);
  ADD ("/cli/calendar/closed-requests-keep-deadlines", test_settled_requests_keep_deadlines);
  ADD ("/cli/calendar/import-ics", test_import_ics);
  ADD ("/cli/calendar/refusals", test_refusals);
#undef ADD

  return g_test_run ();
}
