/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-dashboard-page"

#include "config.h"

#include "steward-dashboard-page.h"

#include <glib/gi18n-lib.h>

#include "steward-back-button.h"
#include "steward-client-format.h"
#include "steward-client-list-model.h"
#include "steward-dashboard-state.h"
#include "steward-enums.h"
#include "steward-request-list-model.h"
#include "steward-request-state.h"
#include "steward-time.h"
#include "steward-ui-util.h"

/* What an account manager needs at 9 a.m.: deadlines breached or due soon, complaints near
 * their limits, today's and tomorrow's trainings, unpaid balances and this month's counts.
 * Each row opens its item through win.open. The lists are read after the first frame and again
 * on the application's "data-changed". */

/* Rows per section: the dashboard points at work, the lists hold the rest. */
#define MAX_ROWS 8

struct _StewardDashboardPage
{
  AdwBin               parent_instance;

  /* template widgets */
  AdwWindowTitle      *title;
  GtkFlowBox          *counts_box;
  AdwPreferencesGroup *deadlines_group;
  AdwPreferencesGroup *complaints_group;
  AdwPreferencesGroup *trainings_group;
  AdwPreferencesGroup *balances_group;

  /* owned */
  GHashTable          *rows;      /* group → GPtrArray of its rows (borrowed) */
  guint                reload_id;

  /* borrowed */
  StewardApplication  *app;
};

G_DEFINE_FINAL_TYPE (StewardDashboardPage, steward_dashboard_page, ADW_TYPE_BIN)

GtkWidget *
steward_dashboard_page_new (void)
{
  return g_object_new (STEWARD_TYPE_DASHBOARD_PAGE, NULL);
}

static void
clear_group (StewardDashboardPage *self,
             AdwPreferencesGroup  *group)
{
  GPtrArray *rows = g_hash_table_lookup (self->rows, group);

  if (rows == NULL)
    {
      rows = g_ptr_array_new ();
      g_hash_table_insert (self->rows, group, rows);
    }
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
add_row (StewardDashboardPage *self,
         AdwPreferencesGroup  *group,
         GtkWidget            *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (g_hash_table_lookup (self->rows, group), row);
}

/* A row that opens (@kind, @id) through win.open; @badge (may be NULL) in @style. */
static GtkWidget *
item_row (const char *title,
          const char *subtitle,
          const char *suffix,
          const char *badge,
          const char *style,
          const char *kind,
          gint64      id)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (suffix != NULL)
    {
      GtkWidget *label = gtk_label_new (suffix);

      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  if (badge != NULL)
    {
      GtkWidget *label = gtk_label_new (badge);

      gtk_widget_add_css_class (label, "steward-tag");
      if (style != NULL)
        gtk_widget_add_css_class (label, style);
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(sx)", kind, id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open");
  return row;
}

static GtkWidget *
empty_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

static void
add_count (StewardDashboardPage *self,
           gint64                count,
           const char           *caption,
           const char           *style)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *text = g_strdup_printf ("%'" G_GINT64_FORMAT, count);
  GtkWidget *value = gtk_label_new (text);
  GtkWidget *label = gtk_label_new (caption);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "steward-summary");
  gtk_widget_add_css_class (value, "title-2");
  gtk_widget_add_css_class (value, "numeric");
  if (style != NULL && count > 0)
    gtk_widget_add_css_class (value, style);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), label);
  gtk_flow_box_append (self->counts_box, box);
}

/* Adds the requests of @model (at most MAX_ROWS) to the deadlines group. */
static guint
add_request_rows (StewardDashboardPage    *self,
                  StewardRequestListModel *model,
                  gint64                   now,
                  guint                    room)
{
  StewardCalendar *calendar = steward_application_get_calendar (self->app);
  guint n = MIN (room, g_list_model_get_n_items (G_LIST_MODEL (model)));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardServiceRequest) request = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_autofree char *left = NULL;
      g_autofree char *number = NULL;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      StewardSlaStatus status;
      const char *client;

      if (request == NULL)
        break;
      status = steward_request_sla_summary (request, calendar, now, &left);
      number = steward_request_format_number (steward_service_request_get_id (request));
      client = steward_request_list_model_get_client_name (model, steward_service_request_get_client_id (request));
      title = g_strdup_printf ("%s · %s", number, client != NULL ? client : "");
      subtitle = g_strdup_printf ("%s · %s · %s",
                                  steward_enum_label (STEWARD_TYPE_SERVICE, steward_service_request_get_service (request)),
                                  steward_enum_label (STEWARD_TYPE_STATE, steward_service_request_get_state (request)),
                                  left);
      add_row (self, self->deadlines_group,
               item_row (title, subtitle, NULL, steward_sla_badge_label (status),
                         steward_sla_badge_style (status), "request",
                         steward_service_request_get_id (request)));
    }
  return n;
}

static guint
count_requests (StewardRequestListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

static void
steward_dashboard_page_load_requests (StewardDashboardPage *self,
                                      gint64                now)
{
  StewardStore *store = steward_application_get_store (self->app);
  g_autoptr(StewardRequestListModel) breached = steward_request_list_model_new (store);
  g_autoptr(StewardRequestListModel) due_soon = steward_request_list_model_new (store);
  g_autoptr(StewardRequestListModel) month = steward_request_list_model_new (store);
  gint64 from, until;
  guint shown;

  steward_request_list_model_set_now (breached, now);
  steward_request_list_model_set_sla_status (breached, STEWARD_SLA_STATUS_BREACHED);
  /* A deadline missed on work already done is history for the reports, not a task for today. */
  steward_request_list_model_set_running_clocks_only (breached, TRUE);
  steward_request_list_model_set_sort (breached, STEWARD_REQUEST_SORT_RESPONSE_DUE, FALSE);
  steward_request_list_model_set_now (due_soon, now);
  steward_request_list_model_set_sla_status (due_soon, STEWARD_SLA_STATUS_DUE_SOON);
  steward_request_list_model_set_sort (due_soon, STEWARD_REQUEST_SORT_RESPONSE_DUE, FALSE);

  steward_dashboard_month_range (now, NULL, &from, &until);
  steward_request_list_model_set_submitted_range (month, from, until);

  add_count (self, count_requests (breached), _("Deadlines Breached"), "error");
  add_count (self, count_requests (due_soon), _("Deadlines Due Soon"), "warning");
  add_count (self, count_requests (month), _("New Requests This Month"), NULL);

  clear_group (self, self->deadlines_group);
  shown = add_request_rows (self, due_soon, now, MAX_ROWS);
  shown += add_request_rows (self, breached, now, MAX_ROWS - shown);
  if (shown == 0)
    add_row (self, self->deadlines_group, empty_row (_("No deadline is breached or due soon")));
}

static void
steward_dashboard_page_load_complaints (StewardDashboardPage *self,
                                        gint64                now)
{
  StewardComplaintRepository *repo = steward_application_get_complaint_repository (self->app);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) open = steward_complaint_repository_list_open (repo, &error);
  g_autoptr(GPtrArray) received = NULL;
  gint64 from, until;
  guint shown = 0;

  clear_group (self, self->complaints_group);
  steward_dashboard_month_range (now, NULL, &from, &until);
  received = steward_complaint_repository_list_received (repo, from, until, NULL);
  add_count (self, received != NULL ? received->len : 0, _("Complaints This Month"), NULL);

  for (guint i = 0; open != NULL && i < open->len && shown < MAX_ROWS; i++)
    {
      StewardComplaint *complaint = g_ptr_array_index (open, i);
      g_autofree char *text = NULL;
      StewardSlaStatus status = steward_dashboard_complaint_clock (complaint, now, &text);

      if (status == STEWARD_SLA_STATUS_NONE)
        continue;
      add_row (self, self->complaints_group,
               item_row (steward_complaint_get_summary (complaint), text, NULL,
                         steward_sla_badge_label (status), steward_sla_badge_style (status),
                         "complaint", steward_complaint_get_id (complaint)));
      shown++;
    }
  if (open == NULL)
    steward_widget_show_error (GTK_WIDGET (self), error);
  if (shown == 0)
    add_row (self, self->complaints_group, empty_row (_("No complaint is waiting")));
}

static void
steward_dashboard_page_load_trainings (StewardDashboardPage *self,
                                       gint64                now)
{
  StewardTrainingRepository *repo = steward_application_get_training_repository (self->app);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) month = NULL;
  gint64 from, until;
  guint shown = 0, held = 0;

  clear_group (self, self->trainings_group);
  steward_dashboard_days_range (now, NULL, 2, &from, &until);
  sessions = steward_training_repository_list_range (repo, from, until, NULL);
  for (guint i = 0; sessions != NULL && i < sessions->len && shown < MAX_ROWS; i++)
    {
      StewardTrainingSession *session = g_ptr_array_index (sessions, i);
      g_autofree char *text = NULL;

      if (steward_training_session_get_status (session) == STEWARD_TRAINING_STATUS_CANCELLED)
        continue;
      text = steward_dashboard_training_text (session, now, NULL);
      add_row (self, self->trainings_group,
               item_row (steward_training_session_get_title (session), text, NULL, NULL, NULL,
                         "training", steward_training_session_get_id (session)));
      shown++;
    }
  if (shown == 0)
    add_row (self, self->trainings_group, empty_row (_("No training today or tomorrow")));

  steward_dashboard_month_range (now, NULL, &from, &until);
  month = steward_training_repository_list_range (repo, from, until, NULL);
  for (guint i = 0; month != NULL && i < month->len; i++)
    if (steward_training_session_get_status (g_ptr_array_index (month, i)) != STEWARD_TRAINING_STATUS_CANCELLED)
      held++;
  add_count (self, held, _("Trainings This Month"), NULL);
}

static void
steward_dashboard_page_load_balances (StewardDashboardPage *self)
{
  g_autoptr(StewardClientListModel) clients =
    steward_client_list_model_new (steward_application_get_store (self->app));
  guint shown = 0;

  clear_group (self, self->balances_group);
  steward_client_list_model_set_sort (clients, STEWARD_CLIENT_SORT_OUTSTANDING, TRUE);
  for (guint i = 0; i < MAX_ROWS && i < g_list_model_get_n_items (G_LIST_MODEL (clients)); i++)
    {
      g_autoptr(StewardClient) client = g_list_model_get_item (G_LIST_MODEL (clients), i);
      g_autofree char *balance = NULL;
      g_autofree char *open = NULL;

      if (client == NULL || steward_client_get_outstanding_fen (client) <= 0)
        break;
      balance = steward_format_balance (steward_client_get_outstanding_fen (client));
      open = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open request",
                                           "%u open requests",
                                           steward_client_get_open_requests (client)),
                              steward_client_get_open_requests (client));
      add_row (self, self->balances_group,
               item_row (steward_client_get_name (client), open, balance, NULL, NULL, "client",
                         steward_client_get_id (client)));
      shown++;
    }
  if (shown == 0)
    add_row (self, self->balances_group, empty_row (_("Every client is paid up")));
}

void
steward_dashboard_page_reload (StewardDashboardPage *self)
{
  gint64 now;
  GtkWidget *child;
  g_autoptr(GDateTime) today = NULL;
  g_autofree char *date = NULL;

  g_return_if_fail (STEWARD_IS_DASHBOARD_PAGE (self));

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->app == NULL || steward_application_get_store (self->app) == NULL)
    return;

  now = steward_time_now ();
  today = steward_time_to_date_time (now, NULL);
  /* Translators: today's date in the dashboard's title, for g_date_time_format. */
  date = g_date_time_format (today, _("%A, %B %-d"));
  adw_window_title_set_subtitle (self->title, date);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->counts_box))) != NULL)
    gtk_flow_box_remove (self->counts_box, child);
  steward_dashboard_page_load_requests (self, now);
  steward_dashboard_page_load_complaints (self, now);
  steward_dashboard_page_load_trainings (self, now);
  steward_dashboard_page_load_balances (self);
}

static gboolean
reload_idle (gpointer user_data)
{
  StewardDashboardPage *self = user_data;

  self->reload_id = 0;
  steward_dashboard_page_reload (self);
  return G_SOURCE_REMOVE;
}

/* Reading the lists waits until the window has drawn its first frame. */
static void
steward_dashboard_page_queue_reload (StewardDashboardPage *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_LOW, reload_idle, self, NULL);
}

static void
steward_dashboard_page_set_application (GtkWidget          *widget,
                                        StewardApplication *app)
{
  StewardDashboardPage *self = STEWARD_DASHBOARD_PAGE (widget);

  self->app = app;
  g_signal_connect_object (app, "notify::store",
                           G_CALLBACK (steward_dashboard_page_queue_reload), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (app, "data-changed",
                           G_CALLBACK (steward_dashboard_page_queue_reload), self,
                           G_CONNECT_SWAPPED);
  steward_dashboard_page_queue_reload (self);
}

static void
steward_dashboard_page_dispose (GObject *object)
{
  StewardDashboardPage *self = STEWARD_DASHBOARD_PAGE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_DASHBOARD_PAGE);

  G_OBJECT_CLASS (steward_dashboard_page_parent_class)->dispose (object);
}

static void
steward_dashboard_page_class_init (StewardDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_dashboard_page_dispose;

  g_type_ensure (STEWARD_TYPE_BACK_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardDashboardPage, title);
  gtk_widget_class_bind_template_child (widget_class, StewardDashboardPage, counts_box);
  gtk_widget_class_bind_template_child (widget_class, StewardDashboardPage, deadlines_group);
  gtk_widget_class_bind_template_child (widget_class, StewardDashboardPage, complaints_group);
  gtk_widget_class_bind_template_child (widget_class, StewardDashboardPage, trainings_group);
  gtk_widget_class_bind_template_child (widget_class, StewardDashboardPage, balances_group);
}

static void
steward_dashboard_page_init (StewardDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  steward_widget_watch_application (GTK_WIDGET (self), steward_dashboard_page_set_application);
}
