/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_REPORTS_PAGE (steward_reports_page_get_type ())
G_DECLARE_FINAL_TYPE (StewardReportsPage, steward_reports_page, STEWARD, REPORTS_PAGE, AdwBin)

GtkWidget *steward_reports_page_new (void);

G_END_DECLS
