/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-demo"

#include "config.h"

#include "steward-demo.h"
#include "steward-demo-private.h"
#include "steward-time.h"
#include "steward-training.h"

/* The planner decides who the clients are, when each request arrived and how far it got by
 * "now". History grows busier towards now (a growing business), the last ten requests are
 * "showcases" pinned to one state each so that a small demo shows every state, and a client is
 * only asked to pay or complain after it exists. */

#define N_SHOWCASES 10

void
steward_demo_options_init (StewardDemoOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (StewardDemoOptions) {
    .n_clients = STEWARD_DEMO_DEFAULT_CLIENTS,
    .n_requests = STEWARD_DEMO_DEFAULT_REQUESTS,
    .seed = STEWARD_DEMO_DEFAULT_SEED,
    .now = STEWARD_TIME_NONE,
  };
}

StewardDemoPlanner *
steward_demo_planner_new (const StewardDemoOptions *options,
                          gint64                    now,
                          StewardCalendar          *calendar,
                          const StewardPricing     *pricing)
{
  StewardDemoPlanner *self;

  g_return_val_if_fail (options != NULL && options->n_clients > 0, NULL);
  g_return_val_if_fail (now != STEWARD_TIME_NONE, NULL);
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail (pricing != NULL, NULL);

  self = g_new0 (StewardDemoPlanner, 1);
  self->options = *options;
  self->now = now;
  self->start = now - STEWARD_DEMO_SPAN_SECONDS;
  self->calendar = g_object_ref (calendar);
  self->tz = g_time_zone_ref (steward_calendar_get_timezone (calendar));
  self->pricing = *pricing;
  self->clients = g_new0 (DemoClientInfo, options->n_clients);

  /* Enough trainers that each teaches about one session a working day at most. */
  self->n_trainers = CLAMP (options->n_requests / 2000, 4, 2000);
  self->trainers = g_new0 (char *, self->n_trainers + 1);
  self->trainer_keys = g_new0 (char *, self->n_trainers + 1);
  for (guint i = 0; i < self->n_trainers; i++)
    {
      self->trainers[i] = _steward_demo_trainer_name (i);
      self->trainer_keys[i] = steward_training_trainer_key (self->trainers[i]);
    }

  self->next_contact_id = 1;
  self->next_package_id = 1;
  self->next_request_id = 1;
  self->next_payment_id = 1;
  self->next_complaint_id = 1;
  self->next_session_id = 1;
  return self;
}

void
steward_demo_planner_free (StewardDemoPlanner *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->calendar);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_strfreev (self->trainers);
  g_strfreev (self->trainer_keys);
  g_free (self->booked.keys);
  g_free (self->clients);
  g_free (self);
}

gint64
_steward_demo_local_midnight (StewardDemoPlanner *self,
                              gint64              instant)
{
  int interval = g_time_zone_find_interval (self->tz, G_TIME_TYPE_UNIVERSAL, instant);
  gint64 offset = g_time_zone_get_offset (self->tz, interval);
  gint64 local = instant + offset;
  gint64 day = local / DEMO_DAY - (local % DEMO_DAY < 0);

  return day * DEMO_DAY - offset;
}

/* Three quarters of the clients were already customers two years ago (created over the year
 * before); the rest joined during the first three quarters of the demo period. Ids follow
 * creation order. */
static guint
n_early_clients (StewardDemoPlanner *self)
{
  return MAX (1, self->options.n_clients * 3 / 4);
}

static gint64
client_created_at (StewardDemoPlanner *self,
                   guint               index)
{
  guint early = n_early_clients (self);
  guint late = self->options.n_clients - early;

  if (index < early)
    return self->start - 365 * DEMO_DAY + (gint64) index * 365 * DEMO_DAY / early;
  return self->start + (gint64) (index - early) * (STEWARD_DEMO_SPAN_SECONDS * 3 / 4) / MAX (late, 1);
}

/* The number of clients that existed a day before @at. */
static guint
clients_existing_at (StewardDemoPlanner *self,
                     gint64              at)
{
  guint early = n_early_clients (self);
  guint late = self->options.n_clients - early;
  gint64 t = at - DEMO_DAY;
  gint64 n;

  if (t < self->start)
    n = ((t - (self->start - 365 * DEMO_DAY)) * early) / (365 * DEMO_DAY) + 1;
  else
    n = early + ((t - self->start) * late) / (STEWARD_DEMO_SPAN_SECONDS * 3 / 4) + 1;
  return (guint) CLAMP (n, 1, (gint64) self->options.n_clients);
}

static void
plan_packages (StewardDemoPlanner *self,
               DemoRng            *rng,
               StewardDemoClient  *out)
{
  g_autoptr(GDateTime) first = NULL;
  int year, month;

  out->n_packages = 0;
  /* One client in twelve buys a technical-support package, some renew it. */
  if (!demo_rng_chance (rng, 85))
    return;

  first = steward_time_to_date_time (self->start + demo_rng_range (rng, 0, STEWARD_DEMO_SPAN_SECONDS / 2), self->tz);
  year = g_date_time_get_year (first);
  month = g_date_time_get_month (first);

  for (guint i = 0; i < STEWARD_DEMO_MAX_PACKAGES; i++)
    {
      static const guint months[] = { 3, 6, 6, 12 };
      static const guint quotas[] = { 2, 3, 5, 10, 10 };
      StewardDemoPackage *p = &out->packages[out->n_packages];
      g_autoptr(GDateTime) begin = g_date_time_new (self->tz, year, month, 1, 0, 0, 0);
      gint64 purchased = g_date_time_to_unix (begin) - demo_rng_range (rng, 1, 10) * DEMO_DAY + 10 * DEMO_HOUR;

      if (purchased >= self->now || purchased < out->created_at)
        break;
      p->id = self->next_package_id++;
      p->start_year = year;
      p->start_month = month;
      p->months = MIN (DEMO_PICK (rng, months), self->pricing.package_max_months);
      p->price_per_month = self->pricing.package_month_price;
      p->quota = DEMO_PICK (rng, quotas);
      p->overage = self->pricing.package_default_overage;
      p->purchased_at = purchased;
      p->payment_id = self->next_payment_id++;
      p->method = demo_rng_chance (rng, 700) ? STEWARD_PAYMENT_METHOD_BANK_TRANSFER
                                             : STEWARD_PAYMENT_METHOD_THIRD_PARTY;
      g_snprintf (p->reference, sizeof p->reference, "PKG-%d%02d-%05" G_GINT64_FORMAT, year, month, p->id);
      out->n_packages++;

      month += (int) p->months;
      year += (month - 1) / 12;
      month = (month - 1) % 12 + 1;
      if (!demo_rng_chance (rng, 600))
        break;
    }
}

void
steward_demo_plan_client (StewardDemoPlanner *self,
                          guint               index,
                          StewardDemoClient  *out)
{
  static const char *const client_notes[] = {
    "", "", "", "重点客户，季度回访。", "付款流程较长，需提前开票。", "偏好电话沟通。",
    "Prefers email; English documents.",
  };
  DemoRng rng = demo_rng_for (self->options.seed, 3, index);
  DemoClientInfo *info;
  gboolean latin;

  g_return_if_fail (index == self->n_planned_clients && index < self->options.n_clients);

  latin = demo_rng_chance (&rng, 250);
  out->id = index + 1;
  _steward_demo_client_name (self->options.seed, latin, latin ? self->n_latin : index - self->n_latin, out);
  self->n_latin += latin;

  out->notes = DEMO_PICK (&rng, client_notes);
  out->owner = _steward_demo_owner (demo_rng_below (&rng, _steward_demo_n_owners ()));
  out->advisor = demo_rng_chance (&rng, 300) ? _steward_demo_advisor (&rng) : "";
  out->created_at = client_created_at (self, index);
  out->os_mask = 1u << STEWARD_OS_WINDOWS;
  if (demo_rng_chance (&rng, 450))
    out->os_mask |= 1u << STEWARD_OS_MACOS;
  if (demo_rng_chance (&rng, 350))
    out->os_mask |= 1u << STEWARD_OS_LINUX;
  for (guint i = 0; i < out->n_contacts; i++)
    out->contacts[i].id = self->next_contact_id++;
  plan_packages (self, &rng, out);

  info = &self->clients[index];
  info->created_at = out->created_at;
  info->first_contact_id = out->contacts[0].id;
  info->owner = out->owner;
  g_strlcpy (info->contact_name, out->contacts[0].name, sizeof info->contact_name);
  info->n_contacts = (guint8) out->n_contacts;
  info->os_mask = (guint8) out->os_mask;
  info->latin = latin;
  info->n_packages = out->n_packages;
  for (guint i = 0; i < out->n_packages; i++)
    info->packages[i] = out->packages[i];
  self->n_planned_clients++;
}

/* A growing business: half the requests are spread evenly over the two years, half follow a
 * density that rises linearly towards now (the age is the smaller of two uniform draws), so
 * the last months are about three times as busy as the first. */
static gint64
raw_submission (StewardDemoPlanner *self,
                DemoRng            *rng)
{
  guint64 u = demo_rng_next (rng) >> 40;  /* 24 bits */

  if (demo_rng_chance (rng, 500))
    u = MIN (u, demo_rng_next (rng) >> 40);
  return self->now - (gint64) ((STEWARD_DEMO_SPAN_SECONDS * u) >> 24);
}

/* People mostly write during office hours on working days; some do at night or at weekends
 * (those are the after-hours emergencies). */
static gint64
office_time (StewardDemoPlanner *self,
             DemoRng            *rng,
             gint64              raw)
{
  gint64 midnight = _steward_demo_local_midnight (self, raw);
  gint64 t;

  if (demo_rng_chance (rng, 150))
    t = midnight + demo_rng_range (rng, 0, DEMO_DAY - 1);
  else
    {
      for (guint i = 0; i < 4 && !steward_calendar_is_business_time (self->calendar, midnight + 10 * DEMO_HOUR); i++)
        midnight = _steward_demo_local_midnight (self, midnight - 12 * DEMO_HOUR);
      t = midnight + 8 * DEMO_HOUR + 30 * DEMO_MINUTE + demo_rng_range (rng, 0, 10 * DEMO_HOUR);
    }
  if (t > self->now - DEMO_MINUTE)
    t = self->now - demo_rng_range (rng, DEMO_MINUTE, 30 * DEMO_MINUTE);
  return t;
}

static guint
pick_client (StewardDemoPlanner *self,
             DemoRng            *rng,
             gint64              at)
{
  guint existing = clients_existing_at (self, at);

  /* Key accounts (the oldest tenth) bring a third of the work. */
  if (demo_rng_chance (rng, 330))
    return demo_rng_below (rng, MAX (1, existing / 10));
  return demo_rng_below (rng, existing);
}

static StewardService
pick_service (DemoRng *rng)
{
  static const StewardService weights[] = {
    STEWARD_SERVICE_ADVISOR, STEWARD_SERVICE_ADVISOR, STEWARD_SERVICE_ADVISOR, STEWARD_SERVICE_ADVISOR,
    STEWARD_SERVICE_REMOTE, STEWARD_SERVICE_REMOTE, STEWARD_SERVICE_REMOTE, STEWARD_SERVICE_REMOTE,
    STEWARD_SERVICE_REMOTE, STEWARD_SERVICE_CONFIG, STEWARD_SERVICE_CONFIG, STEWARD_SERVICE_CONFIG,
    STEWARD_SERVICE_TRAINING, STEWARD_SERVICE_TRAINING, STEWARD_SERVICE_REPORT, STEWARD_SERVICE_REPORT,
    STEWARD_SERVICE_REPORT, STEWARD_SERVICE_VISUAL, STEWARD_SERVICE_VISUAL, STEWARD_SERVICE_VISUAL,
  };

  return DEMO_PICK (rng, weights);
}

/* The showcases, in order: the state each is pinned to, its service and its age in days. */
static const struct {
  StewardState   state;
  StewardService service;
  int            age_days;
  int            complaint;   /* StewardComplaintState, -1 = none */
} showcases[N_SHOWCASES] = {
  { STEWARD_STATE_SUBMITTED, STEWARD_SERVICE_REMOTE, 0, -1 },
  { STEWARD_STATE_UNDER_REVIEW, STEWARD_SERVICE_ADVISOR, 1, -1 },
  { STEWARD_STATE_CONFIRMED, STEWARD_SERVICE_CONFIG, 3, -1 },
  { STEWARD_STATE_IN_PROGRESS, STEWARD_SERVICE_TRAINING, 6, -1 },
  { STEWARD_STATE_DELIVERED, STEWARD_SERVICE_REPORT, 12, STEWARD_COMPLAINT_STATE_RECEIVED },
  { STEWARD_STATE_ACCEPTED, STEWARD_SERVICE_VISUAL, 20, STEWARD_COMPLAINT_STATE_ACCEPTED },
  { STEWARD_STATE_SETTLED, STEWARD_SERVICE_CONFIG, 45, STEWARD_COMPLAINT_STATE_CLOSED },
  { STEWARD_STATE_REJECTED, STEWARD_SERVICE_REMOTE, 4, -1 },
  { STEWARD_STATE_CANCELLED, STEWARD_SERVICE_TRAINING, 8, STEWARD_COMPLAINT_STATE_RESOLVED },
  { STEWARD_STATE_WAITING_ON_CLIENT, STEWARD_SERVICE_CONFIG, 8, -1 },
};

void
steward_demo_plan_request (StewardDemoPlanner *self,
                           guint               index,
                           StewardDemoStep    *out)
{
  guint n = self->options.n_requests;
  int showcase = (n >= 2 * N_SHOWCASES && index >= n - N_SHOWCASES) ? (int) (index - (n - N_SHOWCASES)) : -1;
  StewardDemoRequest *req = &out->request;

  g_return_if_fail (self->n_planned_clients == self->options.n_clients);
  g_return_if_fail (index < n);

  out->has_complaint = FALSE;
  out->has_remedy = FALSE;

  /* A showcase whose pinned state is not reached by now (say a deposit still unpaid) is
   * planned again from further back. */
  for (guint attempt = 0;; attempt++)
    {
      DemoRng rng = demo_rng_for (self->options.seed, 4, ((guint64) index << 8) | attempt);
      StewardService service = showcase >= 0 ? showcases[showcase].service : pick_service (&rng);
      gint64 at;

      if (showcase < 0)
        at = office_time (self, &rng, raw_submission (self, &rng));
      else if (showcases[showcase].age_days == 0)
        at = self->now - 20 * DEMO_MINUTE;
      else
        at = office_time (self, &rng, self->now - ((gint64) showcases[showcase].age_days << attempt) * DEMO_DAY);

      _steward_demo_request_init (self, &rng, req, service, pick_client (self, &rng, at), at);
      req->id = self->next_request_id;
      _steward_demo_simulate (self, &rng, req, showcase >= 0 ? (int) showcases[showcase].state : -1);

      if (showcase < 0 || req->state == showcases[showcase].state || attempt >= 6)
        {
          self->next_request_id++;
          _steward_demo_complaint (self, &rng, out, showcase >= 0 ? showcases[showcase].complaint : -1);
          return;
        }
      /* Give back the ids the discarded attempt took. */
      self->next_payment_id -= req->n_payments;
      self->next_session_id -= req->n_sessions;
    }
}
