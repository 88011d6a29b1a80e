/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-types.h"
#include "steward-pricing.h"

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
 * This is the hook for the store, which is not part of the application yet: until something
 * calls steward_application_set_setup_func(), both choices only leave the welcome page — no
 * database is created and the pages stay empty. */
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
 * Startup sets it when no file exists at steward_application_get_default_database_path();
 * whoever opens a database elsewhere (--database) clears it. */
gboolean              steward_application_get_first_run      (StewardApplication   *self);
void                  steward_application_set_first_run      (StewardApplication   *self,
                                                              gboolean              first_run);
/* $XDG_DATA_HOME/steward/steward.db (SPEC §9). Owned by the application. */
const char           *steward_application_get_default_database_path (StewardApplication *self);

/* The business calendar the SLA clocks run on; Preferences edits it. */
StewardCalendar      *steward_application_get_calendar       (StewardApplication   *self);
/* The pricing limits applied to new quotes. Preferences edits them through
 * steward_application_set_pricing(), which emits "pricing-changed"; @pricing must pass
 * steward_pricing_validate(). The store persists them once it is merged; until then they live
 * as long as the application. */
const StewardPricing *steward_application_get_pricing        (StewardApplication   *self);
void                  steward_application_set_pricing        (StewardApplication   *self,
                                                              const StewardPricing *pricing);

/* The application's settings (schema io.github.stewardapp.Steward). */
GSettings            *steward_application_get_settings       (StewardApplication   *self);

G_END_DECLS
