/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "steward-calendar.h"
#include "steward-cli-private.h"
#include "steward-error.h"
#include "steward-store-requests.h"
#include "steward-store-settings.h"
#include "steward-store.h"

/* Reads "2026-10-01" (ISO dates only: never the locale's date order). */
static gboolean
parse_date (const char  *text,
            GDate       *date,
            GError     **error)
{
  int y = 0, m = 0, d = 0, consumed = 0;

  if (text == NULL || sscanf (text, "%4d-%2d-%2d%n", &y, &m, &d, &consumed) != 3 ||
      text[consumed] != '\0' || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("“%s” is not a date; use the form 2026-10-01"), text ? text : "");
      return FALSE;
    }
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/* Stores the edited calendar and moves the deadlines of open requests to it, in one
 * transaction: a failure leaves both the calendar and the deadlines as they were. */
static gboolean
save_calendar (StewardCliContext  *ctx,
               StewardCalendar    *calendar,
               guint              *out_changed,
               GError            **error)
{
  StewardStore *store = ctx->store;

  if (!steward_store_begin (store, error))
    return FALSE;
  if (!steward_store_settings_save_calendar (store, calendar, error) ||
      !steward_store_requests_recompute_deadlines (ctx->requests, out_changed, error) ||
      !steward_store_commit (store, error))
    {
      steward_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

static void
print_changed (guint changed)
{
  if (changed > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "The deadlines of %u open request moved.\n",
                          "The deadlines of %u open requests moved.\n", changed), changed);
}

static int
add_day (StewardCliContext  *ctx,
         int                 argc,
         char              **argv,
         gboolean            working)
{
  g_autofree char *name = NULL;
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("What the day is called"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  StewardCalendar *calendar;
  guint changed = 0;
  GDate date;

  if (!steward_cli_parse (ctx, entries, "DATE", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "DATE [--name T]"))
    return STEWARD_EXIT_USAGE;
  /* The desk opens the request repository that recomputes the deadlines. */
  if (!parse_date (argv[1], &date, &error) ||
      steward_cli_get_desk (ctx, &error) == NULL)
    return steward_cli_fail (error);

  calendar = steward_cli_get_calendar (ctx, NULL);
  steward_calendar_set_day (calendar, &date, working, name);
  if (!save_calendar (ctx, calendar, &changed, &error))
    return steward_cli_fail (error);

  g_print (working ? _("%s is a make-up working day.\n") : _("%s is a holiday.\n"), argv[1]);
  print_changed (changed);
  return STEWARD_EXIT_OK;
}

static int
holidays_add (StewardCliContext *ctx, int argc, char **argv)
{
  return add_day (ctx, argc, argv, FALSE);
}

static int
workdays_add (StewardCliContext *ctx, int argc, char **argv)
{
  return add_day (ctx, argc, argv, TRUE);
}

static int
holidays_import (StewardCliContext  *ctx,
                 int                 argc,
                 char              **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autofree char *text = NULL;
  StewardCalendar *calendar;
  guint changed = 0;
  gsize length = 0;

  if (!steward_cli_parse (ctx, NULL, "FILE.ics", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "FILE.ics"))
    return STEWARD_EXIT_USAGE;

  if (!g_file_get_contents (argv[1], &text, &length, &error))
    {
      g_autoptr(GError) invalid = g_error_new_literal (STEWARD_ERROR, STEWARD_ERROR_INVALID, error->message);
      return steward_cli_fail (invalid);
    }
  if ((days = steward_calendar_parse_ics (text, length, &error)) == NULL ||
      steward_cli_get_desk (ctx, &error) == NULL)
    {
      g_prefix_error (&error, "%s: ", argv[1]);
      return steward_cli_fail (error);
    }

  calendar = steward_cli_get_calendar (ctx, NULL);
  steward_calendar_set_days (calendar, days);
  if (!save_calendar (ctx, calendar, &changed, &error))
    return steward_cli_fail (error);

  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u day.\n", "Imported %u days.\n", days->len), days->len);
  print_changed (changed);
  return STEWARD_EXIT_OK;
}

static int
holidays_list (StewardCliContext  *ctx,
               int                 argc,
               char              **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  StewardCalendar *calendar;

  if (!steward_cli_parse (ctx, NULL, NULL, &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 0, "[--json]"))
    return STEWARD_EXIT_USAGE;
  if ((calendar = steward_cli_get_calendar (ctx, &error)) == NULL)
    return steward_cli_fail (error);

  days = steward_calendar_list_days (calendar);
  json_builder_begin_array (builder);
  for (guint i = 0; i < days->len; i++)
    {
      StewardCalendarDay *day = g_ptr_array_index (days, i);
      char iso[16];

      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &day->date);
      if (!ctx->json)
        {
          g_print ("%s\t%s\t%s\n", iso, day->working ? _("working day") : _("holiday"),
                   day->name ? day->name : "");
          continue;
        }
      json_builder_begin_object (builder);
      steward_cli_json_string (builder, "date", iso);
      steward_cli_json_string (builder, "kind", day->working ? "workday" : "holiday");
      steward_cli_json_string (builder, "name", day->name);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (ctx->json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);
      steward_cli_print_json (root);
    }
  return STEWARD_EXIT_OK;
}

static const StewardCliCommand holiday_commands[] = {
  { "add", "DATE [--name T]", N_("Declares a public holiday"), holidays_add, NULL },
  { "import", "FILE.ics", N_("Imports holidays and make-up working days from an iCalendar file"),
    holidays_import, NULL },
  { "list", "[--json]", N_("Lists holidays and make-up working days"), holidays_list, NULL },
  { NULL }
};

static const StewardCliCommand workday_commands[] = {
  { "add", "DATE [--name T]", N_("Declares a weekend date a make-up working day"), workdays_add, NULL },
  { NULL }
};

const StewardCliCommand steward_cli_calendar_commands[] = {
  { "holidays", NULL, NULL, NULL, holiday_commands },
  { "workdays", NULL, NULL, NULL, workday_commands },
  { NULL }
};
