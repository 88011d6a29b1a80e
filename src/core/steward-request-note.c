/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-request-note"

#include "config.h"

#include "steward-request-note.h"

struct _StewardRequestNote
{
  GObject parent_instance;

  gint64 id;
  gint64 request_id;
  char *text;
  gboolean shared;
  gint64 at;
  char *who;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_REQUEST_ID,
  PROP_TEXT,
  PROP_SHARED,
  PROP_AT,
  PROP_WHO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (StewardRequestNote, steward_request_note, G_TYPE_OBJECT)

gint64
steward_request_note_get_id (StewardRequestNote *self)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_NOTE (self), 0);
  return self->id;
}

void
steward_request_note_set_id (StewardRequestNote *self,
                            gint64 id)
{
  g_return_if_fail (STEWARD_IS_REQUEST_NOTE (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
steward_request_note_get_request_id (StewardRequestNote *self)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_NOTE (self), 0);
  return self->request_id;
}

void
steward_request_note_set_request_id (StewardRequestNote *self,
                                    gint64 request_id)
{
  g_return_if_fail (STEWARD_IS_REQUEST_NOTE (self));

  if (self->request_id == request_id)
    return;
  self->request_id = request_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUEST_ID]);
}

const char *
steward_request_note_get_text (StewardRequestNote *self)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_NOTE (self), NULL);
  return self->text;
}

gboolean
steward_request_note_get_shared (StewardRequestNote *self)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_NOTE (self), 0);
  return self->shared;
}

gint64
steward_request_note_get_at (StewardRequestNote *self)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_NOTE (self), 0);
  return self->at;
}

const char *
steward_request_note_get_who (StewardRequestNote *self)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_NOTE (self), NULL);
  return self->who;
}

StewardRequestNote *
steward_request_note_new (const char *   text,
                                              gboolean       shared,
                                              gint64         at,
                                              const char *   who)
{
  return g_object_new (STEWARD_TYPE_REQUEST_NOTE,
                       "text", text,
                       "shared", shared,
                       "at", at,
                       "who", who,
                       NULL);
}

static void
steward_request_note_finalize (GObject *object)
{
  StewardRequestNote *self = (StewardRequestNote *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->who, g_free);

  G_OBJECT_CLASS (steward_request_note_parent_class)->finalize (object);
}

static void
steward_request_note_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  StewardRequestNote *self = STEWARD_REQUEST_NOTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_REQUEST_ID:
      g_value_set_int64 (value, self->request_id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_SHARED:
      g_value_set_boolean (value, self->shared);
      break;
    case PROP_AT:
      g_value_set_int64 (value, self->at);
      break;
    case PROP_WHO:
      g_value_set_string (value, self->who);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_request_note_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  StewardRequestNote *self = STEWARD_REQUEST_NOTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      steward_request_note_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_REQUEST_ID:
      steward_request_note_set_request_id (self, g_value_get_int64 (value));
      break;
    case PROP_TEXT:
      g_free (self->text);
      self->text = g_value_dup_string (value);
      break;
    case PROP_SHARED:
      self->shared = g_value_get_boolean (value);
      break;
    case PROP_AT:
      self->at = g_value_get_int64 (value);
      break;
    case PROP_WHO:
      g_free (self->who);
      self->who = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_request_note_class_init (StewardRequestNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_request_note_finalize;
  object_class->get_property = steward_request_note_get_property;
  object_class->set_property = steward_request_note_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REQUEST_ID] =
    g_param_spec_int64 ("request-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHARED] =
    g_param_spec_boolean ("shared", NULL, NULL, FALSE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AT] =
    g_param_spec_int64 ("at", NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WHO] =
    g_param_spec_string ("who", NULL, NULL, NULL,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_request_note_init (StewardRequestNote *self)
{
}

struct _StewardProductFeedback
{
  GObject parent_instance;

  gint64 id;
  gint64 request_id;
  char *area;
  char *text;
  gint64 at;
};

enum {
  FB_PROP_0,
  FB_PROP_ID,
  FB_PROP_REQUEST_ID,
  FB_PROP_AREA,
  FB_PROP_TEXT,
  FB_PROP_AT,
  FB_N_PROPS
};

static GParamSpec *feedback_properties[FB_N_PROPS];

G_DEFINE_FINAL_TYPE (StewardProductFeedback, steward_product_feedback, G_TYPE_OBJECT)

gint64
steward_product_feedback_get_id (StewardProductFeedback *self)
{
  g_return_val_if_fail (STEWARD_IS_PRODUCT_FEEDBACK (self), 0);
  return self->id;
}

void
steward_product_feedback_set_id (StewardProductFeedback *self,
                                gint64 id)
{
  g_return_if_fail (STEWARD_IS_PRODUCT_FEEDBACK (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), feedback_properties[FB_PROP_ID]);
}

gint64
steward_product_feedback_get_request_id (StewardProductFeedback *self)
{
  g_return_val_if_fail (STEWARD_IS_PRODUCT_FEEDBACK (self), 0);
  return self->request_id;
}

void
steward_product_feedback_set_request_id (StewardProductFeedback *self,
                                        gint64 request_id)
{
  g_return_if_fail (STEWARD_IS_PRODUCT_FEEDBACK (self));

  if (self->request_id == request_id)
    return;
  self->request_id = request_id;
  g_object_notify_by_pspec (G_OBJECT (self), feedback_properties[FB_PROP_REQUEST_ID]);
}

const char *
steward_product_feedback_get_area (StewardProductFeedback *self)
{
  g_return_val_if_fail (STEWARD_IS_PRODUCT_FEEDBACK (self), NULL);
  return self->area;
}

const char *
steward_product_feedback_get_text (StewardProductFeedback *self)
{
  g_return_val_if_fail (STEWARD_IS_PRODUCT_FEEDBACK (self), NULL);
  return self->text;
}

gint64
steward_product_feedback_get_at (StewardProductFeedback *self)
{
  g_return_val_if_fail (STEWARD_IS_PRODUCT_FEEDBACK (self), 0);
  return self->at;
}

StewardProductFeedback *
steward_product_feedback_new (const char *   area,
                                                      const char *   text,
                                                      gint64         at)
{
  return g_object_new (STEWARD_TYPE_PRODUCT_FEEDBACK,
                       "area", area,
                       "text", text,
                       "at", at,
                       NULL);
}

static void
steward_product_feedback_finalize (GObject *object)
{
  StewardProductFeedback *self = (StewardProductFeedback *)object;

  g_clear_pointer (&self->area, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (steward_product_feedback_parent_class)->finalize (object);
}

static void
steward_product_feedback_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  StewardProductFeedback *self = STEWARD_PRODUCT_FEEDBACK (object);

  switch (prop_id)
    {
    case FB_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case FB_PROP_REQUEST_ID:
      g_value_set_int64 (value, self->request_id);
      break;
    case FB_PROP_AREA:
      g_value_set_string (value, self->area);
      break;
    case FB_PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case FB_PROP_AT:
      g_value_set_int64 (value, self->at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_product_feedback_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  StewardProductFeedback *self = STEWARD_PRODUCT_FEEDBACK (object);

  switch (prop_id)
    {
    case FB_PROP_ID:
      steward_product_feedback_set_id (self, g_value_get_int64 (value));
      break;
    case FB_PROP_REQUEST_ID:
      steward_product_feedback_set_request_id (self, g_value_get_int64 (value));
      break;
    case FB_PROP_AREA:
      g_free (self->area);
      self->area = g_value_dup_string (value);
      break;
    case FB_PROP_TEXT:
      g_free (self->text);
      self->text = g_value_dup_string (value);
      break;
    case FB_PROP_AT:
      self->at = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_product_feedback_class_init (StewardProductFeedbackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_product_feedback_finalize;
  object_class->get_property = steward_product_feedback_get_property;
  object_class->set_property = steward_product_feedback_set_property;

  feedback_properties[FB_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  feedback_properties[FB_PROP_REQUEST_ID] =
    g_param_spec_int64 ("request-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  feedback_properties[FB_PROP_AREA] =
    g_param_spec_string ("area", NULL, NULL, NULL,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  feedback_properties[FB_PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  feedback_properties[FB_PROP_AT] =
    g_param_spec_int64 ("at", NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, FB_N_PROPS, feedback_properties);
}

static void
steward_product_feedback_init (StewardProductFeedback *self)
{
}
