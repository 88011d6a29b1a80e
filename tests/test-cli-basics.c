/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "cli-harness.h"

static void
test_help (void)
{
  g_autoptr(StewardRun) run = steward_run (NULL, "--help", NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->out, "Usage: steward"));
  g_assert_nonnull (strstr (run->out, "Exit codes"));
}

static void
test_version (void)
{
  g_autoptr(StewardRun) run = steward_run (NULL, "--version", NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_true (g_str_has_prefix (run->out, "steward " PACKAGE_VERSION));
}

static void
test_unknown_command_is_usage_error (void)
{
  g_autoptr(StewardRun) run = steward_run (NULL, "frobnicate", NULL);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_nonnull (strstr (run->err, "unknown command “frobnicate”"));
  g_assert_cmpstr (run->out, ==, "");
}

static void
test_database_needs_a_path (void)
{
  g_autoptr(StewardRun) run = steward_run (NULL, "--database", NULL);

  g_assert_cmpint (run->status, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/unknown-command-is-usage-error", test_unknown_command_is_usage_error);
  g_test_add_func ("/cli/database-needs-a-path", test_database_needs_a_path);

  return g_test_run ();
}
