/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-upgrade-start"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "steward-application.h"
#include "steward-clients-page.h"
#include "steward-store-testing.h"
#include "steward-window.h"
#include "test-store-util.h"
#include "ui-fixtures.h"

/* Start-up on a database of an older schema: the window appears at once on the updating page,
 * with no page or data action available, and shows the page the user last had, with the
 * migrated data, once the worker is done. */

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  f->dir = g_dir_make_tmp ("steward-upgrade-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "steward.db", NULL);
  /* Schema 1, as an older Steward left it: client 1 “华东精密” and three requests. */
  g_assert_true (steward_store_testing_create_v1_with_requests (f->path, &error));
  g_assert_no_error (error);
  g_setenv ("STEWARD_DATABASE", f->path, TRUE);
  /* The user last had the clients page. */
  g_settings_set_string (settings, "last-page", "clients");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static StewardApplication *
register_application (void)
{
  static guint n_apps = 0;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("%s.Test%u", APPLICATION_ID, ++n_apps);
  StewardApplication *app = steward_application_new ();

  /* Without g_application_run() an application stays on the bus after the test (GtkApplication
   * keeps a reference until shutdown): each test's gets its own name. */
  g_application_set_application_id (G_APPLICATION (app), id);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  /* Registering runs startup. */
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));
  return app;
}

static void
stop_application (StewardApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
}

static guint
n_clients (StewardWindow *window)
{
  GtkWidget *page = steward_window_get_page (window, "clients");

  return g_list_model_get_n_items (G_LIST_MODEL (steward_clients_page_get_model (STEWARD_CLIENTS_PAGE (page))));
}

static void
test_updating_then_last_page (Fixture       *f,
                              gconstpointer  data)
{
  StewardApplication *app = register_application ();
  StewardWindow *window;
  GtkWidget *clients;
  g_autoptr(StewardClient) client = NULL;
  gint64 deadline;

  /* Startup did not open (and migrate) the file: a worker does, and nothing waits for it. */
  g_assert_true (steward_application_get_updating (app));
  g_assert_null (steward_application_get_store (app));
  g_assert_false (steward_application_get_first_run (app));

  g_application_activate (G_APPLICATION (app));
  window = STEWARD_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (STEWARD_IS_WINDOW (window));
  g_assert_true (steward_window_get_updating_shown (window));
  g_assert_false (steward_window_get_welcome_shown (window));
  g_assert_nonnull (ui_find (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, NULL));

  /* A second launch presents the same window, still updating. */
  g_application_activate (G_APPLICATION (app));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (app)) == GTK_WINDOW (window));
  g_assert_true (steward_window_get_updating_shown (window));

  /* Neither pages nor data actions are available meanwhile. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "requests");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open", "(sx)", "request", (gint64) 1);
  g_assert_cmpstr (steward_window_get_page_name (window), ==, "clients");
  g_assert_true (steward_window_get_updating_shown (window));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "preferences"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "open-request"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "start-empty"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "about"));

  /* The window is drawn while the worker migrates. */
  ui_show (GTK_WINDOW (window), 900, 600);

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (steward_application_get_store (app) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (steward_application_get_store (app));
  g_assert_cmpint (steward_store_get_schema_version (steward_application_get_store (app)), ==,
                   STEWARD_STORE_SCHEMA_VERSION);
  g_assert_cmpint (peek_schema_version (f->path), ==, STEWARD_STORE_SCHEMA_VERSION);

  /* The page the user last had, with the data of schema 1. */
  g_assert_false (steward_application_get_updating (app));
  g_assert_false (steward_window_get_updating_shown (window));
  g_assert_false (steward_window_get_welcome_shown (window));
  g_assert_cmpstr (steward_window_get_page_name (window), ==, "clients");
  ui_settle (200);
  clients = steward_window_get_page (window, "clients");
  g_assert_true (gtk_widget_get_mapped (clients));
  g_assert_cmpuint (n_clients (window), ==, 1);
  client = g_list_model_get_item (G_LIST_MODEL (steward_clients_page_get_model (STEWARD_CLIENTS_PAGE (clients))), 0);
  g_assert_cmpstr (steward_client_get_name (client), ==, "华东精密");

  /* Everything is available again. */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "preferences"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "open-request"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "requests");
  g_assert_cmpstr (steward_window_get_page_name (window), ==, "requests");

  stop_application (app);
}

static void
test_current_schema_opens_in_startup (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardStore) store = steward_store_open (f->path, &error);
  StewardApplication *app;
  StewardWindow *window;

  /* Migrated already: startup opens the file itself, and no updating page is shown. */
  g_assert_no_error (error);
  g_clear_object (&store);
  app = register_application ();
  g_assert_false (steward_application_get_updating (app));
  g_assert_nonnull (steward_application_get_store (app));

  g_application_activate (G_APPLICATION (app));
  window = STEWARD_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_false (steward_window_get_updating_shown (window));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "preferences"));
  g_assert_cmpuint (n_clients (window), ==, 1);

  stop_application (app);
}

/* A schema-1 file whose header and schema read fine but with a damaged page further on: the
 * peek sends it to the worker, whose quick check finds the damage. */
static void
test_damaged_goes_to_recovery (Fixture       *f,
                               gconstpointer  data)
{
  char junk[4096];
  StewardApplication *app;
  StewardWindow *window;
  FILE *file;
  gint64 deadline;

  memset (junk, 0xff, sizeof junk);
  file = fopen (f->path, "r+b");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, 40 * 4096, SEEK_SET), ==, 0);
  g_assert_cmpint (fwrite (junk, 1, sizeof junk, file), ==, sizeof junk);
  fclose (file);
  g_assert_cmpint (peek_schema_version (f->path), ==, 1);

  app = register_application ();
  g_assert_true (steward_application_get_updating (app));
  g_application_activate (G_APPLICATION (app));
  window = STEWARD_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (steward_window_get_updating_shown (window));
  ui_show (GTK_WINDOW (window), 900, 600);

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (steward_application_get_updating (app) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  /* As for a damaged file at start-up without a backup: the file is set aside and the welcome
   * page offers a new start. */
  g_assert_false (steward_application_get_updating (app));
  g_assert_null (steward_application_get_store (app));
  g_assert_true (steward_application_get_first_run (app));
  g_assert_true (steward_window_get_welcome_shown (window));
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "start-empty"));

  stop_application (app);
}

int
main (int   argc,
      char *argv[])
{
  ui_fixture_init (&argc, &argv);

  g_test_add ("/upgrade-start/updating-then-last-page", Fixture, NULL, fixture_set_up,
              test_updating_then_last_page, fixture_tear_down);
  g_test_add ("/upgrade-start/current-schema-opens-in-startup", Fixture, NULL, fixture_set_up,
              test_current_schema_opens_in_startup, fixture_tear_down);
  g_test_add ("/upgrade-start/damaged-goes-to-recovery", Fixture, NULL, fixture_set_up,
              test_damaged_goes_to_recovery, fixture_tear_down);

  return g_test_run ();
}
