/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-types.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_SERVICE_REQUEST (steward_service_request_get_type ())
G_DECLARE_FINAL_TYPE (StewardServiceRequest, steward_service_request, STEWARD, SERVICE_REQUEST, GObject)

/* A service request (SPEC §2, §4). Plain data with properties so list views can bind them; the
 * rules that change it live in StewardDesk and steward-workflow.h. Instants are Unix seconds,
 * STEWARD_TIME_NONE when not (yet) set; money is fen. The id is 0 until the repository stores
 * it. "hold-from-state" is meaningful only while the request waits on the client. */
StewardServiceRequest *steward_service_request_new      (void);
/* A deep copy: the desk changes a copy so that a refused operation leaves the original alone. */
StewardServiceRequest *steward_service_request_copy     (StewardServiceRequest *self);

/* Parses an operating-system code for remote assistance: "windows", "macos" or "linux".
 * Anything else (including "none") is STEWARD_ERROR_INVALID naming the value. */
gboolean          steward_service_request_parse_os      (const char  *text,
                                                         StewardOs   *out_os,
                                                         GError     **error);

gint64            steward_service_request_get_id              (StewardServiceRequest *self);
void              steward_service_request_set_id              (StewardServiceRequest *self, gint64 id);
gint64            steward_service_request_get_client_id       (StewardServiceRequest *self);
void              steward_service_request_set_client_id       (StewardServiceRequest *self, gint64 client_id);
StewardService    steward_service_request_get_service         (StewardServiceRequest *self);
void              steward_service_request_set_service         (StewardServiceRequest *self, StewardService service);
StewardCategory   steward_service_request_get_category        (StewardServiceRequest *self);
StewardPriority   steward_service_request_get_priority        (StewardServiceRequest *self);
void              steward_service_request_set_priority        (StewardServiceRequest *self, StewardPriority priority);
gboolean          steward_service_request_get_emergency       (StewardServiceRequest *self);
void              steward_service_request_set_emergency       (StewardServiceRequest *self, gboolean emergency);
StewardChannel    steward_service_request_get_channel         (StewardServiceRequest *self);
void              steward_service_request_set_channel         (StewardServiceRequest *self, StewardChannel channel);
const char       *steward_service_request_get_description     (StewardServiceRequest *self);
void              steward_service_request_set_description     (StewardServiceRequest *self, const char *description);
StewardOs         steward_service_request_get_os              (StewardServiceRequest *self);
void              steward_service_request_set_os              (StewardServiceRequest *self, StewardOs os);
gboolean          steward_service_request_get_data_terms_agreed (StewardServiceRequest *self);
void              steward_service_request_set_data_terms_agreed (StewardServiceRequest *self, gboolean agreed);
StewardConfigKind steward_service_request_get_config_kind     (StewardServiceRequest *self);
void              steward_service_request_set_config_kind     (StewardServiceRequest *self, StewardConfigKind kind);
const char       *steward_service_request_get_template_name   (StewardServiceRequest *self);
void              steward_service_request_set_template_name   (StewardServiceRequest *self, const char *name);
const char       *steward_service_request_get_special_text    (StewardServiceRequest *self);
void              steward_service_request_set_special_text    (StewardServiceRequest *self, const char *text);
StewardComplexity steward_service_request_get_complexity      (StewardServiceRequest *self);
void              steward_service_request_set_complexity      (StewardServiceRequest *self, StewardComplexity complexity);
StewardTier       steward_service_request_get_tier            (StewardServiceRequest *self);
void              steward_service_request_set_tier            (StewardServiceRequest *self, StewardTier tier);
gint64            steward_service_request_get_fee             (StewardServiceRequest *self);
void              steward_service_request_set_fee             (StewardServiceRequest *self, gint64 fee);
gint64            steward_service_request_get_surcharge       (StewardServiceRequest *self);
void              steward_service_request_set_surcharge       (StewardServiceRequest *self, gint64 surcharge);
/* fee + surcharge */
gint64            steward_service_request_get_total           (StewardServiceRequest *self);
StewardState      steward_service_request_get_state           (StewardServiceRequest *self);
void              steward_service_request_set_state           (StewardServiceRequest *self, StewardState state);
StewardState      steward_service_request_get_hold_from_state (StewardServiceRequest *self);
void              steward_service_request_set_hold_from_state (StewardServiceRequest *self, StewardState state);
gint64            steward_service_request_get_hold_started_at (StewardServiceRequest *self);
void              steward_service_request_set_hold_started_at (StewardServiceRequest *self, gint64 at);
const char       *steward_service_request_get_owner           (StewardServiceRequest *self);
void              steward_service_request_set_owner           (StewardServiceRequest *self, const char *owner);
gint64            steward_service_request_get_package_id      (StewardServiceRequest *self);
void              steward_service_request_set_package_id      (StewardServiceRequest *self, gint64 package_id);
gboolean          steward_service_request_get_package_incident (StewardServiceRequest *self);
void              steward_service_request_set_package_incident (StewardServiceRequest *self, gboolean incident);
gint64            steward_service_request_get_remedy_of_complaint (StewardServiceRequest *self);
void              steward_service_request_set_remedy_of_complaint (StewardServiceRequest *self, gint64 complaint_id);
gint64            steward_service_request_get_submitted_at    (StewardServiceRequest *self);
void              steward_service_request_set_submitted_at    (StewardServiceRequest *self, gint64 at);
gint64            steward_service_request_get_responded_at    (StewardServiceRequest *self);
void              steward_service_request_set_responded_at    (StewardServiceRequest *self, gint64 at);
gint64            steward_service_request_get_response_due    (StewardServiceRequest *self);
void              steward_service_request_set_response_due    (StewardServiceRequest *self, gint64 at);
gint64            steward_service_request_get_work_start_at   (StewardServiceRequest *self);
void              steward_service_request_set_work_start_at   (StewardServiceRequest *self, gint64 at);
gint64            steward_service_request_get_delivery_due    (StewardServiceRequest *self);
void              steward_service_request_set_delivery_due    (StewardServiceRequest *self, gint64 at);
gint64            steward_service_request_get_delivered_at    (StewardServiceRequest *self);
void              steward_service_request_set_delivered_at    (StewardServiceRequest *self, gint64 at);
gint64            steward_service_request_get_accepted_at     (StewardServiceRequest *self);
void              steward_service_request_set_accepted_at     (StewardServiceRequest *self, gint64 at);
gint64            steward_service_request_get_settled_at      (StewardServiceRequest *self);
void              steward_service_request_set_settled_at      (StewardServiceRequest *self, gint64 at);
/* 0 = not rated, else 1–5 */
guint             steward_service_request_get_rating          (StewardServiceRequest *self);
void              steward_service_request_set_rating          (StewardServiceRequest *self, guint rating);
const char       *steward_service_request_get_rating_feedback (StewardServiceRequest *self);
void              steward_service_request_set_rating_feedback (StewardServiceRequest *self, const char *feedback);
gint64            steward_service_request_get_updated_at      (StewardServiceRequest *self);
void              steward_service_request_set_updated_at      (StewardServiceRequest *self, gint64 at);

G_END_DECLS
