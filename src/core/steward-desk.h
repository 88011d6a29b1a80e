/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-calendar.h"
#include "steward-ledger.h"
#include "steward-pricing.h"
#include "steward-request-repository.h"
#include "steward-workflow.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_DESK (steward_desk_get_type ())
G_DECLARE_FINAL_TYPE (StewardDesk, steward_desk, STEWARD, DESK, GObject)

/* The service desk: every operation on a service request that the window and the command line
 * offer. Each one loads the request, checks every rule on a copy, and writes the request row
 * with its new payment/audit/note lines in one repository change; on any refusal nothing is
 * written and the error (STEWARD_ERROR_RULE, INVALID, NOT_FOUND, STORAGE) says why. @at is the
 * instant of the step; @note (may be NULL) goes into the audit line, whose "who" is the
 * account manager. */
StewardDesk              *steward_desk_new            (StewardRequestRepository *repository,
                                                       StewardCalendar          *calendar,
                                                       const StewardPricing     *pricing,
                                                       const char               *manager);
StewardRequestRepository *steward_desk_get_repository (StewardDesk              *self);
StewardCalendar          *steward_desk_get_calendar   (StewardDesk              *self);
const StewardPricing     *steward_desk_get_pricing    (StewardDesk              *self);
/* New limits apply to quotes and confirmations from now on. */
gboolean                  steward_desk_set_pricing    (StewardDesk              *self,
                                                       const StewardPricing     *pricing,
                                                       GError                  **error);
/* The audit's "who"; NULL or empty means the user's real name. */
const char               *steward_desk_get_manager    (StewardDesk              *self);
void                      steward_desk_set_manager    (StewardDesk              *self,
                                                       const char               *manager);

StewardServiceRequest    *steward_desk_load_request   (StewardDesk              *self,
                                                       gint64                    id,
                                                       GError                  **error);
gboolean                  steward_desk_get_ledger     (StewardDesk              *self,
                                                       gint64                    id,
                                                       StewardLedger            *out_ledger,
                                                       GError                  **error);

/* Records a new request from @draft (client-id, service, priority, emergency, channel,
 * description, os, data terms, config kind/template/text, remedy-of-complaint; everything else
 * is ignored) submitted at @at: checks the service details and the emergency flag, computes the
 * response deadline, and makes an advisor/remote request of a client with an active monthly
 * package a package incident (fee 0). Returns the stored request with its id. */
StewardServiceRequest    *steward_desk_create_request (StewardDesk              *self,
                                                       StewardServiceRequest    *draft,
                                                       gint64                    at,
                                                       GError                  **error);
gboolean steward_desk_respond   (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error);
gboolean steward_desk_review    (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error);
/* Sets the fee, surcharge and complexity (config/training) or tier (report/visual) during
 * review, checked against the pricing rules. */
gboolean steward_desk_quote     (StewardDesk       *self,
                                 gint64             id,
                                 gint64             fee,
                                 gint64             surcharge,
                                 StewardComplexity  complexity,
                                 StewardTier        tier,
                                 gint64             at,
                                 const char        *note,
                                 GError           **error);
gboolean steward_desk_confirm   (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error);
gboolean steward_desk_start     (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error);
gboolean steward_desk_deliver   (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error);
gboolean steward_desk_accept    (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error);
gboolean steward_desk_settle    (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error);
gboolean steward_desk_reject    (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error);
gboolean steward_desk_hold      (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error);
gboolean steward_desk_resume    (StewardDesk *self, gint64 id, gint64 at, const char *note, GError **error);
/* With money received, @choice must say whether the deposit is refunded (a refund line of the
 * whole net received, by the method of the last payment) or kept. */
gboolean steward_desk_cancel    (StewardDesk          *self,
                                 gint64                id,
                                 StewardDepositChoice  choice,
                                 gint64                at,
                                 const char           *note,
                                 GError              **error);
/* Any state move by its target state: the generic form of the steps above. */
gboolean steward_desk_advance   (StewardDesk          *self,
                                 gint64                id,
                                 StewardState          to,
                                 gint64                at,
                                 const char           *note,
                                 StewardDepositChoice  choice,
                                 GError              **error);

/* @kind is a payment or a refund. Returns the stored line. */
StewardPayment *steward_desk_add_payment     (StewardDesk          *self,
                                              gint64                id,
                                              StewardPaymentKind    kind,
                                              gint64                amount,
                                              StewardPaymentMethod  method,
                                              gint64                at,
                                              const char           *reference,
                                              GError              **error);
/* Undoes line @payment_id of request @id with a reversal line of the same amount. */
StewardPayment *steward_desk_reverse_payment (StewardDesk          *self,
                                              gint64                id,
                                              gint64                payment_id,
                                              gint64                at,
                                              const char           *note,
                                              GError              **error);
/* A complaint's partial refund: lowers the net fee; a settled request stays settled. */
StewardPayment *steward_desk_add_adjustment  (StewardDesk          *self,
                                              gint64                id,
                                              gint64                amount,
                                              StewardPaymentMethod  method,
                                              gint64                at,
                                              const char           *reference,
                                              GError              **error);

gboolean                steward_desk_rate         (StewardDesk *self,
                                                   gint64       id,
                                                   guint        rating,
                                                   const char  *feedback,
                                                   gint64       at,
                                                   GError     **error);
StewardRequestNote     *steward_desk_add_note     (StewardDesk *self,
                                                   gint64       id,
                                                   const char  *text,
                                                   gboolean     shared,
                                                   gint64       at,
                                                   GError     **error);
/* Only on dedicated-advisor requests. */
StewardProductFeedback *steward_desk_add_feedback (StewardDesk *self,
                                                   gint64       id,
                                                   const char  *area,
                                                   const char  *text,
                                                   gint64       at,
                                                   GError     **error);

/* Deadlines and the business calendar (steward-desk-calendar.c). */

/* The instant from which deadline @due is "due soon" (steward_sla_status): 15 business minutes
 * before it, or 15 clock minutes when @clock_time (after-hours emergencies). Stored beside the
 * deadline so lists filter on SLA status without the calendar. STEWARD_TIME_NONE for no
 * deadline. */
gint64   steward_desk_due_soon_at          (StewardCalendar       *calendar,
                                            gint64                 due,
                                            gboolean               clock_time);
/* After a calendar edit (SPEC §5): recomputes the response and delivery deadlines of an open
 * request from its submission and work-start instants, moved by the holds of its audit trail
 * (@audit: its StewardAuditEntry lines in order), exactly as the workflow computed them. A
 * clock whose step already happened, and every deadline of a closed request, is left alone.
 * Returns TRUE when a deadline changed. */
gboolean steward_desk_recompute_deadlines  (StewardServiceRequest *request,
                                            StewardCalendar       *calendar,
                                            GPtrArray             *audit);

G_END_DECLS
