/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-calendar-view.h"
#include "steward-client-repository.h"
#include "steward-training-planner.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_TRAINING_PAGE (steward_training_page_get_type ())
G_DECLARE_FINAL_TYPE (StewardTrainingPage, steward_training_page, STEWARD, TRAINING_PAGE, AdwBin)

/* The Training page of the main window: the week or month calendar of training sessions, the
 * session dialog to book, edit, move, complete or cancel them, and export to .ics.
 *
 * Until steward_training_page_set_planner() gives it a planner (the application does once a
 * database is open) it says that no database is open.
 *
 * Actions (group "page"): new (Ctrl+N through win.new), new-for-request (x: a training request
 * id; books a session on that request), show-session (x), previous, next, today, export
 * (Ctrl+E: the shown week or month to an .ics file). */
GtkWidget           *steward_training_page_new                 (void);

/* The planner sessions are booked through; NULL shows the "no database" state. */
void                 steward_training_page_set_planner         (StewardTrainingPage     *self,
                                                                StewardTrainingPlanner  *planner);
/* Where client names come from (may be NULL: sessions then name the client by number). */
void                 steward_training_page_set_client_repository (StewardTrainingPage   *self,
                                                                  StewardClientRepository *clients);
/* The open training requests (StewardServiceRequest) the booking dialog offers. */
void                 steward_training_page_set_requests        (StewardTrainingPage     *self,
                                                                GListModel              *requests);
/* Reads the shown range again (after another window or process changed sessions). */
void                 steward_training_page_reload              (StewardTrainingPage     *self);

StewardCalendarView *steward_training_page_get_view            (StewardTrainingPage     *self);
/* The dialog open on the page, or NULL: for tests. */
GtkWindow           *steward_training_page_get_dialog          (StewardTrainingPage     *self);
/* The instant that counts as now (0: the clock), for tests and screenshots. */
void                 steward_training_page_set_now             (StewardTrainingPage     *self,
                                                                gint64                   now);
/* Writes the sessions of the shown week or month to @path (what page.export does after the
 * file chooser); *out_count (may be NULL) tells how many. */
gboolean             steward_training_page_export_shown        (StewardTrainingPage     *self,
                                                                const char              *path,
                                                                guint                   *out_count,
                                                                GError                 **error);

G_END_DECLS
