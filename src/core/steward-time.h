/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-types.h"

G_BEGIN_DECLS

/* Parses "2026-03-09T10:30:00+08:00", "2026-03-09T10:30:00Z", "2026-03-09T10:30",
 * "2026-03-09 10:30" or "2026-03-09" (midnight). Text without an offset is read in @tz (the
 * local zone when NULL). */
gboolean  steward_time_parse        (const char  *text,
                                     GTimeZone   *tz,
                                     gint64      *out_instant,
                                     GError     **error);
/* "2026-03-09T10:30:00+08:00" in @tz (local when NULL). */
char     *steward_time_format_iso   (gint64       instant,
                                     GTimeZone   *tz);
/* A GDateTime for @instant in @tz (local when NULL). */
GDateTime *steward_time_to_date_time (gint64      instant,
                                      GTimeZone  *tz);
gint64    steward_time_now          (void);

G_END_DECLS
