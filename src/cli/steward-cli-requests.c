/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-cli-requests.h"
#include "steward-client-repository.h"
#include "steward-desk.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-store.h"

typedef struct {
  char     *client;
  char     *service;
  char     *priority;
  gboolean  emergency;
  char     *submitted;
  char     *description;
  char     *channel;
  char     *os;
  char     *data_terms;
  char     *template_name;
  char     *special;
} AddOptions;

static void
add_options_clear (AddOptions *o)
{
  g_free (o->client);
  g_free (o->service);
  g_free (o->priority);
  g_free (o->submitted);
  g_free (o->description);
  g_free (o->channel);
  g_free (o->os);
  g_free (o->data_terms);
  g_free (o->template_name);
  g_free (o->special);
}

/* The client must exist: checked here so that an unknown id is a refusal (exit 2) rather than
 * a foreign-key failure of the store. */
static gboolean
check_client (StewardCliContext  *ctx,
              gint64              client_id,
              GError            **error)
{
  StewardClientRepository *clients = steward_cli_get_clients (ctx, error);
  g_autoptr(StewardClient) client = NULL;

  if (clients == NULL)
    return FALSE;
  client = steward_client_repository_load (clients, client_id, error);
  return client != NULL;
}

/* The draft of the new request from the options; every value is checked before anything is
 * written. */
static StewardServiceRequest *
draft_from_options (const AddOptions  *o,
                    GError           **error)
{
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  int service, priority = STEWARD_PRIORITY_STANDARD, channel = STEWARD_CHANNEL_PLATFORM;
  int os = STEWARD_OS_NONE;
  gint64 client_id;

  if (!steward_cli_parse_id (o->client, &client_id, error) ||
      !steward_cli_parse_code (STEWARD_TYPE_SERVICE, "--service", o->service, &service, error) ||
      (o->priority != NULL &&
       !steward_cli_parse_code (STEWARD_TYPE_PRIORITY, "--priority", o->priority, &priority, error)) ||
      (o->channel != NULL &&
       !steward_cli_parse_code (STEWARD_TYPE_CHANNEL, "--channel", o->channel, &channel, error)) ||
      (o->os != NULL && !steward_cli_parse_code (STEWARD_TYPE_OS, "--os", o->os, &os, error)))
    return NULL;
  if (o->data_terms != NULL && !g_str_equal (o->data_terms, "yes") && !g_str_equal (o->data_terms, "no"))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("%s: “%s” is not one of %s"), "--data-terms", o->data_terms, "yes, no");
      return NULL;
    }

  g_object_set (draft,
                "client-id", client_id,
                "service", service,
                "priority", priority,
                "emergency", o->emergency,
                "channel", channel,
                "description", o->description ? o->description : "",
                "os", os,
                /* Recording a remote session's operating system records the session under the
                 * data-handling terms; --data-terms no says the client has not agreed (refused). */
                "data-terms-agreed", os != STEWARD_OS_NONE && g_strcmp0 (o->data_terms, "no") != 0,
                NULL);
  if (o->template_name != NULL)
    g_object_set (draft, "config-kind", STEWARD_CONFIG_KIND_TEMPLATE, "template-name", o->template_name, NULL);
  else if (o->special != NULL)
    g_object_set (draft, "config-kind", STEWARD_CONFIG_KIND_SPECIAL, "special-text", o->special, NULL);
  return g_steal_pointer (&draft);
}

static gboolean
add_request (StewardCliContext  *ctx,
             const AddOptions   *o,
             gint64             *out_id,
             GError            **error)
{
  g_autoptr(StewardServiceRequest) draft = NULL;
  g_autoptr(StewardServiceRequest) stored = NULL;
  StewardDesk *desk;
  gint64 at;

  if ((draft = draft_from_options (o, error)) == NULL ||
      !steward_cli_parse_time (ctx, "--submitted", o->submitted, &at, error) ||
      !check_client (ctx, steward_service_request_get_client_id (draft), error) ||
      (desk = steward_cli_get_desk (ctx, error)) == NULL ||
      (stored = steward_desk_create_request (desk, draft, at, error)) == NULL)
    return FALSE;
  *out_id = steward_service_request_get_id (stored);
  return TRUE;
}

static int
request_add (StewardCliContext  *ctx,
             int                 argc,
             char              **argv)
{
  AddOptions o = { 0 };
  GOptionEntry entries[] = {
    { "client", 0, 0, G_OPTION_ARG_STRING, &o.client, N_("The client's id"), N_("ID") },
    { "service", 0, 0, G_OPTION_ARG_STRING, &o.service, N_("The service"), "advisor|remote|config|training|report|visual" },
    { "priority", 0, 0, G_OPTION_ARG_STRING, &o.priority, N_("Priority (standard unless given)"), "standard|urgent" },
    { "emergency", 0, 0, G_OPTION_ARG_NONE, &o.emergency, N_("An after-hours emergency (urgent support only)"), NULL },
    { "submitted", 0, 0, G_OPTION_ARG_STRING, &o.submitted, N_("When the client submitted it (now unless given)"), N_("ISO-8601") },
    { "description", 0, 0, G_OPTION_ARG_STRING, &o.description, N_("What the client asked for"), N_("TEXT") },
    { "channel", 0, 0, G_OPTION_ARG_STRING, &o.channel, N_("How it arrived (platform unless given)"), "platform|email|phone" },
    { "os", 0, 0, G_OPTION_ARG_STRING, &o.os, N_("The operating system of a remote-assistance session"), "windows|macos|linux" },
    { "data-terms", 0, 0, G_OPTION_ARG_STRING, &o.data_terms, N_("Whether the client agreed to the remote session's data-handling terms (yes unless given)"), "yes|no" },
    { "template", 0, 0, G_OPTION_ARG_STRING, &o.template_name, N_("Configuration from this standard template"), N_("NAME") },
    { "special", 0, 0, G_OPTION_ARG_STRING, &o.special, N_("A special (non-standard) configuration request"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  int status = STEWARD_EXIT_OK;
  gint64 id = 0;

  if (!steward_cli_parse (ctx, entries, NULL, &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 0, "--client ID --service CODE [OPTIONS…]"))
    status = STEWARD_EXIT_USAGE;
  else if (o.client == NULL || o.service == NULL)
    status = steward_cli_usage_error (argv[0], _("--client and --service are required"));
  else if (!add_request (ctx, &o, &id, &error))
    status = steward_cli_fail (error);
  else
    g_print ("%" G_GINT64_FORMAT "\n", id);

  add_options_clear (&o);
  return status;
}

/* Reads the ID argument and the --at instant, and opens the desk. */
static gboolean
prepare_step (StewardCliContext  *ctx,
              const char         *id_text,
              const char         *at_text,
              gint64             *out_id,
              gint64             *out_at,
              StewardDesk       **out_desk,
              GError            **error)
{
  return steward_cli_parse_id (id_text, out_id, error) &&
         steward_cli_parse_time (ctx, "--at", at_text, out_at, error) &&
         (*out_desk = steward_cli_get_desk (ctx, error)) != NULL;
}

static void
print_state (StewardDesk *desk,
             gint64       id)
{
  g_autoptr(StewardServiceRequest) request = steward_desk_load_request (desk, id, NULL);

  if (request != NULL)
    g_print (_("Request %lld is now “%s”.\n"), (long long) id,
             steward_enum_label (STEWARD_TYPE_STATE, steward_service_request_get_state (request)));
}

typedef gboolean (*StepFunc) (StewardDesk  *self,
                              gint64        id,
                              gint64        at,
                              const char   *note,
                              GError      **error);

/* respond, hold, resume: ID [--at ISO-8601] [--note TEXT]. */
static int
run_step (StewardCliContext  *ctx,
          int                 argc,
          char              **argv,
          StepFunc            step)
{
  g_autofree char *at_text = NULL;
  g_autofree char *note = NULL;
  GOptionEntry entries[] = {
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text, N_("When it happened (now unless given)"), N_("ISO-8601") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note for the audit trail"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  StewardDesk *desk;
  gint64 id, at;

  if (!steward_cli_parse (ctx, entries, "ID", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "ID [--at ISO-8601] [--note TEXT]"))
    return STEWARD_EXIT_USAGE;
  if (!prepare_step (ctx, argv[1], at_text, &id, &at, &desk, &error) ||
      !step (desk, id, at, note, &error))
    return steward_cli_fail (error);
  print_state (desk, id);
  return STEWARD_EXIT_OK;
}

static int
request_respond (StewardCliContext *ctx, int argc, char **argv)
{
  return run_step (ctx, argc, argv, steward_desk_respond);
}

static int
request_hold (StewardCliContext *ctx, int argc, char **argv)
{
  return run_step (ctx, argc, argv, steward_desk_hold);
}

static int
request_resume (StewardCliContext *ctx, int argc, char **argv)
{
  return run_step (ctx, argc, argv, steward_desk_resume);
}

static int
request_advance (StewardCliContext  *ctx,
                 int                 argc,
                 char              **argv)
{
  g_autofree char *to = NULL;
  g_autofree char *at_text = NULL;
  g_autofree char *note = NULL;
  g_autofree char *deposit = NULL;
  GOptionEntry entries[] = {
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The state to move to"), N_("STATE") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text, N_("When it happened (now unless given)"), N_("ISO-8601") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note for the audit trail"), N_("TEXT") },
    { "deposit", 0, 0, G_OPTION_ARG_STRING, &deposit, N_("On cancelling with money received: refund or keep it"), "refund|keep" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  StewardDesk *desk;
  int state, choice = STEWARD_DEPOSIT_CHOICE_NONE;
  gint64 id, at;

  if (!steward_cli_parse (ctx, entries, "ID --to STATE", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "ID --to STATE [--at ISO-8601] [--note T] [--deposit refund|keep]"))
    return STEWARD_EXIT_USAGE;
  if (to == NULL)
    return steward_cli_usage_error (argv[0], _("--to is required"));
  if (!steward_cli_parse_code (STEWARD_TYPE_STATE, "--to", to, &state, &error) ||
      (deposit != NULL &&
       !steward_cli_parse_code (STEWARD_TYPE_DEPOSIT_CHOICE, "--deposit", deposit, &choice, &error)) ||
      !prepare_step (ctx, argv[1], at_text, &id, &at, &desk, &error) ||
      !steward_desk_advance (desk, id, state, at, note, choice, &error))
    return steward_cli_fail (error);
  print_state (desk, id);
  return STEWARD_EXIT_OK;
}

/* A fee is quoted during review: quoting a request that is still submitted starts its review
 * at the same instant, in the same transaction, so a refused quote leaves it submitted. */
static gboolean
quote (StewardCliContext  *ctx,
       StewardDesk        *desk,
       gint64              id,
       gint64              fee,
       gint64              surcharge,
       StewardComplexity   complexity,
       StewardTier         tier,
       gint64              at,
       const char         *note,
       GError            **error)
{
  g_autoptr(StewardServiceRequest) request = steward_desk_load_request (desk, id, error);
  StewardStore *store = ctx->store;

  if (request == NULL || !steward_store_begin (store, error))
    return FALSE;
  if ((steward_service_request_get_state (request) == STEWARD_STATE_SUBMITTED &&
       !steward_desk_review (desk, id, at, NULL, error)) ||
      !steward_desk_quote (desk, id, fee, surcharge, complexity, tier, at, note, error))
    {
      steward_store_rollback (store);
      return FALSE;
    }
  if (!steward_store_commit (store, error))
    {
      steward_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

static int
request_quote (StewardCliContext  *ctx,
               int                 argc,
               char              **argv)
{
  g_autofree char *fee_text = NULL, *surcharge_text = NULL, *complexity_text = NULL;
  g_autofree char *tier_text = NULL, *at_text = NULL, *note = NULL;
  GOptionEntry entries[] = {
    { "fee", 0, 0, G_OPTION_ARG_STRING, &fee_text, N_("The fee in yuan"), N_("AMOUNT") },
    { "complexity", 0, 0, G_OPTION_ARG_STRING, &complexity_text, N_("Configuration and training: simple or complex"), "simple|complex" },
    { "tier", 0, 0, G_OPTION_ARG_STRING, &tier_text, N_("Reports and visualisation: basic or advanced"), "basic|advanced" },
    { "surcharge", 0, 0, G_OPTION_ARG_STRING, &surcharge_text, N_("After-hours emergency surcharge in yuan"), N_("AMOUNT") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text, N_("When it was quoted (now unless given)"), N_("ISO-8601") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note for the audit trail"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  int complexity = STEWARD_COMPLEXITY_NONE, tier = STEWARD_TIER_NONE;
  gint64 id, at, fee, surcharge = 0;
  StewardDesk *desk;

  if (!steward_cli_parse (ctx, entries, "ID --fee AMOUNT", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "ID --fee AMOUNT [--complexity simple|complex] [--tier basic|advanced] [--surcharge AMOUNT]"))
    return STEWARD_EXIT_USAGE;
  if (fee_text == NULL)
    return steward_cli_usage_error (argv[0], _("--fee is required"));
  if (!steward_cli_parse_money ("--fee", fee_text, &fee, &error) ||
      (surcharge_text != NULL && !steward_cli_parse_money ("--surcharge", surcharge_text, &surcharge, &error)) ||
      (complexity_text != NULL &&
       !steward_cli_parse_code (STEWARD_TYPE_COMPLEXITY, "--complexity", complexity_text, &complexity, &error)) ||
      (tier_text != NULL && !steward_cli_parse_code (STEWARD_TYPE_TIER, "--tier", tier_text, &tier, &error)) ||
      !prepare_step (ctx, argv[1], at_text, &id, &at, &desk, &error) ||
      !quote (ctx, desk, id, fee, surcharge, complexity, tier, at, note, &error))
    return steward_cli_fail (error);
  print_state (desk, id);
  return STEWARD_EXIT_OK;
}

const StewardCliCommand steward_cli_request_commands[] = {
  { "add", "--client ID --service CODE [--priority standard|urgent] [--emergency] [--submitted ISO-8601] "
           "[--description T] [--channel T] [--os windows|macos|linux] [--template NAME|--special T]",
    N_("Records a new service request and prints its id"), request_add, NULL },
  { "list", "[--client ID] [--state STATE] [--open] [--service CODE] [--sla STATUS] [--search T] [--json]",
    N_("Lists service requests, newest first"), steward_cli_request_list, NULL },
  { "show", "ID [--json]", N_("Shows a request with its deadlines, money and history"),
    steward_cli_request_show, NULL },
  { "advance", "ID --to STATE [--at ISO-8601] [--note T] [--deposit refund|keep]",
    N_("Moves a request to another state"), request_advance, NULL },
  { "respond", "ID [--at ISO-8601]", N_("Records the first response"), request_respond, NULL },
  { "hold", "ID [--at ISO-8601]", N_("Waits on the client: the deadlines pause"), request_hold, NULL },
  { "resume", "ID [--at ISO-8601]", N_("Stops waiting on the client"), request_resume, NULL },
  { "quote", "ID --fee AMOUNT [--complexity simple|complex] [--tier basic|advanced] [--surcharge AMOUNT]",
    N_("Quotes the fee during review"), request_quote, NULL },
  { NULL }
};
