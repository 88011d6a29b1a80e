/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-clients"

#include "config.h"

#include "steward-store-clients.h"

#include <glib/gi18n-lib.h>

#include "steward-error.h"
#include "steward-store-private.h"
#include "steward-time.h"

struct _StewardStoreClients
{
  GObject       parent_instance;

  StewardStore *store;
};

static void repository_iface_init (StewardClientRepositoryInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StewardStoreClients, steward_store_clients, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (STEWARD_TYPE_CLIENT_REPOSITORY,
                                                      repository_iface_init))

static void
steward_store_clients_dispose (GObject *object)
{
  StewardStoreClients *self = STEWARD_STORE_CLIENTS (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (steward_store_clients_parent_class)->dispose (object);
}

static void
steward_store_clients_class_init (StewardStoreClientsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = steward_store_clients_dispose;
}

static void
steward_store_clients_init (StewardStoreClients *self)
{
}

StewardStoreClients *
steward_store_clients_new (StewardStore *store)
{
  StewardStoreClients *self;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  self = g_object_new (STEWARD_TYPE_STORE_CLIENTS, NULL);
  self->store = g_object_ref (store);
  return self;
}

static StewardPlatforms
parse_platforms (const char *codes)
{
  g_auto(GStrv) parts = g_strsplit (codes, ",", -1);
  StewardPlatforms platforms = STEWARD_PLATFORM_NONE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      int os;

      if (steward_enum_parse (STEWARD_TYPE_OS, parts[i], &os))
        platforms |= steward_platforms_from_os (os);
    }
  return platforms;
}

StewardClient *
steward_store_client_from_row (StewardStmt *stmt)
{
  StewardClient *client;

  client = g_object_new (STEWARD_TYPE_CLIENT,
                         "id", (gint64) sqlite3_column_int64 (stmt, 0),
                         "name", steward_stmt_column_text (stmt, 1),
                         "industry", steward_stmt_column_text (stmt, 2),
                         "address", steward_stmt_column_text (stmt, 3),
                         "notes", steward_stmt_column_text (stmt, 4),
                         "owner", steward_stmt_column_text (stmt, 5),
                         "advisor", steward_stmt_column_text (stmt, 6),
                         "archived", sqlite3_column_int (stmt, 7) != 0,
                         "created-at", steward_stmt_column_time (stmt, 8),
                         "updated-at", steward_stmt_column_time (stmt, 9),
                         "platforms", parse_platforms (steward_stmt_column_text (stmt, 13)),
                         NULL);
  steward_client_set_summary (client, (guint) sqlite3_column_int64 (stmt, 10),
                              sqlite3_column_int64 (stmt, 11), steward_stmt_column_time (stmt, 12));
  return client;
}

/* Runs a one-row client query bound to an id or a name key. NULL without error when no row. */
static StewardClient *
query_client (StewardStore  *store,
              const char    *sql,
              gint64         id,
              const char    *key,
              GError       **error)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (key != NULL)
    steward_stmt_bind_text (stmt, 1, key);
  else
    sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return steward_store_client_from_row (stmt);
  if (rc != SQLITE_DONE)
    steward_store_set_error (store, error);
  return NULL;
}

static StewardClient *
lookup_by_id (StewardStore  *store,
              gint64         id,
              GError       **error)
{
  return query_client (store, "SELECT " STEWARD_STORE_CLIENT_COLUMNS " FROM clients WHERE id = ?",
                       id, NULL, error);
}

static StewardClient *
lookup_by_key (StewardStore  *store,
               const char    *key,
               GError       **error)
{
  return query_client (store, "SELECT " STEWARD_STORE_CLIENT_COLUMNS " FROM clients WHERE name_key = ?",
                       0, key, error);
}

static void
set_not_found (GError **error,
               gint64   id)
{
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
               _("There is no client with number %lld"), (long long) id);
}

/* STEWARD_ERROR_CONFLICT when another client (not @own_id) has @key. */
static gboolean
check_name_free (StewardStore  *store,
                 const char    *name,
                 const char    *key,
                 gint64         own_id,
                 GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(StewardClient) existing = lookup_by_key (store, key, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (existing != NULL && steward_client_get_id (existing) != own_id)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT,
                   _("Client name: “%s” is already taken by the client “%s” (names are compared "
                     "ignoring case and full-width forms)"),
                   name, steward_client_get_name (existing));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_platforms (StewardStore      *store,
                 gint64             client_id,
                 StewardPlatforms   platforms,
                 GError           **error)
{
  static const StewardOs all[] = { STEWARD_OS_WINDOWS, STEWARD_OS_MACOS, STEWARD_OS_LINUX };
  g_autoptr(StewardStmt) del = steward_store_prepare (store,
                                                      "DELETE FROM client_platforms WHERE client_id = ?",
                                                      error);

  if (del == NULL)
    return FALSE;
  sqlite3_bind_int64 (del, 1, client_id);
  if (!steward_store_step_done (store, del, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_autoptr(StewardStmt) ins = NULL;

      if ((platforms & steward_platforms_from_os (all[i])) == 0)
        continue;
      ins = steward_store_prepare (store, "INSERT INTO client_platforms (client_id, os) VALUES (?, ?)",
                                   error);
      if (ins == NULL)
        return FALSE;
      sqlite3_bind_int64 (ins, 1, client_id);
      steward_stmt_bind_text (ins, 2, steward_enum_code (STEWARD_TYPE_OS, all[i]));
      if (!steward_store_step_done (store, ins, error))
        return FALSE;
    }
  return TRUE;
}

/* Binds the editable columns as ?1…?8: name, name_key, industry, address, notes, owner,
 * advisor, archived. */
static void
bind_client_fields (StewardStmt   *stmt,
                    StewardClient *client,
                    const char    *name,
                    const char    *key)
{
  steward_stmt_bind_text (stmt, 1, name);
  steward_stmt_bind_text (stmt, 2, key);
  steward_stmt_bind_text (stmt, 3, steward_client_get_industry (client));
  steward_stmt_bind_text (stmt, 4, steward_client_get_address (client));
  steward_stmt_bind_text (stmt, 5, steward_client_get_notes (client));
  steward_stmt_bind_text (stmt, 6, steward_client_get_owner (client));
  steward_stmt_bind_text (stmt, 7, steward_client_get_advisor (client));
  sqlite3_bind_int (stmt, 8, steward_client_get_archived (client));
}

/* Inserts (id 0) or updates one contact at @position; returns its id, 0 on failure. */
static gint64
write_contact (StewardStore    *store,
               gint64           client_id,
               StewardContact  *contact,
               guint            position,
               GError         **error)
{
  gint64 id = steward_contact_get_id (contact);
  g_autoptr(StewardStmt) stmt = NULL;
  g_autofree char *name = g_strstrip (g_strdup (steward_contact_get_name (contact)));

  if (id > 0)
    stmt = steward_store_prepare (store,
                                  "UPDATE contacts SET name = ?1, role = ?2, phone = ?3, email = ?4, "
                                  "is_primary = ?5, position = ?6 WHERE id = ?7 AND client_id = ?8",
                                  error);
  else
    stmt = steward_store_prepare (store,
                                  "INSERT INTO contacts (name, role, phone, email, is_primary, "
                                  "position, client_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?8)",
                                  error);
  if (stmt == NULL)
    return 0;

  steward_stmt_bind_text (stmt, 1, name);
  steward_stmt_bind_text (stmt, 2, steward_contact_get_role (contact));
  steward_stmt_bind_text (stmt, 3, steward_contact_get_phone (contact));
  steward_stmt_bind_text (stmt, 4, steward_contact_get_email (contact));
  sqlite3_bind_int (stmt, 5, steward_contact_get_primary (contact));
  sqlite3_bind_int (stmt, 6, position);
  if (id > 0)
    sqlite3_bind_int64 (stmt, 7, id);
  sqlite3_bind_int64 (stmt, 8, client_id);
  if (!steward_store_step_done (store, stmt, error))
    return 0;

  if (id > 0 && sqlite3_changes (steward_store_get_db (store)) == 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
                   _("The contact “%s” does not belong to this client"), name);
      return 0;
    }
  return id > 0 ? id : sqlite3_last_insert_rowid (steward_store_get_db (store));
}

/* Removes the client's contacts that are not in @keep (ids), then writes @contacts in order.
 * Every contact is first made non-primary so the one-primary index holds between statements. */
static gboolean
write_contacts (StewardStore  *store,
                gint64         client_id,
                GPtrArray     *contacts,
                GArray        *out_ids,
                GError       **error)
{
  g_autoptr(GString) keep = g_string_new ("");
  g_autoptr(StewardStmt) reset = NULL;

  reset = steward_store_prepare (store, "UPDATE contacts SET is_primary = 0 WHERE client_id = ?", error);
  if (reset == NULL)
    return FALSE;
  sqlite3_bind_int64 (reset, 1, client_id);
  if (!steward_store_step_done (store, reset, error))
    return FALSE;

  for (guint i = 0; i < contacts->len; i++)
    {
      gint64 id = steward_contact_get_id (g_ptr_array_index (contacts, i));

      if (id > 0)
        g_string_append_printf (keep, "%s%" G_GINT64_FORMAT, keep->len > 0 ? "," : "", id);
    }

  {
    /* The kept ids go in as one bound text value, split by json_each, so the SQL text (and the
     * cached statement) stays the same whatever the ids. */
    g_autoptr(StewardStmt) del = NULL;
    g_autofree char *json = g_strdup_printf ("[%s]", keep->str);

    del = steward_store_prepare (store,
                                 "DELETE FROM contacts WHERE client_id = ? AND id NOT IN "
                                 "(SELECT value FROM json_each (?))",
                                 error);
    if (del == NULL)
      return FALSE;
    sqlite3_bind_int64 (del, 1, client_id);
    steward_stmt_bind_text (del, 2, json);
    if (!steward_store_step_done (store, del, error))
      return FALSE;
  }

  for (guint i = 0; i < contacts->len; i++)
    {
      gint64 id = write_contact (store, client_id, g_ptr_array_index (contacts, i), i, error);

      if (id == 0)
        return FALSE;
      g_array_append_val (out_ids, id);
    }
  return TRUE;
}

/* Gives the saved ids to the caller's objects, only once the transaction committed. */
static void
apply_contact_ids (GPtrArray *contacts,
                   GArray    *ids,
                   gint64     client_id)
{
  for (guint i = 0; contacts != NULL && i < contacts->len; i++)
    {
      steward_contact_set_id (g_ptr_array_index (contacts, i), g_array_index (ids, gint64, i));
      steward_contact_set_client_id (g_ptr_array_index (contacts, i), client_id);
    }
}

static gint64
insert_client (StewardStore   *store,
               StewardClient  *client,
               const char     *name,
               const char     *key,
               gint64          created_at,
               gint64          now,
               GError        **error)
{
  g_autoptr(StewardStmt) stmt = NULL;

  stmt = steward_store_prepare (store,
                                "INSERT INTO clients (name, name_key, industry, address, notes, owner, "
                                "advisor, archived, created_at, updated_at, last_activity_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                                error);
  if (stmt == NULL)
    return 0;
  bind_client_fields (stmt, client, name, key);
  sqlite3_bind_int64 (stmt, 9, created_at);
  sqlite3_bind_int64 (stmt, 10, now);
  if (!steward_store_step_done (store, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (steward_store_get_db (store));
}

static gboolean
repo_add (StewardClientRepository  *repository,
          StewardClient            *client,
          GPtrArray                *contacts,
          GError                  **error)
{
  StewardStore *store = STEWARD_STORE_CLIENTS (repository)->store;
  g_autofree char *name = g_strstrip (g_strdup (steward_client_get_name (client)));
  g_autofree char *key = steward_client_name_key (name);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 now = steward_time_now ();
  gint64 created_at = steward_client_get_created_at (client);
  gint64 id;

  if (created_at == STEWARD_TIME_NONE)
    created_at = now;

  if (!steward_store_begin (store, error))
    return FALSE;

  if (!check_name_free (store, name, key, 0, error) ||
      (id = insert_client (store, client, name, key, created_at, now, error)) == 0 ||
      !write_platforms (store, id, steward_client_get_platforms (client), error) ||
      !write_contacts (store, id, contacts, ids, error) ||
      !steward_store_search_refresh (store, id, error))
    {
      steward_store_rollback (store);
      return FALSE;
    }
  if (!steward_store_commit (store, error))
    return FALSE;

  steward_client_set_id (client, id);
  steward_client_set_name (client, name);
  steward_client_set_created_at (client, created_at);
  steward_client_set_updated_at (client, now);
  steward_client_set_summary (client, 0, 0, now);
  apply_contact_ids (contacts, ids, id);
  return TRUE;
}

static gboolean
update_client_row (StewardStore   *store,
                   StewardClient  *client,
                   const char     *name,
                   const char     *key,
                   gint64          now,
                   GError        **error)
{
  g_autoptr(StewardStmt) stmt = NULL;

  stmt = steward_store_prepare (store,
                                "UPDATE clients SET name = ?1, name_key = ?2, industry = ?3, address = ?4, "
                                "notes = ?5, owner = ?6, advisor = ?7, archived = ?8, updated_at = ?9, "
                                "last_activity_at = max (last_activity_at, ?9) WHERE id = ?10",
                                error);
  if (stmt == NULL)
    return FALSE;
  bind_client_fields (stmt, client, name, key);
  sqlite3_bind_int64 (stmt, 9, now);
  sqlite3_bind_int64 (stmt, 10, steward_client_get_id (client));
  return steward_store_step_done (store, stmt, error);
}

/* Loads the stored row inside the transaction: NOT_FOUND when the id is unknown. */
static StewardClient *
require_client (StewardStore  *store,
                gint64         id,
                GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  StewardClient *client = lookup_by_id (store, id, &local_error);

  if (client == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_not_found (error, id);
    }
  return client;
}

static gboolean
repo_update (StewardClientRepository  *repository,
             StewardClient            *client,
             GPtrArray                *contacts,
             GError                  **error)
{
  StewardStore *store = STEWARD_STORE_CLIENTS (repository)->store;
  g_autofree char *name = g_strstrip (g_strdup (steward_client_get_name (client)));
  g_autofree char *key = steward_client_name_key (name);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(StewardClient) stored = NULL;
  gint64 id = steward_client_get_id (client);
  gint64 now = steward_time_now ();

  if (!steward_store_begin (store, error))
    return FALSE;

  if ((stored = require_client (store, id, error)) == NULL ||
      !check_name_free (store, name, key, id, error) ||
      !update_client_row (store, client, name, key, now, error) ||
      !write_platforms (store, id, steward_client_get_platforms (client), error) ||
      (contacts != NULL && !write_contacts (store, id, contacts, ids, error)) ||
      !steward_store_search_refresh (store, id, error))
    {
      steward_store_rollback (store);
      return FALSE;
    }
  if (!steward_store_commit (store, error))
    return FALSE;

  steward_client_set_name (client, name);
  steward_client_set_updated_at (client, now);
  steward_client_set_summary (client, steward_client_get_open_requests (stored),
                              steward_client_get_outstanding_fen (stored),
                              MAX (steward_client_get_last_activity (stored), now));
  if (contacts != NULL)
    apply_contact_ids (contacts, ids, id);
  return TRUE;
}

static StewardClient *
repo_load (StewardClientRepository  *repository,
           gint64                    id,
           GError                  **error)
{
  return require_client (STEWARD_STORE_CLIENTS (repository)->store, id, error);
}

static StewardClient *
repo_find_by_name (StewardClientRepository  *repository,
                   const char               *name,
                   GError                  **error)
{
  g_autofree char *key = steward_client_name_key (name);

  return lookup_by_key (STEWARD_STORE_CLIENTS (repository)->store, key, error);
}

/* Runs a one-client UPDATE/DELETE bound to ?1 = id, ?2 = value, ?3 = now, inside the caller's
 * transaction; NOT_FOUND when no row changed. Parameters a statement does not use are ignored. */
static gboolean
run_client_change (StewardStore  *store,
                   const char    *sql,
                   gint64         id,
                   gint64         value,
                   GError       **error)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, value);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    sqlite3_bind_int64 (stmt, 3, steward_time_now ());
  if (!steward_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (steward_store_get_db (store)) == 0)
    {
      set_not_found (error, id);
      return FALSE;
    }
  return TRUE;
}

static gboolean
repo_set_archived (StewardClientRepository  *repository,
                   gint64                    id,
                   gboolean                  archived,
                   GError                  **error)
{
  StewardStore *store = STEWARD_STORE_CLIENTS (repository)->store;

  if (!steward_store_begin (store, error))
    return FALSE;
  if (!run_client_change (store,
                          "UPDATE clients SET archived = ?2, updated_at = ?3, "
                          "last_activity_at = max (last_activity_at, ?3) WHERE id = ?1",
                          id, archived, error))
    {
      steward_store_rollback (store);
      return FALSE;
    }
  return steward_store_commit (store, error);
}

static gboolean
has_history (StewardStore  *store,
             gint64         id,
             gboolean      *out_history,
             GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;

  stmt = steward_store_prepare (store,
                                "SELECT EXISTS (SELECT 1 FROM service_requests WHERE client_id = ?1) "
                                "OR EXISTS (SELECT 1 FROM monthly_packages WHERE client_id = ?1) "
                                "OR EXISTS (SELECT 1 FROM complaints WHERE client_id = ?1)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      steward_store_set_error (store, error);
      return FALSE;
    }
  *out_history = sqlite3_column_int (stmt, 0) != 0;
  return TRUE;
}

static gboolean
repo_delete (StewardClientRepository  *repository,
             gint64                    id,
             GError                  **error)
{
  StewardStore *store = STEWARD_STORE_CLIENTS (repository)->store;
  g_autoptr(StewardClient) stored = NULL;
  gboolean history = FALSE;

  if (!steward_store_begin (store, error))
    return FALSE;

  if ((stored = require_client (store, id, error)) == NULL ||
      !has_history (store, id, &history, error))
    {
      steward_store_rollback (store);
      return FALSE;
    }
  if (history)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("The client “%s” has service history and cannot be deleted; archive it "
                     "instead"),
                   steward_client_get_name (stored));
      steward_store_rollback (store);
      return FALSE;
    }

  /* Contacts, platforms and search rows go with the client (ON DELETE CASCADE, trigger). */
  if (!run_client_change (store, "DELETE FROM clients WHERE id = ?1", id, 0, error))
    {
      steward_store_rollback (store);
      return FALSE;
    }
  return steward_store_commit (store, error);
}

static GPtrArray *
repo_list_contacts (StewardClientRepository  *repository,
                    gint64                    client_id,
                    GError                  **error)
{
  StewardStore *store = STEWARD_STORE_CLIENTS (repository)->store;
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StewardStmt) stmt = NULL;
  int rc;

  stmt = steward_store_prepare (store,
                                "SELECT id, client_id, name, role, phone, email, is_primary FROM contacts "
                                "WHERE client_id = ? ORDER BY is_primary DESC, position, id",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, client_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (contacts, g_object_new (STEWARD_TYPE_CONTACT,
                                             "id", (gint64) sqlite3_column_int64 (stmt, 0),
                                             "client-id", (gint64) sqlite3_column_int64 (stmt, 1),
                                             "name", steward_stmt_column_text (stmt, 2),
                                             "role", steward_stmt_column_text (stmt, 3),
                                             "phone", steward_stmt_column_text (stmt, 4),
                                             "email", steward_stmt_column_text (stmt, 5),
                                             "primary", sqlite3_column_int (stmt, 6) != 0,
                                             NULL));
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&contacts);
}

/* Replaces each contact's name with "Anonymised contact N" (also on training attendance) and
 * clears phone and email. */
static gboolean
anonymise_contacts (StewardStore  *store,
                    gint64         client_id,
                    GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  {
    g_autoptr(StewardStmt) list = steward_store_prepare (store,
                                                         "SELECT id FROM contacts WHERE client_id = ? "
                                                         "ORDER BY position, id",
                                                         error);
    if (list == NULL)
      return FALSE;
    sqlite3_bind_int64 (list, 1, client_id);
    while (sqlite3_step (list) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (list, 0);

        g_array_append_val (ids, id);
      }
  }

  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *name = g_strdup_printf (_("Anonymised contact %u"), i + 1);
      g_autoptr(StewardStmt) stmt = NULL;

      stmt = steward_store_prepare (store,
                                    "UPDATE contacts SET name = ?1, phone = '', email = '' WHERE id = ?2",
                                    error);
      if (stmt == NULL)
        return FALSE;
      steward_stmt_bind_text (stmt, 1, name);
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!steward_store_step_done (store, stmt, error))
        return FALSE;
      g_clear_pointer (&stmt, steward_stmt_release);

      stmt = steward_store_prepare (store, "UPDATE training_attendees SET name = ?1 WHERE contact_id = ?2",
                                    error);
      if (stmt == NULL)
        return FALSE;
      steward_stmt_bind_text (stmt, 1, name);
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!steward_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
repo_anonymise (StewardClientRepository  *repository,
                gint64                    id,
                GError                  **error)
{
  StewardStore *store = STEWARD_STORE_CLIENTS (repository)->store;

  if (!steward_store_begin (store, error))
    return FALSE;

  if (!run_client_change (store,
                          "UPDATE clients SET anonymised_at = ?3, updated_at = ?3 WHERE id = ?1",
                          id, 0, error) ||
      !anonymise_contacts (store, id, error) ||
      !steward_store_search_refresh (store, id, error))
    {
      steward_store_rollback (store);
      return FALSE;
    }
  return steward_store_commit (store, error);
}

GArray *
steward_store_clients_search (StewardStoreClients  *self,
                              const char           *text,
                              guint                 limit,
                              GError              **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *match = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(StewardStmt) stmt = NULL;
  const char *condition;
  int rc;

  g_return_val_if_fail (STEWARD_IS_STORE_CLIENTS (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  condition = steward_store_search_condition (text, &match);
  if (condition == NULL)
    return g_steal_pointer (&ids);

  sql = g_strconcat ("SELECT id FROM clients WHERE ", condition, " ORDER BY name_key, id LIMIT ?", NULL);
  stmt = steward_store_prepare (self->store, sql, error);
  if (stmt == NULL)
    return NULL;
  steward_stmt_bind_text (stmt, 1, match);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (self->store, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

GStrv
steward_store_clients_list_owners (StewardStoreClients  *self,
                                   GError              **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  g_autoptr(GStrvBuilder) owners = g_strv_builder_new ();
  int rc;

  g_return_val_if_fail (STEWARD_IS_STORE_CLIENTS (self), NULL);

  stmt = steward_store_prepare (self->store,
                                "SELECT DISTINCT owner FROM clients WHERE owner <> '' "
                                "ORDER BY owner", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (owners, steward_stmt_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (self->store, error);
      return NULL;
    }
  return g_strv_builder_end (owners);
}

static void
repository_iface_init (StewardClientRepositoryInterface *iface)
{
  iface->add = repo_add;
  iface->update = repo_update;
  iface->load = repo_load;
  iface->find_by_name = repo_find_by_name;
  iface->set_archived = repo_set_archived;
  iface->delete = repo_delete;
  iface->list_contacts = repo_list_contacts;
  iface->anonymise = repo_anonymise;
}
