/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ui-fixtures.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "steward-time.h"

void
ui_fixture_init (int    *argc,
                 char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("steward-ui-test-XXXXXX", &error);
  g_autoptr(GtkCssProvider) css = NULL;
  const char *localedir;

  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  /* As main() does, so LANGUAGE=zh_CN screenshots use the translation in the build tree. */
  localedir = g_getenv ("STEWARD_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* gtk_test_init() leaves the locale alone; the tests' environment chooses it (C.UTF-8). */
  setlocale (LC_ALL, "");

  gtk_test_init (argc, argv, NULL);
  adw_init ();
  /* Screenshots show where a transition ends, not half-way. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  css = gtk_css_provider_new ();
  /* AdwApplication would load it; these tests show pages without the application. */
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

gint64
ui_at (const char *text)
{
  gint64 t = 0;

  g_assert_true (steward_time_parse (text, NULL, &t, NULL));
  return t;
}

void
ui_settle (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

void
ui_show (GtkWindow *window,
         int        width,
         int        height)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);
  while ((!gtk_widget_get_mapped (GTK_WIDGET (window))
          || gtk_widget_get_width (GTK_WIDGET (window)) == 0)
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  ui_settle (200);
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  gboolean *painted = user_data;

  *painted = TRUE;
}

/* Queues a redraw of @widget and runs the main loop until its frame clock has painted. */
static void
ui_wait_for_paint (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  gboolean painted = FALSE;
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  g_assert_true (painted);
}

GdkTexture *
ui_render_texture (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width, height;

  /* The paintable shows what was last drawn: let changed widgets draw first, and wait for
   * that frame to be painted rather than a fixed time, which a loaded machine outlasts. A window
   * just shown or resized may paint once before its size is laid out (nothing to show yet):
   * then wait for the next frame, up to 5 s. */
  ui_settle (50);
  for (gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;;)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      ui_wait_for_paint (widget);
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if ((node != NULL && width > 0 && height > 0) || g_get_monotonic_time () > deadline)
        break;
      g_clear_pointer (&node, gsk_render_node_unref);
    }
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

void
ui_screenshot (GtkWidget  *widget,
               const char *path,
               int        *out_width,
               int        *out_height)
{
  g_autoptr(GdkTexture) texture = ui_render_texture (widget);

  g_assert_true (gdk_texture_save_to_png (texture, path));
  *out_width = gdk_texture_get_width (texture);
  *out_height = gdk_texture_get_height (texture);
}

char *
ui_screenshot_path (const char *name)
{
  const char *dir = g_getenv ("STEWARD_SCREENSHOT_DIR");
  g_autofree char *tmp = NULL;

  if (dir == NULL || *dir == '\0')
    {
      tmp = g_build_filename (g_get_tmp_dir (), "steward-screenshots", NULL);
      g_mkdir_with_parents (tmp, 0700);
      dir = tmp;
    }
  return g_build_filename (dir, name, NULL);
}

gboolean
ui_press_key (GtkWidget       *widget,
              guint            keyval,
              GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n = g_list_model_get_n_items (controllers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          if (handled)
            return TRUE;
        }
    }
  return FALSE;
}

static const char *
widget_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (GTK_IS_BUTTON (widget))
    return gtk_button_get_label (GTK_BUTTON (widget));
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  return NULL;
}

GtkWidget *
ui_find (GtkWidget  *root,
         GType       type,
         const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type)
          && (text == NULL || g_strcmp0 (widget_text (child), text) == 0))
        return child;
      found = ui_find (child, type, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
ui_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}
