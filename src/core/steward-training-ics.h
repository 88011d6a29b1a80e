/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "steward-training-session.h"

G_BEGIN_DECLS

/* RFC 5545 text for @sessions (StewardTrainingSession *): a VCALENDAR with one VEVENT per
 * session. UIDs are stable (steward-training-<id>@stewardapp.github.io) so that importing a
 * newer export updates events instead of duplicating them; times are UTC; @dtstamp (Unix
 * seconds) is when the export was made. Done and scheduled sessions are CONFIRMED, cancelled
 * ones CANCELLED. Lines end in CRLF and are folded at 75 octets. */
char *steward_training_ics_build       (GPtrArray   *sessions,
                                        gint64       dtstamp);

/* A TEXT value with \, ; , and newlines escaped (RFC 5545 §3.3.11). */
char *steward_ics_escape_text          (const char  *text);
/* Appends one content line to @out, folded so that no line exceeds 75 octets (a fold never
 * splits a UTF-8 character), each physical line ending in CRLF. */
void  steward_ics_append_line          (GString     *out,
                                        const char  *line);

G_END_DECLS
