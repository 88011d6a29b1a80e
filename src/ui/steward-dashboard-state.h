/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-complaint.h"
#include "steward-training-session.h"
#include "steward-types.h"

G_BEGIN_DECLS

/* What the dashboard shows, as pure functions of model values and "now" (no widgets), so tests
 * check them without a display. */

/* [@out_from, @out_until): the local calendar month of @now in @tz (local when NULL). */
void             steward_dashboard_month_range     (gint64             now,
                                                    GTimeZone         *tz,
                                                    gint64            *out_from,
                                                    gint64            *out_until);
/* [@out_from, @out_until): @n_days local days starting with today. */
void             steward_dashboard_days_range      (gint64             now,
                                                    GTimeZone         *tz,
                                                    guint              n_days,
                                                    gint64            *out_from,
                                                    gint64            *out_until);
/* "45 min", "3 h 20 min", "2 d 4 h": a span of clock seconds, rounded down to the minute. */
char            *steward_dashboard_format_span     (gint64             seconds);

/* The clock of an open complaint that matters now — acceptance (24 h) until accepted, then the
 * solution (48 h) — and, in *out_text, "Accept within 3 h 20 min", "Acceptance overdue by
 * 2 h", "Solution due within 5 h", "Solution overdue by 1 h 5 min". DUE_SOON from 2 hours before
 * a limit, BREACHED after it, RUNNING otherwise; NONE (and "") for a resolved or closed one. */
StewardSlaStatus steward_dashboard_complaint_clock (StewardComplaint  *complaint,
                                                    gint64             now,
                                                    char             **out_text);

/* "Today 14:00–16:00 · Online · Trainer Li" (or "Tomorrow …"), in @tz (local when NULL). */
char            *steward_dashboard_training_text   (StewardTrainingSession *session,
                                                    gint64                  now,
                                                    GTimeZone              *tz);

G_END_DECLS
