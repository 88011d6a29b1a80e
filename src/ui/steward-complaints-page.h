/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_COMPLAINTS_PAGE (steward_complaints_page_get_type ())
G_DECLARE_FINAL_TYPE (StewardComplaintsPage, steward_complaints_page, STEWARD, COMPLAINTS_PAGE, AdwBin)

GtkWidget *steward_complaints_page_new (void);

G_END_DECLS
