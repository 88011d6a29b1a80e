/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-monthly-package"

#include "config.h"

#include "steward-monthly-package.h"

#include <glib/gi18n-lib.h>

#include "steward-error.h"
#include "steward-money.h"
#include "steward-time.h"

#define MAX_MONTHS 12
#define MIN_YEAR   1
#define MAX_YEAR   9999

struct _StewardMonthlyPackage
{
  GObject parent_instance;

  gint64  id;
  gint64  client_id;
  int     start_year;
  int     start_month;
  guint   months;
  gint64  price_per_month;
  guint   quota;
  gint64  overage_price;
  gint64  purchased_at;
  char   *note;
};

G_DEFINE_FINAL_TYPE (StewardMonthlyPackage, steward_monthly_package, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CLIENT_ID,
  PROP_START_YEAR,
  PROP_START_MONTH,
  PROP_MONTHS,
  PROP_PRICE_PER_MONTH,
  PROP_QUOTA,
  PROP_OVERAGE_PRICE,
  PROP_PURCHASED_AT,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
steward_monthly_package_finalize (GObject *object)
{
  StewardMonthlyPackage *self = (StewardMonthlyPackage *) object;

  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (steward_monthly_package_parent_class)->finalize (object);
}

static void
steward_monthly_package_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  StewardMonthlyPackage *self = STEWARD_MONTHLY_PACKAGE (object);

  switch (prop_id)
    {
    case PROP_ID:              g_value_set_int64 (value, self->id); break;
    case PROP_CLIENT_ID:       g_value_set_int64 (value, self->client_id); break;
    case PROP_START_YEAR:      g_value_set_int (value, self->start_year); break;
    case PROP_START_MONTH:     g_value_set_int (value, self->start_month); break;
    case PROP_MONTHS:          g_value_set_uint (value, self->months); break;
    case PROP_PRICE_PER_MONTH: g_value_set_int64 (value, self->price_per_month); break;
    case PROP_QUOTA:           g_value_set_uint (value, self->quota); break;
    case PROP_OVERAGE_PRICE:   g_value_set_int64 (value, self->overage_price); break;
    case PROP_PURCHASED_AT:    g_value_set_int64 (value, self->purchased_at); break;
    case PROP_NOTE:            g_value_set_string (value, self->note); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_monthly_package_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  StewardMonthlyPackage *self = STEWARD_MONTHLY_PACKAGE (object);

  switch (prop_id)
    {
    case PROP_ID:              steward_monthly_package_set_id (self, g_value_get_int64 (value)); break;
    case PROP_CLIENT_ID:       steward_monthly_package_set_client_id (self, g_value_get_int64 (value)); break;
    case PROP_START_YEAR:      steward_monthly_package_set_start_year (self, g_value_get_int (value)); break;
    case PROP_START_MONTH:     steward_monthly_package_set_start_month (self, g_value_get_int (value)); break;
    case PROP_MONTHS:          steward_monthly_package_set_months (self, g_value_get_uint (value)); break;
    case PROP_PRICE_PER_MONTH: steward_monthly_package_set_price_per_month (self, g_value_get_int64 (value)); break;
    case PROP_QUOTA:           steward_monthly_package_set_quota (self, g_value_get_uint (value)); break;
    case PROP_OVERAGE_PRICE:   steward_monthly_package_set_overage_price (self, g_value_get_int64 (value)); break;
    case PROP_PURCHASED_AT:    steward_monthly_package_set_purchased_at (self, g_value_get_int64 (value)); break;
    case PROP_NOTE:            steward_monthly_package_set_note (self, g_value_get_string (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_monthly_package_class_init (StewardMonthlyPackageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = steward_monthly_package_finalize;
  object_class->get_property = steward_monthly_package_get_property;
  object_class->set_property = steward_monthly_package_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CLIENT_ID] =
    g_param_spec_int64 ("client-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_START_YEAR] =
    g_param_spec_int ("start-year", NULL, NULL, MIN_YEAR, MAX_YEAR, 2000, flags);
  properties[PROP_START_MONTH] =
    g_param_spec_int ("start-month", NULL, NULL, 1, 12, 1, flags);
  properties[PROP_MONTHS] =
    g_param_spec_uint ("months", NULL, NULL, 1, MAX_MONTHS, 1, flags);
  properties[PROP_PRICE_PER_MONTH] =
    g_param_spec_int64 ("price-per-month", NULL, NULL, 0, STEWARD_MONEY_MAX, 100000, flags);
  properties[PROP_QUOTA] =
    g_param_spec_uint ("quota", NULL, NULL, 1, G_MAXUINT, 10, flags);
  properties[PROP_OVERAGE_PRICE] =
    g_param_spec_int64 ("overage-price", NULL, NULL, 1, STEWARD_MONEY_MAX, 20000, flags);
  properties[PROP_PURCHASED_AT] =
    g_param_spec_int64 ("purchased-at", NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE, flags);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_monthly_package_init (StewardMonthlyPackage *self)
{
  StewardPricing defaults;

  steward_pricing_init_defaults (&defaults);

  self->start_year = 2000;
  self->start_month = 1;
  self->months = 1;
  self->price_per_month = defaults.package_month_price;
  self->quota = defaults.package_default_quota;
  self->overage_price = defaults.package_default_overage;
  self->purchased_at = STEWARD_TIME_NONE;
}

StewardMonthlyPackage *
steward_monthly_package_new (void)
{
  return g_object_new (STEWARD_TYPE_MONTHLY_PACKAGE, NULL);
}

StewardMonthlyPackage *
steward_monthly_package_purchase (const StewardPricing  *pricing,
                                  gint64                 client_id,
                                  int                    start_year,
                                  int                    start_month,
                                  guint                  months,
                                  guint                  quota,
                                  gint64                 overage_price,
                                  gint64                 purchased_at,
                                  GError               **error)
{
  g_return_val_if_fail (pricing != NULL, NULL);
  g_return_val_if_fail (client_id >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (start_year < MIN_YEAR || start_year > MAX_YEAR || start_month < 1 || start_month > 12)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("A monthly package starts in a calendar month: %d-%02d is not one"),
                   start_year, start_month);
      return NULL;
    }

  if (!steward_pricing_check_package (pricing, months, quota, overage_price, error))
    return NULL;

  return g_object_new (STEWARD_TYPE_MONTHLY_PACKAGE,
                       "client-id", client_id,
                       "start-year", start_year,
                       "start-month", start_month,
                       "months", months,
                       "price-per-month", pricing->package_month_price,
                       "quota", quota,
                       "overage-price", overage_price,
                       "purchased-at", purchased_at,
                       NULL);
}

/* ------------------------------------------------------------------------------------------ */
/* Properties */

#define DEFINE_SETTER(field, Type, PROP, check)                                       \
  void                                                                                \
  steward_monthly_package_set_##field (StewardMonthlyPackage *self,                   \
                                       Type                   field)                  \
  {                                                                                   \
    g_return_if_fail (STEWARD_IS_MONTHLY_PACKAGE (self));                             \
    g_return_if_fail (check);                                                         \
                                                                                      \
    if (self->field == field)                                                         \
      return;                                                                         \
    self->field = field;                                                              \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);                     \
  }                                                                                   \
                                                                                      \
  Type                                                                                \
  steward_monthly_package_get_##field (StewardMonthlyPackage *self)                   \
  {                                                                                   \
    g_return_val_if_fail (STEWARD_IS_MONTHLY_PACKAGE (self), 0);                      \
    return self->field;                                                               \
  }

DEFINE_SETTER (id, gint64, PROP_ID, id >= 0)
DEFINE_SETTER (client_id, gint64, PROP_CLIENT_ID, client_id >= 0)
DEFINE_SETTER (start_year, int, PROP_START_YEAR, start_year >= MIN_YEAR && start_year <= MAX_YEAR)
DEFINE_SETTER (start_month, int, PROP_START_MONTH, start_month >= 1 && start_month <= 12)
DEFINE_SETTER (months, guint, PROP_MONTHS, months >= 1 && months <= MAX_MONTHS)
DEFINE_SETTER (price_per_month, gint64, PROP_PRICE_PER_MONTH,
               price_per_month >= 0 && price_per_month <= STEWARD_MONEY_MAX)
DEFINE_SETTER (quota, guint, PROP_QUOTA, quota >= 1)
DEFINE_SETTER (overage_price, gint64, PROP_OVERAGE_PRICE,
               overage_price > 0 && overage_price <= STEWARD_MONEY_MAX)
DEFINE_SETTER (purchased_at, gint64, PROP_PURCHASED_AT, TRUE)

const char *
steward_monthly_package_get_note (StewardMonthlyPackage *self)
{
  g_return_val_if_fail (STEWARD_IS_MONTHLY_PACKAGE (self), NULL);

  return self->note;
}

char *
steward_monthly_package_dup_note (StewardMonthlyPackage *self)
{
  g_return_val_if_fail (STEWARD_IS_MONTHLY_PACKAGE (self), NULL);

  return g_strdup (self->note);
}

void
steward_monthly_package_set_note (StewardMonthlyPackage *self,
                                  const char            *note)
{
  g_return_if_fail (STEWARD_IS_MONTHLY_PACKAGE (self));

  if (g_strcmp0 (self->note, note) == 0)
    return;

  g_free (self->note);
  self->note = g_strdup (note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

/* ------------------------------------------------------------------------------------------ */
/* Months */

/* Months counted from year 0, so that consecutive calendar months are consecutive numbers. */
static gint64
month_index (int year,
             int month)
{
  return (gint64) year * 12 + (month - 1);
}

gint64
steward_monthly_package_get_total_price (StewardMonthlyPackage *self)
{
  g_return_val_if_fail (STEWARD_IS_MONTHLY_PACKAGE (self), 0);

  return (gint64) self->months * self->price_per_month;
}

void
steward_monthly_package_get_end_month (StewardMonthlyPackage *self,
                                       int                   *year,
                                       int                   *month)
{
  gint64 last;

  g_return_if_fail (STEWARD_IS_MONTHLY_PACKAGE (self));

  last = month_index (self->start_year, self->start_month) + self->months - 1;
  if (year != NULL)
    *year = (int) (last / 12);
  if (month != NULL)
    *month = (int) (last % 12) + 1;
}

gboolean
steward_monthly_package_covers_month (StewardMonthlyPackage *self,
                                      int                    year,
                                      int                    month)
{
  gint64 offset;

  g_return_val_if_fail (STEWARD_IS_MONTHLY_PACKAGE (self), FALSE);
  g_return_val_if_fail (month >= 1 && month <= 12, FALSE);

  offset = month_index (year, month) - month_index (self->start_year, self->start_month);
  return offset >= 0 && offset < self->months;
}

gboolean
steward_monthly_package_covers_instant (StewardMonthlyPackage *self,
                                        gint64                 instant,
                                        GTimeZone             *tz)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (STEWARD_IS_MONTHLY_PACKAGE (self), FALSE);

  if (instant == STEWARD_TIME_NONE)
    return FALSE;

  local = steward_time_to_date_time (instant, tz);
  return steward_monthly_package_covers_month (self,
                                               g_date_time_get_year (local),
                                               g_date_time_get_month (local));
}

guint
steward_monthly_package_quota_left (StewardMonthlyPackage        *self,
                                    gint64                        instant,
                                    const StewardPackageIncident *incidents,
                                    guint                         n_incidents,
                                    GTimeZone                    *tz)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(StewardPackageStatement) statement = NULL;

  g_return_val_if_fail (STEWARD_IS_MONTHLY_PACKAGE (self), 0);
  g_return_val_if_fail (incidents != NULL || n_incidents == 0, 0);

  if (instant == STEWARD_TIME_NONE)
    return 0;

  local = steward_time_to_date_time (instant, tz);
  statement = steward_monthly_package_statement (self,
                                                 g_date_time_get_year (local),
                                                 g_date_time_get_month (local),
                                                 incidents, n_incidents, tz);
  return statement->quota - statement->covered;
}

/* ------------------------------------------------------------------------------------------ */
/* Month-end statement */

G_DEFINE_BOXED_TYPE (StewardPackageStatement, steward_package_statement,
                     steward_package_statement_copy, steward_package_statement_free)

StewardPackageStatement *
steward_package_statement_copy (const StewardPackageStatement *statement)
{
  StewardPackageStatement *copy;

  g_return_val_if_fail (statement != NULL, NULL);

  copy = g_memdup2 (statement, sizeof *statement);
  copy->lines = g_memdup2 (statement->lines, sizeof *statement->lines * statement->n_lines);
  return copy;
}

void
steward_package_statement_free (StewardPackageStatement *statement)
{
  if (statement == NULL)
    return;

  g_free (statement->lines);
  g_free (statement);
}

/* The first instant of @year-@month in @tz. Statements compare instants with the bounds of
 * the month rather than converting every incident to a local date. */
static gint64
month_start (GTimeZone *tz,
             int        year,
             int        month)
{
  g_autoptr(GDateTime) start = g_date_time_new (tz, year, month, 1, 0, 0, 0);

  /* Only the month after 9999-12 is out of GDateTime's range: it never ends. */
  return start != NULL ? g_date_time_to_unix (start) : G_MAXINT64;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const StewardPackageStatementLine *la = a;
  const StewardPackageStatementLine *lb = b;

  if (la->submitted_at != lb->submitted_at)
    return la->submitted_at < lb->submitted_at ? -1 : 1;
  /* Two incidents in the same second: the one recorded first (lower id) takes the quota. */
  if (la->request_id != lb->request_id)
    return la->request_id < lb->request_id ? -1 : 1;
  return 0;
}

/* Collects the month's non-cancelled incidents, in order of submission. */
static GArray *
collect_lines (StewardPackageStatement      *statement,
               const StewardPackageIncident *incidents,
               guint                         n_incidents,
               gint64                        from,
               gint64                        until)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (StewardPackageStatementLine));

  for (guint i = 0; i < n_incidents; i++)
    {
      const StewardPackageIncident *incident = &incidents[i];
      StewardPackageStatementLine line = { 0, };

      if (incident->submitted_at == STEWARD_TIME_NONE ||
          incident->submitted_at < from || incident->submitted_at >= until)
        continue;

      /* A cancelled incident gives its place in the quota back. */
      if (incident->cancelled)
        {
          statement->cancelled++;
          continue;
        }

      line.request_id = incident->request_id;
      line.submitted_at = incident->submitted_at;
      line.service = incident->service;
      g_array_append_val (lines, line);
    }

  g_array_sort (lines, compare_lines);
  return lines;
}

StewardPackageStatement *
steward_monthly_package_statement (StewardMonthlyPackage        *self,
                                   int                           year,
                                   int                           month,
                                   const StewardPackageIncident *incidents,
                                   guint                         n_incidents,
                                   GTimeZone                    *tz)
{
  g_autoptr(GTimeZone) zone = NULL;
  StewardPackageStatement *statement;
  GArray *lines;

  g_return_val_if_fail (STEWARD_IS_MONTHLY_PACKAGE (self), NULL);
  g_return_val_if_fail (year >= MIN_YEAR && year <= MAX_YEAR, NULL);
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);
  g_return_val_if_fail (incidents != NULL || n_incidents == 0, NULL);

  statement = g_new0 (StewardPackageStatement, 1);
  statement->year = year;
  statement->month = month;
  statement->overage_price = self->overage_price;

  if (!steward_monthly_package_covers_month (self, year, month))
    return statement;

  zone = tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_local ();
  lines = collect_lines (statement, incidents, n_incidents,
                         month_start (zone, year, month),
                         month == 12 ? month_start (zone, year + 1, 1)
                                     : month_start (zone, year, month + 1));

  statement->in_package = TRUE;
  statement->quota = self->quota;
  statement->package_price = self->price_per_month;
  statement->used = lines->len;

  for (guint i = 0; i < lines->len; i++)
    {
      StewardPackageStatementLine *line = &g_array_index (lines, StewardPackageStatementLine, i);

      line->covered = i < self->quota;
      line->charge = line->covered ? 0 : self->overage_price;
      if (line->covered)
        statement->covered++;
      else
        statement->overage++;
    }

  statement->overage_charge = (gint64) statement->overage * self->overage_price;
  statement->n_lines = lines->len;
  statement->lines = (StewardPackageStatementLine *) (gpointer) g_array_free (lines, FALSE);
  return statement;
}
