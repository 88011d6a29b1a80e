/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-templates"

#include "config.h"

#include "steward-store-templates.h"

#include <glib/gi18n-lib.h>

#include "steward-error.h"
#include "steward-store-private.h"

void
steward_config_template_free (StewardConfigTemplate *template_)
{
  if (template_ == NULL)
    return;

  g_free (template_->name);
  g_free (template_->description);
  g_free (template_);
}

GPtrArray *
steward_store_templates_list (StewardStore  *store,
                              gboolean       include_archived,
                              GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  g_autoptr(GPtrArray) templates = NULL;
  int rc;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  stmt = steward_store_prepare (store,
                                "SELECT id, name, description, archived FROM config_templates "
                                "WHERE archived = 0 OR ?1 ORDER BY name COLLATE NOCASE, id",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_archived ? 1 : 0);

  templates = g_ptr_array_new_with_free_func ((GDestroyNotify) steward_config_template_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StewardConfigTemplate *t = g_new0 (StewardConfigTemplate, 1);

      t->id = sqlite3_column_int64 (stmt, 0);
      t->name = g_strdup (steward_stmt_column_text (stmt, 1));
      t->description = g_strdup (steward_stmt_column_text (stmt, 2));
      t->archived = sqlite3_column_int (stmt, 3) != 0;
      g_ptr_array_add (templates, t);
    }
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&templates);
}

static gboolean
name_taken (StewardStore  *store,
            const char    *name,
            gboolean      *out_taken,
            GError       **error)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (store,
                                                       "SELECT 1 FROM config_templates "
                                                       "WHERE name = ?1 COLLATE NOCASE",
                                                       error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  steward_stmt_bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return FALSE;
    }
  *out_taken = rc == SQLITE_ROW;
  return TRUE;
}

gint64
steward_store_templates_add (StewardStore  *store,
                             const char    *name,
                             const char    *description,
                             gint64         at,
                             GError       **error)
{
  g_autofree char *clean = NULL;
  g_autoptr(StewardStmt) stmt = NULL;
  gboolean taken = FALSE;

  g_return_val_if_fail (STEWARD_IS_STORE (store), 0);

  clean = g_strstrip (g_strdup (name != NULL ? name : ""));
  if (*clean == '\0')
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("A configuration template needs a name"));
      return 0;
    }
  if (!name_taken (store, clean, &taken, error))
    return 0;
  if (taken)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT,
                   _("There is already a configuration template called “%s”"), clean);
      return 0;
    }

  stmt = steward_store_prepare (store,
                                "INSERT INTO config_templates (name, description, archived, created_at) "
                                "VALUES (?1, ?2, 0, ?3)",
                                error);
  if (stmt == NULL)
    return 0;
  steward_stmt_bind_text (stmt, 1, clean);
  steward_stmt_bind_text (stmt, 2, description);
  sqlite3_bind_int64 (stmt, 3, at);
  if (!steward_store_step_done (store, stmt, error))
    return 0;

  return sqlite3_last_insert_rowid (steward_store_get_db (store));
}

gboolean
steward_store_templates_set_archived (StewardStore  *store,
                                      gint64         id,
                                      gboolean       archived,
                                      GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE (store), FALSE);

  stmt = steward_store_prepare (store, "UPDATE config_templates SET archived = ?2 WHERE id = ?1",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, archived ? 1 : 0);
  if (!steward_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (steward_store_get_db (store)) == 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
                   _("No configuration template has the number %lld"), (long long) id);
      return FALSE;
    }
  return TRUE;
}
