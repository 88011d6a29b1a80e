/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-training-session"

#include "config.h"

#include "steward-training-session.h"

#include "steward-enums.h"

struct _StewardTrainingSession
{
  GObject                 parent_instance;

  /* owned */
  char                   *title;
  char                   *trainer;
  char                   *location;
  char                  **attendees;
  char                   *notes;

  gint64                  id;
  gint64                  request_id;
  gint64                  client_id;
  gint64                  start;
  gint64                  duration;
  StewardTrainingFormat   format;
  StewardTrainingContent  content;
  StewardTrainingStatus   status;
};

G_DEFINE_FINAL_TYPE (StewardTrainingSession, steward_training_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REQUEST_ID,
  PROP_CLIENT_ID,
  PROP_TITLE,
  PROP_TRAINER,
  PROP_FORMAT,
  PROP_CONTENT,
  PROP_START,
  PROP_DURATION,
  PROP_END,
  PROP_LOCATION,
  PROP_ATTENDEES,
  PROP_STATUS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
steward_training_session_finalize (GObject *object)
{
  StewardTrainingSession *self = (StewardTrainingSession *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->trainer, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->attendees, g_strfreev);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (steward_training_session_parent_class)->finalize (object);
}

static void
steward_training_session_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  StewardTrainingSession *self = STEWARD_TRAINING_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_REQUEST_ID: g_value_set_int64 (value, self->request_id); break;
    case PROP_CLIENT_ID: g_value_set_int64 (value, self->client_id); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_TRAINER: g_value_set_string (value, self->trainer); break;
    case PROP_FORMAT: g_value_set_enum (value, self->format); break;
    case PROP_CONTENT: g_value_set_enum (value, self->content); break;
    case PROP_START: g_value_set_int64 (value, self->start); break;
    case PROP_DURATION: g_value_set_int64 (value, self->duration); break;
    case PROP_END: g_value_set_int64 (value, steward_training_session_get_end (self)); break;
    case PROP_LOCATION: g_value_set_string (value, self->location); break;
    case PROP_ATTENDEES: g_value_set_boxed (value, self->attendees); break;
    case PROP_STATUS: g_value_set_enum (value, self->status); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_training_session_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  StewardTrainingSession *self = STEWARD_TRAINING_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID: steward_training_session_set_id (self, g_value_get_int64 (value)); break;
    case PROP_REQUEST_ID: steward_training_session_set_request_id (self, g_value_get_int64 (value)); break;
    case PROP_CLIENT_ID: steward_training_session_set_client_id (self, g_value_get_int64 (value)); break;
    case PROP_TITLE: steward_training_session_set_title (self, g_value_get_string (value)); break;
    case PROP_TRAINER: steward_training_session_set_trainer (self, g_value_get_string (value)); break;
    case PROP_FORMAT: steward_training_session_set_format (self, g_value_get_enum (value)); break;
    case PROP_CONTENT: steward_training_session_set_content (self, g_value_get_enum (value)); break;
    case PROP_START: steward_training_session_set_start (self, g_value_get_int64 (value)); break;
    case PROP_DURATION: steward_training_session_set_duration (self, g_value_get_int64 (value)); break;
    case PROP_LOCATION: steward_training_session_set_location (self, g_value_get_string (value)); break;
    case PROP_ATTENDEES: steward_training_session_set_attendees (self, g_value_get_boxed (value)); break;
    case PROP_STATUS: steward_training_session_set_status (self, g_value_get_enum (value)); break;
    case PROP_NOTES: steward_training_session_set_notes (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
int64_param (const char *name,
             gint64      minimum,
             gint64      default_value)
{
  return g_param_spec_int64 (name, NULL, NULL, minimum, G_MAXINT64, default_value,
                             G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static GParamSpec *
string_param (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static GParamSpec *
enum_param (const char *name,
            GType       type)
{
  return g_param_spec_enum (name, NULL, NULL, type, 0,
                            G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static void
steward_training_session_class_init (StewardTrainingSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_training_session_finalize;
  object_class->get_property = steward_training_session_get_property;
  object_class->set_property = steward_training_session_set_property;

  properties[PROP_ID] = int64_param ("id", 0, 0);
  properties[PROP_REQUEST_ID] = int64_param ("request-id", 0, 0);
  properties[PROP_CLIENT_ID] = int64_param ("client-id", 0, 0);
  properties[PROP_TITLE] = string_param ("title");
  properties[PROP_TRAINER] = string_param ("trainer");
  properties[PROP_FORMAT] = enum_param ("format", STEWARD_TYPE_TRAINING_FORMAT);
  properties[PROP_CONTENT] = enum_param ("content", STEWARD_TYPE_TRAINING_CONTENT);
  properties[PROP_START] = int64_param ("start", G_MININT64, STEWARD_TIME_NONE);
  properties[PROP_DURATION] = int64_param ("duration", G_MININT64, 0);
  properties[PROP_END] =
    g_param_spec_int64 ("end", NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOCATION] = string_param ("location");
  properties[PROP_ATTENDEES] =
    g_param_spec_boxed ("attendees", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STATUS] = enum_param ("status", STEWARD_TYPE_TRAINING_STATUS);
  properties[PROP_NOTES] = string_param ("notes");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_training_session_init (StewardTrainingSession *self)
{
  self->title = g_strdup ("");
  self->trainer = g_strdup ("");
  self->location = g_strdup ("");
  self->notes = g_strdup ("");
  self->attendees = g_new0 (char *, 1);
  self->start = STEWARD_TIME_NONE;
  self->format = STEWARD_TRAINING_FORMAT_ONLINE;
  self->content = STEWARD_TRAINING_CONTENT_THEORY;
  self->status = STEWARD_TRAINING_STATUS_SCHEDULED;
}

StewardTrainingSession *
steward_training_session_new (void)
{
  return g_object_new (STEWARD_TYPE_TRAINING_SESSION, NULL);
}

StewardTrainingSession *
steward_training_session_copy (StewardTrainingSession *self)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (self), NULL);

  return g_object_new (STEWARD_TYPE_TRAINING_SESSION,
                       "id", self->id,
                       "request-id", self->request_id,
                       "client-id", self->client_id,
                       "title", self->title,
                       "trainer", self->trainer,
                       "format", self->format,
                       "content", self->content,
                       "start", self->start,
                       "duration", self->duration,
                       "location", self->location,
                       "attendees", self->attendees,
                       "status", self->status,
                       "notes", self->notes,
                       NULL);
}

/* Stores a copy of @value (NULL reads as "") and notifies only when the text changed. */
static void
set_string (StewardTrainingSession  *self,
            char                   **field,
            const char              *value,
            guint                    prop_id)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_int64 (StewardTrainingSession *self,
           gint64                 *field,
           gint64                  value,
           guint                   prop_id)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  if (prop_id == PROP_START || prop_id == PROP_DURATION)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

#define DEFINE_INT64(name, PROP)                                                              \
  gint64                                                                                      \
  steward_training_session_get_##name (StewardTrainingSession *self)                          \
  {                                                                                           \
    g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (self), 0);                            \
    return self->name;                                                                        \
  }                                                                                           \
  void                                                                                        \
  steward_training_session_set_##name (StewardTrainingSession *self, gint64 value)            \
  {                                                                                           \
    g_return_if_fail (STEWARD_IS_TRAINING_SESSION (self));                                   \
    set_int64 (self, &self->name, value, PROP);                                               \
  }

#define DEFINE_STRING(name, PROP)                                                             \
  const char *                                                                                \
  steward_training_session_get_##name (StewardTrainingSession *self)                          \
  {                                                                                           \
    g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (self), NULL);                         \
    return self->name;                                                                        \
  }                                                                                           \
  void                                                                                        \
  steward_training_session_set_##name (StewardTrainingSession *self, const char *value)       \
  {                                                                                           \
    g_return_if_fail (STEWARD_IS_TRAINING_SESSION (self));                                   \
    set_string (self, &self->name, value, PROP);                                              \
  }

#define DEFINE_ENUM(name, Type, PROP)                                                         \
  Type                                                                                        \
  steward_training_session_get_##name (StewardTrainingSession *self)                          \
  {                                                                                           \
    g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (self), 0);                            \
    return self->name;                                                                        \
  }                                                                                           \
  void                                                                                        \
  steward_training_session_set_##name (StewardTrainingSession *self, Type value)              \
  {                                                                                           \
    g_return_if_fail (STEWARD_IS_TRAINING_SESSION (self));                                   \
    if (self->name == value)                                                                  \
      return;                                                                                 \
    self->name = value;                                                                       \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);                             \
  }

DEFINE_INT64 (id, PROP_ID)
DEFINE_INT64 (request_id, PROP_REQUEST_ID)
DEFINE_INT64 (client_id, PROP_CLIENT_ID)
DEFINE_INT64 (start, PROP_START)
DEFINE_INT64 (duration, PROP_DURATION)
DEFINE_STRING (title, PROP_TITLE)
DEFINE_STRING (trainer, PROP_TRAINER)
DEFINE_STRING (location, PROP_LOCATION)
DEFINE_STRING (notes, PROP_NOTES)
DEFINE_ENUM (format, StewardTrainingFormat, PROP_FORMAT)
DEFINE_ENUM (content, StewardTrainingContent, PROP_CONTENT)
DEFINE_ENUM (status, StewardTrainingStatus, PROP_STATUS)

gint64
steward_training_session_get_end (StewardTrainingSession *self)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (self), STEWARD_TIME_NONE);

  if (self->start == STEWARD_TIME_NONE)
    return STEWARD_TIME_NONE;
  return self->start + self->duration;
}

const char * const *
steward_training_session_get_attendees (StewardTrainingSession *self)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (self), NULL);

  return (const char * const *)self->attendees;
}

char **
steward_training_session_dup_attendees (StewardTrainingSession *self)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (self), NULL);

  return g_strdupv (self->attendees);
}

void
steward_training_session_set_attendees (StewardTrainingSession *self,
                                        const char * const     *attendees)
{
  static const char * const empty[] = { NULL };

  g_return_if_fail (STEWARD_IS_TRAINING_SESSION (self));

  if (attendees == NULL)
    attendees = empty;
  if (g_strv_equal ((const char * const *)self->attendees, attendees))
    return;

  g_strfreev (self->attendees);
  self->attendees = g_strdupv ((char **)attendees);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDEES]);
}
