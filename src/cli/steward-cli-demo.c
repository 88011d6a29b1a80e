/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-cli-private.h"
#include "steward-store-demo.h"
#include "steward-time.h"

/* `steward demo`: a realistic demo database (SPEC §9), deterministic for a seed and --now. */

static void
report_progress (guint64  done,
                 guint64  total,
                 gpointer user_data)
{
  g_autofree char *a = g_strdup_printf ("%" G_GUINT64_FORMAT, done);
  g_autofree char *b = g_strdup_printf ("%" G_GUINT64_FORMAT, total);

  /* TRANSLATORS: progress of the demo command, e.g. "Demo data: 100000 of 1000000 requests written" */
  g_printerr (_("Demo data: %s of %s requests written\n"), a, b);
}

static void
print_result (StewardCliContext        *ctx,
              StewardStore             *store,
              const StewardDemoOptions *options,
              gint64                    now,
              double                    seconds)
{
  if (ctx->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autofree char *at = steward_time_format_iso (now, ctx->tz);
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "database");
      json_builder_add_string_value (builder, steward_store_get_path (store));
      json_builder_set_member_name (builder, "clients");
      json_builder_add_int_value (builder, options->n_clients);
      json_builder_set_member_name (builder, "requests");
      json_builder_add_int_value (builder, options->n_requests);
      json_builder_set_member_name (builder, "seed");
      json_builder_add_int_value (builder, (gint64) options->seed);
      json_builder_set_member_name (builder, "now");
      json_builder_add_string_value (builder, at);
      json_builder_set_member_name (builder, "seconds");
      json_builder_add_double_value (builder, seconds);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      steward_cli_print_json (root);
      return;
    }

  {
    g_autofree char *clients = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u client", "%u clients",
                                                             options->n_clients), options->n_clients);
    g_autofree char *requests = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u request", "%u requests",
                                                              options->n_requests), options->n_requests);

    /* TRANSLATORS: "Created demo data in /path/steward.db: 60 clients, 600 requests (2.1 s)" */
    g_print (_("Created demo data in %s: %s, %s (%.1f s)\n"), steward_store_get_path (store),
             clients, requests, seconds);
  }
}

/* Reads the options into @options; FALSE after printing a usage error. */
static gboolean
read_options (StewardCliContext   *ctx,
              int                 *argc,
              char              ***argv,
              StewardDemoOptions  *options)
{
  gint64 clients = STEWARD_DEMO_DEFAULT_CLIENTS;
  gint64 requests = STEWARD_DEMO_DEFAULT_REQUESTS;
  gint64 seed = STEWARD_DEMO_DEFAULT_SEED;
  g_autofree char *now_text = NULL;
  const GOptionEntry entries[] = {
    { "clients", 0, 0, G_OPTION_ARG_INT64, &clients, N_("How many clients (default 60)"), "N" },
    { "requests", 0, 0, G_OPTION_ARG_INT64, &requests, N_("How many service requests (default 600)"), "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_("The seed: the same seed and time give the same data"), "S" },
    { "now", 0, 0, G_OPTION_ARG_STRING, &now_text, N_("The moment the history ends (default: now)"), "ISO" },
    { NULL }
  };

  steward_demo_options_init (options);
  if (!steward_cli_parse (ctx, entries, "[--clients N] [--requests N] [--seed S] [--now ISO]", argc, argv))
    return FALSE;
  if (*argc > 1)
    {
      steward_cli_usage_error ((*argv)[0], _("unexpected argument “%s”"), (*argv)[1]);
      return FALSE;
    }
  if (clients < 1 || clients > G_MAXINT32 || requests < 0 || requests > G_MAXINT32 || seed < 0)
    {
      steward_cli_usage_error ((*argv)[0], _("--clients must be at least 1, and --requests and --seed not negative"));
      return FALSE;
    }
  if (now_text != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!steward_time_parse (now_text, ctx->tz, &options->now, &error))
        {
          steward_cli_usage_error ((*argv)[0], "%s", error->message);
          return FALSE;
        }
    }
  options->n_clients = (guint) clients;
  options->n_requests = (guint) requests;
  options->seed = (guint64) seed;
  return TRUE;
}

int
steward_cli_demo (StewardCliContext  *ctx,
                  int                 argc,
                  char              **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = NULL;
  StewardDemoOptions options;
  StewardStore *store;

  if (!read_options (ctx, &argc, &argv, &options))
    return STEWARD_EXIT_USAGE;
  if (options.now == STEWARD_TIME_NONE)
    options.now = steward_time_now ();
  options.progress = report_progress;

  if (ctx->store == NULL)
    ctx->store = steward_store_open (ctx->database_path, &error);
  if (ctx->store == NULL)
    return steward_cli_fail (error);
  store = ctx->store;

  timer = g_timer_new ();
  if (!steward_demo_fill (store, &options, &error))
    return steward_cli_fail (error);
  print_result (ctx, store, &options, options.now, g_timer_elapsed (timer, NULL));
  return STEWARD_EXIT_OK;
}
