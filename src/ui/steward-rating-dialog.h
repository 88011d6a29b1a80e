/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-desk.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_RATING_DIALOG (steward_rating_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StewardRatingDialog, steward_rating_dialog, STEWARD, RATING_DIALOG, AdwWindow)

/* The client's rating of an accepted request: 1–5 stars and optional feedback, once.
 * "dialog.save" calls steward_desk_rate() at @at; a refusal stays in the dialog; on success it
 * emits "saved" and closes. */
StewardRatingDialog *steward_rating_dialog_new          (StewardDesk           *desk,
                                                         StewardServiceRequest *request,
                                                         gint64                 at);
/* 0 (none chosen) to 5. */
void                 steward_rating_dialog_set_rating   (StewardRatingDialog   *self,
                                                         guint                  rating);
guint                steward_rating_dialog_get_rating   (StewardRatingDialog   *self);
void                 steward_rating_dialog_set_feedback (StewardRatingDialog   *self,
                                                         const char            *feedback);
const char          *steward_rating_dialog_get_error    (StewardRatingDialog   *self);

G_END_DECLS
