/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-calendar.h"
#include "steward-pricing.h"
#include "steward-store.h"

G_BEGIN_DECLS

/* Settings that travel with the database (settings, calendar_windows and calendar_days tables),
 * so the headless commands use the same rules as the window. Every save is one transaction and
 * leaves the database unchanged when it fails. */

/* The stored pricing limits; a key missing from the table keeps its default
 * (steward_pricing_init_defaults). A stored value that is not a number is STEWARD_ERROR_STORAGE. */
gboolean         steward_store_settings_load_pricing  (StewardStore          *store,
                                                       StewardPricing        *out_pricing,
                                                       GError               **error);
/* Refused with steward_pricing_validate()'s error when a limit is invalid. */
gboolean         steward_store_settings_save_pricing  (StewardStore          *store,
                                                       const StewardPricing  *pricing,
                                                       GError               **error);

/* The account manager's name for the audit trail: "" means the user's real name. */
char            *steward_store_settings_dup_manager   (StewardStore          *store,
                                                       GError               **error);
gboolean         steward_store_settings_set_manager   (StewardStore          *store,
                                                       const char            *name,
                                                       GError               **error);

/* A new calendar in @tz (local when NULL) with the stored windows, holidays and make-up days.
 * No holidays are shipped: a new database has the default windows and no dated exceptions,
 * and the user imports the year's public holidays from an .ics file. */
StewardCalendar *steward_store_settings_load_calendar (StewardStore          *store,
                                                       GTimeZone             *tz,
                                                       GError               **error);
/* Replaces the windows and days of @calendar with the stored ones (one "changed" emission
 * for the days); on failure @calendar is unchanged. */
gboolean         steward_store_settings_read_calendar (StewardStore          *store,
                                                       StewardCalendar       *calendar,
                                                       GError               **error);
/* Stores every window and dated exception of @calendar, replacing what was stored. */
gboolean         steward_store_settings_save_calendar (StewardStore          *store,
                                                       StewardCalendar       *calendar,
                                                       GError               **error);

G_END_DECLS
