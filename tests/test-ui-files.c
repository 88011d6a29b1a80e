/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-files"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "steward-preferences-window.h"
#include "steward-window.h"

/* Loads every .ui file compiled into the resources. gtk4-builder-tool cannot check templates
 * of libadwaita or Steward classes, so each template is checked by building an instance of its
 * class: a wrong property, child type or callback name is a critical, fatal under GTest. */

static void
test_ui_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, &error);
  g_autoptr(GRegex) regex = g_regex_new ("<template class=\"([A-Za-z0-9_]+)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  const char *text;

  g_assert_no_error (error);
  text = g_bytes_get_data (bytes, NULL);

  if (g_regex_match (regex, text, 0, &match))
    {
      g_autofree char *class_name = g_match_info_fetch (match, 1);
      GType type = g_type_from_name (class_name);
      GObject *object;

      if (type == G_TYPE_INVALID)
        {
          g_test_skip_printf ("%s is not registered in this test program", class_name);
          return;
        }

      object = g_object_ref_sink (g_object_new (type, NULL));
      g_assert_true (GTK_IS_WIDGET (object));
      if (GTK_IS_WINDOW (object))
        gtk_window_destroy (GTK_WINDOW (object));
      g_object_unref (object);
    }
  else
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new ();

      g_assert_true (gtk_builder_add_from_resource (builder, path, &error));
      g_assert_no_error (error);
    }
}

static void
add_tests (const char *dir)
{
  g_auto(GStrv) children = g_resources_enumerate_children (dir, 0, NULL);

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (dir, children[i], NULL);
      g_autofree char *test_path = NULL;

      if (g_str_has_suffix (path, "/"))
        {
          add_tests (path);
          continue;
        }
      if (!g_str_has_suffix (path, ".ui"))
        continue;

      test_path = g_strconcat ("/ui-files", path + strlen (RESOURCE_BASE), NULL);
      g_test_add_data_func_full (test_path, g_steal_pointer (&path), test_ui_file, g_free);
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* Initialising these two classes registers every class of the shell, through the
   * g_type_ensure calls of their class_init functions. */
  g_type_class_unref (g_type_class_ref (STEWARD_TYPE_WINDOW));
  g_type_class_unref (g_type_class_ref (STEWARD_TYPE_PREFERENCES_WINDOW));

  add_tests (RESOURCE_BASE "/");

  return g_test_run ();
}
