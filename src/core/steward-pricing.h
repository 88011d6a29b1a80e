/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-types.h"

G_BEGIN_DECLS

/* The pricing limits of SPEC §3, in fen. Editable in Preferences; applied to new quotes. */
typedef struct {
  gint64 incident_max;             /* support incident: 0 < fee <= this (20000) */
  gint64 package_month_price;      /* monthly package price per month (100000) */
  guint  package_max_months;       /* a package is bought for 1..this months (12) */
  guint  package_default_quota;    /* incidents per package month (10) */
  gint64 package_default_overage;  /* per incident beyond the quota (20000) */
  gint64 project_max;              /* config/training: 0 < fee <= this (500000) */
  gint64 advanced_min;             /* advanced data analysis: fee >= this (50000) */
} StewardPricing;

void     steward_pricing_init_defaults (StewardPricing       *pricing);
/* Limits must be positive and advanced_min must not exceed STEWARD_MONEY_MAX. */
gboolean steward_pricing_validate      (const StewardPricing *pricing,
                                        GError              **error);

/* What is being quoted. */
typedef struct {
  StewardService    service;
  gint64            fee;
  gint64            surcharge;         /* after-hours emergency surcharge; 0 otherwise */
  StewardComplexity complexity;        /* config/training: simple or complex (required) */
  StewardTier       tier;              /* report/visual: basic or advanced (required) */
  gboolean          emergency;         /* after-hours emergency support incident */
  gboolean          package_incident;  /* covered by a monthly package */
  gboolean          remedy;            /* free re-service created as a complaint remedy */
} StewardQuote;

/* Checks a quote against every fee rule of SPEC §3. On refusal returns FALSE with
 * STEWARD_ERROR_RULE and a translated message naming the service, the rule and the limit in
 * yuan, e.g. "Remote assistance: a technical-support incident costs at most ¥200.00 (quoted
 * ¥200.01)". */
gboolean steward_pricing_check_quote   (const StewardPricing *pricing,
                                        const StewardQuote   *quote,
                                        GError              **error);

/* fee + surcharge. */
gint64   steward_quote_total           (const StewardQuote   *quote);
/* 50% of @total_fen rounded half-up to the fen (20001 → 10001). */
gint64   steward_deposit_for_total     (gint64                total_fen);

/* A monthly package: 1..package_max_months months, quota >= 1, overage > 0. */
gboolean steward_pricing_check_package (const StewardPricing *pricing,
                                        guint                 months,
                                        guint                 quota,
                                        gint64                overage,
                                        GError              **error);

G_END_DECLS
