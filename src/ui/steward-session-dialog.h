/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-training-planner.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_SESSION_DIALOG (steward_session_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StewardSessionDialog, steward_session_dialog, STEWARD, SESSION_DIALOG, AdwWindow)

/* The training session dialog: books a new session on a training request, or shows a booked
 * one to edit, reschedule, mark done, cancel or export to an .ics file. Every change goes
 * through @planner; a refusal (the 4-hour limit, a trainer or client already booked, a missing
 * field) is shown in the dialog, with a link to the conflicting session, and nothing is saved.
 *
 * @requests holds the open training requests (StewardServiceRequest) a session may be booked
 * on; @client_names maps a client id (gint64 *) to its name (char *). Both are borrowed with a
 * reference.
 *
 * Signals:
 *   changed      (StewardTrainingSession *stored)   a session was saved, moved, done or cancelled
 *   show-session (gint64 id)                        the user followed the link to another session
 *
 * Actions (group "session"): save, mark-done, cancel-session, export, show-conflict. */
StewardSessionDialog   *steward_session_dialog_new_booking  (StewardTrainingPlanner *planner,
                                                             GListModel             *requests,
                                                             GHashTable             *client_names,
                                                             gint64                  request_id,
                                                             gint64                  start,
                                                             gint64                  duration);
StewardSessionDialog   *steward_session_dialog_new_for_session (StewardTrainingPlanner *planner,
                                                                StewardTrainingSession *session,
                                                                GHashTable             *client_names);

/* The session shown (NULL while booking a new one). */
StewardTrainingSession *steward_session_dialog_get_session  (StewardSessionDialog   *self);
/* The refusal shown, or NULL; and the id of the session it conflicts with, or 0. */
const char             *steward_session_dialog_get_error    (StewardSessionDialog   *self);
gint64                  steward_session_dialog_get_conflict_id (StewardSessionDialog *self);
/* Writes the shown session to @path as an .ics file (what the Export action does after the
 * file chooser). */
gboolean                steward_session_dialog_export_to    (StewardSessionDialog   *self,
                                                             const char             *path,
                                                             GError                **error);

/* The id of the booked session that @candidate (a refused booking or move) conflicts with, or 0:
 * what the refusal's link opens. */
gint64                  steward_session_dialog_find_conflict (StewardTrainingPlanner *planner,
                                                              StewardTrainingSession *candidate);

G_END_DECLS
