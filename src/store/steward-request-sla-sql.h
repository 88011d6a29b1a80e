/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The SQL conditions of the SLA filters, shared by the request list model and the dashboard's
 * reads (steward-store-dashboard.c) so that both count exactly the same requests. Fragments of
 * SQL text only: include this in the .c files of src/store that build request queries. */

#include <glib.h>

G_BEGIN_DECLS

/* The SLA conditions (steward_request_list_model_set_sla_status ()), judged at :now. A clock
 * runs while its deadline is set, its step not done, and the request neither closed without it
 * nor waiting on the client. */
#define Q "service_requests."
/* Word for word the condition of the open-request partial indexes (request_list_indexes.sql):
 * with it in a query SQLite may read those indexes. */
#define OPEN_STATE Q "state NOT IN ('settled', 'rejected', 'cancelled')"
/* The same condition that no index serves ("+" hides the column from the planner), inside the
 * SLA conditions: their own candidate indexes below should drive the query. */
#define OPEN_STATE_NO_INDEX "+" OPEN_STATE
#define RESPONSE_RUNS \
  "(" Q "response_due IS NOT NULL AND " Q "responded_at IS NULL AND " \
  Q "state NOT IN ('rejected', 'cancelled', 'waiting-on-client'))"
#define DELIVERY_RUNS \
  "(" Q "delivery_due IS NOT NULL AND " Q "delivered_at IS NULL AND " \
  Q "state NOT IN ('rejected', 'cancelled', 'waiting-on-client'))"
/* The _TRUE forms are true exactly when the coalesce () forms are, and are what a filter uses:
 * SQLite stops at the first true term of a bare OR, not inside a function's argument (a count
 * of 100,000 breached requests takes a tenth of the time). */
#define BREACHED_TRUE \
  "(" Q "response_met = 0 OR " Q "delivery_met = 0 " \
  "OR (" RESPONSE_RUNS " AND :now > " Q "response_due) " \
  "OR (" DELIVERY_RUNS " AND :now > " Q "delivery_due) " \
  "OR (" Q "state = 'waiting-on-client' AND ((" Q "responded_at IS NULL AND " \
  Q "hold_started_at > " Q "response_due) OR (" Q "delivered_at IS NULL AND " \
  Q "hold_started_at > " Q "delivery_due))))"
#define BREACHED "coalesce (" BREACHED_TRUE ", 0)"
/* A clock still running and past its deadline: what needs action now, unlike a step done late. */
#define OVERDUE_NOW_TRUE \
  "((" RESPONSE_RUNS " AND :now > " Q "response_due) " \
  "OR (" DELIVERY_RUNS " AND :now > " Q "delivery_due))"
#define DUE_SOON \
  "coalesce ((" RESPONSE_RUNS " AND :now >= " Q "response_due_soon_at AND :now <= " Q "response_due) " \
  "OR (" DELIVERY_RUNS " AND :now >= " Q "delivery_due_soon_at AND :now <= " Q "delivery_due), 0)"
/* Due soon and not breached: the requests page's "due soon" filter and the dashboard's. */
#define DUE_SOON_NOW OPEN_STATE_NO_INDEX " AND " DUE_SOON " AND NOT " BREACHED
#define RUNNING \
  "coalesce ((" RESPONSE_RUNS " AND :now < " Q "response_due_soon_at) " \
  "OR (" DELIVERY_RUNS " AND :now < " Q "delivery_due_soon_at), 0)"

/* Word for word the conditions of the partial indexes service_requests_running_clocks and
 * service_requests_breach_candidates: a superset of the rows each SLA filter can match, added to
 * the filter so that SQLite reads those small indexes instead of every request. */
#define CLOCK_RUNS "(" RESPONSE_RUNS " OR " DELIVERY_RUNS ")"
#define BREACH_CANDIDATE \
  "(" Q "response_met = 0 OR " Q "delivery_met = 0 OR " RESPONSE_RUNS " OR " DELIVERY_RUNS \
  " OR " Q "state = 'waiting-on-client')"

G_END_DECLS
