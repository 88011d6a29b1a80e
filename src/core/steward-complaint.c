/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-complaint"

#include "config.h"

#include "steward-complaint.h"

#include "steward-enums.h"

struct _StewardComplaint
{
  GObject                  parent_instance;

  /* owned */
  char                    *summary;
  char                    *details;
  char                    *solution;

  gint64                   id;
  gint64                   client_id;
  gint64                   request_id;
  gint64                   received_at;
  gint64                   accepted_at;
  gint64                   resolved_at;
  gint64                   closed_at;
  gint64                   remedy_request_id;
  gint64                   refund_amount;
  StewardComplaintChannel  channel;
  StewardComplaintState    state;
  StewardRemedy            remedy;
};

G_DEFINE_FINAL_TYPE (StewardComplaint, steward_complaint, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CLIENT_ID,
  PROP_REQUEST_ID,
  PROP_CHANNEL,
  PROP_RECEIVED_AT,
  PROP_SUMMARY,
  PROP_DETAILS,
  PROP_STATE,
  PROP_ACCEPTED_AT,
  PROP_SOLUTION,
  PROP_RESOLVED_AT,
  PROP_CLOSED_AT,
  PROP_REMEDY,
  PROP_REMEDY_REQUEST_ID,
  PROP_REFUND_AMOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
steward_complaint_finalize (GObject *object)
{
  StewardComplaint *self = (StewardComplaint *)object;

  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->details, g_free);
  g_clear_pointer (&self->solution, g_free);

  G_OBJECT_CLASS (steward_complaint_parent_class)->finalize (object);
}

static void
steward_complaint_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StewardComplaint *self = STEWARD_COMPLAINT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_CLIENT_ID: g_value_set_int64 (value, self->client_id); break;
    case PROP_REQUEST_ID: g_value_set_int64 (value, self->request_id); break;
    case PROP_CHANNEL: g_value_set_enum (value, self->channel); break;
    case PROP_RECEIVED_AT: g_value_set_int64 (value, self->received_at); break;
    case PROP_SUMMARY: g_value_set_string (value, self->summary); break;
    case PROP_DETAILS: g_value_set_string (value, self->details); break;
    case PROP_STATE: g_value_set_enum (value, self->state); break;
    case PROP_ACCEPTED_AT: g_value_set_int64 (value, self->accepted_at); break;
    case PROP_SOLUTION: g_value_set_string (value, self->solution); break;
    case PROP_RESOLVED_AT: g_value_set_int64 (value, self->resolved_at); break;
    case PROP_CLOSED_AT: g_value_set_int64 (value, self->closed_at); break;
    case PROP_REMEDY: g_value_set_enum (value, self->remedy); break;
    case PROP_REMEDY_REQUEST_ID: g_value_set_int64 (value, self->remedy_request_id); break;
    case PROP_REFUND_AMOUNT: g_value_set_int64 (value, self->refund_amount); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_complaint_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  StewardComplaint *self = STEWARD_COMPLAINT (object);

  switch (prop_id)
    {
    case PROP_ID: steward_complaint_set_id (self, g_value_get_int64 (value)); break;
    case PROP_CLIENT_ID: steward_complaint_set_client_id (self, g_value_get_int64 (value)); break;
    case PROP_REQUEST_ID: steward_complaint_set_request_id (self, g_value_get_int64 (value)); break;
    case PROP_CHANNEL: steward_complaint_set_channel (self, g_value_get_enum (value)); break;
    case PROP_RECEIVED_AT: steward_complaint_set_received_at (self, g_value_get_int64 (value)); break;
    case PROP_SUMMARY: steward_complaint_set_summary (self, g_value_get_string (value)); break;
    case PROP_DETAILS: steward_complaint_set_details (self, g_value_get_string (value)); break;
    case PROP_STATE: steward_complaint_set_state (self, g_value_get_enum (value)); break;
    case PROP_ACCEPTED_AT: steward_complaint_set_accepted_at (self, g_value_get_int64 (value)); break;
    case PROP_SOLUTION: steward_complaint_set_solution (self, g_value_get_string (value)); break;
    case PROP_RESOLVED_AT: steward_complaint_set_resolved_at (self, g_value_get_int64 (value)); break;
    case PROP_CLOSED_AT: steward_complaint_set_closed_at (self, g_value_get_int64 (value)); break;
    case PROP_REMEDY: steward_complaint_set_remedy (self, g_value_get_enum (value)); break;
    case PROP_REMEDY_REQUEST_ID: steward_complaint_set_remedy_request_id (self, g_value_get_int64 (value)); break;
    case PROP_REFUND_AMOUNT: steward_complaint_set_refund_amount (self, g_value_get_int64 (value)); break;
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
steward_complaint_class_init (StewardComplaintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_complaint_finalize;
  object_class->get_property = steward_complaint_get_property;
  object_class->set_property = steward_complaint_set_property;

  properties[PROP_ID] = int64_param ("id", 0, 0);
  properties[PROP_CLIENT_ID] = int64_param ("client-id", 0, 0);
  properties[PROP_REQUEST_ID] = int64_param ("request-id", 0, 0);
  properties[PROP_CHANNEL] = enum_param ("channel", STEWARD_TYPE_COMPLAINT_CHANNEL);
  properties[PROP_RECEIVED_AT] = int64_param ("received-at", G_MININT64, STEWARD_TIME_NONE);
  properties[PROP_SUMMARY] = string_param ("summary");
  properties[PROP_DETAILS] = string_param ("details");
  properties[PROP_STATE] = enum_param ("state", STEWARD_TYPE_COMPLAINT_STATE);
  properties[PROP_ACCEPTED_AT] = int64_param ("accepted-at", G_MININT64, STEWARD_TIME_NONE);
  properties[PROP_SOLUTION] = string_param ("solution");
  properties[PROP_RESOLVED_AT] = int64_param ("resolved-at", G_MININT64, STEWARD_TIME_NONE);
  properties[PROP_CLOSED_AT] = int64_param ("closed-at", G_MININT64, STEWARD_TIME_NONE);
  properties[PROP_REMEDY] = enum_param ("remedy", STEWARD_TYPE_REMEDY);
  properties[PROP_REMEDY_REQUEST_ID] = int64_param ("remedy-request-id", 0, 0);
  properties[PROP_REFUND_AMOUNT] = int64_param ("refund-amount", 0, 0);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_complaint_init (StewardComplaint *self)
{
  self->summary = g_strdup ("");
  self->details = g_strdup ("");
  self->solution = g_strdup ("");
  self->received_at = STEWARD_TIME_NONE;
  self->accepted_at = STEWARD_TIME_NONE;
  self->resolved_at = STEWARD_TIME_NONE;
  self->closed_at = STEWARD_TIME_NONE;
  self->channel = STEWARD_COMPLAINT_CHANNEL_EMAIL;
  self->state = STEWARD_COMPLAINT_STATE_RECEIVED;
  self->remedy = STEWARD_REMEDY_NONE;
}

StewardComplaint *
steward_complaint_new (void)
{
  return g_object_new (STEWARD_TYPE_COMPLAINT, NULL);
}

StewardComplaint *
steward_complaint_copy (StewardComplaint *self)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT (self), NULL);

  return g_object_new (STEWARD_TYPE_COMPLAINT,
                       "id", self->id,
                       "client-id", self->client_id,
                       "request-id", self->request_id,
                       "channel", self->channel,
                       "received-at", self->received_at,
                       "summary", self->summary,
                       "details", self->details,
                       "state", self->state,
                       "accepted-at", self->accepted_at,
                       "solution", self->solution,
                       "resolved-at", self->resolved_at,
                       "closed-at", self->closed_at,
                       "remedy", self->remedy,
                       "remedy-request-id", self->remedy_request_id,
                       "refund-amount", self->refund_amount,
                       NULL);
}

#define DEFINE_INT64(name, PROP)                                                              \
  gint64                                                                                      \
  steward_complaint_get_##name (StewardComplaint *self)                                       \
  {                                                                                           \
    g_return_val_if_fail (STEWARD_IS_COMPLAINT (self), 0);                                   \
    return self->name;                                                                        \
  }                                                                                           \
  void                                                                                        \
  steward_complaint_set_##name (StewardComplaint *self, gint64 value)                         \
  {                                                                                           \
    g_return_if_fail (STEWARD_IS_COMPLAINT (self));                                          \
    if (self->name == value)                                                                  \
      return;                                                                                 \
    self->name = value;                                                                       \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);                             \
  }

#define DEFINE_STRING(name, PROP)                                                             \
  const char *                                                                                \
  steward_complaint_get_##name (StewardComplaint *self)                                       \
  {                                                                                           \
    g_return_val_if_fail (STEWARD_IS_COMPLAINT (self), NULL);                                \
    return self->name;                                                                        \
  }                                                                                           \
  void                                                                                        \
  steward_complaint_set_##name (StewardComplaint *self, const char *value)                    \
  {                                                                                           \
    g_return_if_fail (STEWARD_IS_COMPLAINT (self));                                          \
    if (value == NULL)                                                                        \
      value = "";                                                                             \
    if (g_strcmp0 (self->name, value) == 0)                                                   \
      return;                                                                                 \
    g_free (self->name);                                                                      \
    self->name = g_strdup (value);                                                            \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);                             \
  }

#define DEFINE_ENUM(name, Type, PROP)                                                         \
  Type                                                                                        \
  steward_complaint_get_##name (StewardComplaint *self)                                       \
  {                                                                                           \
    g_return_val_if_fail (STEWARD_IS_COMPLAINT (self), 0);                                   \
    return self->name;                                                                        \
  }                                                                                           \
  void                                                                                        \
  steward_complaint_set_##name (StewardComplaint *self, Type value)                           \
  {                                                                                           \
    g_return_if_fail (STEWARD_IS_COMPLAINT (self));                                          \
    if (self->name == value)                                                                  \
      return;                                                                                 \
    self->name = value;                                                                       \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);                             \
  }

DEFINE_INT64 (id, PROP_ID)
DEFINE_INT64 (client_id, PROP_CLIENT_ID)
DEFINE_INT64 (request_id, PROP_REQUEST_ID)
DEFINE_INT64 (received_at, PROP_RECEIVED_AT)
DEFINE_INT64 (accepted_at, PROP_ACCEPTED_AT)
DEFINE_INT64 (resolved_at, PROP_RESOLVED_AT)
DEFINE_INT64 (closed_at, PROP_CLOSED_AT)
DEFINE_INT64 (remedy_request_id, PROP_REMEDY_REQUEST_ID)
DEFINE_INT64 (refund_amount, PROP_REFUND_AMOUNT)
DEFINE_STRING (summary, PROP_SUMMARY)
DEFINE_STRING (details, PROP_DETAILS)
DEFINE_STRING (solution, PROP_SOLUTION)
DEFINE_ENUM (channel, StewardComplaintChannel, PROP_CHANNEL)
DEFINE_ENUM (state, StewardComplaintState, PROP_STATE)
DEFINE_ENUM (remedy, StewardRemedy, PROP_REMEDY)
