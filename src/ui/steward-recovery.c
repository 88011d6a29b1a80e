/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-recovery"

#include "config.h"

#include "steward-recovery.h"

#include <glib/gi18n-lib.h>

#include "steward-store-recover.h"
#include "steward-time.h"
#include "steward-window.h"

static void
toast (GtkWindow  *window,
       const char *message)
{
  /* Toast titles are Pango markup in libadwaita 1.2. */
  g_autofree char *markup = g_markup_escape_text (message, -1);
  AdwToast *toast;

  if (!STEWARD_IS_WINDOW (window))
    {
      g_message ("%s", message);
      return;
    }
  toast = adw_toast_new (markup);
  adw_toast_set_timeout (toast, 0);
  steward_window_add_toast (STEWARD_WINDOW (window), toast);
}

static void
on_response (AdwMessageDialog   *dialog,
             const char         *response,
             StewardApplication *app)
{
  const char *backup = g_object_get_data (G_OBJECT (dialog), "steward-backup");
  GtkWindow *window = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  const char *path = steward_application_get_database_path (app);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "restore") != 0)
    return;

  if (!steward_store_recover_from_backup (path, backup, steward_time_now (), &kept, &error)
      || !steward_application_open_database (app, path, &error))
    {
      toast (window, error->message);
      return;
    }
  message = g_strdup_printf (_("The backup was restored; the damaged database was kept as “%s”"),
                             kept);
  toast (window, message);
}

static char *
format_day (const GDate *date)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (g_date_get_year (date),
                                                    g_date_get_month (date),
                                                    g_date_get_day (date), 0, 0, 0);

  /* TRANSLATORS: a backup's day, a g_date_time_format() format; in Chinese "%Y年%-m月%-d日" */
  return g_date_time_format (day, _("%-d %B %Y"));
}

static GtkWindow *
offer_backup (StewardApplication  *app,
              GtkWindow           *window,
              const StewardBackup *newest)
{
  g_autofree char *day = format_day (&newest->date);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("The Database Is Damaged"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” cannot be read: it is damaged or is not a Steward "
                                    "database.\n\nRestore the newest backup, made on %s? The "
                                    "damaged database is kept in the backup folder."),
                                  steward_application_get_database_path (app), day);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Not Now"),
                                    "restore", _("_Restore Backup"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "steward-backup", g_strdup (newest->path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response), app, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

GtkWindow *
steward_recovery_offer (StewardApplication *app,
                        GtkWindow          *window,
                        const GError       *error)
{
  const char *path;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (STEWARD_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (error != NULL, NULL);

  path = steward_application_get_database_path (app);
  if (!steward_store_is_damaged (path))
    {
      toast (window, error->message);
      return NULL;
    }

  backups = steward_store_list_backups_for (path, NULL);
  if (backups != NULL && backups->len > 0)
    return offer_backup (app, window, g_ptr_array_index (backups, 0));

  /* Nothing to restore: start again from the welcome page, keeping the damaged file. */
  if (!steward_store_set_aside_damaged (path, steward_time_now (), &kept, &local_error))
    {
      toast (window, local_error->message);
      return NULL;
    }
  steward_application_set_first_run (app, TRUE);
  message = g_strdup_printf (_("The database was damaged and there is no backup; it was kept as "
                               "“%s”"), kept);
  toast (window, message);
  return NULL;
}
