/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-cli-private.h"

/* The top-level commands; each group's table lives in its own steward-cli-*.c file. */
const StewardCliCommand steward_cli_commands[] = {
  { "demo", "[--clients N] [--requests N] [--seed S]", N_("Create a realistic demo database"), steward_cli_demo, NULL },
  { NULL }
};
