/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "cli-harness.h"

/* Monthly packages, training sessions and complaints through the command line. */

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
  steward_run_ok (f->db, "client", "add", "--name", "Acme");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->db);
  steward_test_dir_free (f->dir);
}

#define RUN_REFUSED(f, status, message, ...) \
  G_STMT_START { \
    g_autofree char *before_ = steward_test_snapshot ((f)->db); \
    g_autofree char *after_ = NULL; \
    g_autoptr(StewardRun) refused_run_ = steward_run ((f)->db, __VA_ARGS__, NULL); \
    steward_assert_run (refused_run_, (status), (message)); \
    after_ = steward_test_snapshot ((f)->db); \
    g_assert_cmpstr (after_, ==, before_); \
  } G_STMT_END

static void
test_package (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(StewardRun) add = steward_run (f->db, "package", "add", "--client", "1", "--months", "3", "--start", "2026-03",
                                           "--quota", "1", "--overage", "150", "--at", "2026-03-01T10:00", NULL);
  g_autoptr(StewardRun) statement = NULL;
  g_autoptr(JsonObject) incident = NULL;
  g_autoptr(JsonObject) s = NULL;

  steward_assert_run (add, 0, NULL);
  g_assert_cmpstr (add->out, ==, "1\n");

  steward_run_ok (f->db, "request", "add", "--client", "1", "--service", "advisor", "--submitted", "2026-03-09T10:00");
  steward_run_ok (f->db, "request", "add", "--client", "1", "--service", "remote", "--os", "linux",
                  "--submitted", "2026-03-10T10:00");
  incident = steward_test_show_request (f->db, "1");
  g_assert_true (json_object_get_boolean_member (incident, "package_incident"));
  g_assert_cmpint (json_object_get_int_member (incident, "fee_fen"), ==, 0);

  statement = steward_run (f->db, "package", "statement", "1", "--month", "2026-03", "--json", NULL);
  steward_assert_run (statement, 0, NULL);
  s = steward_test_json_object (statement->out);
  g_assert_true (json_object_get_boolean_member (s, "in_package"));
  g_assert_cmpint (json_object_get_int_member (s, "quota"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (s, "used"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (s, "overage"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (s, "overage_charge_fen"), ==, 15000);

  RUN_REFUSED (f, 2, "13", "package", "add", "--client", "1", "--months", "13");
  RUN_REFUSED (f, 2, "There is no client with number 4", "package", "add", "--client", "4", "--months", "1");
  RUN_REFUSED (f, 2, "--start: “2026-13”", "package", "add", "--client", "1", "--months", "1", "--start", "2026-13");
  RUN_REFUSED (f, 1, "--client and --months are required", "package", "add", "--client", "1");
  RUN_REFUSED (f, 2, "--month: “March”", "package", "statement", "1", "--month", "March");
}

/* A training request confirmed and ready for sessions. */
static void
add_training_request (Fixture *f)
{
  steward_run_ok (f->db, "request", "add", "--client", "1", "--service", "training", "--submitted", "2026-03-02T09:00");
  steward_run_ok (f->db, "request", "quote", "1", "--fee", "3000", "--complexity", "complex", "--at", "2026-03-02T10:00");
  steward_run_ok (f->db, "request", "advance", "1", "--to", "confirmed", "--at", "2026-03-02T11:00");
}

static void
test_training (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(StewardRun) add = NULL;
  g_autoptr(StewardRun) list = NULL;
  g_autoptr(JsonArray) sessions = NULL;
  JsonObject *session;

  add_training_request (f);
  add = steward_run (f->db, "training", "add", "--request", "1", "--title", "Backups", "--trainer", "Li Wei",
                     "--start", "2026-03-10T14:00", "--duration", "1h30", "--format", "offline",
                     "--content", "practice", "--location", "Room 3", "--attendee", "张三", "--attendee", "Bob", NULL);
  steward_assert_run (add, 0, NULL);
  g_assert_cmpstr (add->out, ==, "1\n");

  /* The same trainer (any case) at an overlapping time is refused, naming the session. */
  RUN_REFUSED (f, 2, "“Backups”", "training", "add", "--request", "1", "--title", "Restore", "--trainer", "li wei",
               "--start", "2026-03-10T15:00", "--duration", "60", "--format", "offline", "--location", "Room 4");
  RUN_REFUSED (f, 2, "4 hours", "training", "add", "--request", "1", "--title", "Marathon", "--trainer", "Wang",
               "--start", "2026-03-11T09:00", "--duration", "4h01", "--format", "offline", "--location", "Hall");
  RUN_REFUSED (f, 2, "--duration: “long”", "training", "add", "--request", "1", "--title", "X", "--trainer", "Wang",
               "--start", "2026-03-11T09:00", "--duration", "long");
  RUN_REFUSED (f, 1, "are required", "training", "add", "--request", "1", "--title", "X");
  /* Exactly 4 hours is allowed. */
  steward_run_ok (f->db, "training", "add", "--request", "1", "--title", "Marathon", "--trainer", "Wang",
                  "--start", "2026-03-11T09:00", "--duration", "240", "--format", "offline", "--location", "Hall");

  list = steward_run (f->db, "training", "list", "--from", "2026-03-01", "--json", NULL);
  steward_assert_run (list, 0, NULL);
  sessions = steward_test_json_array (list->out);
  g_assert_cmpuint (json_array_get_length (sessions), ==, 2);
  session = json_array_get_object_element (sessions, 0);
  g_assert_cmpstr (json_object_get_string_member (session, "start"), ==, "2026-03-10T14:00:00+08:00");
  g_assert_cmpstr (json_object_get_string_member (session, "end"), ==, "2026-03-10T15:30:00+08:00");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (session, "attendees")), ==, 2);

  steward_run_ok (f->db, "training", "cancel", "1");
  RUN_REFUSED (f, 2, NULL, "training", "cancel", "1");
  RUN_REFUSED (f, 2, NULL, "training", "cancel", "9");
}

static void
test_training_needs_training_request (Fixture       *f,
                                      gconstpointer  data)
{
  steward_run_ok (f->db, "request", "add", "--client", "1", "--service", "advisor", "--submitted", "2026-03-02T09:00");
  RUN_REFUSED (f, 2, NULL, "training", "add", "--request", "1", "--title", "X", "--trainer", "Wang",
               "--start", "2026-03-11T09:00", "--duration", "60", "--format", "offline", "--location", "Hall");
}

static void
test_complaint (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(StewardRun) add = NULL;
  g_autoptr(JsonObject) request = NULL;

  steward_run_ok (f->db, "request", "add", "--client", "1", "--service", "advisor", "--submitted", "2026-03-02T09:00");
  steward_run_ok (f->db, "request", "quote", "1", "--fee", "200", "--at", "2026-03-02T09:10");
  steward_run_ok (f->db, "request", "advance", "1", "--to", "confirmed", "--at", "2026-03-02T09:20");
  steward_run_ok (f->db, "payment", "add", "1", "--amount", "100", "--method", "bank-transfer", "--at", "2026-03-02T09:30");

  add = steward_run (f->db, "complaint", "add", "--client", "1", "--request", "1", "--channel", "hotline",
                     "--summary", "Slow answer", "--received", "2026-03-03T09:00", NULL);
  steward_assert_run (add, 0, NULL);
  g_assert_cmpstr (add->out, ==, "1\n");
  RUN_REFUSED (f, 2, "--channel: “fax”", "complaint", "add", "--client", "1", "--channel", "fax", "--summary", "X");
  RUN_REFUSED (f, 1, "are required", "complaint", "add", "--client", "1");
  RUN_REFUSED (f, 2, NULL, "complaint", "close", "1", "--at", "2026-03-03T10:00");

  steward_run_ok (f->db, "complaint", "accept", "1", "--at", "2026-03-03T10:00");
  /* No more than what was received can be refunded; ¥100.00 can. */
  RUN_REFUSED (f, 2, NULL, "complaint", "resolve", "1", "--solution", "Refund", "--remedy", "partial-refund",
               "--refund", "100.01", "--at", "2026-03-04T10:00");
  RUN_REFUSED (f, 1, "--refund", "complaint", "resolve", "1", "--solution", "Refund", "--remedy", "partial-refund");
  steward_run_ok (f->db, "complaint", "resolve", "1", "--solution", "Refund", "--remedy", "partial-refund",
                  "--refund", "50", "--at", "2026-03-04T10:00");
  steward_run_ok (f->db, "complaint", "close", "1", "--at", "2026-03-04T11:00");
  RUN_REFUSED (f, 2, NULL, "complaint", "accept", "1", "--at", "2026-03-04T12:00");

  request = steward_test_show_request (f->db, "1");
  g_assert_cmpint (json_object_get_int_member (request, "adjusted_fen"), ==, 5000);
  g_assert_cmpint (json_object_get_int_member (request, "net_fee_fen"), ==, 15000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/package/add-and-statement", test_package);
  ADD ("/cli/training/add-list-cancel", test_training);
  ADD ("/cli/training/needs-training-request", test_training_needs_training_request);
  ADD ("/cli/complaint/lifecycle", test_complaint);
#undef ADD

  return g_test_run ();
}
