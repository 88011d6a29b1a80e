/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-complaint-desk.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_COMPLAINT_VIEW (steward_complaint_view_get_type ())
G_DECLARE_FINAL_TYPE (StewardComplaintView, steward_complaint_view, STEWARD, COMPLAINT_VIEW, GtkBox)

/* One complaint: its two clocks with badges, what was received, the solution and remedy, the
 * timestamped trail, and the next step — accept, give a solution with a remedy (the resolve
 * dialog), close. Steps go through the complaint desk at the view's "now".
 *
 * Signals: back (), changed (StewardComplaint *stored).
 * Actions (group "complaint"): back (Alt+Left), accept, resolve, close. */
GtkWidget        *steward_complaint_view_new           (void);
void              steward_complaint_view_set_desk      (StewardComplaintView *self,
                                                        StewardComplaintDesk *desk);
/* Shows @complaint (copied) of the client called @client_name. */
void              steward_complaint_view_show          (StewardComplaintView *self,
                                                        StewardComplaint     *complaint,
                                                        const char           *client_name);
StewardComplaint *steward_complaint_view_get_complaint (StewardComplaintView *self);
/* The instant steps are recorded at and clocks read at (0: the clock). */
void              steward_complaint_view_set_now       (StewardComplaintView *self,
                                                        gint64                now);
/* The open dialog (resolve), or NULL: for tests. */
GtkWindow        *steward_complaint_view_get_dialog    (StewardComplaintView *self);

G_END_DECLS
