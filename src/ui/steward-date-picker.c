/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-date-picker"

#include "config.h"

#include "steward-date-picker.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

/* The time a picked day gets when the entry holds none. */
#define DEFAULT_HOUR 9

static gboolean
read_text (const char *text,
           int        *year,
           int        *month,
           int        *day,
           int        *hour,
           int        *minute)
{
  int n = sscanf (text != NULL ? text : "", "%d-%d-%d %d:%d", year, month, day, hour, minute);

  if (n < 5)
    {
      *hour = DEFAULT_HOUR;
      *minute = 0;
    }
  return n >= 3 && g_date_valid_dmy (*day, *month, *year);
}

/* Shows the typed date in the calendar as the popover opens. */
static void
on_popover_show (GtkPopover *popover,
                 AdwEntryRow *row)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  g_autoptr(GDateTime) date = NULL;
  int year, month, day, hour, minute;

  if (read_text (gtk_editable_get_text (GTK_EDITABLE (row)), &year, &month, &day, &hour, &minute))
    date = g_date_time_new_local (year, month, day, 0, 0, 0);
  else
    date = g_date_time_new_now_local ();

  g_object_set_data (G_OBJECT (calendar), "steward-syncing", GINT_TO_POINTER (TRUE));
  gtk_calendar_select_day (calendar, date);
  g_object_set_data (G_OBJECT (calendar), "steward-syncing", NULL);
}

static void
on_day_selected (GtkCalendar *calendar,
                 AdwEntryRow *row)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = NULL;
  GtkWidget *popover;
  int year, month, day, hour, minute;

  if (g_object_get_data (G_OBJECT (calendar), "steward-syncing") != NULL)
    return;

  read_text (gtk_editable_get_text (GTK_EDITABLE (row)), &year, &month, &day, &hour, &minute);
  text = g_strdup_printf ("%04d-%02d-%02d %02d:%02d", g_date_time_get_year (date),
                          g_date_time_get_month (date), g_date_time_get_day_of_month (date),
                          CLAMP (hour, 0, 23), CLAMP (minute, 0, 59));
  gtk_editable_set_text (GTK_EDITABLE (row), text);

  popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

GtkWidget *
steward_date_picker_attach (AdwEntryRow *row)
{
  GtkWidget *button;
  GtkWidget *popover;
  GtkWidget *calendar;

  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), NULL);

  calendar = gtk_calendar_new ();
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  g_signal_connect_object (popover, "show", G_CALLBACK (on_popover_show), row, 0);
  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (on_day_selected), row, 0);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Choose a Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose a Date"), -1);
  gtk_widget_add_css_class (button, "flat");
  adw_entry_row_add_suffix (row, button);
  g_object_set_data (G_OBJECT (button), "steward-calendar", calendar);
  return button;
}

GtkCalendar *
steward_date_picker_get_calendar (GtkWidget *button)
{
  g_return_val_if_fail (GTK_IS_MENU_BUTTON (button), NULL);

  return g_object_get_data (G_OBJECT (button), "steward-calendar");
}
