/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-calendar.h"
#include "steward-pricing.h"
#include "steward-types.h"

G_BEGIN_DECLS

/* Demo data (SPEC §9: "First run offers a demo database"; the `demo` command). This file plans
 * the data — names, money, deadlines, audit lines — as plain structs; the store writes them
 * (steward-store-demo.h). Everything comes from a seeded generator, so the same options give
 * the same data. Deadlines come from steward-sla.h on the calendar passed in, so the stored
 * met/breached outcomes are what the application computes. */

#define STEWARD_DEMO_DEFAULT_CLIENTS   60
#define STEWARD_DEMO_DEFAULT_REQUESTS  600
#define STEWARD_DEMO_DEFAULT_SEED      1
/* How far back the demo history reaches before "now". */
#define STEWARD_DEMO_SPAN_SECONDS      (G_GINT64_CONSTANT (730) * 24 * 60 * 60)

typedef void (*StewardDemoProgress) (guint64  done,
                                     guint64  total,
                                     gpointer user_data);

typedef struct {
  guint                 n_clients;      /* >= 1 */
  guint                 n_requests;
  guint64               seed;
  gint64                now;            /* STEWARD_TIME_NONE: the current time */
  StewardCalendar      *calendar;       /* NULL: the database's business calendar */
  const StewardPricing *pricing;        /* NULL: the database's (or default) pricing */
  StewardDemoProgress   progress;       /* called after every 100,000 requests; may be NULL */
  gpointer              progress_data;
} StewardDemoOptions;

void steward_demo_options_init (StewardDemoOptions *options);

/* The plan of one client and of one request (with everything hanging off it). Text fields
 * point into static tables or into buffers of the struct, valid until the next call that
 * fills the same struct. Ids are assigned by the planner, starting at 1 in an empty
 * database. */

#define STEWARD_DEMO_MAX_CONTACTS  3
#define STEWARD_DEMO_MAX_PACKAGES  2
#define STEWARD_DEMO_MAX_PAYMENTS  8
#define STEWARD_DEMO_MAX_AUDIT     28
#define STEWARD_DEMO_MAX_SESSIONS  3
#define STEWARD_DEMO_MAX_ATTENDEES 3

typedef struct {
  gint64 id;
  char   name[48];
  const char *role;
  char   phone[24];
  char   email[80];
  gboolean primary;
} StewardDemoContact;

typedef struct {
  gint64 id;
  int    start_year;
  int    start_month;
  guint  months;
  gint64 price_per_month;
  guint  quota;
  gint64 overage;
  gint64 purchased_at;
  /* The prepayment line. */
  gint64 payment_id;
  StewardPaymentMethod method;
  char   reference[32];
} StewardDemoPackage;

typedef struct {
  gint64             id;
  char               name[128];
  const char        *industry;
  char               address[128];
  const char        *notes;
  const char        *owner;
  const char        *advisor;        /* "" = none */
  guint              os_mask;        /* 1 << StewardOs */
  gint64             created_at;
  guint              n_contacts;
  StewardDemoContact contacts[STEWARD_DEMO_MAX_CONTACTS];
  guint              n_packages;
  StewardDemoPackage packages[STEWARD_DEMO_MAX_PACKAGES];
} StewardDemoClient;

typedef struct {
  gint64               id;
  StewardPaymentKind   kind;
  StewardPaymentMethod method;
  gint64               amount;       /* > 0; the kind gives the direction */
  gint64               at;
  char                 reference[32];
  const char          *note;
  gint64               reverses_id;  /* 0 = none */
  gint64               complaint_id; /* 0 = none */
} StewardDemoPayment;

/* An audit line as the desk writes it: a move between states (to_state >= 0), or a step
 * (action: "quote", "payment", "refund", "adjustment", "reversal", "rating", "note",
 * "feedback") taken in from_state. The creation line comes from no state (from_state -1). */
typedef struct {
  gint64       at;
  int          from_state;           /* StewardState, -1 = none */
  int          to_state;             /* StewardState, -1 = a step named by action */
  const char  *action;
  const char  *note;                 /* points at a static text or at text[] */
  char         text[80];
} StewardDemoAudit;

typedef struct {
  gint64      contact_id;            /* 0 = a named person who is not a contact */
  char        name[48];
  const char *role;
} StewardDemoAttendee;

typedef struct {
  gint64                 id;
  const char            *title;
  const char            *trainer;
  const char            *trainer_key;   /* steward_training_trainer_key (trainer) */
  StewardTrainingFormat  format;
  StewardTrainingContent content;
  gint64                 start_at;
  guint                  duration_minutes;
  const char            *location;
  StewardTrainingStatus  status;
  guint                  n_attendees;
  StewardDemoAttendee    attendees[STEWARD_DEMO_MAX_ATTENDEES];
} StewardDemoSession;

typedef struct {
  gint64                  id;
  gint64                  client_id;
  gint64                  request_id;
  StewardComplaintChannel channel;
  const char             *summary;
  const char             *details;
  StewardComplaintState   state;
  gint64                  received_at;
  gint64                  accept_due;
  gint64                  solution_due;
  gint64                  accepted_at;
  gint64                  resolved_at;
  gint64                  closed_at;
  const char             *solution;
  StewardRemedy           remedy;
  gint64                  remedy_request_id;  /* the free re-service, 0 = none */
  gint64                  refund;             /* the partial refund in fen, 0 = none */
  const char             *who;
  gint64                  updated_at;
} StewardDemoComplaint;

typedef struct {
  gint64            id;
  gint64            client_id;
  gint64            contact_id;
  const char       *title;
  const char       *description;
  StewardService    service;
  StewardPriority   priority;
  StewardChannel    channel;
  StewardState      state;
  int               held_from_state;    /* StewardState, -1 = none */
  gint64            hold_started_at;
  const char       *owner;
  gint64            fee;
  gint64            surcharge;
  gboolean          emergency;
  StewardComplexity complexity;
  StewardTier       tier;
  StewardOs         os;
  gboolean          data_terms_agreed;
  StewardConfigKind config_kind;
  gint64            config_template_id; /* 0 = none */
  const char       *special_request;
  gint64            package_id;         /* 0 = none */
  gint64            remedy_of_complaint;/* 0 = none */
  gint64            submitted_at;
  gint64            responded_at;
  gint64            work_start_at;
  gint64            delivered_at;
  gint64            accepted_at;
  gint64            settled_at;
  gint64            closed_at;
  gint64            response_due;
  gint64            delivery_due;
  gint64            response_due_soon_at;  /* steward_desk_due_soon_at () of the deadlines */
  gint64            delivery_due_soon_at;
  int               response_met;       /* -1 = the clock runs (NULL), 0, 1 */
  int               delivery_met;
  guint             rating;             /* 0 = not rated */
  const char       *rating_feedback;
  gint64            rated_at;
  gint64            updated_at;

  guint              n_payments;
  StewardDemoPayment payments[STEWARD_DEMO_MAX_PAYMENTS];
  guint              n_audit;
  StewardDemoAudit   audit[STEWARD_DEMO_MAX_AUDIT];
  guint              n_sessions;
  StewardDemoSession sessions[STEWARD_DEMO_MAX_SESSIONS];
  /* A note shared with the client (body NULL = none) and, for advisor requests, a product
   * feedback item (body NULL = none). */
  const char        *note_body;
  gint64             note_at;
  const char        *feedback_area;
  const char        *feedback_body;
  gint64             feedback_at;
} StewardDemoRequest;

/* One step of the plan: a request, optionally a complaint about it (whose partial refund, if
 * any, is the last payment line of the request and must be written after the complaint) and
 * optionally the free re-service the complaint's remedy created. Write them in the order
 * request, complaint, request payments, remedy. */
typedef struct {
  StewardDemoRequest   request;
  gboolean             has_complaint;
  StewardDemoComplaint complaint;
  gboolean             has_remedy;
  StewardDemoRequest   remedy;
} StewardDemoStep;

/* The standard configuration templates the demo uses (config_templates rows, ids 1..n). */
guint        steward_demo_n_templates     (void);
const char  *steward_demo_template_name   (guint index);
const char  *steward_demo_template_description (guint index);

typedef struct _StewardDemoPlanner StewardDemoPlanner;

/* A planner for @options at @now (resolved: not STEWARD_TIME_NONE), deadlines on @calendar,
 * quotes checked against @pricing. Clients must be planned first (0 .. n_clients-1 in order),
 * then requests (0 .. n_requests-1 in order). */
StewardDemoPlanner *steward_demo_planner_new    (const StewardDemoOptions *options,
                                                 gint64                    now,
                                                 StewardCalendar          *calendar,
                                                 const StewardPricing     *pricing);
void                steward_demo_planner_free   (StewardDemoPlanner       *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardDemoPlanner, steward_demo_planner_free)

void                steward_demo_plan_client    (StewardDemoPlanner       *self,
                                                 guint                     index,
                                                 StewardDemoClient        *out);
void                steward_demo_plan_request   (StewardDemoPlanner       *self,
                                                 guint                     index,
                                                 StewardDemoStep          *out);

G_END_DECLS
