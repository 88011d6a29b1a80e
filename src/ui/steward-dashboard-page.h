/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_DASHBOARD_PAGE (steward_dashboard_page_get_type ())
G_DECLARE_FINAL_TYPE (StewardDashboardPage, steward_dashboard_page, STEWARD, DASHBOARD_PAGE, AdwBin)

GtkWidget *steward_dashboard_page_new (void);

G_END_DECLS
