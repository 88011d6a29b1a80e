/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "steward-error.h"
#include "steward-pricing.h"

static StewardPricing pricing;

static StewardQuote
incident (StewardService service,
          gint64         fee)
{
  StewardQuote q = { .service = service, .fee = fee };

  return q;
}

static StewardQuote
project (StewardService    service,
         StewardComplexity complexity,
         gint64            fee)
{
  StewardQuote q = { .service = service, .fee = fee, .complexity = complexity };

  return q;
}

static StewardQuote
analysis (StewardService service,
          StewardTier    tier,
          gint64         fee)
{
  StewardQuote q = { .service = service, .fee = fee, .tier = tier };

  return q;
}

static void
assert_accepted (const StewardQuote *q)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_pricing_check_quote (&pricing, q, &error));
  g_assert_no_error (error);
}

/* Refused as a business rule, with exactly @message. */
static void
assert_refused (const StewardQuote *q,
                const char         *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (steward_pricing_check_quote (&pricing, q, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_defaults (void)
{
  StewardPricing p;

  steward_pricing_init_defaults (&p);
  g_assert_cmpint (p.incident_max, ==, 20000);
  g_assert_cmpint (p.package_month_price, ==, 100000);
  g_assert_cmpuint (p.package_max_months, ==, 12);
  g_assert_cmpuint (p.package_default_quota, ==, 10);
  g_assert_cmpint (p.package_default_overage, ==, 20000);
  g_assert_cmpint (p.project_max, ==, 500000);
  g_assert_cmpint (p.advanced_min, ==, 50000);
  g_assert_true (steward_pricing_validate (&p, NULL));
}

static void
test_validate (void)
{
  g_autoptr(GError) error = NULL;
  StewardPricing p;

  steward_pricing_init_defaults (&p);
  p.incident_max = 0;
  g_assert_false (steward_pricing_validate (&p, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_cmpstr (error->message, ==,
                   "The per-incident fee limit must be between ¥0.01 and ¥100,000,000.00 (set to ¥0.00)");
  g_clear_error (&error);

  steward_pricing_init_defaults (&p);
  p.advanced_min = G_GINT64_CONSTANT (10000000001);
  g_assert_false (steward_pricing_validate (&p, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_clear_error (&error);

  steward_pricing_init_defaults (&p);
  p.package_max_months = 13;
  g_assert_false (steward_pricing_validate (&p, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_clear_error (&error);

  steward_pricing_init_defaults (&p);
  p.package_default_quota = 0;
  g_assert_false (steward_pricing_validate (&p, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
}

static void
test_incident_cap (void)
{
  StewardQuote at_cap = incident (STEWARD_SERVICE_REMOTE, 20000);
  StewardQuote over_cap = incident (STEWARD_SERVICE_REMOTE, 20001);
  StewardQuote advisor_over = incident (STEWARD_SERVICE_ADVISOR, 20001);
  StewardQuote one_fen = incident (STEWARD_SERVICE_ADVISOR, 1);
  g_autoptr(GError) error = NULL;

  assert_accepted (&at_cap);
  assert_accepted (&one_fen);
  assert_refused (&over_cap,
                  "Remote assistance: a technical-support incident costs at most ¥200.00 (quoted ¥200.01)");

  g_assert_false (steward_pricing_check_quote (&pricing, &advisor_over, &error));
  g_assert_nonnull (strstr (error->message, "¥200.00"));
  g_assert_nonnull (strstr (error->message, "Dedicated technical advisor"));
}

static void
test_incident_cap_follows_preferences (void)
{
  StewardQuote q = incident (STEWARD_SERVICE_REMOTE, 25000);

  assert_refused (&q, "Remote assistance: a technical-support incident costs at most ¥200.00 (quoted ¥250.00)");
  pricing.incident_max = 30000;
  assert_accepted (&q);
}

static void
test_zero_fee (void)
{
  StewardQuote normal = incident (STEWARD_SERVICE_REMOTE, 0);
  StewardQuote covered = incident (STEWARD_SERVICE_REMOTE, 0);
  StewardQuote covered_priced = incident (STEWARD_SERVICE_ADVISOR, 20000);
  StewardQuote remedy = incident (STEWARD_SERVICE_ADVISOR, 0);
  StewardQuote remedy_priced = incident (STEWARD_SERVICE_ADVISOR, 100);
  StewardQuote remedy_project = project (STEWARD_SERVICE_CONFIG, STEWARD_COMPLEXITY_COMPLEX, 0);
  StewardQuote remedy_advanced = analysis (STEWARD_SERVICE_VISUAL, STEWARD_TIER_ADVANCED, 0);

  assert_refused (&normal,
                  "Remote assistance: a technical-support incident costs more than ¥0.00; a fee of 0 is "
                  "only for package-covered incidents, basic data analysis and complaint re-services");

  covered.package_incident = TRUE;
  assert_accepted (&covered);
  covered_priced.package_incident = TRUE;
  assert_refused (&covered_priced,
                  "Dedicated technical advisor: an incident covered by a monthly package costs ¥0.00 on "
                  "the request (quoted ¥200.00); incidents beyond the quota are billed on the month-end "
                  "statement");

  remedy.remedy = TRUE;
  assert_accepted (&remedy);
  remedy_priced.remedy = TRUE;
  assert_refused (&remedy_priced,
                  "Dedicated technical advisor: a free re-service created as a complaint remedy costs "
                  "¥0.00 (quoted ¥1.00)");
  remedy_project.remedy = TRUE;
  assert_accepted (&remedy_project);
  remedy_advanced.remedy = TRUE;
  assert_accepted (&remedy_advanced);
}

static void
test_surcharge (void)
{
  StewardQuote emergency = incident (STEWARD_SERVICE_REMOTE, 20000);
  StewardQuote no_surcharge = incident (STEWARD_SERVICE_REMOTE, 20000);
  StewardQuote stray = incident (STEWARD_SERVICE_REMOTE, 10000);
  StewardQuote negative = incident (STEWARD_SERVICE_REMOTE, 10000);
  StewardQuote training = project (STEWARD_SERVICE_TRAINING, STEWARD_COMPLEXITY_SIMPLE, 10000);
  StewardQuote report = analysis (STEWARD_SERVICE_REPORT, STEWARD_TIER_ADVANCED, 60000);
  StewardQuote remedy = incident (STEWARD_SERVICE_REMOTE, 0);
  StewardQuote covered = incident (STEWARD_SERVICE_REMOTE, 0);

  /* The surcharge sits outside the ¥200 cap and counts in the total. */
  emergency.emergency = TRUE;
  emergency.surcharge = 30000;
  assert_accepted (&emergency);
  g_assert_cmpint (steward_quote_total (&emergency), ==, 50000);

  no_surcharge.emergency = TRUE;
  assert_refused (&no_surcharge,
                  "Remote assistance: an after-hours emergency incident needs a surcharge of more than ¥0.00");

  stray.surcharge = 5000;
  assert_refused (&stray,
                  "Remote assistance: only an after-hours emergency technical-support incident carries "
                  "a surcharge (quoted ¥50.00)");

  negative.emergency = TRUE;
  negative.surcharge = -1;
  assert_refused (&negative, "Remote assistance: a surcharge cannot be negative (quoted -¥0.01)");

  training.emergency = TRUE;
  training.surcharge = 5000;
  assert_refused (&training,
                  "Specialised training: only technical-support incidents can be after-hours emergencies");

  report.surcharge = 5000;
  assert_refused (&report,
                  "Report customisation: only an after-hours emergency technical-support incident "
                  "carries a surcharge (quoted ¥50.00)");

  remedy.remedy = TRUE;
  remedy.surcharge = 5000;
  remedy.emergency = TRUE;
  assert_refused (&remedy,
                  "Remote assistance: a free re-service created as a complaint remedy carries no "
                  "surcharge (quoted ¥50.00)");

  /* A package covers the incident, not the after-hours surcharge. */
  covered.package_incident = TRUE;
  covered.emergency = TRUE;
  covered.surcharge = 30000;
  assert_accepted (&covered);
  g_assert_cmpint (steward_quote_total (&covered), ==, 30000);
}

static void
test_project (void)
{
  StewardQuote at_cap = project (STEWARD_SERVICE_CONFIG, STEWARD_COMPLEXITY_COMPLEX, 500000);
  StewardQuote over_cap = project (STEWARD_SERVICE_TRAINING, STEWARD_COMPLEXITY_SIMPLE, 500001);
  StewardQuote zero = project (STEWARD_SERVICE_CONFIG, STEWARD_COMPLEXITY_SIMPLE, 0);
  StewardQuote unreviewed = project (STEWARD_SERVICE_CONFIG, STEWARD_COMPLEXITY_NONE, 10000);
  StewardQuote as_package = project (STEWARD_SERVICE_CONFIG, STEWARD_COMPLEXITY_SIMPLE, 0);

  assert_accepted (&at_cap);
  assert_refused (&over_cap, "Specialised training: a project costs at most ¥5,000.00 (quoted ¥5,000.01)");
  assert_refused (&zero,
                  "Personalised configuration: a project costs more than ¥0.00; a fee of 0 is only for "
                  "package-covered incidents, basic data analysis and complaint re-services");
  assert_refused (&unreviewed,
                  "Personalised configuration: mark the project as simple or complex before quoting it");

  as_package.package_incident = TRUE;
  assert_refused (&as_package,
                  "Personalised configuration: only technical-support incidents can be covered by a "
                  "monthly package");
}

static void
test_analysis (void)
{
  StewardQuote basic_free = analysis (STEWARD_SERVICE_REPORT, STEWARD_TIER_BASIC, 0);
  StewardQuote basic_paid = analysis (STEWARD_SERVICE_REPORT, STEWARD_TIER_BASIC, 1);
  StewardQuote below = analysis (STEWARD_SERVICE_VISUAL, STEWARD_TIER_ADVANCED, 49999);
  StewardQuote at_min = analysis (STEWARD_SERVICE_VISUAL, STEWARD_TIER_ADVANCED, 50000);
  StewardQuote large = analysis (STEWARD_SERVICE_REPORT, STEWARD_TIER_ADVANCED, 2000000);
  StewardQuote no_tier = analysis (STEWARD_SERVICE_VISUAL, STEWARD_TIER_NONE, 0);

  assert_accepted (&basic_free);
  assert_refused (&basic_paid,
                  "Report customisation: basic work is free and costs exactly ¥0.00 (quoted ¥0.01)");
  assert_refused (&below,
                  "Data visualisation: advanced work costs at least ¥500.00 per set (quoted ¥499.99)");
  assert_accepted (&at_min);
  assert_accepted (&large);
  assert_refused (&no_tier, "Data visualisation: choose the basic or the advanced tier before quoting");
}

static void
test_amount_limits (void)
{
  StewardQuote negative = incident (STEWARD_SERVICE_ADVISOR, -100);
  StewardQuote huge = analysis (STEWARD_SERVICE_REPORT, STEWARD_TIER_ADVANCED,
                                G_GINT64_CONSTANT (10000000000));
  StewardQuote huge_total = incident (STEWARD_SERVICE_REMOTE, 20000);

  assert_refused (&negative, "Dedicated technical advisor: a fee cannot be negative (quoted -¥1.00)");
  assert_accepted (&huge);
  huge.fee++;
  assert_refused (&huge,
                  "Report customisation: a quote cannot be more than ¥100,000,000.00 (quoted "
                  "¥100,000,000.01)");

  huge_total.emergency = TRUE;
  huge_total.surcharge = G_GINT64_CONSTANT (10000000000);
  assert_refused (&huge_total,
                  "Remote assistance: a quote cannot be more than ¥100,000,000.00 (quoted "
                  "¥100,000,000.00)");
}

static void
test_deposit (void)
{
  g_assert_cmpint (steward_deposit_for_total (20001), ==, 10001);
  g_assert_cmpint (steward_deposit_for_total (20000), ==, 10000);
  g_assert_cmpint (steward_deposit_for_total (1), ==, 1);
  g_assert_cmpint (steward_deposit_for_total (0), ==, 0);
  g_assert_cmpint (steward_deposit_for_total (3), ==, 2);
  g_assert_cmpint (steward_deposit_for_total (500000), ==, 250000);
  g_assert_cmpint (steward_deposit_for_total (G_MAXINT64), ==, G_GINT64_CONSTANT (4611686018427387904));
}

static void
test_package_check (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_pricing_check_package (&pricing, 1, 10, 20000, NULL));
  g_assert_true (steward_pricing_check_package (&pricing, 12, 10, 20000, NULL));
  g_assert_true (steward_pricing_check_package (&pricing, 3, 1, 1, NULL));

  g_assert_false (steward_pricing_check_package (&pricing, 0, 10, 20000, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_cmpstr (error->message, ==, "A monthly package is bought for 1 to 12 months (asked for 0)");
  g_clear_error (&error);

  g_assert_false (steward_pricing_check_package (&pricing, 13, 10, 20000, &error));
  g_assert_cmpstr (error->message, ==, "A monthly package is bought for 1 to 12 months (asked for 13)");
  g_clear_error (&error);

  g_assert_false (steward_pricing_check_package (&pricing, 6, 0, 20000, &error));
  g_assert_cmpstr (error->message, ==, "A monthly package needs a quota of at least 1 incident a month");
  g_clear_error (&error);

  g_assert_false (steward_pricing_check_package (&pricing, 6, 10, 0, &error));
  g_assert_cmpstr (error->message, ==,
                   "The overage price of a monthly package must be more than ¥0.00 (set to ¥0.00)");
  g_clear_error (&error);

  g_assert_false (steward_pricing_check_package (&pricing, 6, 10, G_GINT64_CONSTANT (10000000001), &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_clear_error (&error);

  /* A shorter limit from Preferences applies. */
  pricing.package_max_months = 6;
  g_assert_true (steward_pricing_check_package (&pricing, 6, 10, 20000, NULL));
  g_assert_false (steward_pricing_check_package (&pricing, 7, 10, 20000, &error));
  g_assert_cmpstr (error->message, ==, "A monthly package is bought for 1 to 6 months (asked for 7)");
}

typedef void (*PricingTest) (void);

/* Each test starts from the policy's defaults, whatever an earlier one changed. */
static void
run_with_defaults (gconstpointer data)
{
  PricingTest func = (PricingTest) data;

  steward_pricing_init_defaults (&pricing);
  func ();
}

static void
add (const char  *path,
     PricingTest  func)
{
  g_test_add_data_func (path, (gconstpointer) func, run_with_defaults);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  add ("/pricing/defaults", test_defaults);
  add ("/pricing/validate", test_validate);
  add ("/pricing/incident/cap", test_incident_cap);
  add ("/pricing/incident/cap-follows-preferences", test_incident_cap_follows_preferences);
  add ("/pricing/zero-fee", test_zero_fee);
  add ("/pricing/surcharge", test_surcharge);
  add ("/pricing/project", test_project);
  add ("/pricing/analysis", test_analysis);
  add ("/pricing/amount-limits", test_amount_limits);
  add ("/pricing/deposit", test_deposit);
  add ("/pricing/package-check", test_package_check);

  return g_test_run ();
}
