/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-complaints-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "steward-client.h"
#include "steward-complaint-desk.h"
#include "steward-complaints-page.h"
#include "steward-contact.h"
#include "steward-resolve-dialog.h"
#include "steward-complaint-dialog.h"
#include "steward-complaint-rules.h"
#include "steward-store-clients.h"
#include "steward-store-complaints.h"
#include "steward-store-requests.h"
#include "steward-store.h"
#include "ui-fixtures.h"

/* Seen on Wednesday 11 March 2026 at 10:00 (Asia/Shanghai). */
#define NOW "2026-03-11 10:00"

typedef struct {
  char                   *dir;
  StewardStore           *store;
  StewardStoreClients    *clients;
  StewardCalendar        *calendar;
  StewardStoreRequests   *requests;
  StewardStoreComplaints *complaints;
  StewardDesk            *desk;
  StewardComplaintDesk   *complaint_desk;
  gint64                  yunfan;
  gint64                  acme;
  gint64                  paid;      /* config, ¥3,000.00, deposit ¥1,500.00 received */
  gint64                  training;  /* training, ¥2,000.00, deposit ¥1,000.00 received */
  gint64                  overdue;   /* received yesterday 09:00, not accepted */
  gint64                  fresh;     /* received today 08:30, no request */
  gint64                  due_soon;  /* accepted; solution due today 10:30; on `paid` */
  gint64                  closed;    /* the whole way, last week */
  gint64                  reservice; /* accepted; on `training` */
  GtkWindow              *window;
  StewardComplaintsPage  *page;
} Fixture;

static gint64
add_client (Fixture    *f,
            const char *name)
{
  g_autoptr(StewardClient) client = steward_client_new (name);
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  StewardContact *contact = steward_contact_new ("张伟");
  g_autoptr(GError) error = NULL;

  steward_contact_set_phone (contact, "13800138000");
  steward_contact_set_primary (contact, TRUE);
  g_ptr_array_add (contacts, contact);
  steward_client_repository_add (STEWARD_CLIENT_REPOSITORY (f->clients), client, contacts, &error);
  g_assert_no_error (error);
  return steward_client_get_id (client);
}

/* A confirmed request of @service quoted at @fee with half of it received. */
static gint64
paid_request (Fixture        *f,
              StewardService  service,
              gint64          fee)
{
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(StewardServiceRequest) stored = NULL;
  g_autoptr(StewardPayment) line = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_object_set (draft, "client-id", f->yunfan, "service", service,
                "description", "ERP 模板配置与培训", NULL);
  if (service == STEWARD_SERVICE_CONFIG)
    g_object_set (draft, "config-kind", STEWARD_CONFIG_KIND_TEMPLATE, "template-name", "ERP", NULL);
  stored = steward_desk_create_request (f->desk, draft, ui_at ("2026-03-02 10:00"), &error);
  g_assert_no_error (error);
  id = steward_service_request_get_id (stored);
  steward_desk_review (f->desk, id, ui_at ("2026-03-02 11:00"), NULL, &error);
  g_assert_no_error (error);
  steward_desk_quote (f->desk, id, fee, 0, STEWARD_COMPLEXITY_COMPLEX, STEWARD_TIER_NONE,
                      ui_at ("2026-03-02 11:00"), NULL, &error);
  g_assert_no_error (error);
  steward_desk_confirm (f->desk, id, ui_at ("2026-03-02 12:00"), NULL, &error);
  g_assert_no_error (error);
  line = steward_desk_add_payment (f->desk, id, STEWARD_PAYMENT_KIND_PAYMENT, fee / 2,
                                   STEWARD_PAYMENT_METHOD_THIRD_PARTY, ui_at ("2026-03-03 10:00"),
                                   "ALIPAY-1", &error);
  g_assert_no_error (error);
  return id;
}

static gint64
receive (Fixture                 *f,
         gint64                   client,
         gint64                   request,
         StewardComplaintChannel  channel,
         const char              *summary,
         const char              *at)
{
  g_autoptr(StewardComplaint) draft = steward_complaint_new ();
  g_autoptr(StewardComplaint) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (draft, "client-id", client, "request-id", request, "channel", channel,
                "summary", summary, "details", "客户来电：交付内容与约定不符。",
                "received-at", ui_at (at), NULL);
  stored = steward_complaint_desk_receive (f->complaint_desk, draft, &error);
  g_assert_no_error (error);
  return steward_complaint_get_id (stored);
}

static void
step (StewardComplaint *stored,
      GError           *error)
{
  g_assert_no_error (error);
  g_assert_nonnull (stored);
  g_object_unref (stored);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  StewardComplaintRepository *repo;

  f->dir = g_dir_make_tmp ("steward-complaints-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "steward.db", NULL);
  f->store = steward_store_open (path, &error);
  g_assert_no_error (error);
  f->clients = steward_store_clients_new (f->store);
  f->calendar = steward_calendar_new (NULL);
  f->requests = steward_store_requests_new (f->store, f->calendar);
  f->complaints = steward_store_complaints_new (f->store);
  repo = STEWARD_COMPLAINT_REPOSITORY (f->complaints);
  f->desk = steward_desk_new (STEWARD_REQUEST_REPOSITORY (f->requests), f->calendar, NULL, "王经理");
  f->complaint_desk = steward_complaint_desk_new (repo, f->desk);

  f->yunfan = add_client (f, "云帆科技");
  f->acme = add_client (f, "Acme Ltd");
  f->paid = paid_request (f, STEWARD_SERVICE_CONFIG, 300000);
  f->training = paid_request (f, STEWARD_SERVICE_TRAINING, 200000);

  f->closed = receive (f, f->yunfan, f->paid, STEWARD_COMPLAINT_CHANNEL_EMAIL,
                       "Invoice sent to the wrong address", "2026-03-02 15:00");
  step (steward_complaint_desk_accept (f->complaint_desk, f->closed, ui_at ("2026-03-02 16:00"), &error), error);
  step (steward_complaint_desk_resolve (f->complaint_desk, f->closed, ui_at ("2026-03-03 10:00"),
                                        "Invoice re-sent", STEWARD_REMEDY_NONE, 0, 0, &error), error);
  step (steward_complaint_desk_close (f->complaint_desk, f->closed, ui_at ("2026-03-03 11:00"), &error), error);

  f->due_soon = receive (f, f->yunfan, f->paid, STEWARD_COMPLAINT_CHANNEL_HOTLINE,
                         "配置缺少税务字段", "2026-03-09 10:30");
  step (steward_complaint_desk_accept (f->complaint_desk, f->due_soon, ui_at ("2026-03-09 11:00"), &error), error);
  f->overdue = receive (f, f->yunfan, f->paid, STEWARD_COMPLAINT_CHANNEL_HOTLINE,
                        "Engineer did not call back", "2026-03-10 09:00");
  f->reservice = receive (f, f->yunfan, f->training, STEWARD_COMPLAINT_CHANNEL_EMAIL,
                          "Trainer skipped the practice part", "2026-03-10 14:00");
  step (steward_complaint_desk_accept (f->complaint_desk, f->reservice, ui_at ("2026-03-10 15:00"), &error), error);
  f->fresh = receive (f, f->acme, 0, STEWARD_COMPLAINT_CHANNEL_EMAIL,
                      "Report numbers do not match", "2026-03-11 08:30");

  f->window = GTK_WINDOW (adw_window_new ());
  f->page = STEWARD_COMPLAINTS_PAGE (steward_complaints_page_new ());
  adw_window_set_content (ADW_WINDOW (f->window), GTK_WIDGET (f->page));
  steward_complaints_page_set_client_repository (f->page, STEWARD_CLIENT_REPOSITORY (f->clients));
  steward_complaints_page_set_now (f->page, ui_at (NOW));
  steward_complaints_page_set_desk (f->page, f->complaint_desk);
  ui_show (f->window, 1100, 760);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_window_destroy (f->window);
  ui_settle (20);
  g_clear_object (&f->complaint_desk);
  g_clear_object (&f->desk);
  g_clear_object (&f->complaints);
  g_clear_object (&f->requests);
  g_clear_object (&f->calendar);
  g_clear_object (&f->clients);
  g_clear_object (&f->store);

  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (f->dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static StewardComplaint *
load (Fixture *f,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  StewardComplaint *c = steward_complaint_repository_load (STEWARD_COMPLAINT_REPOSITORY (f->complaints),
                                                           id, &error);

  g_assert_no_error (error);
  return c;
}

static void
ledger_of (Fixture       *f,
           gint64         request,
           StewardLedger *ledger)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_desk_get_ledger (f->desk, request, ledger, &error));
  g_assert_no_error (error);
}

static void
open_complaint (Fixture *f,
                gint64   id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.show-complaint", "x", id));
  g_assert_true (steward_complaints_page_get_showing_complaint (f->page));
  g_assert_cmpint (steward_complaint_get_id (steward_complaint_view_get_complaint (steward_complaints_page_get_view (f->page))),
                   ==, id);
}

static StewardResolveDialog *
open_resolve (Fixture    *f,
              const char *solution,
              StewardRemedy remedy,
              const char *amount)
{
  StewardComplaintView *view = steward_complaints_page_get_view (f->page);
  GtkWindow *dialog;
  GObject *text;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "complaint.resolve", NULL));
  dialog = steward_complaint_view_get_dialog (view);
  g_assert_true (STEWARD_IS_RESOLVE_DIALOG (dialog));

  text = gtk_widget_get_template_child (GTK_WIDGET (dialog), STEWARD_TYPE_RESOLVE_DIALOG, "solution_view");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text)), solution, -1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                            STEWARD_TYPE_RESOLVE_DIALOG,
                                                                            "remedy_row")), remedy);
  if (amount != NULL)
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                        STEWARD_TYPE_RESOLVE_DIALOG,
                                                                        "amount_row")), amount);
  return STEWARD_RESOLVE_DIALOG (dialog);
}

static gboolean
row_shows (GtkWidget  *row,
           const char *text)
{
  return ui_find (row, GTK_TYPE_LABEL, text) != NULL;
}

static void
test_list_and_filters (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *png = ui_screenshot_path ("complaints-list.png");
  GtkWidget *row;
  int width, height;

  ui_screenshot (GTK_WIDGET (f->window), png, &width, &height);
  g_assert_cmpint (width, >, 0);

  /* Open complaints, newest first; the closed one is not listed. */
  g_assert_cmpuint (steward_complaints_page_get_n_shown (f->page), ==, 4);
  g_assert_null (steward_complaints_page_get_row (f->page, f->closed));

  /* Received yesterday 09:00 and not accepted: overdue by 1 h. */
  row = steward_complaints_page_get_row (f->page, f->overdue);
  g_assert_true (row_shows (row, "Acceptance overdue by 1 h"));
  g_assert_true (row_shows (row, "Overdue"));
  g_assert_true (row_shows (row, "23 h left to give a solution"));
  /* Solution due at 10:30: due soon, 30 minutes left. */
  row = steward_complaints_page_get_row (f->page, f->due_soon);
  g_assert_true (row_shows (row, "30 min left to give a solution"));
  g_assert_true (row_shows (row, "Due soon"));
  g_assert_true (row_shows (row, "Accepted in 30 min"));
  row = steward_complaints_page_get_row (f->page, f->fresh);
  g_assert_true (row_shows (row, "22 h 30 min left to accept"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Acme Ltd · Designated email · no request · 2026-03-11 08:30 · Received");

  steward_complaints_page_set_filter (f->page, STEWARD_COMPLAINT_FILTER_OPEN, TRUE);
  g_assert_cmpuint (steward_complaints_page_get_n_shown (f->page), ==, 1);
  g_assert_nonnull (steward_complaints_page_get_row (f->page, f->overdue));

  steward_complaints_page_set_filter (f->page, STEWARD_COMPLAINT_FILTER_CLOSED, FALSE);
  g_assert_cmpuint (steward_complaints_page_get_n_shown (f->page), ==, 1);
  g_assert_nonnull (steward_complaints_page_get_row (f->page, f->closed));
  g_assert_true (row_shows (steward_complaints_page_get_row (f->page, f->closed),
                            "Solution given in 19 h"));

  steward_complaints_page_set_filter (f->page, STEWARD_COMPLAINT_FILTER_ACCEPTED, FALSE);
  g_assert_cmpuint (steward_complaints_page_get_n_shown (f->page), ==, 2);
  steward_complaints_page_set_filter (f->page, STEWARD_COMPLAINT_FILTER_ALL, FALSE);
  g_assert_cmpuint (steward_complaints_page_get_n_shown (f->page), ==, 5);
}

static void
test_accept_and_close (Fixture       *f,
                       gconstpointer  data)
{
  StewardComplaintView *view = steward_complaints_page_get_view (f->page);
  g_autoptr(StewardComplaint) c = NULL;

  open_complaint (f, f->overdue);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "complaint.accept", NULL));
  c = load (f, f->overdue);
  g_assert_cmpint (steward_complaint_get_state (c), ==, STEWARD_COMPLAINT_STATE_ACCEPTED);
  g_assert_cmpint (steward_complaint_get_accepted_at (c), ==, ui_at (NOW));
  /* The trail shows the step with its time; the clock says it was late. */
  g_assert_nonnull (ui_find (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "Accepted"));
  g_assert_true (row_shows (GTK_WIDGET (view), "Late"));

  /* Back in the list, the row says so too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "complaint.back", NULL));
  g_assert_false (steward_complaints_page_get_showing_complaint (f->page));
  g_assert_true (row_shows (steward_complaints_page_get_row (f->page, f->overdue),
                            "Accepted after 1 d 1 h, late"));

  /* A received complaint cannot be closed. */
  open_complaint (f, f->fresh);
  g_assert_false (gtk_widget_is_visible (ui_find (GTK_WIDGET (view), GTK_TYPE_BUTTON, "_Close Complaint")));
}

static void
test_partial_refund (Fixture       *f,
                     gconstpointer  data)
{
  StewardComplaintView *view = steward_complaints_page_get_view (f->page);
  g_autoptr(StewardComplaint) c = NULL;
  g_autofree char *png = ui_screenshot_path ("complaint-page.png");
  g_autofree char *remedy = NULL;
  AdwActionRow *clock;
  StewardResolveDialog *dialog;
  StewardLedger before, after;
  int width, height;

  ledger_of (f, f->paid, &before);
  g_assert_cmpint (before.net_received, ==, 150000);

  /* One fen more than was received on the request: refused, naming both amounts. */
  open_complaint (f, f->due_soon);
  dialog = open_resolve (f, "补充税务字段，并退还部分费用", STEWARD_REMEDY_PARTIAL_REFUND, "1500.01");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "resolve.save", NULL));
  g_assert_nonnull (steward_resolve_dialog_get_error (dialog));
  g_assert_nonnull (strstr (steward_resolve_dialog_get_error (dialog), "1,500.01"));
  g_assert_nonnull (strstr (steward_resolve_dialog_get_error (dialog), "1,500.00"));
  ledger_of (f, f->paid, &after);
  g_assert_cmpint (after.adjusted, ==, 0);
  c = load (f, f->due_soon);
  g_assert_cmpint (steward_complaint_get_state (c), ==, STEWARD_COMPLAINT_STATE_ACCEPTED);
  g_clear_object (&c);

  /* ￥300 (full-width sign) is an adjustment: the net fee and the net received drop by it. */
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                      STEWARD_TYPE_RESOLVE_DIALOG,
                                                                      "amount_row")), "￥300");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "resolve.save", NULL));
  ui_settle (20);
  g_assert_null (steward_complaint_view_get_dialog (view));
  ledger_of (f, f->paid, &after);
  g_assert_cmpint (after.adjusted, ==, 30000);
  g_assert_cmpint (after.net_fee, ==, 270000);
  g_assert_cmpint (after.net_received, ==, 120000);
  c = load (f, f->due_soon);
  g_assert_cmpint (steward_complaint_get_state (c), ==, STEWARD_COMPLAINT_STATE_RESOLVED);
  g_assert_cmpint (steward_complaint_get_resolved_at (c), ==, ui_at (NOW));
  g_assert_cmpint (steward_complaint_get_remedy (c), ==, STEWARD_REMEDY_PARTIAL_REFUND);
  g_assert_cmpint (steward_complaint_get_refund_amount (c), ==, 30000);
  g_clear_object (&c);
  ui_screenshot (GTK_WIDGET (f->window), png, &width, &height);
  g_assert_cmpint (width, >, 0);
  remedy = g_strdup_printf ("Remedy: partial refund of ¥300.00 on request #%" G_GINT64_FORMAT, f->paid);
  g_assert_nonnull (ui_find (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, remedy));

  /* Solution given in time: 47 h 30 min after receipt at 10:30 two days before. */
  clock = ADW_ACTION_ROW (gtk_widget_get_template_child (GTK_WIDGET (view), STEWARD_TYPE_COMPLAINT_VIEW,
                                                         "resolve_row"));
  g_assert_cmpstr (adw_action_row_get_subtitle (clock), ==,
                   "Solution given in 1 d 23 h · due 2026-03-11 10:30");
  /* Then it is closed, with its time. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "complaint.close", NULL));
  c = load (f, f->due_soon);
  g_assert_cmpint (steward_complaint_get_state (c), ==, STEWARD_COMPLAINT_STATE_CLOSED);
  g_assert_cmpint (steward_complaint_get_closed_at (c), ==, ui_at (NOW));
}

static void
test_reservice (Fixture       *f,
                gconstpointer  data)
{
  StewardComplaintView *view = steward_complaints_page_get_view (f->page);
  g_autoptr(StewardComplaint) c = NULL;
  g_autoptr(StewardServiceRequest) created = NULL;
  g_autoptr(GError) error = NULL;
  StewardResolveDialog *dialog;
  StewardLedger ledger;

  /* A blank solution is refused. */
  open_complaint (f, f->reservice);
  dialog = open_resolve (f, "   ", STEWARD_REMEDY_RESERVICE, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "resolve.save", NULL));
  g_assert_nonnull (steward_resolve_dialog_get_error (dialog));
  c = load (f, f->reservice);
  g_assert_cmpint (steward_complaint_get_state (c), ==, STEWARD_COMPLAINT_STATE_ACCEPTED);
  g_clear_object (&c);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A free re-service: a new training request of the same client, fee 0, linked back. */
  dialog = open_resolve (f, "Repeat the practice session free of charge", STEWARD_REMEDY_RESERVICE, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "resolve.save", NULL));
  c = load (f, f->reservice);
  g_assert_cmpint (steward_complaint_get_remedy (c), ==, STEWARD_REMEDY_RESERVICE);
  g_assert_cmpint (steward_complaint_get_remedy_request_id (c), >, f->training);

  created = steward_desk_load_request (f->desk, steward_complaint_get_remedy_request_id (c), &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_service_request_get_client_id (created), ==, f->yunfan);
  g_assert_cmpint (steward_service_request_get_service (created), ==, STEWARD_SERVICE_TRAINING);
  g_assert_cmpint (steward_service_request_get_fee (created), ==, 0);
  g_assert_cmpint (steward_service_request_get_remedy_of_complaint (created), ==, f->reservice);

  /* The original request's money is untouched. */
  ledger_of (f, f->training, &ledger);
  g_assert_cmpint (ledger.adjusted, ==, 0);
  g_assert_cmpint (ledger.net_received, ==, 100000);
  g_assert_nonnull (ui_find (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "Solution given: Repeat the practice session free of charge"));
}

/* Ctrl+N on the page: the Receive Complaint dialog records a complaint whose 24 h and 48 h
 * clocks start at the receipt time typed, and the list shows it with its time left. */
static void
test_receive_dialog (Fixture       *f,
                     gconstpointer  data)
{
  StewardComplaintDialog *dialog;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(StewardComplaint) stored = NULL;
  GtkWidget *row;
  gint64 id;

  /* Without the store (no database) there is nothing to choose a client from. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "page.new", NULL);
  g_assert_null (steward_complaints_page_get_dialog (f->page));
  steward_complaints_page_set_store (f->page, f->store);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.new", NULL));
  dialog = STEWARD_COMPLAINT_DIALOG (steward_complaints_page_get_dialog (f->page));
  g_assert_true (STEWARD_IS_COMPLAINT_DIALOG (dialog));
  before = steward_complaint_repository_list_received (STEWARD_COMPLAINT_REPOSITORY (f->complaints),
                                                       STEWARD_TIME_NONE, STEWARD_TIME_NONE, NULL);

  /* No client chosen, then no summary: refused, nothing written. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  g_assert_cmpstr (steward_complaint_dialog_get_error (dialog), ==,
                   "Choose the client the complaint is from.");
  steward_complaint_dialog_set_client (dialog, f->yunfan);
  steward_complaint_dialog_set_request (dialog, f->paid);
  steward_complaint_dialog_set_channel (dialog, STEWARD_COMPLAINT_CHANNEL_HOTLINE);
  steward_complaint_dialog_set_received_text (dialog, "2026-03-11 09:15");
  /* The limits are shown before saving, counted in clock hours from the receipt. */
  g_assert_cmpstr (steward_complaint_dialog_get_accept_text (dialog), ==, "Thu 12 Mar 09:15");
  g_assert_cmpstr (steward_complaint_dialog_get_resolve_text (dialog), ==, "Fri 13 Mar 09:15");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  g_assert_nonnull (steward_complaint_dialog_get_error (dialog));
  after = steward_complaint_repository_list_received (STEWARD_COMPLAINT_REPOSITORY (f->complaints),
                                                      STEWARD_TIME_NONE, STEWARD_TIME_NONE, NULL);
  g_assert_cmpuint (after->len, ==, before->len);
  g_clear_pointer (&after, g_ptr_array_unref);

  steward_complaint_dialog_set_summary (dialog, "工程师未按约定时间回电");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  ui_settle (50);
  g_assert_null (steward_complaints_page_get_dialog (f->page));

  after = steward_complaint_repository_list_received (STEWARD_COMPLAINT_REPOSITORY (f->complaints),
                                                      STEWARD_TIME_NONE, STEWARD_TIME_NONE, NULL);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  id = 0;
  for (guint i = 0; i < after->len; i++)
    id = MAX (id, steward_complaint_get_id (g_ptr_array_index (after, i)));
  stored = steward_complaint_repository_load (STEWARD_COMPLAINT_REPOSITORY (f->complaints), id, NULL);
  g_assert_cmpstr (steward_complaint_get_summary (stored), ==, "工程师未按约定时间回电");
  g_assert_cmpint (steward_complaint_get_client_id (stored), ==, f->yunfan);
  g_assert_cmpint (steward_complaint_get_request_id (stored), ==, f->paid);
  g_assert_cmpint (steward_complaint_get_channel (stored), ==, STEWARD_COMPLAINT_CHANNEL_HOTLINE);
  g_assert_cmpint (steward_complaint_get_received_at (stored), ==, ui_at ("2026-03-11 09:15"));
  g_assert_cmpint (steward_complaint_accept_by (stored), ==, ui_at ("2026-03-12 09:15"));
  g_assert_cmpint (steward_complaint_resolve_by (stored), ==, ui_at ("2026-03-13 09:15"));
  g_assert_cmpint (steward_complaint_get_state (stored), ==, STEWARD_COMPLAINT_STATE_RECEIVED);

  /* Seen at 10:00: 23 h 15 min left to accept. */
  row = steward_complaints_page_get_row (f->page, id);
  g_assert_nonnull (row);
  g_assert_true (row_shows (row, "23 h 15 min left to accept"));
}

int
main (int   argc,
      char *argv[])
{
  ui_fixture_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/complaints-page/list-and-filters", test_list_and_filters);
  ADD ("/complaints-page/accept-and-close", test_accept_and_close);
  ADD ("/complaints-page/partial-refund", test_partial_refund);
  ADD ("/complaints-page/reservice", test_reservice);
  ADD ("/complaints-page/receive-dialog", test_receive_dialog);

  return g_test_run ();
}
