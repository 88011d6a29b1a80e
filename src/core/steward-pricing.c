/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-pricing"

#include "config.h"

#include "steward-pricing.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-error.h"
#include "steward-money.h"

/* The policy's numbers (SPEC §3), in fen. */
#define DEFAULT_INCIDENT_MAX     G_GINT64_CONSTANT (20000)
#define DEFAULT_MONTH_PRICE      G_GINT64_CONSTANT (100000)
#define DEFAULT_MAX_MONTHS       12
#define DEFAULT_QUOTA            10
#define DEFAULT_OVERAGE          G_GINT64_CONSTANT (20000)
#define DEFAULT_PROJECT_MAX      G_GINT64_CONSTANT (500000)
#define DEFAULT_ADVANCED_MIN     G_GINT64_CONSTANT (50000)
/* A package is prepaid for at most a year (包年); Preferences may shorten it, not lengthen it. */
#define LONGEST_PACKAGE_MONTHS   12

/* Every refusal names a limit in yuan; these hold the formatted amounts of one message. */
typedef struct {
  char *a;
  char *b;
} Amounts;

static void
amounts_clear (Amounts *m)
{
  g_free (m->a);
  g_free (m->b);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Amounts, amounts_clear)

static void
amounts_set (Amounts *m,
             gint64   a,
             gint64   b)
{
  amounts_clear (m);
  m->a = steward_money_format (a);
  m->b = steward_money_format (b);
}

#define REFUSE(...) \
  G_STMT_START { g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE, __VA_ARGS__); return FALSE; } G_STMT_END

void
steward_pricing_init_defaults (StewardPricing *pricing)
{
  g_return_if_fail (pricing != NULL);

  pricing->incident_max = DEFAULT_INCIDENT_MAX;
  pricing->package_month_price = DEFAULT_MONTH_PRICE;
  pricing->package_max_months = DEFAULT_MAX_MONTHS;
  pricing->package_default_quota = DEFAULT_QUOTA;
  pricing->package_default_overage = DEFAULT_OVERAGE;
  pricing->project_max = DEFAULT_PROJECT_MAX;
  pricing->advanced_min = DEFAULT_ADVANCED_MIN;
}

/* ------------------------------------------------------------------------------------------ */
/* Preferences */

static gboolean
check_limit (const char  *what,
             gint64       value,
             GError     **error)
{
  g_auto(Amounts) m = { NULL, NULL };
  g_autofree char *set = NULL;

  if (value > 0 && value <= STEWARD_MONEY_MAX)
    return TRUE;

  amounts_set (&m, 1, STEWARD_MONEY_MAX);
  set = steward_money_format (value);
  REFUSE (_("%s must be between %s and %s (set to %s)"), what, m.a, m.b, set);
}

gboolean
steward_pricing_validate (const StewardPricing  *pricing,
                          GError               **error)
{
  g_return_val_if_fail (pricing != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_limit (_("The per-incident fee limit"), pricing->incident_max, error) ||
      !check_limit (_("The monthly package price"), pricing->package_month_price, error) ||
      !check_limit (_("The package overage price"), pricing->package_default_overage, error) ||
      !check_limit (_("The project fee limit"), pricing->project_max, error) ||
      !check_limit (_("The advanced data-analysis minimum"), pricing->advanced_min, error))
    return FALSE;

  if (pricing->package_max_months < 1 || pricing->package_max_months > LONGEST_PACKAGE_MONTHS)
    REFUSE (_("The longest monthly package must be between 1 and %u months (set to %u)"),
            (guint) LONGEST_PACKAGE_MONTHS, pricing->package_max_months);

  if (pricing->package_default_quota < 1)
    REFUSE ("%s", _("The default package quota must be at least 1 incident a month"));

  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Quotes */

/* Signs and the overall ceiling, whatever the service. */
static gboolean
check_amounts (const char          *label,
               const StewardQuote  *quote,
               GError             **error)
{
  g_auto(Amounts) m = { NULL, NULL };

  if (quote->fee < 0)
    {
      amounts_set (&m, quote->fee, 0);
      REFUSE (_("%s: a fee cannot be negative (quoted %s)"), label, m.a);
    }
  if (quote->surcharge < 0)
    {
      amounts_set (&m, quote->surcharge, 0);
      REFUSE (_("%s: a surcharge cannot be negative (quoted %s)"), label, m.a);
    }
  /* Each part is checked alone first so that the sum cannot overflow. */
  if (quote->fee > STEWARD_MONEY_MAX || quote->surcharge > STEWARD_MONEY_MAX ||
      quote->fee + quote->surcharge > STEWARD_MONEY_MAX)
    {
      amounts_set (&m, STEWARD_MONEY_MAX, MAX (quote->fee, quote->surcharge));
      REFUSE (_("%s: a quote cannot be more than %s (quoted %s)"), label, m.a, m.b);
    }

  return TRUE;
}

/* Emergencies, surcharges and packages belong to technical support only. */
static gboolean
check_support_only_flags (const char          *label,
                          const StewardQuote  *quote,
                          GError             **error)
{
  g_autofree char *surcharge = NULL;

  if (steward_service_is_support (quote->service))
    return TRUE;

  if (quote->emergency)
    REFUSE (_("%s: only technical-support incidents can be after-hours emergencies"), label);
  if (quote->package_incident)
    REFUSE (_("%s: only technical-support incidents can be covered by a monthly package"), label);
  if (quote->surcharge != 0)
    {
      surcharge = steward_money_format (quote->surcharge);
      REFUSE (_("%s: only an after-hours emergency technical-support incident carries a surcharge (quoted %s)"),
              label, surcharge);
    }

  return TRUE;
}

/* Complexity and tier decide the delivery deadline and the price rule: they come first. */
static gboolean
check_classification (const char          *label,
                      const StewardQuote  *quote,
                      GError             **error)
{
  if (steward_service_is_solution (quote->service) &&
      quote->complexity != STEWARD_COMPLEXITY_SIMPLE &&
      quote->complexity != STEWARD_COMPLEXITY_COMPLEX)
    REFUSE (_("%s: mark the project as simple or complex before quoting it"), label);

  if (steward_service_is_analysis (quote->service) &&
      quote->tier != STEWARD_TIER_BASIC &&
      quote->tier != STEWARD_TIER_ADVANCED)
    REFUSE (_("%s: choose the basic or the advanced tier before quoting"), label);

  return TRUE;
}

static gboolean
check_remedy (const char          *label,
              const StewardQuote  *quote,
              GError             **error)
{
  g_auto(Amounts) m = { NULL, NULL };

  amounts_set (&m, 0, quote->fee);
  if (quote->fee != 0)
    REFUSE (_("%s: a free re-service created as a complaint remedy costs %s (quoted %s)"),
            label, m.a, m.b);

  amounts_set (&m, quote->surcharge, 0);
  if (quote->surcharge != 0)
    REFUSE (_("%s: a free re-service created as a complaint remedy carries no surcharge (quoted %s)"),
            label, m.a);

  return TRUE;
}

static gboolean
check_surcharge (const char          *label,
                 const StewardQuote  *quote,
                 GError             **error)
{
  g_auto(Amounts) m = { NULL, NULL };

  amounts_set (&m, 0, quote->surcharge);
  if (quote->emergency && quote->surcharge == 0)
    REFUSE (_("%s: an after-hours emergency incident needs a surcharge of more than %s"),
            label, m.a);
  if (!quote->emergency && quote->surcharge != 0)
    REFUSE (_("%s: only an after-hours emergency technical-support incident carries a surcharge (quoted %s)"),
            label, m.b);

  return TRUE;
}

static gboolean
check_incident (const char            *label,
                const StewardPricing  *pricing,
                const StewardQuote    *quote,
                GError               **error)
{
  g_auto(Amounts) m = { NULL, NULL };

  if (quote->package_incident)
    {
      amounts_set (&m, 0, quote->fee);
      if (quote->fee != 0)
        REFUSE (_("%s: an incident covered by a monthly package costs %s on the request (quoted %s); incidents beyond the quota are billed on the month-end statement"),
                label, m.a, m.b);
    }
  else
    {
      amounts_set (&m, 0, quote->fee);
      if (quote->fee == 0)
        REFUSE (_("%s: a technical-support incident costs more than %s; a fee of 0 is only for package-covered incidents, basic data analysis and complaint re-services"),
                label, m.a);

      amounts_set (&m, pricing->incident_max, quote->fee);
      if (quote->fee > pricing->incident_max)
        REFUSE (_("%s: a technical-support incident costs at most %s (quoted %s)"), label, m.a, m.b);
    }

  return check_surcharge (label, quote, error);
}

static gboolean
check_project (const char            *label,
               const StewardPricing  *pricing,
               const StewardQuote    *quote,
               GError               **error)
{
  g_auto(Amounts) m = { NULL, NULL };

  amounts_set (&m, 0, quote->fee);
  if (quote->fee == 0)
    REFUSE (_("%s: a project costs more than %s; a fee of 0 is only for package-covered incidents, basic data analysis and complaint re-services"),
            label, m.a);

  amounts_set (&m, pricing->project_max, quote->fee);
  if (quote->fee > pricing->project_max)
    REFUSE (_("%s: a project costs at most %s (quoted %s)"), label, m.a, m.b);

  return TRUE;
}

static gboolean
check_analysis (const char            *label,
                const StewardPricing  *pricing,
                const StewardQuote    *quote,
                GError               **error)
{
  g_auto(Amounts) m = { NULL, NULL };

  if (quote->tier == STEWARD_TIER_BASIC)
    {
      amounts_set (&m, 0, quote->fee);
      if (quote->fee != 0)
        REFUSE (_("%s: basic work is free and costs exactly %s (quoted %s)"), label, m.a, m.b);
    }
  else
    {
      amounts_set (&m, pricing->advanced_min, quote->fee);
      if (quote->fee < pricing->advanced_min)
        REFUSE (_("%s: advanced work costs at least %s per set (quoted %s)"), label, m.a, m.b);
    }

  return TRUE;
}

gboolean
steward_pricing_check_quote (const StewardPricing  *pricing,
                             const StewardQuote    *quote,
                             GError               **error)
{
  const char *label;

  g_return_val_if_fail (pricing != NULL, FALSE);
  g_return_val_if_fail (quote != NULL, FALSE);
  g_return_val_if_fail (steward_enum_code (STEWARD_TYPE_SERVICE, quote->service) != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  label = steward_enum_label (STEWARD_TYPE_SERVICE, quote->service);

  if (!check_amounts (label, quote, error) ||
      !check_support_only_flags (label, quote, error) ||
      !check_classification (label, quote, error))
    return FALSE;

  /* A re-service owed after a complaint is free whatever the service, surcharge included. */
  if (quote->remedy)
    return check_remedy (label, quote, error);

  switch (steward_service_get_category (quote->service))
    {
    case STEWARD_CATEGORY_SUPPORT:
      return check_incident (label, pricing, quote, error);
    case STEWARD_CATEGORY_SOLUTION:
      return check_project (label, pricing, quote, error);
    case STEWARD_CATEGORY_ANALYSIS:
    default:
      return check_analysis (label, pricing, quote, error);
    }
}

gint64
steward_quote_total (const StewardQuote *quote)
{
  g_return_val_if_fail (quote != NULL, 0);

  return quote->fee + quote->surcharge;
}

gint64
steward_deposit_for_total (gint64 total_fen)
{
  g_return_val_if_fail (total_fen >= 0, 0);

  /* Half-up: an odd fen goes to the deposit (20001 → 10001). Written without + 1 so that the
   * largest gint64 cannot overflow. */
  return total_fen / 2 + total_fen % 2;
}

/* ------------------------------------------------------------------------------------------ */
/* Monthly packages */

gboolean
steward_pricing_check_package (const StewardPricing  *pricing,
                               guint                  months,
                               guint                  quota,
                               gint64                 overage,
                               GError               **error)
{
  g_auto(Amounts) m = { NULL, NULL };

  g_return_val_if_fail (pricing != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (months < 1 || months > pricing->package_max_months)
    REFUSE (g_dngettext (GETTEXT_PACKAGE,
                         "A monthly package is bought for 1 to %u month (asked for %u)",
                         "A monthly package is bought for 1 to %u months (asked for %u)",
                         pricing->package_max_months),
            pricing->package_max_months, months);

  if (quota < 1)
    REFUSE ("%s", _("A monthly package needs a quota of at least 1 incident a month"));

  amounts_set (&m, 0, overage);
  if (overage <= 0)
    REFUSE (_("The overage price of a monthly package must be more than %s (set to %s)"),
            m.a, m.b);

  amounts_set (&m, STEWARD_MONEY_MAX, overage);
  if (overage > STEWARD_MONEY_MAX)
    REFUSE (_("The overage price of a monthly package cannot be more than %s (set to %s)"),
            m.a, m.b);

  return TRUE;
}
