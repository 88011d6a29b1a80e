/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-demo"

#include "config.h"

#include "steward-complaint-rules.h"
#include "steward-demo-private.h"

/* Training sessions and complaints.
 *
 * Sessions start in one of three daily slots (09:30, 14:00, 16:00 local) and last at most two
 * hours, so two sessions in different slots never overlap; a trainer or a client books a slot
 * at most once. Scheduling then cannot produce the conflicts the planner refuses (SPEC §6). */

static const guint slot_starts[] = { 9 * 60 + 30, 14 * 60, 16 * 60 };

#define CLIENT_BIT (G_GUINT64_CONSTANT (1) << 31)

/* Adds @key; FALSE when it was already there. */
static gboolean
slot_set_add (DemoSlotSet *set,
              guint64      key)
{
  gsize mask;
  gsize i;

  key++;  /* 0 marks an empty bucket */
  if ((set->count + 1) * 2 > set->capacity)
    {
      DemoSlotSet bigger = { g_new0 (guint64, MAX (set->capacity * 2, 1024)), MAX (set->capacity * 2, 1024), 0 };

      for (gsize j = 0; j < set->capacity; j++)
        if (set->keys[j] != 0)
          slot_set_add (&bigger, set->keys[j] - 1);
      g_free (set->keys);
      *set = bigger;
    }
  mask = set->capacity - 1;
  for (i = (key * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> 20 & mask; set->keys[i] != 0; i = (i + 1) & mask)
    if (set->keys[i] == key)
      return FALSE;
  set->keys[i] = key;
  set->count++;
  return TRUE;
}

static gboolean
slot_set_contains (DemoSlotSet *set,
                   guint64      key)
{
  gsize mask;

  if (set->capacity == 0)
    return FALSE;
  key++;
  mask = set->capacity - 1;
  for (gsize i = (key * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> 20 & mask; set->keys[i] != 0; i = (i + 1) & mask)
    if (set->keys[i] == key)
      return TRUE;
  return FALSE;
}

static guint64
slot_key (guint64 who,
          gint64  midnight,
          guint   slot)
{
  guint64 day = (guint64) ((midnight + 12 * DEMO_HOUR) / DEMO_DAY);

  return (who << 32) | (day * G_N_ELEMENTS (slot_starts) + slot);
}

/* The next free slot of @trainer and @client on a working day after @midnight. */
static gint64
book_slot (StewardDemoPlanner *self,
           DemoRng            *rng,
           guint               trainer,
           guint64             client,
           gint64             *midnight)
{
  for (guint tries = 0; tries < 60; tries++)
    {
      guint first = demo_rng_below (rng, G_N_ELEMENTS (slot_starts));

      *midnight = _steward_demo_local_midnight (self, *midnight + DEMO_DAY + 12 * DEMO_HOUR);
      if (!steward_calendar_is_business_time (self->calendar, *midnight + 10 * DEMO_HOUR))
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (slot_starts); k++)
        {
          guint slot = (first + k) % G_N_ELEMENTS (slot_starts);
          guint64 tkey = slot_key (trainer, *midnight, slot);
          guint64 ckey = slot_key (client | CLIENT_BIT, *midnight, slot);

          if (slot_set_contains (&self->booked, tkey) || slot_set_contains (&self->booked, ckey))
            continue;
          slot_set_add (&self->booked, tkey);
          slot_set_add (&self->booked, ckey);
          return *midnight + (gint64) slot_starts[slot] * DEMO_MINUTE;
        }
    }
  return STEWARD_TIME_NONE;
}

static void
add_attendees (StewardDemoPlanner *self,
               DemoRng            *rng,
               StewardDemoRequest *req,
               StewardDemoSession *session)
{
  const DemoClientInfo *info = &self->clients[req->client_id - 1];

  session->n_attendees = 1 + demo_rng_below (rng, STEWARD_DEMO_MAX_ATTENDEES);
  session->attendees[0].contact_id = info->first_contact_id;
  g_strlcpy (session->attendees[0].name, info->contact_name, sizeof session->attendees[0].name);
  session->attendees[0].role = "";
  for (guint i = 1; i < session->n_attendees; i++)
    {
      StewardDemoContact person;

      _steward_demo_person (rng, info->latin, "example.com", &person);
      session->attendees[i].contact_id = 0;
      g_strlcpy (session->attendees[i].name, person.name, sizeof session->attendees[i].name);
      session->attendees[i].role = person.role;
    }
}

gint64
_steward_demo_schedule (StewardDemoPlanner *self,
                        DemoRng            *rng,
                        StewardDemoRequest *req,
                        gint64              from)
{
  static const guint durations[] = { 60, 90, 120, 120 };
  guint trainer = demo_rng_below (rng, self->n_trainers);
  guint n = req->complexity == STEWARD_COMPLEXITY_COMPLEX ? 2 + demo_rng_below (rng, 2) : 1;
  gint64 midnight = _steward_demo_local_midnight (self, from);
  gint64 last_end = STEWARD_TIME_NONE;
  StewardTrainingFormat format = demo_rng_below (rng, 2);
  const char *title = _steward_demo_training_title (rng);

  for (guint i = 0; i < n && req->n_sessions < STEWARD_DEMO_MAX_SESSIONS; i++)
    {
      StewardDemoSession *s = &req->sessions[req->n_sessions];
      gint64 start = book_slot (self, rng, trainer, (guint64) req->client_id, &midnight);

      if (start == STEWARD_TIME_NONE)
        break;
      s->id = self->next_session_id++;
      s->title = title;
      s->trainer = self->trainers[trainer];
      s->trainer_key = self->trainer_keys[trainer];
      s->format = format;
      s->content = demo_rng_below (rng, 3);
      s->start_at = start;
      s->duration_minutes = DEMO_PICK (rng, durations);
      s->location = _steward_demo_location (rng, format);
      if (start + s->duration_minutes * DEMO_MINUTE > self->now)
        s->status = STEWARD_TRAINING_STATUS_SCHEDULED;
      else if (demo_rng_chance (rng, 40))
        s->status = STEWARD_TRAINING_STATUS_CANCELLED;
      else
        s->status = STEWARD_TRAINING_STATUS_DONE;
      add_attendees (self, rng, req, s);
      req->n_sessions++;
      if (s->status != STEWARD_TRAINING_STATUS_CANCELLED)
        last_end = start + s->duration_minutes * DEMO_MINUTE;
      /* Complex programmes leave a day or two between sessions. */
      midnight += demo_rng_below (rng, 2) * DEMO_DAY;
    }
  return last_end;
}

/* Complaints: about one request in seventy that got delivered or cancelled, or pinned to a
 * state on a showcase. Accepted within 24 h nine times in ten, solved within 48 h mostly. */

static void
plan_remedy (StewardDemoPlanner *self,
             DemoRng            *rng,
             StewardDemoStep    *step)
{
  StewardDemoRequest *req = &step->request;
  StewardDemoComplaint *c = &step->complaint;
  gint64 paid = _steward_demo_received_before (req, c->resolved_at);
  guint roll = demo_rng_below (rng, 100);

  c->remedy = STEWARD_REMEDY_NONE;
  if (roll < 35 && paid >= 200)
    {
      /* No more than was paid on the request, in whole yuan. */
      gint64 amount = MAX (100, paid * demo_rng_range (rng, 10, 50) / 100 / 100 * 100);

      c->remedy = STEWARD_REMEDY_PARTIAL_REFUND;
      c->refund = MIN (amount, paid);
      _steward_demo_add_payment (self, req, STEWARD_PAYMENT_KIND_ADJUSTMENT, req->payments[0].method,
                                 c->refund, c->resolved_at, "投诉补偿：部分退款")->complaint_id = c->id;
    }
  else if (roll < 65 && req->state != STEWARD_STATE_CANCELLED)
    {
      StewardDemoRequest *remedy = &step->remedy;

      c->remedy = STEWARD_REMEDY_RESERVICE;
      step->has_remedy = TRUE;
      _steward_demo_request_init (self, rng, remedy, req->service, req->client_id - 1, c->resolved_at);
      remedy->id = self->next_request_id++;
      remedy->remedy_of_complaint = c->id;
      c->remedy_request_id = remedy->id;
      remedy->contact_id = req->contact_id;
      remedy->title = req->title;
      remedy->description = "投诉补救：免费重新服务";
      _steward_demo_simulate (self, rng, remedy, -1);
    }
  c->solution = _steward_demo_solution (c->remedy);
}

gboolean
_steward_demo_complaint (StewardDemoPlanner *self,
                         DemoRng            *rng,
                         StewardDemoStep    *step,
                         int                 forced_state)
{
  StewardDemoRequest *req = &step->request;
  StewardDemoComplaint *c = &step->complaint;
  gint64 base = req->delivered_at != STEWARD_TIME_NONE ? req->delivered_at
              : req->state == STEWARD_STATE_CANCELLED ? req->closed_at : STEWARD_TIME_NONE;
  gint64 d_accept, d_resolve, d_close, received;

  if (base == STEWARD_TIME_NONE || (forced_state < 0 && !demo_rng_chance (rng, 15)))
    return FALSE;

  d_accept = demo_rng_chance (rng, 900) ? demo_rng_range (rng, DEMO_HOUR, 23 * DEMO_HOUR)
                                        : demo_rng_range (rng, 25 * DEMO_HOUR, 40 * DEMO_HOUR);
  d_resolve = demo_rng_chance (rng, 850) && d_accept < 46 * DEMO_HOUR
                ? demo_rng_range (rng, d_accept + DEMO_HOUR, 47 * DEMO_HOUR)
                : demo_rng_range (rng, MAX (d_accept + DEMO_HOUR, 49 * DEMO_HOUR), 72 * DEMO_HOUR);
  d_close = d_resolve + (forced_state >= 0 ? DEMO_DAY : demo_rng_range (rng, 1, 7) * DEMO_DAY);

  switch (forced_state)
    {
    case STEWARD_COMPLAINT_STATE_RECEIVED: received = self->now - d_accept / 2; break;
    case STEWARD_COMPLAINT_STATE_ACCEPTED: received = self->now - (d_accept + d_resolve) / 2; break;
    case STEWARD_COMPLAINT_STATE_RESOLVED: received = self->now - (d_resolve + d_close) / 2; break;
    case STEWARD_COMPLAINT_STATE_CLOSED: received = self->now - d_close - DEMO_DAY; break;
    default: received = base + demo_rng_range (rng, DEMO_HOUR, 10 * DEMO_DAY); break;
    }
  if (received < base || received > self->now)
    return FALSE;

  *c = (StewardDemoComplaint) {
    .id = self->next_complaint_id++,
    .client_id = req->client_id,
    .request_id = req->id,
    .channel = demo_rng_below (rng, 2),
    .state = STEWARD_COMPLAINT_STATE_RECEIVED,
    .received_at = received,
    .accept_due = received + STEWARD_COMPLAINT_ACCEPT_SECONDS,
    .solution_due = received + STEWARD_COMPLAINT_RESOLVE_SECONDS,
    .accepted_at = STEWARD_TIME_NONE,
    .resolved_at = STEWARD_TIME_NONE,
    .closed_at = STEWARD_TIME_NONE,
    .solution = "",
    .remedy = STEWARD_REMEDY_NONE,
    .who = req->owner,
    .updated_at = received,
  };
  _steward_demo_complaint_text (rng, &c->summary, &c->details);
  step->has_complaint = TRUE;

  if (received + d_accept > self->now)
    return TRUE;
  c->state = STEWARD_COMPLAINT_STATE_ACCEPTED;
  c->accepted_at = c->updated_at = received + d_accept;
  if (received + d_resolve > self->now)
    return TRUE;
  c->state = STEWARD_COMPLAINT_STATE_RESOLVED;
  c->resolved_at = c->updated_at = received + d_resolve;
  plan_remedy (self, rng, step);
  if (received + d_close > self->now)
    return TRUE;
  c->state = STEWARD_COMPLAINT_STATE_CLOSED;
  c->closed_at = c->updated_at = received + d_close;
  return TRUE;
}
