/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_TRAINING_PAGE (steward_training_page_get_type ())
G_DECLARE_FINAL_TYPE (StewardTrainingPage, steward_training_page, STEWARD, TRAINING_PAGE, AdwBin)

GtkWidget *steward_training_page_new (void);

G_END_DECLS
