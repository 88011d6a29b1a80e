/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-types.h"

G_BEGIN_DECLS

/* The largest amount Steward accepts anywhere: ¥100,000,000.00 (in fen). */
#define STEWARD_MONEY_MAX (G_GINT64_CONSTANT (10000000000))

/* Parses what a person types for an amount in yuan: "200", "200.00", "1,234.5", "¥200",
 * "￥200", full-width digits ("２００"), surrounding spaces. Refuses (STEWARD_ERROR_INVALID, a
 * message naming the problem) empty text, signs, more than two decimals, misplaced grouping
 * commas ("1,23"), decimal commas ("1,5" is ambiguous), letters, and amounts above
 * STEWARD_MONEY_MAX. */
gboolean  steward_money_parse        (const char  *text,
                                      gint64      *out_fen,
                                      GError     **error);
/* "¥1,234.50" with the current locale's decimal point and grouping; negative as "-¥12.00". */
char     *steward_money_format       (gint64       fen);
/* "1234.50": always C-locale, no symbol or grouping — for CSV, JSON and command-line output. */
char     *steward_money_format_plain (gint64       fen);

G_END_DECLS
