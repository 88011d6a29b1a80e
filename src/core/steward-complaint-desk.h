/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-complaint-repository.h"
#include "steward-desk.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_COMPLAINT_DESK (steward_complaint_desk_get_type ())
G_DECLARE_FINAL_TYPE (StewardComplaintDesk, steward_complaint_desk, STEWARD, COMPLAINT_DESK, GObject)

/* The complaint desk (投诉): receives complaints and takes them through accepted → resolved →
 * closed, each step at its instant @at, with the rules of steward-complaint-rules.h. Remedies
 * are written on the complaint's request through @desk (so every request rule applies): a free
 * re-service is a new request of the same service with fee 0 flagged as the complaint's
 * remedy; a partial refund is an adjustment line on the complaint's request.
 *
 * Every call checks everything it can before writing; a refused call writes nothing and
 * returns NULL with the error. A step that writes both a request and the complaint runs inside
 * the complaint repository's write transaction: with the SQLite store (both repositories on one
 * StewardStore) it is all or nothing; with repositories that have no transactions a storage
 * failure half-way may leave the request written without the complaint's record of it.
 * A successful call returns the stored complaint as a new object. */
StewardComplaintDesk       *steward_complaint_desk_new            (StewardComplaintRepository  *repository,
                                                                   StewardDesk                 *desk);
StewardComplaintRepository *steward_complaint_desk_get_repository (StewardComplaintDesk        *self);
StewardDesk                *steward_complaint_desk_get_desk       (StewardComplaintDesk        *self);

/* Records a new complaint from @draft (client-id, request-id or 0, channel, received-at,
 * summary, details; anything else is ignored) in the received state. A linked request must
 * exist (STEWARD_ERROR_NOT_FOUND) and belong to the same client (STEWARD_ERROR_INVALID). */
StewardComplaint           *steward_complaint_desk_receive        (StewardComplaintDesk        *self,
                                                                   StewardComplaint            *draft,
                                                                   GError                     **error);
StewardComplaint           *steward_complaint_desk_accept         (StewardComplaintDesk        *self,
                                                                   gint64                       id,
                                                                   gint64                       at,
                                                                   GError                     **error);
/* Gives @solution and chooses the remedy, in one step:
 * - STEWARD_REMEDY_NONE: @refund and @method are ignored;
 * - STEWARD_REMEDY_RESERVICE: a new request (same client, service, priority, channel and
 *   service details as the complaint's request) created, reviewed and quoted at fee 0 at @at;
 * - STEWARD_REMEDY_PARTIAL_REFUND: an adjustment of @refund fen paid back by @method on the
 *   complaint's request, refused when more than what was received on it, net. */
StewardComplaint           *steward_complaint_desk_resolve        (StewardComplaintDesk        *self,
                                                                   gint64                       id,
                                                                   gint64                       at,
                                                                   const char                  *solution,
                                                                   StewardRemedy                remedy,
                                                                   gint64                       refund,
                                                                   StewardPaymentMethod         method,
                                                                   GError                     **error);
StewardComplaint           *steward_complaint_desk_close          (StewardComplaintDesk        *self,
                                                                   gint64                       id,
                                                                   gint64                       at,
                                                                   GError                     **error);

G_END_DECLS
