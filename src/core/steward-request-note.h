/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-types.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_REQUEST_NOTE (steward_request_note_get_type ())
G_DECLARE_FINAL_TYPE (StewardRequestNote, steward_request_note, STEWARD, REQUEST_NOTE, GObject)

/* A note on a request; notes shared with the client are how it follows progress (SPEC §2). */

StewardRequestNote *steward_request_note_new (const char    *text,
                                              gboolean       shared,
                                              gint64         at,
                                              const char    *who);

/* 0 until stored */
gint64         steward_request_note_get_id (StewardRequestNote *self);
void           steward_request_note_set_id (StewardRequestNote *self,
                                            gint64 id);
gint64         steward_request_note_get_request_id (StewardRequestNote *self);
void           steward_request_note_set_request_id (StewardRequestNote *self,
                                                    gint64 request_id);
const char    *steward_request_note_get_text (StewardRequestNote *self);
/* TRUE when the client sees the note (progress updates) */
gboolean       steward_request_note_get_shared (StewardRequestNote *self);
gint64         steward_request_note_get_at (StewardRequestNote *self);
const char    *steward_request_note_get_who (StewardRequestNote *self);


#define STEWARD_TYPE_PRODUCT_FEEDBACK (steward_product_feedback_get_type ())
G_DECLARE_FINAL_TYPE (StewardProductFeedback, steward_product_feedback, STEWARD, PRODUCT_FEEDBACK, GObject)

/* A product feedback item a client raised during a dedicated-advisor request (SPEC §2). */

StewardProductFeedback *steward_product_feedback_new (const char    *area,
                                                      const char    *text,
                                                      gint64         at);

/* 0 until stored */
gint64         steward_product_feedback_get_id (StewardProductFeedback *self);
void           steward_product_feedback_set_id (StewardProductFeedback *self,
                                                gint64 id);
gint64         steward_product_feedback_get_request_id (StewardProductFeedback *self);
void           steward_product_feedback_set_request_id (StewardProductFeedback *self,
                                                        gint64 request_id);
/* the product area the client talked about */
const char    *steward_product_feedback_get_area (StewardProductFeedback *self);
const char    *steward_product_feedback_get_text (StewardProductFeedback *self);
gint64         steward_product_feedback_get_at (StewardProductFeedback *self);

G_END_DECLS
