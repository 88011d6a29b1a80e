/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The request page's state functions and the deadline-notification decision, without a
 * display: which actions each state offers, the deadline texts across a weekend and a holiday,
 * the due-soon/breached thresholds, and when a notification is sent. */
#include "config.h"

#include "fake-request-repository.h"
#include "steward-deadline-alerts.h"
#include "steward-deadline-notifier.h"
#include "steward-desk.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-request-state.h"

#define A(x) STEWARD_REQUEST_ACTION_BIT (STEWARD_REQUEST_ACTION_##x)

typedef struct {
  FakeRequestRepository *repo;
  StewardCalendar       *calendar;
  StewardDesk           *desk;
  StewardPricing         pricing;
} Fixture;

static gint64
T (const char *iso)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->repo = fake_request_repository_new ();
  f->calendar = steward_calendar_new (NULL);
  steward_pricing_init_defaults (&f->pricing);
  f->desk = steward_desk_new (STEWARD_REQUEST_REPOSITORY (f->repo), f->calendar, &f->pricing,
                              "王经理");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->desk);
  g_clear_object (&f->calendar);
  g_clear_object (&f->repo);
}

static gint64
create (Fixture         *f,
        StewardService   service,
        StewardPriority  priority,
        gboolean         emergency,
        gint64           at)
{
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(StewardServiceRequest) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (draft, "client-id", (gint64) 1, "service", service, "priority", priority,
                "emergency", emergency, "description", "ERP 配置", NULL);
  if (service == STEWARD_SERVICE_REMOTE)
    g_object_set (draft, "os", STEWARD_OS_LINUX, "data-terms-agreed", TRUE, NULL);
  if (service == STEWARD_SERVICE_CONFIG)
    g_object_set (draft, "config-kind", STEWARD_CONFIG_KIND_TEMPLATE, "template-name", "ERP",
                  NULL);

  stored = steward_desk_create_request (f->desk, draft, at, &error);
  g_assert_no_error (error);
  return steward_service_request_get_id (stored);
}

static StewardServiceRequest *
load (Fixture       *f,
      gint64         id,
      StewardLedger *ledger)
{
  g_autoptr(GError) error = NULL;
  StewardServiceRequest *request = steward_desk_load_request (f->desk, id, &error);

  g_assert_no_error (error);
  steward_desk_get_ledger (f->desk, id, ledger, &error);
  g_assert_no_error (error);
  return request;
}

static guint
actions_of (Fixture *f,
            gint64   id)
{
  StewardLedger ledger;
  g_autoptr(StewardServiceRequest) request = load (f, id, &ledger);

  return steward_request_available_actions (request, &ledger);
}

static char *
blocked (Fixture              *f,
         gint64                id,
         StewardRequestAction  action)
{
  StewardLedger ledger;
  g_autoptr(StewardServiceRequest) request = load (f, id, &ledger);

  return steward_request_action_blocked_reason (request, &ledger, &f->pricing, action);
}

static void
pay (Fixture *f,
     gint64   id,
     gint64   amount,
     gint64   at)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardPayment) line = NULL;

  line = steward_desk_add_payment (f->desk, id, STEWARD_PAYMENT_KIND_PAYMENT, amount,
                                   STEWARD_PAYMENT_METHOD_BANK_TRANSFER, at, "HX-1", &error);
  g_assert_no_error (error);
}

static void
test_actions_by_state (Fixture       *f,
                       gconstpointer  data)
{
  gint64 at = T ("2026-03-09T10:00:00+08:00");
  gint64 id = create (f, STEWARD_SERVICE_CONFIG, STEWARD_PRIORITY_STANDARD, FALSE, at);
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;

  g_assert_cmphex (actions_of (f, id), ==,
                   A (RESPOND) | A (REVIEW) | A (REJECT) | A (CANCEL) | A (ADD_NOTE));

  g_assert_true (steward_desk_review (f->desk, id, at + 60, NULL, &error));
  g_assert_cmphex (actions_of (f, id), ==,
                   A (QUOTE) | A (CONFIRM) | A (HOLD) | A (REJECT) | A (CANCEL) | A (ADD_NOTE));
  /* Confirm stays on offer before the quote; the page says why it would be refused. */
  reason = blocked (f, id, STEWARD_REQUEST_ACTION_CONFIRM);
  g_assert_true (g_str_has_prefix (reason, "Cannot confirm request #1: "));
  g_clear_pointer (&reason, g_free);

  g_assert_true (steward_desk_quote (f->desk, id, 100000, 0, STEWARD_COMPLEXITY_SIMPLE,
                                     STEWARD_TIER_NONE, at + 120, NULL, &error));
  g_assert_null (blocked (f, id, STEWARD_REQUEST_ACTION_CONFIRM));
  g_assert_true (steward_desk_confirm (f->desk, id, at + 180, NULL, &error));
  g_assert_cmphex (actions_of (f, id), ==,
                   A (RECORD_DEPOSIT) | A (START) | A (CANCEL) | A (ADD_NOTE));
  reason = blocked (f, id, STEWARD_REQUEST_ACTION_START);
  g_assert_cmpstr (reason, ==,
                   "Cannot start request #1: the deposit of ¥500.00 has not been received (¥0.00 paid)");
  g_clear_pointer (&reason, g_free);

  pay (f, id, 50000, at + 240);
  g_assert_null (blocked (f, id, STEWARD_REQUEST_ACTION_START));
  g_assert_cmphex (actions_of (f, id), ==, A (START) | A (CANCEL) | A (REFUND) | A (ADD_NOTE));

  g_assert_true (steward_desk_start (f->desk, id, at + 300, NULL, &error));
  g_assert_cmphex (actions_of (f, id), ==,
                   A (HOLD) | A (DELIVER) | A (RECORD_BALANCE) | A (REFUND) | A (ADD_NOTE));

  g_assert_true (steward_desk_hold (f->desk, id, at + 360, NULL, &error));
  g_assert_cmphex (actions_of (f, id), ==,
                   A (RESUME) | A (RECORD_BALANCE) | A (REFUND) | A (ADD_NOTE));
  g_assert_true (steward_desk_resume (f->desk, id, at + 420, NULL, &error));

  g_assert_true (steward_desk_deliver (f->desk, id, at + 480, NULL, &error));
  g_assert_cmphex (actions_of (f, id), ==,
                   A (ACCEPT) | A (RECORD_BALANCE) | A (REFUND) | A (ADD_NOTE));

  g_assert_true (steward_desk_accept (f->desk, id, at + 540, NULL, &error));
  g_assert_cmphex (actions_of (f, id), ==,
                   A (SETTLE) | A (RECORD_BALANCE) | A (RATE) | A (REFUND) | A (ADD_NOTE));
  reason = blocked (f, id, STEWARD_REQUEST_ACTION_SETTLE);
  g_assert_cmpstr (reason, ==,
                   "Cannot settle request #1: ¥500.00 of the net fee ¥1,000.00 has been received "
                   "(¥500.00 outstanding)");

  pay (f, id, 50000, at + 600);
  g_assert_cmphex (actions_of (f, id), ==, A (SETTLE) | A (RATE) | A (REFUND) | A (ADD_NOTE));
  g_assert_true (steward_desk_settle (f->desk, id, at + 660, NULL, &error));
  g_assert_cmphex (actions_of (f, id), ==, A (RATE) | A (ADD_NOTE));
  g_assert_true (steward_desk_rate (f->desk, id, 5, "很好", at + 720, &error));
  g_assert_no_error (error);
  g_assert_cmphex (actions_of (f, id), ==, A (ADD_NOTE));
}

static void
test_actions_closed_and_advisor (Fixture       *f,
                                 gconstpointer  data)
{
  gint64 at = T ("2026-03-09T10:00:00+08:00");
  gint64 advisor = create (f, STEWARD_SERVICE_ADVISOR, STEWARD_PRIORITY_STANDARD, FALSE, at);
  gint64 rejected = create (f, STEWARD_SERVICE_REPORT, STEWARD_PRIORITY_STANDARD, FALSE, at);
  g_autoptr(GError) error = NULL;

  g_assert_cmphex (actions_of (f, advisor), ==,
                   A (RESPOND) | A (REVIEW) | A (REJECT) | A (CANCEL) | A (ADD_NOTE) |
                   A (ADD_FEEDBACK));
  /* Recording the first response is one step, and then it is gone. */
  g_assert_true (steward_desk_respond (f->desk, advisor, at + 60, NULL, &error));
  g_assert_cmphex (actions_of (f, advisor), ==,
                   A (REVIEW) | A (REJECT) | A (CANCEL) | A (ADD_NOTE) | A (ADD_FEEDBACK));

  g_assert_true (steward_desk_reject (f->desk, rejected, at + 60, "不在服务范围", &error));
  g_assert_cmphex (actions_of (f, rejected), ==, A (ADD_NOTE));
}

static char *
deadline_text (Fixture         *f,
               gint64           id,
               StewardDeadline  which,
               gint64           now,
               StewardSlaStatus expected_status)
{
  StewardLedger ledger;
  g_autoptr(StewardServiceRequest) request = load (f, id, &ledger);
  StewardDeadlineView view = { 0 };
  char *text;

  steward_deadline_view_init (&view, request, f->calendar, which, now);
  g_assert_cmpint (view.status, ==, expected_status);
  g_assert_cmpstr (view.badge, ==, steward_sla_badge_label (expected_status));
  text = g_steal_pointer (&view.text);
  steward_deadline_view_clear (&view);
  return text;
}

#define ASSERT_TEXT(f, id, which, now, status, expected) \
  G_STMT_START { \
    g_autofree char *_text = deadline_text (f, id, which, now, status); \
    g_assert_cmpstr (_text, ==, expected); \
  } G_STMT_END

static void
test_deadline_weekend (Fixture       *f,
                       gconstpointer  data)
{
  /* Friday 17:00, standard: one business hour on Friday, one on Monday → Monday 10:00. */
  gint64 id = create (f, STEWARD_SERVICE_REMOTE, STEWARD_PRIORITY_STANDARD, FALSE,
                      T ("2026-03-06T17:00:00+08:00"));

  ASSERT_TEXT (f, id, STEWARD_DEADLINE_RESPONSE, T ("2026-03-06T17:30:00+08:00"),
               STEWARD_SLA_STATUS_RUNNING, "Due Mon 9 Mar 10:00 · 1 h 30 min left");
  /* The weekend costs nothing: Saturday noon still has the same hour left. */
  ASSERT_TEXT (f, id, STEWARD_DEADLINE_RESPONSE, T ("2026-03-07T12:00:00+08:00"),
               STEWARD_SLA_STATUS_RUNNING, "Due Mon 9 Mar 10:00 · 1 h left");
  ASSERT_TEXT (f, id, STEWARD_DEADLINE_RESPONSE, T ("2026-03-09T09:44:59+08:00"),
               STEWARD_SLA_STATUS_RUNNING, "Due Mon 9 Mar 10:00 · 16 min left");
  ASSERT_TEXT (f, id, STEWARD_DEADLINE_RESPONSE, T ("2026-03-09T09:45:00+08:00"),
               STEWARD_SLA_STATUS_DUE_SOON, "Due Mon 9 Mar 10:00 · 15 min left");
  ASSERT_TEXT (f, id, STEWARD_DEADLINE_RESPONSE, T ("2026-03-09T10:00:00+08:00"),
               STEWARD_SLA_STATUS_DUE_SOON, "Due Mon 9 Mar 10:00 · due now");
  ASSERT_TEXT (f, id, STEWARD_DEADLINE_RESPONSE, T ("2026-03-09T10:00:01+08:00"),
               STEWARD_SLA_STATUS_BREACHED, "Was due Mon 9 Mar 10:00 · overdue by 1 min");
  ASSERT_TEXT (f, id, STEWARD_DEADLINE_DELIVERY, T ("2026-03-06T17:30:00+08:00"),
               STEWARD_SLA_STATUS_NONE, "This service has no delivery deadline");
}

static void
test_deadline_holiday (Fixture       *f,
                       gconstpointer  data)
{
  GDate holiday;
  gint64 id;
  g_autoptr(GError) error = NULL;

  g_date_set_dmy (&holiday, 9, G_DATE_MARCH, 2026);
  steward_calendar_set_day (f->calendar, &holiday, FALSE, "假日");
  id = create (f, STEWARD_SERVICE_ADVISOR, STEWARD_PRIORITY_STANDARD, FALSE,
               T ("2026-03-06T17:00:00+08:00"));

  ASSERT_TEXT (f, id, STEWARD_DEADLINE_RESPONSE, T ("2026-03-06T17:30:00+08:00"),
               STEWARD_SLA_STATUS_RUNNING, "Due Tue 10 Mar 10:00 · 1 h 30 min left");
  ASSERT_TEXT (f, id, STEWARD_DEADLINE_RESPONSE, T ("2026-03-09T15:00:00+08:00"),
               STEWARD_SLA_STATUS_RUNNING, "Due Tue 10 Mar 10:00 · 1 h left");

  g_assert_true (steward_desk_respond (f->desk, id, T ("2026-03-10T09:30:00+08:00"), NULL, &error));
  ASSERT_TEXT (f, id, STEWARD_DEADLINE_RESPONSE, T ("2026-03-11T09:00:00+08:00"),
               STEWARD_SLA_STATUS_MET, "Responded Tue 10 Mar 09:30 (due Tue 10 Mar 10:00)");
}

static void
test_deadline_delivery_and_pause (Fixture       *f,
                                  gconstpointer  data)
{
  gint64 at = T ("2026-03-09T09:00:00+08:00");
  gint64 id = create (f, STEWARD_SERVICE_CONFIG, STEWARD_PRIORITY_URGENT, FALSE, at);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  StewardLedger ledger;
  g_autoptr(StewardServiceRequest) request = NULL;

  ASSERT_TEXT (f, id, STEWARD_DEADLINE_DELIVERY, at, STEWARD_SLA_STATUS_NONE,
               "Set when the request is confirmed and the deposit is in");
  g_assert_true (steward_desk_review (f->desk, id, at + 600, NULL, &error));
  g_assert_true (steward_desk_quote (f->desk, id, 100000, 0, STEWARD_COMPLEXITY_SIMPLE,
                                     STEWARD_TIER_NONE, at + 600, NULL, &error));
  g_assert_true (steward_desk_confirm (f->desk, id, at + 600, NULL, &error));
  /* The deposit arrives Monday 10:00: a simple project is due Thursday 18:00. */
  pay (f, id, 50000, T ("2026-03-09T10:00:00+08:00"));
  ASSERT_TEXT (f, id, STEWARD_DEADLINE_DELIVERY, T ("2026-03-12T17:00:00+08:00"),
               STEWARD_SLA_STATUS_RUNNING, "Due Thu 12 Mar 18:00 · 1 h left");
  g_assert_true (steward_desk_start (f->desk, id, T ("2026-03-09T10:30:00+08:00"), NULL, &error));

  /* On hold Thursday 17:00 with an hour left: the clock stops at that hour. */
  g_assert_true (steward_desk_hold (f->desk, id, T ("2026-03-12T17:00:00+08:00"), NULL, &error));
  ASSERT_TEXT (f, id, STEWARD_DEADLINE_DELIVERY, T ("2026-03-13T11:00:00+08:00"),
               STEWARD_SLA_STATUS_PAUSED, "Paused while waiting on the client · 1 h left");
  request = load (f, id, &ledger);
  g_assert_cmpint (steward_request_sla_summary (request, f->calendar,
                                                T ("2026-03-13T11:00:00+08:00"), &summary),
                   ==, STEWARD_SLA_STATUS_PAUSED);
  g_assert_cmpstr (summary, ==, "Paused · 1 h left");
  g_clear_pointer (&summary, g_free);

  g_assert_true (steward_desk_resume (f->desk, id, T ("2026-03-16T09:00:00+08:00"), NULL, &error));
  g_clear_object (&request);
  request = load (f, id, &ledger);
  g_assert_cmpint (steward_request_sla_summary (request, f->calendar,
                                                T ("2026-03-16T09:45:00+08:00"), &summary),
                   ==, STEWARD_SLA_STATUS_DUE_SOON);
  g_assert_cmpstr (summary, ==, "15 min left");
  g_clear_pointer (&summary, g_free);

  /* Delivered at 10:30, half an hour after the 10:00 deadline: the text says which step was
   * late, beside the "Breached" badge. */
  g_assert_true (steward_desk_deliver (f->desk, id, T ("2026-03-16T10:30:00+08:00"), NULL, &error));
  g_clear_object (&request);
  request = load (f, id, &ledger);
  g_assert_cmpint (steward_request_sla_summary (request, f->calendar,
                                                T ("2026-03-16T11:00:00+08:00"), &summary),
                   ==, STEWARD_SLA_STATUS_BREACHED);
  g_assert_cmpstr (summary, ==, "Delivered late");
}

static void
test_badges (void)
{
  g_assert_cmpstr (steward_sla_badge_label (STEWARD_SLA_STATUS_DUE_SOON), ==, "Due soon");
  g_assert_cmpstr (steward_sla_badge_style (STEWARD_SLA_STATUS_DUE_SOON), ==, "warning");
  g_assert_cmpstr (steward_sla_badge_label (STEWARD_SLA_STATUS_BREACHED), ==, "Breached");
  g_assert_cmpstr (steward_sla_badge_style (STEWARD_SLA_STATUS_BREACHED), ==, "error");
  g_assert_cmpstr (steward_sla_badge_label (STEWARD_SLA_STATUS_MET), ==, "Met");
  g_assert_null (steward_sla_badge_label (STEWARD_SLA_STATUS_NONE));
  g_assert_null (steward_sla_badge_style (STEWARD_SLA_STATUS_NONE));
}

static GPtrArray *
open_requests (Fixture *f,
               gint64   id)
{
  GPtrArray *requests = g_ptr_array_new_with_free_func (g_object_unref);
  StewardLedger ledger;

  g_ptr_array_add (requests, load (f, id, &ledger));
  return requests;
}

static guint
decide (Fixture    *f,
        GPtrArray  *requests,
        const char *now,
        gint64      since,
        GHashTable *sent,
        const char *expected_title)
{
  g_autoptr(GPtrArray) alerts = steward_deadline_alerts_decide (requests, f->calendar, T (now),
                                                                since, sent);

  for (guint i = 0; i < alerts->len; i++)
    {
      StewardDeadlineAlert *alert = g_ptr_array_index (alerts, i);

      g_hash_table_add (sent, g_strdup (alert->key));
      if (expected_title != NULL)
        g_assert_cmpstr (alert->title, ==, expected_title);
    }
  return alerts->len;
}

static void
test_alerts (Fixture       *f,
             gconstpointer  data)
{
  gint64 id = create (f, STEWARD_SERVICE_REMOTE, STEWARD_PRIORITY_STANDARD, FALSE,
                      T ("2026-03-06T17:00:00+08:00"));
  g_autoptr(GPtrArray) requests = open_requests (f, id);
  g_autoptr(GHashTable) sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gint64 since = T ("2026-03-06T17:00:00+08:00");

  g_assert_cmpuint (decide (f, requests, "2026-03-09T09:44:59+08:00", since, sent, NULL), ==, 0);
  g_assert_cmpuint (decide (f, requests, "2026-03-09T09:45:00+08:00", since, sent,
                            "Request #1: first response due soon"), ==, 1);
  /* Once only. */
  g_assert_cmpuint (decide (f, requests, "2026-03-09T09:50:00+08:00", since, sent, NULL), ==, 0);
  g_assert_cmpuint (decide (f, requests, "2026-03-09T10:00:00+08:00", since, sent, NULL), ==, 0);
  g_assert_cmpuint (decide (f, requests, "2026-03-09T10:00:01+08:00", since, sent,
                            "Request #1: first response deadline breached"), ==, 1);
  g_assert_cmpuint (decide (f, requests, "2026-03-09T11:00:00+08:00", since, sent, NULL), ==, 0);

  /* A breach from before the application started is not announced. */
  g_hash_table_remove_all (sent);
  g_assert_cmpuint (decide (f, requests, "2026-03-09T11:00:00+08:00",
                            T ("2026-03-09T10:30:00+08:00"), sent, NULL), ==, 0);
}

static void
test_alerts_quiet_hours (Fixture       *f,
                         gconstpointer  data)
{
  /* Friday 17:40, urgent: 30 business minutes, 20 on Friday and 10 on Monday. */
  gint64 urgent = create (f, STEWARD_SERVICE_ADVISOR, STEWARD_PRIORITY_URGENT, FALSE,
                          T ("2026-03-06T17:40:00+08:00"));
  /* Saturday 22:00: an after-hours emergency runs on the clock, due 22:30. */
  gint64 emergency = create (f, STEWARD_SERVICE_REMOTE, STEWARD_PRIORITY_URGENT, TRUE,
                             T ("2026-03-07T22:00:00+08:00"));
  g_autoptr(GPtrArray) a = open_requests (f, urgent);
  g_autoptr(GPtrArray) b = open_requests (f, emergency);
  g_autoptr(GHashTable) sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gint64 since = T ("2026-03-06T08:00:00+08:00");

  /* Due Monday 09:10 (20 min Friday, 10 min Monday): due soon from Friday 17:55. */
  g_assert_cmpuint (decide (f, a, "2026-03-06T17:54:59+08:00", since, sent, NULL), ==, 0);
  g_assert_cmpuint (decide (f, a, "2026-03-06T17:55:00+08:00", since, sent,
                            "Request #1: first response due soon"), ==, 1);
  /* Nothing at night or on the weekend for an ordinary request… */
  g_hash_table_remove_all (sent);
  g_assert_cmpuint (decide (f, a, "2026-03-07T10:00:00+08:00", since, sent, NULL), ==, 0);
  /* …the warning waits for business hours. */
  g_assert_cmpuint (decide (f, a, "2026-03-09T09:00:00+08:00", since, sent,
                            "Request #1: first response due soon"), ==, 1);

  /* The emergency warns on Saturday night, 15 clock minutes before and after the deadline. */
  g_assert_cmpuint (decide (f, b, "2026-03-07T22:14:59+08:00", since, sent, NULL), ==, 0);
  g_assert_cmpuint (decide (f, b, "2026-03-07T22:15:00+08:00", since, sent,
                            "Request #2: first response due soon"), ==, 1);
  g_assert_cmpuint (decide (f, b, "2026-03-07T22:30:01+08:00", since, sent,
                            "Request #2: first response deadline breached"), ==, 1);
}

/* A sender that records what it was asked to show. */
#define TEST_TYPE_SENDER (test_sender_get_type ())
G_DECLARE_FINAL_TYPE (TestSender, test_sender, TEST, SENDER, GObject)

struct _TestSender
{
  GObject    parent_instance;
  GPtrArray *ids;
};

static void test_sender_iface_init (StewardNotificationSenderInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestSender, test_sender, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (STEWARD_TYPE_NOTIFICATION_SENDER,
                                                      test_sender_iface_init))

static void
test_sender_send (StewardNotificationSender *sender,
                  const char                *id,
                  GNotification             *notification)
{
  g_ptr_array_add (TEST_SENDER (sender)->ids, g_strdup (id));
}

static void
test_sender_iface_init (StewardNotificationSenderInterface *iface)
{
  iface->send = test_sender_send;
}

static void
test_sender_finalize (GObject *object)
{
  g_ptr_array_unref (TEST_SENDER (object)->ids);
  G_OBJECT_CLASS (test_sender_parent_class)->finalize (object);
}

static void
test_sender_class_init (TestSenderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_sender_finalize;
}

static void
test_sender_init (TestSender *self)
{
  self->ids = g_ptr_array_new_with_free_func (g_free);
}

static GPtrArray *
fixture_open_requests (gpointer   user_data,
                       GError   **error)
{
  return open_requests (user_data, 1);
}

static void
test_notifier (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(TestSender) sender = g_object_new (TEST_TYPE_SENDER, NULL);
  g_autoptr(StewardDeadlineNotifier) notifier = NULL;

  create (f, STEWARD_SERVICE_REMOTE, STEWARD_PRIORITY_STANDARD, FALSE,
          T ("2026-03-06T17:00:00+08:00"));
  notifier = steward_deadline_notifier_new (STEWARD_NOTIFICATION_SENDER (sender), f->calendar,
                                            T ("2026-03-06T17:00:00+08:00"));
  steward_deadline_notifier_set_source (notifier, fixture_open_requests, f, NULL);

  g_assert_cmpuint (steward_deadline_notifier_check (notifier, T ("2026-03-09T09:30:00+08:00")), ==, 0);
  g_assert_cmpuint (steward_deadline_notifier_check (notifier, T ("2026-03-09T09:46:00+08:00")), ==, 1);
  g_assert_cmpuint (steward_deadline_notifier_check (notifier, T ("2026-03-09T09:47:00+08:00")), ==, 0);
  g_assert_cmpuint (steward_deadline_notifier_check (notifier, T ("2026-03-09T10:01:00+08:00")), ==, 1);
  g_assert_cmpuint (sender->ids->len, ==, 2);
  /* The breach replaces the due-soon notification of the same deadline. */
  g_assert_cmpstr (g_ptr_array_index (sender->ids, 0), ==, "request-1-response");
  g_assert_cmpstr (g_ptr_array_index (sender->ids, 1), ==, "request-1-response");
}

static void
test_audit_titles (void)
{
  g_autoptr(StewardAuditEntry) created = steward_audit_entry_new (0, "王经理", "", "submitted", NULL);
  g_autoptr(StewardAuditEntry) moved = steward_audit_entry_new (0, "王经理", "under-review",
                                                                "confirmed", NULL);
  g_autoptr(StewardAuditEntry) paid = steward_audit_entry_new (0, "王经理", "confirmed",
                                                               "payment", NULL);
  g_autofree char *a = steward_request_audit_title (created);
  g_autofree char *b = steward_request_audit_title (moved);
  g_autofree char *c = steward_request_audit_title (paid);

  g_assert_cmpstr (a, ==, "Request submitted");
  g_assert_cmpstr (b, ==, "Under review → Confirmed");
  g_assert_cmpstr (c, ==, "Payment received");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/request-state/actions-by-state", test_actions_by_state);
  ADD ("/request-state/actions-closed-and-advisor", test_actions_closed_and_advisor);
  ADD ("/request-state/deadline-weekend", test_deadline_weekend);
  ADD ("/request-state/deadline-holiday", test_deadline_holiday);
  ADD ("/request-state/deadline-delivery-and-pause", test_deadline_delivery_and_pause);
  g_test_add_func ("/request-state/badges", test_badges);
  g_test_add_func ("/request-state/audit-titles", test_audit_titles);
  ADD ("/request-state/alerts", test_alerts);
  ADD ("/request-state/alerts-quiet-hours", test_alerts_quiet_hours);
  ADD ("/request-state/notifier", test_notifier);

  return g_test_run ();
}
