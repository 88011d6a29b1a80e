/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-desk.h"
#include "steward-request-page.h"
#include "steward-store-clients.h"
#include "steward-store-requests.h"
#include "test-store-util.h"

G_BEGIN_DECLS

typedef struct {
  StoreFixture          base;
  StewardStoreClients  *clients;
  StewardStoreRequests *repo;
  StewardCalendar      *calendar;
  StewardDesk          *desk;
  GtkWindow            *window;
  StewardRequestPage   *page;
  gint64                id;
} Fixture;

/* Unix seconds of an ISO 8601 instant. */
gint64       T                              (const char    *iso);
/* Runs the main loop until @condition holds, at most 5 seconds. */
void         wait_until                     (gboolean     (*condition) (gpointer data),
                                             gpointer       data);
gboolean     is_drawn                       (gpointer       data);
gboolean     dialog_gone                    (gpointer       data);
gint64       create_remote                  (Fixture       *f,
                                             gint64         client_id,
                                             gint64         at);
void         request_page_fixture_set_up    (Fixture       *f,
                                             gconstpointer  data);
void         request_page_fixture_tear_down (Fixture       *f,
                                             gconstpointer  data);
StewardState state_of                       (Fixture       *f);
/* Activates request.@name on the page. */
void         act                            (Fixture       *f,
                                             const char    *name);
/* Saves @dialog and waits until the page has closed it. */
void         save_dialog                    (Fixture       *f,
                                             GtkWindow     *dialog);

G_END_DECLS
