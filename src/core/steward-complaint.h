/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-types.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_COMPLAINT (steward_complaint_get_type ())

G_DECLARE_FINAL_TYPE (StewardComplaint, steward_complaint, STEWARD, COMPLAINT, GObject)

/* A complaint about a client's service (投诉), received through the designated email or the
 * hotline. The setters store values as given; the rules (transitions, clocks, remedies) live in
 * steward-complaint-rules.h. Ids of 0 mean "none" (request-id, remedy-request-id) or "not saved
 * yet" (id); instants are Unix seconds, STEWARD_TIME_NONE while a step has not happened. */
StewardComplaint        *steward_complaint_new                   (void);
StewardComplaint        *steward_complaint_copy                  (StewardComplaint        *self);

gint64                   steward_complaint_get_id                (StewardComplaint        *self);
void                     steward_complaint_set_id                (StewardComplaint        *self,
                                                                  gint64                   id);
gint64                   steward_complaint_get_client_id         (StewardComplaint        *self);
void                     steward_complaint_set_client_id         (StewardComplaint        *self,
                                                                  gint64                   client_id);
gint64                   steward_complaint_get_request_id        (StewardComplaint        *self);
void                     steward_complaint_set_request_id        (StewardComplaint        *self,
                                                                  gint64                   request_id);
StewardComplaintChannel  steward_complaint_get_channel           (StewardComplaint        *self);
void                     steward_complaint_set_channel           (StewardComplaint        *self,
                                                                  StewardComplaintChannel  channel);
gint64                   steward_complaint_get_received_at       (StewardComplaint        *self);
void                     steward_complaint_set_received_at       (StewardComplaint        *self,
                                                                  gint64                   received_at);
const char              *steward_complaint_get_summary           (StewardComplaint        *self);
void                     steward_complaint_set_summary           (StewardComplaint        *self,
                                                                  const char              *summary);
const char              *steward_complaint_get_details           (StewardComplaint        *self);
void                     steward_complaint_set_details           (StewardComplaint        *self,
                                                                  const char              *details);
StewardComplaintState    steward_complaint_get_state             (StewardComplaint        *self);
void                     steward_complaint_set_state             (StewardComplaint        *self,
                                                                  StewardComplaintState    state);
gint64                   steward_complaint_get_accepted_at       (StewardComplaint        *self);
void                     steward_complaint_set_accepted_at       (StewardComplaint        *self,
                                                                  gint64                   accepted_at);
const char              *steward_complaint_get_solution          (StewardComplaint        *self);
void                     steward_complaint_set_solution          (StewardComplaint        *self,
                                                                  const char              *solution);
gint64                   steward_complaint_get_resolved_at       (StewardComplaint        *self);
void                     steward_complaint_set_resolved_at       (StewardComplaint        *self,
                                                                  gint64                   resolved_at);
gint64                   steward_complaint_get_closed_at         (StewardComplaint        *self);
void                     steward_complaint_set_closed_at         (StewardComplaint        *self,
                                                                  gint64                   closed_at);
StewardRemedy            steward_complaint_get_remedy            (StewardComplaint        *self);
void                     steward_complaint_set_remedy            (StewardComplaint        *self,
                                                                  StewardRemedy            remedy);
gint64                   steward_complaint_get_remedy_request_id (StewardComplaint        *self);
void                     steward_complaint_set_remedy_request_id (StewardComplaint        *self,
                                                                  gint64                   request_id);
/* Fen; 0 unless the remedy is a partial refund. */
gint64                   steward_complaint_get_refund_amount     (StewardComplaint        *self);
void                     steward_complaint_set_refund_amount     (StewardComplaint        *self,
                                                                  gint64                   fen);

G_END_DECLS
