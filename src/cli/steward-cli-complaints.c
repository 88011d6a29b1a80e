/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-cli-private.h"
#include "steward-client-repository.h"
#include "steward-complaint-desk.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-store-complaints.h"

/* A complaint desk over the store, sharing the context's service desk so that remedies follow
 * every request rule and the whole step is one transaction. */
static StewardComplaintDesk *
get_complaint_desk (StewardCliContext  *ctx,
                    GError            **error)
{
  g_autoptr(StewardStoreComplaints) repository = NULL;
  StewardDesk *desk = steward_cli_get_desk (ctx, error);

  if (desk == NULL)
    return NULL;
  repository = steward_store_complaints_new (ctx->store);
  return steward_complaint_desk_new (STEWARD_COMPLAINT_REPOSITORY (repository), desk);
}

static void
print_complaint_state (StewardComplaint *complaint)
{
  g_print (_("Complaint %lld is now “%s”.\n"), (long long) steward_complaint_get_id (complaint),
           steward_enum_label (STEWARD_TYPE_COMPLAINT_STATE, steward_complaint_get_state (complaint)));
}

typedef struct {
  char *client, *request, *channel, *received, *summary, *details;
} ComplaintOptions;

static void
complaint_options_clear (ComplaintOptions *o)
{
  g_free (o->client);
  g_free (o->request);
  g_free (o->channel);
  g_free (o->received);
  g_free (o->summary);
  g_free (o->details);
}

static StewardComplaint *
receive (StewardCliContext       *ctx,
         const ComplaintOptions  *o,
         GError                 **error)
{
  g_autoptr(StewardComplaint) draft = steward_complaint_new ();
  g_autoptr(StewardComplaintDesk) desk = NULL;
  g_autoptr(StewardClient) client = NULL;
  StewardClientRepository *clients;
  gint64 client_id, request_id = 0, at;
  int channel;

  if (!steward_cli_parse_id (o->client, &client_id, error) ||
      (o->request != NULL && !steward_cli_parse_id (o->request, &request_id, error)) ||
      !steward_cli_parse_code (STEWARD_TYPE_COMPLAINT_CHANNEL, "--channel", o->channel, &channel, error) ||
      !steward_cli_parse_time (ctx, "--received", o->received, &at, error) ||
      (clients = steward_cli_get_clients (ctx, error)) == NULL ||
      (client = steward_client_repository_load (clients, client_id, error)) == NULL ||
      (desk = get_complaint_desk (ctx, error)) == NULL)
    return NULL;

  steward_complaint_set_client_id (draft, client_id);
  steward_complaint_set_request_id (draft, request_id);
  steward_complaint_set_channel (draft, channel);
  steward_complaint_set_received_at (draft, at);
  steward_complaint_set_summary (draft, o->summary);
  steward_complaint_set_details (draft, o->details ? o->details : "");
  return steward_complaint_desk_receive (desk, draft, error);
}

static int
complaint_add (StewardCliContext  *ctx,
               int                 argc,
               char              **argv)
{
  ComplaintOptions o = { 0 };
  GOptionEntry entries[] = {
    { "client", 0, 0, G_OPTION_ARG_STRING, &o.client, N_("The client's id"), N_("ID") },
    { "request", 0, 0, G_OPTION_ARG_STRING, &o.request, N_("The request it is about, if any"), N_("ID") },
    { "channel", 0, 0, G_OPTION_ARG_STRING, &o.channel, N_("The designated email or the hotline"), "email|hotline" },
    { "received", 0, 0, G_OPTION_ARG_STRING, &o.received, N_("When it was received (now unless given)"), N_("ISO-8601") },
    { "summary", 0, 0, G_OPTION_ARG_STRING, &o.summary, N_("What the complaint is about"), N_("TEXT") },
    { "details", 0, 0, G_OPTION_ARG_STRING, &o.details, N_("The complaint in full"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardComplaint) complaint = NULL;
  int status = STEWARD_EXIT_OK;

  if (!steward_cli_parse (ctx, entries, NULL, &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 0, "--client ID --channel email|hotline --summary T [OPTIONS…]"))
    status = STEWARD_EXIT_USAGE;
  else if (o.client == NULL || o.channel == NULL || o.summary == NULL)
    status = steward_cli_usage_error (argv[0], _("--client, --channel and --summary are required"));
  else if ((complaint = receive (ctx, &o, &error)) == NULL)
    status = steward_cli_fail (error);
  else
    g_print ("%" G_GINT64_FORMAT "\n", steward_complaint_get_id (complaint));

  complaint_options_clear (&o);
  return status;
}

/* accept and close: ID [--at ISO-8601]. */
static int
complaint_step (StewardCliContext  *ctx,
                int                 argc,
                char              **argv,
                gboolean            closing)
{
  g_autofree char *at_text = NULL;
  GOptionEntry entries[] = {
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text, N_("When it happened (now unless given)"), N_("ISO-8601") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardComplaintDesk) desk = NULL;
  g_autoptr(StewardComplaint) complaint = NULL;
  gint64 id, at;

  if (!steward_cli_parse (ctx, entries, "ID", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "ID [--at ISO-8601]"))
    return STEWARD_EXIT_USAGE;
  if (!steward_cli_parse_id (argv[1], &id, &error) ||
      !steward_cli_parse_time (ctx, "--at", at_text, &at, &error) ||
      (desk = get_complaint_desk (ctx, &error)) == NULL)
    return steward_cli_fail (error);

  complaint = closing ? steward_complaint_desk_close (desk, id, at, &error)
                      : steward_complaint_desk_accept (desk, id, at, &error);
  if (complaint == NULL)
    return steward_cli_fail (error);
  print_complaint_state (complaint);
  return STEWARD_EXIT_OK;
}

static int
complaint_accept (StewardCliContext *ctx, int argc, char **argv)
{
  return complaint_step (ctx, argc, argv, FALSE);
}

static int
complaint_close (StewardCliContext *ctx, int argc, char **argv)
{
  return complaint_step (ctx, argc, argv, TRUE);
}

static int
complaint_resolve (StewardCliContext  *ctx,
                   int                 argc,
                   char              **argv)
{
  g_autofree char *solution = NULL, *remedy_text = NULL, *refund_text = NULL, *method_text = NULL, *at_text = NULL;
  GOptionEntry entries[] = {
    { "solution", 0, 0, G_OPTION_ARG_STRING, &solution, N_("The solution given to the client"), N_("TEXT") },
    { "remedy", 0, 0, G_OPTION_ARG_STRING, &remedy_text, N_("A free re-service or a partial refund (none unless given)"), "none|re-service|partial-refund" },
    { "refund", 0, 0, G_OPTION_ARG_STRING, &refund_text, N_("The partial refund in yuan"), N_("AMOUNT") },
    { "method", 0, 0, G_OPTION_ARG_STRING, &method_text, N_("How the refund is paid (bank-transfer unless given)"), "bank-transfer|third-party" },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text, N_("When it was resolved (now unless given)"), N_("ISO-8601") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardComplaintDesk) desk = NULL;
  g_autoptr(StewardComplaint) complaint = NULL;
  int remedy = STEWARD_REMEDY_NONE, method = STEWARD_PAYMENT_METHOD_BANK_TRANSFER;
  gint64 id, at, refund = 0;

  if (!steward_cli_parse (ctx, entries, "ID --solution T", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "ID --solution T [--remedy none|re-service|partial-refund] [--refund AMOUNT] [--method M] [--at ISO-8601]"))
    return STEWARD_EXIT_USAGE;
  if (solution == NULL)
    return steward_cli_usage_error (argv[0], _("--solution is required"));
  if (remedy_text != NULL && !g_str_equal (remedy_text, "none") &&
      !steward_cli_parse_code (STEWARD_TYPE_REMEDY, "--remedy", remedy_text, &remedy, &error))
    return steward_cli_fail (error);
  if (remedy == STEWARD_REMEDY_PARTIAL_REFUND && refund_text == NULL)
    return steward_cli_usage_error (argv[0], _("a partial refund needs --refund AMOUNT"));

  if (!steward_cli_parse_id (argv[1], &id, &error) ||
      (refund_text != NULL && !steward_cli_parse_money ("--refund", refund_text, &refund, &error)) ||
      (method_text != NULL &&
       !steward_cli_parse_code (STEWARD_TYPE_PAYMENT_METHOD, "--method", method_text, &method, &error)) ||
      !steward_cli_parse_time (ctx, "--at", at_text, &at, &error) ||
      (desk = get_complaint_desk (ctx, &error)) == NULL ||
      (complaint = steward_complaint_desk_resolve (desk, id, at, solution, remedy, refund, method, &error)) == NULL)
    return steward_cli_fail (error);

  print_complaint_state (complaint);
  if (steward_complaint_get_remedy_request_id (complaint) != 0)
    g_print (_("Free re-service: request %lld.\n"), (long long) steward_complaint_get_remedy_request_id (complaint));
  return STEWARD_EXIT_OK;
}

const StewardCliCommand steward_cli_complaint_commands[] = {
  { "add", "--client ID [--request ID] --channel email|hotline --summary T [--details T] [--received ISO-8601]",
    N_("Records a complaint and prints its id"), complaint_add, NULL },
  { "accept", "ID [--at ISO-8601]", N_("Accepts a complaint (within 24 hours of receipt)"), complaint_accept, NULL },
  { "resolve", "ID --solution T [--remedy none|re-service|partial-refund] [--refund AMOUNT] [--method M] [--at ISO-8601]",
    N_("Gives the solution (within 48 hours) and its remedy"), complaint_resolve, NULL },
  { "close", "ID [--at ISO-8601]", N_("Closes a resolved complaint"), complaint_close, NULL },
  { NULL }
};
