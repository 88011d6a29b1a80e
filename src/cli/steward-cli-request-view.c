/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-audit-entry.h"
#include "steward-cli-requests.h"
#include "steward-desk.h"
#include "steward-enums.h"
#include "steward-money.h"
#include "steward-request-list-model.h"
#include "steward-sla.h"
#include "steward-time.h"

/* Everything `request show` prints, loaded once. */
typedef struct {
  StewardServiceRequest *request;
  StewardLedger          ledger;
  GPtrArray             *payments;
  GPtrArray             *audit;
  StewardSlaStatus       response_sla;
  StewardSlaStatus       delivery_sla;
} RequestView;

static void
request_view_clear (RequestView *view)
{
  g_clear_object (&view->request);
  g_clear_pointer (&view->payments, g_ptr_array_unref);
  g_clear_pointer (&view->audit, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RequestView, request_view_clear)

static StewardSlaStatus
sla_status (StewardDesk           *desk,
            StewardServiceRequest *request,
            gint64                 due,
            gint64                 done_at,
            gboolean               clock_time)
{
  if (due == STEWARD_TIME_NONE)
    return STEWARD_SLA_STATUS_NONE;
  if (done_at == STEWARD_TIME_NONE &&
      steward_service_request_get_state (request) == STEWARD_STATE_WAITING_ON_CLIENT)
    return STEWARD_SLA_STATUS_PAUSED;
  return steward_sla_status (steward_desk_get_calendar (desk), due, done_at, steward_time_now (), clock_time);
}

static gboolean
load_view (StewardDesk  *desk,
           gint64        id,
           RequestView  *view,
           GError      **error)
{
  StewardRequestRepository *repository = steward_desk_get_repository (desk);
  StewardServiceRequest *r;

  if ((view->request = steward_desk_load_request (desk, id, error)) == NULL ||
      !steward_desk_get_ledger (desk, id, &view->ledger, error) ||
      (view->payments = steward_request_repository_list_payments (repository, id, error)) == NULL ||
      (view->audit = steward_request_repository_list_audit (repository, id, error)) == NULL)
    return FALSE;

  r = view->request;
  view->response_sla = sla_status (desk, r, steward_service_request_get_response_due (r),
                                   steward_service_request_get_responded_at (r),
                                   steward_service_request_get_emergency (r));
  view->delivery_sla = sla_status (desk, r, steward_service_request_get_delivery_due (r),
                                   steward_service_request_get_delivered_at (r), FALSE);
  return TRUE;
}

static void
add_code (JsonBuilder *builder,
          const char  *name,
          GType        type,
          int          value)
{
  steward_cli_json_string (builder, name, steward_enum_code (type, value));
}

static void
add_lines (StewardCliContext *ctx,
           JsonBuilder       *builder,
           const RequestView *view)
{
  json_builder_set_member_name (builder, "payments");
  json_builder_begin_array (builder);
  for (guint i = 0; i < view->payments->len; i++)
    {
      StewardPayment *p = g_ptr_array_index (view->payments, i);

      json_builder_begin_object (builder);
      steward_cli_json_int (builder, "id", steward_payment_get_id (p));
      add_code (builder, "kind", STEWARD_TYPE_PAYMENT_KIND, steward_payment_get_kind (p));
      steward_cli_json_int (builder, "amount_fen", steward_payment_get_amount (p));
      add_code (builder, "method", STEWARD_TYPE_PAYMENT_METHOD, steward_payment_get_method (p));
      steward_cli_json_time (ctx, builder, "at", steward_payment_get_at (p));
      steward_cli_json_string (builder, "reference", steward_payment_get_reference (p));
      if (steward_payment_get_reverses_id (p) != 0)
        steward_cli_json_int (builder, "reverses", steward_payment_get_reverses_id (p));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "audit");
  json_builder_begin_array (builder);
  for (guint i = 0; i < view->audit->len; i++)
    {
      StewardAuditEntry *a = g_ptr_array_index (view->audit, i);

      json_builder_begin_object (builder);
      steward_cli_json_time (ctx, builder, "at", steward_audit_entry_get_at (a));
      steward_cli_json_string (builder, "who", steward_audit_entry_get_who (a));
      steward_cli_json_string (builder, "from", steward_audit_entry_get_from_state (a));
      steward_cli_json_string (builder, "to", steward_audit_entry_get_to_state (a));
      steward_cli_json_string (builder, "note", steward_audit_entry_get_note (a));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_money (JsonBuilder       *builder,
           const RequestView *view)
{
  StewardServiceRequest *r = view->request;

  steward_cli_json_int (builder, "fee_fen", steward_service_request_get_fee (r));
  steward_cli_json_int (builder, "surcharge_fen", steward_service_request_get_surcharge (r));
  steward_cli_json_int (builder, "total_fen", view->ledger.total);
  steward_cli_json_int (builder, "deposit_fen", view->ledger.deposit_due);
  /* What the client has paid and kept paid: payments less refunds and adjustments. */
  steward_cli_json_int (builder, "paid_fen", view->ledger.net_received);
  steward_cli_json_int (builder, "received_fen", view->ledger.paid);
  steward_cli_json_int (builder, "refunded_fen", view->ledger.refunded);
  steward_cli_json_int (builder, "adjusted_fen", view->ledger.adjusted);
  steward_cli_json_int (builder, "net_fee_fen", view->ledger.net_fee);
  steward_cli_json_int (builder, "balance_fen", view->ledger.balance_due);
  steward_cli_json_bool (builder, "deposit_received", steward_ledger_deposit_received (&view->ledger));
}

static JsonNode *
view_to_json (StewardCliContext *ctx,
              const RequestView *view)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  StewardServiceRequest *r = view->request;
  StewardState state = steward_service_request_get_state (r);

  json_builder_begin_object (b);
  steward_cli_json_int (b, "id", steward_service_request_get_id (r));
  steward_cli_json_int (b, "client_id", steward_service_request_get_client_id (r));
  add_code (b, "service", STEWARD_TYPE_SERVICE, steward_service_request_get_service (r));
  add_code (b, "category", STEWARD_TYPE_CATEGORY, steward_service_request_get_category (r));
  add_code (b, "priority", STEWARD_TYPE_PRIORITY, steward_service_request_get_priority (r));
  steward_cli_json_bool (b, "emergency", steward_service_request_get_emergency (r));
  add_code (b, "channel", STEWARD_TYPE_CHANNEL, steward_service_request_get_channel (r));
  steward_cli_json_string (b, "description", steward_service_request_get_description (r));
  add_code (b, "state", STEWARD_TYPE_STATE, state);
  steward_cli_json_string (b, "hold_from_state", state == STEWARD_STATE_WAITING_ON_CLIENT
                           ? steward_enum_code (STEWARD_TYPE_STATE, steward_service_request_get_hold_from_state (r))
                           : NULL);
  steward_cli_json_string (b, "os", steward_service_request_get_os (r) != STEWARD_OS_NONE
                           ? steward_enum_code (STEWARD_TYPE_OS, steward_service_request_get_os (r)) : NULL);
  add_code (b, "complexity", STEWARD_TYPE_COMPLEXITY, steward_service_request_get_complexity (r));
  add_code (b, "tier", STEWARD_TYPE_TIER, steward_service_request_get_tier (r));
  steward_cli_json_bool (b, "package_incident", steward_service_request_get_package_incident (r));
  add_money (b, view);
  steward_cli_json_time (ctx, b, "submitted_at", steward_service_request_get_submitted_at (r));
  steward_cli_json_time (ctx, b, "responded_at", steward_service_request_get_responded_at (r));
  steward_cli_json_time (ctx, b, "response_due", steward_service_request_get_response_due (r));
  add_code (b, "response_sla", STEWARD_TYPE_SLA_STATUS, view->response_sla);
  steward_cli_json_time (ctx, b, "work_start_at", steward_service_request_get_work_start_at (r));
  steward_cli_json_time (ctx, b, "delivery_due", steward_service_request_get_delivery_due (r));
  add_code (b, "delivery_sla", STEWARD_TYPE_SLA_STATUS, view->delivery_sla);
  steward_cli_json_time (ctx, b, "delivered_at", steward_service_request_get_delivered_at (r));
  steward_cli_json_time (ctx, b, "accepted_at", steward_service_request_get_accepted_at (r));
  steward_cli_json_time (ctx, b, "settled_at", steward_service_request_get_settled_at (r));
  json_builder_set_member_name (b, "rating");
  if (steward_service_request_get_rating (r) == 0)
    json_builder_add_null_value (b);
  else
    json_builder_add_int_value (b, steward_service_request_get_rating (r));
  steward_cli_json_string (b, "rating_feedback", steward_service_request_get_rating_feedback (r));
  steward_cli_json_string (b, "owner", steward_service_request_get_owner (r));
  add_lines (ctx, b, view);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

JsonNode *
steward_cli_request_to_json (StewardCliContext  *ctx,
                             gpointer            desk,
                             gint64              id,
                             GError            **error)
{
  g_auto(RequestView) view = { 0 };

  if (!load_view (desk, id, &view, error))
    return NULL;
  return view_to_json (ctx, &view);
}

static void
print_time (StewardCliContext *ctx,
            const char        *label,
            gint64             instant)
{
  g_autofree char *text = NULL;

  if (instant == STEWARD_TIME_NONE)
    return;
  text = steward_cli_format_time (ctx, instant);
  g_print ("  %s: %s\n", label, text);
}

static void
print_view (StewardCliContext *ctx,
            const RequestView *view)
{
  StewardServiceRequest *r = view->request;
  g_autofree char *total = steward_money_format (view->ledger.total);
  g_autofree char *deposit = steward_money_format (view->ledger.deposit_due);
  g_autofree char *paid = steward_money_format (view->ledger.net_received);
  g_autofree char *balance = steward_money_format (view->ledger.balance_due);

  g_print (_("Request %lld: %s for client %lld\n"), (long long) steward_service_request_get_id (r),
           steward_enum_label (STEWARD_TYPE_SERVICE, steward_service_request_get_service (r)),
           (long long) steward_service_request_get_client_id (r));
  g_print (_("  State: %s\n"), steward_enum_label (STEWARD_TYPE_STATE, steward_service_request_get_state (r)));
  g_print (_("  Priority: %s\n"), steward_enum_label (STEWARD_TYPE_PRIORITY, steward_service_request_get_priority (r)));
  g_print (_("  Total: %s (deposit %s, paid %s, balance %s)\n"), total, deposit, paid, balance);
  print_time (ctx, _("Submitted"), steward_service_request_get_submitted_at (r));
  print_time (ctx, _("Response due"), steward_service_request_get_response_due (r));
  print_time (ctx, _("Responded"), steward_service_request_get_responded_at (r));
  print_time (ctx, _("Delivery due"), steward_service_request_get_delivery_due (r));
  print_time (ctx, _("Delivered"), steward_service_request_get_delivered_at (r));
  print_time (ctx, _("Accepted"), steward_service_request_get_accepted_at (r));
  print_time (ctx, _("Settled"), steward_service_request_get_settled_at (r));
  if (steward_service_request_get_rating (r) > 0)
    g_print (_("  Rating: %u/5\n"), steward_service_request_get_rating (r));
}

int
steward_cli_request_show (StewardCliContext  *ctx,
                          int                 argc,
                          char              **argv)
{
  g_auto(RequestView) view = { 0 };
  g_autoptr(GError) error = NULL;
  StewardDesk *desk;
  gint64 id;

  if (!steward_cli_parse (ctx, NULL, "ID", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "ID [--json]"))
    return STEWARD_EXIT_USAGE;
  if (!steward_cli_parse_id (argv[1], &id, &error) ||
      (desk = steward_cli_get_desk (ctx, &error)) == NULL ||
      !load_view (desk, id, &view, &error))
    return steward_cli_fail (error);

  if (ctx->json)
    {
      g_autoptr(JsonNode) root = view_to_json (ctx, &view);
      steward_cli_print_json (root);
    }
  else
    print_view (ctx, &view);
  return STEWARD_EXIT_OK;
}

/* Open states: every state that still needs work or money. */
static const StewardState open_states[] = {
  STEWARD_STATE_SUBMITTED, STEWARD_STATE_UNDER_REVIEW, STEWARD_STATE_CONFIRMED, STEWARD_STATE_IN_PROGRESS,
  STEWARD_STATE_DELIVERED, STEWARD_STATE_ACCEPTED, STEWARD_STATE_WAITING_ON_CLIENT,
};

typedef struct {
  char     *client, *service, *priority, *sla, *search;
  char    **states;
  gboolean  open;
} ListOptions;

static void
list_options_clear (ListOptions *o)
{
  g_free (o->client);
  g_free (o->service);
  g_free (o->priority);
  g_free (o->sla);
  g_free (o->search);
  g_strfreev (o->states);
}

static gboolean
apply_filters (StewardRequestListModel  *model,
               const ListOptions        *o,
               GError                  **error)
{
  g_autoptr(GArray) states = g_array_new (FALSE, FALSE, sizeof (StewardState));
  int service = STEWARD_REQUEST_FILTER_ANY, priority = STEWARD_REQUEST_FILTER_ANY, sla = STEWARD_SLA_STATUS_NONE;
  gint64 client_id = 0;

  for (guint i = 0; o->states != NULL && o->states[i] != NULL; i++)
    {
      int state;

      if (!steward_cli_parse_code (STEWARD_TYPE_STATE, "--state", o->states[i], &state, error))
        return FALSE;
      g_array_append_val (states, state);
    }
  if (o->open)
    g_array_append_vals (states, open_states, G_N_ELEMENTS (open_states));
  if ((o->client != NULL && !steward_cli_parse_id (o->client, &client_id, error)) ||
      (o->service != NULL && !steward_cli_parse_code (STEWARD_TYPE_SERVICE, "--service", o->service, &service, error)) ||
      (o->priority != NULL && !steward_cli_parse_code (STEWARD_TYPE_PRIORITY, "--priority", o->priority, &priority, error)) ||
      (o->sla != NULL && !steward_cli_parse_code (STEWARD_TYPE_SLA_STATUS, "--sla", o->sla, &sla, error)))
    return FALSE;

  steward_request_list_model_set_states (model, (const StewardState *) states->data, states->len);
  steward_request_list_model_set_client (model, client_id);
  steward_request_list_model_set_service (model, service);
  steward_request_list_model_set_priority (model, priority);
  steward_request_list_model_set_sla_status (model, sla);
  steward_request_list_model_set_search (model, o->search);
  return steward_request_list_model_reload (model, error);
}

static void
add_list_item (StewardCliContext     *ctx,
               JsonBuilder           *b,
               StewardServiceRequest *r)
{
  json_builder_begin_object (b);
  steward_cli_json_int (b, "id", steward_service_request_get_id (r));
  steward_cli_json_int (b, "client_id", steward_service_request_get_client_id (r));
  add_code (b, "service", STEWARD_TYPE_SERVICE, steward_service_request_get_service (r));
  add_code (b, "priority", STEWARD_TYPE_PRIORITY, steward_service_request_get_priority (r));
  add_code (b, "state", STEWARD_TYPE_STATE, steward_service_request_get_state (r));
  steward_cli_json_int (b, "fee_fen", steward_service_request_get_fee (r));
  steward_cli_json_int (b, "total_fen", steward_service_request_get_total (r));
  steward_cli_json_time (ctx, b, "submitted_at", steward_service_request_get_submitted_at (r));
  steward_cli_json_time (ctx, b, "response_due", steward_service_request_get_response_due (r));
  steward_cli_json_time (ctx, b, "delivery_due", steward_service_request_get_delivery_due (r));
  json_builder_end_object (b);
}

static void
print_list (StewardCliContext *ctx,
            GListModel        *model)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  guint n = g_list_model_get_n_items (model);

  json_builder_begin_array (b);
  if (!ctx->json && n > 0)
    /* Translators: the header of `steward request list`; columns are separated by tabs */
    g_print ("%s\n", _("ID\tClient\tService\tPriority\tState\tTotal\tSubmitted\tResponse due"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardServiceRequest) r = g_list_model_get_item (model, i);
      g_autofree char *total = NULL, *submitted = NULL, *due = NULL;

      if (ctx->json)
        {
          add_list_item (ctx, b, r);
          continue;
        }
      total = steward_money_format (steward_service_request_get_total (r));
      submitted = steward_cli_format_time (ctx, steward_service_request_get_submitted_at (r));
      due = steward_cli_format_time (ctx, steward_service_request_get_response_due (r));
      g_print ("%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\t%s\n",
               steward_service_request_get_id (r), steward_service_request_get_client_id (r),
               steward_enum_code (STEWARD_TYPE_SERVICE, steward_service_request_get_service (r)),
               steward_enum_code (STEWARD_TYPE_PRIORITY, steward_service_request_get_priority (r)),
               steward_enum_code (STEWARD_TYPE_STATE, steward_service_request_get_state (r)),
               total, submitted, due);
    }
  json_builder_end_array (b);
  if (ctx->json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (b);
      steward_cli_print_json (root);
    }
}

int
steward_cli_request_list (StewardCliContext  *ctx,
                          int                 argc,
                          char              **argv)
{
  ListOptions o = { 0 };
  GOptionEntry entries[] = {
    { "client", 0, 0, G_OPTION_ARG_STRING, &o.client, N_("Only this client's requests"), N_("ID") },
    { "state", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.states, N_("Only requests in this state (repeat for more)"), N_("STATE") },
    { "open", 0, 0, G_OPTION_ARG_NONE, &o.open, N_("Only requests that still need work or money"), NULL },
    { "service", 0, 0, G_OPTION_ARG_STRING, &o.service, N_("Only this service"), N_("CODE") },
    { "priority", 0, 0, G_OPTION_ARG_STRING, &o.priority, N_("Only this priority"), "standard|urgent" },
    { "sla", 0, 0, G_OPTION_ARG_STRING, &o.sla, N_("Only requests with this deadline status"), "running|due-soon|breached|paused" },
    { "search", 0, 0, G_OPTION_ARG_STRING, &o.search, N_("A request number, or text in the client's name or contacts"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(StewardRequestListModel) model = NULL;
  g_autoptr(GError) error = NULL;
  int status = STEWARD_EXIT_OK;

  if (!steward_cli_parse (ctx, entries, NULL, &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 0, "[--client ID] [--state STATE] [--open] [--json]"))
    status = STEWARD_EXIT_USAGE;
  else if (steward_cli_open_store (ctx, &error) == NULL ||
           !apply_filters ((model = steward_request_list_model_new (ctx->store)), &o, &error))
    status = steward_cli_fail (error);
  else
    print_list (ctx, G_LIST_MODEL (model));

  list_options_clear (&o);
  return status;
}
