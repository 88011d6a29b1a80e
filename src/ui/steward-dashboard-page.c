/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-dashboard-page"

#include "config.h"

#include "steward-dashboard-page.h"

#include <glib/gi18n-lib.h>

#include "steward-back-button.h"
#include "steward-client-format.h"
#include "steward-client-list-model.h"
#include "steward-dashboard-load.h"
#include "steward-dashboard-state.h"
#include "steward-enums.h"
#include "steward-request-list-model.h"
#include "steward-request-state.h"
#include "steward-time.h"
#include "steward-ui-util.h"

/* What an account manager needs at 9 a.m.: deadlines breached or due soon, complaints near
 * their limits, today's and tomorrow's trainings, unpaid balances and this month's counts.
 * Each row opens its item through win.open. The lists are read after the first frame and again
 * on the application's "data-changed", in a worker thread on a connection of its own: on a large
 * database they take seconds, which the window never waits for. */

#define MAX_ROWS STEWARD_DASHBOARD_MAX_ROWS

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
  GCancellable        *cancellable; /* the read under way */
  gboolean             loading;

  /* borrowed */
  StewardApplication  *app;
};

G_DEFINE_FINAL_TYPE (StewardDashboardPage, steward_dashboard_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

static void
steward_dashboard_page_show_requests (StewardDashboardPage       *self,
                                      const StewardDashboardData *data)
{
  StewardCalendar *calendar = steward_application_get_calendar (self->app);

  add_count (self, data->breached, _("Deadlines Breached"), "error");
  add_count (self, data->due_soon, _("Deadlines Due Soon"), "warning");
  add_count (self, data->month_requests, _("New Requests This Month"), NULL);

  clear_group (self, self->deadlines_group);
  for (guint i = 0; i < data->requests->len; i++)
    {
      StewardServiceRequest *request = g_ptr_array_index (data->requests, i);
      g_autofree char *left = NULL;
      g_autofree char *number = NULL;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      StewardSlaStatus status;

      status = steward_request_sla_summary (request, calendar, data->now, &left);
      number = steward_request_format_number (steward_service_request_get_id (request));
      title = g_strdup_printf ("%s · %s", number,
                               (const char *) g_ptr_array_index (data->request_clients, i));
      subtitle = g_strdup_printf ("%s · %s · %s",
                                  steward_enum_label (STEWARD_TYPE_SERVICE, steward_service_request_get_service (request)),
                                  steward_enum_label (STEWARD_TYPE_STATE, steward_service_request_get_state (request)),
                                  left);
      add_row (self, self->deadlines_group,
               item_row (title, subtitle, NULL, steward_sla_badge_label (status),
                         steward_sla_badge_style (status), "request",
                         steward_service_request_get_id (request)));
    }
  if (data->requests->len == 0)
    add_row (self, self->deadlines_group, empty_row (_("No deadline is breached or due soon")));
}

static void
steward_dashboard_page_show_complaints (StewardDashboardPage       *self,
                                        const StewardDashboardData *data)
{
  guint shown = 0;

  clear_group (self, self->complaints_group);
  add_count (self, data->month_complaints, _("Complaints This Month"), NULL);

  for (guint i = 0;
       data->open_complaints != NULL && i < data->open_complaints->len && shown < MAX_ROWS;
       i++)
    {
      StewardComplaint *complaint = g_ptr_array_index (data->open_complaints, i);
      g_autofree char *text = NULL;
      StewardSlaStatus status = steward_dashboard_complaint_clock (complaint, data->now, &text);

      if (status == STEWARD_SLA_STATUS_NONE)
        continue;
      add_row (self, self->complaints_group,
               item_row (steward_complaint_get_summary (complaint), text, NULL,
                         steward_sla_badge_label (status), steward_sla_badge_style (status),
                         "complaint", steward_complaint_get_id (complaint)));
      shown++;
    }
  if (data->complaints_error != NULL)
    steward_widget_show_error (GTK_WIDGET (self), data->complaints_error);
  if (shown == 0)
    add_row (self, self->complaints_group, empty_row (_("No complaint is waiting")));
}

static void
steward_dashboard_page_show_trainings (StewardDashboardPage       *self,
                                       const StewardDashboardData *data)
{
  guint shown = 0;

  clear_group (self, self->trainings_group);
  for (guint i = 0; data->sessions != NULL && i < data->sessions->len && shown < MAX_ROWS; i++)
    {
      StewardTrainingSession *session = g_ptr_array_index (data->sessions, i);
      g_autofree char *text = NULL;

      if (steward_training_session_get_status (session) == STEWARD_TRAINING_STATUS_CANCELLED)
        continue;
      text = steward_dashboard_training_text (session, data->now, NULL);
      add_row (self, self->trainings_group,
               item_row (steward_training_session_get_title (session), text, NULL, NULL, NULL,
                         "training", steward_training_session_get_id (session)));
      shown++;
    }
  if (shown == 0)
    add_row (self, self->trainings_group, empty_row (_("No training today or tomorrow")));

  add_count (self, data->month_trainings, _("Trainings This Month"), NULL);
}

static void
steward_dashboard_page_show_balances (StewardDashboardPage       *self,
                                      const StewardDashboardData *data)
{
  clear_group (self, self->balances_group);
  for (guint i = 0; i < data->balances->len; i++)
    {
      StewardClient *client = g_ptr_array_index (data->balances, i);
      g_autofree char *balance = steward_format_balance (steward_client_get_outstanding_fen (client));
      g_autofree char *open = NULL;

      open = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open request",
                                           "%u open requests",
                                           steward_client_get_open_requests (client)),
                              steward_client_get_open_requests (client));
      add_row (self, self->balances_group,
               item_row (steward_client_get_name (client), open, balance, NULL, NULL, "client",
                         steward_client_get_id (client)));
    }
  if (data->balances->len == 0)
    add_row (self, self->balances_group, empty_row (_("Every client is paid up")));
}

static void
steward_dashboard_page_show (StewardDashboardPage       *self,
                             const StewardDashboardData *data)
{
  GtkWidget *child;
  g_autoptr(GDateTime) today = steward_time_to_date_time (data->now, NULL);
  /* Translators: today's date in the dashboard's title, for g_date_time_format. */
  g_autofree char *date = g_date_time_format (today, _("%A, %B %-d"));

  adw_window_title_set_subtitle (self->title, date);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->counts_box))) != NULL)
    gtk_flow_box_remove (self->counts_box, child);
  steward_dashboard_page_show_requests (self, data);
  steward_dashboard_page_show_complaints (self, data);
  steward_dashboard_page_show_trainings (self, data);
  steward_dashboard_page_show_balances (self, data);
}

static void
steward_dashboard_page_set_loading (StewardDashboardPage *self,
                                    gboolean              loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
on_data_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(StewardDashboardPage) self = user_data;
  g_autoptr(StewardDashboardData) data = NULL;
  g_autoptr(GError) error = NULL;

  data = steward_dashboard_data_read_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  if (data != NULL)
    steward_dashboard_page_show (self, data);
  steward_dashboard_page_set_loading (self, FALSE);
}

void
steward_dashboard_page_reload (StewardDashboardPage *self)
{
  StewardStore *store;

  g_return_if_fail (STEWARD_IS_DASHBOARD_PAGE (self));

  g_clear_handle_id (&self->reload_id, g_source_remove);
  store = self->app != NULL ? steward_application_get_store (self->app) : NULL;
  if (store == NULL)
    return;

  /* A newer read replaces one still running: its data would be older. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  steward_dashboard_page_set_loading (self, TRUE);
  steward_dashboard_data_read_async (store, steward_time_now (), self->cancellable,
                                     on_data_read, g_object_ref (self));
}

gboolean
steward_dashboard_page_get_loading (StewardDashboardPage *self)
{
  g_return_val_if_fail (STEWARD_IS_DASHBOARD_PAGE (self), FALSE);

  return self->loading;
}

static gboolean
reload_idle (gpointer user_data)
{
  StewardDashboardPage *self = user_data;

  self->reload_id = 0;
  steward_dashboard_page_reload (self);
  return G_SOURCE_REMOVE;
}

/* Reading starts once the window is idle (after its first frame) and runs in a worker. */
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
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_DASHBOARD_PAGE);

  G_OBJECT_CLASS (steward_dashboard_page_parent_class)->dispose (object);
}

static void
steward_dashboard_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  StewardDashboardPage *self = STEWARD_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_dashboard_page_class_init (StewardDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_dashboard_page_dispose;
  object_class->get_property = steward_dashboard_page_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
