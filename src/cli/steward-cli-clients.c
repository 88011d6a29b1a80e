/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-cli-clients.h"
#include "steward-client-list-model.h"
#include "steward-client-repository.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-money.h"

/* The options `client add` and `client edit` share. */
typedef struct {
  char  *name;
  char  *industry;
  char  *owner;
  char  *address;
  char  *notes;
  char  *advisor;
  char **os;
  char  *contact;
  char  *role;
  char  *phone;
  char  *email;
} ClientOptions;

static void
client_options_clear (ClientOptions *o)
{
  g_free (o->name);
  g_free (o->industry);
  g_free (o->owner);
  g_free (o->address);
  g_free (o->notes);
  g_free (o->advisor);
  g_strfreev (o->os);
  g_free (o->contact);
  g_free (o->role);
  g_free (o->phone);
  g_free (o->email);
}

#define CLIENT_OPTION_ENTRIES(o) \
  { "name", 0, 0, G_OPTION_ARG_STRING, &(o).name, N_("The company's name"), N_("NAME") }, \
  { "industry", 0, 0, G_OPTION_ARG_STRING, &(o).industry, N_("Industry"), N_("TEXT") }, \
  { "owner", 0, 0, G_OPTION_ARG_STRING, &(o).owner, N_("The account manager who owns the client"), N_("TEXT") }, \
  { "address", 0, 0, G_OPTION_ARG_STRING, &(o).address, N_("Address"), N_("TEXT") }, \
  { "notes", 0, 0, G_OPTION_ARG_STRING, &(o).notes, N_("Notes"), N_("TEXT") }, \
  { "advisor", 0, 0, G_OPTION_ARG_STRING, &(o).advisor, N_("The dedicated technical advisor"), N_("NAME") }, \
  { "os", 0, 0, G_OPTION_ARG_STRING_ARRAY, &(o).os, N_("An operating system the client uses (repeat or separate with commas)"), "windows|macos|linux" }, \
  { "contact", 0, 0, G_OPTION_ARG_STRING, &(o).contact, N_("The primary contact's name"), N_("NAME") }, \
  { "role", 0, 0, G_OPTION_ARG_STRING, &(o).role, N_("The primary contact's role"), N_("TEXT") }, \
  { "phone", 0, 0, G_OPTION_ARG_STRING, &(o).phone, N_("The primary contact's phone"), N_("PHONE") }, \
  { "email", 0, 0, G_OPTION_ARG_STRING, &(o).email, N_("The primary contact's email"), N_("EMAIL") }

gboolean
steward_cli_parse_platforms (const char * const  *codes,
                             StewardPlatforms    *out_platforms,
                             GError             **error)
{
  StewardPlatforms platforms = STEWARD_PLATFORM_NONE;

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit_set (codes[i], ",;/ ", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        {
          int os;

          if (parts[j][0] == '\0')
            continue;
          if (!steward_cli_parse_code (STEWARD_TYPE_OS, "--os", g_strstrip (parts[j]), &os, error))
            return FALSE;
          platforms |= steward_platforms_from_os (os);
        }
    }
  *out_platforms = platforms;
  return TRUE;
}

char *
steward_cli_format_platforms (StewardPlatforms platforms)
{
  static const StewardOs all[] = { STEWARD_OS_WINDOWS, STEWARD_OS_MACOS, STEWARD_OS_LINUX };
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    if (platforms & steward_platforms_from_os (all[i]))
      g_string_append_printf (out, "%s%s", out->len ? "," : "", steward_enum_code (STEWARD_TYPE_OS, all[i]));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Copies the options that were given onto @client and its primary @contact. */
static gboolean
apply_options (const ClientOptions  *o,
               StewardClient        *client,
               StewardContact       *contact,
               GError              **error)
{
  if (o->os != NULL)
    {
      StewardPlatforms platforms;

      if (!steward_cli_parse_platforms ((const char * const *) o->os, &platforms, error))
        return FALSE;
      steward_client_set_platforms (client, platforms);
    }
  if (o->name != NULL)
    steward_client_set_name (client, o->name);
  if (o->industry != NULL)
    steward_client_set_industry (client, o->industry);
  if (o->owner != NULL)
    steward_client_set_owner (client, o->owner);
  if (o->address != NULL)
    steward_client_set_address (client, o->address);
  if (o->notes != NULL)
    steward_client_set_notes (client, o->notes);
  if (o->advisor != NULL)
    steward_client_set_advisor (client, o->advisor);
  if (o->contact != NULL)
    steward_contact_set_name (contact, o->contact);
  if (o->role != NULL)
    steward_contact_set_role (contact, o->role);
  if (o->phone != NULL)
    steward_contact_set_phone (contact, o->phone);
  if (o->email != NULL)
    steward_contact_set_email (contact, o->email);
  return TRUE;
}

StewardContact *
steward_cli_new_primary_contact (const char *contact_name,
                                 const char *client_name)
{
  /* Core requires a primary contact; when the user names none, the company itself (its
   * switchboard, the phone and email given) is the contact, so nothing is invented. */
  const char *name = contact_name != NULL && *contact_name != '\0' ? contact_name : client_name;
  StewardContact *contact = steward_contact_new (name != NULL ? name : "");

  steward_contact_set_primary (contact, TRUE);
  return contact;
}

static int
client_add (StewardCliContext  *ctx,
            int                 argc,
            char              **argv)
{
  ClientOptions o = { 0 };
  GOptionEntry entries[] = { CLIENT_OPTION_ENTRIES (o), { NULL } };
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardClient) client = NULL;
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  StewardClientRepository *repository;
  int status = STEWARD_EXIT_OK;

  if (!steward_cli_parse (ctx, entries, "--name NAME", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 0, "--name NAME [OPTIONS…]"))
    status = STEWARD_EXIT_USAGE;
  else if (o.name == NULL)
    status = steward_cli_usage_error (argv[0], _("--name is required"));
  else
    {
      client = steward_client_new (o.name);
      g_ptr_array_add (contacts, steward_cli_new_primary_contact (o.contact, o.name));
      if (!apply_options (&o, client, g_ptr_array_index (contacts, 0), &error) ||
          (repository = steward_cli_get_clients (ctx, &error)) == NULL ||
          !steward_client_repository_add (repository, client, contacts, &error))
        status = steward_cli_fail (error);
      else
        g_print ("%" G_GINT64_FORMAT "\n", steward_client_get_id (client));
    }

  client_options_clear (&o);
  return status;
}

static StewardContact *
find_primary (GPtrArray *contacts)
{
  for (guint i = 0; i < contacts->len; i++)
    if (steward_contact_get_primary (g_ptr_array_index (contacts, i)))
      return g_ptr_array_index (contacts, i);
  return NULL;
}

static gboolean
edit_client (StewardCliContext    *ctx,
             const char           *id_text,
             const ClientOptions  *o,
             GError              **error)
{
  StewardClientRepository *repository;
  g_autoptr(StewardClient) client = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  StewardContact *primary;
  gint64 id;

  if (!steward_cli_parse_id (id_text, &id, error) ||
      (repository = steward_cli_get_clients (ctx, error)) == NULL ||
      (client = steward_client_repository_load (repository, id, error)) == NULL ||
      (contacts = steward_client_repository_list_contacts (repository, id, error)) == NULL)
    return FALSE;

  primary = find_primary (contacts);
  if (primary == NULL)
    {
      g_ptr_array_add (contacts, steward_cli_new_primary_contact (o->contact, steward_client_get_name (client)));
      primary = g_ptr_array_index (contacts, contacts->len - 1);
    }
  if (o->os != NULL && o->os[0] != NULL && o->os[1] == NULL && g_str_equal (o->os[0], "none"))
    {
      /* "--os none" clears the platforms; every other value is a code. */
      ClientOptions rest = *o;

      rest.os = NULL;
      steward_client_set_platforms (client, STEWARD_PLATFORM_NONE);
      if (!apply_options (&rest, client, primary, error))
        return FALSE;
    }
  else if (!apply_options (o, client, primary, error))
    return FALSE;

  return steward_client_repository_update (repository, client, contacts, error);
}

static int
client_edit (StewardCliContext  *ctx,
             int                 argc,
             char              **argv)
{
  ClientOptions o = { 0 };
  GOptionEntry entries[] = { CLIENT_OPTION_ENTRIES (o), { NULL } };
  g_autoptr(GError) error = NULL;
  int status = STEWARD_EXIT_OK;

  if (!steward_cli_parse (ctx, entries, "ID", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "ID [OPTIONS…]"))
    status = STEWARD_EXIT_USAGE;
  else if (!edit_client (ctx, argv[1], &o, &error))
    status = steward_cli_fail (error);

  client_options_clear (&o);
  return status;
}

/* Archive, unarchive and anonymise: one id, one repository call, one confirmation. */
static int
client_simple (StewardCliContext  *ctx,
               int                 argc,
               char              **argv,
               int                 action)
{
  g_autoptr(GError) error = NULL;
  StewardClientRepository *repository;
  gboolean ok;
  gint64 id;

  if (!steward_cli_parse (ctx, NULL, "ID", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "ID"))
    return STEWARD_EXIT_USAGE;
  if (!steward_cli_parse_id (argv[1], &id, &error) ||
      (repository = steward_cli_get_clients (ctx, &error)) == NULL)
    return steward_cli_fail (error);

  if (action == 2)
    ok = steward_client_repository_anonymise (repository, id, &error);
  else
    ok = steward_client_repository_set_archived (repository, id, action == 1, &error);
  if (!ok)
    return steward_cli_fail (error);

  if (action == 2)
    g_print (_("Client %lld anonymised: contact names, phones and emails were replaced.\n"), (long long) id);
  else if (action == 1)
    g_print (_("Client %lld archived.\n"), (long long) id);
  else
    g_print (_("Client %lld is active again.\n"), (long long) id);
  return STEWARD_EXIT_OK;
}

static int
client_archive (StewardCliContext *ctx, int argc, char **argv)
{
  return client_simple (ctx, argc, argv, 1);
}

static int
client_unarchive (StewardCliContext *ctx, int argc, char **argv)
{
  return client_simple (ctx, argc, argv, 0);
}

static int
client_anonymise (StewardCliContext *ctx, int argc, char **argv)
{
  return client_simple (ctx, argc, argv, 2);
}

const StewardCliCommand steward_cli_client_commands[] = {
  { "add", "--name NAME [--industry T] [--owner T] [--contact NAME --phone P --email E] [--os OS]",
    N_("Adds a client and prints its id"), client_add, NULL },
  { "edit", "ID [--name NAME] [--industry T] [--owner T] [--contact NAME] [--phone P] [--email E] [--os OS]",
    N_("Changes a client's fields or its primary contact"), client_edit, NULL },
  { "list", "[--archived|--all] [--search TEXT] [--owner T] [--json]",
    N_("Lists clients"), steward_cli_client_list, NULL },
  { "show", "ID [--json]", N_("Shows a client and its contacts"), steward_cli_client_show, NULL },
  { "archive", "ID", N_("Archives a client: hidden from default views, history kept"), client_archive, NULL },
  { "unarchive", "ID", N_("Makes an archived client active again"), client_unarchive, NULL },
  { "export", "ID FILE.xlsx", N_("Writes everything held about a client to an Excel file"),
    steward_cli_client_export, NULL },
  { "anonymise", "ID", N_("Replaces contact names, phones and emails; keeps financial history"),
    client_anonymise, NULL },
  { NULL }
};
