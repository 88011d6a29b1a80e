/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-demo.h"

G_BEGIN_DECLS

/* SplitMix64: tiny, fast, and its output is fixed by the algorithm, so a seed gives the same
 * demo on every machine and GLib version (GRand only promises that for some of its calls). */
typedef struct {
  guint64 state;
} DemoRng;

static inline guint64
demo_rng_next (DemoRng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

/* A stream of its own for each (seed, purpose, index), so that planning one item never shifts
 * the numbers of another. */
static inline DemoRng
demo_rng_for (guint64 seed,
              guint64 purpose,
              guint64 index)
{
  DemoRng rng = { seed * G_GUINT64_CONSTANT (0x2545f4914f6cdd1d) ^ (purpose << 56) ^ index };

  demo_rng_next (&rng);
  return rng;
}

/* Uniform in [0, n) (n > 0). */
static inline guint32
demo_rng_below (DemoRng *rng,
                guint32  n)
{
  return (guint32) (((demo_rng_next (rng) >> 32) * (guint64) n) >> 32);
}

/* Uniform in [lo, hi]. */
static inline gint64
demo_rng_range (DemoRng *rng,
                gint64   lo,
                gint64   hi)
{
  return lo + (gint64) ((demo_rng_next (rng) >> 1) % (guint64) (hi - lo + 1));
}

/* TRUE with probability @per_mille / 1000. */
static inline gboolean
demo_rng_chance (DemoRng *rng,
                 guint    per_mille)
{
  return demo_rng_below (rng, 1000) < per_mille;
}

#define DEMO_PICK(rng, table) ((table)[demo_rng_below ((rng), G_N_ELEMENTS (table))])

#define DEMO_MINUTE ((gint64) 60)
#define DEMO_HOUR   ((gint64) 60 * 60)
#define DEMO_DAY    ((gint64) 24 * 60 * 60)

/* What the request planner remembers of each client. */
typedef struct {
  gint64      created_at;
  gint64      first_contact_id;
  const char *owner;
  char        contact_name[48];   /* the primary contact, who attends trainings */
  guint8      n_contacts;
  guint8      os_mask;
  gboolean    latin;
  guint       n_packages;
  StewardDemoPackage packages[STEWARD_DEMO_MAX_PACKAGES];
} DemoClientInfo;

/* Training slots already taken, as (who << 32 | slot) in an open-addressing set. */
typedef struct {
  guint64 *keys;
  gsize    capacity;
  gsize    count;
} DemoSlotSet;

struct _StewardDemoPlanner {
  StewardDemoOptions options;
  gint64             now;
  gint64             start;          /* now - STEWARD_DEMO_SPAN_SECONDS */
  StewardCalendar   *calendar;
  GTimeZone         *tz;
  StewardPricing     pricing;

  DemoClientInfo    *clients;
  guint              n_planned_clients;
  guint              n_latin;
  guint              n_trainers;
  char             **trainers;
  char             **trainer_keys;
  DemoSlotSet        booked;

  gint64             next_contact_id;
  gint64             next_package_id;
  gint64             next_request_id;
  gint64             next_payment_id;
  gint64             next_complaint_id;
  gint64             next_session_id;
};

/* steward-demo-names.c */
void        _steward_demo_client_name    (guint64             seed,
                                          gboolean            latin,
                                          guint               ordinal,
                                          StewardDemoClient  *out);
void        _steward_demo_person         (DemoRng            *rng,
                                          gboolean            latin,
                                          const char         *domain,
                                          StewardDemoContact *out);
char       *_steward_demo_trainer_name   (guint               index);
const char *_steward_demo_owner          (guint               index);
guint       _steward_demo_n_owners       (void);
const char *_steward_demo_advisor        (DemoRng            *rng);

/* steward-demo-text.c: titles, notes, feedback and complaint texts. */
const char *_steward_demo_title          (DemoRng            *rng,
                                          StewardService      service,
                                          gboolean            latin);
const char *_steward_demo_description    (DemoRng            *rng,
                                          StewardService      service);
const char *_steward_demo_special        (DemoRng            *rng);
const char *_steward_demo_note           (DemoRng            *rng,
                                          StewardService      service);
void        _steward_demo_feedback       (DemoRng            *rng,
                                          const char        **area,
                                          const char        **body);
const char *_steward_demo_rating_text    (DemoRng            *rng,
                                          guint               rating);
void        _steward_demo_complaint_text (DemoRng            *rng,
                                          const char        **summary,
                                          const char        **details);
const char *_steward_demo_solution       (StewardRemedy       remedy);
const char *_steward_demo_training_title (DemoRng            *rng);
const char *_steward_demo_location       (DemoRng            *rng,
                                          StewardTrainingFormat format);

/* steward-demo-requests.c */
void        _steward_demo_request_init   (StewardDemoPlanner *self,
                                          DemoRng            *rng,
                                          StewardDemoRequest *req,
                                          StewardService      service,
                                          guint               client,
                                          gint64              submitted_at);
/* Payments minus refunds, adjustments and reversals, counting lines at or before @at. */
gint64      _steward_demo_received_before (const StewardDemoRequest *req,
                                          gint64              at);
void        _steward_demo_simulate       (StewardDemoPlanner *self,
                                          DemoRng            *rng,
                                          StewardDemoRequest *req,
                                          int                 stall);
StewardDemoPayment *_steward_demo_add_payment (StewardDemoPlanner *self,
                                          StewardDemoRequest *req,
                                          StewardPaymentKind  kind,
                                          StewardPaymentMethod method,
                                          gint64              amount,
                                          gint64              at,
                                          const char         *note);
/* A step of the audit trail taken in the request's current state. */
StewardDemoAudit *_steward_demo_add_step  (StewardDemoRequest *req,
                                          gint64              at,
                                          const char         *action,
                                          const char         *note);

/* steward-demo-extras.c: training sessions and complaints. */
gint64      _steward_demo_schedule       (StewardDemoPlanner *self,
                                          DemoRng            *rng,
                                          StewardDemoRequest *req,
                                          gint64              from);
gboolean    _steward_demo_complaint      (StewardDemoPlanner *self,
                                          DemoRng            *rng,
                                          StewardDemoStep    *step,
                                          int                 forced_state);

/* Local midnight of the day of @instant, and the instant of a local time on a day. */
gint64      _steward_demo_local_midnight (StewardDemoPlanner *self,
                                          gint64              instant);

G_END_DECLS
