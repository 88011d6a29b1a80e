/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-types.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_TRAINING_SESSION (steward_training_session_get_type ())

G_DECLARE_FINAL_TYPE (StewardTrainingSession, steward_training_session, STEWARD, TRAINING_SESSION, GObject)

/* One session of a `training` service request. Times are Unix seconds; the end is derived
 * from start + duration. "location" holds the room/address of an offline session or the
 * meeting link of an online one (one field for both; see steward_training_validate()). An id
 * of 0 means "not saved yet". */
StewardTrainingSession *steward_training_session_new            (void);
/* A deep copy (all properties, including the id). */
StewardTrainingSession *steward_training_session_copy           (StewardTrainingSession *self);

gint64                  steward_training_session_get_id         (StewardTrainingSession *self);
void                    steward_training_session_set_id         (StewardTrainingSession *self,
                                                                 gint64                  id);
gint64                  steward_training_session_get_request_id (StewardTrainingSession *self);
void                    steward_training_session_set_request_id (StewardTrainingSession *self,
                                                                 gint64                  request_id);
gint64                  steward_training_session_get_client_id  (StewardTrainingSession *self);
void                    steward_training_session_set_client_id  (StewardTrainingSession *self,
                                                                 gint64                  client_id);
const char             *steward_training_session_get_title      (StewardTrainingSession *self);
void                    steward_training_session_set_title      (StewardTrainingSession *self,
                                                                 const char             *title);
const char             *steward_training_session_get_trainer    (StewardTrainingSession *self);
void                    steward_training_session_set_trainer    (StewardTrainingSession *self,
                                                                 const char             *trainer);
StewardTrainingFormat   steward_training_session_get_format     (StewardTrainingSession *self);
void                    steward_training_session_set_format     (StewardTrainingSession *self,
                                                                 StewardTrainingFormat   format);
StewardTrainingContent  steward_training_session_get_content    (StewardTrainingSession *self);
void                    steward_training_session_set_content    (StewardTrainingSession *self,
                                                                 StewardTrainingContent  content);
gint64                  steward_training_session_get_start      (StewardTrainingSession *self);
void                    steward_training_session_set_start      (StewardTrainingSession *self,
                                                                 gint64                  start);
/* Seconds. */
gint64                  steward_training_session_get_duration   (StewardTrainingSession *self);
void                    steward_training_session_set_duration   (StewardTrainingSession *self,
                                                                 gint64                  duration);
/* start + duration, or STEWARD_TIME_NONE while the start is not set. */
gint64                  steward_training_session_get_end        (StewardTrainingSession *self);
const char             *steward_training_session_get_location   (StewardTrainingSession *self);
void                    steward_training_session_set_location   (StewardTrainingSession *self,
                                                                 const char             *location);
/* NULL-terminated; never NULL (an empty vector when nobody is listed). */
const char * const     *steward_training_session_get_attendees  (StewardTrainingSession *self);
char                  **steward_training_session_dup_attendees  (StewardTrainingSession *self);
void                    steward_training_session_set_attendees  (StewardTrainingSession *self,
                                                                 const char * const     *attendees);
StewardTrainingStatus   steward_training_session_get_status     (StewardTrainingSession *self);
void                    steward_training_session_set_status     (StewardTrainingSession *self,
                                                                 StewardTrainingStatus   status);
const char             *steward_training_session_get_notes      (StewardTrainingSession *self);
void                    steward_training_session_set_notes      (StewardTrainingSession *self,
                                                                 const char             *notes);

G_END_DECLS
