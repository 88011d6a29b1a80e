/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-demo"

#include "config.h"

#include "steward-demo-private.h"
#include "steward-desk.h"
#include "steward-enums.h"
#include "steward-sla.h"
#include "steward-time.h"

/* One request's life, walked forward from its submission with realistic delays until it
 * reaches its outcome (settled, rejected, cancelled), the state it is pinned to (a showcase),
 * or an event that would lie after "now" — then it stays in the state it has. Money follows
 * the rules the desk enforces: quotes pass steward_pricing_check_quote(), the 50% deposit is in
 * before work starts, a request is settled only when fully paid. */

typedef enum {
  OUTCOME_COMPLETE,
  OUTCOME_REJECT,
  OUTCOME_CANCEL,
} Outcome;

static gint64
business_after (StewardDemoPlanner *self,
                gint64              from,
                gint64              seconds)
{
  gint64 t = steward_calendar_add_business_seconds (self->calendar, from, MAX (seconds, 1));

  /* A calendar without working days has no business time: fall back to the clock. */
  return t != STEWARD_TIME_NONE ? t : from + seconds;
}

/* Some days later, at a moment of business time. */
static gint64
days_after (StewardDemoPlanner *self,
            DemoRng            *rng,
            gint64              from,
            int                 min_days,
            int                 max_days)
{
  gint64 t = from + demo_rng_range (rng, min_days, max_days) * DEMO_DAY;

  return business_after (self, t, demo_rng_range (rng, DEMO_MINUTE, 3 * DEMO_HOUR));
}

static StewardDemoAudit *
add_audit (StewardDemoRequest *req,
           gint64              at,
           int                 from,
           int                 to,
           const char         *action,
           const char         *note)
{
  StewardDemoAudit *line;

  g_assert (req->n_audit < STEWARD_DEMO_MAX_AUDIT);
  line = &req->audit[req->n_audit++];
  line->at = at;
  line->from_state = from;
  line->to_state = to;
  line->action = action;
  line->note = note != NULL ? note : "";
  req->updated_at = MAX (req->updated_at, at);
  return line;
}

StewardDemoAudit *
_steward_demo_add_step (StewardDemoRequest *req,
                        gint64              at,
                        const char         *action,
                        const char         *note)
{
  return add_audit (req, at, req->state, -1, action, note);
}

static void
transition (StewardDemoRequest *req,
            gint64              at,
            StewardState        to,
            const char         *note)
{
  add_audit (req, at, req->state, to, NULL, note);
  if (to == STEWARD_STATE_WAITING_ON_CLIENT)
    {
      req->held_from_state = req->state;
      req->hold_started_at = at;
    }
  else if (req->state == STEWARD_STATE_WAITING_ON_CLIENT)
    {
      req->held_from_state = -1;
      req->hold_started_at = STEWARD_TIME_NONE;
    }
  req->state = to;
  if (to == STEWARD_STATE_REJECTED || to == STEWARD_STATE_CANCELLED || to == STEWARD_STATE_SETTLED)
    req->closed_at = at;
}

StewardDemoPayment *
_steward_demo_add_payment (StewardDemoPlanner   *self,
                           StewardDemoRequest   *req,
                           StewardPaymentKind    kind,
                           StewardPaymentMethod  method,
                           gint64                amount,
                           gint64                at,
                           const char           *note)
{
  StewardDemoPayment *p;
  StewardDemoAudit *line;
  char yuan[32];

  g_assert (req->n_payments < STEWARD_DEMO_MAX_PAYMENTS);
  g_assert (amount > 0);
  p = &req->payments[req->n_payments++];
  *p = (StewardDemoPayment) {
    .id = self->next_payment_id++,
    .kind = kind,
    .method = method,
    .amount = amount,
    .at = at,
    .note = note != NULL ? note : "",
  };
  /* References look like what banks and payment platforms print. */
  if (method == STEWARD_PAYMENT_METHOD_BANK_TRANSFER)
    g_snprintf (p->reference, sizeof p->reference, "BT%08" G_GINT64_MODIFIER "d", 10000000 + p->id);
  else
    g_snprintf (p->reference, sizeof p->reference, "PAY-%010" G_GINT64_MODIFIER "d", 4200000000 + p->id);

  /* The desk's audit line for a money line: its kind, then "amount; note". */
  line = _steward_demo_add_step (req, at, steward_enum_code (STEWARD_TYPE_PAYMENT_KIND, kind), NULL);
  g_snprintf (yuan, sizeof yuan, "%" G_GINT64_FORMAT ".%02d", amount / 100, (int) (amount % 100));
  g_snprintf (line->text, sizeof line->text, "%s%s%s", yuan, *p->note ? "; " : "", p->note);
  line->note = line->text;
  return p;
}

static gboolean
covered_by_package (StewardDemoPlanner *self,
                    const DemoClientInfo *info,
                    gint64              at,
                    gint64             *package_id)
{
  g_autoptr(GDateTime) dt = NULL;
  int ym;

  if (info->n_packages == 0)
    return FALSE;
  dt = steward_time_to_date_time (at, self->tz);
  ym = g_date_time_get_year (dt) * 12 + g_date_time_get_month (dt) - 1;
  for (guint i = 0; i < info->n_packages; i++)
    {
      const StewardDemoPackage *p = &info->packages[i];
      int first = p->start_year * 12 + p->start_month - 1;

      if (ym >= first && ym < first + (int) p->months && at >= p->purchased_at)
        {
          *package_id = p->id;
          return TRUE;
        }
    }
  return FALSE;
}

/* What the client asks for: priority, operating system, template, emergency, package. */
static void
plan_intake (StewardDemoPlanner *self,
             DemoRng            *rng,
             StewardDemoRequest *req)
{
  const DemoClientInfo *info = &self->clients[req->client_id - 1];
  gboolean support = steward_service_is_support (req->service);

  req->priority = demo_rng_chance (rng, support ? 300 : 120) ? STEWARD_PRIORITY_URGENT : STEWARD_PRIORITY_STANDARD;
  if (req->service == STEWARD_SERVICE_REMOTE)
    {
      static const StewardOs systems[] = { STEWARD_OS_WINDOWS, STEWARD_OS_MACOS, STEWARD_OS_LINUX };

      do
        req->os = DEMO_PICK (rng, systems);
      while ((info->os_mask & (1u << req->os)) == 0);
      req->data_terms_agreed = TRUE;
    }
  if (req->service == STEWARD_SERVICE_CONFIG)
    {
      if (demo_rng_chance (rng, 700))
        {
          req->config_kind = STEWARD_CONFIG_KIND_TEMPLATE;
          req->config_template_id = 1 + demo_rng_below (rng, steward_demo_n_templates ());
        }
      else
        {
          req->config_kind = STEWARD_CONFIG_KIND_SPECIAL;
          req->special_request = _steward_demo_special (rng);
        }
    }
  if (support && req->remedy_of_complaint == 0 &&
      covered_by_package (self, info, req->submitted_at, &req->package_id))
    return;
  if (req->priority == STEWARD_PRIORITY_URGENT && req->remedy_of_complaint == 0 &&
      steward_sla_check_emergency (self->calendar, req->service, req->priority, req->submitted_at, NULL) &&
      demo_rng_chance (rng, 700))
    req->emergency = TRUE;
}

/* The quote agreed at review. Amounts are whole yuan, as people quote them. */
static void
plan_quote (StewardDemoPlanner *self,
            DemoRng            *rng,
            StewardDemoRequest *req)
{
  const StewardPricing *pricing = &self->pricing;
  g_autoptr(GError) error = NULL;
  StewardQuote quote = { .service = req->service };

  switch (req->service)
    {
    case STEWARD_SERVICE_ADVISOR:
    case STEWARD_SERVICE_REMOTE:
      req->fee = MIN (demo_rng_range (rng, 5, 20) * 1000, pricing->incident_max);
      if (req->emergency)
        req->surcharge = demo_rng_range (rng, 2, 10) * 5000;
      break;
    case STEWARD_SERVICE_CONFIG:
    case STEWARD_SERVICE_TRAINING:
      req->complexity = demo_rng_chance (rng, 350) ? STEWARD_COMPLEXITY_COMPLEX : STEWARD_COMPLEXITY_SIMPLE;
      req->fee = req->complexity == STEWARD_COMPLEXITY_COMPLEX ? demo_rng_range (rng, 25, 50) * 10000
                                                               : demo_rng_range (rng, 6, 25) * 10000;
      req->fee = MIN (req->fee, pricing->project_max);
      break;
    case STEWARD_SERVICE_REPORT:
    case STEWARD_SERVICE_VISUAL:
    default:
      req->tier = demo_rng_chance (rng, 400) ? STEWARD_TIER_BASIC : STEWARD_TIER_ADVANCED;
      req->fee = req->tier == STEWARD_TIER_BASIC ? 0 : MAX (demo_rng_range (rng, 5, 30) * 10000, pricing->advanced_min);
      break;
    }
  if (req->package_id != 0 || req->remedy_of_complaint != 0)
    req->fee = 0;

  quote.fee = req->fee;
  quote.surcharge = req->surcharge;
  quote.complexity = req->complexity;
  quote.tier = req->tier;
  quote.emergency = req->emergency;
  quote.package_incident = req->package_id != 0;
  quote.remedy = req->remedy_of_complaint != 0;
  /* The tables above stay inside the default limits; edited limits are honoured here too. */
  if (!steward_pricing_check_quote (pricing, &quote, &error))
    g_warning ("Demo quote refused: %s", error->message);
}

/* The desk's "quote" line: "fee=1200.00 surcharge=0.00 complexity=simple tier=none". */
static void
audit_quote (StewardDemoRequest *req,
             gint64              at)
{
  StewardDemoAudit *line = _steward_demo_add_step (req, at, "quote", NULL);

  g_snprintf (line->text, sizeof line->text,
              "fee=%" G_GINT64_FORMAT ".%02d surcharge=%" G_GINT64_FORMAT ".%02d complexity=%s tier=%s",
              req->fee / 100, (int) (req->fee % 100), req->surcharge / 100, (int) (req->surcharge % 100),
              steward_enum_code (STEWARD_TYPE_COMPLEXITY, req->complexity),
              steward_enum_code (STEWARD_TYPE_TIER, req->tier));
  line->note = line->text;
}

static gint64
first_response (StewardDemoPlanner *self,
                DemoRng            *rng,
                StewardDemoRequest *req)
{
  gint64 limit = req->priority == STEWARD_PRIORITY_URGENT ? STEWARD_SLA_RESPONSE_URGENT_SECONDS
                                                          : STEWARD_SLA_RESPONSE_STANDARD_SECONDS;

  if (req->emergency)
    return req->submitted_at + (demo_rng_chance (rng, 950) ? demo_rng_range (rng, 5 * DEMO_MINUTE, STEWARD_SLA_RESPONSE_EMERGENCY_SECONDS)
                                                            : demo_rng_range (rng, 31 * DEMO_MINUTE, 2 * DEMO_HOUR));
  if (demo_rng_chance (rng, 920))
    return business_after (self, req->submitted_at, demo_rng_range (rng, 3 * DEMO_MINUTE, limit));
  return business_after (self, req->submitted_at, limit + demo_rng_range (rng, DEMO_MINUTE, 6 * DEMO_HOUR));
}

/* A hold on the client from @at; returns FALSE when the request is still waiting at now
 * (or is pinned to waiting), else moves *at to when work resumed. */
static gboolean
hold (StewardDemoPlanner *self,
      DemoRng            *rng,
      StewardDemoRequest *req,
      gint64             *at,
      gboolean            stay)
{
  StewardState from = req->state;
  gint64 start = business_after (self, *at, demo_rng_range (rng, 30 * DEMO_MINUTE, 6 * DEMO_HOUR));
  gint64 end;

  if (start > self->now)
    return FALSE;
  transition (req, start, STEWARD_STATE_WAITING_ON_CLIENT, "等待客户提供资料");
  end = days_after (self, rng, start, 1, 6);
  if (stay || end > self->now)
    return FALSE;
  transition (req, end, from, "客户已提供资料");
  if (req->delivery_due != STEWARD_TIME_NONE)
    req->delivery_due = steward_sla_extend_for_hold (self->calendar, req->delivery_due, start, end, FALSE);
  *at = end;
  return TRUE;
}

void
_steward_demo_request_init (StewardDemoPlanner *self,
                            DemoRng            *rng,
                            StewardDemoRequest *req,
                            StewardService      service,
                            guint               client,
                            gint64              submitted_at)
{
  const DemoClientInfo *info = &self->clients[client];

  *req = (StewardDemoRequest) {
    .client_id = client + 1,
    .contact_id = info->first_contact_id + demo_rng_below (rng, info->n_contacts),
    .title = _steward_demo_title (rng, service, info->latin),
    .description = _steward_demo_description (rng, service),
    .service = service,
    .channel = demo_rng_below (rng, 3),
    .state = STEWARD_STATE_SUBMITTED,
    .held_from_state = -1,
    .hold_started_at = STEWARD_TIME_NONE,
    .owner = info->owner,
    .special_request = "",
    .submitted_at = submitted_at,
    .responded_at = STEWARD_TIME_NONE,
    .work_start_at = STEWARD_TIME_NONE,
    .delivered_at = STEWARD_TIME_NONE,
    .accepted_at = STEWARD_TIME_NONE,
    .settled_at = STEWARD_TIME_NONE,
    .closed_at = STEWARD_TIME_NONE,
    .response_due = STEWARD_TIME_NONE,
    .delivery_due = STEWARD_TIME_NONE,
    .response_met = -1,
    .delivery_met = -1,
    .rating_feedback = "",
    .rated_at = STEWARD_TIME_NONE,
    .updated_at = submitted_at,
  };
}

static StewardPaymentMethod
pick_method (DemoRng *rng)
{
  return demo_rng_chance (rng, 650) ? STEWARD_PAYMENT_METHOD_BANK_TRANSFER : STEWARD_PAYMENT_METHOD_THIRD_PARTY;
}

/* The deposit, in one or two lines; FALSE when it is not all in by now. */
static gboolean
pay_deposit (StewardDemoPlanner *self,
             DemoRng            *rng,
             StewardDemoRequest *req,
             gint64             *at)
{
  gint64 deposit = steward_deposit_for_total (req->fee + req->surcharge);
  gint64 first = demo_rng_chance (rng, 200) && deposit >= 200 ? deposit / 2 : deposit;
  StewardPaymentMethod method = pick_method (rng);
  gint64 t = days_after (self, rng, *at, 0, 3);

  if (t > self->now)
    return FALSE;
  _steward_demo_add_payment (self, req, STEWARD_PAYMENT_KIND_PAYMENT, method, first, t,
                             first < deposit ? "定金（第一笔）" : "定金");
  if (first < deposit)
    {
      t = days_after (self, rng, t, 1, 4);
      if (t > self->now)
        return FALSE;
      _steward_demo_add_payment (self, req, STEWARD_PAYMENT_KIND_PAYMENT, method, deposit - first, t,
                                 "定金（第二笔）");
    }
  *at = t;
  return TRUE;
}

gint64
_steward_demo_received_before (const StewardDemoRequest *req,
                               gint64                    at)
{
  gint64 sum = 0;

  for (guint i = 0; i < req->n_payments; i++)
    {
      const StewardDemoPayment *p = &req->payments[i];
      gint64 sign = p->kind == STEWARD_PAYMENT_KIND_PAYMENT ? 1 : -1;

      if (p->at > at)
        continue;
      if (p->kind == STEWARD_PAYMENT_KIND_REVERSAL)
        for (guint j = 0; j < i; j++)
          if (req->payments[j].id == p->reverses_id)
            sign = req->payments[j].kind == STEWARD_PAYMENT_KIND_PAYMENT ? -1 : 1;
      sum += sign * p->amount;
    }
  return sum;
}

static void
cancel (StewardDemoPlanner *self,
        DemoRng            *rng,
        StewardDemoRequest *req,
        gint64              at)
{
  gint64 paid = _steward_demo_received_before (req, G_MAXINT64);

  /* A deposit already paid is refunded, or kept by explicit choice (SPEC §4). */
  if (paid > 0 && demo_rng_chance (rng, 600))
    {
      _steward_demo_add_payment (self, req, STEWARD_PAYMENT_KIND_REFUND, req->payments[0].method, paid, at,
                                 "取消后退还定金");
      transition (req, at, STEWARD_STATE_CANCELLED, "客户取消，定金退还");
    }
  else
    transition (req, at, STEWARD_STATE_CANCELLED, paid > 0 ? "客户取消，定金不退" : "客户取消");
}

/* When the work is handed over; training requests first get their sessions. */
static gint64
delivery_time (StewardDemoPlanner *self,
               DemoRng            *rng,
               StewardDemoRequest *req,
               gint64              from)
{
  gint64 t;

  if (req->delivery_due != STEWARD_TIME_NONE)
    {
      gint64 budget = steward_calendar_business_seconds_between (self->calendar, from, req->delivery_due);

      if (demo_rng_chance (rng, 880) && budget > 2 * DEMO_HOUR)
        t = business_after (self, from, demo_rng_range (rng, 2 * DEMO_HOUR, budget));
      else
        t = business_after (self, MAX (from, req->delivery_due), demo_rng_range (rng, DEMO_HOUR, 27 * DEMO_HOUR));
    }
  else if (steward_service_is_support (req->service))
    t = business_after (self, from, demo_rng_range (rng, 20 * DEMO_MINUTE, 6 * DEMO_HOUR));
  else
    t = business_after (self, from, demo_rng_range (rng, 4 * DEMO_HOUR, 45 * DEMO_HOUR));

  if (req->service == STEWARD_SERVICE_TRAINING)
    {
      gint64 last = _steward_demo_schedule (self, rng, req, from);

      if (last != STEWARD_TIME_NONE)
        t = MAX (t, business_after (self, last, demo_rng_range (rng, 10 * DEMO_MINUTE, DEMO_HOUR)));
    }
  return t;
}

static guint
pick_rating (DemoRng            *rng,
             const StewardDemoRequest *req)
{
  static const guint weights[] = { 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 3, 3, 2, 1 };
  guint rating = DEMO_PICK (rng, weights);

  /* Late work is rated lower. */
  if ((req->delivery_met == 0 || req->response_met == 0) && rating > 1)
    rating--;
  return rating;
}

static void
accept_and_settle (StewardDemoPlanner *self,
                   DemoRng            *rng,
                   StewardDemoRequest *req,
                   int                 stall)
{
  gint64 t = demo_rng_chance (rng, 900) ? days_after (self, rng, req->delivered_at, 0, 5)
                                        : days_after (self, rng, req->delivered_at, 10, 40);
  gint64 balance;

  if (t > self->now)
    return;
  transition (req, t, STEWARD_STATE_ACCEPTED, "客户验收通过");
  req->accepted_at = t;
  if (demo_rng_chance (rng, 800) || stall == STEWARD_STATE_ACCEPTED)
    {
      gint64 rated = t + demo_rng_range (rng, 10 * DEMO_MINUTE, 3 * DEMO_DAY);

      if (rated <= self->now)
        {
          req->rating = pick_rating (rng, req);
          req->rating_feedback = _steward_demo_rating_text (rng, req->rating);
          req->rated_at = rated;
          StewardDemoAudit *line = _steward_demo_add_step (req, rated, "rating", NULL);

          g_snprintf (line->text, sizeof line->text, "%u", req->rating);
          line->note = line->text;
        }
    }
  if (stall == STEWARD_STATE_ACCEPTED)
    return;

  balance = req->fee + req->surcharge - _steward_demo_received_before (req, G_MAXINT64);
  if (balance > 0)
    {
      StewardPaymentMethod method = pick_method (rng);

      t = demo_rng_chance (rng, 900) ? days_after (self, rng, t, 0, 15) : days_after (self, rng, t, 20, 90);
      if (t > self->now)
        return;
      /* Now and then a line is keyed with the wrong amount and reversed (nothing is deleted). */
      if (demo_rng_chance (rng, 8) && balance >= 200)
        {
          gint64 wrong_id = self->next_payment_id;

          _steward_demo_add_payment (self, req, STEWARD_PAYMENT_KIND_PAYMENT, method, balance / 2, t, "金额录入错误");
          _steward_demo_add_payment (self, req, STEWARD_PAYMENT_KIND_REVERSAL, method, balance / 2, t + DEMO_HOUR,
                                     "冲正：金额录入错误")->reverses_id = wrong_id;
          t += 2 * DEMO_HOUR;
        }
      _steward_demo_add_payment (self, req, STEWARD_PAYMENT_KIND_PAYMENT, method, balance, t, "余款");
    }
  t = business_after (self, t, demo_rng_range (rng, 10 * DEMO_MINUTE, 2 * 9 * DEMO_HOUR));
  if (t > self->now)
    return;
  transition (req, t, STEWARD_STATE_SETTLED, "已结算");
  req->settled_at = t;
}

/* From confirmed: deposit, work (with an optional hold), delivery, acceptance, settlement. */
static void
work (StewardDemoPlanner *self,
      DemoRng            *rng,
      StewardDemoRequest *req,
      Outcome             outcome,
      int                 stall,
      gint64              t)
{
  gboolean needs_deposit = req->fee + req->surcharge > 0 && req->package_id == 0;

  if (needs_deposit && !pay_deposit (self, rng, req, &t))
    return;
  if (outcome == OUTCOME_CANCEL)
    {
      t = days_after (self, rng, t, 1, 3);
      if (t <= self->now)
        cancel (self, rng, req, t);
      return;
    }

  transition (req, t, STEWARD_STATE_IN_PROGRESS, NULL);
  req->work_start_at = t;
  if (req->complexity != STEWARD_COMPLEXITY_NONE)
    req->delivery_due = steward_sla_delivery_due (self->calendar, t, req->complexity);
  if (stall == STEWARD_STATE_IN_PROGRESS)
    {
      if (req->service == STEWARD_SERVICE_TRAINING)
        _steward_demo_schedule (self, rng, req, t);
      return;
    }
  if ((stall == STEWARD_STATE_WAITING_ON_CLIENT || demo_rng_chance (rng, 80)) &&
      !hold (self, rng, req, &t, stall == STEWARD_STATE_WAITING_ON_CLIENT))
    return;

  t = delivery_time (self, rng, req, t);
  if (t > self->now)
    return;
  transition (req, t, STEWARD_STATE_DELIVERED, "已交付，等待客户验收");
  req->delivered_at = t;
  if (req->delivery_due != STEWARD_TIME_NONE)
    req->delivery_met = t <= req->delivery_due;
  if (stall != STEWARD_STATE_DELIVERED)
    accept_and_settle (self, rng, req, stall);
}

static void
simulate (StewardDemoPlanner *self,
          DemoRng            *rng,
          StewardDemoRequest *req,
          int                 stall)
{
  Outcome outcome = OUTCOME_COMPLETE;
  guint roll = demo_rng_below (rng, 1000);
  gint64 t;

  if (stall == STEWARD_STATE_REJECTED || (stall < 0 && roll < 50 && req->remedy_of_complaint == 0))
    outcome = OUTCOME_REJECT;
  else if (stall == STEWARD_STATE_CANCELLED || (stall < 0 && roll >= 50 && roll < 110 && req->remedy_of_complaint == 0))
    outcome = OUTCOME_CANCEL;

  plan_intake (self, rng, req);
  req->response_due = steward_sla_response_due (self->calendar, req->submitted_at, req->priority, req->emergency);
  if (demo_rng_chance (rng, 250) && req->submitted_at + DEMO_HOUR <= self->now)
    {
      req->note_body = _steward_demo_note (rng, req->service);
      req->note_at = req->submitted_at + DEMO_HOUR;
      _steward_demo_add_step (req, req->note_at, "note", "shared");
    }

  /* Leaving submitted is the first response. */
  t = first_response (self, rng, req);
  if (stall == STEWARD_STATE_SUBMITTED || t > self->now)
    return;
  req->responded_at = t;
  req->response_met = t <= req->response_due;
  if (outcome == OUTCOME_REJECT && demo_rng_chance (rng, 400))
    {
      transition (req, t, STEWARD_STATE_REJECTED, "不在服务范围内");
      return;
    }
  transition (req, t, STEWARD_STATE_UNDER_REVIEW, NULL);
  if (stall == STEWARD_STATE_UNDER_REVIEW)
    return;
  if (demo_rng_chance (rng, 60) && !hold (self, rng, req, &t, FALSE))
    return;

  t = business_after (self, t, demo_rng_range (rng, DEMO_HOUR, 12 * DEMO_HOUR));
  if (t > self->now)
    return;
  if (outcome == OUTCOME_REJECT)
    {
      transition (req, t, STEWARD_STATE_REJECTED, "客户预算不足，暂不实施");
      return;
    }
  plan_quote (self, rng, req);
  audit_quote (req, t);
  transition (req, t, STEWARD_STATE_CONFIRMED, "方案与费用已确认");
  if (req->service == STEWARD_SERVICE_ADVISOR && demo_rng_chance (rng, 300))
    {
      _steward_demo_feedback (rng, &req->feedback_area, &req->feedback_body);
      req->feedback_at = t;
      _steward_demo_add_step (req, t, "feedback", req->feedback_area);
    }
  if (stall == STEWARD_STATE_CONFIRMED)
    return;
  if (outcome == OUTCOME_CANCEL && demo_rng_chance (rng, 500))
    {
      t = days_after (self, rng, t, 1, 5);
      if (t <= self->now)
        cancel (self, rng, req, t);
      return;
    }
  work (self, rng, req, outcome, stall, t);
}

/* steward_desk_due_soon_at () finds its instant by bisection, a few dozen calendar walks. Most
 * deadlines lie well inside a business window, where the answer is plain: when the 15 minutes
 * and 1 second before the deadline are all business time, 15 minutes before is the earliest
 * instant with at most 15 minutes left. Only the others take the desk's search; both give the
 * same instant (checked against the desk for 110,000 demo deadlines). */
static gint64
due_soon_at (StewardDemoPlanner *self,
             gint64              due,
             gboolean            clock_time)
{
  gint64 start;

  if (due == STEWARD_TIME_NONE)
    return steward_desk_due_soon_at (self->calendar, due, clock_time);

  start = due - STEWARD_SLA_DUE_SOON_SECONDS;
  if (!clock_time &&
      steward_calendar_business_seconds_between (self->calendar, start - 1, due) == STEWARD_SLA_DUE_SOON_SECONDS + 1)
    return start;
  return steward_desk_due_soon_at (self->calendar, due, clock_time);
}

void
_steward_demo_simulate (StewardDemoPlanner *self,
                        DemoRng            *rng,
                        StewardDemoRequest *req,
                        int                 stall)
{
  /* A creation comes from no state, as the desk records it. */
  add_audit (req, req->submitted_at, -1, STEWARD_STATE_SUBMITTED, NULL, NULL);
  simulate (self, rng, req, stall);
  req->response_due_soon_at = due_soon_at (self, req->response_due, req->emergency);
  req->delivery_due_soon_at = due_soon_at (self, req->delivery_due, FALSE);
}
