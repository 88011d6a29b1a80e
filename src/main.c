/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "steward-application.h"
#include "steward-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(StewardApplication) app = NULL;
  const char *localedir = g_getenv ("STEWARD_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* Uninstalled runs and tests point this at the build tree's compiled translations. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Headless commands run without a display and never forward to a running window. */
  if (steward_cli_handles (argc, argv))
    return steward_cli_run (argc, argv);

  app = steward_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
