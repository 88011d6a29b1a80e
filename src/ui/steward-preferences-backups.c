/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-preferences-window"

#include "config.h"

#include "steward-preferences-window-private.h"

#include <glib/gi18n-lib.h>

#include "steward-time.h"

/* The Backups page of Preferences: the automatic backups with a Restore button each, Back Up
 * Now and the full integrity check. */

enum {
  RESTORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_toast (StewardPreferencesWindow *self,
            const char               *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (markup));
}

static GtkWidget *
backup_row (StewardBackup *backup)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore…"));
  g_autofree char *date = g_date_valid (&backup->date) ? g_malloc0 (64) : g_strdup ("");
  g_autofree char *name = g_path_get_basename (backup->path);

  if (g_date_valid (&backup->date))
    /* Translators: a backup's date for g_date_strftime, e.g. "2026-03-09 (Monday)". */
    g_date_strftime (date, 64, _("%Y-%m-%d (%A)"), &backup->date);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), date);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", backup->path);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "prefs.restore");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

void
_steward_preferences_window_fill_backups (StewardPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  GtkWidget *row;

  for (guint i = 0; i < self->backup_rows->len; i++)
    adw_preferences_group_remove (self->backups_group, g_ptr_array_index (self->backup_rows, i));
  g_ptr_array_set_size (self->backup_rows, 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.back-up", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.check", self->store != NULL);
  if (self->store == NULL)
    return;

  backups = steward_store_list_backups (self->store, &error);
  if (backups == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  for (guint i = 0; i < backups->len; i++)
    {
      row = backup_row (g_ptr_array_index (backups, i));
      adw_preferences_group_add (self->backups_group, row);
      g_ptr_array_add (self->backup_rows, row);
    }
  if (backups->len == 0)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No backups yet"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->backups_group, row);
      g_ptr_array_add (self->backup_rows, row);
    }
}

void
steward_preferences_window_set_store (StewardPreferencesWindow *self,
                                      StewardStore             *store)
{
  g_return_if_fail (STEWARD_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (store == NULL || STEWARD_IS_STORE (store));

  g_set_object (&self->store, store);
  _steward_preferences_window_fill_backups (self);
}

static void
back_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StewardPreferencesWindow *self = STEWARD_PREFERENCES_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = steward_store_back_up_now (self->store, steward_time_now (), &error);

  if (path == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  show_toast (self, _("Backed up"));
  _steward_preferences_window_fill_backups (self);
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StewardPreferencesWindow *self = STEWARD_PREFERENCES_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok = steward_store_check (self->store, &error);

  adw_action_row_set_subtitle (self->check_row,
                               ok ? _("No problems found") : error->message);
  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->check_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->check_row), "error");
}

static void
steward_preferences_window_restore (StewardPreferencesWindow *self,
                                    const char               *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *safety = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (!steward_store_restore_from (self->store, path, steward_time_now (), &safety, &error))
    {
      show_toast (self, error->message);
      return;
    }

  name = g_path_get_basename (safety);
  text = g_strdup_printf (_("Restored; the database as it was is kept as “%s”"), name);
  show_toast (self, text);
  _steward_preferences_window_fill_backups (self);
  g_signal_emit (self, signals[RESTORED], 0);
}

static void
on_restore_response (AdwMessageDialog         *dialog,
                     const char               *response,
                     StewardPreferencesWindow *self)
{
  if (g_str_equal (response, "restore"))
    steward_preferences_window_restore (self, g_object_get_data (G_OBJECT (dialog), "path"));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StewardPreferencesWindow *self = STEWARD_PREFERENCES_WINDOW (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  g_autofree char *name = g_path_get_basename (path);
  GtkWidget *dialog;

  /* Replacing everything is not undoable from a toast, so it asks first. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Every client, request and setting will be as in “%s”. The "
                                    "database as it is now is backed up first."), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "restore", _("_Restore"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_steward_preferences_window_backups_class_init (GtkWidgetClass *widget_class)
{
  /* Emitted after a backup replaced the data. */
  signals[RESTORED] =
    g_signal_new ("restored", G_TYPE_FROM_CLASS (widget_class), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "prefs.back-up", NULL, back_up_action);
  gtk_widget_class_install_action (widget_class, "prefs.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "prefs.restore", "s", restore_action);
}
