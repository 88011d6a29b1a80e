/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-calendar.h"
#include "steward-types.h"

G_BEGIN_DECLS

#define STEWARD_SLA_RESPONSE_STANDARD_SECONDS   (2 * 60 * 60)  /* business time */
#define STEWARD_SLA_RESPONSE_URGENT_SECONDS     (30 * 60)      /* business time */
#define STEWARD_SLA_RESPONSE_EMERGENCY_SECONDS  (30 * 60)      /* clock time */
#define STEWARD_SLA_DELIVERY_SIMPLE_DAYS        3
#define STEWARD_SLA_DELIVERY_COMPLEX_DAYS       10
#define STEWARD_SLA_DUE_SOON_SECONDS            (15 * 60)      /* business (clock for emergencies) */

/* The first-response deadline of a request submitted at @submitted_at. An after-hours
 * emergency (@emergency) is due 30 clock minutes after submission; urgent 30 business minutes;
 * standard 2 business hours. */
gint64           steward_sla_response_due   (StewardCalendar   *calendar,
                                             gint64             submitted_at,
                                             StewardPriority    priority,
                                             gboolean           emergency);

/* The delivery deadline of a customised solution whose work may start at @work_start: close of
 * business of the 3rd (simple) or 10th (complex) working day after. STEWARD_TIME_NONE for
 * STEWARD_COMPLEXITY_NONE. */
gint64           steward_sla_delivery_due   (StewardCalendar   *calendar,
                                             gint64             work_start,
                                             StewardComplexity  complexity);

/* Whether a request may be flagged an after-hours emergency: a support service (advisor,
 * remote), urgent, submitted outside business hours. Otherwise STEWARD_ERROR_RULE naming the
 * condition that fails. */
gboolean         steward_sla_check_emergency (StewardCalendar  *calendar,
                                              StewardService    service,
                                              StewardPriority   priority,
                                              gint64            submitted_at,
                                              GError          **error);

/* A deadline moved by a hold from @hold_start to @hold_end: by the business time of the hold
 * (clock time when @clock_time), added from @due. A clock already breached at @hold_start
 * (hold_start > due) is unchanged: a breach stays a breach. */
gint64           steward_sla_extend_for_hold (StewardCalendar  *calendar,
                                              gint64            due,
                                              gint64            hold_start,
                                              gint64            hold_end,
                                              gboolean          clock_time);

/* The status of one deadline at @now. @done_at is when the step happened (STEWARD_TIME_NONE if
 * not yet): MET when done_at <= due, BREACHED when done later or when now > due. DUE_SOON when
 * 15 minutes or less (business, or clock when @clock_time) remain. NONE when @due is
 * STEWARD_TIME_NONE. "Within" is inclusive: now == due is still DUE_SOON, not BREACHED. */
StewardSlaStatus steward_sla_status         (StewardCalendar   *calendar,
                                             gint64             due,
                                             gint64             done_at,
                                             gint64             now,
                                             gboolean           clock_time);

/* Seconds left until @due at @now, in business time (clock time when @clock_time); negative
 * once breached, and then counted on the clock (how late it is), since business time stands
 * still at night. 0 when @due is STEWARD_TIME_NONE. */
gint64           steward_sla_time_left      (StewardCalendar   *calendar,
                                             gint64             due,
                                             gint64             now,
                                             gboolean           clock_time);

/* "1 h 20 min left", "45 min left", "overdue by 2 h 5 min" (translated, plural-aware). */
char            *steward_sla_format_time_left (gint64           seconds);

G_END_DECLS
