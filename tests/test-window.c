/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "steward-application.h"
#include "steward-clients-page.h"
#include "steward-complaints-page.h"
#include "steward-dashboard-page.h"
#include "steward-packages-page.h"
#include "steward-reports-page.h"
#include "steward-requests-page.h"
#include "steward-training-page.h"
#include "steward-window.h"
#include "ui-fixtures.h"

static StewardApplication *app;

/* Runs the main loop until @condition holds or a few seconds pass. */
static void
wait_until (gboolean (*condition) (gpointer data),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!condition (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

/* Lets a few frames be drawn. */
static void
settle (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

static gboolean
window_is_drawn (gpointer data)
{
  GtkWidget *widget = data;

  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static void
reset_settings (void)
{
  GSettings *settings = steward_application_get_settings (app);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

static StewardWindow *
new_main_window (void)
{
  reset_settings ();
  steward_application_set_first_run (app, FALSE);
  return steward_window_new (app);
}

static void
test_window_pages (void)
{
  StewardWindow *window = new_main_window ();
  GSettings *settings = steward_application_get_settings (app);
  const struct {
    const char *name;
    GType       type;
  } pages[] = {
    { "dashboard", STEWARD_TYPE_DASHBOARD_PAGE },
    { "clients", STEWARD_TYPE_CLIENTS_PAGE },
    { "requests", STEWARD_TYPE_REQUESTS_PAGE },
    { "packages", STEWARD_TYPE_PACKAGES_PAGE },
    { "training", STEWARD_TYPE_TRAINING_PAGE },
    { "complaints", STEWARD_TYPE_COMPLAINTS_PAGE },
    { "reports", STEWARD_TYPE_REPORTS_PAGE },
  };
  g_autofree char *last_page = NULL;

  g_assert_cmpuint (g_strv_length ((GStrv) steward_window_get_page_names ()), ==, 7);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page = steward_window_get_page (window, pages[i].name);

      g_assert_nonnull (page);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (page, pages[i].type));
      g_assert_cmpstr (steward_window_get_page_names ()[i], ==, pages[i].name);
    }
  g_assert_null (steward_window_get_page (window, "invoices"));

  /* A fresh start shows the dashboard; win.show-page switches and remembers the page. */
  g_assert_false (steward_window_get_welcome_shown (window));
  g_assert_cmpstr (steward_window_get_page_name (window), ==, "dashboard");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                                 pages[i].name));
      g_assert_cmpstr (steward_window_get_page_name (window), ==, pages[i].name);
    }
  last_page = g_settings_get_string (settings, "last-page");
  g_assert_cmpstr (last_page, ==, "reports");

  /* An unknown page changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "invoices");
  g_assert_cmpstr (steward_window_get_page_name (window), ==, "reports");

  /* No page can search or create anything yet: Ctrl+F and Ctrl+N leave the page as it is. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  g_assert_cmpstr (steward_window_get_page_name (window), ==, "reports");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_restores_state (void)
{
  GSettings *settings;
  StewardWindow *window;
  int width, height;

  reset_settings ();
  settings = steward_application_get_settings (app);
  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 600);
  g_settings_set_string (settings, "last-page", "training");
  steward_application_set_first_run (app, FALSE);

  window = steward_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 600);
  g_assert_cmpstr (steward_window_get_page_name (window), ==, "training");

  /* Closing saves the size the user left it at. */
  gtk_window_present (GTK_WINDOW (window));
  wait_until (window_is_drawn, window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static gboolean setup_fails;
static int setup_calls;
static StewardSetupChoice setup_choice;

static gboolean
fake_setup (StewardApplication  *application,
            StewardSetupChoice   choice,
            gpointer             user_data,
            GError             **error)
{
  setup_calls++;
  setup_choice = choice;
  if (setup_fails)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "The disk is full");
      return FALSE;
    }
  return TRUE;
}

static void
test_window_first_run (void)
{
  StewardWindow *window;

  reset_settings ();
  steward_application_set_first_run (app, TRUE);
  window = steward_window_new (app);
  g_assert_true (steward_window_get_welcome_shown (window));

  /* Without a store behind it, "Start Empty" only leaves the welcome page. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "start-empty", NULL);
  g_assert_false (steward_window_get_welcome_shown (window));
  g_assert_false (steward_application_get_first_run (app));

  /* A setup that fails keeps the welcome page; one that works leaves it. */
  steward_application_set_first_run (app, TRUE);
  g_assert_true (steward_window_get_welcome_shown (window));
  steward_application_set_setup_func (app, fake_setup, NULL, NULL);
  setup_fails = TRUE;
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-demo", NULL);
  g_assert_cmpint (setup_calls, ==, 1);
  g_assert_cmpint (setup_choice, ==, STEWARD_SETUP_DEMO);
  g_assert_true (steward_window_get_welcome_shown (window));
  g_assert_true (steward_application_get_first_run (app));

  setup_fails = FALSE;
  g_action_group_activate_action (G_ACTION_GROUP (app), "start-empty", NULL);
  g_assert_cmpint (setup_calls, ==, 2);
  g_assert_cmpint (setup_choice, ==, STEWARD_SETUP_EMPTY);
  g_assert_false (steward_window_get_welcome_shown (window));

  steward_application_set_setup_func (app, NULL, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_second_launch (void)
{
  GtkWindow *window;

  reset_settings ();
  steward_application_set_first_run (app, FALSE);
  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (STEWARD_IS_WINDOW (window));

  /* Another launch lands in activate again: it shows the same window, not a second one. */
  g_application_activate (G_APPLICATION (app));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (app)) == window);

  gtk_window_destroy (window);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static void
test_window_about_and_shortcuts (void)
{
  StewardWindow *window = new_main_window ();
  GtkWindow *about;
  GtkShortcutsWindow *overlay;

  gtk_window_present (GTK_WINDOW (window));
  wait_until (window_is_drawn, window);

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (window));
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_application_icon (ADW_ABOUT_WINDOW (about)), ==,
                   APPLICATION_ID);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==,
                   GTK_LICENSE_GPL_3_0);
  g_assert_true (g_str_has_prefix (adw_about_window_get_issue_url (ADW_ABOUT_WINDOW (about)),
                                   "https://"));
  settle (100);
  gtk_window_destroy (about);

  /* GtkApplication loaded the help overlay from the resources and gave it to the window. */
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  settle (100);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_accels (void)
{
  g_auto(GStrv) quit = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_auto(GStrv) prefs = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                "app.preferences");

  g_assert_cmpstr (quit[0], ==, "<Control>q");
  g_assert_cmpstr (prefs[0], ==, "<Control>comma");
}

static void
test_window_colour_scheme (void)
{
  GSettings *settings = steward_application_get_settings (app);
  AdwStyleManager *style = adw_style_manager_get_default ();

  reset_settings ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
  g_settings_set_string (settings, "colour-scheme", "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));
  g_settings_set_string (settings, "colour-scheme", "light");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (adw_style_manager_get_dark (style));
  g_settings_set_string (settings, "colour-scheme", "follow");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
}

/* How many different colours a sample of the picture has: a blank or failed render has one. */
static guint
count_colours (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = (gsize) width * 4;
  g_autofree guchar *pixels = g_malloc (stride * height);
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);

  gdk_texture_download (texture, pixels, stride);
  for (int y = 0; y < height; y += 3)
    for (int x = 0; x < width; x += 3)
      {
        guint32 pixel;

        memcpy (&pixel, pixels + y * stride + x * 4, 4);
        g_hash_table_add (colours, GUINT_TO_POINTER (pixel));
      }

  return g_hash_table_size (colours);
}

static void
test_window_screenshot (void)
{
  StewardWindow *window = new_main_window ();
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GdkTexture) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "test-window-requests.png", NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 640);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "requests");
  gtk_window_present (GTK_WINDOW (window));
  wait_until (window_is_drawn, window);
  settle (300);

  texture = ui_render_texture (GTK_WIDGET (window));
  g_remove (path);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s", path);

  loaded = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (loaded), ==, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpint (gdk_texture_get_height (loaded), ==, gtk_widget_get_height (GTK_WIDGET (window)));
  g_assert_cmpint (gdk_texture_get_width (loaded), >=, 600);
  /* Background, text, icons, borders and anti-aliasing: far more than a handful. */
  g_assert_cmpuint (count_colours (loaded), >, 20);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("steward-test-XXXXXX", &error);
  int ret;

  g_assert_no_error (error);
  /* No database exists here, whatever the user running the tests has. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = steward_application_new ();
  /* Test programs run side by side on one session bus: each must be its own primary instance. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

  g_test_add_func ("/window/pages", test_window_pages);
  g_test_add_func ("/window/restores-state", test_window_restores_state);
  g_test_add_func ("/window/first-run", test_window_first_run);
  g_test_add_func ("/window/second-launch", test_window_second_launch);
  g_test_add_func ("/window/about-and-shortcuts", test_window_about_and_shortcuts);
  g_test_add_func ("/window/accels", test_window_accels);
  g_test_add_func ("/window/colour-scheme", test_window_colour_scheme);
  g_test_add_func ("/window/screenshot", test_window_screenshot);
  ret = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  g_rmdir (data_home);
  return ret;
}
