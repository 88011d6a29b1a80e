/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Helpers shared by the store tests: every test gets a fresh temporary folder. */

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "steward-client-repository.h"
#include "steward-store.h"

static inline void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          remove_tree (child);
        else
          g_unlink (child);
      }
  g_rmdir (path);
}

/* The schema version of the file at @path, read without opening it as a store. */
static inline int
peek_schema_version (const char *path)
{
  g_autoptr(GError) error = NULL;
  int version = -1;

  g_assert_true (steward_store_peek_schema_version (path, &version, &error));
  g_assert_no_error (error);
  return version;
}

typedef struct {
  char         *dir;
  char         *path;
  StewardStore *store;
} StoreFixture;

static inline void
store_fixture_setup (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("steward-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "steward.db", NULL);
  fixture->store = steward_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

static inline void
store_fixture_teardown (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_clear_object (&fixture->store);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static inline guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* A client with one primary contact. */
static inline StewardClient *
add_client (StewardClientRepository *repo,
            const char              *name,
            const char              *contact_name,
            const char              *phone,
            const char              *email)
{
  g_autoptr(StewardClient) client = steward_client_new (name);
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  StewardContact *contact = steward_contact_new (contact_name);

  steward_contact_set_phone (contact, phone);
  steward_contact_set_email (contact, email);
  steward_contact_set_primary (contact, TRUE);
  g_ptr_array_add (contacts, contact);

  g_assert_true (steward_client_repository_add (repo, client, contacts, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&client);
}
