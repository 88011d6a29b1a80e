/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-requests"

#include "config.h"

#include "steward-store-requests-private.h"

#include "steward-audit-entry.h"
#include "steward-enums.h"
#include "steward-payment.h"
#include "steward-request-note.h"

static int
column_enum (StewardStmt *stmt,
             int          column,
             GType        type,
             int          fallback)
{
  int value = fallback;

  /* The CHECK constraints allow only known codes; a NULL column means "none". */
  if (sqlite3_column_type (stmt, column) != SQLITE_NULL)
    steward_enum_parse (type, steward_stmt_column_text (stmt, column), &value);
  return value;
}

static gint64
column_id (StewardStmt *stmt,
           int          column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? 0 : sqlite3_column_int64 (stmt, column);
}

StewardServiceRequest *
steward_store_request_from_row (StewardStmt *stmt)
{
  StewardServiceRequest *request = steward_service_request_new ();

  steward_service_request_set_id (request, sqlite3_column_int64 (stmt, 0));
  steward_service_request_set_client_id (request, sqlite3_column_int64 (stmt, 1));
  steward_service_request_set_service (request, column_enum (stmt, 2, STEWARD_TYPE_SERVICE, 0));
  steward_service_request_set_priority (request, column_enum (stmt, 3, STEWARD_TYPE_PRIORITY, 0));
  steward_service_request_set_emergency (request, sqlite3_column_int (stmt, 4) != 0);
  steward_service_request_set_channel (request, column_enum (stmt, 5, STEWARD_TYPE_CHANNEL, 0));
  steward_service_request_set_description (request, steward_stmt_column_text (stmt, 6));
  steward_service_request_set_os (request, column_enum (stmt, 7, STEWARD_TYPE_OS, STEWARD_OS_NONE));
  steward_service_request_set_data_terms_agreed (request, sqlite3_column_int (stmt, 8) != 0);
  steward_service_request_set_config_kind (request, column_enum (stmt, 9, STEWARD_TYPE_CONFIG_KIND,
                                                                 STEWARD_CONFIG_KIND_NONE));
  steward_service_request_set_template_name (request, steward_stmt_column_text (stmt, 10));
  steward_service_request_set_special_text (request, steward_stmt_column_text (stmt, 11));
  steward_service_request_set_complexity (request, column_enum (stmt, 12, STEWARD_TYPE_COMPLEXITY,
                                                                STEWARD_COMPLEXITY_NONE));
  steward_service_request_set_tier (request, column_enum (stmt, 13, STEWARD_TYPE_TIER, STEWARD_TIER_NONE));
  steward_service_request_set_fee (request, sqlite3_column_int64 (stmt, 14));
  steward_service_request_set_surcharge (request, sqlite3_column_int64 (stmt, 15));
  steward_service_request_set_state (request, column_enum (stmt, 16, STEWARD_TYPE_STATE, 0));
  /* Outside a hold the entity says "submitted" for "no hold", the table says NULL. */
  steward_service_request_set_hold_from_state (request, column_enum (stmt, 17, STEWARD_TYPE_STATE,
                                                                     STEWARD_STATE_SUBMITTED));
  steward_service_request_set_hold_started_at (request, steward_stmt_column_time (stmt, 18));
  steward_service_request_set_owner (request, steward_stmt_column_text (stmt, 19));
  steward_service_request_set_package_id (request, column_id (stmt, 20));
  steward_service_request_set_package_incident (request, sqlite3_column_int (stmt, 21) != 0);
  steward_service_request_set_remedy_of_complaint (request, column_id (stmt, 22));
  steward_service_request_set_submitted_at (request, steward_stmt_column_time (stmt, 23));
  steward_service_request_set_responded_at (request, steward_stmt_column_time (stmt, 24));
  steward_service_request_set_response_due (request, steward_stmt_column_time (stmt, 25));
  steward_service_request_set_work_start_at (request, steward_stmt_column_time (stmt, 26));
  steward_service_request_set_delivery_due (request, steward_stmt_column_time (stmt, 27));
  steward_service_request_set_delivered_at (request, steward_stmt_column_time (stmt, 28));
  steward_service_request_set_accepted_at (request, steward_stmt_column_time (stmt, 29));
  steward_service_request_set_settled_at (request, steward_stmt_column_time (stmt, 30));
  steward_service_request_set_rating (request, (guint) sqlite3_column_int (stmt, 31));
  steward_service_request_set_rating_feedback (request, steward_stmt_column_text (stmt, 32));
  steward_service_request_set_updated_at (request, steward_stmt_column_time (stmt, 33));
  return request;
}

GPtrArray *
steward_store_requests_read_audit (StewardStore  *store,
                                   gint64         request_id,
                                   GError       **error)
{
  g_autoptr(StewardStmt) stmt = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  stmt = steward_store_prepare (store,
                                "SELECT id, at, who, from_state, to_state, note FROM request_audit "
                                "WHERE request_id = ? ORDER BY id",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, request_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StewardAuditEntry *entry = steward_audit_entry_new (sqlite3_column_int64 (stmt, 1),
                                                          steward_stmt_column_text (stmt, 2),
                                                          steward_stmt_column_text (stmt, 3),
                                                          steward_stmt_column_text (stmt, 4),
                                                          steward_stmt_column_text (stmt, 5));

      steward_audit_entry_set_id (entry, sqlite3_column_int64 (stmt, 0));
      steward_audit_entry_set_request_id (entry, request_id);
      g_ptr_array_add (lines, entry);
    }
  if (rc != SQLITE_DONE)
    {
      steward_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&lines);
}

int
steward_store_month_index (gint64     instant,
                           GTimeZone *tz)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_get_year (local) * 12 + g_date_time_get_month (local) - 1;
}

gint64
steward_store_month_start (int        month_index,
                           GTimeZone *tz)
{
  g_autoptr(GDateTime) start = g_date_time_new (tz, month_index / 12, month_index % 12 + 1, 1, 0, 0, 0);

  return g_date_time_to_unix (start);
}
