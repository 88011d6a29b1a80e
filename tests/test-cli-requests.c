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

/* Everything a refusal must leave alone: rows, clients and every request with its lines. */
static char *
snapshot (Fixture *f)
{
  return steward_test_snapshot (f->db);
}

#define RUN_OK(f, ...) \
  G_STMT_START { \
    g_autoptr(StewardRun) ok_run_ = steward_run ((f)->db, __VA_ARGS__, NULL); \
    steward_assert_run (ok_run_, 0, NULL); \
  } G_STMT_END

/* Runs a command that must be refused with @status and @message, and checks that the database
 * is exactly as before. */
#define RUN_REFUSED(f, status, message, ...) \
  G_STMT_START { \
    g_autofree char *before_ = snapshot (f); \
    g_autofree char *after_ = NULL; \
    g_autoptr(StewardRun) refused_run_ = steward_run ((f)->db, __VA_ARGS__, NULL); \
    steward_assert_run (refused_run_, (status), (message)); \
    g_assert_cmpstr (refused_run_->out, ==, ""); \
    after_ = snapshot (f); \
    g_assert_cmpstr (after_, ==, before_); \
  } G_STMT_END

static void
assert_member (JsonObject *object,
               const char *name,
               const char *expected)
{
  JsonNode *node = json_object_get_member (object, name);

  g_assert_nonnull (node);
  if (expected == NULL)
    g_assert_true (JSON_NODE_HOLDS_NULL (node));
  else
    g_assert_cmpstr (json_node_get_string (node), ==, expected);
}

static void
assert_request (Fixture    *f,
                const char *id,
                const char *state,
                gint64      fee_fen,
                gint64      deposit_fen,
                gint64      paid_fen)
{
  g_autoptr(JsonObject) request = steward_test_show_request (f->db, id);

  assert_member (request, "state", state);
  g_assert_cmpint (json_object_get_int_member (request, "fee_fen"), ==, fee_fen);
  g_assert_cmpint (json_object_get_int_member (request, "deposit_fen"), ==, deposit_fen);
  g_assert_cmpint (json_object_get_int_member (request, "paid_fen"), ==, paid_fen);
}

/* A remote-assistance incident from submission to a rating, entirely through the command line. */
static void
test_submitted_to_rated (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(StewardRun) add = steward_run (f->db, "request", "add", "--client", "1", "--service", "remote",
                                           "--os", "windows", "--submitted", "2026-03-06T17:30+08:00",
                                           "--description", "VPN drops", "--channel", "email", NULL);
  g_autoptr(JsonObject) submitted = NULL;
  g_autoptr(JsonObject) settled = NULL;

  steward_assert_run (add, 0, NULL);
  g_assert_cmpstr (add->out, ==, "1\n");

  /* Friday 17:30, standard: 30 business minutes on Friday, 90 on Monday from 09:00. */
  submitted = steward_test_show_request (f->db, "1");
  g_assert_cmpint (json_object_get_int_member (submitted, "id"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (submitted, "client_id"), ==, 1);
  assert_member (submitted, "service", "remote");
  assert_member (submitted, "priority", "standard");
  assert_member (submitted, "state", "submitted");
  assert_member (submitted, "os", "windows");
  assert_member (submitted, "channel", "email");
  assert_member (submitted, "submitted_at", "2026-03-06T17:30:00+08:00");
  assert_member (submitted, "response_due", "2026-03-09T10:30:00+08:00");
  assert_member (submitted, "delivery_due", NULL);
  assert_member (submitted, "responded_at", NULL);
  g_assert_cmpint (json_object_get_int_member (submitted, "fee_fen"), ==, 0);

  RUN_OK (f, "request", "respond", "1", "--at", "2026-03-09T09:15");
  {
    g_autoptr(JsonObject) responded = steward_test_show_request (f->db, "1");
    assert_member (responded, "responded_at", "2026-03-09T09:15:00+08:00");
    assert_member (responded, "response_sla", "met");
    assert_member (responded, "state", "submitted");
  }

  /* ¥200.00 is the cap of a support incident: one fen more is refused and nothing moves (the
   * quote would also have started the review). */
  RUN_REFUSED (f, 2, "¥200.00", "request", "quote", "1", "--fee", "200.01", "--at", "2026-03-09T09:20");
  assert_request (f, "1", "submitted", 0, 0, 0);
  RUN_OK (f, "request", "quote", "1", "--fee", "200.00", "--at", "2026-03-09T09:20");
  assert_request (f, "1", "under-review", 20000, 10000, 0);

  RUN_OK (f, "request", "advance", "1", "--to", "confirmed", "--at", "2026-03-09T09:30");
  RUN_REFUSED (f, 2, "deposit", "request", "advance", "1", "--to", "in-progress", "--at", "2026-03-09T09:40");
  assert_request (f, "1", "confirmed", 20000, 10000, 0);

  /* The deposit in two lines; a payment beyond the fee is refused. */
  RUN_OK (f, "payment", "add", "1", "--amount", "60", "--method", "bank-transfer", "--at", "2026-03-09T10:00",
          "--reference", "BOC-1");
  RUN_REFUSED (f, 2, NULL, "request", "advance", "1", "--to", "in-progress", "--at", "2026-03-09T10:05");
  RUN_OK (f, "payment", "add", "1", "--amount", "¥40", "--method", "third-party", "--at", "2026-03-09T10:10");
  RUN_REFUSED (f, 2, NULL, "payment", "add", "1", "--amount", "100.01", "--method", "bank-transfer",
               "--at", "2026-03-09T10:15");
  assert_request (f, "1", "confirmed", 20000, 10000, 10000);

  RUN_OK (f, "request", "advance", "1", "--to", "in-progress", "--at", "2026-03-09T10:20");
  RUN_REFUSED (f, 2, NULL, "rate", "1", "5", "--at", "2026-03-09T10:25");
  RUN_OK (f, "request", "advance", "1", "--to", "delivered", "--at", "2026-03-09T11:00");
  RUN_OK (f, "request", "advance", "1", "--to", "accepted", "--at", "2026-03-09T11:30", "--note", "works");
  RUN_REFUSED (f, 2, NULL, "request", "advance", "1", "--to", "settled", "--at", "2026-03-09T11:40");
  RUN_OK (f, "payment", "add", "1", "--amount", "100", "--method", "bank-transfer", "--at", "2026-03-10T09:00");
  RUN_OK (f, "request", "advance", "1", "--to", "settled", "--at", "2026-03-10T09:05");
  RUN_REFUSED (f, 2, NULL, "rate", "1", "6", "--at", "2026-03-10T10:00");
  RUN_OK (f, "rate", "1", "5", "--feedback", "quick", "--at", "2026-03-10T10:00");

  settled = steward_test_show_request (f->db, "1");
  assert_member (settled, "state", "settled");
  assert_member (settled, "settled_at", "2026-03-10T09:05:00+08:00");
  assert_member (settled, "accepted_at", "2026-03-09T11:30:00+08:00");
  g_assert_cmpint (json_object_get_int_member (settled, "paid_fen"), ==, 20000);
  g_assert_cmpint (json_object_get_int_member (settled, "balance_fen"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (settled, "rating"), ==, 5);
  assert_member (settled, "rating_feedback", "quick");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (settled, "payments")), ==, 3);
  /* A second rating is refused. */
  RUN_REFUSED (f, 2, NULL, "rate", "1", "4", "--at", "2026-03-10T11:00");
}

static void
test_deadlines (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(JsonObject) urgent = NULL;
  g_autoptr(JsonObject) project = NULL;

  /* Urgent at Friday 17:30: 30 business minutes end exactly at 18:00 and stay there. */
  RUN_OK (f, "request", "add", "--client", "1", "--service", "advisor", "--priority", "urgent",
          "--submitted", "2026-03-06T17:30");
  urgent = steward_test_show_request (f->db, "1");
  assert_member (urgent, "response_due", "2026-03-06T18:00:00+08:00");

  /* A simple configuration that may start Monday 10:00 is due Thursday 18:00. */
  RUN_OK (f, "request", "add", "--client", "1", "--service", "config", "--template", "Office VPN",
          "--submitted", "2026-03-06T09:00");
  RUN_OK (f, "request", "quote", "2", "--fee", "5000", "--complexity", "simple", "--at", "2026-03-06T09:30");
  RUN_REFUSED (f, 2, "¥5,000.00", "request", "quote", "2", "--fee", "5000.01", "--complexity", "simple",
               "--at", "2026-03-06T09:40");
  RUN_OK (f, "request", "advance", "2", "--to", "confirmed", "--at", "2026-03-06T10:00");
  RUN_OK (f, "payment", "add", "2", "--amount", "2500", "--method", "bank-transfer", "--at", "2026-03-09T10:00");
  RUN_OK (f, "request", "advance", "2", "--to", "in-progress", "--at", "2026-03-09T10:05");
  project = steward_test_show_request (f->db, "2");
  assert_member (project, "delivery_due", "2026-03-12T18:00:00+08:00");
}

static void
test_hold_resume_and_cancel (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(JsonObject) held = NULL;
  g_autoptr(JsonObject) cancelled = NULL;

  RUN_OK (f, "request", "add", "--client", "1", "--service", "advisor", "--submitted", "2026-03-09T09:00");
  RUN_OK (f, "request", "advance", "1", "--to", "under-review", "--at", "2026-03-09T09:10");
  RUN_OK (f, "request", "hold", "1", "--at", "2026-03-09T09:20");
  held = steward_test_show_request (f->db, "1");
  assert_member (held, "state", "waiting-on-client");
  assert_member (held, "hold_from_state", "under-review");
  RUN_OK (f, "request", "resume", "1", "--at", "2026-03-09T10:20");
  assert_request (f, "1", "under-review", 0, 0, 0);

  RUN_OK (f, "request", "quote", "1", "--fee", "150", "--at", "2026-03-09T10:30");
  RUN_OK (f, "request", "advance", "1", "--to", "confirmed", "--at", "2026-03-09T10:40");
  RUN_OK (f, "payment", "add", "1", "--amount", "75", "--method", "bank-transfer", "--at", "2026-03-09T11:00");
  /* With money received the deposit's fate must be chosen. */
  RUN_REFUSED (f, 2, NULL, "request", "advance", "1", "--to", "cancelled", "--at", "2026-03-09T11:10");
  RUN_REFUSED (f, 2, "--deposit: “lose” is not one of refund, keep",
               "request", "advance", "1", "--to", "cancelled", "--deposit", "lose");
  RUN_OK (f, "request", "advance", "1", "--to", "cancelled", "--deposit", "refund", "--at", "2026-03-09T11:10");
  cancelled = steward_test_show_request (f->db, "1");
  assert_member (cancelled, "state", "cancelled");
  g_assert_cmpint (json_object_get_int_member (cancelled, "refunded_fen"), ==, 7500);
  g_assert_cmpint (json_object_get_int_member (cancelled, "paid_fen"), ==, 0);
}

static void
test_payment_reverse_and_refund (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(StewardRun) line = NULL;
  g_autoptr(JsonObject) request = NULL;

  RUN_OK (f, "request", "add", "--client", "1", "--service", "remote", "--os", "linux",
          "--submitted", "2026-03-09T09:00");
  RUN_OK (f, "request", "quote", "1", "--fee", "100", "--at", "2026-03-09T09:10");
  RUN_OK (f, "request", "advance", "1", "--to", "confirmed", "--at", "2026-03-09T09:20");
  line = steward_run (f->db, "payment", "add", "1", "--amount", "80", "--method", "third-party",
                      "--at", "2026-03-09T09:30", NULL);
  steward_assert_run (line, 0, NULL);
  g_assert_cmpstr (line->out, ==, "1\n");
  RUN_OK (f, "payment", "reverse", "1", "1", "--at", "2026-03-09T09:40", "--note", "typo");
  RUN_REFUSED (f, 2, NULL, "payment", "reverse", "1", "1", "--at", "2026-03-09T09:50");
  RUN_OK (f, "payment", "add", "1", "--amount", "50", "--method", "third-party", "--at", "2026-03-09T10:00");
  RUN_OK (f, "payment", "refund", "1", "--amount", "10", "--method", "third-party", "--at", "2026-03-09T10:10");
  RUN_REFUSED (f, 2, NULL, "payment", "refund", "1", "--amount", "40.01", "--method", "third-party",
               "--at", "2026-03-09T10:20");

  request = steward_test_show_request (f->db, "1");
  g_assert_cmpint (json_object_get_int_member (request, "paid_fen"), ==, 4000);
  g_assert_cmpint (json_object_get_int_member (request, "refunded_fen"), ==, 1000);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (request, "payments")), ==, 4);
}

static void
test_refusals_and_usage (Fixture       *f,
                         gconstpointer  data)
{
  RUN_OK (f, "request", "add", "--client", "1", "--service", "advisor", "--submitted", "2026-03-09T09:00");

  RUN_REFUSED (f, 1, "Unknown option --colour", "request", "add", "--client", "1", "--service", "advisor", "--colour", "red");
  RUN_REFUSED (f, 1, "--client and --service are required", "request", "add", "--service", "advisor");
  RUN_REFUSED (f, 2, "There is no client with number 9", "request", "add", "--client", "9", "--service", "advisor");
  RUN_REFUSED (f, 2, "--service: “support” is not one of advisor, remote, config, training, report, visual",
               "request", "add", "--client", "1", "--service", "support");
  RUN_REFUSED (f, 2, "--priority: “high”", "request", "add", "--client", "1", "--service", "advisor", "--priority", "high");
  RUN_REFUSED (f, 2, "operating system", "request", "add", "--client", "1", "--service", "remote");
  RUN_REFUSED (f, 2, "--os: “android”", "request", "add", "--client", "1", "--service", "remote", "--os", "android");
  RUN_REFUSED (f, 2, "data-handling terms", "request", "add", "--client", "1", "--service", "remote", "--os", "macos",
               "--data-terms", "no");
  RUN_REFUSED (f, 2, "--submitted: “yesterday”", "request", "add", "--client", "1", "--service", "advisor",
               "--submitted", "yesterday");
  RUN_REFUSED (f, 2, "There is no service request with number 7", "request", "respond", "7");
  RUN_REFUSED (f, 1, "--to is required", "request", "advance", "1");
  RUN_REFUSED (f, 2, "--to: “done”", "request", "advance", "1", "--to", "done");
  RUN_REFUSED (f, 2, NULL, "request", "advance", "1", "--to", "settled", "--at", "2026-03-09T10:00");
  RUN_REFUSED (f, 2, NULL, "request", "respond", "1", "--at", "2026-03-08T10:00");
  RUN_REFUSED (f, 1, "--fee is required", "request", "quote", "1");
  RUN_REFUSED (f, 2, "--fee", "request", "quote", "1", "--fee", "-5");
  RUN_REFUSED (f, 1, "--amount and --method are required", "payment", "add", "1", "--amount", "5");
  RUN_REFUSED (f, 2, "--method: “cash”", "payment", "add", "1", "--amount", "5", "--method", "cash");
  RUN_REFUSED (f, 1, "missing arguments", "request", "show");
  RUN_REFUSED (f, 1, "unknown subcommand “delete”", "request", "delete", "1");
}

static void
test_damaged_database (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardRun) show = NULL;
  g_autoptr(StewardRun) add = NULL;

  g_file_set_contents (f->db, "this is not a database, just text long enough to look like a file\n", -1, &error);
  g_assert_no_error (error);
  show = steward_run (f->db, "request", "show", "1", "--json", NULL);
  steward_assert_run (show, 3, NULL);
  add = steward_run (f->db, "request", "add", "--client", "1", "--service", "advisor", NULL);
  steward_assert_run (add, 3, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/request/submitted-to-rated", test_submitted_to_rated);
  ADD ("/cli/request/deadlines", test_deadlines);
  ADD ("/cli/request/hold-resume-cancel", test_hold_resume_and_cancel);
  ADD ("/cli/request/payments", test_payment_reverse_and_refund);
  ADD ("/cli/request/refusals", test_refusals_and_usage);
  ADD ("/cli/request/damaged-database", test_damaged_database);
#undef ADD

  return g_test_run ();
}
