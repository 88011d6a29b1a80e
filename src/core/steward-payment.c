/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-payment"

#include "config.h"

#include "steward-enums.h"
#include "steward-payment.h"

struct _StewardPayment
{
  GObject parent_instance;

  gint64 id;
  gint64 request_id;
  StewardPaymentKind kind;
  gint64 amount;
  StewardPaymentMethod method;
  gint64 at;
  char *reference;
  gint64 reverses_id;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_REQUEST_ID,
  PROP_KIND,
  PROP_AMOUNT,
  PROP_METHOD,
  PROP_AT,
  PROP_REFERENCE,
  PROP_REVERSES_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (StewardPayment, steward_payment, G_TYPE_OBJECT)

gint64
steward_payment_get_id (StewardPayment *self)
{
  g_return_val_if_fail (STEWARD_IS_PAYMENT (self), 0);
  return self->id;
}

void
steward_payment_set_id (StewardPayment *self,
                       gint64 id)
{
  g_return_if_fail (STEWARD_IS_PAYMENT (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
steward_payment_get_request_id (StewardPayment *self)
{
  g_return_val_if_fail (STEWARD_IS_PAYMENT (self), 0);
  return self->request_id;
}

void
steward_payment_set_request_id (StewardPayment *self,
                               gint64 request_id)
{
  g_return_if_fail (STEWARD_IS_PAYMENT (self));

  if (self->request_id == request_id)
    return;
  self->request_id = request_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUEST_ID]);
}

StewardPaymentKind
steward_payment_get_kind (StewardPayment *self)
{
  g_return_val_if_fail (STEWARD_IS_PAYMENT (self), 0);
  return self->kind;
}

gint64
steward_payment_get_amount (StewardPayment *self)
{
  g_return_val_if_fail (STEWARD_IS_PAYMENT (self), 0);
  return self->amount;
}

StewardPaymentMethod
steward_payment_get_method (StewardPayment *self)
{
  g_return_val_if_fail (STEWARD_IS_PAYMENT (self), 0);
  return self->method;
}

gint64
steward_payment_get_at (StewardPayment *self)
{
  g_return_val_if_fail (STEWARD_IS_PAYMENT (self), 0);
  return self->at;
}

const char *
steward_payment_get_reference (StewardPayment *self)
{
  g_return_val_if_fail (STEWARD_IS_PAYMENT (self), NULL);
  return self->reference;
}

gint64
steward_payment_get_reverses_id (StewardPayment *self)
{
  g_return_val_if_fail (STEWARD_IS_PAYMENT (self), 0);
  return self->reverses_id;
}

StewardPayment *
steward_payment_new (StewardPaymentKind kind,
                                     gint64         amount,
                                     StewardPaymentMethod method,
                                     gint64         at,
                                     const char *   reference,
                                     gint64         reverses_id)
{
  return g_object_new (STEWARD_TYPE_PAYMENT,
                       "kind", kind,
                       "amount", amount,
                       "method", method,
                       "at", at,
                       "reference", reference,
                       "reverses-id", reverses_id,
                       NULL);
}

static void
steward_payment_finalize (GObject *object)
{
  StewardPayment *self = (StewardPayment *)object;

  g_clear_pointer (&self->reference, g_free);

  G_OBJECT_CLASS (steward_payment_parent_class)->finalize (object);
}

static void
steward_payment_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  StewardPayment *self = STEWARD_PAYMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_REQUEST_ID:
      g_value_set_int64 (value, self->request_id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;
    case PROP_METHOD:
      g_value_set_enum (value, self->method);
      break;
    case PROP_AT:
      g_value_set_int64 (value, self->at);
      break;
    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;
    case PROP_REVERSES_ID:
      g_value_set_int64 (value, self->reverses_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_payment_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  StewardPayment *self = STEWARD_PAYMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      steward_payment_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_REQUEST_ID:
      steward_payment_set_request_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_AMOUNT:
      self->amount = g_value_get_int64 (value);
      break;
    case PROP_METHOD:
      self->method = g_value_get_enum (value);
      break;
    case PROP_AT:
      self->at = g_value_get_int64 (value);
      break;
    case PROP_REFERENCE:
      g_free (self->reference);
      self->reference = g_value_dup_string (value);
      break;
    case PROP_REVERSES_ID:
      self->reverses_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_payment_class_init (StewardPaymentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_payment_finalize;
  object_class->get_property = steward_payment_get_property;
  object_class->set_property = steward_payment_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REQUEST_ID] =
    g_param_spec_int64 ("request-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, STEWARD_TYPE_PAYMENT_KIND, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_METHOD] =
    g_param_spec_enum ("method", NULL, NULL, STEWARD_TYPE_PAYMENT_METHOD, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AT] =
    g_param_spec_int64 ("at", NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL, NULL,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVERSES_ID] =
    g_param_spec_int64 ("reverses-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_payment_init (StewardPayment *self)
{
}
