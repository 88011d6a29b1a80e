/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "steward-desk.h"
#include "steward-error.h"
#include "steward-store-clients.h"
#include "steward-store-packages.h"
#include "steward-store-requests.h"
#include "steward-store-testing.h"
#include "test-store-util.h"

typedef struct {
  StoreFixture          base;
  StewardStoreClients  *clients;
  StewardCalendar      *calendar;
  StewardStoreRequests *repo;
  StewardDesk          *desk;
  StewardPricing        pricing;
  gint64                client_id;
} Fixture;

static gint64
T (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(StewardClient) client = NULL;

  store_fixture_setup (&f->base, data);
  steward_pricing_init_defaults (&f->pricing);
  f->clients = steward_store_clients_new (f->base.store);
  f->calendar = steward_calendar_new (NULL);
  f->repo = steward_store_requests_new (f->base.store, f->calendar);
  f->desk = steward_desk_new (STEWARD_REQUEST_REPOSITORY (f->repo), f->calendar, NULL, "王经理");
  client = add_client (STEWARD_CLIENT_REPOSITORY (f->clients), "星河物流股份有限公司", "赵强",
                       "13900139000", "zhao@example.cn");
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

/* Three months from March 2026, 10 incidents a month, ¥200.00 beyond. */
static StewardMonthlyPackage *
buy (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  StewardMonthlyPackage *package;

  package = steward_monthly_package_purchase (&f->pricing, f->client_id, 2026, 3, 3, 10, 20000,
                                              T ("2026-02-27T16:00:00+08:00"), &error);
  g_assert_no_error (error);
  steward_monthly_package_set_note (package, "一季度技术支持套餐");
  g_assert_true (steward_store_packages_purchase (f->base.store, package,
                                                  STEWARD_PAYMENT_METHOD_BANK_TRANSFER, "HX-0227", &error));
  g_assert_no_error (error);
  return package;
}

static StewardServiceRequest *
incident_of (Fixture        *f,
             const char     *at,
             StewardService  service)
{
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(GError) error = NULL;
  StewardServiceRequest *stored;

  g_object_set (draft, "client-id", f->client_id, "service", service,
                "description", "系统登录缓慢", NULL);
  if (service == STEWARD_SERVICE_REMOTE)
    g_object_set (draft, "os", STEWARD_OS_LINUX, "data-terms-agreed", TRUE, NULL);
  stored = steward_desk_create_request (f->desk, draft, T (at), &error);
  g_assert_no_error (error);
  return stored;
}

static StewardServiceRequest *
incident (Fixture    *f,
          const char *at)
{
  return incident_of (f, at, STEWARD_SERVICE_ADVISOR);
}

static void
test_purchase_round_trip (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(StewardMonthlyPackage) package = buy (f);
  g_autoptr(StewardMonthlyPackage) loaded = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (steward_monthly_package_get_id (package), >, 0);
  /* The prepayment of 3 × ¥1,000.00 is the package's payment line. */
  g_assert_cmpint (steward_store_testing_count_rows (f->base.store, "payments"), ==, 1);

  loaded = steward_store_packages_load (f->base.store, steward_monthly_package_get_id (package), &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_monthly_package_get_client_id (loaded), ==, f->client_id);
  g_assert_cmpint (steward_monthly_package_get_start_year (loaded), ==, 2026);
  g_assert_cmpint (steward_monthly_package_get_start_month (loaded), ==, 3);
  g_assert_cmpuint (steward_monthly_package_get_months (loaded), ==, 3);
  g_assert_cmpuint (steward_monthly_package_get_quota (loaded), ==, 10);
  g_assert_cmpint (steward_monthly_package_get_overage_price (loaded), ==, 20000);
  g_assert_cmpint (steward_monthly_package_get_price_per_month (loaded), ==, 100000);
  g_assert_cmpint (steward_monthly_package_get_total_price (loaded), ==, 300000);
  g_assert_cmpint (steward_monthly_package_get_purchased_at (loaded), ==, T ("2026-02-27T16:00:00+08:00"));
  g_assert_cmpstr (steward_monthly_package_get_note (loaded), ==, "一季度技术支持套餐");

  list = steward_store_packages_list_for_client (f->base.store, f->client_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);

  /* A later correction of the quota. */
  steward_monthly_package_set_quota (loaded, 12);
  g_assert_true (steward_store_packages_save (f->base.store, loaded, &error));
  g_clear_object (&package);
  package = steward_store_packages_load (f->base.store, steward_monthly_package_get_id (loaded), &error);
  g_assert_cmpuint (steward_monthly_package_get_quota (package), ==, 12);
  g_assert_cmpint (steward_store_testing_count_rows (f->base.store, "payments"), ==, 1);
}

static void
test_purchase_atomic (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardMonthlyPackage) package = NULL;
  g_autoptr(StewardMonthlyPackage) loaded = NULL;

  /* A client that does not exist: the foreign key refuses the row, no payment is left. */
  package = steward_monthly_package_purchase (&f->pricing, 999, 2026, 3, 1, 10, 20000,
                                              T ("2026-02-27T16:00:00+08:00"), &error);
  g_assert_no_error (error);
  g_assert_false (steward_store_packages_purchase (f->base.store, package,
                                                   STEWARD_PAYMENT_METHOD_THIRD_PARTY, NULL, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_clear_error (&error);
  g_assert_cmpint (steward_monthly_package_get_id (package), ==, 0);
  g_assert_cmpint (steward_store_testing_count_rows (f->base.store, "monthly_packages"), ==, 0);
  g_assert_cmpint (steward_store_testing_count_rows (f->base.store, "payments"), ==, 0);

  loaded = steward_store_packages_load (f->base.store, 7, &error);
  g_assert_null (loaded);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
}

static void
test_statement (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(StewardMonthlyPackage) package = buy (f);
  g_autoptr(StewardPackageStatement) statement = NULL;
  g_autoptr(StewardServiceRequest) cancelled = NULL;
  g_autoptr(GArray) incidents = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = steward_monthly_package_get_id (package);
  guint count = 0;

  for (int day = 2; day < 14; day++)
    {
      g_autofree char *at = g_strdup_printf ("2026-03-%02dT10:00:00+08:00", day);
      g_autoptr(StewardServiceRequest) r = incident (f, at);

      g_assert_true (steward_service_request_get_package_incident (r));
      g_assert_cmpint (steward_service_request_get_package_id (r), ==, id);
      g_assert_cmpint (steward_service_request_get_fee (r), ==, 0);
    }
  /* A thirteenth incident, cancelled, gives its place back; April's is another month. */
  cancelled = incident (f, "2026-03-20T10:00:00+08:00");
  g_assert_true (steward_desk_cancel (f->desk, steward_service_request_get_id (cancelled),
                                      STEWARD_DEPOSIT_CHOICE_NONE, T ("2026-03-20T11:00:00+08:00"), NULL,
                                      &error));
  g_assert_no_error (error);
  g_clear_object (&cancelled);
  cancelled = incident (f, "2026-04-01T00:00:00+08:00");
  /* 23:59 on 31 March local time is still March, although it is 15:59 UTC. */
  g_clear_object (&cancelled);
  cancelled = incident_of (f, "2026-03-31T23:59:00+08:00", STEWARD_SERVICE_REMOTE);

  g_assert_true (steward_request_repository_count_incidents (STEWARD_REQUEST_REPOSITORY (f->repo), id,
                                                             T ("2026-03-15T12:00:00+08:00"), &count, &error));
  g_assert_cmpuint (count, ==, 13);

  incidents = steward_store_packages_list_incidents (f->base.store, id, 2026, 3, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (incidents->len, ==, 14);

  statement = steward_store_packages_statement (f->base.store, id, 2026, 3, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (statement->in_package);
  g_assert_cmpuint (statement->quota, ==, 10);
  g_assert_cmpuint (statement->used, ==, 13);
  g_assert_cmpuint (statement->covered, ==, 10);
  g_assert_cmpuint (statement->overage, ==, 3);
  g_assert_cmpuint (statement->cancelled, ==, 1);
  g_assert_cmpint (statement->overage_charge, ==, 60000);
  /* What the .xlsx statement shows besides: each incident's service and the month's price. */
  g_assert_cmpint (statement->package_price, ==, 100000);
  g_assert_cmpint (statement->lines[0].service, ==, STEWARD_SERVICE_ADVISOR);
  g_assert_cmpint (statement->lines[12].service, ==, STEWARD_SERVICE_REMOTE);
  g_assert_cmpint (statement->lines[12].submitted_at, ==, T ("2026-03-31T23:59:00+08:00"));
}

/* The brief's example: quota 10, 12 incidents → 2 overage, ¥400.00. */
static void
test_statement_twelve (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(StewardMonthlyPackage) package = buy (f);
  g_autoptr(StewardPackageStatement) statement = NULL;
  g_autoptr(GError) error = NULL;

  for (int day = 1; day <= 12; day++)
    {
      g_autofree char *at = g_strdup_printf ("2026-05-%02dT09:30:00+08:00", day);
      g_autoptr(StewardServiceRequest) r = incident (f, at);
    }
  statement = steward_store_packages_statement (f->base.store, steward_monthly_package_get_id (package),
                                                2026, 5, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (statement->used, ==, 12);
  g_assert_cmpuint (statement->covered, ==, 10);
  g_assert_cmpuint (statement->overage, ==, 2);
  g_assert_cmpint (statement->overage_charge, ==, 40000);
  g_assert_cmpuint (statement->n_lines, ==, 12);
  g_assert_false (statement->lines[11].covered);
  g_assert_cmpint (statement->lines[11].charge, ==, 20000);
  g_assert_cmpint (statement->lines[11].submitted_at, ==, T ("2026-05-12T09:30:00+08:00"));
}

static void
test_no_package_outside_months (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(StewardMonthlyPackage) package = buy (f);
  g_autoptr(StewardServiceRequest) before = incident (f, "2026-02-28T10:00:00+08:00");
  g_autoptr(StewardServiceRequest) after = incident (f, "2026-06-01T10:00:00+08:00");
  g_autoptr(StewardServiceRequest) last = incident (f, "2026-05-31T23:00:00+08:00");

  g_assert_false (steward_service_request_get_package_incident (before));
  g_assert_cmpint (steward_service_request_get_package_id (before), ==, 0);
  g_assert_false (steward_service_request_get_package_incident (after));
  g_assert_true (steward_service_request_get_package_incident (last));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store-packages/purchase-round-trip", test_purchase_round_trip);
  ADD ("/store-packages/purchase-atomic", test_purchase_atomic);
  ADD ("/store-packages/statement", test_statement);
  ADD ("/store-packages/statement-twelve", test_statement_twelve);
  ADD ("/store-packages/outside-months", test_no_package_outside_months);
#undef ADD

  return g_test_run ();
}
