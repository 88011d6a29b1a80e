/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-ics"

#include "config.h"

#include <string.h>

#include "steward-export-private.h"
#include "steward-ics-file.h"
#include "steward-training-ics.h"

gboolean
steward_ics_file_write (GPtrArray   *sessions,
                        gint64       dtstamp,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(ExportFile) file = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (sessions != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = steward_training_ics_build (sessions, dtstamp);
  file = export_file_new (path, error);
  if (file == NULL)
    return FALSE;
  return export_file_write (file, text, strlen (text), error) &&
         export_file_commit (file, error);
}
