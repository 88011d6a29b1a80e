/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-recovery"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "steward-application.h"
#include "steward-contact.h"
#include "steward-store-clients.h"
#include "steward-store-recover.h"
#include "steward-window.h"
#include "ui-fixtures.h"

/* Start-up on a damaged database: the newest backup is offered by its date, and restoring it
 * opens the window on the restored data; without a backup the welcome page is shown. */

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
add_client (StewardStore *store,
            const char   *name)
{
  g_autoptr(StewardStoreClients) clients = steward_store_clients_new (store);
  g_autoptr(StewardClient) client = steward_client_new (name);
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  StewardContact *contact = steward_contact_new ("Zhang Wei");
  g_autoptr(GError) error = NULL;

  steward_contact_set_primary (contact, TRUE);
  g_ptr_array_add (contacts, contact);
  steward_client_repository_add (STEWARD_CLIENT_REPOSITORY (clients), client, contacts, &error);
  g_assert_no_error (error);
}

/* A database with "Before the damage" in the backup of 9 March 2026 and "After the backup"
 * only in the live file, whose header is then overwritten. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  with_backup)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardStore) store = NULL;
  g_autofree char *backup = NULL;
  FILE *file;

  f->dir = g_dir_make_tmp ("steward-recovery-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "steward.db", NULL);
  store = steward_store_open (f->path, &error);
  g_assert_no_error (error);
  add_client (store, "Before the damage");
  if (GPOINTER_TO_INT (with_backup))
    {
      backup = steward_store_back_up_now (store, ui_at ("2026-03-09 10:00"), &error);
      g_assert_no_error (error);
    }
  add_client (store, "After the backup");
  g_clear_object (&store);

  file = fopen (f->path, "r+b");
  g_assert_nonnull (file);
  g_assert_cmpint (fwrite ("This is not a database at all!!!", 1, 32, file), ==, 32);
  fclose (file);
  g_assert_true (steward_store_is_damaged (f->path));
  g_setenv ("STEWARD_DATABASE", f->path, TRUE);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
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
start_application (void)
{
  g_autoptr(GError) error = NULL;
  StewardApplication *app = steward_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));
  /* The damaged file cannot be opened: no store, but not a first run either. */
  g_assert_null (steward_application_get_store (app));
  g_application_activate (G_APPLICATION (app));
  ui_settle (200);
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

static gboolean
has_client (StewardApplication *app,
            const char         *name)
{
  g_autoptr(StewardClient) client =
    steward_client_repository_find_by_name (steward_application_get_client_repository (app),
                                            name, NULL);

  return client != NULL;
}

static void
test_restore_offered (Fixture       *f,
                      gconstpointer  data)
{
  StewardApplication *app;
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *shot = ui_screenshot_path ("recovery-dialog.png");
  int width, height;
  /* Each start-up is a process of its own: one application per process on the session bus. */
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  app = start_application ();
  dialog = ADW_MESSAGE_DIALOG (ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  /* The dialog names the backup's day and the problem. */
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "9 March 2026"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "damaged"));
  ui_screenshot (GTK_WIDGET (dialog), shot, &width, &height);
  g_assert_cmpint (width, >, 0);

  adw_message_dialog_response (dialog, "restore");
  ui_settle (100);

  /* The window works on the restored data: what the backup held, not what came after. */
  g_assert_nonnull (steward_application_get_store (app));
  g_assert_false (steward_application_get_first_run (app));
  g_assert_true (has_client (app, "Before the damage"));
  g_assert_false (has_client (app, "After the backup"));
  g_assert_false (steward_store_is_damaged (f->path));

  /* The damaged file is kept beside the backups. */
  backups = steward_store_list_backups_for (f->path, NULL);
  g_assert_cmpuint (backups->len, ==, 1);
  stop_application (app);
}

static void
test_not_now (Fixture       *f,
              gconstpointer  data)
{
  StewardApplication *app;
  AdwMessageDialog *dialog;
  /* Each start-up is a process of its own: one application per process on the session bus. */
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  app = start_application ();
  dialog = ADW_MESSAGE_DIALOG (ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  ui_settle (50);
  /* Nothing was touched. */
  g_assert_null (steward_application_get_store (app));
  g_assert_true (steward_store_is_damaged (f->path));
  stop_application (app);
}

static void
test_no_backup (Fixture       *f,
                gconstpointer  data)
{
  StewardApplication *app;
  StewardWindow *window;
  g_autofree char *backups = g_build_filename (f->dir, "backups", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gboolean kept = FALSE;
  /* Each start-up is a process of its own: one application per process on the session bus. */
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  app = start_application ();
  window = STEWARD_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_null (ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (steward_application_get_first_run (app));
  g_assert_true (steward_window_get_welcome_shown (window));
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  dir = g_dir_open (backups, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    kept |= g_str_has_prefix (name, "steward-damaged-");
  g_assert_true (kept);

  /* "Start Empty" now makes a new database where the damaged one was. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "start-empty", NULL);
  g_assert_nonnull (steward_application_get_store (app));
  g_assert_false (steward_window_get_welcome_shown (window));
  stop_application (app);
}

int
main (int   argc,
      char *argv[])
{
  ui_fixture_init (&argc, &argv);

  g_test_add ("/recovery/restore-offered", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_restore_offered, fixture_tear_down);
  g_test_add ("/recovery/not-now", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_not_now, fixture_tear_down);
  g_test_add ("/recovery/no-backup", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up,
              test_no_backup, fixture_tear_down);
  return g_test_run ();
}
