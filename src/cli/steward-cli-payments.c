/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-cli-private.h"
#include "steward-desk.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-money.h"

/* payment add / payment refund: ID --amount AMOUNT --method METHOD [--at] [--reference]. */
static int
money_line (StewardCliContext   *ctx,
            int                  argc,
            char               **argv,
            StewardPaymentKind   kind)
{
  g_autofree char *amount_text = NULL, *method_text = NULL, *at_text = NULL, *reference = NULL;
  GOptionEntry entries[] = {
    { "amount", 0, 0, G_OPTION_ARG_STRING, &amount_text, N_("The amount in yuan"), N_("AMOUNT") },
    { "method", 0, 0, G_OPTION_ARG_STRING, &method_text, N_("Corporate bank transfer or a third-party payment platform"), "bank-transfer|third-party" },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text, N_("When the money moved (now unless given)"), N_("ISO-8601") },
    { "reference", 0, 0, G_OPTION_ARG_STRING, &reference, N_("The bank or platform reference"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardPayment) line = NULL;
  StewardDesk *desk;
  gint64 id, amount, at;
  int method;

  if (!steward_cli_parse (ctx, entries, "ID --amount AMOUNT --method METHOD", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "ID --amount AMOUNT --method bank-transfer|third-party [--at ISO-8601] [--reference T]"))
    return STEWARD_EXIT_USAGE;
  if (amount_text == NULL || method_text == NULL)
    return steward_cli_usage_error (argv[0], _("--amount and --method are required"));

  if (!steward_cli_parse_id (argv[1], &id, &error) ||
      !steward_cli_parse_money ("--amount", amount_text, &amount, &error) ||
      !steward_cli_parse_code (STEWARD_TYPE_PAYMENT_METHOD, "--method", method_text, &method, &error) ||
      !steward_cli_parse_time (ctx, "--at", at_text, &at, &error) ||
      (desk = steward_cli_get_desk (ctx, &error)) == NULL ||
      (line = steward_desk_add_payment (desk, id, kind, amount, method, at, reference, &error)) == NULL)
    return steward_cli_fail (error);

  g_print ("%" G_GINT64_FORMAT "\n", steward_payment_get_id (line));
  return STEWARD_EXIT_OK;
}

static int
payment_add (StewardCliContext *ctx, int argc, char **argv)
{
  return money_line (ctx, argc, argv, STEWARD_PAYMENT_KIND_PAYMENT);
}

static int
payment_refund (StewardCliContext *ctx, int argc, char **argv)
{
  return money_line (ctx, argc, argv, STEWARD_PAYMENT_KIND_REFUND);
}

static int
payment_reverse (StewardCliContext  *ctx,
                 int                 argc,
                 char              **argv)
{
  g_autofree char *at_text = NULL, *note = NULL;
  GOptionEntry entries[] = {
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text, N_("When it was undone (now unless given)"), N_("ISO-8601") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("Why the line is undone"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardPayment) line = NULL;
  StewardDesk *desk;
  gint64 id, line_id, at;

  if (!steward_cli_parse (ctx, entries, "ID LINE", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 2, "ID LINE [--at ISO-8601] [--note T]"))
    return STEWARD_EXIT_USAGE;
  if (!steward_cli_parse_id (argv[1], &id, &error) ||
      !steward_cli_parse_id (argv[2], &line_id, &error) ||
      !steward_cli_parse_time (ctx, "--at", at_text, &at, &error) ||
      (desk = steward_cli_get_desk (ctx, &error)) == NULL ||
      (line = steward_desk_reverse_payment (desk, id, line_id, at, note, &error)) == NULL)
    return steward_cli_fail (error);

  g_print ("%" G_GINT64_FORMAT "\n", steward_payment_get_id (line));
  return STEWARD_EXIT_OK;
}

const StewardCliCommand steward_cli_payment_commands[] = {
  { "add", "ID --amount AMOUNT --method bank-transfer|third-party [--at ISO-8601] [--reference T]",
    N_("Records money received for a request and prints the line's id"), payment_add, NULL },
  { "refund", "ID --amount AMOUNT --method bank-transfer|third-party [--at ISO-8601] [--reference T]",
    N_("Records money paid back to the client and prints the line's id"), payment_refund, NULL },
  { "reverse", "ID LINE [--at ISO-8601] [--note T]",
    N_("Undoes a mistaken payment line with a reversing line"), payment_reverse, NULL },
  { NULL }
};

int
steward_cli_rate (StewardCliContext  *ctx,
                  int                 argc,
                  char              **argv)
{
  g_autofree char *feedback = NULL, *at_text = NULL, *rating_text = NULL;
  GOptionEntry entries[] = {
    { "rating", 0, 0, G_OPTION_ARG_STRING, &rating_text, N_("The rating, 1 to 5"), "1-5" },
    { "feedback", 0, 0, G_OPTION_ARG_STRING, &feedback, N_("What the client said"), N_("TEXT") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text, N_("When the client rated it (now unless given)"), N_("ISO-8601") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  StewardDesk *desk;
  guint64 rating = 0;
  gint64 id, at;

  if (!steward_cli_parse (ctx, entries, "ID RATING", &argc, &argv))
    return STEWARD_EXIT_USAGE;
  /* The rating is the second word or --rating. */
  if (rating_text == NULL && argc == 3)
    rating_text = g_strdup (argv[--argc]);
  if (!steward_cli_expect_args (argc, argv, 1, "ID RATING [--feedback T] [--at ISO-8601]"))
    return STEWARD_EXIT_USAGE;
  if (rating_text == NULL)
    return steward_cli_usage_error (argv[0], _("a rating from 1 to 5 is required"));

  if (!g_ascii_string_to_unsigned (rating_text, 10, 1, 5, &rating, NULL))
    {
      g_set_error (&error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("Rating: “%s” is not a whole number from 1 to 5"), rating_text);
      return steward_cli_fail (error);
    }
  if (!steward_cli_parse_id (argv[1], &id, &error) ||
      !steward_cli_parse_time (ctx, "--at", at_text, &at, &error) ||
      (desk = steward_cli_get_desk (ctx, &error)) == NULL ||
      !steward_desk_rate (desk, id, (guint) rating, feedback, at, &error))
    return steward_cli_fail (error);

  g_print (_("Request %lld rated %u/5.\n"), (long long) id, (guint) rating);
  return STEWARD_EXIT_OK;
}
