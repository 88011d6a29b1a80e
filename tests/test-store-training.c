/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "steward-error.h"
#include "steward-store-clients.h"
#include "steward-store-testing.h"
#include "steward-store-training.h"
#include "steward-training-planner.h"
#include "test-store-util.h"

/* Instants in Shanghai time (UTC+8), written out by hand. */
#define MAR10_0800 1773100800   /* 2026-03-10 08:00 */
#define MAR10_0900 1773104400   /* 2026-03-10 09:00 */
#define MAR10_1200 1773115200   /* 2026-03-10 12:00 */
#define MAR10_1300 1773118800   /* 2026-03-10 13:00 */
#define MAR10_1400 1773122400   /* 2026-03-10 14:00 */
#define MAR11_0900 1773190800   /* 2026-03-11 09:00 */
#define HOUR       3600

typedef struct {
  StoreFixture               base;
  StewardStoreClients       *clients;
  StewardStoreTraining      *training;
  StewardTrainingRepository *repo;
  StewardTrainingPlanner    *planner;
  gint64                     client_a;
  gint64                     client_b;
  gint64                     request_a;
  gint64                     request_b;
} Fixture;

static gint64
add_training_request (Fixture *fixture,
                      gint64   client_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = steward_store_testing_insert_request (fixture->base.store, client_id, "confirmed",
                                                    300000, MAR10_0800 - 7 * 24 * HOUR, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  g_autoptr(StewardClient) a = NULL;
  g_autoptr(StewardClient) b = NULL;

  store_fixture_setup (&fixture->base, data);
  fixture->clients = steward_store_clients_new (fixture->base.store);
  fixture->training = steward_store_training_new (fixture->base.store);
  fixture->repo = STEWARD_TRAINING_REPOSITORY (fixture->training);
  fixture->planner = steward_training_planner_new (fixture->repo);

  a = add_client (STEWARD_CLIENT_REPOSITORY (fixture->clients), "云帆科技", "张伟", "13800138000", "zw@yunfan.cn");
  b = add_client (STEWARD_CLIENT_REPOSITORY (fixture->clients), "Acme Ltd", "Li Na", "13900139000", "lina@acme.cn");
  fixture->client_a = steward_client_get_id (a);
  fixture->client_b = steward_client_get_id (b);
  fixture->request_a = add_training_request (fixture, fixture->client_a);
  fixture->request_b = add_training_request (fixture, fixture->client_b);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  g_clear_object (&fixture->planner);
  g_clear_object (&fixture->training);
  g_clear_object (&fixture->clients);
  store_fixture_teardown (&fixture->base, data);
}

static StewardTrainingSession *
make_session (Fixture    *fixture,
              gboolean    for_b,
              const char *title,
              const char *trainer,
              gint64      start,
              gint64      duration)
{
  StewardTrainingSession *session = steward_training_session_new ();

  steward_training_session_set_request_id (session, for_b ? fixture->request_b : fixture->request_a);
  steward_training_session_set_client_id (session, for_b ? fixture->client_b : fixture->client_a);
  steward_training_session_set_title (session, title);
  steward_training_session_set_trainer (session, trainer);
  steward_training_session_set_format (session, STEWARD_TRAINING_FORMAT_OFFLINE);
  steward_training_session_set_content (session, STEWARD_TRAINING_CONTENT_PRACTICE);
  steward_training_session_set_location (session, "深圳市南山区科技园 301 室");
  steward_training_session_set_start (session, start);
  steward_training_session_set_duration (session, duration);
  return session;
}

static gint64
book (StewardTrainingPlanner *planner,
      StewardTrainingSession *draft)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardTrainingSession) saved = steward_training_planner_schedule (planner, draft, &error);

  g_assert_no_error (error);
  g_assert_nonnull (saved);
  return steward_training_session_get_id (saved);
}

static gint64
count (Fixture    *fixture,
       const char *table)
{
  return steward_store_testing_count_rows (fixture->base.store, table);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(StewardTrainingSession) session = make_session (fixture, FALSE, "Excel 数据透视表",
                                                            "王芳", MAR10_0900, 4 * HOUR);
  g_autoptr(StewardTrainingSession) loaded = NULL;
  g_autoptr(StewardTrainingSession) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  const char *attendees[] = { "张伟", "  李娜 ", "", "Chen Jie", NULL };
  const char *fewer[] = { "Chen Jie", NULL };
  const char * const *names;
  gint64 id;

  steward_training_session_set_attendees (session, attendees);
  steward_training_session_set_notes (session, "Bring laptops");
  steward_training_session_set_format (session, STEWARD_TRAINING_FORMAT_ONLINE);
  steward_training_session_set_content (session, STEWARD_TRAINING_CONTENT_MIXED);
  steward_training_session_set_location (session, "https://meeting.example.cn/j/123");

  g_assert_true (steward_training_repository_save (fixture->repo, session, &error));
  g_assert_no_error (error);
  id = steward_training_session_get_id (session);
  g_assert_cmpint (id, >, 0);

  loaded = steward_training_repository_load (fixture->repo, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_training_session_get_request_id (loaded), ==, fixture->request_a);
  g_assert_cmpint (steward_training_session_get_client_id (loaded), ==, fixture->client_a);
  g_assert_cmpstr (steward_training_session_get_title (loaded), ==, "Excel 数据透视表");
  g_assert_cmpstr (steward_training_session_get_trainer (loaded), ==, "王芳");
  g_assert_cmpint (steward_training_session_get_format (loaded), ==, STEWARD_TRAINING_FORMAT_ONLINE);
  g_assert_cmpint (steward_training_session_get_content (loaded), ==, STEWARD_TRAINING_CONTENT_MIXED);
  g_assert_cmpint (steward_training_session_get_start (loaded), ==, 1773104400);
  g_assert_cmpint (steward_training_session_get_duration (loaded), ==, 14400);
  g_assert_cmpint (steward_training_session_get_end (loaded), ==, 1773118800);
  g_assert_cmpstr (steward_training_session_get_location (loaded), ==, "https://meeting.example.cn/j/123");
  g_assert_cmpint (steward_training_session_get_status (loaded), ==, STEWARD_TRAINING_STATUS_SCHEDULED);
  g_assert_cmpstr (steward_training_session_get_notes (loaded), ==, "Bring laptops");
  /* Trimmed, blanks dropped, order kept. */
  names = steward_training_session_get_attendees (loaded);
  g_assert_cmpuint (g_strv_length ((char **) names), ==, 3);
  g_assert_cmpstr (names[0], ==, "张伟");
  g_assert_cmpstr (names[1], ==, "李娜");
  g_assert_cmpstr (names[2], ==, "Chen Jie");
  g_assert_cmpint (count (fixture, "training_attendees"), ==, 3);

  /* An update replaces the attendees. */
  steward_training_session_set_attendees (loaded, fewer);
  steward_training_session_set_status (loaded, STEWARD_TRAINING_STATUS_DONE);
  g_assert_true (steward_training_repository_save (fixture->repo, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_training_session_get_id (loaded), ==, id);
  reloaded = steward_training_repository_load (fixture->repo, id, &error);
  g_assert_no_error (error);
  names = steward_training_session_get_attendees (reloaded);
  g_assert_cmpuint (g_strv_length ((char **) names), ==, 1);
  g_assert_cmpstr (names[0], ==, "Chen Jie");
  g_assert_cmpint (steward_training_session_get_status (reloaded), ==, STEWARD_TRAINING_STATUS_DONE);
  g_assert_cmpint (count (fixture, "training_sessions"), ==, 1);
  g_assert_cmpint (count (fixture, "training_attendees"), ==, 1);
}

static void
test_refused_saves (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(StewardTrainingSession) unknown = make_session (fixture, FALSE, "Excel", "王芳", MAR10_0900, HOUR);
  g_autoptr(StewardTrainingSession) odd = make_session (fixture, FALSE, "Excel", "王芳", MAR10_0900, 5430);
  g_autoptr(StewardTrainingSession) missing = NULL;
  g_autoptr(GError) error = NULL;

  steward_training_session_set_id (unknown, 999);
  g_assert_false (steward_training_repository_save (fixture->repo, unknown, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no training session with number 999");
  g_clear_error (&error);

  /* 1 h 30 min 30 s: the store keeps whole minutes. */
  g_assert_false (steward_training_repository_save (fixture->repo, odd, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_cmpint (steward_training_session_get_id (odd), ==, 0);
  g_clear_error (&error);

  /* A session of a request that does not exist: the foreign key refuses it. */
  steward_training_session_set_request_id (odd, 4242);
  steward_training_session_set_duration (odd, 5400);
  g_assert_false (steward_training_repository_save (fixture->repo, odd, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_cmpint (steward_training_session_get_id (odd), ==, 0);
  g_clear_error (&error);

  missing = steward_training_repository_load (fixture->repo, 999, &error);
  g_assert_null (missing);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
  g_assert_cmpint (count (fixture, "training_sessions"), ==, 0);
  g_assert_cmpint (count (fixture, "training_attendees"), ==, 0);
}

static guint
list_len (GPtrArray *list)
{
  g_assert_nonnull (list);
  return list->len;
}

static gint64
id_at (GPtrArray *list,
       guint      index)
{
  return steward_training_session_get_id (g_ptr_array_index (list, index));
}

static void
test_lists (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(StewardTrainingSession) morning = make_session (fixture, FALSE, "Excel", "Wang Fang", MAR10_0900, 4 * HOUR);
  g_autoptr(StewardTrainingSession) afternoon = make_session (fixture, TRUE, "SQL", "Li Lei", MAR10_1300, HOUR);
  g_autoptr(StewardTrainingSession) next_day = make_session (fixture, TRUE, "BI", "WANG FANG", MAR11_0900, 2 * HOUR);
  g_autoptr(GError) error = NULL;
  gint64 m, a, n;

  m = book (fixture->planner, morning);
  a = book (fixture->planner, afternoon);
  n = book (fixture->planner, next_day);

#define RANGE(from, to) steward_training_repository_list_range (fixture->repo, from, to, &error)
  {
    g_autoptr(GPtrArray) all = RANGE (STEWARD_TIME_NONE, STEWARD_TIME_NONE);
    g_autoptr(GPtrArray) before = RANGE (MAR10_0800, MAR10_0900);           /* ends as morning starts */
    g_autoptr(GPtrArray) first_second = RANGE (MAR10_0800, MAR10_0900 + 1);
    g_autoptr(GPtrArray) at_one = RANGE (MAR10_1300, MAR10_1400);          /* morning ended at 13:00 */
    g_autoptr(GPtrArray) last_second = RANGE (MAR10_1300 - 1, MAR10_1300);
    g_autoptr(GPtrArray) from_noon = RANGE (MAR10_1200, STEWARD_TIME_NONE);
    g_autoptr(GPtrArray) until_noon = RANGE (STEWARD_TIME_NONE, MAR10_1200);

    g_assert_no_error (error);
    g_assert_cmpuint (list_len (all), ==, 3);
    g_assert_cmpint (id_at (all, 0), ==, m);
    g_assert_cmpint (id_at (all, 1), ==, a);
    g_assert_cmpint (id_at (all, 2), ==, n);
    g_assert_cmpuint (list_len (before), ==, 0);
    g_assert_cmpuint (list_len (first_second), ==, 1);
    g_assert_cmpuint (list_len (at_one), ==, 1);
    g_assert_cmpint (id_at (at_one, 0), ==, a);
    g_assert_cmpuint (list_len (last_second), ==, 1);
    g_assert_cmpint (id_at (last_second, 0), ==, m);
    g_assert_cmpuint (list_len (from_noon), ==, 3);
    g_assert_cmpuint (list_len (until_noon), ==, 1);
  }
#undef RANGE

  {
    /* The trainer is matched after trimming, NFKC and case folding. */
    g_autoptr(GPtrArray) wang = steward_training_repository_list_for_trainer (fixture->repo, " ｗａｎｇ fang ",
                                                                              STEWARD_TIME_NONE, STEWARD_TIME_NONE, &error);
    g_autoptr(GPtrArray) wang_day = steward_training_repository_list_for_trainer (fixture->repo, "wang fang",
                                                                                  MAR10_0800, MAR11_0900, &error);
    g_autoptr(GPtrArray) client_b = steward_training_repository_list_for_client (fixture->repo, fixture->client_b,
                                                                                 STEWARD_TIME_NONE, STEWARD_TIME_NONE, &error);
    g_autoptr(GPtrArray) client_a_next = steward_training_repository_list_for_client (fixture->repo, fixture->client_a,
                                                                                      MAR11_0900, STEWARD_TIME_NONE, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (list_len (wang), ==, 2);
    g_assert_cmpint (id_at (wang, 0), ==, m);
    g_assert_cmpint (id_at (wang, 1), ==, n);
    g_assert_cmpuint (list_len (wang_day), ==, 1);
    g_assert_cmpuint (list_len (client_b), ==, 2);
    g_assert_cmpint (id_at (client_b, 0), ==, a);
    g_assert_cmpint (id_at (client_b, 1), ==, n);
    g_assert_cmpuint (list_len (client_a_next), ==, 0);
  }
}

static guint
count_range (Fixture *fixture,
             gint64   from,
             gint64   to)
{
  g_autoptr(GError) error = NULL;
  guint n = 99;

  g_assert_true (steward_store_training_count_range (fixture->training, from, to, &n, &error));
  g_assert_no_error (error);
  return n;
}

/* The dashboard's month count: the sessions that overlap the range, cancelled ones left out,
 * counted in SQL as list_range () would list them. */
static void
test_count_range (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(StewardTrainingSession) morning = make_session (fixture, FALSE, "Excel", "Wang Fang", MAR10_0900, 4 * HOUR);
  g_autoptr(StewardTrainingSession) afternoon = make_session (fixture, TRUE, "SQL", "Li Lei", MAR10_1300, HOUR);
  g_autoptr(StewardTrainingSession) next_day = make_session (fixture, TRUE, "BI", "WANG FANG", MAR11_0900, 2 * HOUR);
  g_autoptr(StewardTrainingSession) cancelled = NULL;
  g_autoptr(GError) error = NULL;

  book (fixture->planner, morning);
  book (fixture->planner, afternoon);
  cancelled = steward_training_planner_cancel (fixture->planner, book (fixture->planner, next_day),
                                               &error);
  g_assert_no_error (error);
  g_assert_nonnull (cancelled);

  g_assert_cmpuint (count_range (fixture, STEWARD_TIME_NONE, STEWARD_TIME_NONE), ==, 2); /* next_day cancelled */
  g_assert_cmpuint (count_range (fixture, MAR10_0800, MAR10_0900), ==, 0);         /* ends as morning starts */
  g_assert_cmpuint (count_range (fixture, MAR10_0800, MAR10_0900 + 1), ==, 1);
  g_assert_cmpuint (count_range (fixture, MAR10_1300 - 1, MAR10_1300 + 1), ==, 2); /* both, by a second each */
  g_assert_cmpuint (count_range (fixture, MAR10_1300, MAR10_1400), ==, 1);         /* morning ended at 13:00 */
  g_assert_cmpuint (count_range (fixture, MAR11_0900, STEWARD_TIME_NONE), ==, 0);
  g_assert_no_error (error);
}

static void
test_overlap_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(StewardTrainingSession) morning = make_session (fixture, FALSE, "Excel basics", "Wang Fang", MAR10_0900, 3 * HOUR);
  g_autoptr(StewardTrainingSession) overlapping = make_session (fixture, TRUE, "SQL", "wang fang", MAR10_1200 - 60, 2 * HOUR);
  g_autoptr(StewardTrainingSession) touching = make_session (fixture, TRUE, "SQL", "wang fang", MAR10_1200, 2 * HOUR);
  g_autoptr(StewardTrainingSession) refused = NULL;
  g_autoptr(GError) error = NULL;

  book (fixture->planner, morning);

  /* 11:59–13:59 overlaps 09:00–12:00 by one minute. */
  refused = steward_training_planner_schedule (fixture->planner, overlapping, &error);
  g_assert_null (refused);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==,
                   "Trainer “Wang Fang” is already booked for “Excel basics” on 2026-03-10 09:00–12:00");
  g_assert_cmpint (count (fixture, "training_sessions"), ==, 1);
  g_clear_error (&error);

  /* 12:00–14:00 only touches it. */
  book (fixture->planner, touching);
  g_assert_cmpint (count (fixture, "training_sessions"), ==, 2);
}

/* The race the planner used to have: check, then save. */
typedef struct {
  const char             *path;
  StewardTrainingSession *draft;
  GError                 *error;
  gint64                  saved_id;
} Rival;

static gpointer
rival_books (gpointer data)
{
  Rival *rival = data;
  g_autoptr(StewardStore) store = steward_store_open (rival->path, &rival->error);
  g_autoptr(StewardStoreTraining) training = NULL;
  g_autoptr(StewardTrainingPlanner) planner = NULL;
  g_autoptr(StewardTrainingSession) saved = NULL;

  if (store == NULL)
    return NULL;
  training = steward_store_training_new (store);
  planner = steward_training_planner_new (STEWARD_TRAINING_REPOSITORY (training));
  saved = steward_training_planner_schedule (planner, rival->draft, &rival->error);
  if (saved != NULL)
    rival->saved_id = steward_training_session_get_id (saved);
  return NULL;
}

static void
test_race_two_connections (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(StewardTrainingSession) mine = make_session (fixture, FALSE, "Excel basics", "Wang Fang", MAR10_0900, 3 * HOUR);
  g_autoptr(StewardTrainingSession) theirs = make_session (fixture, TRUE, "SQL", "Wang Fang", MAR10_0900 + HOUR, 2 * HOUR);
  g_autoptr(StewardTrainingSession) later = make_session (fixture, FALSE, "Excel 2", "Wang Fang", MAR11_0900, HOUR);
  g_autoptr(GError) error = NULL;
  Rival rival = { fixture->base.path, theirs, NULL, 0 };
  GThread *thread;

  /* This planner is in the middle of a booking (its write lock held) when a planner on a second
   * connection to the same file books the same trainer for an overlapping time. Without the
   * lock the rival would check now, see no session, and save once this one commits. */
  g_assert_true (steward_training_repository_begin_write (fixture->repo, &error));
  g_assert_no_error (error);
  thread = g_thread_new ("rival", rival_books, &rival);
  g_usleep (G_USEC_PER_SEC / 5);
  book (fixture->planner, mine);
  g_assert_true (steward_training_repository_commit_write (fixture->repo, &error));
  g_assert_no_error (error);
  g_thread_join (thread);

  g_assert_error (rival.error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT);
  g_assert_cmpstr (rival.error->message, ==,
                   "Trainer “Wang Fang” is already booked for “Excel basics” on 2026-03-10 09:00–12:00");
  g_assert_cmpint (rival.saved_id, ==, 0);
  g_assert_cmpint (count (fixture, "training_sessions"), ==, 1);
  g_clear_error (&rival.error);

  /* The refused rival released its lock: this connection books again at once. */
  book (fixture->planner, later);
  g_assert_cmpint (count (fixture, "training_sessions"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/store/training/" name, Fixture, NULL, setup, func, teardown)
  ADD ("round-trip", test_round_trip);
  ADD ("refused-saves", test_refused_saves);
  ADD ("lists", test_lists);
  ADD ("count-range", test_count_range);
  ADD ("overlap-refused", test_overlap_refused);
  ADD ("race-two-connections", test_race_two_connections);
#undef ADD

  return g_test_run ();
}
