/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-demo.h"
#include "steward-store.h"

G_BEGIN_DECLS

/* Fills an empty database with demo data planned by steward-demo.h: clients with contacts,
 * packages and search rows, then requests with their payments, audit lines, notes, feedback,
 * training sessions and complaints. Deadlines run on @options->calendar, or on the business
 * calendar stored in the database when NULL; quotes follow @options->pricing, or the stored
 * pricing. Everything is written in one transaction with prepared statements: nothing is
 * written when it fails. A database that already holds clients or requests is refused
 * (STEWARD_ERROR_CONFLICT); n_clients 0 is STEWARD_ERROR_INVALID. */
gboolean    steward_demo_fill          (StewardStore              *store,
                                        const StewardDemoOptions  *options,
                                        GError                   **error);

/* For tests and the benchmark (steward-store-demo-check.c). */

/* A SHA-256 (hex) of what two demo databases must share to be "the same": every client's
 * name, every request's client, service, state and money columns, and every payment line, in
 * id order. */
char       *steward_store_demo_digest  (StewardStore              *store,
                                        GError                   **error);

/* Counted facts about the data, by name (gint64 values in a GHashTable of char * keys):
 * "clients", "requests", "service:CODE", "state:CODE", "method:CODE", "complaint:STATE",
 * "remedy:CODE", "rating:N" (N = 1..5), "rating:bad" (rated outside 1–5), "sessions",
 * "trainer-overlaps" and "client-overlaps" (pairs of non-cancelled sessions that overlap),
 * "overpaid" (requests that received more than their net fee), "settled-unpaid" (settled but
 * not fully paid), "working-without-deposit" (in progress or later without the 50% deposit),
 * "packages", "package-incidents", "remedy-requests", "breached-response", "met-response",
 * "breached-delivery", "met-delivery", "wrong-response-met" and "wrong-delivery-met" (stored
 * outcome disagreeing with the stored instants), "wrong-summaries" (clients whose list summaries
 * disagree with their requests and payments), "future-events" (an event after @now). */
GHashTable *steward_store_demo_census  (StewardStore              *store,
                                        gint64                     now,
                                        GError                   **error);

G_END_DECLS
