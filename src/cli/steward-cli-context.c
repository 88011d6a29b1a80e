/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-cli-private.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-money.h"
#include "steward-desk.h"
#include "steward-store-clients.h"
#include "steward-store-requests.h"
#include "steward-store-settings.h"
#include "steward-store.h"
#include "steward-time.h"

void
steward_cli_context_clear (StewardCliContext *ctx)
{
  g_clear_object ((GObject **) &ctx->desk);
  g_clear_object ((GObject **) &ctx->requests);
  g_clear_object ((GObject **) &ctx->calendar);
  g_clear_object ((GObject **) &ctx->clients);
  g_clear_object ((GObject **) &ctx->store);
  g_clear_pointer (&ctx->tz, g_time_zone_unref);
  g_clear_pointer (&ctx->database_path, g_free);
}

gpointer
steward_cli_open_store (StewardCliContext  *ctx,
                        GError            **error)
{
  /* Without SQLite's quick check, which reads the whole file (seconds on a large database):
   * `steward check` runs it, and the full integrity check. A damaged header is still refused
   * here, and damage further in fails the command that reads it with the same message. */
  if (ctx->store == NULL)
    ctx->store = steward_store_open_full (ctx->database_path, STEWARD_STORE_OPEN_DEFER_CHECK, error);
  return ctx->store;
}

gpointer
steward_cli_get_clients (StewardCliContext  *ctx,
                         GError            **error)
{
  StewardStore *store;

  if (ctx->clients != NULL)
    return ctx->clients;

  store = steward_cli_open_store (ctx, error);
  if (store == NULL)
    return NULL;
  ctx->clients = steward_store_clients_new (store);
  return ctx->clients;
}

gpointer
steward_cli_get_calendar (StewardCliContext  *ctx,
                          GError            **error)
{
  StewardStore *store;

  if (ctx->calendar != NULL)
    return ctx->calendar;
  if ((store = steward_cli_open_store (ctx, error)) == NULL)
    return NULL;
  ctx->calendar = steward_store_settings_load_calendar (store, ctx->tz, error);
  return ctx->calendar;
}

gpointer
steward_cli_get_desk (StewardCliContext  *ctx,
                      GError            **error)
{
  g_autofree char *manager = NULL;
  StewardCalendar *calendar;
  StewardPricing pricing;

  if (ctx->desk != NULL)
    return ctx->desk;
  if ((calendar = steward_cli_get_calendar (ctx, error)) == NULL ||
      !steward_store_settings_load_pricing (ctx->store, &pricing, error) ||
      (manager = steward_store_settings_dup_manager (ctx->store, error)) == NULL)
    return NULL;

  ctx->requests = steward_store_requests_new (ctx->store, calendar);
  /* An empty name means the user's real name, as in the window. */
  ctx->desk = steward_desk_new (STEWARD_REQUEST_REPOSITORY (ctx->requests), calendar, &pricing,
                                *manager != '\0' ? manager : g_get_real_name ());
  return ctx->desk;
}

gboolean
steward_cli_expect_args (int          argc,
                         char       **argv,
                         int          n,
                         const char  *parameters)
{
  if (argc - 1 == n)
    return TRUE;

  if (argc - 1 < n)
    steward_cli_usage_error (argv[0], _("missing arguments; usage: steward %s %s"), argv[0], parameters);
  else
    steward_cli_usage_error (argv[0], _("unexpected argument “%s”; usage: steward %s %s"),
                             argv[n + 1], argv[0], parameters);
  return FALSE;
}

/* Prefixes an error's message with the option it came from, so "--at: …" says which value of
 * a long command line was wrong. */
static void
prefix_option (GError     **error,
               const char  *option)
{
  if (error != NULL && *error != NULL && option != NULL)
    g_prefix_error (error, "%s: ", option);
}

gboolean
steward_cli_parse_time (StewardCliContext  *ctx,
                        const char         *option,
                        const char         *text,
                        gint64             *out_instant,
                        GError            **error)
{
  if (text == NULL)
    {
      *out_instant = steward_time_now ();
      return TRUE;
    }
  if (!steward_time_parse (text, ctx->tz, out_instant, error))
    {
      prefix_option (error, option);
      return FALSE;
    }
  return TRUE;
}

gboolean
steward_cli_parse_money (const char  *option,
                         const char  *text,
                         gint64      *out_fen,
                         GError     **error)
{
  if (!steward_money_parse (text, out_fen, error))
    {
      prefix_option (error, option);
      return FALSE;
    }
  return TRUE;
}

gboolean
steward_cli_parse_code (GType        enum_type,
                        const char  *option,
                        const char  *text,
                        int         *out_value,
                        GError     **error)
{
  g_autoptr(GEnumClass) klass = NULL;
  g_autoptr(GString) codes = NULL;

  if (text != NULL && g_strcmp0 (text, "none") != 0 &&
      steward_enum_parse (enum_type, text, out_value))
    return TRUE;

  klass = g_type_class_ref (enum_type);
  codes = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    {
      if (g_str_equal (klass->values[i].value_nick, "none"))
        continue;
      if (codes->len > 0)
        g_string_append (codes, ", ");
      g_string_append (codes, klass->values[i].value_nick);
    }
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
               /* Translators: e.g. "--priority: “soon” is not one of standard, urgent" */
               _("%s: “%s” is not one of %s"), option, text ? text : "", codes->str);
  return FALSE;
}

char *
steward_cli_format_time (StewardCliContext *ctx,
                         gint64             instant)
{
  if (instant == STEWARD_TIME_NONE)
    return g_strdup ("");
  return steward_time_format_iso (instant, ctx->tz);
}

void
steward_cli_json_time (StewardCliContext *ctx,
                       JsonBuilder       *builder,
                       const char        *name,
                       gint64             instant)
{
  json_builder_set_member_name (builder, name);
  if (instant == STEWARD_TIME_NONE)
    {
      json_builder_add_null_value (builder);
      return;
    }
  {
    g_autofree char *text = steward_time_format_iso (instant, ctx->tz);
    json_builder_add_string_value (builder, text);
  }
}

void
steward_cli_json_string (JsonBuilder *builder,
                         const char  *name,
                         const char  *text)
{
  json_builder_set_member_name (builder, name);
  if (text == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, text);
}

void
steward_cli_json_int (JsonBuilder *builder,
                      const char  *name,
                      gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

void
steward_cli_json_bool (JsonBuilder *builder,
                       const char  *name,
                       gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}
