/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-enum-private.h"

STEWARD_DEFINE_ENUM (steward_service, "StewardService",
  { STEWARD_SERVICE_ADVISOR,  NC_("StewardService", "Dedicated technical advisor"), "advisor" },
  { STEWARD_SERVICE_REMOTE,   NC_("StewardService", "Remote assistance"),           "remote" },
  { STEWARD_SERVICE_CONFIG,   NC_("StewardService", "Personalised configuration"),  "config" },
  { STEWARD_SERVICE_TRAINING, NC_("StewardService", "Specialised training"),        "training" },
  { STEWARD_SERVICE_REPORT,   NC_("StewardService", "Report customisation"),        "report" },
  { STEWARD_SERVICE_VISUAL,   NC_("StewardService", "Data visualisation"),          "visual" })

STEWARD_DEFINE_ENUM (steward_category, "StewardCategory",
  { STEWARD_CATEGORY_SUPPORT,  NC_("StewardCategory", "Technical support"),    "support" },
  { STEWARD_CATEGORY_SOLUTION, NC_("StewardCategory", "Customised solutions"), "solution" },
  { STEWARD_CATEGORY_ANALYSIS, NC_("StewardCategory", "Data analysis"),        "analysis" })

STEWARD_DEFINE_ENUM (steward_priority, "StewardPriority",
  { STEWARD_PRIORITY_STANDARD, NC_("StewardPriority", "Standard"), "standard" },
  { STEWARD_PRIORITY_URGENT,   NC_("StewardPriority", "Urgent"),   "urgent" })

STEWARD_DEFINE_ENUM (steward_state, "StewardState",
  { STEWARD_STATE_SUBMITTED,         NC_("StewardState", "Submitted"),         "submitted" },
  { STEWARD_STATE_UNDER_REVIEW,      NC_("StewardState", "Under review"),      "under-review" },
  { STEWARD_STATE_CONFIRMED,         NC_("StewardState", "Confirmed"),         "confirmed" },
  { STEWARD_STATE_IN_PROGRESS,       NC_("StewardState", "In progress"),       "in-progress" },
  { STEWARD_STATE_DELIVERED,         NC_("StewardState", "Delivered"),         "delivered" },
  { STEWARD_STATE_ACCEPTED,          NC_("StewardState", "Accepted"),          "accepted" },
  { STEWARD_STATE_SETTLED,           NC_("StewardState", "Settled"),           "settled" },
  { STEWARD_STATE_REJECTED,          NC_("StewardState", "Rejected"),          "rejected" },
  { STEWARD_STATE_CANCELLED,         NC_("StewardState", "Cancelled"),         "cancelled" },
  { STEWARD_STATE_WAITING_ON_CLIENT, NC_("StewardState", "Waiting on client"), "waiting-on-client" })

STEWARD_DEFINE_ENUM (steward_channel, "StewardChannel",
  { STEWARD_CHANNEL_PLATFORM, NC_("StewardChannel", "Official platform"), "platform" },
  { STEWARD_CHANNEL_EMAIL,    NC_("StewardChannel", "Email"),             "email" },
  { STEWARD_CHANNEL_PHONE,    NC_("StewardChannel", "Phone"),             "phone" })

STEWARD_DEFINE_ENUM (steward_os, "StewardOs",
  { STEWARD_OS_NONE,    NC_("StewardOs", "None"),    "none" },
  { STEWARD_OS_WINDOWS, NC_("StewardOs", "Windows"), "windows" },
  { STEWARD_OS_MACOS,   NC_("StewardOs", "macOS"),   "macos" },
  { STEWARD_OS_LINUX,   NC_("StewardOs", "Linux"),   "linux" })

STEWARD_DEFINE_ENUM (steward_complexity, "StewardComplexity",
  { STEWARD_COMPLEXITY_NONE,    NC_("StewardComplexity", "Not reviewed"), "none" },
  { STEWARD_COMPLEXITY_SIMPLE,  NC_("StewardComplexity", "Simple"),       "simple" },
  { STEWARD_COMPLEXITY_COMPLEX, NC_("StewardComplexity", "Complex"),      "complex" })

STEWARD_DEFINE_ENUM (steward_tier, "StewardTier",
  { STEWARD_TIER_NONE,     NC_("StewardTier", "Not set"),  "none" },
  { STEWARD_TIER_BASIC,    NC_("StewardTier", "Basic"),    "basic" },
  { STEWARD_TIER_ADVANCED, NC_("StewardTier", "Advanced"), "advanced" })

STEWARD_DEFINE_ENUM (steward_config_kind, "StewardConfigKind",
  { STEWARD_CONFIG_KIND_NONE,     NC_("StewardConfigKind", "Not chosen"),       "none" },
  { STEWARD_CONFIG_KIND_TEMPLATE, NC_("StewardConfigKind", "Standard template"), "template" },
  { STEWARD_CONFIG_KIND_SPECIAL,  NC_("StewardConfigKind", "Special request"),  "special" })

STEWARD_DEFINE_ENUM (steward_payment_kind, "StewardPaymentKind",
  { STEWARD_PAYMENT_KIND_PAYMENT,    NC_("StewardPaymentKind", "Payment"),    "payment" },
  { STEWARD_PAYMENT_KIND_REFUND,     NC_("StewardPaymentKind", "Refund"),     "refund" },
  { STEWARD_PAYMENT_KIND_ADJUSTMENT, NC_("StewardPaymentKind", "Adjustment"), "adjustment" },
  { STEWARD_PAYMENT_KIND_REVERSAL,   NC_("StewardPaymentKind", "Reversal"),   "reversal" })

STEWARD_DEFINE_ENUM (steward_payment_method, "StewardPaymentMethod",
  { STEWARD_PAYMENT_METHOD_BANK_TRANSFER, NC_("StewardPaymentMethod", "Corporate bank transfer"), "bank-transfer" },
  { STEWARD_PAYMENT_METHOD_THIRD_PARTY,   NC_("StewardPaymentMethod", "Third-party payment"),     "third-party" })

STEWARD_DEFINE_ENUM (steward_sla_status, "StewardSlaStatus",
  { STEWARD_SLA_STATUS_NONE,     NC_("StewardSlaStatus", "No deadline"), "none" },
  { STEWARD_SLA_STATUS_RUNNING,  NC_("StewardSlaStatus", "On track"),    "running" },
  { STEWARD_SLA_STATUS_DUE_SOON, NC_("StewardSlaStatus", "Due soon"),    "due-soon" },
  { STEWARD_SLA_STATUS_BREACHED, NC_("StewardSlaStatus", "Breached"),    "breached" },
  { STEWARD_SLA_STATUS_MET,      NC_("StewardSlaStatus", "Met"),         "met" },
  { STEWARD_SLA_STATUS_PAUSED,   NC_("StewardSlaStatus", "Paused"),      "paused" })

STEWARD_DEFINE_ENUM (steward_training_format, "StewardTrainingFormat",
  { STEWARD_TRAINING_FORMAT_ONLINE,  NC_("StewardTrainingFormat", "Online"),  "online" },
  { STEWARD_TRAINING_FORMAT_OFFLINE, NC_("StewardTrainingFormat", "Offline"), "offline" })

STEWARD_DEFINE_ENUM (steward_training_content, "StewardTrainingContent",
  { STEWARD_TRAINING_CONTENT_THEORY,   NC_("StewardTrainingContent", "Theory"),   "theory" },
  { STEWARD_TRAINING_CONTENT_PRACTICE, NC_("StewardTrainingContent", "Practice"), "practice" },
  { STEWARD_TRAINING_CONTENT_MIXED,    NC_("StewardTrainingContent", "Mixed"),    "mixed" })

STEWARD_DEFINE_ENUM (steward_training_status, "StewardTrainingStatus",
  { STEWARD_TRAINING_STATUS_SCHEDULED, NC_("StewardTrainingStatus", "Scheduled"), "scheduled" },
  { STEWARD_TRAINING_STATUS_DONE,      NC_("StewardTrainingStatus", "Done"),      "done" },
  { STEWARD_TRAINING_STATUS_CANCELLED, NC_("StewardTrainingStatus", "Cancelled"), "cancelled" })

STEWARD_DEFINE_ENUM (steward_complaint_state, "StewardComplaintState",
  { STEWARD_COMPLAINT_STATE_RECEIVED, NC_("StewardComplaintState", "Received"), "received" },
  { STEWARD_COMPLAINT_STATE_ACCEPTED, NC_("StewardComplaintState", "Accepted"), "accepted" },
  { STEWARD_COMPLAINT_STATE_RESOLVED, NC_("StewardComplaintState", "Resolved"), "resolved" },
  { STEWARD_COMPLAINT_STATE_CLOSED,   NC_("StewardComplaintState", "Closed"),   "closed" })

STEWARD_DEFINE_ENUM (steward_complaint_channel, "StewardComplaintChannel",
  { STEWARD_COMPLAINT_CHANNEL_EMAIL,   NC_("StewardComplaintChannel", "Designated email"), "email" },
  { STEWARD_COMPLAINT_CHANNEL_HOTLINE, NC_("StewardComplaintChannel", "Hotline"),          "hotline" })

STEWARD_DEFINE_ENUM (steward_remedy, "StewardRemedy",
  { STEWARD_REMEDY_NONE,           NC_("StewardRemedy", "No remedy"),         "none" },
  { STEWARD_REMEDY_RESERVICE,      NC_("StewardRemedy", "Free re-service"),   "re-service" },
  { STEWARD_REMEDY_PARTIAL_REFUND, NC_("StewardRemedy", "Partial refund"),    "partial-refund" })

static GEnumValue *
lookup_value (GType enum_type,
              int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  return g_enum_get_value (klass, value);
}

const char *
steward_enum_code (GType enum_type,
                   int   value)
{
  GEnumValue *v;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  v = lookup_value (enum_type, value);
  return v != NULL ? v->value_nick : NULL;
}

const char *
steward_enum_label (GType enum_type,
                    int   value)
{
  GEnumValue *v;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  v = lookup_value (enum_type, value);
  /* Labels are translated in the context of their type: "Accepted" is 已验收 for a request but
   * 已受理 for a complaint. */
  return v != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, g_type_name (enum_type), v->value_name) : "";
}

gboolean
steward_enum_parse (GType       enum_type,
                    const char *code,
                    int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *v;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);

  if (code == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  v = g_enum_get_value_by_nick (klass, code);
  if (v == NULL)
    return FALSE;

  if (value != NULL)
    *value = v->value;
  return TRUE;
}

StewardCategory
steward_service_get_category (StewardService service)
{
  switch (service)
    {
    case STEWARD_SERVICE_ADVISOR:
    case STEWARD_SERVICE_REMOTE:
      return STEWARD_CATEGORY_SUPPORT;
    case STEWARD_SERVICE_CONFIG:
    case STEWARD_SERVICE_TRAINING:
      return STEWARD_CATEGORY_SOLUTION;
    case STEWARD_SERVICE_REPORT:
    case STEWARD_SERVICE_VISUAL:
    default:
      return STEWARD_CATEGORY_ANALYSIS;
    }
}

gboolean
steward_service_is_support (StewardService service)
{
  return steward_service_get_category (service) == STEWARD_CATEGORY_SUPPORT;
}

gboolean
steward_service_is_solution (StewardService service)
{
  return steward_service_get_category (service) == STEWARD_CATEGORY_SOLUTION;
}

gboolean
steward_service_is_analysis (StewardService service)
{
  return steward_service_get_category (service) == STEWARD_CATEGORY_ANALYSIS;
}

gboolean
steward_state_is_open (StewardState state)
{
  return state != STEWARD_STATE_SETTLED &&
         state != STEWARD_STATE_REJECTED &&
         state != STEWARD_STATE_CANCELLED;
}
