/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-types.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_SERVICE               (steward_service_get_type ())
#define STEWARD_TYPE_CATEGORY              (steward_category_get_type ())
#define STEWARD_TYPE_PRIORITY              (steward_priority_get_type ())
#define STEWARD_TYPE_STATE                 (steward_state_get_type ())
#define STEWARD_TYPE_CHANNEL               (steward_channel_get_type ())
#define STEWARD_TYPE_OS                    (steward_os_get_type ())
#define STEWARD_TYPE_COMPLEXITY            (steward_complexity_get_type ())
#define STEWARD_TYPE_TIER                  (steward_tier_get_type ())
#define STEWARD_TYPE_CONFIG_KIND           (steward_config_kind_get_type ())
#define STEWARD_TYPE_PAYMENT_KIND          (steward_payment_kind_get_type ())
#define STEWARD_TYPE_PAYMENT_METHOD        (steward_payment_method_get_type ())
#define STEWARD_TYPE_SLA_STATUS            (steward_sla_status_get_type ())
#define STEWARD_TYPE_TRAINING_FORMAT       (steward_training_format_get_type ())
#define STEWARD_TYPE_TRAINING_CONTENT      (steward_training_content_get_type ())
#define STEWARD_TYPE_TRAINING_STATUS       (steward_training_status_get_type ())
#define STEWARD_TYPE_COMPLAINT_STATE       (steward_complaint_state_get_type ())
#define STEWARD_TYPE_COMPLAINT_CHANNEL     (steward_complaint_channel_get_type ())
#define STEWARD_TYPE_REMEDY                (steward_remedy_get_type ())

GType steward_service_get_type           (void) G_GNUC_CONST;
GType steward_category_get_type          (void) G_GNUC_CONST;
GType steward_priority_get_type          (void) G_GNUC_CONST;
GType steward_state_get_type             (void) G_GNUC_CONST;
GType steward_channel_get_type           (void) G_GNUC_CONST;
GType steward_os_get_type                (void) G_GNUC_CONST;
GType steward_complexity_get_type        (void) G_GNUC_CONST;
GType steward_tier_get_type              (void) G_GNUC_CONST;
GType steward_config_kind_get_type       (void) G_GNUC_CONST;
GType steward_payment_kind_get_type      (void) G_GNUC_CONST;
GType steward_payment_method_get_type    (void) G_GNUC_CONST;
GType steward_sla_status_get_type        (void) G_GNUC_CONST;
GType steward_training_format_get_type   (void) G_GNUC_CONST;
GType steward_training_content_get_type  (void) G_GNUC_CONST;
GType steward_training_status_get_type   (void) G_GNUC_CONST;
GType steward_complaint_state_get_type   (void) G_GNUC_CONST;
GType steward_complaint_channel_get_type (void) G_GNUC_CONST;
GType steward_remedy_get_type            (void) G_GNUC_CONST;

/* The stable code of a value ("in-progress", "bank-transfer"), or NULL for an invalid value. */
const char *steward_enum_code  (GType enum_type,
                                int   value);
/* The translated label of a value, for display. */
const char *steward_enum_label (GType enum_type,
                                int   value);
/* Looks a code up; returns FALSE (and leaves *value alone) when it is not one of the codes. */
gboolean    steward_enum_parse (GType       enum_type,
                                const char *code,
                                int        *value);

StewardCategory steward_service_get_category   (StewardService service);
/* Technical support services: advisor and remote. */
gboolean        steward_service_is_support     (StewardService service);
gboolean        steward_service_is_solution    (StewardService service);
gboolean        steward_service_is_analysis    (StewardService service);
/* Open states are those that still need work or money: not settled, rejected or cancelled. */
gboolean        steward_state_is_open          (StewardState   state);

G_END_DECLS
