/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-packages"

#include "config.h"

#include "steward-store-packages.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-error.h"
#include "steward-store-requests-private.h"
#include "steward-time.h"

#define PACKAGE_COLUMNS \
  "id, client_id, start_year, start_month, months, price_per_month_fen, quota, overage_fen, " \
  "purchased_at, notes"

static StewardMonthlyPackage *
package_from_row (StewardStmt *stmt)
{
  StewardMonthlyPackage *package = steward_monthly_package_new ();

  steward_monthly_package_set_id (package, sqlite3_column_int64 (stmt, 0));
  steward_monthly_package_set_client_id (package, sqlite3_column_int64 (stmt, 1));
  steward_monthly_package_set_start_year (package, sqlite3_column_int (stmt, 2));
  steward_monthly_package_set_start_month (package, sqlite3_column_int (stmt, 3));
  steward_monthly_package_set_months (package, sqlite3_column_int (stmt, 4));
  steward_monthly_package_set_price_per_month (package, sqlite3_column_int64 (stmt, 5));
  steward_monthly_package_set_quota (package, sqlite3_column_int (stmt, 6));
  steward_monthly_package_set_overage_price (package, sqlite3_column_int64 (stmt, 7));
  steward_monthly_package_set_purchased_at (package, steward_stmt_column_time (stmt, 8));
  steward_monthly_package_set_note (package, steward_stmt_column_text (stmt, 9));
  return package;
}

static void
set_not_found (GError **error,
               gint64   id)
{
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
               _("There is no monthly package with number %lld"), (long long) id);
}

/* Inserts (id 0) or updates the row; returns its id, 0 on failure. */
static gint64
write_package (StewardStore           *store,
               StewardMonthlyPackage  *p,
               GError                **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  gint64 id = steward_monthly_package_get_id (p);
  sqlite3 *db = steward_store_get_db (store);

  if (id > 0)
    stmt = steward_store_prepare (store,
                                  "UPDATE monthly_packages SET client_id = ?1, start_year = ?2, "
                                  "start_month = ?3, months = ?4, price_per_month_fen = ?5, quota = ?6, "
                                  "overage_fen = ?7, purchased_at = ?8, notes = ?9 WHERE id = ?11",
                                  error);
  else
    stmt = steward_store_prepare (store,
                                  "INSERT INTO monthly_packages (client_id, start_year, start_month, months, "
                                  "price_per_month_fen, quota, overage_fen, purchased_at, notes, created_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                  error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, steward_monthly_package_get_client_id (p));
  sqlite3_bind_int (stmt, 2, steward_monthly_package_get_start_year (p));
  sqlite3_bind_int (stmt, 3, steward_monthly_package_get_start_month (p));
  sqlite3_bind_int (stmt, 4, steward_monthly_package_get_months (p));
  sqlite3_bind_int64 (stmt, 5, steward_monthly_package_get_price_per_month (p));
  sqlite3_bind_int (stmt, 6, steward_monthly_package_get_quota (p));
  sqlite3_bind_int64 (stmt, 7, steward_monthly_package_get_overage_price (p));
  sqlite3_bind_int64 (stmt, 8, steward_monthly_package_get_purchased_at (p));
  steward_stmt_bind_text (stmt, 9, steward_monthly_package_get_note (p));
  if (id > 0)
    sqlite3_bind_int64 (stmt, 11, id);
  else
    sqlite3_bind_int64 (stmt, 10, steward_time_now ());
  if (!steward_store_step_done (store, stmt, error))
    return 0;
  if (id > 0 && sqlite3_changes (db) == 0)
    {
      set_not_found (error, id);
      return 0;
    }
  return id > 0 ? id : sqlite3_last_insert_rowid (db);
}

static gboolean
write_prepayment (StewardStore           *store,
                  StewardMonthlyPackage  *p,
                  gint64                  id,
                  StewardPaymentMethod    method,
                  const char             *reference,
                  GError                **error)
{
  g_autoptr(StewardStmt) stmt = NULL;

  stmt = steward_store_prepare (store,
                                "INSERT INTO payments (package_id, kind, amount_fen, method, at, reference, "
                                "created_at) VALUES (?1, 'payment', ?2, ?3, ?4, ?5, ?6)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, steward_monthly_package_get_total_price (p));
  steward_stmt_bind_text (stmt, 3, steward_enum_code (STEWARD_TYPE_PAYMENT_METHOD, method));
  sqlite3_bind_int64 (stmt, 4, steward_monthly_package_get_purchased_at (p));
  steward_stmt_bind_text (stmt, 5, reference);
  sqlite3_bind_int64 (stmt, 6, steward_time_now ());
  return steward_store_step_done (store, stmt, error);
}

gboolean
steward_store_packages_purchase (StewardStore           *store,
                                 StewardMonthlyPackage  *package,
                                 StewardPaymentMethod    method,
                                 const char             *reference,
                                 GError                **error)
{
  gint64 id;

  g_return_val_if_fail (STEWARD_IS_STORE (store), FALSE);
  g_return_val_if_fail (STEWARD_IS_MONTHLY_PACKAGE (package), FALSE);
  g_return_val_if_fail (steward_monthly_package_get_id (package) == 0, FALSE);

  if (!steward_store_begin (store, error))
    return FALSE;
  if ((id = write_package (store, package, error)) == 0 ||
      !write_prepayment (store, package, id, method, reference, error))
    {
      steward_store_rollback (store);
      return FALSE;
    }
  if (!steward_store_commit (store, error))
    return FALSE;
  steward_monthly_package_set_id (package, id);
  return TRUE;
}

gboolean
steward_store_packages_save (StewardStore           *store,
                             StewardMonthlyPackage  *package,
                             GError                **error)
{
  gint64 id;

  g_return_val_if_fail (STEWARD_IS_STORE (store), FALSE);
  g_return_val_if_fail (STEWARD_IS_MONTHLY_PACKAGE (package), FALSE);

  if (!steward_store_begin (store, error))
    return FALSE;
  if ((id = write_package (store, package, error)) == 0)
    {
      steward_store_rollback (store);
      return FALSE;
    }
  if (!steward_store_commit (store, error))
    return FALSE;
  steward_monthly_package_set_id (package, id);
  return TRUE;
}

static GPtrArray *
query_packages (StewardStore  *store,
                const char    *sql,
                gint64         key,
                GError       **error)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (store, sql, error);
  g_autoptr(GPtrArray) packages = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, key);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (packages, package_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&packages);
}

StewardMonthlyPackage *
steward_store_packages_load (StewardStore  *store,
                             gint64         id,
                             GError       **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  found = query_packages (store, "SELECT " PACKAGE_COLUMNS " FROM monthly_packages WHERE id = ?", id, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      set_not_found (error, id);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

GPtrArray *
steward_store_packages_list_for_client (StewardStore  *store,
                                        gint64         client_id,
                                        GError       **error)
{
  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  return query_packages (store,
                         "SELECT " PACKAGE_COLUMNS " FROM monthly_packages WHERE client_id = ? "
                         "ORDER BY start_year, start_month, id",
                         client_id, error);
}

GArray *
steward_store_packages_list_incidents (StewardStore  *store,
                                       gint64         id,
                                       int            year,
                                       int            month,
                                       GTimeZone     *tz,
                                       GError       **error)
{
  g_autoptr(GTimeZone) local = tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_local ();
  g_autoptr(StewardStmt) stmt = NULL;
  g_autoptr(GArray) incidents = g_array_new (FALSE, TRUE, sizeof (StewardPackageIncident));
  int index = year * 12 + month - 1;
  int rc;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  stmt = steward_store_prepare (store,
                                "SELECT id, submitted_at, state = 'cancelled', service FROM service_requests "
                                "WHERE package_id = ?1 AND package_incident = 1 "
                                "AND submitted_at >= ?2 AND submitted_at < ?3 ORDER BY submitted_at, id",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, steward_store_month_start (index, local));
  sqlite3_bind_int64 (stmt, 3, steward_store_month_start (index + 1, local));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StewardPackageIncident incident = {
        sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), sqlite3_column_int (stmt, 2) != 0,
        STEWARD_SERVICE_ADVISOR
      };
      int service;

      if (steward_enum_parse (STEWARD_TYPE_SERVICE, (const char *) sqlite3_column_text (stmt, 3), &service))
        incident.service = service;

      g_array_append_val (incidents, incident);
    }
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&incidents);
}

StewardPackageStatement *
steward_store_packages_statement (StewardStore  *store,
                                  gint64         id,
                                  int            year,
                                  int            month,
                                  GTimeZone     *tz,
                                  GError       **error)
{
  g_autoptr(StewardMonthlyPackage) package = NULL;
  g_autoptr(GArray) incidents = NULL;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  if ((package = steward_store_packages_load (store, id, error)) == NULL ||
      (incidents = steward_store_packages_list_incidents (store, id, year, month, tz, error)) == NULL)
    return NULL;
  return steward_monthly_package_statement (package, year, month,
                                            (const StewardPackageIncident *) incidents->data,
                                            incidents->len, tz);
}
