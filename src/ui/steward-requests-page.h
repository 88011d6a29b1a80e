/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_REQUESTS_PAGE (steward_requests_page_get_type ())
G_DECLARE_FINAL_TYPE (StewardRequestsPage, steward_requests_page, STEWARD, REQUESTS_PAGE, AdwBin)

GtkWidget *steward_requests_page_new (void);

G_END_DECLS
