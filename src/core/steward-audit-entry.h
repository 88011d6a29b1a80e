/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-types.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_AUDIT_ENTRY (steward_audit_entry_get_type ())
G_DECLARE_FINAL_TYPE (StewardAuditEntry, steward_audit_entry, STEWARD, AUDIT_ENTRY, GObject)

/* One line of a request's audit trail: who did what when, as state codes (SPEC §4). */

StewardAuditEntry *steward_audit_entry_new (gint64         at,
                                            const char    *who,
                                            const char    *from_state,
                                            const char    *to_state,
                                            const char    *note);

/* 0 until stored */
gint64         steward_audit_entry_get_id (StewardAuditEntry *self);
void           steward_audit_entry_set_id (StewardAuditEntry *self,
                                           gint64 id);
gint64         steward_audit_entry_get_request_id (StewardAuditEntry *self);
void           steward_audit_entry_set_request_id (StewardAuditEntry *self,
                                                   gint64 request_id);
gint64         steward_audit_entry_get_at (StewardAuditEntry *self);
const char    *steward_audit_entry_get_who (StewardAuditEntry *self);
/* a state code, or "" when the request is created */
const char    *steward_audit_entry_get_from_state (StewardAuditEntry *self);
/* a state code, or an action code: "respond", "quote", "payment", "refund",
 * "adjustment", "reversal", "rating", "note", "feedback" */
const char    *steward_audit_entry_get_to_state (StewardAuditEntry *self);
const char    *steward_audit_entry_get_note (StewardAuditEntry *self);

G_END_DECLS
