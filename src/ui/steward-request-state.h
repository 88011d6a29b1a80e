/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "steward-audit-entry.h"
#include "steward-calendar.h"
#include "steward-ledger.h"
#include "steward-pricing.h"
#include "steward-service-request.h"

G_BEGIN_DECLS

/* What the request page and the requests list show, computed from a request, its ledger, the
 * business calendar and the current time. No GTK here: the widgets apply these values, and the
 * tests check them without a display. Every rule comes from core (steward-workflow.h,
 * steward-ledger.h, steward-sla.h); this file only chooses words and badges. */

/* The actions of the request page, in the order its buttons appear. */
typedef enum {
  STEWARD_REQUEST_ACTION_RESPOND,
  STEWARD_REQUEST_ACTION_REVIEW,
  STEWARD_REQUEST_ACTION_QUOTE,
  STEWARD_REQUEST_ACTION_CONFIRM,
  STEWARD_REQUEST_ACTION_RECORD_DEPOSIT,
  STEWARD_REQUEST_ACTION_START,
  STEWARD_REQUEST_ACTION_HOLD,
  STEWARD_REQUEST_ACTION_RESUME,
  STEWARD_REQUEST_ACTION_DELIVER,
  STEWARD_REQUEST_ACTION_ACCEPT,
  STEWARD_REQUEST_ACTION_RECORD_BALANCE,
  STEWARD_REQUEST_ACTION_SETTLE,
  STEWARD_REQUEST_ACTION_RATE,
  STEWARD_REQUEST_ACTION_REFUND,
  STEWARD_REQUEST_ACTION_REJECT,
  STEWARD_REQUEST_ACTION_CANCEL,
  STEWARD_REQUEST_ACTION_ADD_NOTE,
  STEWARD_REQUEST_ACTION_ADD_FEEDBACK,
  STEWARD_REQUEST_N_ACTIONS
} StewardRequestAction;

#define STEWARD_REQUEST_ACTION_BIT(a) (1u << (a))

/* "respond", "record-deposit", …: the page installs each as "request.<name>". */
const char *steward_request_action_name        (StewardRequestAction   action);
/* The translated button label ("Record Deposit"). */
const char *steward_request_action_label       (StewardRequestAction   action);
/* The step the state is waiting for (shown as the suggested button), or
 * STEWARD_REQUEST_N_ACTIONS when none is. */
StewardRequestAction steward_request_primary_action (StewardServiceRequest *request,
                                                     const StewardLedger   *ledger,
                                                     const StewardPricing  *pricing);

/* The actions the request's current state allows (a mask of STEWARD_REQUEST_ACTION_BIT):
 * state moves the transition table permits, the quote step during review, a first response
 * not yet recorded, payments while money may come in (the deposit until it is in, then the
 * balance while some is due), a refund while money is held, the rating once accepted and not
 * yet rated, notes always, product feedback on advisor requests. A condition that is not met
 * yet (the deposit before start, the balance before settling) does not hide the action: the
 * desk refuses it with the reason, and steward_request_action_blocked_reason() says it first. */
guint       steward_request_available_actions  (StewardServiceRequest *request,
                                                const StewardLedger   *ledger);
/* Why @action would be refused now (the desk's message, translated), or NULL when it would not
 * be refused for a reason the page can tell in advance. */
char       *steward_request_action_blocked_reason (StewardServiceRequest *request,
                                                   const StewardLedger   *ledger,
                                                   const StewardPricing  *pricing,
                                                   StewardRequestAction   action);

typedef enum {
  STEWARD_DEADLINE_RESPONSE,
  STEWARD_DEADLINE_DELIVERY,
} StewardDeadline;

/* One deadline of a request as the page shows it. */
typedef struct {
  StewardSlaStatus status;
  gint64           due;           /* STEWARD_TIME_NONE when there is none */
  gint64           seconds_left;  /* business (clock for emergencies); at the hold's start when paused */
  char            *title;         /* "First response", "Delivery" */
  char            *text;          /* "Due Mon 9 Mar 10:00 · 1 h 30 min left" */
  const char      *badge;         /* "Due soon", "Breached", …, or NULL */
  const char      *style;         /* a libadwaita style class for the badge, or NULL */
} StewardDeadlineView;

void        steward_deadline_view_init         (StewardDeadlineView   *view,
                                                StewardServiceRequest *request,
                                                StewardCalendar       *calendar,
                                                StewardDeadline        deadline,
                                                gint64                 now);
void        steward_deadline_view_clear        (StewardDeadlineView   *view);

/* The badge of an SLA status ("Due soon", "Breached", "Paused", "Met", "On track"), or NULL for
 * STEWARD_SLA_STATUS_NONE, and its style class ("warning", "error", …). */
const char *steward_sla_badge_label            (StewardSlaStatus       status);
const char *steward_sla_badge_style            (StewardSlaStatus       status);

/* The SLA of a request as one list cell: the first response while it runs, then delivery;
 * breached wins over everything (a breach stays a breach). Sets *out_text to the time left
 * ("1 h 30 min left", "overdue by 2 h", "Met") or "" when there is no deadline. */
StewardSlaStatus steward_request_sla_summary   (StewardServiceRequest *request,
                                                StewardCalendar       *calendar,
                                                gint64                 now,
                                                char                 **out_text);

/* "Mon 9 Mar 10:00" in @tz (local when NULL), translated format. */
char       *steward_request_format_instant     (gint64                 instant,
                                                GTimeZone             *tz);
/* "#12" */
char       *steward_request_format_number      (gint64                 id);
/* A timeline line's title: "Under review → Confirmed", "Created", "Payment", "Rated". */
char       *steward_request_audit_title        (StewardAuditEntry     *entry);

G_END_DECLS
