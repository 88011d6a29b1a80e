/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "steward-cli-private.h"
#include "steward-error.h"

static gboolean
is_global_option_with_value (const char *arg)
{
  return g_strcmp0 (arg, "--database") == 0;
}

/* The index of the first word that is not a global option, or argc. */
static int
find_command (int    argc,
              char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (is_global_option_with_value (argv[i]))
        {
          i++;
          continue;
        }
      if (g_str_has_prefix (argv[i], "--database="))
        continue;
      return i;
    }
  return argc;
}

gboolean
steward_cli_handles (int    argc,
                     char **argv)
{
  int i = find_command (argc, argv);

  /* GApplication's own options (--gapplication-service …) belong to the window. */
  return i < argc && !g_str_has_prefix (argv[i], "--gapplication");
}

static const StewardCliCommand *
lookup (const StewardCliCommand *table,
        const char              *name)
{
  for (const StewardCliCommand *c = table; c != NULL && c->name != NULL; c++)
    if (g_strcmp0 (c->name, name) == 0)
      return c;
  return NULL;
}

static void
print_commands (const StewardCliCommand *table,
                const char              *prefix,
                GString                 *out)
{
  for (const StewardCliCommand *c = table; c->name != NULL; c++)
    {
      g_autofree char *path = prefix[0] ? g_strdup_printf ("%s %s", prefix, c->name) : g_strdup (c->name);

      if (c->subcommands != NULL)
        {
          print_commands (c->subcommands, path, out);
          continue;
        }
      g_string_append_printf (out, "  %s%s%s\n      %s\n", path,
                              c->parameters ? " " : "", c->parameters ? c->parameters : "",
                              g_dgettext (GETTEXT_PACKAGE, c->summary));
    }
}

static void
print_help (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_string_append (out, _("Usage: steward [--database PATH] COMMAND [OPTIONS…]\n"));
  g_string_append (out, _("Without a command, Steward opens its window.\n\n"));
  g_string_append (out, _("Commands:\n"));
  print_commands (steward_cli_commands, "", out);
  g_string_append (out, _("\nExit codes: 0 success, 1 usage error, 2 refused by a business rule "
                          "or bad input (nothing changed), 3 storage error.\n"));
  g_print ("%s", out->str);
}

/* Removes --json (anywhere) and --database (before the command) from argv. */
static gboolean
take_global_options (StewardCliContext *ctx,
                     GPtrArray         *words,
                     int                argc,
                     char             **argv)
{
  int command_at = find_command (argc, argv);

  for (int i = 1; i < argc; i++)
    {
      if (i < command_at && is_global_option_with_value (argv[i]))
        {
          if (i + 1 >= argc)
            {
              g_printerr (_("steward: --database needs a file path\n"));
              return FALSE;
            }
          g_free (ctx->database_path);
          ctx->database_path = g_strdup (argv[++i]);
        }
      else if (i < command_at && g_str_has_prefix (argv[i], "--database="))
        {
          g_free (ctx->database_path);
          ctx->database_path = g_strdup (argv[i] + strlen ("--database="));
        }
      else if (g_strcmp0 (argv[i], "--json") == 0)
        ctx->json = TRUE;
      else
        g_ptr_array_add (words, argv[i]);
    }
  return TRUE;
}

static int
dispatch (StewardCliContext       *ctx,
          const StewardCliCommand *table,
          const char              *prefix,
          int                      argc,
          char                   **argv)
{
  const StewardCliCommand *command;
  g_autofree char *path = NULL;

  if (argc == 0 || g_str_equal (argv[0], "--help") || g_str_equal (argv[0], "-h") ||
      g_str_equal (argv[0], "help"))
    {
      if (prefix[0] == '\0' || argc > 0)
        {
          print_help ();
          return STEWARD_EXIT_OK;
        }
      return steward_cli_usage_error (prefix, _("a subcommand is needed; see “steward --help”"));
    }

  command = lookup (table, argv[0]);
  if (command == NULL)
    {
      if (prefix[0] == '\0')
        return steward_cli_usage_error (NULL, _("unknown command “%s”; see “steward --help”"), argv[0]);
      return steward_cli_usage_error (prefix, _("unknown subcommand “%s”; see “steward --help”"), argv[0]);
    }

  path = prefix[0] ? g_strdup_printf ("%s %s", prefix, command->name) : g_strdup (command->name);
  if (command->subcommands != NULL)
    return dispatch (ctx, command->subcommands, path, argc - 1, argv + 1);

  {
    /* The handler sees its path in argv[0], as a program sees its name. */
    g_autofree char **sub = g_new0 (char *, argc + 1);

    sub[0] = path;
    for (int i = 1; i < argc; i++)
      sub[i] = argv[i];
    return command->handler (ctx, argc, sub);
  }
}

int
steward_cli_run (int    argc,
                 char **argv)
{
  StewardCliContext ctx = { 0 };
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  int status;

  if (find_command (argc, argv) < argc && g_strcmp0 (argv[find_command (argc, argv)], "--version") == 0)
    {
      g_print ("steward %s\n", PACKAGE_VERSION);
      return STEWARD_EXIT_OK;
    }

  if (!take_global_options (&ctx, words, argc, argv))
    {
      steward_cli_context_clear (&ctx);
      return STEWARD_EXIT_USAGE;
    }

  ctx.tz = g_time_zone_new_local ();
  status = dispatch (&ctx, steward_cli_commands, "", (int) words->len, (char **) words->pdata);

  steward_cli_context_clear (&ctx);
  return status;
}

gboolean
steward_cli_parse (StewardCliContext  *ctx,
                   const GOptionEntry *entries,
                   const char         *parameters,
                   int                *argc,
                   char             ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameters);
  g_autoptr(GError) error = NULL;

  g_option_context_set_help_enabled (context, TRUE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      steward_cli_usage_error ((*argv)[0], "%s", error->message);
      return FALSE;
    }
  return TRUE;
}

int
steward_cli_usage_error (const char *command,
                         const char *format,
                         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (command == NULL || *command == '\0')
    g_printerr ("steward: %s\n", message);
  else
    g_printerr ("steward %s: %s\n", command, message);
  return STEWARD_EXIT_USAGE;
}

int
steward_cli_fail (GError *error)
{
  g_return_val_if_fail (error != NULL, STEWARD_EXIT_STORAGE);

  g_printerr ("steward: %s\n", error->message);
  if (error->domain == STEWARD_ERROR && error->code == STEWARD_ERROR_STORAGE)
    return STEWARD_EXIT_STORAGE;
  if (error->domain != STEWARD_ERROR)
    return STEWARD_EXIT_STORAGE;
  return STEWARD_EXIT_REFUSED;
}

void
steward_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

gboolean
steward_cli_parse_id (const char  *text,
                      gint64      *id,
                      GError     **error)
{
  guint64 value = 0;

  if (text == NULL ||
      !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("“%s” is not an id: ids are whole numbers such as 12"), text ? text : "");
      return FALSE;
    }
  *id = (gint64) value;
  return TRUE;
}
