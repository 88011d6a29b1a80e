/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_DASHBOARD_PAGE (steward_dashboard_page_get_type ())
G_DECLARE_FINAL_TYPE (StewardDashboardPage, steward_dashboard_page, STEWARD, DASHBOARD_PAGE, AdwBin)

/* The Dashboard: this month's counts, deadlines breached or due soon (with the business time
 * left), complaints near their limits, today's and tomorrow's trainings and unpaid balances.
 * Each row opens its item through win.open. It reads the store after the first frame and on
 * the application's "data-changed". */
GtkWidget *steward_dashboard_page_new    (void);

/* Starts reading everything again now (tests; the page itself waits for an idle moment). The
 * read runs in a worker thread; "loading" is TRUE until its rows are shown. */
void       steward_dashboard_page_reload      (StewardDashboardPage *self);
gboolean   steward_dashboard_page_get_loading (StewardDashboardPage *self);

G_END_DECLS
