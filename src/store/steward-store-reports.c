/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-reports"

#include "config.h"

#include "steward-store-reports.h"

#include <glib/gi18n-lib.h>

#include "steward-client.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-report-templates.h"
#include "steward-store-private.h"
#include "steward-time.h"

struct _StewardStoreReports
{
  GObject       parent_instance;

  StewardStore *store;
};

G_DEFINE_FINAL_TYPE (StewardStoreReports, steward_store_reports, G_TYPE_OBJECT)

void
steward_report_entry_free (StewardReportEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->code);
  g_free (entry->name);
  g_free (entry);
}

static void
steward_store_reports_dispose (GObject *object)
{
  StewardStoreReports *self = STEWARD_STORE_REPORTS (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (steward_store_reports_parent_class)->dispose (object);
}

static void
steward_store_reports_class_init (StewardStoreReportsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = steward_store_reports_dispose;
}

static void
steward_store_reports_init (StewardStoreReports *self)
{
}

StewardStoreReports *
steward_store_reports_new (StewardStore *store)
{
  StewardStoreReports *self;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  self = g_object_new (STEWARD_TYPE_STORE_REPORTS, NULL);
  self->store = g_object_ref (store);
  return self;
}

static void
set_not_found (GError **error,
               gint64   id)
{
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
               _("There is no saved report with number %lld"), (long long) id);
}

static void
set_name_taken (GError     **error,
                const char  *name)
{
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT,
               _("Report name: “%s” is already taken (names are compared ignoring case and "
                 "full-width forms)"), name);
}

/* Whether a built-in template is called @key. */
static gboolean
is_builtin_name (const char *key)
{
  const char * const *codes = steward_report_template_codes ();

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autofree char *builtin = steward_client_name_key (steward_report_template_get_name (codes[i]));

      if (g_strcmp0 (builtin, key) == 0)
        return TRUE;
    }
  return FALSE;
}

/* STEWARD_ERROR_CONFLICT when a built-in or another definition (not @own_id) is called @name. */
static gboolean
check_name_free (StewardStore  *store,
                 const char    *name,
                 const char    *key,
                 gint64         own_id,
                 GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  int rc;

  if (is_builtin_name (key))
    {
      set_name_taken (error, name);
      return FALSE;
    }

  stmt = steward_store_prepare (store, "SELECT id FROM report_definitions WHERE title_key = ? AND id <> ?", error);
  if (stmt == NULL)
    return FALSE;
  steward_stmt_bind_text (stmt, 1, key);
  sqlite3_bind_int64 (stmt, 2, own_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      set_name_taken (error, name);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return FALSE;
    }
  return TRUE;
}

/* Writes the row of @spec (named @name); returns its id, 0 on failure. */
static gint64
write_definition (StewardStore       *store,
                  StewardReportSpec  *spec,
                  const char         *name,
                  const char         *key,
                  GError            **error)
{
  gint64 id = steward_report_spec_get_id (spec);
  g_autoptr(StewardStmt) stmt = NULL;
  g_autofree char *json = steward_report_spec_to_json (spec);

  if (id > 0)
    stmt = steward_store_prepare (store,
                                  "UPDATE report_definitions SET title = ?1, title_key = ?2, source = ?3, "
                                  "chart = ?4, period = ?5, spec = ?6, updated_at = ?7 WHERE id = ?8",
                                  error);
  else
    stmt = steward_store_prepare (store,
                                  "INSERT INTO report_definitions (title, title_key, source, chart, period, "
                                  "spec, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                                  error);
  if (stmt == NULL)
    return 0;

  steward_stmt_bind_text (stmt, 1, name);
  steward_stmt_bind_text (stmt, 2, key);
  steward_stmt_bind_text (stmt, 3, steward_enum_code (STEWARD_TYPE_REPORT_SOURCE, steward_report_spec_get_source (spec)));
  steward_stmt_bind_text (stmt, 4, steward_enum_code (STEWARD_TYPE_CHART_TYPE, steward_report_spec_get_chart (spec)));
  steward_stmt_bind_text (stmt, 5, steward_enum_code (STEWARD_TYPE_REPORT_PERIODIC, steward_report_spec_get_periodic (spec)));
  steward_stmt_bind_text (stmt, 6, json);
  sqlite3_bind_int64 (stmt, 7, steward_time_now ());
  if (id > 0)
    sqlite3_bind_int64 (stmt, 8, id);
  if (!steward_store_step_done (store, stmt, error))
    return 0;

  if (id > 0 && sqlite3_changes (steward_store_get_db (store)) == 0)
    {
      set_not_found (error, id);
      return 0;
    }
  return id > 0 ? id : sqlite3_last_insert_rowid (steward_store_get_db (store));
}

/* Saves a copy of @spec named @name; on success gives @spec the trimmed name and the id. */
static gboolean
save_named (StewardStoreReports  *self,
            StewardReportSpec    *spec,
            const char           *name,
            GError              **error)
{
  g_autoptr(StewardReportSpec) copy = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autofree char *key = NULL;
  g_autofree char *json = steward_report_spec_to_json (spec);
  gint64 id;

  /* Work on a copy so a refusal leaves the caller's spec as it was. */
  copy = steward_report_spec_new_from_json (json, error);
  if (copy == NULL)
    return FALSE;
  steward_report_spec_set_id (copy, steward_report_spec_get_id (spec));
  steward_report_spec_set_name (copy, trimmed);
  if (!steward_report_spec_validate (copy, error))
    return FALSE;
  key = steward_client_name_key (trimmed);

  if (!steward_store_begin (self->store, error))
    return FALSE;
  if (!check_name_free (self->store, trimmed, key, steward_report_spec_get_id (copy), error) ||
      (id = write_definition (self->store, copy, trimmed, key, error)) == 0)
    {
      steward_store_rollback (self->store);
      return FALSE;
    }
  if (!steward_store_commit (self->store, error))
    return FALSE;

  steward_report_spec_set_name (spec, trimmed);
  steward_report_spec_set_id (spec, id);
  return TRUE;
}

gboolean
steward_store_reports_save (StewardStoreReports  *self,
                            StewardReportSpec    *spec,
                            GError              **error)
{
  g_return_val_if_fail (STEWARD_IS_STORE_REPORTS (self), FALSE);
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (spec), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_named (self, spec, steward_report_spec_get_name (spec), error);
}

StewardReportSpec *
steward_store_reports_load (StewardStoreReports  *self,
                            gint64                id,
                            GError              **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  StewardReportSpec *spec;
  int rc;

  g_return_val_if_fail (STEWARD_IS_STORE_REPORTS (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = steward_store_prepare (self->store, "SELECT spec FROM report_definitions WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      set_not_found (error, id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      steward_store_set_error (self->store, error);
      return NULL;
    }

  spec = steward_report_spec_new_from_json (steward_stmt_column_text (stmt, 0), error);
  if (spec != NULL)
    steward_report_spec_set_id (spec, id);
  return spec;
}

static void
add_builtins (GPtrArray *entries)
{
  const char * const *codes = steward_report_template_codes ();

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr(StewardReportSpec) spec = steward_report_template_new (codes[i], NULL);
      StewardReportEntry *entry = g_new0 (StewardReportEntry, 1);

      g_assert (spec != NULL);
      entry->code = g_strdup (codes[i]);
      entry->name = g_strdup (steward_report_spec_get_name (spec));
      entry->source = steward_report_spec_get_source (spec);
      entry->chart = steward_report_spec_get_chart (spec);
      entry->builtin = TRUE;
      g_ptr_array_add (entries, entry);
    }
}

static StewardReportEntry *
entry_from_row (StewardStmt *stmt)
{
  StewardReportEntry *entry = g_new0 (StewardReportEntry, 1);
  int source = 0;
  int chart = 0;

  /* The schema's CHECKs admit only known codes. */
  steward_enum_parse (STEWARD_TYPE_REPORT_SOURCE, steward_stmt_column_text (stmt, 2), &source);
  steward_enum_parse (STEWARD_TYPE_CHART_TYPE, steward_stmt_column_text (stmt, 3), &chart);
  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->name = g_strdup (steward_stmt_column_text (stmt, 1));
  entry->source = source;
  entry->chart = chart;
  return entry;
}

GPtrArray *
steward_store_reports_list (StewardStoreReports  *self,
                            gboolean              include_builtin,
                            GError              **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(StewardStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (STEWARD_IS_STORE_REPORTS (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) steward_report_entry_free);
  if (include_builtin)
    add_builtins (entries);

  stmt = steward_store_prepare (self->store,
                                "SELECT id, title, source, chart FROM report_definitions "
                                "ORDER BY title_key, id",
                                error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries, entry_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (self->store, error);
      return NULL;
    }
  return g_steal_pointer (&entries);
}

gboolean
steward_store_reports_rename (StewardStoreReports  *self,
                              gint64                id,
                              const char           *name,
                              GError              **error)
{
  g_autoptr(StewardReportSpec) spec = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE_REPORTS (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The name lives in the JSON too, so a rename rewrites the whole definition. */
  spec = steward_store_reports_load (self, id, error);
  return spec != NULL && save_named (self, spec, name, error);
}

/* Whether a built-in or a saved definition is called @name. */
static gboolean
name_taken (StewardStore  *store,
            const char    *name,
            gboolean      *out_taken,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *key = steward_client_name_key (name);

  if (check_name_free (store, name, key, 0, &local_error))
    {
      *out_taken = FALSE;
      return TRUE;
    }
  if (g_error_matches (local_error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT))
    {
      *out_taken = TRUE;
      return TRUE;
    }
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

StewardReportSpec *
steward_store_reports_duplicate (StewardStoreReports  *self,
                                 gint64                id,
                                 GError              **error)
{
  g_autoptr(StewardReportSpec) original = NULL;
  g_autoptr(StewardReportSpec) copy = NULL;
  g_autofree char *name = NULL;
  gboolean taken = TRUE;

  g_return_val_if_fail (STEWARD_IS_STORE_REPORTS (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  original = steward_store_reports_load (self, id, error);
  if (original == NULL)
    return NULL;
  copy = steward_report_spec_duplicate (original);
  name = g_strdup (steward_report_spec_get_name (copy));

  for (guint n = 2; ; n++)
    {
      if (!name_taken (self->store, name, &taken, error))
        return NULL;
      if (!taken)
        break;
      g_free (name);
      /* TRANSLATORS: a copy's name when "Copy of …" is taken; %s is that name, %u a number. */
      name = g_strdup_printf (_("%s (%u)"), steward_report_spec_get_name (copy), n);
    }

  if (!save_named (self, copy, name, error))
    return NULL;
  return g_steal_pointer (&copy);
}

gboolean
steward_store_reports_delete (StewardStoreReports  *self,
                              gint64                id,
                              GError              **error)
{
  g_autoptr(StewardStmt) stmt = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE_REPORTS (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = steward_store_prepare (self->store, "DELETE FROM report_definitions WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!steward_store_step_done (self->store, stmt, error))
    return FALSE;
  if (sqlite3_changes (steward_store_get_db (self->store)) == 0)
    {
      set_not_found (error, id);
      return FALSE;
    }
  return TRUE;
}
