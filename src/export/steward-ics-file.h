/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes @sessions (StewardTrainingSession *) as an iCalendar file (RFC 5545, see
 * steward_training_ics_build(): stable UIDs, UTC times, CRLF lines) for calendar programs.
 * @dtstamp is when the export is made (Unix seconds). The file is written under a temporary
 * name beside @path and renamed over it when complete, so a calendar program watching the
 * file never reads half of it, and a failure (STEWARD_ERROR_STORAGE) leaves nothing. */
gboolean steward_ics_file_write (GPtrArray   *sessions,
                                 gint64       dtstamp,
                                 const char  *path,
                                 GError     **error);

G_END_DECLS
