/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-ui-util"

#include "config.h"

#include "steward-ui-util.h"

#include "steward-window.h"

#define WATCH_FUNC_KEY "steward-watch-application-func"

static void
watch_try (GtkWidget *widget)
{
  StewardApplicationFunc func = g_object_get_data (G_OBJECT (widget), WATCH_FUNC_KEY);
  StewardApplication *app = steward_widget_get_application (widget);

  if (func == NULL || app == NULL)
    return;

  /* Once only: a page keeps its application for its whole life. */
  g_object_set_data (G_OBJECT (widget), WATCH_FUNC_KEY, NULL);
  func (widget, app);
}

static void
on_root_application (GtkWindow  *window,
                     GParamSpec *pspec,
                     GtkWidget  *widget)
{
  watch_try (widget);
}

static void
on_widget_root (GtkWidget  *widget,
                GParamSpec *pspec,
                gpointer    user_data)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (g_object_get_data (G_OBJECT (widget), WATCH_FUNC_KEY) == NULL || !GTK_IS_WINDOW (root))
    return;

  g_signal_connect_object (root, "notify::application", G_CALLBACK (on_root_application),
                           widget, 0);
  watch_try (widget);
}

void
steward_widget_watch_application (GtkWidget              *widget,
                                  StewardApplicationFunc  func)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (func != NULL);

  g_object_set_data (G_OBJECT (widget), WATCH_FUNC_KEY, func);
  g_signal_connect (widget, "notify::root", G_CALLBACK (on_widget_root), NULL);
  on_widget_root (widget, NULL, NULL);
}

StewardApplication *
steward_widget_get_application (GtkWidget *widget)
{
  GtkRoot *root;
  GtkApplication *app;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  root = gtk_widget_get_root (widget);
  if (!GTK_IS_WINDOW (root))
    return NULL;

  /* A dialog belongs to the application through the window it is transient for. */
  app = gtk_window_get_application (GTK_WINDOW (root));
  if (app == NULL && gtk_window_get_transient_for (GTK_WINDOW (root)) != NULL)
    app = gtk_window_get_application (gtk_window_get_transient_for (GTK_WINDOW (root)));

  return STEWARD_IS_APPLICATION (app) ? STEWARD_APPLICATION (app) : NULL;
}

void
steward_widget_add_toast (GtkWidget *widget,
                          AdwToast  *toast)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  root = gtk_widget_get_root (widget);
  if (STEWARD_IS_WINDOW (root))
    steward_window_add_toast (STEWARD_WINDOW (root), toast);
  else if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), toast);
  else
    {
      g_message ("%s", adw_toast_get_title (toast));
      g_object_unref (toast);
    }
}

void
steward_widget_show_error (GtkWidget    *widget,
                           const GError *error)
{
  /* Toast titles are Pango markup in libadwaita 1.2. */
  g_autofree char *markup = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (error != NULL);

  markup = g_markup_escape_text (error->message, -1);
  steward_widget_add_toast (widget, adw_toast_new (markup));
}
