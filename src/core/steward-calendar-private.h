/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-calendar.h"

G_BEGIN_DECLS

#define SECONDS_PER_DAY 86400
/* g_date_get_julian() of 1970-01-01: turns a count of days since the Unix epoch into a GDate. */
#define EPOCH_JULIAN 719163

gboolean  _steward_calendar_validate_windows (const StewardHours *windows,
                                              guint               n_windows,
                                              GError            **error);
char     *_steward_calendar_format_hours     (const StewardHours *windows,
                                              guint               n_windows);
/* A GCompareFunc for g_ptr_array_sort() over StewardCalendarDay: by date. */
int       _steward_calendar_day_compare      (gconstpointer       a,
                                              gconstpointer       b);

G_END_DECLS
