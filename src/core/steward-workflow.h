/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-calendar.h"
#include "steward-ledger.h"
#include "steward-pricing.h"
#include "steward-service-request.h"

G_BEGIN_DECLS

/* What happens to a deposit already received when a request is cancelled (SPEC §4). */
typedef enum {
  STEWARD_DEPOSIT_CHOICE_NONE,    /* nothing was received, or no choice made yet */
  STEWARD_DEPOSIT_CHOICE_REFUND,  /* pay it back: recorded as a refund line */
  STEWARD_DEPOSIT_CHOICE_KEEP,    /* keep it: recorded in the audit note */
} StewardDepositChoice;

#define STEWARD_TYPE_DEPOSIT_CHOICE (steward_deposit_choice_get_type ())
GType steward_deposit_choice_get_type (void) G_GNUC_CONST;

/* The pure rules of the request workflow (SPEC §4, §5). They check and change a request object
 * but never store anything: StewardDesk loads, calls these on a copy and writes the result.
 * Every refusal is STEWARD_ERROR_RULE with a translated message naming the request, its current
 * state and the missing condition. */

/* Service details: remote needs an operating system (Windows, macOS, Linux) and the data-terms
 * agreement; config needs a kind and its template name or special text. */
gboolean         steward_workflow_check_details     (StewardServiceRequest *request,
                                                     GError               **error);
/* Fills @quote from the request's fee, surcharge, complexity, tier and flags. */
void             steward_workflow_quote_of          (StewardServiceRequest *request,
                                                     StewardQuote          *quote);
/* Whether @request may move to @to: the transition table, then its condition (a valid quote to
 * confirm, the deposit to start, a balanced ledger to settle, a deposit choice to cancel with
 * money received). Moving from waiting-on-client to the state it came from is a resume. */
gboolean         steward_workflow_check_transition  (StewardServiceRequest *request,
                                                     const StewardLedger   *ledger,
                                                     const StewardPricing  *pricing,
                                                     StewardState           to,
                                                     StewardDepositChoice   choice,
                                                     GError               **error);
/* Moves @request to @to at @at (after a successful check): records the first response when it
 * leaves submitted, the hold, the resume (moving running deadlines by the hold's business time),
 * the work start and delivery deadline, and the delivered/accepted/settled instants. */
void             steward_workflow_apply_transition  (StewardServiceRequest *request,
                                                     StewardCalendar       *calendar,
                                                     const StewardLedger   *ledger,
                                                     StewardState           to,
                                                     gint64                 at);
/* Once confirmed, work may start when the deposit is in or not needed: sets work-start-at to
 * @at and, for config/training, the delivery deadline. Clears both when a confirmed request
 * loses its deposit (a reversed payment). Returns TRUE when something changed. */
gboolean         steward_workflow_update_work_start (StewardServiceRequest *request,
                                                     StewardCalendar       *calendar,
                                                     const StewardLedger   *ledger,
                                                     gint64                 at);
/* Whether the request needs its deposit before work starts: total > 0 and not a package
 * incident. */
gboolean         steward_workflow_needs_deposit     (StewardServiceRequest *request);

gboolean         steward_workflow_check_respond     (StewardServiceRequest *request,
                                                     GError               **error);
gboolean         steward_workflow_check_quote_step  (StewardServiceRequest *request,
                                                     GError               **error);
/* Whether a line of @kind may be added in the request's state (@target_kind: for a reversal,
 * the kind of the line it undoes). The amounts are checked by steward_ledger_check_line(). */
gboolean         steward_workflow_check_money_line  (StewardServiceRequest *request,
                                                     StewardPaymentKind     kind,
                                                     StewardPaymentKind     target_kind,
                                                     GError               **error);
/* Rating only once accepted (or settled), an integer 1–5, once. */
gboolean         steward_workflow_check_rating      (StewardServiceRequest *request,
                                                     guint                  rating,
                                                     GError               **error);

/* The SLA status of the first response and of delivery at @now. A running clock of a request
 * waiting on the client is PAUSED; a clock breached before the hold stays BREACHED. */
StewardSlaStatus steward_workflow_response_status   (StewardServiceRequest *request,
                                                     StewardCalendar       *calendar,
                                                     gint64                 now);
StewardSlaStatus steward_workflow_delivery_status   (StewardServiceRequest *request,
                                                     StewardCalendar       *calendar,
                                                     gint64                 now);

/* Whether the transition table lets @request move to @to from its current state (resuming from
 * waiting-on-client included), without the move's condition (quote, deposit, balance, deposit
 * choice): what a window offers as an action; steward_workflow_check_transition() still decides.
 * On refusal STEWARD_ERROR_RULE, as from steward_workflow_check_transition(). */
gboolean         steward_workflow_check_state_move  (StewardServiceRequest *request,
                                                     StewardState           to,
                                                     GError               **error);

G_END_DECLS
