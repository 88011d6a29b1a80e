/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-types.h"

G_BEGIN_DECLS

/* How often a saved report runs on a schedule; the nicks ("none", "daily", …) are the stable
 * codes stored in report definitions and given to the CLI. */
typedef enum {
  STEWARD_REPORT_PERIODIC_NONE,
  STEWARD_REPORT_PERIODIC_DAILY,
  STEWARD_REPORT_PERIODIC_WEEKLY,
  STEWARD_REPORT_PERIODIC_MONTHLY,
  STEWARD_REPORT_PERIODIC_QUARTERLY,
} StewardReportPeriodic;

/* What a period covers, which decides its label and its canonical text. */
typedef enum {
  STEWARD_PERIOD_UNIT_DAY,
  STEWARD_PERIOD_UNIT_WEEK,     /* Monday to Sunday */
  STEWARD_PERIOD_UNIT_MONTH,
  STEWARD_PERIOD_UNIT_QUARTER,
  STEWARD_PERIOD_UNIT_YEAR,
  STEWARD_PERIOD_UNIT_RANGE,    /* explicit inclusive dates */
} StewardPeriodUnit;

#define STEWARD_TYPE_REPORT_PERIODIC (steward_report_periodic_get_type ())
#define STEWARD_TYPE_PERIOD_UNIT     (steward_period_unit_get_type ())
#define STEWARD_TYPE_REPORT_PERIOD   (steward_report_period_get_type ())

GType steward_report_periodic_get_type (void) G_GNUC_CONST;
GType steward_period_unit_get_type     (void) G_GNUC_CONST;

/* A period is a half-open range of instants [start, end) whose boundaries are local midnights
 * in a time zone: "2026-Q3" in Asia/Shanghai is 2026-07-01T00:00+08:00 up to, not including,
 * 2026-10-01T00:00+08:00. Immutable; copy to keep one. */
typedef struct _StewardReportPeriod StewardReportPeriod;

GType                steward_report_period_get_type (void) G_GNUC_CONST;

/* Reads @text relative to @now in @tz (the local zone when NULL). Accepted forms, case-insensitive:
 * "today", "yesterday", "this week", "last week" (weeks start on Monday), "this month",
 * "last month", "this quarter", "last quarter", "this year", "last year" (and the Chinese
 * 今天, 昨天, 本周, 上周, 本月, 上月, 本季度, 上季度, 今年, 去年), "2026-Q3", "2026-03", "2026",
 * "2026-03-09" (one day) and "2026-03-01..2026-03-31" (inclusive dates). Anything else is
 * refused with STEWARD_ERROR_INVALID naming the accepted forms. */
StewardReportPeriod *steward_report_period_parse         (const char           *text,
                                                          gint64                now,
                                                          GTimeZone            *tz,
                                                          GError              **error);
/* The most recent complete period of @kind that ends at or before @now: yesterday, last week,
 * last month or last quarter. NULL for STEWARD_REPORT_PERIODIC_NONE. */
StewardReportPeriod *steward_report_period_last_complete (StewardReportPeriodic kind,
                                                          gint64                now,
                                                          GTimeZone            *tz);
StewardReportPeriod *steward_report_period_copy          (const StewardReportPeriod *self);
void                 steward_report_period_free          (StewardReportPeriod  *self);

/* The first instant inside the period. */
gint64               steward_report_period_get_start     (const StewardReportPeriod *self);
/* The first instant after the period. */
gint64               steward_report_period_get_end       (const StewardReportPeriod *self);
StewardPeriodUnit    steward_report_period_get_unit      (const StewardReportPeriod *self);
/* Lent; the zone the boundaries are local midnights in. */
GTimeZone           *steward_report_period_get_time_zone (const StewardReportPeriod *self);
gboolean             steward_report_period_contains      (const StewardReportPeriod *self,
                                                          gint64                instant);
/* The text that reads back to the same period in any `now`: "2026-Q3", "2026-03", "2026",
 * "2026-03-09", "2026-11-16..2026-11-22" (a week), "2026-03-01..2026-03-31". */
char                *steward_report_period_dup_code      (const StewardReportPeriod *self);
/* A translated label: "Q3 2026" (2026 年第 3 季度), "March 2026", "Week of 2026-11-16",
 * "2026-03-01 – 2026-03-31". */
char                *steward_report_period_dup_label     (const StewardReportPeriod *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardReportPeriod, steward_report_period_free)

G_END_DECLS
