/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-training"

#include "config.h"

#include "steward-training.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-error.h"
#include "steward-time.h"

gboolean
steward_training_check_request (StewardService   service,
                                StewardState     state,
                                GError         **error)
{
  if (service != STEWARD_SERVICE_TRAINING)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Training sessions can only be booked on a Specialised training request, not on “%s”"),
                   steward_enum_label (STEWARD_TYPE_SERVICE, service));
      return FALSE;
    }

  if (state == STEWARD_STATE_REJECTED || state == STEWARD_STATE_CANCELLED ||
      state == STEWARD_STATE_SETTLED)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Training sessions cannot be booked on a request that is “%s”"),
                   steward_enum_label (STEWARD_TYPE_STATE, state));
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

char *
steward_training_format_duration (gint64 seconds)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gint64 hours = seconds / 3600;
  gint64 minutes = (seconds % 3600) / 60;
  gint64 rest = seconds % 60;

  if (hours != 0)
    g_string_append_printf (text, _("%d h"), (int)hours);
  if (minutes != 0)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, _("%d min"), (int)minutes);
    }
  /* Seconds only show when present, so that 4 h 0 min 30 s is not shown as "4 h". */
  if (rest != 0 || text->len == 0)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, _("%d s"), (int)rest);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
validate_duration (gint64   duration,
                   GError **error)
{
  g_autofree char *shown = NULL;

  if (duration <= 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("A training session needs a duration of more than 0 and at most 4 hours"));
      return FALSE;
    }

  if (duration > STEWARD_TRAINING_MAX_DURATION_SECONDS)
    {
      shown = steward_training_format_duration (duration);
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("A training session may last at most 4 hours; %s is too long"), shown);
      return FALSE;
    }

  return TRUE;
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID, message);
  return FALSE;
}

gboolean
steward_training_validate (StewardTrainingSession  *session,
                           GError                 **error)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (session), FALSE);

  if (steward_training_session_get_request_id (session) <= 0)
    return invalid (error, _("A training session belongs to a Specialised training request; choose one"));
  if (steward_training_session_get_client_id (session) <= 0)
    return invalid (error, _("A training session needs a client"));
  if (is_blank (steward_training_session_get_title (session)))
    return invalid (error, _("A training session needs a title"));
  if (is_blank (steward_training_session_get_trainer (session)))
    return invalid (error, _("A training session needs a trainer"));
  if (steward_training_session_get_start (session) == STEWARD_TIME_NONE)
    return invalid (error, _("A training session needs a start date and time"));
  if (!validate_duration (steward_training_session_get_duration (session), error))
    return FALSE;

  if (is_blank (steward_training_session_get_location (session)))
    {
      if (steward_training_session_get_format (session) == STEWARD_TRAINING_FORMAT_OFFLINE)
        g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                     _("An offline training session needs a location"));
      else
        g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                     _("An online training session needs a meeting link"));
      return FALSE;
    }

  return TRUE;
}

/* Trainers are typed by hand: "Wang Fang", "wang fang " and the full-width form are one
 * person. */
char *
steward_training_trainer_key (const char *trainer)
{
  g_autofree char *stripped = g_strstrip (g_strdup (trainer != NULL ? trainer : ""));
  g_autofree char *normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_NFKC);

  return g_utf8_casefold (normal != NULL ? normal : stripped, -1);
}

static gboolean
same_trainer (StewardTrainingSession *a,
              StewardTrainingSession *b)
{
  g_autofree char *ka = steward_training_trainer_key (steward_training_session_get_trainer (a));
  g_autofree char *kb = steward_training_trainer_key (steward_training_session_get_trainer (b));

  return *ka != '\0' && g_strcmp0 (ka, kb) == 0;
}

static gboolean
same_client (StewardTrainingSession *a,
             StewardTrainingSession *b)
{
  gint64 client = steward_training_session_get_client_id (a);

  return client > 0 && client == steward_training_session_get_client_id (b);
}

static gboolean
overlap (StewardTrainingSession *a,
         StewardTrainingSession *b)
{
  gint64 a_start = steward_training_session_get_start (a);
  gint64 b_start = steward_training_session_get_start (b);

  if (a_start == STEWARD_TIME_NONE || b_start == STEWARD_TIME_NONE)
    return FALSE;

  /* Half-open intervals: a session ending at 12:00 leaves 12:00 free for the next one. */
  return a_start < steward_training_session_get_end (b) &&
         b_start < steward_training_session_get_end (a);
}

gboolean
steward_training_sessions_clash (StewardTrainingSession *a,
                                 StewardTrainingSession *b)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (a), FALSE);
  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (b), FALSE);

  return overlap (a, b) && (same_trainer (a, b) || same_client (a, b));
}

char *
steward_training_format_span (gint64 start,
                              gint64 end)
{
  g_autoptr(GDateTime) from = steward_time_to_date_time (start, NULL);
  g_autoptr(GDateTime) to = steward_time_to_date_time (end, NULL);
  g_autofree char *from_text = g_date_time_format (from, "%Y-%m-%d %H:%M");
  g_autofree char *to_text = NULL;

  if (g_date_time_get_year (from) == g_date_time_get_year (to) &&
      g_date_time_get_day_of_year (from) == g_date_time_get_day_of_year (to))
    to_text = g_date_time_format (to, "%H:%M");
  else
    to_text = g_date_time_format (to, "%Y-%m-%d %H:%M");

  return g_strdup_printf ("%s–%s", from_text, to_text);
}

static void
set_conflict_error (StewardTrainingSession  *session,
                    StewardTrainingSession  *other,
                    GError                 **error)
{
  g_autofree char *span = steward_training_format_span (steward_training_session_get_start (other),
                                                        steward_training_session_get_end (other));

  if (same_trainer (session, other))
    g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT,
                 _("Trainer “%s” is already booked for “%s” on %s"),
                 steward_training_session_get_trainer (other),
                 steward_training_session_get_title (other), span);
  else
    g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT,
                 _("This client already has the training “%s” (trainer %s) on %s"),
                 steward_training_session_get_title (other),
                 steward_training_session_get_trainer (other), span);
}

StewardTrainingSession *
steward_training_find_conflict (StewardTrainingSession  *session,
                                GPtrArray               *existing,
                                GError                 **error)
{
  gint64 id;

  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (session), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (existing == NULL)
    return NULL;

  id = steward_training_session_get_id (session);
  for (guint i = 0; i < existing->len; i++)
    {
      StewardTrainingSession *other = g_ptr_array_index (existing, i);

      if (other == session || (id != 0 && steward_training_session_get_id (other) == id))
        continue;
      if (steward_training_session_get_status (other) == STEWARD_TRAINING_STATUS_CANCELLED)
        continue;
      if (!steward_training_sessions_clash (session, other))
        continue;

      set_conflict_error (session, other, error);
      return g_object_ref (other);
    }

  return NULL;
}

typedef enum {
  ACTION_DONE,
  ACTION_CANCEL,
  ACTION_MOVE,
} Action;

static gboolean
require_scheduled (StewardTrainingSession  *session,
                   Action                   action,
                   GError                 **error)
{
  StewardTrainingStatus status = steward_training_session_get_status (session);
  const char *label = steward_enum_label (STEWARD_TYPE_TRAINING_STATUS, status);

  if (status == STEWARD_TRAINING_STATUS_SCHEDULED)
    return TRUE;

  switch (action)
    {
    case ACTION_DONE:
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Only a scheduled training session can be marked done; this one is “%s”"), label);
      break;
    case ACTION_CANCEL:
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Only a scheduled training session can be cancelled; this one is “%s”"), label);
      break;
    case ACTION_MOVE:
    default:
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Only a scheduled training session can be moved or edited; this one is “%s”"), label);
      break;
    }
  return FALSE;
}

gboolean
steward_training_mark_done (StewardTrainingSession  *session,
                            GError                 **error)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (session), FALSE);

  if (!require_scheduled (session, ACTION_DONE, error))
    return FALSE;

  steward_training_session_set_status (session, STEWARD_TRAINING_STATUS_DONE);
  return TRUE;
}

gboolean
steward_training_cancel (StewardTrainingSession  *session,
                         GError                 **error)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (session), FALSE);

  if (!require_scheduled (session, ACTION_CANCEL, error))
    return FALSE;

  steward_training_session_set_status (session, STEWARD_TRAINING_STATUS_CANCELLED);
  return TRUE;
}

gboolean
steward_training_check_editable (StewardTrainingSession  *session,
                                 GError                 **error)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (session), FALSE);

  return require_scheduled (session, ACTION_MOVE, error);
}

gboolean
steward_training_reschedule (StewardTrainingSession  *session,
                             gint64                   start,
                             gint64                   duration,
                             GPtrArray               *existing,
                             GError                 **error)
{
  g_autoptr(StewardTrainingSession) moved = NULL;
  g_autoptr(StewardTrainingSession) conflict = NULL;

  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (session), FALSE);

  if (!require_scheduled (session, ACTION_MOVE, error))
    return FALSE;

  /* Work on a copy so that a refused move leaves the session as it was. */
  moved = steward_training_session_copy (session);
  steward_training_session_set_start (moved, start);
  steward_training_session_set_duration (moved, duration);

  if (!steward_training_validate (moved, error))
    return FALSE;
  conflict = steward_training_find_conflict (moved, existing, error);
  if (conflict != NULL)
    return FALSE;

  steward_training_session_set_start (session, start);
  steward_training_session_set_duration (session, duration);
  return TRUE;
}
