/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-service-request"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-error.h"
#include "steward-service-request.h"

struct _StewardServiceRequest
{
  GObject           parent_instance;

  gint64            id;
  gint64            client_id;
  StewardService    service;
  StewardPriority   priority;
  gboolean          emergency;
  StewardChannel    channel;
  char             *description;
  StewardOs         os;
  gboolean          data_terms_agreed;
  StewardConfigKind config_kind;
  char             *template_name;
  char             *special_text;
  StewardComplexity complexity;
  StewardTier       tier;
  gint64            fee;
  gint64            surcharge;
  StewardState      state;
  StewardState      hold_from_state;
  gint64            hold_started_at;
  char             *owner;
  gint64            package_id;
  gboolean          package_incident;
  gint64            remedy_of_complaint;
  gint64            submitted_at;
  gint64            responded_at;
  gint64            response_due;
  gint64            work_start_at;
  gint64            delivery_due;
  gint64            delivered_at;
  gint64            accepted_at;
  gint64            settled_at;
  guint             rating;
  char             *rating_feedback;
  gint64            updated_at;
};

G_DEFINE_FINAL_TYPE (StewardServiceRequest, steward_service_request, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CLIENT_ID,
  PROP_SERVICE,
  PROP_CATEGORY,
  PROP_PRIORITY,
  PROP_EMERGENCY,
  PROP_CHANNEL,
  PROP_DESCRIPTION,
  PROP_OS,
  PROP_DATA_TERMS_AGREED,
  PROP_CONFIG_KIND,
  PROP_TEMPLATE_NAME,
  PROP_SPECIAL_TEXT,
  PROP_COMPLEXITY,
  PROP_TIER,
  PROP_FEE,
  PROP_SURCHARGE,
  PROP_TOTAL,
  PROP_STATE,
  PROP_HOLD_FROM_STATE,
  PROP_HOLD_STARTED_AT,
  PROP_OWNER,
  PROP_PACKAGE_ID,
  PROP_PACKAGE_INCIDENT,
  PROP_REMEDY_OF_COMPLAINT,
  PROP_SUBMITTED_AT,
  PROP_RESPONDED_AT,
  PROP_RESPONSE_DUE,
  PROP_WORK_START_AT,
  PROP_DELIVERY_DUE,
  PROP_DELIVERED_AT,
  PROP_ACCEPTED_AT,
  PROP_SETTLED_AT,
  PROP_RATING,
  PROP_RATING_FEEDBACK,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The accessors are all alike: compare, store, notify. Generating them keeps each one the same
 * and the file readable. */
#define DEFINE_SCALAR(Type, name, PROP)                                         \
  Type                                                                          \
  steward_service_request_get_##name (StewardServiceRequest *self)              \
  {                                                                             \
    g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (self), (Type) 0);         \
    return self->name;                                                          \
  }                                                                             \
  void                                                                          \
  steward_service_request_set_##name (StewardServiceRequest *self, Type value)  \
  {                                                                             \
    g_return_if_fail (STEWARD_IS_SERVICE_REQUEST (self));                       \
    if (self->name == value)                                                    \
      return;                                                                   \
    self->name = value;                                                         \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);               \
  }

#define DEFINE_STRING(name, PROP)                                               \
  const char *                                                                  \
  steward_service_request_get_##name (StewardServiceRequest *self)              \
  {                                                                             \
    g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (self), NULL);             \
    return self->name;                                                          \
  }                                                                             \
  void                                                                          \
  steward_service_request_set_##name (StewardServiceRequest *self,              \
                                      const char            *value)             \
  {                                                                             \
    g_return_if_fail (STEWARD_IS_SERVICE_REQUEST (self));                       \
    if (g_strcmp0 (self->name, value) == 0)                                     \
      return;                                                                   \
    g_free (self->name);                                                        \
    self->name = g_strdup (value);                                              \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);               \
  }

DEFINE_SCALAR (gint64, id, PROP_ID)
DEFINE_SCALAR (gint64, client_id, PROP_CLIENT_ID)
DEFINE_SCALAR (StewardPriority, priority, PROP_PRIORITY)
DEFINE_SCALAR (gboolean, emergency, PROP_EMERGENCY)
DEFINE_SCALAR (StewardChannel, channel, PROP_CHANNEL)
DEFINE_STRING (description, PROP_DESCRIPTION)
DEFINE_SCALAR (StewardOs, os, PROP_OS)
DEFINE_SCALAR (gboolean, data_terms_agreed, PROP_DATA_TERMS_AGREED)
DEFINE_SCALAR (StewardConfigKind, config_kind, PROP_CONFIG_KIND)
DEFINE_STRING (template_name, PROP_TEMPLATE_NAME)
DEFINE_STRING (special_text, PROP_SPECIAL_TEXT)
DEFINE_SCALAR (StewardComplexity, complexity, PROP_COMPLEXITY)
DEFINE_SCALAR (StewardTier, tier, PROP_TIER)
DEFINE_SCALAR (StewardState, state, PROP_STATE)
DEFINE_SCALAR (StewardState, hold_from_state, PROP_HOLD_FROM_STATE)
DEFINE_SCALAR (gint64, hold_started_at, PROP_HOLD_STARTED_AT)
DEFINE_STRING (owner, PROP_OWNER)
DEFINE_SCALAR (gint64, package_id, PROP_PACKAGE_ID)
DEFINE_SCALAR (gboolean, package_incident, PROP_PACKAGE_INCIDENT)
DEFINE_SCALAR (gint64, remedy_of_complaint, PROP_REMEDY_OF_COMPLAINT)
DEFINE_SCALAR (gint64, submitted_at, PROP_SUBMITTED_AT)
DEFINE_SCALAR (gint64, responded_at, PROP_RESPONDED_AT)
DEFINE_SCALAR (gint64, response_due, PROP_RESPONSE_DUE)
DEFINE_SCALAR (gint64, work_start_at, PROP_WORK_START_AT)
DEFINE_SCALAR (gint64, delivery_due, PROP_DELIVERY_DUE)
DEFINE_SCALAR (gint64, delivered_at, PROP_DELIVERED_AT)
DEFINE_SCALAR (gint64, accepted_at, PROP_ACCEPTED_AT)
DEFINE_SCALAR (gint64, settled_at, PROP_SETTLED_AT)
DEFINE_SCALAR (guint, rating, PROP_RATING)
DEFINE_STRING (rating_feedback, PROP_RATING_FEEDBACK)
DEFINE_SCALAR (gint64, updated_at, PROP_UPDATED_AT)

StewardService
steward_service_request_get_service (StewardServiceRequest *self)
{
  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (self), 0);
  return self->service;
}

void
steward_service_request_set_service (StewardServiceRequest *self,
                                     StewardService         service)
{
  StewardCategory old_category;

  g_return_if_fail (STEWARD_IS_SERVICE_REQUEST (self));

  if (self->service == service)
    return;

  old_category = steward_service_get_category (self->service);
  self->service = service;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICE]);
  if (old_category != steward_service_get_category (service))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

StewardCategory
steward_service_request_get_category (StewardServiceRequest *self)
{
  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (self), 0);
  return steward_service_get_category (self->service);
}

gint64
steward_service_request_get_fee (StewardServiceRequest *self)
{
  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (self), 0);
  return self->fee;
}

void
steward_service_request_set_fee (StewardServiceRequest *self,
                                 gint64                 fee)
{
  g_return_if_fail (STEWARD_IS_SERVICE_REQUEST (self));

  if (self->fee == fee)
    return;
  self->fee = fee;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FEE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
}

gint64
steward_service_request_get_surcharge (StewardServiceRequest *self)
{
  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (self), 0);
  return self->surcharge;
}

void
steward_service_request_set_surcharge (StewardServiceRequest *self,
                                       gint64                 surcharge)
{
  g_return_if_fail (STEWARD_IS_SERVICE_REQUEST (self));

  if (self->surcharge == surcharge)
    return;
  self->surcharge = surcharge;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SURCHARGE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
}

gint64
steward_service_request_get_total (StewardServiceRequest *self)
{
  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (self), 0);
  return self->fee + self->surcharge;
}

gboolean
steward_service_request_parse_os (const char  *text,
                                  StewardOs   *out_os,
                                  GError     **error)
{
  int value = STEWARD_OS_NONE;

  g_return_val_if_fail (out_os != NULL, FALSE);

  if (!steward_enum_parse (STEWARD_TYPE_OS, text, &value) || value == STEWARD_OS_NONE)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("Remote assistance supports Windows, macOS or Linux, not “%s”"),
                   text != NULL ? text : "");
      return FALSE;
    }

  *out_os = value;
  return TRUE;
}

StewardServiceRequest *
steward_service_request_new (void)
{
  return g_object_new (STEWARD_TYPE_SERVICE_REQUEST, NULL);
}

StewardServiceRequest *
steward_service_request_copy (StewardServiceRequest *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  StewardServiceRequest *copy;
  guint n_pspecs;

  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (self), NULL);

  copy = steward_service_request_new ();
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_WRITABLE) == 0)
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (self), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);
    }

  return copy;
}

static void
steward_service_request_finalize (GObject *object)
{
  StewardServiceRequest *self = (StewardServiceRequest *)object;

  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->template_name, g_free);
  g_clear_pointer (&self->special_text, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->rating_feedback, g_free);

  G_OBJECT_CLASS (steward_service_request_parent_class)->finalize (object);
}

static void
steward_service_request_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  StewardServiceRequest *self = STEWARD_SERVICE_REQUEST (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, steward_service_request_get_id (self));
      break;
    case PROP_CLIENT_ID:
      g_value_set_int64 (value, steward_service_request_get_client_id (self));
      break;
    case PROP_SERVICE:
      g_value_set_enum (value, steward_service_request_get_service (self));
      break;
    case PROP_CATEGORY:
      g_value_set_enum (value, steward_service_request_get_category (self));
      break;
    case PROP_PRIORITY:
      g_value_set_enum (value, steward_service_request_get_priority (self));
      break;
    case PROP_EMERGENCY:
      g_value_set_boolean (value, self->emergency);
      break;
    case PROP_CHANNEL:
      g_value_set_enum (value, steward_service_request_get_channel (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_OS:
      g_value_set_enum (value, steward_service_request_get_os (self));
      break;
    case PROP_DATA_TERMS_AGREED:
      g_value_set_boolean (value, self->data_terms_agreed);
      break;
    case PROP_CONFIG_KIND:
      g_value_set_enum (value, steward_service_request_get_config_kind (self));
      break;
    case PROP_TEMPLATE_NAME:
      g_value_set_string (value, self->template_name);
      break;
    case PROP_SPECIAL_TEXT:
      g_value_set_string (value, self->special_text);
      break;
    case PROP_COMPLEXITY:
      g_value_set_enum (value, steward_service_request_get_complexity (self));
      break;
    case PROP_TIER:
      g_value_set_enum (value, steward_service_request_get_tier (self));
      break;
    case PROP_FEE:
      g_value_set_int64 (value, steward_service_request_get_fee (self));
      break;
    case PROP_SURCHARGE:
      g_value_set_int64 (value, steward_service_request_get_surcharge (self));
      break;
    case PROP_TOTAL:
      g_value_set_int64 (value, steward_service_request_get_total (self));
      break;
    case PROP_STATE:
      g_value_set_enum (value, steward_service_request_get_state (self));
      break;
    case PROP_HOLD_FROM_STATE:
      g_value_set_enum (value, steward_service_request_get_hold_from_state (self));
      break;
    case PROP_HOLD_STARTED_AT:
      g_value_set_int64 (value, steward_service_request_get_hold_started_at (self));
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_PACKAGE_ID:
      g_value_set_int64 (value, steward_service_request_get_package_id (self));
      break;
    case PROP_PACKAGE_INCIDENT:
      g_value_set_boolean (value, self->package_incident);
      break;
    case PROP_REMEDY_OF_COMPLAINT:
      g_value_set_int64 (value, steward_service_request_get_remedy_of_complaint (self));
      break;
    case PROP_SUBMITTED_AT:
      g_value_set_int64 (value, steward_service_request_get_submitted_at (self));
      break;
    case PROP_RESPONDED_AT:
      g_value_set_int64 (value, steward_service_request_get_responded_at (self));
      break;
    case PROP_RESPONSE_DUE:
      g_value_set_int64 (value, steward_service_request_get_response_due (self));
      break;
    case PROP_WORK_START_AT:
      g_value_set_int64 (value, steward_service_request_get_work_start_at (self));
      break;
    case PROP_DELIVERY_DUE:
      g_value_set_int64 (value, steward_service_request_get_delivery_due (self));
      break;
    case PROP_DELIVERED_AT:
      g_value_set_int64 (value, steward_service_request_get_delivered_at (self));
      break;
    case PROP_ACCEPTED_AT:
      g_value_set_int64 (value, steward_service_request_get_accepted_at (self));
      break;
    case PROP_SETTLED_AT:
      g_value_set_int64 (value, steward_service_request_get_settled_at (self));
      break;
    case PROP_RATING:
      g_value_set_uint (value, self->rating);
      break;
    case PROP_RATING_FEEDBACK:
      g_value_set_string (value, self->rating_feedback);
      break;
    case PROP_UPDATED_AT:
      g_value_set_int64 (value, steward_service_request_get_updated_at (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_service_request_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  StewardServiceRequest *self = STEWARD_SERVICE_REQUEST (object);

  switch (prop_id)
    {
    case PROP_ID:
      steward_service_request_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_CLIENT_ID:
      steward_service_request_set_client_id (self, g_value_get_int64 (value));
      break;
    case PROP_SERVICE:
      steward_service_request_set_service (self, g_value_get_enum (value));
      break;
    case PROP_PRIORITY:
      steward_service_request_set_priority (self, g_value_get_enum (value));
      break;
    case PROP_EMERGENCY:
      steward_service_request_set_emergency (self, g_value_get_boolean (value));
      break;
    case PROP_CHANNEL:
      steward_service_request_set_channel (self, g_value_get_enum (value));
      break;
    case PROP_DESCRIPTION:
      steward_service_request_set_description (self, g_value_get_string (value));
      break;
    case PROP_OS:
      steward_service_request_set_os (self, g_value_get_enum (value));
      break;
    case PROP_DATA_TERMS_AGREED:
      steward_service_request_set_data_terms_agreed (self, g_value_get_boolean (value));
      break;
    case PROP_CONFIG_KIND:
      steward_service_request_set_config_kind (self, g_value_get_enum (value));
      break;
    case PROP_TEMPLATE_NAME:
      steward_service_request_set_template_name (self, g_value_get_string (value));
      break;
    case PROP_SPECIAL_TEXT:
      steward_service_request_set_special_text (self, g_value_get_string (value));
      break;
    case PROP_COMPLEXITY:
      steward_service_request_set_complexity (self, g_value_get_enum (value));
      break;
    case PROP_TIER:
      steward_service_request_set_tier (self, g_value_get_enum (value));
      break;
    case PROP_FEE:
      steward_service_request_set_fee (self, g_value_get_int64 (value));
      break;
    case PROP_SURCHARGE:
      steward_service_request_set_surcharge (self, g_value_get_int64 (value));
      break;
    case PROP_STATE:
      steward_service_request_set_state (self, g_value_get_enum (value));
      break;
    case PROP_HOLD_FROM_STATE:
      steward_service_request_set_hold_from_state (self, g_value_get_enum (value));
      break;
    case PROP_HOLD_STARTED_AT:
      steward_service_request_set_hold_started_at (self, g_value_get_int64 (value));
      break;
    case PROP_OWNER:
      steward_service_request_set_owner (self, g_value_get_string (value));
      break;
    case PROP_PACKAGE_ID:
      steward_service_request_set_package_id (self, g_value_get_int64 (value));
      break;
    case PROP_PACKAGE_INCIDENT:
      steward_service_request_set_package_incident (self, g_value_get_boolean (value));
      break;
    case PROP_REMEDY_OF_COMPLAINT:
      steward_service_request_set_remedy_of_complaint (self, g_value_get_int64 (value));
      break;
    case PROP_SUBMITTED_AT:
      steward_service_request_set_submitted_at (self, g_value_get_int64 (value));
      break;
    case PROP_RESPONDED_AT:
      steward_service_request_set_responded_at (self, g_value_get_int64 (value));
      break;
    case PROP_RESPONSE_DUE:
      steward_service_request_set_response_due (self, g_value_get_int64 (value));
      break;
    case PROP_WORK_START_AT:
      steward_service_request_set_work_start_at (self, g_value_get_int64 (value));
      break;
    case PROP_DELIVERY_DUE:
      steward_service_request_set_delivery_due (self, g_value_get_int64 (value));
      break;
    case PROP_DELIVERED_AT:
      steward_service_request_set_delivered_at (self, g_value_get_int64 (value));
      break;
    case PROP_ACCEPTED_AT:
      steward_service_request_set_accepted_at (self, g_value_get_int64 (value));
      break;
    case PROP_SETTLED_AT:
      steward_service_request_set_settled_at (self, g_value_get_int64 (value));
      break;
    case PROP_RATING:
      steward_service_request_set_rating (self, g_value_get_uint (value));
      break;
    case PROP_RATING_FEEDBACK:
      steward_service_request_set_rating_feedback (self, g_value_get_string (value));
      break;
    case PROP_UPDATED_AT:
      steward_service_request_set_updated_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RW (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
steward_service_request_class_init (StewardServiceRequestClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_service_request_finalize;
  object_class->get_property = steward_service_request_get_property;
  object_class->set_property = steward_service_request_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW);
  properties[PROP_CLIENT_ID] =
    g_param_spec_int64 ("client-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW);
  properties[PROP_SERVICE] =
    g_param_spec_enum ("service", NULL, NULL, STEWARD_TYPE_SERVICE, 0, RW);
  properties[PROP_CATEGORY] =
    g_param_spec_enum ("category", NULL, NULL, STEWARD_TYPE_CATEGORY, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRIORITY] =
    g_param_spec_enum ("priority", NULL, NULL, STEWARD_TYPE_PRIORITY, 0, RW);
  properties[PROP_EMERGENCY] =
    g_param_spec_boolean ("emergency", NULL, NULL, FALSE, RW);
  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL, STEWARD_TYPE_CHANNEL, 0, RW);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, RW);
  properties[PROP_OS] =
    g_param_spec_enum ("os", NULL, NULL, STEWARD_TYPE_OS, 0, RW);
  properties[PROP_DATA_TERMS_AGREED] =
    g_param_spec_boolean ("data-terms-agreed", NULL, NULL, FALSE, RW);
  properties[PROP_CONFIG_KIND] =
    g_param_spec_enum ("config-kind", NULL, NULL, STEWARD_TYPE_CONFIG_KIND, 0, RW);
  properties[PROP_TEMPLATE_NAME] =
    g_param_spec_string ("template-name", NULL, NULL, NULL, RW);
  properties[PROP_SPECIAL_TEXT] =
    g_param_spec_string ("special-text", NULL, NULL, NULL, RW);
  properties[PROP_COMPLEXITY] =
    g_param_spec_enum ("complexity", NULL, NULL, STEWARD_TYPE_COMPLEXITY, 0, RW);
  properties[PROP_TIER] =
    g_param_spec_enum ("tier", NULL, NULL, STEWARD_TYPE_TIER, 0, RW);
  properties[PROP_FEE] =
    g_param_spec_int64 ("fee", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW);
  properties[PROP_SURCHARGE] =
    g_param_spec_int64 ("surcharge", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW);
  properties[PROP_TOTAL] =
    g_param_spec_int64 ("total", NULL, NULL, G_MININT64, G_MAXINT64, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, STEWARD_TYPE_STATE, 0, RW);
  properties[PROP_HOLD_FROM_STATE] =
    g_param_spec_enum ("hold-from-state", NULL, NULL, STEWARD_TYPE_STATE, 0, RW);
  properties[PROP_HOLD_STARTED_AT] =
    g_param_spec_int64 ("hold-started-at", NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE, RW);
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, NULL, RW);
  properties[PROP_PACKAGE_ID] =
    g_param_spec_int64 ("package-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW);
  properties[PROP_PACKAGE_INCIDENT] =
    g_param_spec_boolean ("package-incident", NULL, NULL, FALSE, RW);
  properties[PROP_REMEDY_OF_COMPLAINT] =
    g_param_spec_int64 ("remedy-of-complaint", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW);
  properties[PROP_SUBMITTED_AT] =
    g_param_spec_int64 ("submitted-at", NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE, RW);
  properties[PROP_RESPONDED_AT] =
    g_param_spec_int64 ("responded-at", NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE, RW);
  properties[PROP_RESPONSE_DUE] =
    g_param_spec_int64 ("response-due", NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE, RW);
  properties[PROP_WORK_START_AT] =
    g_param_spec_int64 ("work-start-at", NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE, RW);
  properties[PROP_DELIVERY_DUE] =
    g_param_spec_int64 ("delivery-due", NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE, RW);
  properties[PROP_DELIVERED_AT] =
    g_param_spec_int64 ("delivered-at", NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE, RW);
  properties[PROP_ACCEPTED_AT] =
    g_param_spec_int64 ("accepted-at", NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE, RW);
  properties[PROP_SETTLED_AT] =
    g_param_spec_int64 ("settled-at", NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE, RW);
  properties[PROP_RATING] =
    g_param_spec_uint ("rating", NULL, NULL, 0, 5, 0, RW);
  properties[PROP_RATING_FEEDBACK] =
    g_param_spec_string ("rating-feedback", NULL, NULL, NULL, RW);
  properties[PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE, RW);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

#undef RW

static void
steward_service_request_init (StewardServiceRequest *self)
{
  self->state = STEWARD_STATE_SUBMITTED;
  self->hold_from_state = STEWARD_STATE_SUBMITTED;
  self->hold_started_at = STEWARD_TIME_NONE;
  self->submitted_at = STEWARD_TIME_NONE;
  self->responded_at = STEWARD_TIME_NONE;
  self->response_due = STEWARD_TIME_NONE;
  self->work_start_at = STEWARD_TIME_NONE;
  self->delivery_due = STEWARD_TIME_NONE;
  self->delivered_at = STEWARD_TIME_NONE;
  self->accepted_at = STEWARD_TIME_NONE;
  self->settled_at = STEWARD_TIME_NONE;
  self->updated_at = STEWARD_TIME_NONE;
}
