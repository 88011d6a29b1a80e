/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-training-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "steward-calendar-chip.h"
#include "steward-calendar-view.h"
#include "steward-client.h"
#include "steward-contact.h"
#include "steward-service-request.h"
#include "steward-session-dialog.h"
#include "steward-store-clients.h"
#include "steward-store-testing.h"
#include "steward-store-training.h"
#include "steward-store.h"
#include "steward-date-picker.h"
#include "steward-training-page.h"
#include "ui-fixtures.h"

/* The week of Monday 9 March 2026, seen on Wednesday 11 March at 10:20 (Asia/Shanghai). */
#define NOW "2026-03-11 10:20"

typedef struct {
  char                   *dir;
  StewardStore           *store;
  StewardStoreClients    *clients;
  StewardStoreTraining   *training;
  StewardTrainingPlanner *planner;
  GListStore             *requests;
  gint64                  client[3];
  gint64                  request[3];
  gint64                  excel;      /* Tue 09:00–11:00, Wang Fang, Acme, online */
  gint64                  visual;     /* Tue 10:00–13:00, Li Lei, 北京数据科技, offline */
  gint64                  dashboard;  /* Wed 14:00–16:00, Zhao Min, Harbour, online */
  gint64                  pivot;      /* Thu 09:30–13:30, Wang Fang, Acme, offline */
  gint64                  done;       /* Mon 14:00–16:00, done */
  gint64                  cancelled;  /* Fri 10:00–11:00, cancelled */
  GtkWindow              *window;
  StewardTrainingPage    *page;
} Fixture;

static gint64
add_client (Fixture    *f,
            const char *name)
{
  g_autoptr(StewardClient) client = steward_client_new (name);
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  StewardContact *contact = steward_contact_new ("Zhang Wei");
  g_autoptr(GError) error = NULL;

  steward_contact_set_phone (contact, "13800138000");
  steward_contact_set_primary (contact, TRUE);
  g_ptr_array_add (contacts, contact);
  steward_client_repository_add (STEWARD_CLIENT_REPOSITORY (f->clients), client, contacts, &error);
  g_assert_no_error (error);
  return steward_client_get_id (client);
}

static gint64
book (Fixture               *f,
      guint                  who,
      const char            *title,
      const char            *trainer,
      StewardTrainingFormat  format,
      const char            *start,
      guint                  minutes,
      const char            *location)
{
  g_autoptr(StewardTrainingSession) draft = steward_training_session_new ();
  g_autoptr(StewardTrainingSession) stored = NULL;
  g_autoptr(GError) error = NULL;
  const char *attendees[] = { "Zhang Wei", "刘洋", NULL };

  steward_training_session_set_request_id (draft, f->request[who]);
  steward_training_session_set_client_id (draft, f->client[who]);
  steward_training_session_set_title (draft, title);
  steward_training_session_set_trainer (draft, trainer);
  steward_training_session_set_format (draft, format);
  steward_training_session_set_content (draft, STEWARD_TRAINING_CONTENT_MIXED);
  steward_training_session_set_start (draft, ui_at (start));
  steward_training_session_set_duration (draft, minutes * 60);
  steward_training_session_set_location (draft, location);
  steward_training_session_set_attendees (draft, attendees);
  stored = steward_training_planner_schedule (f->planner, draft, &error);
  g_assert_no_error (error);
  return steward_training_session_get_id (stored);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *names[] = { "Acme Ltd", "北京数据科技有限公司", "Harbour Logistics" };
  g_autoptr(StewardTrainingSession) s = NULL;

  f->dir = g_dir_make_tmp ("steward-training-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "steward.db", NULL);
  f->store = steward_store_open (path, &error);
  g_assert_no_error (error);
  f->clients = steward_store_clients_new (f->store);
  f->training = steward_store_training_new (f->store);
  f->planner = steward_training_planner_new (STEWARD_TRAINING_REPOSITORY (f->training));
  f->requests = g_list_store_new (STEWARD_TYPE_SERVICE_REQUEST);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(StewardServiceRequest) request = steward_service_request_new ();

      f->client[i] = add_client (f, names[i]);
      f->request[i] = steward_store_testing_insert_request (f->store, f->client[i], "confirmed",
                                                            300000, ui_at ("2026-03-02 09:00"),
                                                            &error);
      g_assert_no_error (error);
      steward_service_request_set_id (request, f->request[i]);
      steward_service_request_set_client_id (request, f->client[i]);
      steward_service_request_set_service (request, STEWARD_SERVICE_TRAINING);
      g_list_store_append (f->requests, request);
    }

  f->excel = book (f, 0, "Excel reporting basics", "Wang Fang", STEWARD_TRAINING_FORMAT_ONLINE,
                   "2026-03-10 09:00", 120, "https://meet.example.com/acme");
  f->visual = book (f, 1, "数据可视化实践", "Li Lei", STEWARD_TRAINING_FORMAT_OFFLINE,
                    "2026-03-10 10:00", 180, "Room 301");
  f->dashboard = book (f, 2, "Dashboard design", "Zhao Min", STEWARD_TRAINING_FORMAT_ONLINE,
                       "2026-03-11 14:00", 120, "https://meet.example.com/harbour");
  f->pivot = book (f, 0, "Advanced pivot tables", "Wang Fang", STEWARD_TRAINING_FORMAT_OFFLINE,
                   "2026-03-12 09:30", 240, "Acme HQ, Room 2");
  f->done = book (f, 1, "Report automation", "Chen Jie", STEWARD_TRAINING_FORMAT_ONLINE,
                  "2026-03-09 14:00", 120, "https://meet.example.com/bj");
  f->cancelled = book (f, 2, "Warehouse KPIs", "Zhao Min", STEWARD_TRAINING_FORMAT_OFFLINE,
                       "2026-03-13 10:00", 60, "Harbour office");
  s = steward_training_planner_complete (f->planner, f->done, &error);
  g_assert_no_error (error);
  g_clear_object (&s);
  s = steward_training_planner_cancel (f->planner, f->cancelled, &error);
  g_assert_no_error (error);

  f->window = GTK_WINDOW (adw_window_new ());
  f->page = STEWARD_TRAINING_PAGE (steward_training_page_new ());
  adw_window_set_content (ADW_WINDOW (f->window), GTK_WIDGET (f->page));
  steward_training_page_set_client_repository (f->page, STEWARD_CLIENT_REPOSITORY (f->clients));
  steward_training_page_set_requests (f->page, G_LIST_MODEL (f->requests));
  steward_training_page_set_planner (f->page, f->planner);
  steward_training_page_set_now (f->page, ui_at (NOW));
  ui_show (f->window, 1280, 800);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->dir, "steward.db", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  gtk_window_destroy (f->window);
  ui_settle (20);
  g_clear_object (&f->requests);
  g_clear_object (&f->planner);
  g_clear_object (&f->training);
  g_clear_object (&f->clients);
  g_clear_object (&f->store);
  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static guint
count_sessions (Fixture *f)
{
  g_autoptr(GPtrArray) all = steward_training_repository_list_range (STEWARD_TRAINING_REPOSITORY (f->training),
                                                                     STEWARD_TIME_NONE,
                                                                     STEWARD_TIME_NONE, NULL);

  return all->len;
}

static StewardTrainingSession *
load (Fixture *f,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  StewardTrainingSession *s = steward_training_repository_load (STEWARD_TRAINING_REPOSITORY (f->training),
                                                                id, &error);

  g_assert_no_error (error);
  return s;
}

static GtkWidget *
dialog_child (GtkWindow  *dialog,
              const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (dialog), STEWARD_TYPE_SESSION_DIALOG,
                                                  name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static void
set_text (GtkWindow  *dialog,
          const char *row,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (dialog_child (dialog, row)), text);
}

/* Fills the booking dialog as a user would. */
static void
fill_booking (GtkWindow  *dialog,
              guint       request_index,
              const char *title,
              const char *trainer,
              const char *start,
              guint       hours,
              guint       minutes)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (dialog_child (dialog, "request_row")), request_index);
  set_text (dialog, "title_row", title);
  set_text (dialog, "trainer_row", trainer);
  set_text (dialog, "start_row", start);
  set_text (dialog, "location_row", "Room 5");
  set_text (dialog, "attendees_row", "Zhang Wei, 刘洋；Chen Jing");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (dialog_child (dialog, "hours_spin")), hours);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (dialog_child (dialog, "minutes_spin")), minutes);
}

static GtkWindow *
open_booking (Fixture *f)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.new", NULL));
  dialog = steward_training_page_get_dialog (f->page);
  g_assert_true (STEWARD_IS_SESSION_DIALOG (dialog));
  g_assert_null (steward_session_dialog_get_session (STEWARD_SESSION_DIALOG (dialog)));
  return dialog;
}

static void
test_week_layout (Fixture       *f,
                  gconstpointer  data)
{
  StewardCalendarView *view = steward_training_page_get_view (f->page);
  GtkWidget *excel = steward_calendar_view_get_chip (view, f->excel);
  GtkWidget *visual = steward_calendar_view_get_chip (view, f->visual);
  GtkWidget *dashboard = steward_calendar_view_get_chip (view, f->dashboard);
  graphene_rect_t a, b, c;
  g_autofree char *png = ui_screenshot_path ("training-week.png");
  int width, height;

  g_assert_nonnull (excel);
  g_assert_nonnull (visual);
  g_assert_nonnull (dashboard);
  g_assert_nonnull (steward_calendar_view_get_chip (view, f->pivot));
  g_assert_nonnull (steward_calendar_view_get_chip (view, f->cancelled));

  /* Tuesday's two overlapping sessions share the day's column side by side; Wednesday's takes
   * its whole column. */
  g_assert_true (gtk_widget_compute_bounds (excel, GTK_WIDGET (view), &a));
  g_assert_true (gtk_widget_compute_bounds (visual, GTK_WIDGET (view), &b));
  g_assert_true (gtk_widget_compute_bounds (dashboard, GTK_WIDGET (view), &c));
  g_assert_cmpfloat (a.origin.x + a.size.width, <=, b.origin.x);
  g_assert_cmpfloat (fabs (a.size.width - b.size.width), <, 2);
  g_assert_cmpfloat (c.size.width, >, 1.8 * a.size.width);
  /* 3 hours are 1.5 times as tall as 2 hours; 10:00 is below 09:00. */
  g_assert_cmpfloat (fabs (b.size.height / a.size.height - 1.5), <, 0.05);
  g_assert_cmpfloat (b.origin.y, >, a.origin.y);

  ui_screenshot (GTK_WIDGET (f->window), png, &width, &height);
  g_assert_cmpint (width, >=, 1000);
  g_assert_cmpint (height, >=, 700);
  g_test_message ("week view: %s", png);

  /* Coloured by format, the state shown. */
  g_assert_true (gtk_widget_has_css_class (excel, "online"));
  g_assert_true (gtk_widget_has_css_class (visual, "offline"));
  g_assert_true (gtk_widget_has_css_class (steward_calendar_view_get_chip (view, f->done), "done"));
  g_assert_true (gtk_widget_has_css_class (steward_calendar_view_get_chip (view, f->cancelled),
                                           "cancelled"));
  /* Labelled with client, title, trainer and time. */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (visual), ==,
                   "数据可视化实践, 北京数据科技有限公司, trainer Li Lei, 2026-03-10 Tue 10:00–13:00, "
                   "Offline, Scheduled");


  /* The month view shows the same sessions in March's grid. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ui_find (GTK_WIDGET (f->page), GTK_TYPE_TOGGLE_BUTTON,
                                                            "_Month")), TRUE);
  ui_settle (100);
  g_assert_cmpint (steward_calendar_view_get_mode (view), ==, STEWARD_CALENDAR_MODE_MONTH);
  g_assert_nonnull (steward_calendar_view_get_chip (view, f->pivot));
  g_clear_pointer (&png, g_free);
  png = ui_screenshot_path ("training-month.png");
  ui_screenshot (GTK_WIDGET (f->window), png, &width, &height);
}

static void
test_conflict_refused (Fixture       *f,
                       gconstpointer  data)
{
  GtkWindow *dialog = open_booking (f);
  StewardSessionDialog *sd = STEWARD_SESSION_DIALOG (dialog);
  guint before = count_sessions (f);
  GtkWidget *link;

  /* Harbour's request, but the trainer is Wang Fang (written differently), already teaching
   * Acme on Tuesday 09:00–11:00. */
  fill_booking (dialog, 2, "Follow-up", " wang FANG", "2026-03-10 10:30", 2, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "session.save", NULL));

  g_assert_nonnull (steward_session_dialog_get_error (sd));
  g_assert_nonnull (strstr (steward_session_dialog_get_error (sd), "Excel reporting basics"));
  g_assert_cmpint (steward_session_dialog_get_conflict_id (sd), ==, f->excel);
  link = dialog_child (dialog, "conflict_button");
  g_assert_true (gtk_widget_get_visible (link));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (link)), ==, "Open “Excel reporting basics”");
  g_assert_cmpuint (count_sessions (f), ==, before);
  g_assert_true (steward_training_page_get_dialog (f->page) == dialog);
  {
    g_autofree char *png = ui_screenshot_path ("session-dialog-conflict.png");
    int width, height;

    ui_screenshot (GTK_WIDGET (dialog), png, &width, &height);
    g_assert_cmpint (width, >, 0);
  }

  /* The client is booked too: Acme with another trainer over "Advanced pivot tables". */
  fill_booking (dialog, 0, "Q&A", "Sun Li", "2026-03-12 13:00", 1, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "session.save", NULL));
  g_assert_nonnull (strstr (steward_session_dialog_get_error (sd), "Advanced pivot tables"));
  g_assert_cmpint (steward_session_dialog_get_conflict_id (sd), ==, f->pivot);
  g_assert_cmpuint (count_sessions (f), ==, before);

  /* The link opens the conflicting session. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "session.show-conflict", NULL));
  ui_settle (50);
  dialog = steward_training_page_get_dialog (f->page);
  g_assert_nonnull (dialog);
  g_assert_cmpint (steward_training_session_get_id (steward_session_dialog_get_session (STEWARD_SESSION_DIALOG (dialog))),
                   ==, f->pivot);
}

static void
test_four_hours (Fixture       *f,
                 gconstpointer  data)
{
  GtkWindow *dialog = open_booking (f);
  StewardSessionDialog *sd = STEWARD_SESSION_DIALOG (dialog);
  guint before = count_sessions (f);
  g_autoptr(StewardTrainingSession) stored = NULL;
  g_autoptr(GPtrArray) week = NULL;
  gint64 id = 0;

  /* 4 h 05 min on Friday afternoon: refused, naming the limit. */
  fill_booking (dialog, 2, "Inventory reports", "Sun Li", "2026-03-13 13:00", 4, 5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "session.save", NULL));
  g_assert_nonnull (strstr (steward_session_dialog_get_error (sd), "4 hours"));
  g_assert_cmpint (steward_session_dialog_get_conflict_id (sd), ==, 0);
  g_assert_false (gtk_widget_get_visible (dialog_child (dialog, "conflict_button")));
  g_assert_cmpuint (count_sessions (f), ==, before);

  /* Exactly 4 hours is allowed: the dialog closes and the session is in the calendar. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (dialog_child (dialog, "minutes_spin")), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "session.save", NULL));
  /* The cancellation runs once the confirmation has closed. */
  for (guint i = 0; i < 100 && steward_training_page_get_dialog (f->page) != NULL; i++)
    ui_settle (20);
  g_assert_null (steward_training_page_get_dialog (f->page));
  g_assert_cmpuint (count_sessions (f), ==, before + 1);

  week = steward_training_repository_list_range (STEWARD_TRAINING_REPOSITORY (f->training),
                                                 ui_at ("2026-03-13 13:00"),
                                                 ui_at ("2026-03-13 17:00"), NULL);
  for (guint i = 0; i < week->len; i++)
    if (g_str_equal (steward_training_session_get_title (g_ptr_array_index (week, i)),
                     "Inventory reports"))
      id = steward_training_session_get_id (g_ptr_array_index (week, i));
  g_assert_cmpint (id, >, 0);
  stored = load (f, id);
  g_assert_cmpint (steward_training_session_get_duration (stored), ==, 4 * 3600);
  g_assert_cmpint (steward_training_session_get_client_id (stored), ==, f->client[2]);
  g_assert_cmpstr (steward_training_session_get_attendees (stored)[2], ==, "Chen Jing");
  g_assert_nonnull (steward_calendar_view_get_chip (steward_training_page_get_view (f->page), id));
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  StewardCalendarView *view = steward_training_page_get_view (f->page);
  GtkWindow *dialog;
  gint64 from, to;

  /* Home: today at the current half hour (10:00 on Wednesday). */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (ui_press_key (GTK_WIDGET (view), GDK_KEY_Home, 0));
  g_assert_cmpint (steward_calendar_view_get_date (view), ==, ui_at ("2026-03-11 10:00"));

  g_assert_true (ui_press_key (GTK_WIDGET (view), GDK_KEY_Right, 0));
  g_assert_true (ui_press_key (GTK_WIDGET (view), GDK_KEY_Down, 0));
  g_assert_cmpint (steward_calendar_view_get_date (view), ==, ui_at ("2026-03-12 10:30"));

  /* Page Down: the next week, without the sessions of this one. */
  g_assert_true (ui_press_key (GTK_WIDGET (view), GDK_KEY_Page_Down, 0));
  steward_calendar_view_get_range (view, &from, &to);
  g_assert_cmpint (from, ==, ui_at ("2026-03-16 00:00"));
  g_assert_null (steward_calendar_view_get_chip (view, f->excel));
  g_assert_true (ui_press_key (GTK_WIDGET (view), GDK_KEY_Page_Up, 0));
  g_assert_nonnull (steward_calendar_view_get_chip (view, f->excel));

  /* Enter on the grid proposes a session at the cursor. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_true (ui_press_key (GTK_WIDGET (view), GDK_KEY_Return, 0));
  dialog = steward_training_page_get_dialog (f->page);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog_child (dialog, "start_row"))), ==,
                   "2026-03-12 10:30");
  gtk_window_destroy (dialog);

  /* Enter on a session opens it. */
  g_signal_emit_by_name (steward_calendar_view_get_chip (view, f->dashboard), "activate");
  dialog = steward_training_page_get_dialog (f->page);
  g_assert_cmpint (steward_training_session_get_id (steward_session_dialog_get_session (STEWARD_SESSION_DIALOG (dialog))),
                   ==, f->dashboard);

  /* In the month view the arrows move by days and weeks. */
  gtk_window_destroy (dialog);
  steward_calendar_view_set_mode (view, STEWARD_CALENDAR_MODE_MONTH);
  g_assert_true (ui_press_key (GTK_WIDGET (view), GDK_KEY_Down, 0));
  g_assert_cmpint (steward_calendar_view_get_date (view), ==, ui_at ("2026-03-19 10:30"));
  g_assert_true (ui_press_key (GTK_WIDGET (view), GDK_KEY_Page_Down, 0));
  steward_calendar_view_get_range (view, &from, &to);
  g_assert_cmpint (from, ==, ui_at ("2026-03-30 00:00"));
}

static void
test_move_done_cancel (Fixture       *f,
                       gconstpointer  data)
{
  StewardCalendarView *view = steward_training_page_get_view (f->page);
  g_autoptr(StewardTrainingSession) s = NULL;
  GtkWindow *dialog;
  GtkWidget *confirm;

  /* Dragging Wednesday's dashboard session to Tuesday 11:00 moves it. */
  g_signal_emit_by_name (view, "session-moved", f->dashboard, ui_at ("2026-03-10 11:00"));
  s = load (f, f->dashboard);
  g_assert_cmpint (steward_training_session_get_start (s), ==, ui_at ("2026-03-10 11:00"));
  g_assert_cmpint (steward_training_session_get_duration (s), ==, 2 * 3600);
  g_clear_object (&s);

  /* Wang Fang's Thursday session onto her Tuesday one: refused, unchanged. */
  g_signal_emit_by_name (view, "session-moved", f->pivot, ui_at ("2026-03-10 08:00"));
  s = load (f, f->pivot);
  g_assert_cmpint (steward_training_session_get_start (s), ==, ui_at ("2026-03-12 09:30"));
  g_clear_object (&s);

  /* Mark done from the session dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.show-session", "x",
                                             f->dashboard));
  dialog = steward_training_page_get_dialog (f->page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "session.mark-done", NULL));
  s = load (f, f->dashboard);
  g_assert_cmpint (steward_training_session_get_status (s), ==, STEWARD_TRAINING_STATUS_DONE);
  g_clear_object (&s);

  /* A done session can no longer be edited. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.show-session", "x",
                                             f->dashboard));
  dialog = steward_training_page_get_dialog (f->page);
  g_assert_false (gtk_widget_get_sensitive (dialog_child (dialog, "title_row")));
  g_assert_false (gtk_widget_get_visible (dialog_child (dialog, "save_button")));
  gtk_window_destroy (dialog);

  /* Cancel asks first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.show-session", "x",
                                             f->pivot));
  dialog = steward_training_page_get_dialog (f->page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "session.cancel-session", NULL));
  confirm = ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "cancel-session");
  /* The cancellation runs once the confirmation has closed. */
  for (guint i = 0; i < 100 && steward_training_page_get_dialog (f->page) != NULL; i++)
    ui_settle (20);
  g_assert_null (steward_training_page_get_dialog (f->page));
  s = load (f, f->pivot);
  g_assert_cmpint (steward_training_session_get_status (s), ==, STEWARD_TRAINING_STATUS_CANCELLED);
}


/* A small RFC 5545 reader, independent of the writer: checks CRLF line ends and the 75-octet
 * limit, unfolds continuation lines, and splits each content line into name, parameters and
 * value. Components are checked to nest (BEGIN/END pairs). */
typedef struct {
  char *name;
  char *params;
  char *value;
} IcsLine;

static void
ics_line_free (gpointer data)
{
  IcsLine *line = data;

  g_free (line->name);
  g_free (line->params);
  g_free (line->value);
  g_free (line);
}

static GPtrArray *
ics_parse (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (ics_line_free);
  g_auto(GStrv) physical = g_strsplit (text, "\r\n", -1);
  g_autoptr(GPtrArray) logical = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) stack = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  g_assert_null (strstr (text, "\r\n\r\n"));
  for (guint i = 0; physical[i] != NULL; i++)
    {
      g_assert_null (strchr (physical[i], '\n'));
      g_assert_cmpuint (strlen (physical[i]), <=, 75);
      if (physical[i][0] == ' ' || physical[i][0] == '\t')
        {
          char *last = g_ptr_array_index (logical, logical->len - 1);

          logical->pdata[logical->len - 1] = g_strconcat (last, physical[i] + 1, NULL);
          g_free (last);
        }
      else if (physical[i][0] != '\0')
        g_ptr_array_add (logical, g_strdup (physical[i]));
    }

  for (guint i = 0; i < logical->len; i++)
    {
      const char *l = g_ptr_array_index (logical, i);
      const char *colon = strchr (l, ':');
      const char *semi = strchr (l, ';');
      IcsLine *line = g_new0 (IcsLine, 1);

      g_assert_nonnull (colon);
      g_assert_true (g_utf8_validate (l, -1, NULL));
      if (semi != NULL && semi < colon)
        {
          line->name = g_strndup (l, semi - l);
          line->params = g_strndup (semi + 1, colon - semi - 1);
        }
      else
        line->name = g_strndup (l, colon - l);
      line->value = g_strdup (colon + 1);

      if (g_str_equal (line->name, "BEGIN"))
        g_ptr_array_add (stack, g_strdup (line->value));
      else if (g_str_equal (line->name, "END"))
        {
          g_assert_cmpuint (stack->len, >, 0);
          g_assert_cmpstr (g_ptr_array_index (stack, stack->len - 1), ==, line->value);
          g_ptr_array_remove_index (stack, stack->len - 1);
        }
      g_ptr_array_add (lines, line);
    }
  g_assert_cmpuint (stack->len, ==, 0);

  return lines;
}

/* The value of @name in the VEVENT whose SUMMARY is @summary (escapes left as written). */
static const char *
ics_event_value (GPtrArray  *lines,
                 const char *summary,
                 const char *name)
{
  guint begin = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      IcsLine *line = g_ptr_array_index (lines, i);

      if (g_str_equal (line->name, "BEGIN") && g_str_equal (line->value, "VEVENT"))
        begin = i;
      if (g_str_equal (line->name, "SUMMARY") && g_str_equal (line->value, summary))
        for (guint j = begin; j < lines->len; j++)
          {
            IcsLine *other = g_ptr_array_index (lines, j);

            if (g_str_equal (other->name, "END"))
              break;
            if (g_str_equal (other->name, name))
              return other->value;
          }
    }
  return NULL;
}

static guint
ics_count (GPtrArray  *lines,
           const char *name,
           const char *value)
{
  guint n = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      IcsLine *line = g_ptr_array_index (lines, i);

      if (g_str_equal (line->name, name) && (value == NULL || g_str_equal (line->value, value)))
        n++;
    }
  return n;
}

static void
test_ics_export (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "week.ics", NULL);
  g_autofree char *one = g_build_filename (f->dir, "one.ics", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uid = NULL;
  GtkWindow *dialog;
  guint count = 0;

  g_assert_true (steward_training_page_export_shown (f->page, path, &count, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 6);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = ics_parse (text);

  g_assert_cmpstr (((IcsLine *) g_ptr_array_index (lines, 0))->value, ==, "VCALENDAR");
  g_assert_cmpuint (ics_count (lines, "VERSION", "2.0"), ==, 1);
  g_assert_cmpuint (ics_count (lines, "PRODID", NULL), ==, 1);
  g_assert_cmpuint (ics_count (lines, "BEGIN", "VEVENT"), ==, 6);

  /* Tuesday 09:00–11:00 in Shanghai is 01:00–03:00 UTC. */
  g_assert_cmpstr (ics_event_value (lines, "Excel reporting basics", "DTSTART"), ==, "20260310T010000Z");
  g_assert_cmpstr (ics_event_value (lines, "Excel reporting basics", "DTEND"), ==, "20260310T030000Z");
  uid = g_strdup_printf ("steward-training-%" G_GINT64_FORMAT "@stewardapp.github.io", f->excel);
  g_assert_cmpstr (ics_event_value (lines, "Excel reporting basics", "UID"), ==, uid);
  g_assert_cmpstr (ics_event_value (lines, "数据可视化实践", "DTSTART"), ==, "20260310T020000Z");
  g_assert_cmpstr (ics_event_value (lines, "数据可视化实践", "LOCATION"), ==, "Room 301");
  g_assert_cmpstr (ics_event_value (lines, "Warehouse KPIs", "STATUS"), ==, "CANCELLED");
  g_assert_cmpstr (ics_event_value (lines, "Report automation", "STATUS"), ==, "CONFIRMED");
  g_assert_cmpstr (ics_event_value (lines, "Advanced pivot tables", "LOCATION"), ==,
                   "Acme HQ\\, Room 2");

  /* One session from its dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.show-session", "x",
                                             f->visual));
  dialog = steward_training_page_get_dialog (f->page);
  g_assert_true (steward_session_dialog_export_to (STEWARD_SESSION_DIALOG (dialog), one, &error));
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&lines, g_ptr_array_unref);
  g_assert_true (g_file_get_contents (one, &text, NULL, NULL));
  lines = ics_parse (text);
  g_assert_cmpuint (ics_count (lines, "BEGIN", "VEVENT"), ==, 1);
  g_assert_cmpstr (ics_event_value (lines, "数据可视化实践", "DTEND"), ==, "20260310T050000Z");

  g_unlink (path);
  g_unlink (one);
}

/* The calendar beside the start: the day picked replaces the date and keeps the typed time;
 * typing still works; the session is stored on the day picked. */
static void
test_date_picker (Fixture       *f,
                  gconstpointer  data)
{
  GtkWindow *dialog = open_booking (f);
  GtkWidget *start_row = dialog_child (dialog, "start_row");
  GtkCalendar *calendar = GTK_CALENDAR (ui_find (start_row, GTK_TYPE_CALENDAR, NULL));
  GtkWidget *button = ui_find (start_row, GTK_TYPE_MENU_BUTTON, NULL);
  g_autoptr(GDateTime) friday = g_date_time_new_local (2026, 3, 20, 0, 0, 0);
  g_autoptr(GDateTime) shown = NULL;
  g_autoptr(GPtrArray) day = NULL;

  g_assert_nonnull (calendar);
  g_assert_nonnull (button);
  g_assert_true (steward_date_picker_get_calendar (button) == calendar);

  fill_booking (dialog, 2, "Picked by calendar", "Sun Li", "2026-03-11 15:30", 1, 0);
  /* Opening the popover shows the typed day and changes nothing. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  ui_settle (50);
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 11);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, "2026-03-11 15:30");

  gtk_calendar_select_day (calendar, friday);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, "2026-03-20 15:30");

  /* Typing after picking still counts. */
  set_text (dialog, "start_row", "2026-03-20 16:00");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "session.save", NULL));
  for (guint i = 0; i < 100 && steward_training_page_get_dialog (f->page) != NULL; i++)
    ui_settle (20);
  g_assert_null (steward_training_page_get_dialog (f->page));

  day = steward_training_repository_list_range (STEWARD_TRAINING_REPOSITORY (f->training),
                                                ui_at ("2026-03-20 00:00"),
                                                ui_at ("2026-03-21 00:00"), NULL);
  g_assert_cmpuint (day->len, ==, 1);
  g_assert_cmpstr (steward_training_session_get_title (g_ptr_array_index (day, 0)), ==,
                   "Picked by calendar");
  g_assert_cmpint (steward_training_session_get_start (g_ptr_array_index (day, 0)), ==,
                   ui_at ("2026-03-20 16:00"));
}

static void
test_date_picker_without_text (Fixture       *f,
                               gconstpointer  data)
{
  GtkWindow *dialog = open_booking (f);
  GtkWidget *start_row = dialog_child (dialog, "start_row");
  GtkCalendar *calendar = GTK_CALENDAR (ui_find (start_row, GTK_TYPE_CALENDAR, NULL));
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 4, 1, 0, 0, 0);

  /* Nothing readable typed: the picked day starts at 09:00. */
  set_text (dialog, "start_row", "");
  gtk_calendar_select_day (calendar, day);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, "2026-04-01 09:00");
  gtk_window_destroy (dialog);
}

static void
test_no_database (void)
{
  StewardTrainingPage *page = STEWARD_TRAINING_PAGE (steward_training_page_new ());

  g_object_ref_sink (page);
  gtk_widget_activate_action (GTK_WIDGET (page), "page.new", NULL);
  g_assert_null (steward_training_page_get_dialog (page));
  g_assert_true (gtk_widget_get_visible (ui_find (GTK_WIDGET (page), ADW_TYPE_STATUS_PAGE, NULL)));
  g_object_unref (page);
}

int
main (int   argc,
      char *argv[])
{
  ui_fixture_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/training-page/week-layout", test_week_layout);
  ADD ("/training-page/conflict-refused", test_conflict_refused);
  ADD ("/training-page/four-hours", test_four_hours);
  ADD ("/training-page/keyboard", test_keyboard);
  ADD ("/training-page/move-done-cancel", test_move_done_cancel);
  ADD ("/training-page/ics-export", test_ics_export);
  ADD ("/training-page/date-picker", test_date_picker);
  ADD ("/training-page/date-picker-without-text", test_date_picker_without_text);
  g_test_add_func ("/training-page/no-database", test_no_database);

  return g_test_run ();
}
