/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-client-repository.h"
#include "steward-complaint-repository.h"
#include "steward-desk.h"
#include "steward-training-repository.h"
#include "steward-pricing.h"
#include "steward-store.h"
#include "steward-types.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_APPLICATION (steward_application_get_type ())
G_DECLARE_FINAL_TYPE (StewardApplication, steward_application, STEWARD, APPLICATION, AdwApplication)

/* What the user chose on the first-run welcome page. */
typedef enum {
  STEWARD_SETUP_DEMO,   /* "Open Demo Data": a new database filled with demo data */
  STEWARD_SETUP_EMPTY,  /* "Start Empty": a new, empty database */
} StewardSetupChoice;

/* Carries out the first-run choice: creates the database (with demo data for STEWARD_SETUP_DEMO)
 * and returns TRUE, or returns FALSE with @error set and nothing created; the welcome page then
 * stays and the window shows the error's message in a toast.
 *
 * Without a setup function the application does this itself: it opens (creates)
 * steward_application_get_database_path() and, for the demo, fills it with demo data. Tests
 * replace it with steward_application_set_setup_func(). */
typedef gboolean (*StewardSetupFunc) (StewardApplication  *app,
                                      StewardSetupChoice   choice,
                                      gpointer             user_data,
                                      GError             **error);

StewardApplication   *steward_application_new                (void);

void                  steward_application_set_setup_func     (StewardApplication   *self,
                                                              StewardSetupFunc      func,
                                                              gpointer              user_data,
                                                              GDestroyNotify        destroy);

/* TRUE while there is no database yet: windows show the welcome page instead of the pages.
 * Startup sets it when no file exists at steward_application_get_database_path(); opening a
 * database clears it. */
gboolean              steward_application_get_first_run      (StewardApplication   *self);
void                  steward_application_set_first_run      (StewardApplication   *self,
                                                              gboolean              first_run);
/* $XDG_DATA_HOME/steward/steward.db (SPEC §9). Owned by the application. */
const char           *steward_application_get_default_database_path (StewardApplication *self);
/* The database the window works on: $STEWARD_DATABASE when set (tests, benchmarks), otherwise
 * the default path. */
const char           *steward_application_get_database_path  (StewardApplication   *self);

/* Opens (creating it when missing) the database at @path and makes it the application's store,
 * replacing any other; clears "first-run" and notifies "store". Startup does this for an
 * existing database, with the quick check run in a worker thread after the first frame. */
gboolean              steward_application_open_database      (StewardApplication   *self,
                                                              const char           *path,
                                                              GError              **error);
/* TRUE while a worker migrates an existing database to this version's schema
 * ("notify::updating"): startup does that instead of opening the file itself when its schema is
 * older, and windows show the updating page meanwhile. The data actions (Preferences, opening a
 * request from a notification, the welcome page's choices) are disabled until it is done; then
 * "store" is set as for any open, or the failure is reported as a failed open at start-up. */
gboolean              steward_application_get_updating       (StewardApplication   *self);
/* The one store every page shares, or NULL while no database is open ("notify::store"). */
StewardStore         *steward_application_get_store          (StewardApplication   *self);
/* The clients of the store, or NULL while no database is open. */
StewardClientRepository *steward_application_get_client_repository (StewardApplication *self);

/* The requests of the store, or NULL while no database is open. */
StewardRequestRepository *steward_application_get_request_repository (StewardApplication *self);
/* The training sessions and the complaints of the store, or NULL while no database is open. */
StewardTrainingRepository  *steward_application_get_training_repository  (StewardApplication *self);
StewardComplaintRepository *steward_application_get_complaint_repository (StewardApplication *self);
/* The service desk over the store's requests, with the application's calendar, pricing and
 * the account manager's name; NULL while no database is open. */
StewardDesk          *steward_application_get_desk           (StewardApplication   *self);

/* Tells every page that the data changed: pages call it after their own writes, and the
 * application calls it when another process wrote to the database (PRAGMA data_version, polled
 * every 1.5 s while a window has the focus, and when a window gets it). Emits "data-changed";
 * pages reload their lists and keep their selection. */
void                  steward_application_data_changed       (StewardApplication   *self);
/* Compares the database's data_version with the last one seen and emits "data-changed" when
 * another connection committed since. Returns TRUE when it did. */
gboolean              steward_application_check_for_changes  (StewardApplication   *self);

/* The business calendar the SLA clocks run on; Preferences edits it. Read from the database
 * when one opens; a change is saved there and recomputes the deadlines of open requests. */
StewardCalendar      *steward_application_get_calendar       (StewardApplication   *self);
/* The pricing limits applied to new quotes. Preferences edits them through
 * steward_application_set_pricing(), which emits "pricing-changed"; @pricing must pass
 * steward_pricing_validate(). They are read from the database when one opens and saved there
 * (the desk applies them to new quotes). */
const StewardPricing *steward_application_get_pricing        (StewardApplication   *self);
void                  steward_application_set_pricing        (StewardApplication   *self,
                                                              const StewardPricing *pricing);

/* The application's settings (schema io.github.stewardapp.Steward). "default-owner" mirrors the
 * account manager's name stored in the database (the audit's "who"). */
GSettings            *steward_application_get_settings       (StewardApplication   *self);

G_END_DECLS
