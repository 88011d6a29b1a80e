/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Instants are Unix seconds (UTC); STEWARD_TIME_NONE marks "not yet" / "none". */
#define STEWARD_TIME_NONE G_MININT64

/* Money is always gint64 fen (1 yuan = 100 fen). */
#define STEWARD_FEN_PER_YUAN 100

typedef struct _StewardCalendar          StewardCalendar;
typedef struct _StewardClient            StewardClient;
typedef struct _StewardContact           StewardContact;
typedef struct _StewardServiceRequest    StewardServiceRequest;
typedef struct _StewardPayment           StewardPayment;
typedef struct _StewardAuditEntry        StewardAuditEntry;
typedef struct _StewardMonthlyPackage    StewardMonthlyPackage;
typedef struct _StewardTrainingSession   StewardTrainingSession;
typedef struct _StewardComplaint         StewardComplaint;

/* Each enum below is registered as a GEnum: the nick is the stable code used in the database,
 * the CLI and exports; the name is the English label, marked for translation (see
 * steward_enum_label()). */

typedef enum {
  STEWARD_SERVICE_ADVISOR,
  STEWARD_SERVICE_REMOTE,
  STEWARD_SERVICE_CONFIG,
  STEWARD_SERVICE_TRAINING,
  STEWARD_SERVICE_REPORT,
  STEWARD_SERVICE_VISUAL,
} StewardService;

typedef enum {
  STEWARD_CATEGORY_SUPPORT,
  STEWARD_CATEGORY_SOLUTION,
  STEWARD_CATEGORY_ANALYSIS,
} StewardCategory;

typedef enum {
  STEWARD_PRIORITY_STANDARD,
  STEWARD_PRIORITY_URGENT,
} StewardPriority;

typedef enum {
  STEWARD_STATE_SUBMITTED,
  STEWARD_STATE_UNDER_REVIEW,
  STEWARD_STATE_CONFIRMED,
  STEWARD_STATE_IN_PROGRESS,
  STEWARD_STATE_DELIVERED,
  STEWARD_STATE_ACCEPTED,
  STEWARD_STATE_SETTLED,
  STEWARD_STATE_REJECTED,
  STEWARD_STATE_CANCELLED,
  STEWARD_STATE_WAITING_ON_CLIENT,
} StewardState;

typedef enum {
  STEWARD_CHANNEL_PLATFORM,
  STEWARD_CHANNEL_EMAIL,
  STEWARD_CHANNEL_PHONE,
} StewardChannel;

typedef enum {
  STEWARD_OS_NONE,
  STEWARD_OS_WINDOWS,
  STEWARD_OS_MACOS,
  STEWARD_OS_LINUX,
} StewardOs;

typedef enum {
  STEWARD_COMPLEXITY_NONE,
  STEWARD_COMPLEXITY_SIMPLE,
  STEWARD_COMPLEXITY_COMPLEX,
} StewardComplexity;

typedef enum {
  STEWARD_TIER_NONE,
  STEWARD_TIER_BASIC,
  STEWARD_TIER_ADVANCED,
} StewardTier;

typedef enum {
  STEWARD_CONFIG_KIND_NONE,
  STEWARD_CONFIG_KIND_TEMPLATE,
  STEWARD_CONFIG_KIND_SPECIAL,
} StewardConfigKind;

typedef enum {
  STEWARD_PAYMENT_KIND_PAYMENT,     /* money received from the client */
  STEWARD_PAYMENT_KIND_REFUND,      /* money paid back (e.g. a kept/refunded deposit on cancel) */
  STEWARD_PAYMENT_KIND_ADJUSTMENT,  /* a complaint's partial refund: lowers the net fee */
  STEWARD_PAYMENT_KIND_REVERSAL,    /* undoes a mistaken line; refers to it */
} StewardPaymentKind;

typedef enum {
  STEWARD_PAYMENT_METHOD_BANK_TRANSFER,
  STEWARD_PAYMENT_METHOD_THIRD_PARTY,
} StewardPaymentMethod;

typedef enum {
  STEWARD_SLA_STATUS_NONE,      /* no such deadline */
  STEWARD_SLA_STATUS_RUNNING,
  STEWARD_SLA_STATUS_DUE_SOON,
  STEWARD_SLA_STATUS_BREACHED,
  STEWARD_SLA_STATUS_MET,
  STEWARD_SLA_STATUS_PAUSED,    /* waiting on the client */
} StewardSlaStatus;

typedef enum {
  STEWARD_TRAINING_FORMAT_ONLINE,
  STEWARD_TRAINING_FORMAT_OFFLINE,
} StewardTrainingFormat;

typedef enum {
  STEWARD_TRAINING_CONTENT_THEORY,
  STEWARD_TRAINING_CONTENT_PRACTICE,
  STEWARD_TRAINING_CONTENT_MIXED,
} StewardTrainingContent;

typedef enum {
  STEWARD_TRAINING_STATUS_SCHEDULED,
  STEWARD_TRAINING_STATUS_DONE,
  STEWARD_TRAINING_STATUS_CANCELLED,
} StewardTrainingStatus;

typedef enum {
  STEWARD_COMPLAINT_STATE_RECEIVED,
  STEWARD_COMPLAINT_STATE_ACCEPTED,
  STEWARD_COMPLAINT_STATE_RESOLVED,
  STEWARD_COMPLAINT_STATE_CLOSED,
} StewardComplaintState;

typedef enum {
  STEWARD_COMPLAINT_CHANNEL_EMAIL,
  STEWARD_COMPLAINT_CHANNEL_HOTLINE,
} StewardComplaintChannel;

typedef enum {
  STEWARD_REMEDY_NONE,
  STEWARD_REMEDY_RESERVICE,       /* free re-service: a linked request with fee 0 */
  STEWARD_REMEDY_PARTIAL_REFUND,  /* an adjustment on a linked request */
} StewardRemedy;

G_END_DECLS
