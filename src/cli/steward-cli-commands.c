/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-cli-private.h"

/* The top-level commands; each group's table lives in its own steward-cli-*.c file. */
const StewardCliCommand steward_cli_commands[] = {
  { "client", NULL, NULL, NULL, steward_cli_client_commands },
  { "import", NULL, NULL, NULL, steward_cli_import_commands },
  { "request", NULL, NULL, NULL, steward_cli_request_commands },
  { "payment", NULL, NULL, NULL, steward_cli_payment_commands },
  { "rate", "ID RATING [--feedback T] [--at ISO-8601]", N_("Records the client's rating (1–5) of an accepted request"),
    steward_cli_rate, NULL },
  { "package", NULL, NULL, NULL, steward_cli_package_commands },
  { "training", NULL, NULL, NULL, steward_cli_training_commands },
  { "complaint", NULL, NULL, NULL, steward_cli_complaint_commands },
  { "report", NULL, NULL, NULL, steward_cli_report_commands },
  { "calendar", NULL, NULL, NULL, steward_cli_calendar_commands },
  { "check", NULL, N_("Checks the database's integrity and schema version"), steward_cli_check, NULL },
  { "backup", "PATH", N_("Writes a checked copy of the database to PATH"), steward_cli_backup, NULL },
  { "demo", "[--clients N] [--requests N] [--seed S]", N_("Create a realistic demo database"), steward_cli_demo, NULL },
  { NULL }
};
