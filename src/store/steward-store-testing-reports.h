/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-store.h"
#include "steward-types.h"

G_BEGIN_DECLS

/* For report tests and benchmarks only: rows with exactly the stored outcomes a test needs
 * (met/breached deadlines, ratings, complaint steps), written the way the repositories store
 * them. Never call these from the application. */

#define STEWARD_TESTING_UNSET (-1)

typedef struct
{
  gint64      client_id;
  const char *service;       /* "advisor", "config", … */
  const char *priority;      /* NULL: "standard" */
  const char *state;         /* NULL: "submitted" */
  gint64      fee_fen;
  gint64      submitted_at;
  gint64      response_due;  /* STEWARD_TIME_NONE: no deadline */
  int         response_met;  /* 1, 0 or STEWARD_TESTING_UNSET (clock running) */
  gint64      delivery_due;
  int         delivery_met;
  int         rating;        /* 0: not rated */
  gint64      rated_at;      /* STEWARD_TIME_NONE: not recorded */
  gint64      accepted_at;
} StewardTestingRequest;

/* A request with the defaults above for fields left 0 (deadlines and times: none). */
void     steward_testing_request_init          (StewardTestingRequest *request);
gint64   steward_store_testing_add_request     (StewardStore                *store,
                                                const StewardTestingRequest *request,
                                                GError                     **error);
/* A money line of @kind ("payment", "refund", "adjustment", "reversal" of @reverses_id) on a
 * request. Returns its id. */
gint64   steward_store_testing_add_line        (StewardStore  *store,
                                                gint64         request_id,
                                                const char    *kind,
                                                gint64         amount_fen,
                                                gint64         at,
                                                gint64         reverses_id,
                                                GError       **error);
/* A package purchase: a monthly package for @client_id and its payment line at @at. */
gint64   steward_store_testing_add_package_payment (StewardStore  *store,
                                                    gint64         client_id,
                                                    gint64         amount_fen,
                                                    gint64         at,
                                                    GError       **error);
/* A complaint received at @received_at, due to be accepted 24 h and solved 48 h later (as
 * core's complaint rules store them); @accepted_at / @resolved_at STEWARD_TIME_NONE when not
 * done; @remedy "none", "re-service" or "partial-refund". @request_id 0 for none. A remedy
 * needs a request: the re-service names the complaint's own request (no extra request is
 * counted) and the partial refund is 10.00 with no money line (add one to count it). */
gint64   steward_store_testing_add_complaint   (StewardStore  *store,
                                                gint64         client_id,
                                                gint64         request_id,
                                                gint64         received_at,
                                                gint64         accepted_at,
                                                gint64         resolved_at,
                                                const char    *remedy,
                                                GError       **error);
/* A training session of @minutes starting at @start_at, with @status. */
gint64   steward_store_testing_add_training    (StewardStore  *store,
                                                gint64         request_id,
                                                gint64         start_at,
                                                gint64         minutes,
                                                const char    *status,
                                                GError       **error);
gint64   steward_store_testing_add_feedback    (StewardStore  *store,
                                                gint64         request_id,
                                                gint64         at,
                                                GError       **error);

/* Benchmarks: @n_requests requests of @n_clients clients submitted evenly over
 * [@start, @end), with payments, ratings, deadlines and complaints chosen by a fixed
 * pseudo-random sequence from @seed, in one transaction. */
gboolean steward_store_testing_generate        (StewardStore  *store,
                                                guint          n_clients,
                                                guint          n_requests,
                                                gint64         start,
                                                gint64         end,
                                                guint32        seed,
                                                GError       **error);
/* The quarterly service summary for requests submitted in [@start, @end) written by hand as
 * one plain SQL query (the floor the report engine is measured against). Reads every row and
 * returns how many there were, or -1 with @error set. */
gint64   steward_store_testing_quarterly_floor (StewardStore  *store,
                                                gint64         start,
                                                gint64         end,
                                                gint64         now,
                                                GError       **error);

G_END_DECLS
