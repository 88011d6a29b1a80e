/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-monthly-package.h"
#include "steward-store.h"

G_BEGIN_DECLS

/* Monthly support packages of the clients (SPEC §3, §4), stored in monthly_packages; the
 * prepayment is a payment line of the package. */

/* Buys @package (id 0, as from steward_monthly_package_purchase()): the package row and the
 * prepayment of its total price received at its purchase instant by @method with @reference,
 * in one transaction. On success the package has its id. */
gboolean                 steward_store_packages_purchase         (StewardStore           *store,
                                                                  StewardMonthlyPackage  *package,
                                                                  StewardPaymentMethod    method,
                                                                  const char             *reference,
                                                                  GError                **error);
/* Inserts (id 0) or updates a package row without any payment (e.g. a corrected note or
 * quota). NOT_FOUND for an unknown id. */
gboolean                 steward_store_packages_save             (StewardStore           *store,
                                                                  StewardMonthlyPackage  *package,
                                                                  GError                **error);
StewardMonthlyPackage   *steward_store_packages_load             (StewardStore           *store,
                                                                  gint64                  id,
                                                                  GError                **error);
/* The client's packages, by start month then id. */
GPtrArray               *steward_store_packages_list_for_client  (StewardStore           *store,
                                                                  gint64                  client_id,
                                                                  GError                **error);
/* The incidents (StewardPackageIncident) drawn on package @id and submitted in the calendar
 * month @year-@month in @tz (local when NULL), cancelled ones included and flagged, in the
 * order of submission: what steward_monthly_package_statement() needs. */
GArray                  *steward_store_packages_list_incidents   (StewardStore           *store,
                                                                  gint64                  id,
                                                                  int                     year,
                                                                  int                     month,
                                                                  GTimeZone              *tz,
                                                                  GError                **error);
/* The month-end statement of package @id for @year-@month, from the stored incidents. */
StewardPackageStatement *steward_store_packages_statement        (StewardStore           *store,
                                                                  gint64                  id,
                                                                  int                     year,
                                                                  int                     month,
                                                                  GTimeZone              *tz,
                                                                  GError                **error);

G_END_DECLS
