/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_PACKAGES_PAGE (steward_packages_page_get_type ())
G_DECLARE_FINAL_TYPE (StewardPackagesPage, steward_packages_page, STEWARD, PACKAGES_PAGE, AdwBin)

GtkWidget *steward_packages_page_new (void);

G_END_DECLS
