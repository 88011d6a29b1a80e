/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-demo"

#include "config.h"

#include "steward-enums.h"
#include "steward-store-demo-private.h"

/* Rows of a planned request. The columns follow the schema files in src/store/sql;
 * enumerations are written as their stable codes (steward_enum_code ()). */

#define CODE(type, value) steward_enum_code (STEWARD_TYPE_##type, (value))

static const char request_sql[] =
  "INSERT INTO service_requests (id, client_id, contact_id, title, description, service, priority, "
  "channel, state, held_from_state, hold_started_at, owner, fee_fen, surcharge_fen, emergency, "
  "complexity, tier, os, data_terms_agreed, config_kind, config_template_id, special_request, "
  "package_id, remedy_of_complaint, submitted_at, responded_at, work_start_at, delivered_at, "
  "accepted_at, settled_at, closed_at, response_due, delivery_due, response_met, delivery_met, "
  "rating, rating_feedback, rated_at, created_at, updated_at, template_name, package_incident, "
  "response_due_soon_at, delivery_due_soon_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
  "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, "
  "?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, ?25, ?39, ?40, ?23 IS NOT NULL, ?41, ?42)";

static const char payment_sql[] =
  "INSERT INTO payments (id, request_id, package_id, kind, amount_fen, method, at, reference, "
  "note, reverses_id, complaint_id, who, created_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?7)";

/* A request's audit lines go in with one statement: most of the cost of a small row is the
 * statement around it. */
#define AUDIT_COLUMNS 7

static char *
audit_sql (guint n)
{
  GString *sql = g_string_new ("INSERT INTO request_audit (request_id, at, who, action, from_state, "
                               "to_state, note) VALUES ");

  for (guint i = 0; i < n; i++)
    g_string_append (sql, i == 0 ? "(?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?)");
  return g_string_free (sql, FALSE);
}

static const char note_sql[] =
  "INSERT INTO request_notes (request_id, at, who, body, shared) VALUES (?1, ?2, ?3, ?4, 1)";

static const char feedback_sql[] =
  "INSERT INTO feedback_items (request_id, area, body, at) VALUES (?1, ?2, ?3, ?4)";

static const char session_sql[] =
  "INSERT INTO training_sessions (id, request_id, title, trainer, format, content, start_at, "
  "duration_minutes, end_at, location, status, created_at, updated_at, client_id, trainer_key) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7 + ?8 * 60, ?9, ?10, ?11, ?11, ?12, ?13)";

static const char attendee_sql[] =
  "INSERT INTO training_attendees (session_id, contact_id, name, role) VALUES (?1, ?2, ?3, ?4)";

static const char complaint_sql[] =
  "INSERT INTO complaints (id, client_id, request_id, channel, summary, details, state, "
  "received_at, accept_due, solution_due, accepted_at, resolved_at, closed_at, solution, remedy, "
  "who, created_at, updated_at, remedy_request_id, refund_fen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
  "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?8, ?17, ?18, ?19)";

gboolean
_steward_store_demo_writer_init (DemoRequestWriter  *writer,
                                 StewardStore       *store,
                                 guint               n_clients,
                                 GError            **error)
{
  *writer = (DemoRequestWriter) {
    .store = store,
    .summaries = g_new0 (DemoSummary, n_clients),
    .n_clients = n_clients,
  };
  for (guint n = 1; n <= STEWARD_DEMO_MAX_AUDIT; n++)
    {
      g_autofree char *sql = audit_sql (n);

      if ((writer->audit[n] = steward_store_prepare (store, sql, error)) == NULL)
        return FALSE;
    }
  return (writer->request = steward_store_prepare (store, request_sql, error)) != NULL &&
         (writer->payment = steward_store_prepare (store, payment_sql, error)) != NULL &&
         (writer->note = steward_store_prepare (store, note_sql, error)) != NULL &&
         (writer->feedback = steward_store_prepare (store, feedback_sql, error)) != NULL &&
         (writer->session = steward_store_prepare (store, session_sql, error)) != NULL &&
         (writer->attendee = steward_store_prepare (store, attendee_sql, error)) != NULL &&
         (writer->complaint = steward_store_prepare (store, complaint_sql, error)) != NULL;
}

void
_steward_store_demo_writer_clear (DemoRequestWriter *writer)
{
  StewardStmt **all[] = { &writer->request, &writer->payment, &writer->note, &writer->feedback,
                          &writer->session, &writer->attendee, &writer->complaint };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    g_clear_pointer (all[i], steward_stmt_release);
  for (guint n = 0; n <= STEWARD_DEMO_MAX_AUDIT; n++)
    g_clear_pointer (&writer->audit[n], steward_stmt_release);
  g_clear_pointer (&writer->summaries, g_free);
}

static void
bind_met (StewardStmt *stmt,
          int          index,
          int          met)
{
  if (met < 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, met);
}

static gboolean
write_request_row (DemoRequestWriter         *w,
                   const StewardDemoRequest  *r,
                   GError                   **error)
{
  StewardStmt *s = w->request;

  sqlite3_bind_int64 (s, 1, r->id);
  sqlite3_bind_int64 (s, 2, r->client_id);
  demo_bind_id (s, 3, r->contact_id);
  demo_bind_static (s, 4, r->title);
  demo_bind_static (s, 5, r->description);
  demo_bind_static (s, 6, CODE (SERVICE, r->service));
  demo_bind_static (s, 7, CODE (PRIORITY, r->priority));
  demo_bind_static (s, 8, CODE (CHANNEL, r->channel));
  demo_bind_static (s, 9, CODE (STATE, r->state));
  if (r->held_from_state >= 0)
    demo_bind_static (s, 10, CODE (STATE, r->held_from_state));
  else
    sqlite3_bind_null (s, 10);
  steward_stmt_bind_time (s, 11, r->hold_started_at);
  demo_bind_static (s, 12, r->owner);
  sqlite3_bind_int64 (s, 13, r->fee);
  sqlite3_bind_int64 (s, 14, r->surcharge);
  sqlite3_bind_int (s, 15, r->emergency);
  demo_bind_static (s, 16, CODE (COMPLEXITY, r->complexity));
  demo_bind_static (s, 17, CODE (TIER, r->tier));
  demo_bind_static (s, 18, CODE (OS, r->os));
  sqlite3_bind_int (s, 19, r->data_terms_agreed);
  demo_bind_static (s, 20, CODE (CONFIG_KIND, r->config_kind));
  demo_bind_id (s, 21, r->config_template_id);
  demo_bind_static (s, 22, r->special_request);
  demo_bind_id (s, 23, r->package_id);
  demo_bind_id (s, 24, r->remedy_of_complaint);
  sqlite3_bind_int64 (s, 25, r->submitted_at);
  steward_stmt_bind_time (s, 26, r->responded_at);
  steward_stmt_bind_time (s, 27, r->work_start_at);
  steward_stmt_bind_time (s, 28, r->delivered_at);
  steward_stmt_bind_time (s, 29, r->accepted_at);
  steward_stmt_bind_time (s, 30, r->settled_at);
  steward_stmt_bind_time (s, 31, r->closed_at);
  steward_stmt_bind_time (s, 32, r->response_due);
  steward_stmt_bind_time (s, 33, r->delivery_due);
  bind_met (s, 34, r->response_met);
  bind_met (s, 35, r->delivery_met);
  if (r->rating > 0)
    sqlite3_bind_int (s, 36, r->rating);
  else
    sqlite3_bind_null (s, 36);
  demo_bind_static (s, 37, r->rating_feedback);
  steward_stmt_bind_time (s, 38, r->rated_at);
  sqlite3_bind_int64 (s, 39, r->updated_at);
  demo_bind_static (s, 40, r->config_template_id > 0 ? steward_demo_template_name (r->config_template_id - 1) : "");
  steward_stmt_bind_time (s, 41, r->response_due_soon_at);
  steward_stmt_bind_time (s, 42, r->delivery_due_soon_at);
  return steward_store_step_done (w->store, s, error);
}

gboolean
_steward_store_demo_write_payment (DemoRequestWriter        *w,
                                   gint64                    request_id,
                                   gint64                    package_id,
                                   const StewardDemoPayment *p,
                                   const char               *who,
                                   GError                  **error)
{
  StewardStmt *s = w->payment;

  sqlite3_bind_int64 (s, 1, p->id);
  demo_bind_id (s, 2, request_id);
  demo_bind_id (s, 3, package_id);
  demo_bind_static (s, 4, CODE (PAYMENT_KIND, p->kind));
  sqlite3_bind_int64 (s, 5, p->amount);
  demo_bind_static (s, 6, CODE (PAYMENT_METHOD, p->method));
  sqlite3_bind_int64 (s, 7, p->at);
  demo_bind_static (s, 8, p->reference);
  demo_bind_static (s, 9, p->note);
  demo_bind_id (s, 10, p->reverses_id);
  demo_bind_id (s, 11, p->complaint_id);
  demo_bind_static (s, 12, who);
  return steward_store_step_done (w->store, s, error);
}

static gboolean
write_audit (DemoRequestWriter         *w,
             const StewardDemoRequest  *r,
             GError                   **error)
{
  StewardStmt *s;

  if (r->n_audit == 0)
    return TRUE;
  s = w->audit[r->n_audit];
  for (guint i = 0; i < r->n_audit; i++)
    {
      const StewardDemoAudit *a = &r->audit[i];
      int base = (int) i * AUDIT_COLUMNS;

      const char *to = a->to_state >= 0 ? CODE (STATE, a->to_state) : a->action;

      /* As the request repository writes the desk's lines: a move between states is a 'state'
       * action; any other step names itself in both columns. */
      sqlite3_bind_int64 (s, base + 1, r->id);
      sqlite3_bind_int64 (s, base + 2, a->at);
      demo_bind_static (s, base + 3, r->owner);
      demo_bind_static (s, base + 4, a->to_state >= 0 ? "state" : a->action);
      demo_bind_static (s, base + 5, a->from_state >= 0 ? CODE (STATE, a->from_state) : "");
      demo_bind_static (s, base + 6, to);
      demo_bind_static (s, base + 7, a->note);
    }
  return steward_store_step_done (w->store, s, error);
}

static gboolean
write_session (DemoRequestWriter         *w,
               const StewardDemoRequest  *r,
               const StewardDemoSession  *session,
               GError                   **error)
{
  StewardStmt *s = w->session;

  sqlite3_bind_int64 (s, 1, session->id);
  sqlite3_bind_int64 (s, 2, r->id);
  demo_bind_static (s, 3, session->title);
  demo_bind_static (s, 4, session->trainer);
  demo_bind_static (s, 5, CODE (TRAINING_FORMAT, session->format));
  demo_bind_static (s, 6, CODE (TRAINING_CONTENT, session->content));
  sqlite3_bind_int64 (s, 7, session->start_at);
  sqlite3_bind_int (s, 8, (int) session->duration_minutes);
  demo_bind_static (s, 9, session->location);
  demo_bind_static (s, 10, CODE (TRAINING_STATUS, session->status));
  sqlite3_bind_int64 (s, 11, r->work_start_at);
  sqlite3_bind_int64 (s, 12, r->client_id);
  demo_bind_static (s, 13, session->trainer_key);
  if (!steward_store_step_done (w->store, s, error))
    return FALSE;

  for (guint i = 0; i < session->n_attendees; i++)
    {
      const StewardDemoAttendee *a = &session->attendees[i];

      sqlite3_bind_int64 (w->attendee, 1, session->id);
      demo_bind_id (w->attendee, 2, a->contact_id);
      demo_bind_static (w->attendee, 3, a->name);
      demo_bind_static (w->attendee, 4, a->role);
      if (!steward_store_step_done (w->store, w->attendee, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_extras (DemoRequestWriter         *w,
              const StewardDemoRequest  *r,
              GError                   **error)
{
  if (!write_audit (w, r, error))
    return FALSE;
  if (r->note_body != NULL)
    {
      sqlite3_bind_int64 (w->note, 1, r->id);
      sqlite3_bind_int64 (w->note, 2, r->note_at);
      demo_bind_static (w->note, 3, r->owner);
      demo_bind_static (w->note, 4, r->note_body);
      if (!steward_store_step_done (w->store, w->note, error))
        return FALSE;
    }
  if (r->feedback_body != NULL)
    {
      sqlite3_bind_int64 (w->feedback, 1, r->id);
      demo_bind_static (w->feedback, 2, r->feedback_area);
      demo_bind_static (w->feedback, 3, r->feedback_body);
      sqlite3_bind_int64 (w->feedback, 4, r->feedback_at);
      if (!steward_store_step_done (w->store, w->feedback, error))
        return FALSE;
    }
  for (guint i = 0; i < r->n_sessions; i++)
    if (!write_session (w, r, &r->sessions[i], error))
      return FALSE;
  return TRUE;
}

static gboolean
write_payments (DemoRequestWriter         *w,
                const StewardDemoRequest  *r,
                GError                   **error)
{
  for (guint i = 0; i < r->n_payments; i++)
    if (!_steward_store_demo_write_payment (w, r->id, 0, &r->payments[i], r->owner, error))
      return FALSE;
  return TRUE;
}

static gboolean
write_complaint (DemoRequestWriter           *w,
                 const StewardDemoComplaint  *c,
                 GError                     **error)
{
  StewardStmt *s = w->complaint;

  sqlite3_bind_int64 (s, 1, c->id);
  sqlite3_bind_int64 (s, 2, c->client_id);
  demo_bind_id (s, 3, c->request_id);
  demo_bind_static (s, 4, CODE (COMPLAINT_CHANNEL, c->channel));
  demo_bind_static (s, 5, c->summary);
  demo_bind_static (s, 6, c->details);
  demo_bind_static (s, 7, CODE (COMPLAINT_STATE, c->state));
  sqlite3_bind_int64 (s, 8, c->received_at);
  sqlite3_bind_int64 (s, 9, c->accept_due);
  sqlite3_bind_int64 (s, 10, c->solution_due);
  steward_stmt_bind_time (s, 11, c->accepted_at);
  steward_stmt_bind_time (s, 12, c->resolved_at);
  steward_stmt_bind_time (s, 13, c->closed_at);
  demo_bind_static (s, 14, c->solution);
  demo_bind_static (s, 15, CODE (REMEDY, c->remedy));
  demo_bind_static (s, 16, c->who);
  sqlite3_bind_int64 (s, 17, c->updated_at);
  demo_bind_id (s, 18, c->remedy_request_id);
  sqlite3_bind_int64 (s, 19, c->refund);
  return steward_store_step_done (w->store, s, error);
}

/* The effect of a line on what is still owed (net fee − received): a payment lowers it, a
 * refund raises it, an adjustment lowers fee and received alike, a reversal undoes its line. */
static gint64
owed_delta (const StewardDemoRequest *r,
            const StewardDemoPayment *p)
{
  StewardPaymentKind kind = p->kind;
  gint64 sign = 1;

  if (kind == STEWARD_PAYMENT_KIND_REVERSAL)
    {
      sign = -1;
      for (guint i = 0; i < r->n_payments; i++)
        if (r->payments[i].id == p->reverses_id)
          kind = r->payments[i].kind;
    }
  switch (kind)
    {
    case STEWARD_PAYMENT_KIND_PAYMENT: return -sign * p->amount;
    case STEWARD_PAYMENT_KIND_REFUND: return sign * p->amount;
    case STEWARD_PAYMENT_KIND_ADJUSTMENT:
    case STEWARD_PAYMENT_KIND_REVERSAL:
    default: return 0;
    }
}

/* The definitions of client_summary.sql: open unless settled, rejected or cancelled; owed on
 * agreed work (confirmed onwards, or held from in-progress) that is not a package incident. */
static void
add_to_summary (DemoRequestWriter        *w,
                const StewardDemoRequest *r)
{
  DemoSummary *s = &w->summaries[r->client_id - 1];
  gboolean agreed = (r->state >= STEWARD_STATE_CONFIRMED && r->state <= STEWARD_STATE_SETTLED) ||
                    r->held_from_state == STEWARD_STATE_IN_PROGRESS;

  s->open += steward_state_is_open (r->state);
  s->last_activity = MAX (s->last_activity, r->updated_at);
  if (agreed && r->package_id == 0)
    s->outstanding += r->fee + r->surcharge;
  for (guint i = 0; i < r->n_payments; i++)
    {
      s->last_activity = MAX (s->last_activity, r->payments[i].at);
      if (agreed && r->package_id == 0)
        s->outstanding += owed_delta (r, &r->payments[i]);
    }
}

gboolean
_steward_store_demo_write_summaries (DemoRequestWriter  *w,
                                     GError            **error)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (w->store,
                                                       "UPDATE clients SET open_requests = ?1, outstanding_fen = ?2, "
                                                       "last_activity_at = max (last_activity_at, ?3) WHERE id = ?4",
                                                       error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < w->n_clients; i++)
    {
      const DemoSummary *s = &w->summaries[i];

      if (s->last_activity == 0)
        continue;
      sqlite3_bind_int (stmt, 1, (int) s->open);
      sqlite3_bind_int64 (stmt, 2, s->outstanding);
      sqlite3_bind_int64 (stmt, 3, s->last_activity);
      sqlite3_bind_int64 (stmt, 4, (gint64) i + 1);
      if (!steward_store_step_done (w->store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_steward_store_demo_write_step (DemoRequestWriter      *w,
                                const StewardDemoStep  *step,
                                GError                **error)
{
  add_to_summary (w, &step->request);
  if (step->has_remedy)
    add_to_summary (w, &step->remedy);
  if (!write_request_row (w, &step->request, error))
    return FALSE;
  if (step->has_complaint && !write_complaint (w, &step->complaint, error))
    return FALSE;
  if (!write_payments (w, &step->request, error) || !write_extras (w, &step->request, error))
    return FALSE;
  if (step->has_remedy)
    return write_request_row (w, &step->remedy, error) &&
           write_payments (w, &step->remedy, error) &&
           write_extras (w, &step->remedy, error);
  return TRUE;
}
