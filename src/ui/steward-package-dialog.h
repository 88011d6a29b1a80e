/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-pricing.h"
#include "steward-store.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PACKAGE_DIALOG (steward_package_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StewardPackageDialog, steward_package_dialog, STEWARD, PACKAGE_DIALOG, AdwWindow)

/* Sells a monthly support package to client @client_id at @now: first month (this month or one
 * of the next eleven), 1 to the pricing's maximum months, the monthly quota and overage price
 * (defaults from @pricing), and the prepayment's method and reference. "dialog.save" checks
 * it with steward_monthly_package_purchase() and stores it with the prepayment; a refusal stays
 * in the dialog; on success it emits "saved" and closes. */
StewardPackageDialog *steward_package_dialog_new        (StewardStore         *store,
                                                         const StewardPricing *pricing,
                                                         gint64                client_id,
                                                         const char           *client_name,
                                                         gint64                now,
                                                         GTimeZone            *tz);
void                  steward_package_dialog_set_months (StewardPackageDialog *self,
                                                         guint                 months);
const char           *steward_package_dialog_get_error  (StewardPackageDialog *self);

G_END_DECLS
