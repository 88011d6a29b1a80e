/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-client-repository.h"
#include "steward-desk.h"
#include "steward-request-state.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_REQUEST_PAGE (steward_request_page_get_type ())
G_DECLARE_FINAL_TYPE (StewardRequestPage, steward_request_page, STEWARD, REQUEST_PAGE, AdwBin)

/* One service request: its state, deadlines counting down in business time, the actions its
 * state allows (as "request.<name>" widget actions, see steward-request-state.h), fee and
 * payment lines, details, rating, notes, product feedback and the timeline of its audit trail.
 * Every step goes through the desk; a refusal is shown on the page with the desk's reason.
 * Emits "changed" after each successful write so that lists can reload. */
GtkWidget   *steward_request_page_new        (void);

void         steward_request_page_set_desk   (StewardRequestPage      *self,
                                              StewardDesk             *desk);
StewardDesk *steward_request_page_get_desk   (StewardRequestPage      *self);
/* Where the client's name comes from (may be NULL: the page then shows the client number). */
void         steward_request_page_set_clients (StewardRequestPage     *self,
                                               StewardClientRepository *clients);
/* Shows request @id (0 shows nothing). Returns FALSE with @error when it cannot be loaded. */
gboolean     steward_request_page_show       (StewardRequestPage      *self,
                                              gint64                   id,
                                              GError                 **error);
gint64       steward_request_page_get_request_id (StewardRequestPage  *self);
/* Reloads the request and redraws every section (after a write elsewhere, or as time passes). */
void         steward_request_page_reload     (StewardRequestPage      *self);

/* The instant the page counts from and records steps at: the clock, unless a test fixes it with
 * a value other than STEWARD_TIME_NONE. */
void         steward_request_page_set_time   (StewardRequestPage      *self,
                                              gint64                   now);
gint64       steward_request_page_get_now    (StewardRequestPage      *self);

/* The refusal or hint the page shows now, or NULL (for tests and accessibility checks). */
const char  *steward_request_page_get_notice (StewardRequestPage      *self);
/* Whether the button of @action is on the page now (see steward_request_available_actions()). */
gboolean     steward_request_page_is_action_shown (StewardRequestPage *self,
                                                   StewardRequestAction action);
/* The dialog the page opened last and that is still open (quote, payment, rating), or NULL. */
GtkWindow   *steward_request_page_get_dialog (StewardRequestPage      *self);

G_END_DECLS
