/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-preferences-window"

#include "config.h"

#include "steward-preferences-window.h"
#include "steward-preferences-window-private.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "steward-calendar.h"
#include "steward-error.h"

/* The Business Hours page: it edits the calendar in place, and redraws itself from the
 * calendar's "changed" signal, so what it lists is always what the SLA clocks use. */

/* What an undo of a removal needs once the row it came from is gone. */
typedef struct {
  StewardCalendar    *calendar;
  StewardCalendarDay *day;
} RemovedDay;

static void
removed_day_free (gpointer data,
                  GClosure *closure)
{
  RemovedDay *removed = data;

  g_object_unref (removed->calendar);
  steward_calendar_day_free (removed->day);
  g_free (removed);
}

static void
on_undo_remove (AdwToast   *toast,
                RemovedDay *removed)
{
  steward_calendar_set_day (removed->calendar, &removed->day->date,
                            removed->day->working, removed->day->name);
}

static char *
format_date (const GDate *date)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (g_date_get_year (date),
                                                   g_date_get_month (date),
                                                   g_date_get_day (date), 0, 0, 0);

  /* Translators: a holiday's date in Preferences, e.g. "2026-10-01 Thursday"; see
   * g_date_time_format() for the codes. */
  return g_date_time_format (dt, _("%Y-%m-%d %A"));
}

static void
on_remove_day_clicked (GtkButton                *button,
                       StewardPreferencesWindow *self)
{
  const StewardCalendarDay *day = g_object_get_data (G_OBJECT (button), "steward-day");
  RemovedDay *removed;
  AdwToast *toast;
  g_autofree char *date = format_date (&day->date);
  g_autofree char *title = NULL;

  removed = g_new0 (RemovedDay, 1);
  removed->calendar = g_object_ref (self->calendar);
  removed->day = steward_calendar_day_copy (day);

  /* Translators: a toast after removing a holiday or make-up day, e.g.
   * "Removed 2026-10-01 Thursday". */
  title = g_strdup_printf (_("Removed %s"), date);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_remove),
                         removed, removed_day_free, 0);

  /* The calendar's "changed" rebuilds the lists, destroying this button's row. */
  steward_calendar_remove_day (self->calendar, &removed->day->date);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static GtkWidget *
day_row_new (StewardPreferencesWindow *self,
             const StewardCalendarDay *day)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *date = format_date (&day->date);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), date);
  if (day->name != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), day->name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove"),
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "steward-day",
                          steward_calendar_day_copy (day),
                          (GDestroyNotify) steward_calendar_day_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_day_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
steward_preferences_window_reload_calendar (StewardPreferencesWindow *self)
{
  g_autoptr(GPtrArray) days = steward_calendar_list_days (self->calendar);
  g_autofree char *hours = steward_calendar_format_windows (self->calendar);

  gtk_editable_set_text (GTK_EDITABLE (self->hours_row), hours);

  for (guint i = 0; i < self->day_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->day_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->day_rows, 0);

  for (guint i = 0; i < days->len; i++)
    {
      const StewardCalendarDay *day = g_ptr_array_index (days, i);
      GtkWidget *row = day_row_new (self, day);

      adw_preferences_group_add (day->working ? self->makeup_group : self->holidays_group, row);
      g_ptr_array_add (self->day_rows, row);
    }
}

void
_steward_preferences_window_bind_calendar (StewardPreferencesWindow *self)
{
  g_signal_connect_object (self->calendar, "changed",
                           G_CALLBACK (steward_preferences_window_reload_calendar), self,
                           G_CONNECT_SWAPPED);
  steward_preferences_window_reload_calendar (self);
}

static void
on_hours_row_apply (AdwEntryRow              *row,
                    StewardPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) windows = NULL;
  g_autofree char *hours = NULL;

  if (!steward_calendar_parse_windows (gtk_editable_get_text (GTK_EDITABLE (row)),
                                       &windows, &error)
      || !steward_calendar_set_windows (self->calendar,
                                        (const StewardHours *) (gpointer) windows->data,
                                        windows->len, &error))
    {
      _steward_preferences_window_show_error (self, row, error);
      return;
    }

  /* Unchanged hours emit no "changed": show them in the calendar's own writing anyway. */
  hours = steward_calendar_format_windows (self->calendar);
  gtk_editable_set_text (GTK_EDITABLE (row), hours);
}

/* Reads "2026-10-01 National Day": a date, then an optional name. */
static gboolean
parse_day (const char  *text,
           GDate       *date,
           char       **name,
           GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  guint year, month, day;
  int end = 0;

  if (sscanf (stripped, "%4u-%2u-%2u%n", &year, &month, &day, &end) != 3
      || (stripped[end] != '\0' && !g_ascii_isspace (stripped[end]))
      || !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("“%s” does not start with a date such as 2026-10-01"), stripped);
      return FALSE;
    }

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  *name = g_strstrip (g_strdup (stripped + end));
  if (**name == '\0')
    g_clear_pointer (name, g_free);
  return TRUE;
}

static void
on_add_day_row_apply (AdwEntryRow              *row,
                      StewardPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gboolean working = row == self->add_makeup_row;
  GDate date;

  if (!parse_day (gtk_editable_get_text (GTK_EDITABLE (row)), &date, &name, &error))
    {
      _steward_preferences_window_show_error (self, row, error);
      return;
    }

  if (working && g_date_get_weekday (&date) < G_DATE_SATURDAY)
    {
      g_autofree char *text = format_date (&date);

      g_set_error (&error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("%s is a weekday: a make-up working day is a Saturday or a Sunday"), text);
      _steward_preferences_window_show_error (self, row, error);
      return;
    }

  steward_calendar_set_day (self->calendar, &date, working, name);
  gtk_editable_set_text (GTK_EDITABLE (row), "");
}

static void
on_ics_loaded (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(StewardPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *title = NULL;
  gsize length;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error)
      || (days = steward_calendar_parse_ics (contents, length, &error)) == NULL)
    {
      _steward_preferences_window_show_error (self, NULL, error);
      return;
    }

  steward_calendar_set_days (self->calendar, days);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Imported %u holiday or make-up day",
                                        "Imported %u holidays and make-up days",
                                        days->len),
                           days->len);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (title));
}

static void
on_chooser_response (GtkNativeDialog          *chooser,
                     int                       response,
                     StewardPreferencesWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      g_file_load_contents_async (file, NULL, on_ics_loaded, g_object_ref (self));
    }

  g_clear_object (&self->chooser);
}

static void
on_import_clicked (GtkButton                *button,
                   StewardPreferencesWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (filter, _("iCalendar Files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");

  /* GtkFileChooserNative goes through the portal when Steward runs in a Flatpak. */
  self->chooser = gtk_file_chooser_native_new (_("Import Holidays"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
_steward_preferences_window_calendar_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, hours_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, holidays_group);
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, add_holiday_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, makeup_group);
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, add_makeup_row);
  gtk_widget_class_bind_template_callback (widget_class, on_hours_row_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_add_day_row_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
}
