/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-cli-clients.h"
#include "steward-client-list-model.h"
#include "steward-client-repository.h"
#include "steward-enums.h"
#include "steward-money.h"

static void
add_platforms (JsonBuilder      *builder,
               StewardPlatforms  platforms)
{
  static const StewardOs all[] = { STEWARD_OS_WINDOWS, STEWARD_OS_MACOS, STEWARD_OS_LINUX };

  json_builder_set_member_name (builder, "platforms");
  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    if (platforms & steward_platforms_from_os (all[i]))
      json_builder_add_string_value (builder, steward_enum_code (STEWARD_TYPE_OS, all[i]));
  json_builder_end_array (builder);
}

/* The members of one client object; the caller opens and closes it. */
static void
add_client_members (StewardCliContext *ctx,
                    JsonBuilder       *builder,
                    StewardClient     *client)
{
  steward_cli_json_int (builder, "id", steward_client_get_id (client));
  steward_cli_json_string (builder, "name", steward_client_get_name (client));
  steward_cli_json_string (builder, "industry", steward_client_get_industry (client));
  steward_cli_json_string (builder, "address", steward_client_get_address (client));
  steward_cli_json_string (builder, "notes", steward_client_get_notes (client));
  steward_cli_json_string (builder, "owner", steward_client_get_owner (client));
  steward_cli_json_string (builder, "advisor", steward_client_get_advisor (client));
  add_platforms (builder, steward_client_get_platforms (client));
  steward_cli_json_bool (builder, "archived", steward_client_get_archived (client));
  steward_cli_json_int (builder, "open_requests", steward_client_get_open_requests (client));
  steward_cli_json_int (builder, "outstanding_fen", steward_client_get_outstanding_fen (client));
  steward_cli_json_time (ctx, builder, "created_at", steward_client_get_created_at (client));
  steward_cli_json_time (ctx, builder, "updated_at", steward_client_get_updated_at (client));
  steward_cli_json_time (ctx, builder, "last_activity", steward_client_get_last_activity (client));
}

static void
add_contact (JsonBuilder    *builder,
             StewardContact *contact)
{
  json_builder_begin_object (builder);
  steward_cli_json_int (builder, "id", steward_contact_get_id (contact));
  steward_cli_json_string (builder, "name", steward_contact_get_name (contact));
  steward_cli_json_string (builder, "role", steward_contact_get_role (contact));
  steward_cli_json_string (builder, "phone", steward_contact_get_phone (contact));
  steward_cli_json_string (builder, "email", steward_contact_get_email (contact));
  steward_cli_json_bool (builder, "primary", steward_contact_get_primary (contact));
  json_builder_end_object (builder);
}

JsonNode *
steward_cli_client_to_json (StewardCliContext *ctx,
                            StewardClient     *client,
                            GPtrArray         *contacts)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  add_client_members (ctx, builder, client);
  json_builder_set_member_name (builder, "contacts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < contacts->len; i++)
    add_contact (builder, g_ptr_array_index (contacts, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static void
print_list (StewardCliContext *ctx,
            GListModel        *model)
{
  guint n = g_list_model_get_n_items (model);
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  if (ctx->json)
    json_builder_begin_array (builder);
  else if (n > 0)
    /* Translators: the header of `steward client list`; columns are separated by tabs */
    g_print ("%s\n", _("ID\tName\tIndustry\tOwner\tOpen requests\tOutstanding\tStatus"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardClient) client = g_list_model_get_item (model, i);

      if (ctx->json)
        {
          json_builder_begin_object (builder);
          add_client_members (ctx, builder, client);
          json_builder_end_object (builder);
        }
      else
        {
          g_autofree char *outstanding = steward_money_format (steward_client_get_outstanding_fen (client));

          g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%u\t%s\t%s\n", steward_client_get_id (client),
                   steward_client_get_name (client), steward_client_get_industry (client),
                   steward_client_get_owner (client), steward_client_get_open_requests (client),
                   outstanding,
                   steward_client_get_archived (client) ? _("archived") : _("active"));
        }
    }

  if (ctx->json)
    {
      g_autoptr(JsonNode) root = NULL;

      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      steward_cli_print_json (root);
    }
}

int
steward_cli_client_list (StewardCliContext  *ctx,
                         int                 argc,
                         char              **argv)
{
  gboolean archived = FALSE, all = FALSE;
  g_autofree char *search = NULL;
  g_autofree char *owner = NULL;
  GOptionEntry entries[] = {
    { "archived", 0, 0, G_OPTION_ARG_NONE, &archived, N_("Only archived clients"), NULL },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Active and archived clients"), NULL },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search, N_("Only clients whose name, contacts, phones or emails contain TEXT"), N_("TEXT") },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, N_("Only the clients of this account manager"), N_("NAME") },
    { NULL }
  };
  g_autoptr(StewardClientListModel) model = NULL;
  g_autoptr(GError) error = NULL;
  StewardStore *store;

  if (!steward_cli_parse (ctx, entries, NULL, &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 0, "[--archived|--all] [--search TEXT] [--owner NAME]"))
    return STEWARD_EXIT_USAGE;
  if ((store = steward_cli_open_store (ctx, &error)) == NULL)
    return steward_cli_fail (error);

  model = steward_client_list_model_new (store);
  steward_client_list_model_set_filter (model, all ? STEWARD_CLIENT_FILTER_ALL
                                               : archived ? STEWARD_CLIENT_FILTER_ARCHIVED
                                                          : STEWARD_CLIENT_FILTER_ACTIVE);
  steward_client_list_model_set_owner (model, owner);
  steward_client_list_model_set_search (model, search);
  if (!steward_client_list_model_reload (model, &error))
    return steward_cli_fail (error);

  print_list (ctx, G_LIST_MODEL (model));
  return STEWARD_EXIT_OK;
}

static void
print_client_text (StewardCliContext *ctx,
                   StewardClient     *client,
                   GPtrArray         *contacts)
{
  g_autofree char *platforms = steward_cli_format_platforms (steward_client_get_platforms (client));
  g_autofree char *outstanding = steward_money_format (steward_client_get_outstanding_fen (client));
  g_autofree char *created = steward_cli_format_time (ctx, steward_client_get_created_at (client));

  g_print (_("Client %lld: %s\n"), (long long) steward_client_get_id (client), steward_client_get_name (client));
  g_print (_("  Status: %s\n"), steward_client_get_archived (client) ? _("archived") : _("active"));
  g_print (_("  Industry: %s\n"), steward_client_get_industry (client));
  g_print (_("  Owner: %s\n"), steward_client_get_owner (client));
  g_print (_("  Address: %s\n"), steward_client_get_address (client));
  g_print (_("  Operating systems: %s\n"), platforms);
  g_print (_("  Technical advisor: %s\n"), steward_client_get_advisor (client));
  g_print (_("  Notes: %s\n"), steward_client_get_notes (client));
  g_print (_("  Open requests: %u\n"), steward_client_get_open_requests (client));
  g_print (_("  Outstanding: %s\n"), outstanding);
  g_print (_("  Created: %s\n"), created);
  g_print (_("  Contacts:\n"));
  for (guint i = 0; i < contacts->len; i++)
    {
      StewardContact *contact = g_ptr_array_index (contacts, i);

      g_print ("    %s %s\t%s\t%s\t%s\n", steward_contact_get_primary (contact) ? "*" : "-",
               steward_contact_get_name (contact), steward_contact_get_role (contact),
               steward_contact_get_phone (contact), steward_contact_get_email (contact));
    }
}

int
steward_cli_client_show (StewardCliContext  *ctx,
                         int                 argc,
                         char              **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardClient) client = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  StewardClientRepository *repository;
  gint64 id;

  if (!steward_cli_parse (ctx, NULL, "ID", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "ID"))
    return STEWARD_EXIT_USAGE;
  if (!steward_cli_parse_id (argv[1], &id, &error) ||
      (repository = steward_cli_get_clients (ctx, &error)) == NULL ||
      (client = steward_client_repository_load (repository, id, &error)) == NULL ||
      (contacts = steward_client_repository_list_contacts (repository, id, &error)) == NULL)
    return steward_cli_fail (error);

  if (ctx->json)
    {
      g_autoptr(JsonNode) root = steward_cli_client_to_json (ctx, client, contacts);
      steward_cli_print_json (root);
    }
  else
    print_client_text (ctx, client, contacts);
  return STEWARD_EXIT_OK;
}
