/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-desk.h"
#include "steward-store.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PACKAGES_PAGE (steward_packages_page_get_type ())
G_DECLARE_FINAL_TYPE (StewardPackagesPage, steward_packages_page, STEWARD, PACKAGES_PAGE, AdwBin)

/* The Monthly Packages page: the clients on the left; on the right the chosen client's packages
 * (months, price, quota, overage price), this month's usage with a progress bar, and the
 * month-end statement of any package month, exported as CSV. "page.new" sells a package to the
 * chosen client. Inside a window of a StewardApplication it uses the application's store. */
GtkWidget *steward_packages_page_new            (void);
void       steward_packages_page_set_store      (StewardPackagesPage *self,
                                                 StewardStore        *store,
                                                 StewardDesk         *desk);
void       steward_packages_page_show_client    (StewardPackagesPage *self,
                                                 gint64               client_id);
guint      steward_packages_page_get_n_packages (StewardPackagesPage *self);
/* The clock "this month" is read from, for tests (STEWARD_TIME_NONE: the real one). */
void       steward_packages_page_set_time       (StewardPackagesPage *self,
                                                 gint64               now);

G_END_DECLS
