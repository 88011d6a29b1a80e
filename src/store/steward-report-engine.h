/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "steward-report-result.h"
#include "steward-report-spec.h"
#include "steward-store.h"

G_BEGIN_DECLS

/* Runs a report definition against the database as one aggregate SQL query and returns its
 * table: one row per category (and series), one column per measure cell. The spec is validated
 * first (STEWARD_ERROR_INVALID), its period resolved at @now in @tz (the local zone when NULL).
 *
 * What each source counts, and on which instant its period and time groupings are read:
 *   requests    service requests, by submitted_at; money, ratings and complaints are those of
 *               the request, whenever they happened
 *   payments    money lines, by their own time; a reversal counts at its time with the
 *               opposite sign; package purchases and statements are the "package" service
 *   trainings   sessions that are not cancelled, by start; hours are stored as minutes
 *   complaints  by received_at; those without a request have the service "none"
 *   ratings     rated requests, by rated_at (accepted_at when the time was not recorded)
 *   feedback    product feedback items, by the time they were raised
 *
 * Columns: each measure gives one column whose id is the measure's code ("revenue"), except the
 * rating distribution ("rating-1" … "rating-5") and remedies ("remedies-re-service",
 * "remedies-partial-refund"). Money is fen. Percentages are basis points, rounded half up, of
 * met / (met + breached): response and delivery SLA read the outcome columns core stored with
 * the business calendar (clocks still running and requests without that deadline are left out);
 * a complaint counts as late once accepted or resolved after its stored due time, or when that
 * time has passed at @now without the step. A percentage or average with nothing to measure is
 * an empty cell.
 *
 * Time groupings (day … year) are local calendar units in @tz, exact across daylight-saving
 * changes. Every unit from the first to the last of the period appears, with 0 in counts, money
 * and hours and empty percentages and averages when nothing happened in it, so a line has no
 * gaps; units after @now with nothing in them are left out ("this year" in March stops at
 * March). With a second grouping the table is complete: every series in every unit. Without a
 * period the units run from the first to the last record. "No grouping" gives one row, "Total",
 * even on an empty database.
 *
 * @cancellable interrupts a long query (G_IO_ERROR_CANCELLED); storage failures give
 * STEWARD_ERROR_STORAGE. */
StewardReportResult *steward_report_engine_run (StewardStore       *store,
                                                StewardReportSpec  *spec,
                                                gint64              now,
                                                GTimeZone          *tz,
                                                GCancellable       *cancellable,
                                                GError            **error);

G_END_DECLS
