/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-client-repository.h"
#include "steward-complaint-desk.h"
#include "steward-complaint-state.h"
#include "steward-complaint-view.h"
#include "steward-store.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_COMPLAINTS_PAGE (steward_complaints_page_get_type ())
G_DECLARE_FINAL_TYPE (StewardComplaintsPage, steward_complaints_page, STEWARD, COMPLAINTS_PAGE, AdwBin)

/* The Complaints page of the main window: the complaints with their 24-hour acceptance and
 * 48-hour solution clocks (time left, due soon, overdue), channel, client and linked request,
 * filtered by state and overdue; activating one opens its complaint view.
 *
 * Until steward_complaints_page_set_desk() gives it the complaint desk (the application does once
 * a database is open) it says that no database is open.
 *
 * Actions (group "page"): show-complaint (x: a complaint id); new (Ctrl+N through win.new)
 * opens the "Receive Complaint" dialog (StewardComplaintDialog) on the application's store. */
GtkWidget            *steward_complaints_page_new         (void);

void                  steward_complaints_page_set_desk    (StewardComplaintsPage   *self,
                                                           StewardComplaintDesk    *desk);
/* Where client names come from (may be NULL: complaints then name the client by number). */
void                  steward_complaints_page_set_client_repository (StewardComplaintsPage   *self,
                                                                     StewardClientRepository *clients);
/* Where the Receive Complaint dialog finds clients and their requests (the application's store
 * once a database is open); without one, page.new is disabled. */
void                  steward_complaints_page_set_store   (StewardComplaintsPage   *self,
                                                           StewardStore            *store);
/* The open Receive Complaint dialog, or NULL. */
GtkWindow            *steward_complaints_page_get_dialog  (StewardComplaintsPage   *self);
/* Reads the complaints again (after another window or process changed them). */
void                  steward_complaints_page_reload      (StewardComplaintsPage   *self);
void                  steward_complaints_page_set_filter  (StewardComplaintsPage   *self,
                                                           StewardComplaintFilter   filter,
                                                           gboolean                 overdue_only);
/* How many complaints the list shows. */
guint                 steward_complaints_page_get_n_shown (StewardComplaintsPage   *self);
/* The list row of complaint @id, or NULL when it is filtered out: for tests. */
GtkWidget            *steward_complaints_page_get_row     (StewardComplaintsPage   *self,
                                                           gint64                   id);
StewardComplaintView *steward_complaints_page_get_view    (StewardComplaintsPage   *self);
/* TRUE while one complaint is shown instead of the list. */
gboolean              steward_complaints_page_get_showing_complaint (StewardComplaintsPage *self);
/* The instant clocks are read at and steps recorded at (0: the clock), for tests and
 * screenshots. */
void                  steward_complaints_page_set_now     (StewardComplaintsPage   *self,
                                                           gint64                   now);

G_END_DECLS
