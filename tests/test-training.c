/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fake-training-repository.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-time.h"
#include "steward-training-planner.h"
#include "steward-training.h"

/* Instants are written in Shanghai time (the tests run with TZ=Asia/Shanghai). */
static gint64
at (const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 t = 0;

  g_assert_true (steward_time_parse (text, NULL, &t, &error));
  g_assert_no_error (error);
  return t;
}

static StewardTrainingSession *
make_session (const char *title,
              const char *trainer,
              gint64      client_id,
              const char *start,
              gint64      duration)
{
  StewardTrainingSession *session = steward_training_session_new ();

  steward_training_session_set_request_id (session, 10 + client_id);
  steward_training_session_set_client_id (session, client_id);
  steward_training_session_set_title (session, title);
  steward_training_session_set_trainer (session, trainer);
  steward_training_session_set_format (session, STEWARD_TRAINING_FORMAT_OFFLINE);
  steward_training_session_set_content (session, STEWARD_TRAINING_CONTENT_PRACTICE);
  steward_training_session_set_location (session, "Room 301");
  steward_training_session_set_start (session, at (start));
  steward_training_session_set_duration (session, duration);
  return session;
}

/* Schedules through @planner and returns the stored id. */
static gint64
book (StewardTrainingPlanner *planner,
      StewardTrainingSession *draft)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardTrainingSession) saved = steward_training_planner_schedule (planner, draft, &error);

  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_assert_cmpint (steward_training_session_get_id (saved), >, 0);
  return steward_training_session_get_id (saved);
}

static void
test_duration_limit (void)
{
  g_autoptr(StewardTrainingSession) session = make_session ("Excel basics", "Wang Fang", 1,
                                                            "2026-03-10T09:00", 14400);
  g_autoptr(GError) error = NULL;

  /* Exactly 4:00 is allowed; the end is 13:00. */
  g_assert_true (steward_training_validate (session, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_training_session_get_end (session), ==, at ("2026-03-10T13:00"));

  steward_training_session_set_duration (session, 14460);
  g_assert_false (steward_training_validate (session, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_cmpstr (error->message, ==, "A training session may last at most 4 hours; 4 h 1 min is too long");
  g_clear_error (&error);

  steward_training_session_set_duration (session, 0);
  g_assert_false (steward_training_validate (session, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_cmpstr (error->message, ==, "A training session needs a duration of more than 0 and at most 4 hours");
  g_clear_error (&error);

  steward_training_session_set_duration (session, 1);
  g_assert_true (steward_training_validate (session, NULL));
}

static void
test_required_fields (void)
{
  g_autoptr(StewardTrainingSession) session = make_session ("Excel basics", "Wang Fang", 1,
                                                            "2026-03-10T09:00", 3600);
  g_autoptr(GError) error = NULL;

  steward_training_session_set_title (session, "   ");
  g_assert_false (steward_training_validate (session, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A training session needs a title");
  g_clear_error (&error);
  steward_training_session_set_title (session, "Excel basics");

  steward_training_session_set_trainer (session, "");
  g_assert_false (steward_training_validate (session, &error));
  g_assert_cmpstr (error->message, ==, "A training session needs a trainer");
  g_clear_error (&error);
  steward_training_session_set_trainer (session, "Wang Fang");

  steward_training_session_set_location (session, " ");
  g_assert_false (steward_training_validate (session, &error));
  g_assert_cmpstr (error->message, ==, "An offline training session needs a location");
  g_clear_error (&error);

  steward_training_session_set_format (session, STEWARD_TRAINING_FORMAT_ONLINE);
  g_assert_false (steward_training_validate (session, &error));
  g_assert_cmpstr (error->message, ==, "An online training session needs a meeting link");
  g_clear_error (&error);

  steward_training_session_set_location (session, "https://meet.example.com/abc");
  g_assert_true (steward_training_validate (session, NULL));
}

static void
test_check_request (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_training_check_request (STEWARD_SERVICE_TRAINING, STEWARD_STATE_CONFIRMED, NULL));
  g_assert_false (steward_training_check_request (STEWARD_SERVICE_REPORT, STEWARD_STATE_CONFIRMED, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_cmpstr (error->message, ==,
                   "Training sessions can only be booked on a Specialised training request, not on “Report customisation”");
  g_clear_error (&error);
  g_assert_false (steward_training_check_request (STEWARD_SERVICE_TRAINING, STEWARD_STATE_CANCELLED, &error));
  g_assert_cmpstr (error->message, ==, "Training sessions cannot be booked on a request that is “Cancelled”");
}

static void
test_touching_and_overlapping (void)
{
  g_autoptr(FakeTrainingRepository) repo = fake_training_repository_new ();
  g_autoptr(StewardTrainingPlanner) planner = steward_training_planner_new (STEWARD_TRAINING_REPOSITORY (repo));
  g_autoptr(StewardTrainingSession) morning = make_session ("Excel basics", "Wang Fang", 1, "2026-03-10T09:00", 10800);
  g_autoptr(StewardTrainingSession) early = make_session ("Pivot tables", "Wang Fang", 2, "2026-03-10T11:59", 7200);
  g_autoptr(StewardTrainingSession) after = make_session ("Charts", "Wang Fang", 2, "2026-03-10T12:00", 7200);
  g_autoptr(StewardTrainingSession) before = make_session ("Warm-up", "Wang Fang", 2, "2026-03-10T07:00", 7200);
  g_autoptr(StewardTrainingSession) refused = NULL;
  g_autoptr(GError) error = NULL;
  gint64 morning_id;

  morning_id = book (planner, morning);

  /* 11:59–13:59 overlaps 09:00–12:00 by one minute. */
  refused = steward_training_planner_schedule (planner, early, &error);
  g_assert_null (refused);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==,
                   "Trainer “Wang Fang” is already booked for “Excel basics” on 2026-03-10 09:00–12:00");
  g_assert_cmpuint (fake_training_repository_get_save_count (repo), ==, 1);
  g_assert_cmpint (steward_training_session_get_id (early), ==, 0);
  g_clear_error (&error);

  /* 12:00–14:00 and 07:00–09:00 only touch it. */
  book (planner, after);
  book (planner, before);
  g_assert_cmpuint (fake_training_repository_get_save_count (repo), ==, 3);

  /* The conflicting session is handed back, so a caller can open it. */
  {
    g_autoptr(GPtrArray) existing = steward_training_repository_list_range (STEWARD_TRAINING_REPOSITORY (repo),
                                                                            G_MININT64 + 1, G_MAXINT64, NULL);
    g_autoptr(StewardTrainingSession) conflict = steward_training_find_conflict (early, existing, &error);

    g_assert_nonnull (conflict);
    g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT);
    g_assert_cmpint (steward_training_session_get_id (conflict), ==, morning_id);
    g_clear_error (&error);
  }

  /* The rule itself, not only the repository's range query, treats touching as free. */
  {
    g_autoptr(GPtrArray) only_morning = g_ptr_array_new ();
    g_autoptr(StewardTrainingSession) none = NULL;

    g_ptr_array_add (only_morning, morning);
    none = steward_training_find_conflict (after, only_morning, &error);
    g_assert_no_error (error);
    g_assert_null (none);
    none = steward_training_find_conflict (before, only_morning, &error);
    g_assert_no_error (error);
    g_assert_null (none);
  }
}

static void
test_same_client_other_trainer (void)
{
  g_autoptr(FakeTrainingRepository) repo = fake_training_repository_new ();
  g_autoptr(StewardTrainingPlanner) planner = steward_training_planner_new (STEWARD_TRAINING_REPOSITORY (repo));
  g_autoptr(StewardTrainingSession) first = make_session ("Excel basics", "Wang Fang", 7, "2026-03-10T09:00", 7200);
  g_autoptr(StewardTrainingSession) same_client = make_session ("SQL intro", "Li Lei", 7, "2026-03-10T10:30", 3600);
  g_autoptr(StewardTrainingSession) other_client = make_session ("SQL intro", "Li Lei", 8, "2026-03-10T10:30", 3600);
  g_autoptr(StewardTrainingSession) refused = NULL;
  g_autoptr(GError) error = NULL;

  book (planner, first);

  refused = steward_training_planner_schedule (planner, same_client, &error);
  g_assert_null (refused);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==,
                   "This client already has the training “Excel basics” (trainer Wang Fang) on 2026-03-10 09:00–11:00");
  g_clear_error (&error);

  /* Another trainer for another client at the same time is fine. */
  book (planner, other_client);
}

static void
test_trainer_names_compared_loosely (void)
{
  g_autoptr(StewardTrainingSession) a = make_session ("Excel basics", "Wang Fang", 1, "2026-03-10T09:00", 3600);
  g_autoptr(StewardTrainingSession) b = make_session ("Charts", "  wang FANG ", 2, "2026-03-10T09:30", 3600);
  g_autoptr(StewardTrainingSession) c = make_session ("Charts", "Wang Li", 2, "2026-03-10T09:30", 3600);

  g_assert_true (steward_training_sessions_clash (a, b));
  g_assert_false (steward_training_sessions_clash (a, c));
}

static void
test_cancelled_does_not_block (void)
{
  g_autoptr(FakeTrainingRepository) repo = fake_training_repository_new ();
  g_autoptr(StewardTrainingPlanner) planner = steward_training_planner_new (STEWARD_TRAINING_REPOSITORY (repo));
  g_autoptr(StewardTrainingSession) first = make_session ("Excel basics", "Wang Fang", 1, "2026-03-10T09:00", 7200);
  g_autoptr(StewardTrainingSession) second = make_session ("Charts", "Wang Fang", 2, "2026-03-10T09:00", 7200);
  g_autoptr(StewardTrainingSession) cancelled = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = book (planner, first);
  cancelled = steward_training_planner_cancel (planner, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_training_session_get_status (cancelled), ==, STEWARD_TRAINING_STATUS_CANCELLED);

  book (planner, second);
}

static void
test_move_into_conflict (void)
{
  g_autoptr(FakeTrainingRepository) repo = fake_training_repository_new ();
  StewardTrainingRepository *repository = STEWARD_TRAINING_REPOSITORY (repo);
  g_autoptr(StewardTrainingPlanner) planner = steward_training_planner_new (repository);
  g_autoptr(StewardTrainingSession) a = make_session ("Excel basics", "Wang Fang", 1, "2026-03-10T09:00", 10800);
  g_autoptr(StewardTrainingSession) b = make_session ("Charts", "Wang Fang", 2, "2026-03-10T14:00", 7200);
  g_autoptr(StewardTrainingSession) moved = NULL;
  g_autoptr(StewardTrainingSession) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 b_id;
  guint saves;

  book (planner, a);
  b_id = book (planner, b);
  saves = fake_training_repository_get_save_count (repo);

  moved = steward_training_planner_move (planner, b_id, at ("2026-03-10T11:00"), 7200, &error);
  g_assert_null (moved);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==,
                   "Trainer “Wang Fang” is already booked for “Excel basics” on 2026-03-10 09:00–12:00");
  g_clear_error (&error);

  /* Too long is refused too. */
  moved = steward_training_planner_move (planner, b_id, at ("2026-03-10T13:00"), 14460, &error);
  g_assert_null (moved);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_clear_error (&error);

  g_assert_cmpuint (fake_training_repository_get_save_count (repo), ==, saves);
  stored = steward_training_repository_load (repository, b_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_training_session_get_start (stored), ==, at ("2026-03-10T14:00"));
  g_assert_cmpint (steward_training_session_get_duration (stored), ==, 7200);

  /* Moving it to touch the first session's end is fine, and moving within its own time too. */
  moved = steward_training_planner_move (planner, b_id, at ("2026-03-10T12:00"), 14400, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_training_session_get_end (moved), ==, at ("2026-03-10T16:00"));
  g_clear_object (&moved);
  moved = steward_training_planner_move (planner, b_id, at ("2026-03-10T12:30"), 3600, &error);
  g_assert_no_error (error);
  g_assert_nonnull (moved);
}

static void
test_reschedule_leaves_session_on_refusal (void)
{
  g_autoptr(StewardTrainingSession) a = make_session ("Excel basics", "Wang Fang", 1, "2026-03-10T09:00", 10800);
  g_autoptr(StewardTrainingSession) b = make_session ("Charts", "Wang Fang", 2, "2026-03-10T14:00", 7200);
  g_autoptr(GPtrArray) existing = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  steward_training_session_set_id (a, 1);
  steward_training_session_set_id (b, 2);
  g_ptr_array_add (existing, a);
  g_ptr_array_add (existing, b);

  g_assert_false (steward_training_reschedule (b, at ("2026-03-10T11:00"), 7200, existing, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT);
  g_assert_cmpint (steward_training_session_get_start (b), ==, at ("2026-03-10T14:00"));
  g_assert_cmpint (steward_training_session_get_duration (b), ==, 7200);
}

static void
test_transitions (void)
{
  g_autoptr(FakeTrainingRepository) repo = fake_training_repository_new ();
  g_autoptr(StewardTrainingPlanner) planner = steward_training_planner_new (STEWARD_TRAINING_REPOSITORY (repo));
  g_autoptr(StewardTrainingSession) draft = make_session ("Excel basics", "Wang Fang", 1, "2026-03-10T09:00", 7200);
  g_autoptr(StewardTrainingSession) done = NULL;
  g_autoptr(StewardTrainingSession) refused = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  guint saves;

  id = book (planner, draft);
  done = steward_training_planner_complete (planner, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_training_session_get_status (done), ==, STEWARD_TRAINING_STATUS_DONE);
  saves = fake_training_repository_get_save_count (repo);

  refused = steward_training_planner_cancel (planner, id, &error);
  g_assert_null (refused);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_cmpstr (error->message, ==, "Only a scheduled training session can be cancelled; this one is “Done”");
  g_clear_error (&error);

  refused = steward_training_planner_complete (planner, id, &error);
  g_assert_cmpstr (error->message, ==, "Only a scheduled training session can be marked done; this one is “Done”");
  g_clear_error (&error);

  refused = steward_training_planner_move (planner, id, at ("2026-03-11T09:00"), 3600, &error);
  g_assert_cmpstr (error->message, ==, "Only a scheduled training session can be moved or edited; this one is “Done”");
  g_clear_error (&error);

  steward_training_session_set_id (draft, id);
  refused = steward_training_planner_update (planner, draft, &error);
  g_assert_null (refused);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_clear_error (&error);

  refused = steward_training_planner_complete (planner, 999, &error);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);

  g_assert_cmpuint (fake_training_repository_get_save_count (repo), ==, saves);
}

static void
test_done_sessions_still_block (void)
{
  g_autoptr(FakeTrainingRepository) repo = fake_training_repository_new ();
  g_autoptr(StewardTrainingPlanner) planner = steward_training_planner_new (STEWARD_TRAINING_REPOSITORY (repo));
  g_autoptr(StewardTrainingSession) first = make_session ("Excel basics", "Wang Fang", 1, "2026-03-10T09:00", 7200);
  g_autoptr(StewardTrainingSession) second = make_session ("Charts", "Wang Fang", 2, "2026-03-10T10:00", 3600);
  g_autoptr(StewardTrainingSession) done = NULL;
  g_autoptr(StewardTrainingSession) refused = NULL;
  g_autoptr(GError) error = NULL;

  done = steward_training_planner_complete (planner, book (planner, first), &error);
  g_assert_no_error (error);

  refused = steward_training_planner_schedule (planner, second, &error);
  g_assert_null (refused);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT);
}

static void
test_update_rechecks (void)
{
  g_autoptr(FakeTrainingRepository) repo = fake_training_repository_new ();
  g_autoptr(StewardTrainingPlanner) planner = steward_training_planner_new (STEWARD_TRAINING_REPOSITORY (repo));
  g_autoptr(StewardTrainingSession) a = make_session ("Excel basics", "Wang Fang", 1, "2026-03-10T09:00", 7200);
  g_autoptr(StewardTrainingSession) b = make_session ("Charts", "Li Lei", 2, "2026-03-10T09:00", 7200);
  g_autoptr(StewardTrainingSession) edited = NULL;
  g_autoptr(StewardTrainingSession) refused = NULL;
  g_autoptr(StewardTrainingSession) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 b_id;

  book (planner, a);
  b_id = book (planner, b);

  /* Handing the session to the busy trainer is a conflict; the stored trainer stays. */
  edited = steward_training_repository_load (STEWARD_TRAINING_REPOSITORY (repo), b_id, NULL);
  steward_training_session_set_trainer (edited, "Wang Fang");
  refused = steward_training_planner_update (planner, edited, &error);
  g_assert_null (refused);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT);
  g_clear_error (&error);
  stored = steward_training_repository_load (STEWARD_TRAINING_REPOSITORY (repo), b_id, NULL);
  g_assert_cmpstr (steward_training_session_get_trainer (stored), ==, "Li Lei");
  g_clear_object (&stored);

  steward_training_session_set_trainer (edited, "Zhao Min");
  stored = steward_training_planner_update (planner, edited, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_training_session_get_trainer (stored), ==, "Zhao Min");
}

static void
test_storage_failure_writes_nothing (void)
{
  g_autoptr(FakeTrainingRepository) repo = fake_training_repository_new ();
  g_autoptr(StewardTrainingPlanner) planner = steward_training_planner_new (STEWARD_TRAINING_REPOSITORY (repo));
  g_autoptr(StewardTrainingSession) a = make_session ("Excel basics", "Wang Fang", 1, "2026-03-10T09:00", 7200);
  g_autoptr(StewardTrainingSession) refused = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;

  fake_training_repository_fail_next_save (repo);
  refused = steward_training_planner_schedule (planner, a, &error);
  g_assert_null (refused);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);

  all = steward_training_repository_list_range (STEWARD_TRAINING_REPOSITORY (repo),
                                                STEWARD_TIME_NONE, STEWARD_TIME_NONE, NULL);
  g_assert_cmpuint (all->len, ==, 0);
}

static void
test_span_across_midnight (void)
{
  g_autofree char *same_day = steward_training_format_span (at ("2026-03-10T09:00"), at ("2026-03-10T13:00"));
  g_autofree char *overnight = steward_training_format_span (at ("2026-03-10T22:00"), at ("2026-03-11T01:00"));

  g_assert_cmpstr (same_day, ==, "2026-03-10 09:00–13:00");
  g_assert_cmpstr (overnight, ==, "2026-03-10 22:00–2026-03-11 01:00");
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *)user_data)++;
}

static void
test_properties_notify_on_change (void)
{
  g_autoptr(StewardTrainingSession) session = make_session ("Excel basics", "Wang Fang", 1,
                                                            "2026-03-10T09:00", 3600);
  const char *people[] = { "Zhang Wei", NULL };
  guint title_changes = 0;
  guint end_changes = 0;
  gint64 end = 0;

  g_signal_connect (session, "notify::title", G_CALLBACK (count_notify), &title_changes);
  g_signal_connect (session, "notify::end", G_CALLBACK (count_notify), &end_changes);

  steward_training_session_set_title (session, "Excel basics");
  g_assert_cmpuint (title_changes, ==, 0);
  g_object_set (session, "title", "Excel advanced", NULL);
  g_assert_cmpuint (title_changes, ==, 1);

  /* The derived end follows the duration. */
  steward_training_session_set_duration (session, 7200);
  g_assert_cmpuint (end_changes, ==, 1);
  g_object_get (session, "end", &end, NULL);
  g_assert_cmpint (end, ==, at ("2026-03-10T11:00"));

  steward_training_session_set_attendees (session, people);
  g_assert_cmpstr (steward_training_session_get_attendees (session)[0], ==, "Zhang Wei");
  steward_training_session_set_attendees (session, NULL);
  g_assert_null (steward_training_session_get_attendees (session)[0]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/training/duration-limit", test_duration_limit);
  g_test_add_func ("/training/required-fields", test_required_fields);
  g_test_add_func ("/training/check-request", test_check_request);
  g_test_add_func ("/training/touching-and-overlapping", test_touching_and_overlapping);
  g_test_add_func ("/training/same-client-other-trainer", test_same_client_other_trainer);
  g_test_add_func ("/training/trainer-names-compared-loosely", test_trainer_names_compared_loosely);
  g_test_add_func ("/training/cancelled-does-not-block", test_cancelled_does_not_block);
  g_test_add_func ("/training/done-sessions-still-block", test_done_sessions_still_block);
  g_test_add_func ("/training/move-into-conflict", test_move_into_conflict);
  g_test_add_func ("/training/reschedule-leaves-session-on-refusal", test_reschedule_leaves_session_on_refusal);
  g_test_add_func ("/training/transitions", test_transitions);
  g_test_add_func ("/training/update-rechecks", test_update_rechecks);
  g_test_add_func ("/training/storage-failure-writes-nothing", test_storage_failure_writes_nothing);
  g_test_add_func ("/training/span-across-midnight", test_span_across_midnight);
  g_test_add_func ("/training/properties-notify-on-change", test_properties_notify_on_change);

  return g_test_run ();
}
