/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-types.h"
#include "steward-pricing.h"

G_BEGIN_DECLS

/* A support incident as the month-end statement sees it. */
typedef struct {
  gint64   request_id;
  gint64   submitted_at;  /* instant; STEWARD_TIME_NONE is ignored */
  gboolean cancelled;     /* a cancelled incident gives its place in the quota back */
  StewardService service; /* advisor or remote; shown on the statement */
} StewardPackageIncident;

/* One used incident on a statement, in the order of submission. */
typedef struct {
  gint64   request_id;
  gint64   submitted_at;
  gboolean covered;       /* inside the quota; FALSE: overage */
  gint64   charge;        /* 0 when covered, the package's overage price otherwise */
  StewardService service; /* as recorded on the incident */
} StewardPackageStatementLine;

/* The month-end statement of one package month (SPEC §4). */
typedef struct {
  int      year;
  int      month;             /* 1–12 */
  gboolean in_package;        /* FALSE: the package does not cover this month; all counts are 0 */
  guint    quota;             /* incidents included this month */
  guint    used;              /* non-cancelled incidents submitted this month */
  guint    covered;           /* MIN (used, quota) */
  guint    overage;           /* used beyond the quota */
  guint    cancelled;         /* cancelled incidents of this month (not counted in used) */
  gint64   overage_price;     /* fen per overage incident */
  gint64   overage_charge;    /* overage × overage_price, billed on this statement */
  guint    n_lines;           /* == used */
  StewardPackageStatementLine *lines;
  gint64   package_price;     /* the package's price for this month, prepaid at purchase; 0 outside it */
} StewardPackageStatement;

#define STEWARD_TYPE_PACKAGE_STATEMENT (steward_package_statement_get_type ())

GType                    steward_package_statement_get_type (void) G_GNUC_CONST;
StewardPackageStatement *steward_package_statement_copy     (const StewardPackageStatement *statement);
void                     steward_package_statement_free     (StewardPackageStatement       *statement);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardPackageStatement, steward_package_statement_free)

#define STEWARD_TYPE_MONTHLY_PACKAGE (steward_monthly_package_get_type ())

G_DECLARE_FINAL_TYPE (StewardMonthlyPackage, steward_monthly_package, STEWARD, MONTHLY_PACKAGE, GObject)

/* An empty package (for loading from storage): start 2000-01, 1 month, the default price,
 * quota and overage of steward_pricing_init_defaults(). */
StewardMonthlyPackage *steward_monthly_package_new      (void);
/* A new purchase at @purchased_at, priced with @pricing's price per month. Refused
 * (STEWARD_ERROR_RULE) when steward_pricing_check_package() refuses the months, quota or
 * overage, or (STEWARD_ERROR_INVALID) when @start_month is not 1–12 or @start_year not 1–9999. */
StewardMonthlyPackage *steward_monthly_package_purchase (const StewardPricing *pricing,
                                                         gint64               client_id,
                                                         int                  start_year,
                                                         int                  start_month,
                                                         guint                months,
                                                         guint                quota,
                                                         gint64               overage_price,
                                                         gint64               purchased_at,
                                                         GError             **error);

gint64      steward_monthly_package_get_id              (StewardMonthlyPackage *self);
void        steward_monthly_package_set_id              (StewardMonthlyPackage *self,
                                                         gint64                 id);
gint64      steward_monthly_package_get_client_id       (StewardMonthlyPackage *self);
void        steward_monthly_package_set_client_id       (StewardMonthlyPackage *self,
                                                         gint64                 client_id);
int         steward_monthly_package_get_start_year      (StewardMonthlyPackage *self);
void        steward_monthly_package_set_start_year      (StewardMonthlyPackage *self,
                                                         int                    start_year);
int         steward_monthly_package_get_start_month     (StewardMonthlyPackage *self);
void        steward_monthly_package_set_start_month     (StewardMonthlyPackage *self,
                                                         int                    start_month);
guint       steward_monthly_package_get_months          (StewardMonthlyPackage *self);
void        steward_monthly_package_set_months          (StewardMonthlyPackage *self,
                                                         guint                  months);
gint64      steward_monthly_package_get_price_per_month (StewardMonthlyPackage *self);
void        steward_monthly_package_set_price_per_month (StewardMonthlyPackage *self,
                                                         gint64                 price);
guint       steward_monthly_package_get_quota           (StewardMonthlyPackage *self);
void        steward_monthly_package_set_quota           (StewardMonthlyPackage *self,
                                                         guint                  quota);
gint64      steward_monthly_package_get_overage_price   (StewardMonthlyPackage *self);
void        steward_monthly_package_set_overage_price   (StewardMonthlyPackage *self,
                                                         gint64                 price);
gint64      steward_monthly_package_get_purchased_at    (StewardMonthlyPackage *self);
void        steward_monthly_package_set_purchased_at    (StewardMonthlyPackage *self,
                                                         gint64                 purchased_at);
const char *steward_monthly_package_get_note            (StewardMonthlyPackage *self);
char       *steward_monthly_package_dup_note            (StewardMonthlyPackage *self);
void        steward_monthly_package_set_note            (StewardMonthlyPackage *self,
                                                         const char            *note);

/* months × price per month: what the client prepays. */
gint64      steward_monthly_package_get_total_price     (StewardMonthlyPackage *self);
/* The last calendar month covered (2026-03 for 12 months from 2025-04). */
void        steward_monthly_package_get_end_month       (StewardMonthlyPackage *self,
                                                         int                   *year,
                                                         int                   *month);
gboolean    steward_monthly_package_covers_month        (StewardMonthlyPackage *self,
                                                         int                    year,
                                                         int                    month);
/* Whether an incident submitted at @instant falls in a package month; the month is the
 * calendar month of @instant in @tz (local when NULL). */
gboolean    steward_monthly_package_covers_instant      (StewardMonthlyPackage *self,
                                                         gint64                 instant,
                                                         GTimeZone             *tz);
/* How many incidents the package still includes in the month of @instant, given the
 * incidents already recorded (0 when the month is not covered or the quota is used up). */
guint       steward_monthly_package_quota_left          (StewardMonthlyPackage        *self,
                                                         gint64                        instant,
                                                         const StewardPackageIncident *incidents,
                                                         guint                         n_incidents,
                                                         GTimeZone                    *tz);

/* The statement of calendar month @year-@month: the first `quota` non-cancelled incidents
 * submitted in that month (by submission time in @tz, local when NULL) are covered, the rest
 * are overage at the package's overage price. Incidents of other months are ignored; unused
 * quota does not roll over. A month outside the package gives a statement with in_package
 * FALSE and no lines. */
StewardPackageStatement *steward_monthly_package_statement (StewardMonthlyPackage        *self,
                                                            int                           year,
                                                            int                           month,
                                                            const StewardPackageIncident *incidents,
                                                            guint                         n_incidents,
                                                            GTimeZone                    *tz);

G_END_DECLS
