/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "steward-cli-private.h"
#include "steward-client-repository.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-money.h"
#include "steward-store-packages.h"
#include "steward-store-settings.h"
#include "steward-time.h"
#include "steward-xlsx-statement.h"

/* Reads "2026-03" as a year and month; NULL gives the month of @fallback in the context's zone. */
static gboolean
parse_month (StewardCliContext  *ctx,
             const char         *option,
             const char         *text,
             gint64              fallback,
             int                *out_year,
             int                *out_month,
             GError            **error)
{
  int consumed = 0;

  if (text == NULL)
    {
      g_autoptr(GDateTime) dt = steward_time_to_date_time (fallback, ctx->tz);

      *out_year = g_date_time_get_year (dt);
      *out_month = g_date_time_get_month (dt);
      return TRUE;
    }
  if (sscanf (text, "%4d-%2d%n", out_year, out_month, &consumed) != 2 || text[consumed] != '\0' ||
      *out_month < 1 || *out_month > 12 || *out_year < 1)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("%s: “%s” is not a month; use the form 2026-03"), option, text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_count (const char  *option,
             const char  *text,
             guint       *out,
             GError     **error)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &value, NULL))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("%s: “%s” is not a whole number"), option, text);
      return FALSE;
    }
  *out = (guint) value;
  return TRUE;
}

typedef struct {
  char *client, *months, *start, *quota, *overage, *method, *reference, *at;
} PackageOptions;

static void
package_options_clear (PackageOptions *o)
{
  g_free (o->client);
  g_free (o->months);
  g_free (o->start);
  g_free (o->quota);
  g_free (o->overage);
  g_free (o->method);
  g_free (o->reference);
  g_free (o->at);
}

static gboolean
purchase (StewardCliContext     *ctx,
          const PackageOptions  *o,
          gint64                *out_id,
          GError               **error)
{
  g_autoptr(StewardMonthlyPackage) package = NULL;
  g_autoptr(StewardClient) client = NULL;
  StewardClientRepository *clients;
  StewardPricing pricing;
  int year, month, method = STEWARD_PAYMENT_METHOD_BANK_TRANSFER;
  gint64 client_id, at, overage;
  guint months, quota;

  if (!steward_cli_parse_id (o->client, &client_id, error) ||
      !parse_count ("--months", o->months, &months, error) ||
      !steward_cli_parse_time (ctx, "--at", o->at, &at, error) ||
      !parse_month (ctx, "--start", o->start, at, &year, &month, error) ||
      (o->method != NULL &&
       !steward_cli_parse_code (STEWARD_TYPE_PAYMENT_METHOD, "--method", o->method, &method, error)) ||
      (clients = steward_cli_get_clients (ctx, error)) == NULL ||
      (client = steward_client_repository_load (clients, client_id, error)) == NULL ||
      !steward_store_settings_load_pricing (ctx->store, &pricing, error))
    return FALSE;

  quota = pricing.package_default_quota;
  overage = pricing.package_default_overage;
  if ((o->quota != NULL && !parse_count ("--quota", o->quota, &quota, error)) ||
      (o->overage != NULL && !steward_cli_parse_money ("--overage", o->overage, &overage, error)) ||
      (package = steward_monthly_package_purchase (&pricing, client_id, year, month, months, quota,
                                                   overage, at, error)) == NULL ||
      !steward_store_packages_purchase (ctx->store, package, method, o->reference, error))
    return FALSE;

  *out_id = steward_monthly_package_get_id (package);
  return TRUE;
}

static int
package_add (StewardCliContext  *ctx,
             int                 argc,
             char              **argv)
{
  PackageOptions o = { 0 };
  GOptionEntry entries[] = {
    { "client", 0, 0, G_OPTION_ARG_STRING, &o.client, N_("The client's id"), N_("ID") },
    { "months", 0, 0, G_OPTION_ARG_STRING, &o.months, N_("How many months are bought (1–12)"), N_("N") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &o.start, N_("The first month (the month of purchase unless given)"), "YYYY-MM" },
    { "quota", 0, 0, G_OPTION_ARG_STRING, &o.quota, N_("Support incidents included each month"), N_("N") },
    { "overage", 0, 0, G_OPTION_ARG_STRING, &o.overage, N_("The price of each incident beyond the quota"), N_("AMOUNT") },
    { "method", 0, 0, G_OPTION_ARG_STRING, &o.method, N_("How the prepayment was made (bank-transfer unless given)"), "bank-transfer|third-party" },
    { "reference", 0, 0, G_OPTION_ARG_STRING, &o.reference, N_("The prepayment's reference"), N_("TEXT") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &o.at, N_("When it was bought and paid (now unless given)"), N_("ISO-8601") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  int status = STEWARD_EXIT_OK;
  gint64 id = 0;

  if (!steward_cli_parse (ctx, entries, NULL, &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 0, "--client ID --months N [OPTIONS…]"))
    status = STEWARD_EXIT_USAGE;
  else if (o.client == NULL || o.months == NULL)
    status = steward_cli_usage_error (argv[0], _("--client and --months are required"));
  else if (!purchase (ctx, &o, &id, &error))
    status = steward_cli_fail (error);
  else
    g_print ("%" G_GINT64_FORMAT "\n", id);

  package_options_clear (&o);
  return status;
}

static void
print_statement (StewardCliContext             *ctx,
                 gint64                         id,
                 const StewardPackageStatement *s)
{
  g_autofree char *charge = steward_money_format (s->overage_charge);

  g_print (_("Package %lld, %04d-%02d\n"), (long long) id, s->year, s->month);
  if (!s->in_package)
    {
      g_print (_("  The package does not cover this month.\n"));
      return;
    }
  g_print (_("  Quota: %u\n  Used: %u\n  Overage: %u\n  Cancelled: %u\n  Overage charge: %s\n"),
           s->quota, s->used, s->overage, s->cancelled, charge);
  for (guint i = 0; i < s->n_lines; i++)
    {
      g_autofree char *at = steward_cli_format_time (ctx, s->lines[i].submitted_at);
      g_autofree char *line_charge = steward_money_format (s->lines[i].charge);

      g_print ("    #%" G_GINT64_FORMAT "\t%s\t%s\t%s\n", s->lines[i].request_id, at,
               s->lines[i].covered ? _("covered") : _("overage"), line_charge);
    }
}

static void
print_statement_json (StewardCliContext             *ctx,
                      gint64                         id,
                      const StewardPackageStatement *s)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *month = g_strdup_printf ("%04d-%02d", s->year, s->month);

  json_builder_begin_object (b);
  steward_cli_json_int (b, "package_id", id);
  steward_cli_json_string (b, "month", month);
  steward_cli_json_bool (b, "in_package", s->in_package);
  steward_cli_json_int (b, "quota", s->quota);
  steward_cli_json_int (b, "used", s->used);
  steward_cli_json_int (b, "covered", s->covered);
  steward_cli_json_int (b, "overage", s->overage);
  steward_cli_json_int (b, "cancelled", s->cancelled);
  steward_cli_json_int (b, "overage_price_fen", s->overage_price);
  steward_cli_json_int (b, "overage_charge_fen", s->overage_charge);
  json_builder_set_member_name (b, "incidents");
  json_builder_begin_array (b);
  for (guint i = 0; i < s->n_lines; i++)
    {
      json_builder_begin_object (b);
      steward_cli_json_int (b, "request_id", s->lines[i].request_id);
      steward_cli_json_time (ctx, b, "submitted_at", s->lines[i].submitted_at);
      steward_cli_json_bool (b, "covered", s->lines[i].covered);
      steward_cli_json_int (b, "charge_fen", s->lines[i].charge);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  steward_cli_print_json (root);
}

/* Writes @statement of package @id as the same workbook the window saves, headed with the
 * package's client. A month outside the package has no statement to write. */
static gboolean
write_statement (StewardCliContext              *ctx,
                 gint64                          id,
                 const StewardPackageStatement  *statement,
                 const char                     *path,
                 GError                        **error)
{
  g_autoptr(StewardMonthlyPackage) package = NULL;
  g_autoptr(StewardClient) client = NULL;
  StewardClientRepository *clients;

  if (!statement->in_package)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("Package %lld does not cover %04d-%02d: there is no statement to write"),
                   (long long) id, statement->year, statement->month);
      return FALSE;
    }
  return (package = steward_store_packages_load (ctx->store, id, error)) != NULL &&
         (clients = steward_cli_get_clients (ctx, error)) != NULL &&
         (client = steward_client_repository_load (clients, steward_monthly_package_get_client_id (package),
                                                   error)) != NULL &&
         steward_xlsx_export_package_statement (statement, steward_client_get_name (client), ctx->tz,
                                                path, NULL, error);
}

static int
package_statement (StewardCliContext  *ctx,
                   int                 argc,
                   char              **argv)
{
  g_autofree char *month_text = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month_text, N_("The month of the statement (this month unless given)"), "YYYY-MM" },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, N_("Save the statement as an Excel workbook instead of printing it"), "FILE.xlsx" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardPackageStatement) statement = NULL;
  StewardStore *store;
  int year, month;
  gint64 id;

  if (!steward_cli_parse (ctx, entries, "ID", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "ID [--month YYYY-MM] [--output FILE.xlsx] [--json]"))
    return STEWARD_EXIT_USAGE;
  /* Checked first, so that a wrong name opens nothing and writes nothing. */
  if (output != NULL && !g_str_has_suffix (output, ".xlsx"))
    return steward_cli_usage_error (argv[0], _("--output: the statement is an Excel file: its name must end in .xlsx"));
  if (!steward_cli_parse_id (argv[1], &id, &error) ||
      !parse_month (ctx, "--month", month_text, steward_time_now (), &year, &month, &error) ||
      (store = steward_cli_open_store (ctx, &error)) == NULL ||
      (statement = steward_store_packages_statement (store, id, year, month, ctx->tz, &error)) == NULL ||
      (output != NULL && !write_statement (ctx, id, statement, output, &error)))
    return steward_cli_fail (error);

  if (ctx->json)
    print_statement_json (ctx, id, statement);
  else if (output != NULL)
    g_print (_("Wrote %s.\n"), output);
  else
    print_statement (ctx, id, statement);
  return STEWARD_EXIT_OK;
}

const StewardCliCommand steward_cli_package_commands[] = {
  { "add", "--client ID --months N [--start YYYY-MM] [--quota N] [--overage AMOUNT] [--method M] [--reference T] [--at ISO-8601]",
    N_("Sells a prepaid monthly support package and prints its id"), package_add, NULL },
  { "statement", "ID [--month YYYY-MM] [--output FILE.xlsx] [--json]",
    N_("The month-end statement: quota, incidents used, overage and its charge"), package_statement, NULL },
  { NULL }
};
