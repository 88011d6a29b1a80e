/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes of the headless commands (SPEC §9). */
typedef enum {
  STEWARD_EXIT_OK      = 0,
  STEWARD_EXIT_USAGE   = 1,  /* the command line itself is wrong */
  STEWARD_EXIT_REFUSED = 2,  /* refused by a business rule or bad input; nothing changed */
  STEWARD_EXIT_STORAGE = 3,  /* the database could not be opened, read or written */
} StewardExit;

/* TRUE when the command line names a headless command (or asks for --help/--version), so
 * main() runs it without a display instead of opening the window. */
gboolean steward_cli_handles (int    argc,
                              char **argv);

/* Runs the headless command and returns its exit code. Never talks to a running window. */
int      steward_cli_run     (int    argc,
                              char **argv);

G_END_DECLS
