/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-cli-clients.h"
#include "steward-cli-requests.h"
#include "steward-client-repository.h"
#include "steward-complaint.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-request-list-model.h"
#include "steward-store-complaints.h"
#include "steward-store-packages.h"
#include "steward-xlsx.h"

/* `client export ID FILE.xlsx` (PIPL: everything held about one client). Each record is
 * flattened to rows of one sheet — section, record, field, value — from the same JSON the
 * show commands print, so the export never misses a field that `show --json` has. */

typedef struct {
  StewardXlsxStream *stream;
  const char        *section;
  char              *record;
} Writer;

static gboolean
write_row (Writer      *w,
           const char  *field,
           const char  *value,
           GError     **error)
{
  StewardXlsxCell cells[4] = {
    { .text = w->section }, { .text = w->record }, { .text = field }, { .text = value },
  };

  return steward_xlsx_stream_append_row (w->stream, cells, error);
}

/* One row per scalar of @node; nested members are named "payments.2.amount_fen". */
static gboolean
flatten (Writer      *w,
         const char  *path,
         JsonNode    *node,
         GError     **error)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autoptr(GList) members = json_object_get_members (json_node_get_object (node));

      for (GList *l = members; l != NULL; l = l->next)
        {
          g_autofree char *child = path ? g_strdup_printf ("%s.%s", path, (char *) l->data) : g_strdup (l->data);

          if (!flatten (w, child, json_object_get_member (json_node_get_object (node), l->data), error))
            return FALSE;
        }
      return TRUE;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *child = g_strdup_printf ("%s.%u", path, i + 1);

          if (!flatten (w, child, json_array_get_element (array, i), error))
            return FALSE;
        }
      return TRUE;
    }
  if (JSON_NODE_HOLDS_NULL (node))
    return write_row (w, path, "", error);
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return write_row (w, path, json_node_get_string (node), error);
  {
    g_autofree char *text = json_to_string (node, FALSE);
    return write_row (w, path, text, error);
  }
}

static gboolean
write_record (Writer      *w,
              const char  *section,
              gint64       id,
              JsonNode    *node,
              GError     **error)
{
  w->section = section;
  g_free (w->record);
  w->record = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  return flatten (w, NULL, node, error);
}

static gboolean
write_requests (StewardCliContext  *ctx,
                Writer             *w,
                gint64              client_id,
                GError            **error)
{
  g_autoptr(StewardRequestListModel) model = steward_request_list_model_new (ctx->store);
  gpointer desk = steward_cli_get_desk (ctx, error);

  if (desk == NULL)
    return FALSE;
  steward_request_list_model_set_client (model, client_id);
  steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_SUBMITTED, FALSE);
  if (!steward_request_list_model_reload (model, error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(StewardServiceRequest) request = g_list_model_get_item (G_LIST_MODEL (model), i);
      gint64 id = steward_service_request_get_id (request);
      g_autoptr(JsonNode) node = steward_cli_request_to_json (ctx, desk, id, error);

      if (node == NULL || !write_record (w, _("Service request"), id, node, error))
        return FALSE;
    }
  return TRUE;
}

static JsonNode *
complaint_to_json (StewardCliContext *ctx,
                   StewardComplaint  *c)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  steward_cli_json_int (b, "request_id", steward_complaint_get_request_id (c));
  steward_cli_json_string (b, "channel", steward_enum_code (STEWARD_TYPE_COMPLAINT_CHANNEL, steward_complaint_get_channel (c)));
  steward_cli_json_string (b, "state", steward_enum_code (STEWARD_TYPE_COMPLAINT_STATE, steward_complaint_get_state (c)));
  steward_cli_json_time (ctx, b, "received_at", steward_complaint_get_received_at (c));
  steward_cli_json_string (b, "summary", steward_complaint_get_summary (c));
  steward_cli_json_string (b, "details", steward_complaint_get_details (c));
  steward_cli_json_time (ctx, b, "accepted_at", steward_complaint_get_accepted_at (c));
  steward_cli_json_string (b, "solution", steward_complaint_get_solution (c));
  steward_cli_json_time (ctx, b, "resolved_at", steward_complaint_get_resolved_at (c));
  steward_cli_json_time (ctx, b, "closed_at", steward_complaint_get_closed_at (c));
  steward_cli_json_string (b, "remedy", steward_enum_code (STEWARD_TYPE_REMEDY, steward_complaint_get_remedy (c)));
  steward_cli_json_int (b, "refund_fen", steward_complaint_get_refund_amount (c));
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static JsonNode *
package_to_json (StewardMonthlyPackage *p)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *start = g_strdup_printf ("%04d-%02d", steward_monthly_package_get_start_year (p),
                                            steward_monthly_package_get_start_month (p));

  json_builder_begin_object (b);
  steward_cli_json_string (b, "start", start);
  steward_cli_json_int (b, "months", steward_monthly_package_get_months (p));
  steward_cli_json_int (b, "quota", steward_monthly_package_get_quota (p));
  steward_cli_json_int (b, "price_per_month_fen", steward_monthly_package_get_price_per_month (p));
  steward_cli_json_int (b, "overage_price_fen", steward_monthly_package_get_overage_price (p));
  steward_cli_json_string (b, "note", steward_monthly_package_get_note (p));
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static gboolean
write_others (StewardCliContext  *ctx,
              Writer             *w,
              gint64              client_id,
              GError            **error)
{
  g_autoptr(StewardStoreComplaints) complaints = steward_store_complaints_new (ctx->store);
  g_autoptr(GPtrArray) list = steward_complaint_repository_list_for_client (STEWARD_COMPLAINT_REPOSITORY (complaints),
                                                                             client_id, error);
  g_autoptr(GPtrArray) packages = NULL;

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      StewardComplaint *c = g_ptr_array_index (list, i);
      g_autoptr(JsonNode) node = complaint_to_json (ctx, c);

      if (!write_record (w, _("Complaint"), steward_complaint_get_id (c), node, error))
        return FALSE;
    }
  if (list == NULL || (packages = steward_store_packages_list_for_client (ctx->store, client_id, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < packages->len; i++)
    {
      StewardMonthlyPackage *p = g_ptr_array_index (packages, i);
      g_autoptr(JsonNode) node = package_to_json (p);

      if (!write_record (w, _("Monthly package"), steward_monthly_package_get_id (p), node, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
export_client (StewardCliContext  *ctx,
               gint64              id,
               const char         *path,
               GError            **error)
{
  StewardXlsxColumn columns[] = {
    { _("Section"), STEWARD_XLSX_COLUMN_TEXT }, { _("Record"), STEWARD_XLSX_COLUMN_TEXT },
    { _("Field"), STEWARD_XLSX_COLUMN_TEXT }, { _("Value"), STEWARD_XLSX_COLUMN_TEXT },
  };
  StewardXlsxStreamOptions options = { .sheet_name = _("Client data") };
  StewardClientRepository *clients;
  g_autoptr(StewardClient) client = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(StewardXlsxStream) stream = NULL;
  Writer w = { 0 };
  gboolean ok;

  if ((clients = steward_cli_get_clients (ctx, error)) == NULL ||
      (client = steward_client_repository_load (clients, id, error)) == NULL ||
      (contacts = steward_client_repository_list_contacts (clients, id, error)) == NULL ||
      (stream = steward_xlsx_stream_open (path, columns, G_N_ELEMENTS (columns), &options, NULL, error)) == NULL)
    return FALSE;

  w.stream = stream;
  node = steward_cli_client_to_json (ctx, client, contacts);
  ok = write_record (&w, _("Client"), id, node, error) &&
       write_requests (ctx, &w, id, error) &&
       write_others (ctx, &w, id, error) &&
       steward_xlsx_stream_finish (stream, error);
  g_free (w.record);
  return ok;
}

int
steward_cli_client_export (StewardCliContext  *ctx,
                           int                 argc,
                           char              **argv)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!steward_cli_parse (ctx, NULL, "ID FILE.xlsx", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 2, "ID FILE.xlsx"))
    return STEWARD_EXIT_USAGE;
  if (!g_str_has_suffix (argv[2], ".xlsx"))
    return steward_cli_usage_error (argv[0], _("the export is an Excel file: its name must end in .xlsx"));
  if (!steward_cli_parse_id (argv[1], &id, &error) ||
      !export_client (ctx, id, argv[2], &error))
    return steward_cli_fail (error);

  g_print (_("Wrote %s.\n"), argv[2]);
  return STEWARD_EXIT_OK;
}
