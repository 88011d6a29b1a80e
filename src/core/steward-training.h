/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-training-session.h"
#include "steward-types.h"

G_BEGIN_DECLS

/* A session lasts more than 0 and at most 4 hours (policy: 专项培训 sessions). */
#define STEWARD_TRAINING_MAX_DURATION_SECONDS (4 * 60 * 60)

/* Whether sessions may be booked on a request of @service in @state: only `training` requests,
 * and not once rejected, cancelled or settled. STEWARD_ERROR_RULE naming the service or the
 * state otherwise. The desk that loads the request calls this before the planner. */
gboolean                steward_training_check_request (StewardService            service,
                                                        StewardState              state,
                                                        GError                  **error);

/* Checks the fields a session needs, whatever its status:
 * - a request and a client (STEWARD_ERROR_INVALID);
 * - a title and a trainer, not blank (STEWARD_ERROR_INVALID);
 * - a start (STEWARD_ERROR_INVALID);
 * - a duration > 0 and ≤ 4 hours (STEWARD_ERROR_RULE, naming the 4-hour limit);
 * - the one "location" field, not blank: a room or address for an offline session, a meeting
 *   link for an online one. Steward keeps a single field for both, so switching the format
 *   does not lose what was typed; the message names what the format needs
 *   (STEWARD_ERROR_INVALID). */
gboolean                steward_training_validate      (StewardTrainingSession   *session,
                                                        GError                  **error);

/* Whether two sessions share a trainer (same name after Unicode normalisation, case folding and
 * trimming) or a client (same client id) and overlap in time. Sessions that touch end-to-start
 * do not overlap. Status and ids are not looked at. */
gboolean                steward_training_sessions_clash (StewardTrainingSession  *a,
                                                         StewardTrainingSession  *b);

/* The form of a trainer's name that conflict checks compare: trimmed, NFKC-normalised and
 * case-folded ("Wang Fang " and "ｗａｎｇ fang" are one trainer). A store may keep it in a column. */
char                   *steward_training_trainer_key   (const char               *trainer);

/* Looks through @existing (StewardTrainingSession *) for a booked session — any session that
 * is not cancelled (a done session really took the trainer's time), and not @session itself
 * (same non-zero id) — that clashes with @session.
 * Returns NULL when there is none. Otherwise returns the first conflicting session
 * (transfer full; its id tells the caller which) AND sets @error to STEWARD_ERROR_CONFLICT
 * with a message naming that session: its title, the shared trainer or the client, and its
 * local start–end time. */
StewardTrainingSession *steward_training_find_conflict (StewardTrainingSession   *session,
                                                        GPtrArray                *existing,
                                                        GError                  **error);

/* Transitions. Each works only on a scheduled session and otherwise refuses with
 * STEWARD_ERROR_RULE naming the current status, leaving @session unchanged. */
gboolean                steward_training_mark_done     (StewardTrainingSession   *session,
                                                        GError                  **error);
gboolean                steward_training_cancel        (StewardTrainingSession   *session,
                                                        GError                  **error);
/* Whether @session may still be edited or moved: only while scheduled. */
gboolean                steward_training_check_editable (StewardTrainingSession  *session,
                                                         GError                 **error);
/* Moves @session to @start for @duration seconds: refused unless scheduled, re-validated
 * (duration limit) and checked against @existing for conflicts. On failure @session is
 * unchanged. */
gboolean                steward_training_reschedule    (StewardTrainingSession   *session,
                                                        gint64                    start,
                                                        gint64                    duration,
                                                        GPtrArray                *existing,
                                                        GError                  **error);

/* "2026-03-10 09:00–13:00" in local time ("2026-03-10 22:00–2026-03-11 01:00" across
 * midnight), for messages and lists. */
char                   *steward_training_format_span   (gint64                    start,
                                                        gint64                    end);
/* "4 h", "3 h 30 min", "45 min" (translated). */
char                   *steward_training_format_duration (gint64                  seconds);

G_END_DECLS
