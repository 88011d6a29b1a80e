/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-complaint.h"
#include "steward-types.h"

G_BEGIN_DECLS

/* Policy (clock hours, not business hours): accepted within 24 h and a solution given within
 * 48 h of receipt; due soon from 2 h before a limit. */
#define STEWARD_COMPLAINT_ACCEPT_SECONDS   (24 * 60 * 60)
#define STEWARD_COMPLAINT_RESOLVE_SECONDS  (48 * 60 * 60)
#define STEWARD_COMPLAINT_DUE_SOON_SECONDS (2 * 60 * 60)

/* A new complaint needs a client, a receipt time and a summary (STEWARD_ERROR_INVALID). */
gboolean         steward_complaint_validate        (StewardComplaint  *complaint,
                                                    GError           **error);

/* received-at + 24 h and received-at + 48 h (STEWARD_TIME_NONE without a receipt time). */
gint64           steward_complaint_accept_by       (StewardComplaint  *complaint);
gint64           steward_complaint_resolve_by      (StewardComplaint  *complaint);

/* One clock at @now: MET when the step was done at or before @due, BREACHED when done later or
 * when @now is strictly after @due with the step not done, DUE_SOON from 2 h before @due up to
 * and including @due, RUNNING before that; NONE when @due is STEWARD_TIME_NONE. A clock stops
 * when its step is done (@done_at), so its status no longer depends on @now. */
StewardSlaStatus steward_complaint_clock_status    (gint64             due,
                                                    gint64             done_at,
                                                    gint64             now);
/* The acceptance clock (stopped by accepted-at) and the solution clock (stopped by
 * resolved-at) of @complaint at @now. */
StewardSlaStatus steward_complaint_accept_status   (StewardComplaint  *complaint,
                                                    gint64             now);
StewardSlaStatus steward_complaint_resolve_status  (StewardComplaint  *complaint,
                                                    gint64             now);
/* Whether a clock that is still running has passed its limit at @now (the "overdue" flag). */
gboolean         steward_complaint_is_overdue      (StewardComplaint  *complaint,
                                                    gint64             now);

/* Transitions: received → accepted → resolved → closed. Each refuses with STEWARD_ERROR_RULE
 * naming the current state when it is not the one the step starts from, or when @at is
 * earlier than the previous step; on refusal @complaint is unchanged. */
gboolean         steward_complaint_accept          (StewardComplaint  *complaint,
                                                    gint64             at,
                                                    GError           **error);
/* Also needs a non-blank @solution (the solution given to the client). */
gboolean         steward_complaint_resolve         (StewardComplaint  *complaint,
                                                    gint64             at,
                                                    const char        *solution,
                                                    GError           **error);
gboolean         steward_complaint_close           (StewardComplaint  *complaint,
                                                    gint64             at,
                                                    GError           **error);

/* Remedies are chosen once, while the complaint is accepted or resolved (not after closing).
 * A partial refund needs a linked request, @amount > 0 fen and @amount ≤ @received_net, what
 * was received on that request net of refunds and earlier adjustments (the caller sums its
 * payment lines). The refusal names both amounts in yuan. apply_refund() records remedy and
 * amount on @complaint; the caller then writes the adjustment line on the request. */
gboolean         steward_complaint_check_refund    (StewardComplaint  *complaint,
                                                    gint64             amount,
                                                    gint64             received_net,
                                                    GError           **error);
gboolean         steward_complaint_apply_refund    (StewardComplaint  *complaint,
                                                    gint64             amount,
                                                    gint64             received_net,
                                                    GError           **error);

/* What the desk must create for a free re-service: a new request for the same client and the
 * same service as the complaint's request, fee 0, flagged as a complaint remedy (the one case
 * besides basic analysis and package incidents where a fee of 0 is allowed), linked back to the
 * original request and the complaint. */
typedef struct {
  gint64          client_id;
  gint64          original_request_id;
  gint64          complaint_id;
  StewardService  service;
  gint64          fee;                /* always 0 */
  gboolean        is_remedy;          /* always TRUE */
  char           *title;              /* owned; translated, names the complaint's summary */
} StewardReservicePlan;

void             steward_reservice_plan_clear      (StewardReservicePlan *plan);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StewardReservicePlan, steward_reservice_plan_clear)

/* Fills @out (owned by the caller: clear it with steward_reservice_plan_clear()) for a
 * re-service of the complaint's request, whose service is @original_service. Refused (RULE)
 * without a linked request, in the wrong state, or when a remedy was already chosen. Changes
 * nothing. */
gboolean         steward_complaint_plan_reservice  (StewardComplaint      *complaint,
                                                    StewardService         original_service,
                                                    StewardReservicePlan  *out,
                                                    GError               **error);
/* Records that the re-service request @new_request_id was created (remedy = re-service). */
gboolean         steward_complaint_record_reservice (StewardComplaint     *complaint,
                                                     gint64                new_request_id,
                                                     GError              **error);

G_END_DECLS
