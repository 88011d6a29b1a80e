/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-preferences-window.h"
#include "steward-store.h"

G_BEGIN_DECLS

struct _StewardPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* template widgets */
  AdwPreferencesGroup  *owner_group;
  AdwEntryRow          *owner_row;
  AdwComboRow          *colour_scheme_row;
  AdwEntryRow          *hours_row;
  AdwPreferencesGroup  *holidays_group;
  AdwEntryRow          *add_holiday_row;
  AdwPreferencesGroup  *makeup_group;
  AdwEntryRow          *add_makeup_row;
  AdwEntryRow          *incident_max_row;
  AdwEntryRow          *package_price_row;
  GtkSpinButton        *months_spin;
  GtkSpinButton        *quota_spin;
  AdwEntryRow          *overage_row;
  AdwEntryRow          *project_max_row;
  AdwEntryRow          *advanced_min_row;
  AdwPreferencesGroup  *backups_group;
  AdwActionRow         *check_row;

  /* owned */
  GSettings            *settings;
  StewardCalendar      *calendar;
  GPtrArray            *day_rows;   /* the rows listing holidays and make-up days */
  GtkFileChooserNative *chooser;
  StewardStore         *store;      /* NULL: no database, the backups page says so */
  GPtrArray            *backup_rows; /* the rows listing backups, borrowed */
  StewardPricing        pricing;
  gboolean              ready;      /* FALSE while new() fills the widgets in */
};

/* steward-preferences-calendar.c: the Business Hours page. */
void _steward_preferences_window_bind_calendar   (StewardPreferencesWindow *self);
void _steward_preferences_window_show_error      (StewardPreferencesWindow *self,
                                                  AdwEntryRow              *row,
                                                  const GError             *error);
void _steward_preferences_window_calendar_class_init (GtkWidgetClass       *widget_class);

/* steward-preferences-backups.c: the Backups page. */
void _steward_preferences_window_fill_backups       (StewardPreferencesWindow *self);
void _steward_preferences_window_backups_class_init (GtkWidgetClass           *widget_class);

G_END_DECLS
