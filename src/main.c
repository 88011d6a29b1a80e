/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "steward-cli.h"

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (steward_cli_handles (argc, argv))
    return steward_cli_run (argc, argv);

  g_printerr (_("Steward is being built: the window and the commands arrive with the next changes.\n"));
  return 1;
}
