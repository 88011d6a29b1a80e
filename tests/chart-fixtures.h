/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-report-result.h"

G_BEGIN_DECLS

/* Three months of request counts: 2026-01 → 10, 2026-02 → 20, 2026-03 → 40. */
StewardReportResult *fixture_counts_by_month (void);
/* Quarters × services, revenue in fen (column 0) and average rating (column 1):
 *   Q1: remote ¥1,200.00, training ¥3,000.00, advisor ¥800.00
 *   Q2: remote ¥1,500.00, training (no row),  advisor ¥2,000.00
 *   Q3: remote ¥900.50,   training ¥4,000.00, advisor ¥1,000.00 */
StewardReportResult *fixture_revenue_by_quarter (void);
/* `n` clients with long Chinese names, fee total in fen ((i + 1) × ¥1,000). */
StewardReportResult *fixture_long_chinese_names (guint n);

G_END_DECLS
