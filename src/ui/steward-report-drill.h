/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-report-result.h"
#include "steward-report-spec.h"

G_BEGIN_DECLS

/* Report definitions as the reports page changes them: exact copies, drill-down filters and the
 * text that describes a definition. No GTK here, so tests check it without a display. */

/* An exact copy (same id and name), unlike steward_report_spec_duplicate(). */
StewardReportSpec *steward_report_spec_copy_exact (StewardReportSpec   *spec);

/* A copy of @spec narrowed to row @row of @result, the result @spec produced: the row's category
 * becomes a filter (a service, a category's services, a client, an account manager, or the
 * period of a month or quarter — then grouped one step finer: years and quarters by month,
 * months and weeks by day), and so does its series unless @category_only (a pie sums the series
 * of a slice). A scheduled definition stops being scheduled, so the chosen period holds.
 * *@label receives what was chosen ("Remote assistance", "Q3 2026 · ACME"). Refused with
 * STEWARD_ERROR_INVALID when nothing can be filtered: the "Other" slice (@row -1), a report
 * without grouping, payments for a monthly package, a complaint without a request, clients
 * without an account manager. */
StewardReportSpec *steward_report_drill_down (StewardReportSpec   *spec,
                                              StewardReportResult *result,
                                              int                  row,
                                              gboolean             category_only,
                                              char               **label,
                                              GError             **error);

/* A translated, human description of a definition for the Excel "Definition" sheet and the page:
 * the filters as NULL-terminated name/value pairs ("Services", "Remote assistance, Training"),
 * with client ids shown through @client_names (id as gint64* → name; nullable) where known. */
GStrv              steward_report_describe_filters (StewardReportSpec *spec,
                                                    GHashTable        *client_names);
/* "Quarter, Service"; "No grouping". */
char              *steward_report_describe_grouping (StewardReportSpec *spec);
/* "Count, Revenue". */
char              *steward_report_describe_measures (StewardReportSpec *spec);
/* "Quarterly (the last complete period)" for a scheduled report, else the period text as
 * typed ("last quarter", "2026-Q3"), or "All time". */
char              *steward_report_describe_period   (StewardReportSpec *spec);

G_END_DECLS
