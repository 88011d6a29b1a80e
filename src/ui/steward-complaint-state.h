/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "steward-complaint.h"
#include "steward-types.h"

G_BEGIN_DECLS

/* What the complaints list and the complaint page show of a complaint at an instant: its two
 * clocks as text and badges, which steps are open, and whether it passes the list's filters.
 * Pure functions over the rules of steward-complaint-rules.h, tested without a display. */

typedef enum {
  STEWARD_COMPLAINT_CLOCK_ACCEPT,   /* 24 h from receipt, stopped by accepting */
  STEWARD_COMPLAINT_CLOCK_RESOLVE,  /* 48 h from receipt, stopped by giving a solution */
} StewardComplaintClock;

typedef struct {
  StewardSlaStatus  status;
  char             *text;    /* "5 h 20 min left to accept", "Accepted in 3 h", … (owned) */
  const char       *badge;   /* "Due soon", "Overdue", "Late" (translated) or NULL */
  const char       *style;   /* a libadwaita style class: "success", "warning", "error" or NULL */
} StewardClockView;

void        steward_clock_view_clear        (StewardClockView       *view);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StewardClockView, steward_clock_view_clear)

/* Fills @out (clear it with steward_clock_view_clear()) for @clock of @complaint at @now. */
void        steward_complaint_clock_view    (StewardComplaint       *complaint,
                                             StewardComplaintClock   clock,
                                             gint64                  now,
                                             StewardClockView       *out);

/* "2 d 3 h", "5 h 20 min", "45 min", "under a minute": a span of clock time, to the minute
 * (rounded down). */
char       *steward_format_clock_span       (gint64                  seconds);

/* The list's state filter. */
typedef enum {
  STEWARD_COMPLAINT_FILTER_OPEN,       /* not closed */
  STEWARD_COMPLAINT_FILTER_ALL,
  STEWARD_COMPLAINT_FILTER_RECEIVED,
  STEWARD_COMPLAINT_FILTER_ACCEPTED,
  STEWARD_COMPLAINT_FILTER_RESOLVED,
  STEWARD_COMPLAINT_FILTER_CLOSED,
} StewardComplaintFilter;

/* Whether @complaint is listed under @filter (and, with @overdue_only, is overdue at @now). */
gboolean    steward_complaint_filter_matches (StewardComplaint      *complaint,
                                              StewardComplaintFilter filter,
                                              gboolean               overdue_only,
                                              gint64                 now);
/* The translated name of a filter, for the filter menu. */
const char *steward_complaint_filter_label  (StewardComplaintFilter  filter);

/* The next steps offered on the complaint page. */
typedef struct {
  gboolean can_accept;
  gboolean can_resolve;   /* give a solution and choose a remedy */
  gboolean can_close;
} StewardComplaintSteps;

void        steward_complaint_steps         (StewardComplaint       *complaint,
                                             StewardComplaintSteps  *out);

/* One line of the complaint's trail: when, and what happened ("Accepted", "Solution given:
 * …", "Partial refund of ¥300.00 on request #12"). */
typedef struct {
  gint64  at;
  char   *text;
} StewardComplaintEvent;

/* The complaint's steps in time order (StewardComplaintEvent *, freed with the array). */
GPtrArray  *steward_complaint_trail         (StewardComplaint       *complaint);

G_END_DECLS
