/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "steward-desk.h"
#include "steward-error.h"
#include "steward-store-clients.h"
#include "steward-store-requests.h"
#include "steward-store-settings.h"
#include "test-store-util.h"

static gint64
T (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

static void
test_pricing (StoreFixture  *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StewardPricing pricing;
  StewardPricing loaded;

  g_assert_true (steward_store_settings_load_pricing (f->store, &loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (loaded.incident_max, ==, 20000);
  g_assert_cmpint (loaded.package_month_price, ==, 100000);
  g_assert_cmpuint (loaded.package_max_months, ==, 12);
  g_assert_cmpuint (loaded.package_default_quota, ==, 10);
  g_assert_cmpint (loaded.package_default_overage, ==, 20000);
  g_assert_cmpint (loaded.project_max, ==, 500000);
  g_assert_cmpint (loaded.advanced_min, ==, 50000);

  pricing = loaded;
  pricing.incident_max = 25000;
  pricing.package_default_quota = 8;
  pricing.advanced_min = 80000;
  g_assert_true (steward_store_settings_save_pricing (f->store, &pricing, &error));
  g_assert_no_error (error);
  g_assert_true (steward_store_settings_load_pricing (f->store, &loaded, &error));
  g_assert_cmpint (loaded.incident_max, ==, 25000);
  g_assert_cmpuint (loaded.package_default_quota, ==, 8);
  g_assert_cmpint (loaded.advanced_min, ==, 80000);
  g_assert_cmpint (loaded.project_max, ==, 500000);

  /* An invalid limit is refused and the stored ones stay. */
  pricing.incident_max = 0;
  pricing.project_max = 1;
  g_assert_false (steward_store_settings_save_pricing (f->store, &pricing, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (steward_store_settings_load_pricing (f->store, &loaded, &error));
  g_assert_cmpint (loaded.incident_max, ==, 25000);
  g_assert_cmpint (loaded.project_max, ==, 500000);
}

static void
test_manager (StoreFixture  *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *initial = steward_store_settings_dup_manager (f->store, &error);
  g_autofree char *name = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (initial, ==, "");
  g_assert_true (steward_store_settings_set_manager (f->store, "  陈晓梅 ", &error));
  name = steward_store_settings_dup_manager (f->store, &error);
  g_assert_cmpstr (name, ==, "陈晓梅");
}

static void
set_day (StewardCalendar *calendar,
         int              year,
         int              month,
         int              day,
         gboolean         working,
         const char      *name)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  steward_calendar_set_day (calendar, &date, working, name);
}

static void
test_calendar_round_trip (StoreFixture  *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardCalendar) calendar = steward_calendar_new (NULL);
  g_autoptr(StewardCalendar) fresh = NULL;
  g_autoptr(StewardCalendar) loaded = NULL;
  g_autoptr(GArray) windows = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autofree char *text = NULL;
  StewardCalendarDay *day;

  /* A new database: the default windows and no holidays. */
  fresh = steward_store_settings_load_calendar (f->store, NULL, &error);
  g_assert_no_error (error);
  text = steward_calendar_format_windows (fresh);
  g_assert_cmpstr (text, ==, "09:00-12:00,13:00-18:00");
  g_clear_pointer (&text, g_free);
  days = steward_calendar_list_days (fresh);
  g_assert_cmpuint (days->len, ==, 0);
  g_clear_pointer (&days, g_ptr_array_unref);

  g_assert_true (steward_calendar_parse_windows ("08:30-12:00,13:30-17:30", &windows, &error));
  g_assert_true (steward_calendar_set_windows (calendar, (StewardHours *) windows->data, windows->len, &error));
  set_day (calendar, 2026, 10, 1, FALSE, "国庆节");
  set_day (calendar, 2026, 10, 10, TRUE, "国庆节补班");
  set_day (calendar, 2026, 9, 25, FALSE, NULL);
  g_assert_true (steward_store_settings_save_calendar (f->store, calendar, &error));
  g_assert_no_error (error);

  loaded = steward_store_settings_load_calendar (f->store, NULL, &error);
  g_assert_no_error (error);
  text = steward_calendar_format_windows (loaded);
  g_assert_cmpstr (text, ==, "08:30-12:00,13:30-17:30");
  days = steward_calendar_list_days (loaded);
  g_assert_cmpuint (days->len, ==, 3);
  day = g_ptr_array_index (days, 0);
  g_assert_cmpuint (g_date_get_day (&day->date), ==, 25);
  g_assert_false (day->working);
  day = g_ptr_array_index (days, 1);
  g_assert_cmpuint (g_date_get_month (&day->date), ==, 10);
  g_assert_cmpuint (g_date_get_day (&day->date), ==, 1);
  g_assert_false (day->working);
  g_assert_cmpstr (day->name, ==, "国庆节");
  day = g_ptr_array_index (days, 2);
  g_assert_true (day->working);
  g_assert_cmpstr (day->name, ==, "国庆节补班");
  g_clear_pointer (&days, g_ptr_array_unref);

  /* Reading into a calendar replaces its days: 25 September becomes a working day again and
   * the 2027 holiday set only in memory disappears. */
  set_day (calendar, 2026, 9, 25, TRUE, NULL);
  g_assert_true (steward_store_settings_save_calendar (f->store, calendar, &error));
  set_day (loaded, 2027, 1, 1, FALSE, "元旦");
  g_assert_true (steward_store_settings_read_calendar (f->store, loaded, &error));
  days = steward_calendar_list_days (loaded);
  g_assert_cmpuint (days->len, ==, 3);
  day = g_ptr_array_index (days, 0);
  g_assert_cmpuint (g_date_get_month (&day->date), ==, 9);
  g_assert_true (day->working);
  day = g_ptr_array_index (days, 2);
  g_assert_cmpuint (g_date_get_year (&day->date), ==, 2026);
}

/* Recompute fixture: a client, a repository and a desk on the stored calendar. */
typedef struct {
  StoreFixture          base;
  StewardStoreClients  *clients;
  StewardCalendar      *calendar;
  StewardStoreRequests *repo;
  StewardDesk          *desk;
  gint64                client_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(StewardClient) client = NULL;
  g_autoptr(GError) error = NULL;

  store_fixture_setup (&f->base, data);
  f->clients = steward_store_clients_new (f->base.store);
  f->calendar = steward_store_settings_load_calendar (f->base.store, NULL, &error);
  g_assert_no_error (error);
  f->repo = steward_store_requests_new (f->base.store, f->calendar);
  f->desk = steward_desk_new (STEWARD_REQUEST_REPOSITORY (f->repo), f->calendar, NULL, "王经理");
  client = add_client (STEWARD_CLIENT_REPOSITORY (f->clients), "蓝海软件科技有限公司", "周敏",
                       "13700137000", "zhou@example.cn");
  f->client_id = steward_client_get_id (client);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->desk);
  g_clear_object (&f->repo);
  g_clear_object (&f->calendar);
  g_clear_object (&f->clients);
  store_fixture_teardown (&f->base, data);
}

static gint64
create (Fixture        *f,
        StewardService  service,
        const char     *at)
{
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(StewardServiceRequest) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (draft, "client-id", f->client_id, "service", service, NULL);
  if (service == STEWARD_SERVICE_CONFIG)
    g_object_set (draft, "config-kind", STEWARD_CONFIG_KIND_SPECIAL, "special-text", "审批流定制", NULL);
  stored = steward_desk_create_request (f->desk, draft, T (at), &error);
  g_assert_no_error (error);
  return steward_service_request_get_id (stored);
}

/* A simple ¥600.00 project whose work may start Tuesday 10 March at 10:00. */
static gint64
started_project (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardPayment) line = NULL;
  gint64 id = create (f, STEWARD_SERVICE_CONFIG, "2026-03-09T10:00:00+08:00");

  g_assert_true (steward_desk_review (f->desk, id, T ("2026-03-09T10:30:00+08:00"), NULL, &error));
  g_assert_true (steward_desk_quote (f->desk, id, 60000, 0, STEWARD_COMPLEXITY_SIMPLE, STEWARD_TIER_NONE,
                                     T ("2026-03-09T10:40:00+08:00"), NULL, &error));
  g_assert_true (steward_desk_confirm (f->desk, id, T ("2026-03-09T11:00:00+08:00"), NULL, &error));
  line = steward_desk_add_payment (f->desk, id, STEWARD_PAYMENT_KIND_PAYMENT, 30000,
                                   STEWARD_PAYMENT_METHOD_BANK_TRANSFER, T ("2026-03-10T10:00:00+08:00"),
                                   NULL, &error);
  g_assert_true (steward_desk_start (f->desk, id, T ("2026-03-10T10:30:00+08:00"), NULL, &error));
  g_assert_no_error (error);
  return id;
}

static gint64
stored_due (Fixture *f,
            gint64   id,
            gboolean delivery)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardServiceRequest) r = steward_desk_load_request (f->desk, id, &error);

  g_assert_no_error (error);
  return delivery ? steward_service_request_get_delivery_due (r) : steward_service_request_get_response_due (r);
}

static void
test_recompute (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardPayment) line = NULL;
  gint64 open_id = started_project (f);
  gint64 held_id = started_project (f);
  gint64 settled_id = started_project (f);
  gint64 waiting_id;
  guint changed = 99;

  /* One hour on hold on Wednesday morning moves the held project by one business hour. */
  g_assert_true (steward_desk_hold (f->desk, held_id, T ("2026-03-11T10:00:00+08:00"), NULL, &error));
  g_assert_true (steward_desk_resume (f->desk, held_id, T ("2026-03-11T11:00:00+08:00"), NULL, &error));
  g_assert_true (steward_desk_deliver (f->desk, settled_id, T ("2026-03-12T15:00:00+08:00"), NULL, &error));
  g_assert_true (steward_desk_accept (f->desk, settled_id, T ("2026-03-12T16:00:00+08:00"), NULL, &error));
  line = steward_desk_add_payment (f->desk, settled_id, STEWARD_PAYMENT_KIND_PAYMENT, 30000,
                                   STEWARD_PAYMENT_METHOD_BANK_TRANSFER, T ("2026-03-12T16:30:00+08:00"),
                                   NULL, &error);
  g_assert_true (steward_desk_settle (f->desk, settled_id, T ("2026-03-12T17:00:00+08:00"), NULL, &error));
  /* Submitted Friday 17:00, not yet answered: 1 h on Friday + 1 h on Monday. */
  waiting_id = create (f, STEWARD_SERVICE_ADVISOR, "2026-03-13T17:00:00+08:00");
  g_assert_no_error (error);

  g_assert_cmpint (stored_due (f, open_id, TRUE), ==, T ("2026-03-13T18:00:00+08:00"));
  g_assert_cmpint (stored_due (f, held_id, TRUE), ==, T ("2026-03-16T10:00:00+08:00"));
  g_assert_cmpint (stored_due (f, settled_id, TRUE), ==, T ("2026-03-13T18:00:00+08:00"));
  g_assert_cmpint (stored_due (f, waiting_id, FALSE), ==, T ("2026-03-16T10:00:00+08:00"));

  /* Without a calendar change the recompute finds what the workflow stored. */
  g_assert_true (steward_store_requests_recompute_deadlines (f->repo, &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 0);

  /* Thursday 12 March and Monday 16 March become holidays. */
  set_day (f->calendar, 2026, 3, 12, FALSE, "临时休假");
  set_day (f->calendar, 2026, 3, 16, FALSE, "临时休假");
  g_assert_true (steward_store_settings_save_calendar (f->base.store, f->calendar, &error));
  g_assert_true (steward_store_requests_recompute_deadlines (f->repo, &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 3);

  /* Day 0 Tuesday; working days Wed, Fri, Tue 17 → due Tuesday 17 March 18:00. */
  g_assert_cmpint (stored_due (f, open_id, TRUE), ==, T ("2026-03-17T18:00:00+08:00"));
  /* The same plus the hour on hold: Wednesday 18 March 10:00. */
  g_assert_cmpint (stored_due (f, held_id, TRUE), ==, T ("2026-03-18T10:00:00+08:00"));
  /* Settled: left alone. */
  g_assert_cmpint (stored_due (f, settled_id, TRUE), ==, T ("2026-03-13T18:00:00+08:00"));
  /* The unanswered request now runs into Tuesday. */
  g_assert_cmpint (stored_due (f, waiting_id, FALSE), ==, T ("2026-03-17T10:00:00+08:00"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store-settings/pricing", StoreFixture, NULL, store_fixture_setup, test_pricing,
              store_fixture_teardown);
  g_test_add ("/store-settings/manager", StoreFixture, NULL, store_fixture_setup, test_manager,
              store_fixture_teardown);
  g_test_add ("/store-settings/calendar", StoreFixture, NULL, store_fixture_setup, test_calendar_round_trip,
              store_fixture_teardown);
  g_test_add ("/store-settings/recompute", Fixture, NULL, fixture_set_up, test_recompute, fixture_tear_down);

  return g_test_run ();
}
