/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-types.h"

G_BEGIN_DECLS

/* One business-hours window of a working day, in minutes after local midnight: [start, end). */
typedef struct {
  guint16 start;
  guint16 end;
} StewardHours;

/* A dated exception to the Monday–Friday week. */
typedef struct {
  GDate    date;
  gboolean working;   /* TRUE: a make-up working day; FALSE: a public holiday */
  char    *name;      /* may be NULL */
} StewardCalendarDay;

StewardCalendarDay *steward_calendar_day_new  (const GDate              *date,
                                              gboolean                  working,
                                              const char               *name);
StewardCalendarDay *steward_calendar_day_copy (const StewardCalendarDay *day);
void                steward_calendar_day_free (StewardCalendarDay       *day);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardCalendarDay, steward_calendar_day_free)

#define STEWARD_TYPE_CALENDAR (steward_calendar_get_type ())
G_DECLARE_FINAL_TYPE (StewardCalendar, steward_calendar, STEWARD, CALENDAR, GObject)

/* A calendar in @tz (the local zone when NULL) with Monday–Friday working days and the default
 * windows 09:00–12:00 and 13:00–18:00. Emits "changed" whenever windows or days change. */
StewardCalendar    *steward_calendar_new                    (GTimeZone          *tz);
GTimeZone          *steward_calendar_get_timezone           (StewardCalendar    *self);

/* Windows must be non-empty, each start < end ≤ 24:00, sorted and not overlapping; otherwise
 * STEWARD_ERROR_INVALID and nothing changes. */
gboolean            steward_calendar_set_windows            (StewardCalendar    *self,
                                                             const StewardHours *windows,
                                                             guint               n_windows,
                                                             GError            **error);
const StewardHours *steward_calendar_get_windows            (StewardCalendar    *self,
                                                             guint              *n_windows);
/* Parses "09:00-12:00,13:00-18:00" into windows (validated as above). */
gboolean            steward_calendar_parse_windows          (const char         *text,
                                                             GArray            **out_windows,
                                                             GError            **error);
char               *steward_calendar_format_windows         (StewardCalendar    *self);

/* A holiday or make-up working day; replaces an existing entry for the same date. */
void                steward_calendar_set_day                (StewardCalendar    *self,
                                                             const GDate        *date,
                                                             gboolean            working,
                                                             const char         *name);
/* Sets every StewardCalendarDay of @days (as from steward_calendar_parse_ics()) with one
 * "changed" emission, so that an import recomputes deadlines once. */
void                steward_calendar_set_days               (StewardCalendar    *self,
                                                             GPtrArray          *days);
gboolean            steward_calendar_remove_day             (StewardCalendar    *self,
                                                             const GDate        *date);
/* The exceptions sorted by date: a GPtrArray of StewardCalendarDay (owned by the array). */
GPtrArray          *steward_calendar_list_days              (StewardCalendar    *self);

gboolean            steward_calendar_is_working_day         (StewardCalendar    *self,
                                                             const GDate        *date);
/* TRUE when @instant falls inside a business window of a working day. */
gboolean            steward_calendar_is_business_time       (StewardCalendar    *self,
                                                             gint64              instant);

/* The instant reached after @seconds (>= 0) of business time from @start. Time outside windows
 * does not count, so a start outside business hours starts the clock at the next window; a
 * result that lands exactly on the end of a window stays there (12:00, 18:00). Adding 0 returns
 * @start. A calendar without any working day in three years (every date a holiday) has no
 * answer: STEWARD_TIME_NONE, which SLA code treats as "no deadline". */
gint64              steward_calendar_add_business_seconds   (StewardCalendar    *self,
                                                             gint64              start,
                                                             gint64              seconds);
/* Business seconds from @from to @to; negative when @to is before @from. */
gint64              steward_calendar_business_seconds_between (StewardCalendar  *self,
                                                             gint64              from,
                                                             gint64              to);
/* The close of business (end of the last window) of the @n-th working day after the local date
 * of @start; the date of @start is day 0 whether or not it is a working day. STEWARD_TIME_NONE
 * when no working day comes within three years. */
gint64              steward_calendar_close_of_working_day_after (StewardCalendar *self,
                                                             gint64              start,
                                                             guint               n);

/* Reads the all-day VEVENTs of an iCalendar (RFC 5545) text as holidays: a GPtrArray of
 * StewardCalendarDay sorted by date. An event whose SUMMARY or CATEGORIES says it is a working
 * day ("补班", "上班", "working day", "workday") becomes a make-up working day. Multi-day events
 * (DTEND after DTSTART + 1 day) give one entry per day. Timed events are skipped and recurrence
 * rules are not expanded. @length may be -1 for NUL-terminated text. Text that is not a
 * VCALENDAR, is not UTF-8 or is damaged gives STEWARD_ERROR_INVALID. */
GPtrArray          *steward_calendar_parse_ics              (const char         *text,
                                                             gsize               length,
                                                             GError            **error);

G_END_DECLS
