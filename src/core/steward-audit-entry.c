/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-audit-entry"

#include "config.h"

#include "steward-audit-entry.h"

struct _StewardAuditEntry
{
  GObject parent_instance;

  gint64 id;
  gint64 request_id;
  gint64 at;
  char *who;
  char *from_state;
  char *to_state;
  char *note;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_REQUEST_ID,
  PROP_AT,
  PROP_WHO,
  PROP_FROM_STATE,
  PROP_TO_STATE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (StewardAuditEntry, steward_audit_entry, G_TYPE_OBJECT)

gint64
steward_audit_entry_get_id (StewardAuditEntry *self)
{
  g_return_val_if_fail (STEWARD_IS_AUDIT_ENTRY (self), 0);
  return self->id;
}

void
steward_audit_entry_set_id (StewardAuditEntry *self,
                           gint64 id)
{
  g_return_if_fail (STEWARD_IS_AUDIT_ENTRY (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
steward_audit_entry_get_request_id (StewardAuditEntry *self)
{
  g_return_val_if_fail (STEWARD_IS_AUDIT_ENTRY (self), 0);
  return self->request_id;
}

void
steward_audit_entry_set_request_id (StewardAuditEntry *self,
                                   gint64 request_id)
{
  g_return_if_fail (STEWARD_IS_AUDIT_ENTRY (self));

  if (self->request_id == request_id)
    return;
  self->request_id = request_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUEST_ID]);
}

gint64
steward_audit_entry_get_at (StewardAuditEntry *self)
{
  g_return_val_if_fail (STEWARD_IS_AUDIT_ENTRY (self), 0);
  return self->at;
}

const char *
steward_audit_entry_get_who (StewardAuditEntry *self)
{
  g_return_val_if_fail (STEWARD_IS_AUDIT_ENTRY (self), NULL);
  return self->who;
}

const char *
steward_audit_entry_get_from_state (StewardAuditEntry *self)
{
  g_return_val_if_fail (STEWARD_IS_AUDIT_ENTRY (self), NULL);
  return self->from_state;
}

const char *
steward_audit_entry_get_to_state (StewardAuditEntry *self)
{
  g_return_val_if_fail (STEWARD_IS_AUDIT_ENTRY (self), NULL);
  return self->to_state;
}

const char *
steward_audit_entry_get_note (StewardAuditEntry *self)
{
  g_return_val_if_fail (STEWARD_IS_AUDIT_ENTRY (self), NULL);
  return self->note;
}

StewardAuditEntry *
steward_audit_entry_new (gint64         at,
                                            const char *   who,
                                            const char *   from_state,
                                            const char *   to_state,
                                            const char *   note)
{
  return g_object_new (STEWARD_TYPE_AUDIT_ENTRY,
                       "at", at,
                       "who", who,
                       "from-state", from_state,
                       "to-state", to_state,
                       "note", note,
                       NULL);
}

static void
steward_audit_entry_finalize (GObject *object)
{
  StewardAuditEntry *self = (StewardAuditEntry *)object;

  g_clear_pointer (&self->who, g_free);
  g_clear_pointer (&self->from_state, g_free);
  g_clear_pointer (&self->to_state, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (steward_audit_entry_parent_class)->finalize (object);
}

static void
steward_audit_entry_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  StewardAuditEntry *self = STEWARD_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_REQUEST_ID:
      g_value_set_int64 (value, self->request_id);
      break;
    case PROP_AT:
      g_value_set_int64 (value, self->at);
      break;
    case PROP_WHO:
      g_value_set_string (value, self->who);
      break;
    case PROP_FROM_STATE:
      g_value_set_string (value, self->from_state);
      break;
    case PROP_TO_STATE:
      g_value_set_string (value, self->to_state);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_audit_entry_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  StewardAuditEntry *self = STEWARD_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      steward_audit_entry_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_REQUEST_ID:
      steward_audit_entry_set_request_id (self, g_value_get_int64 (value));
      break;
    case PROP_AT:
      self->at = g_value_get_int64 (value);
      break;
    case PROP_WHO:
      g_free (self->who);
      self->who = g_value_dup_string (value);
      break;
    case PROP_FROM_STATE:
      g_free (self->from_state);
      self->from_state = g_value_dup_string (value);
      break;
    case PROP_TO_STATE:
      g_free (self->to_state);
      self->to_state = g_value_dup_string (value);
      break;
    case PROP_NOTE:
      g_free (self->note);
      self->note = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_audit_entry_class_init (StewardAuditEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_audit_entry_finalize;
  object_class->get_property = steward_audit_entry_get_property;
  object_class->set_property = steward_audit_entry_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REQUEST_ID] =
    g_param_spec_int64 ("request-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_AT] =
    g_param_spec_int64 ("at", NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WHO] =
    g_param_spec_string ("who", NULL, NULL, NULL,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FROM_STATE] =
    g_param_spec_string ("from-state", NULL, NULL, NULL,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TO_STATE] =
    g_param_spec_string ("to-state", NULL, NULL, NULL,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_audit_entry_init (StewardAuditEntry *self)
{
}
