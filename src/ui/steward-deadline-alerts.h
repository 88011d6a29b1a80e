/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "steward-calendar.h"
#include "steward-request-state.h"
#include "steward-service-request.h"

G_BEGIN_DECLS

typedef enum {
  STEWARD_ALERT_DUE_SOON,
  STEWARD_ALERT_BREACHED,
} StewardAlertLevel;

/* One desktop notification to send about one deadline of one request. */
typedef struct {
  gint64            request_id;
  StewardDeadline   deadline;
  StewardAlertLevel level;
  gint64            due;
  char             *key;    /* identifies the alert: it is sent once */
  char             *title;  /* "Request #12: first response due soon" */
  char             *body;   /* "Remote assistance · due Mon 9 Mar 10:00 · 15 min left" */
} StewardDeadlineAlert;

void steward_deadline_alert_free (StewardDeadlineAlert *alert);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardDeadlineAlert, steward_deadline_alert_free)

/* Decides which deadline notifications are due at @now (SPEC §5). A pure function of its
 * arguments, so it is tested without a display:
 * - a running deadline (first response or delivery) that is due soon (15 business minutes or
 *   less left; 15 clock minutes for an after-hours emergency) warns once;
 * - one that is breached warns once, when it became breached at or after @since (the moment the
 *   application started watching), so that opening the application does not announce every
 *   old breach; a request that warned "breached" is not also warned "due soon";
 * - nothing is sent outside business hours, except for after-hours emergencies: a warning
 *   that falls at night is sent when business hours begin, if it still holds;
 * - paused clocks (waiting on the client), met deadlines and closed requests never warn.
 * @requests holds StewardServiceRequest; @sent holds the keys of alerts already sent (may be
 * NULL). Returns a GPtrArray of StewardDeadlineAlert (owned), in the order of @requests. */
GPtrArray *steward_deadline_alerts_decide (GPtrArray       *requests,
                                           StewardCalendar *calendar,
                                           gint64           now,
                                           gint64           since,
                                           GHashTable      *sent);

G_END_DECLS
