/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-types.h"
#include "steward-pricing.h"
#include "steward-store.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PREFERENCES_WINDOW (steward_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (StewardPreferencesWindow, steward_preferences_window,
                      STEWARD, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* Preferences over @settings (the account manager's name, the colour scheme), @calendar (its
 * working hours, holidays and make-up days, changed in place) and a copy of @pricing. A price
 * limit is applied only when it parses and the whole set passes steward_pricing_validate();
 * then the window emits "pricing-changed", and steward_preferences_window_get_pricing() gives
 * the new limits. */
StewardPreferencesWindow *steward_preferences_window_new         (GSettings                *settings,
                                                                  StewardCalendar          *calendar,
                                                                  const StewardPricing     *pricing);
void                      steward_preferences_window_get_pricing (StewardPreferencesWindow *self,
                                                                  StewardPricing           *out_pricing);
/* The database whose backups the Backups page lists ("prefs.back-up", "prefs.check",
 * "prefs.restore" (s) with a backup's path); NULL leaves the page empty. After a restore the
 * window emits "restored": the data, calendar and pricing changed under everyone. */
void                      steward_preferences_window_set_store   (StewardPreferencesWindow *self,
                                                                  StewardStore             *store);

G_END_DECLS
