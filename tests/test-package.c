/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "steward-error.h"
#include "steward-monthly-package.h"

/* Instants in Asia/Shanghai (UTC+8, no daylight saving), worked out by hand. */
#define FEB_15_1000        G_GINT64_CONSTANT (1771120800)  /* 2026-02-15T10:00:00+08:00 */
#define FEB_28_235959      G_GINT64_CONSTANT (1772294399)  /* 2026-02-28T23:59:59+08:00 */
#define MAR_01_0000        G_GINT64_CONSTANT (1772294400)  /* 2026-03-01T00:00:00+08:00 */
#define MAR_02_1000        G_GINT64_CONSTANT (1772416800)  /* 2026-03-02T10:00:00+08:00 */
#define MAR_31_235959      G_GINT64_CONSTANT (1774972799)  /* 2026-03-31T23:59:59+08:00 */
#define APR_01_0000        G_GINT64_CONSTANT (1774972800)  /* 2026-04-01T00:00:00+08:00 */
#define HOUR               3600

static StewardMonthlyPackage *
buy (int   year,
     int   month,
     guint months)
{
  StewardPricing pricing;
  g_autoptr(GError) error = NULL;
  StewardMonthlyPackage *package;

  steward_pricing_init_defaults (&pricing);
  package = steward_monthly_package_purchase (&pricing, 7, year, month, months, 10, 20000,
                                              FEB_15_1000, &error);
  g_assert_no_error (error);
  g_assert_nonnull (package);
  return package;
}

static void
test_purchase (void)
{
  g_autoptr(StewardMonthlyPackage) package = buy (2026, 3, 12);
  int year = 0, month = 0;

  g_assert_cmpint (steward_monthly_package_get_client_id (package), ==, 7);
  g_assert_cmpint (steward_monthly_package_get_start_year (package), ==, 2026);
  g_assert_cmpint (steward_monthly_package_get_start_month (package), ==, 3);
  g_assert_cmpuint (steward_monthly_package_get_months (package), ==, 12);
  g_assert_cmpint (steward_monthly_package_get_price_per_month (package), ==, 100000);
  g_assert_cmpuint (steward_monthly_package_get_quota (package), ==, 10);
  g_assert_cmpint (steward_monthly_package_get_overage_price (package), ==, 20000);
  g_assert_cmpint (steward_monthly_package_get_purchased_at (package), ==, FEB_15_1000);
  /* Prepaid in full: 12 × ¥1,000.00. */
  g_assert_cmpint (steward_monthly_package_get_total_price (package), ==, 1200000);

  steward_monthly_package_get_end_month (package, &year, &month);
  g_assert_cmpint (year, ==, 2027);
  g_assert_cmpint (month, ==, 2);
}

static void
test_purchase_months (void)
{
  StewardPricing pricing;
  const struct { guint months; gboolean ok; } cases[] = {
    { 0, FALSE }, { 1, TRUE }, { 12, TRUE }, { 13, FALSE },
  };

  steward_pricing_init_defaults (&pricing);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StewardMonthlyPackage) package =
        steward_monthly_package_purchase (&pricing, 1, 2026, 3, cases[i].months, 10, 20000,
                                          FEB_15_1000, &error);

      if (cases[i].ok)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (steward_monthly_package_get_months (package), ==, cases[i].months);
          g_assert_cmpint (steward_monthly_package_get_total_price (package), ==, cases[i].months * 100000);
        }
      else
        {
          g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
          g_assert_null (package);
        }
    }
}

static void
test_purchase_refuses (void)
{
  StewardPricing pricing;
  g_autoptr(GError) error = NULL;
  StewardMonthlyPackage *package;

  steward_pricing_init_defaults (&pricing);

  package = steward_monthly_package_purchase (&pricing, 1, 2026, 13, 3, 10, 20000, FEB_15_1000, &error);
  g_assert_null (package);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A monthly package starts in a calendar month: 2026-13 is not one");
  g_clear_error (&error);

  package = steward_monthly_package_purchase (&pricing, 1, 2026, 3, 3, 0, 20000, FEB_15_1000, &error);
  g_assert_null (package);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_clear_error (&error);

  package = steward_monthly_package_purchase (&pricing, 1, 2026, 3, 3, 10, 0, FEB_15_1000, &error);
  g_assert_null (package);
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
}

static void
test_covers_month (void)
{
  g_autoptr(StewardMonthlyPackage) package = buy (2025, 11, 3);  /* Nov, Dec, Jan */
  int year = 0, month = 0;

  g_assert_false (steward_monthly_package_covers_month (package, 2025, 10));
  g_assert_true (steward_monthly_package_covers_month (package, 2025, 11));
  g_assert_true (steward_monthly_package_covers_month (package, 2025, 12));
  g_assert_true (steward_monthly_package_covers_month (package, 2026, 1));
  g_assert_false (steward_monthly_package_covers_month (package, 2026, 2));
  g_assert_false (steward_monthly_package_covers_month (package, 2024, 12));

  steward_monthly_package_get_end_month (package, &year, &month);
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpint (month, ==, 1);
}

static void
test_covers_instant_at_local_midnight (void)
{
  g_autoptr(StewardMonthlyPackage) package = buy (2026, 3, 1);
  g_autoptr(GTimeZone) shanghai = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  g_assert_false (steward_monthly_package_covers_instant (package, FEB_28_235959, shanghai));
  g_assert_true (steward_monthly_package_covers_instant (package, MAR_01_0000, shanghai));
  g_assert_true (steward_monthly_package_covers_instant (package, MAR_31_235959, shanghai));
  g_assert_false (steward_monthly_package_covers_instant (package, APR_01_0000, shanghai));
  /* The tests run with TZ=Asia/Shanghai: NULL means the local zone. */
  g_assert_true (steward_monthly_package_covers_instant (package, MAR_01_0000, NULL));
  /* Shanghai's first second of March is still February in UTC. */
  g_assert_false (steward_monthly_package_covers_instant (package, MAR_01_0000, utc));
  g_assert_false (steward_monthly_package_covers_instant (package, STEWARD_TIME_NONE, shanghai));
}

/* 12 incidents of March, one every hour from 2 March 10:00, ids 101..112. */
static void
fill_march (StewardPackageIncident *incidents)
{
  for (guint i = 0; i < 12; i++)
    {
      incidents[i].request_id = 101 + i;
      incidents[i].submitted_at = MAR_02_1000 + (gint64) i * HOUR;
      incidents[i].cancelled = FALSE;
    }
}

static void
test_statement_overage (void)
{
  g_autoptr(StewardMonthlyPackage) package = buy (2026, 3, 3);
  g_autoptr(GTimeZone) shanghai = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(StewardPackageStatement) statement = NULL;
  StewardPackageIncident incidents[12];

  fill_march (incidents);
  statement = steward_monthly_package_statement (package, 2026, 3, incidents, 12, shanghai);

  g_assert_true (statement->in_package);
  g_assert_cmpint (statement->year, ==, 2026);
  g_assert_cmpint (statement->month, ==, 3);
  g_assert_cmpuint (statement->quota, ==, 10);
  g_assert_cmpuint (statement->used, ==, 12);
  g_assert_cmpuint (statement->covered, ==, 10);
  g_assert_cmpuint (statement->overage, ==, 2);
  g_assert_cmpuint (statement->cancelled, ==, 0);
  g_assert_cmpint (statement->overage_price, ==, 20000);
  g_assert_cmpint (statement->overage_charge, ==, 40000);
  g_assert_cmpuint (statement->n_lines, ==, 12);

  g_assert_cmpint (statement->lines[0].request_id, ==, 101);
  g_assert_true (statement->lines[0].covered);
  g_assert_cmpint (statement->lines[0].charge, ==, 0);
  g_assert_cmpint (statement->lines[9].request_id, ==, 110);
  g_assert_true (statement->lines[9].covered);
  g_assert_cmpint (statement->lines[10].request_id, ==, 111);
  g_assert_false (statement->lines[10].covered);
  g_assert_cmpint (statement->lines[10].charge, ==, 20000);
  g_assert_cmpint (statement->lines[11].request_id, ==, 112);
  g_assert_false (statement->lines[11].covered);
  g_assert_cmpint (statement->lines[11].submitted_at, ==, MAR_02_1000 + 11 * HOUR);
}

static void
test_statement_orders_by_submission (void)
{
  g_autoptr(StewardMonthlyPackage) package = buy (2026, 3, 1);
  g_autoptr(StewardPackageStatement) statement = NULL;
  StewardPackageIncident incidents[12];

  /* Handed over newest first: the quota still goes to the earliest. */
  fill_march (incidents);
  for (guint i = 0; i < 6; i++)
    {
      StewardPackageIncident swap = incidents[i];

      incidents[i] = incidents[11 - i];
      incidents[11 - i] = swap;
    }

  statement = steward_monthly_package_statement (package, 2026, 3, incidents, 12, NULL);
  g_assert_cmpint (statement->lines[0].request_id, ==, 101);
  g_assert_cmpint (statement->lines[10].request_id, ==, 111);
  g_assert_false (statement->lines[10].covered);
  g_assert_cmpint (statement->lines[11].request_id, ==, 112);
  g_assert_cmpint (statement->overage_charge, ==, 40000);
}

static void
test_statement_cancelled_returns_to_quota (void)
{
  g_autoptr(StewardMonthlyPackage) package = buy (2026, 3, 3);
  g_autoptr(StewardPackageStatement) statement = NULL;
  StewardPackageIncident incidents[12];

  fill_march (incidents);
  incidents[3].cancelled = TRUE;  /* id 104 */

  statement = steward_monthly_package_statement (package, 2026, 3, incidents, 12, NULL);
  g_assert_cmpuint (statement->used, ==, 11);
  g_assert_cmpuint (statement->covered, ==, 10);
  g_assert_cmpuint (statement->overage, ==, 1);
  g_assert_cmpuint (statement->cancelled, ==, 1);
  g_assert_cmpint (statement->overage_charge, ==, 20000);
  g_assert_cmpuint (statement->n_lines, ==, 11);
  /* 104 is gone, so 111 moves into the quota and only 112 is overage. */
  g_assert_cmpint (statement->lines[3].request_id, ==, 105);
  g_assert_cmpint (statement->lines[9].request_id, ==, 111);
  g_assert_true (statement->lines[9].covered);
  g_assert_cmpint (statement->lines[10].request_id, ==, 112);
  g_assert_false (statement->lines[10].covered);
}

static void
test_statement_ignores_other_months (void)
{
  g_autoptr(StewardMonthlyPackage) package = buy (2026, 2, 2);  /* Feb and March */
  g_autoptr(GTimeZone) shanghai = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(StewardPackageStatement) march = NULL;
  g_autoptr(StewardPackageStatement) february = NULL;
  g_autoptr(StewardPackageStatement) april = NULL;
  StewardPackageIncident incidents[16];

  fill_march (incidents);
  /* February's incidents, the last one a second before local midnight, do not use March's
   * quota; unused February quota does not roll over either. */
  incidents[12] = (StewardPackageIncident) { 90, FEB_15_1000, FALSE };
  incidents[13] = (StewardPackageIncident) { 91, FEB_28_235959, FALSE };
  /* The first second of April belongs to April. */
  incidents[14] = (StewardPackageIncident) { 200, APR_01_0000, FALSE };
  /* Never submitted: ignored. */
  incidents[15] = (StewardPackageIncident) { 201, STEWARD_TIME_NONE, FALSE };

  march = steward_monthly_package_statement (package, 2026, 3, incidents, 16, shanghai);
  g_assert_cmpuint (march->used, ==, 12);
  g_assert_cmpuint (march->overage, ==, 2);
  g_assert_cmpint (march->overage_charge, ==, 40000);

  february = steward_monthly_package_statement (package, 2026, 2, incidents, 16, shanghai);
  g_assert_true (february->in_package);
  g_assert_cmpuint (february->used, ==, 2);
  g_assert_cmpuint (february->covered, ==, 2);
  g_assert_cmpuint (february->overage, ==, 0);
  g_assert_cmpint (february->overage_charge, ==, 0);
  g_assert_cmpint (february->lines[0].request_id, ==, 90);
  g_assert_cmpint (february->lines[1].request_id, ==, 91);

  /* April is outside the package. */
  april = steward_monthly_package_statement (package, 2026, 4, incidents, 16, shanghai);
  g_assert_false (april->in_package);
  g_assert_cmpuint (april->quota, ==, 0);
  g_assert_cmpuint (april->used, ==, 0);
  g_assert_cmpuint (april->n_lines, ==, 0);
  g_assert_cmpint (april->overage_charge, ==, 0);
}

static void
test_statement_midnight_in_utc (void)
{
  g_autoptr(StewardMonthlyPackage) package = buy (2026, 3, 1);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(StewardPackageStatement) statement = NULL;
  StewardPackageIncident incidents[] = {
    { 1, MAR_01_0000, FALSE },                 /* 2026-02-28T16:00Z: February in UTC */
    { 2, MAR_01_0000 + 8 * HOUR, FALSE },      /* 2026-03-01T00:00Z */
  };

  statement = steward_monthly_package_statement (package, 2026, 3, incidents, 2, utc);
  g_assert_cmpuint (statement->used, ==, 1);
  g_assert_cmpint (statement->lines[0].request_id, ==, 2);
}

static void
test_quota_left (void)
{
  g_autoptr(StewardMonthlyPackage) package = buy (2026, 3, 1);
  StewardPackageIncident incidents[12];

  fill_march (incidents);
  g_assert_cmpuint (steward_monthly_package_quota_left (package, MAR_31_235959, incidents, 0, NULL), ==, 10);
  g_assert_cmpuint (steward_monthly_package_quota_left (package, MAR_31_235959, incidents, 7, NULL), ==, 3);
  g_assert_cmpuint (steward_monthly_package_quota_left (package, MAR_31_235959, incidents, 12, NULL), ==, 0);
  incidents[0].cancelled = TRUE;
  incidents[1].cancelled = TRUE;
  incidents[2].cancelled = TRUE;
  g_assert_cmpuint (steward_monthly_package_quota_left (package, MAR_31_235959, incidents, 12, NULL), ==, 1);
  /* April is not covered. */
  g_assert_cmpuint (steward_monthly_package_quota_left (package, APR_01_0000, incidents, 12, NULL), ==, 0);
}

static void
test_statement_copy (void)
{
  g_autoptr(StewardMonthlyPackage) package = buy (2026, 3, 1);
  g_autoptr(StewardPackageStatement) statement = NULL;
  g_autoptr(StewardPackageStatement) copy = NULL;
  StewardPackageIncident incidents[12];

  fill_march (incidents);
  statement = steward_monthly_package_statement (package, 2026, 3, incidents, 12, NULL);
  copy = g_boxed_copy (STEWARD_TYPE_PACKAGE_STATEMENT, statement);

  g_assert_true (copy->lines != statement->lines);
  g_assert_cmpuint (copy->n_lines, ==, 12);
  g_assert_cmpint (copy->lines[11].request_id, ==, 112);
  g_assert_cmpint (copy->overage_charge, ==, 40000);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_properties_notify_on_change (void)
{
  g_autoptr(StewardMonthlyPackage) package = steward_monthly_package_new ();
  g_autofree char *note = NULL;
  guint count = 0;
  guint quota = 0;

  g_signal_connect (package, "notify", G_CALLBACK (on_notify), &count);

  steward_monthly_package_set_quota (package, 15);
  steward_monthly_package_set_quota (package, 15);
  g_assert_cmpuint (count, ==, 1);

  steward_monthly_package_set_note (package, "Paid by bank transfer");
  steward_monthly_package_set_note (package, "Paid by bank transfer");
  g_assert_cmpuint (count, ==, 2);
  note = steward_monthly_package_dup_note (package);
  g_assert_cmpstr (note, ==, "Paid by bank transfer");

  g_object_set (package, "months", 6, "start-month", 12, "id", (gint64) 5, NULL);
  g_assert_cmpuint (count, ==, 5);
  g_object_get (package, "quota", &quota, NULL);
  g_assert_cmpuint (quota, ==, 15);
  g_assert_cmpint (steward_monthly_package_get_id (package), ==, 5);
  g_assert_cmpint (steward_monthly_package_get_purchased_at (package), ==, STEWARD_TIME_NONE);
}

int
main (int   argc,
      char *argv[])
{
  /* Month boundaries below are Shanghai's midnights; meson sets this too. */
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/package/purchase", test_purchase);
  g_test_add_func ("/package/purchase-months", test_purchase_months);
  g_test_add_func ("/package/purchase-refuses", test_purchase_refuses);
  g_test_add_func ("/package/covers-month", test_covers_month);
  g_test_add_func ("/package/covers-instant-at-local-midnight", test_covers_instant_at_local_midnight);
  g_test_add_func ("/package/statement/overage", test_statement_overage);
  g_test_add_func ("/package/statement/orders-by-submission", test_statement_orders_by_submission);
  g_test_add_func ("/package/statement/cancelled-returns-to-quota", test_statement_cancelled_returns_to_quota);
  g_test_add_func ("/package/statement/ignores-other-months", test_statement_ignores_other_months);
  g_test_add_func ("/package/statement/midnight-in-utc", test_statement_midnight_in_utc);
  g_test_add_func ("/package/statement/copy", test_statement_copy);
  g_test_add_func ("/package/quota-left", test_quota_left);
  g_test_add_func ("/package/properties-notify-on-change", test_properties_notify_on_change);

  return g_test_run ();
}
