/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-training-page"

#include "config.h"

#include "steward-training-page.h"

#include <glib/gi18n-lib.h>

#include "steward-back-button.h"
#include "steward-calendar-layout.h"
#include "steward-client.h"
#include "steward-ics-file.h"
#include "steward-request-list-model.h"
#include "steward-service-request.h"
#include "steward-session-dialog.h"
#include "steward-time.h"
#include "steward-training.h"
#include "steward-ui-util.h"

struct _StewardTrainingPage
{
  AdwBin                   parent_instance;

  /* template widgets */
  AdwToastOverlay         *toast_overlay;  /* the bin's child */
  AdwWindowTitle          *window_title;
  AdwWindowTitle          *short_title;
  GtkStack                *stack;
  StewardCalendarView     *view;
  GtkToggleButton         *week_button;
  GtkToggleButton         *month_button;

  /* owned */
  StewardTrainingPlanner  *planner;
  StewardClientRepository *clients;
  GListModel              *requests;
  GHashTable              *client_names;   /* gint64 * → char *, a cache */
  GtkFileChooserNative    *chooser;
  gint64                   loaded_from;
  gint64                   loaded_to;

  /* borrowed */
  StewardApplication      *app;      /* NULL for a page outside the application (tests) */
  GtkWindow               *dialog;   /* the open dialog, cleared when it goes */
};

G_DEFINE_FINAL_TYPE (StewardTrainingPage, steward_training_page, ADW_TYPE_BIN)

GtkWidget *
steward_training_page_new (void)
{
  return g_object_new (STEWARD_TYPE_TRAINING_PAGE, NULL);
}

static const char *
lookup_client_name (StewardTrainingPage *self,
                    gint64               client_id)
{
  const char *name = g_hash_table_lookup (self->client_names, &client_id);
  g_autoptr(StewardClient) client = NULL;
  gint64 *key;

  if (name != NULL || self->clients == NULL)
    return name;

  client = steward_client_repository_load (self->clients, client_id, NULL);
  if (client == NULL)
    return NULL;

  key = g_new (gint64, 1);
  *key = client_id;
  g_hash_table_insert (self->client_names, key, g_strdup (steward_client_get_name (client)));
  return g_hash_table_lookup (self->client_names, &client_id);
}

/* The week without its year, for a narrow header: "23 – 29 Nov" / "11月23日 – 29日". */
static char *
format_short_week (GDateTime *first,
                   GDateTime *last)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (g_date_time_get_month (first) == g_date_time_get_month (last))
    {
      /* TRANSLATORS: the first day of a week within one month, as a strftime format: "23" of
       * "23 – 29 Nov". */
      a = g_date_time_format (first, C_("week start, same month", "%-d"));
      /* TRANSLATORS: the last day of a week within one month: "29 Nov" of "23 – 29 Nov". */
      b = g_date_time_format (last, C_("week end, same month", "%-d %b"));
    }
  else
    {
      /* TRANSLATORS: a day and its month, as a strftime format: "30 Nov". */
      a = g_date_time_format (first, C_("week across months", "%-d %b"));
      b = g_date_time_format (last, C_("week across months", "%-d %b"));
    }
  return g_strdup_printf ("%s – %s", a, b);
}

static void
update_title (StewardTrainingPage *self)
{
  gint64 from, to;
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *short_subtitle = NULL;

  steward_calendar_view_get_range (self->view, &from, &to);
  if (steward_calendar_view_get_mode (self->view) == STEWARD_CALENDAR_MODE_MONTH)
    {
      g_autoptr(GDateTime) shown = steward_time_to_date_time (steward_calendar_view_get_date (self->view), NULL);

      /* TRANSLATORS: the month shown, as a strftime format: "March 2026" / "2026年3月". */
      subtitle = g_date_time_format (shown, _("%B %Y"));
      short_subtitle = g_strdup (subtitle);
    }
  else
    {
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;

      first = steward_time_to_date_time (from, NULL);
      last = steward_time_to_date_time (to - 1, NULL);
      /* TRANSLATORS: a day in the week's range, as a strftime format: "9 Mar 2026". */
      a = g_date_time_format (first, _("%-d %b %Y"));
      b = g_date_time_format (last, _("%-d %b %Y"));
      subtitle = g_strdup_printf ("%s – %s", a, b);
      short_subtitle = format_short_week (first, last);
    }
  /* The squeezer shows the short one when the header is too narrow for the whole range. */
  adw_window_title_set_subtitle (self->window_title, subtitle);
  adw_window_title_set_subtitle (self->short_title, short_subtitle);
}

void
steward_training_page_reload (StewardTrainingPage *self)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gint64 from, to;

  g_return_if_fail (STEWARD_IS_TRAINING_PAGE (self));

  update_title (self);
  if (self->planner == NULL)
    return;

  steward_calendar_view_get_range (self->view, &from, &to);
  sessions = steward_training_repository_list_range (steward_training_planner_get_repository (self->planner),
                                                     from, to, &error);
  if (sessions == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) steward_calendar_item_free);
  for (guint i = 0; i < sessions->len; i++)
    {
      StewardTrainingSession *session = g_ptr_array_index (sessions, i);
      const char *name = lookup_client_name (self, steward_training_session_get_client_id (session));
      g_autofree char *fallback = NULL;

      if (name == NULL)
        name = fallback = g_strdup_printf (_("Client #%lld"),
                                           (long long) steward_training_session_get_client_id (session));
      g_ptr_array_add (items, steward_calendar_item_new_from_session (session, name));
    }

  self->loaded_from = from;
  self->loaded_to = to;
  steward_calendar_view_set_items (self->view, items);
}

static void
on_dialog_changed (StewardSessionDialog   *dialog,
                   StewardTrainingSession *stored,
                   StewardTrainingPage    *self)
{
  g_autofree char *text = NULL;

  switch (steward_training_session_get_status (stored))
    {
    case STEWARD_TRAINING_STATUS_DONE:
      text = g_strdup_printf (_("“%s” marked as done"), steward_training_session_get_title (stored));
      break;
    case STEWARD_TRAINING_STATUS_CANCELLED:
      text = g_strdup_printf (_("“%s” cancelled"), steward_training_session_get_title (stored));
      break;
    case STEWARD_TRAINING_STATUS_SCHEDULED:
    default:
      text = g_strdup_printf (_("“%s” saved"), steward_training_session_get_title (stored));
      break;
    }

  /* Show where the session now is, so a rescheduled one does not vanish from view. */
  steward_calendar_view_set_date (self->view, steward_training_session_get_start (stored));
  steward_training_page_reload (self);
  if (self->app != NULL)
    steward_application_data_changed (self->app);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void show_session (StewardTrainingPage *self,
                          gint64               id);

static void
on_dialog_show_session (StewardSessionDialog *dialog,
                        gint64                id,
                        StewardTrainingPage  *self)
{
  gtk_window_close (GTK_WINDOW (dialog));
  show_session (self, id);
}

static void
on_dialog_destroy (GtkWindow           *dialog,
                   StewardTrainingPage *self)
{
  if (self->dialog == dialog)
    self->dialog = NULL;
}

static void
present_dialog (StewardTrainingPage  *self,
                StewardSessionDialog *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "changed", G_CALLBACK (on_dialog_changed), self, 0);
  g_signal_connect_object (dialog, "show-session", G_CALLBACK (on_dialog_show_session), self, 0);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_dialog_destroy), self, 0);
  self->dialog = GTK_WINDOW (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_session (StewardTrainingPage *self,
              gint64               id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardTrainingSession) session = NULL;

  if (self->planner == NULL)
    return;

  session = steward_training_repository_load (steward_training_planner_get_repository (self->planner),
                                              id, &error);
  if (session == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  lookup_client_name (self, steward_training_session_get_client_id (session));
  present_dialog (self, steward_session_dialog_new_for_session (self->planner, session,
                                                                self->client_names));
}

static void
book (StewardTrainingPage *self,
      gint64               request_id,
      gint64               start,
      gint64               duration)
{
  guint n = self->requests != NULL ? g_list_model_get_n_items (self->requests) : 0;

  if (self->planner == NULL)
    return;

  /* The dialog names each request by its client. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardServiceRequest) request = g_list_model_get_item (self->requests, i);

      lookup_client_name (self, steward_service_request_get_client_id (request));
    }

  present_dialog (self, steward_session_dialog_new_booking (self->planner, self->requests,
                                                            self->client_names, request_id,
                                                            start, duration));
}

static void
on_slot_activated (StewardCalendarView *view,
                   gint64               start,
                   gint64               duration,
                   StewardTrainingPage *self)
{
  book (self, 0, start, duration);
}

static void
on_session_activated (StewardCalendarView *view,
                      gint64               id,
                      StewardTrainingPage *self)
{
  show_session (self, id);
}

static void
on_open_conflict (AdwToast            *toast,
                  StewardTrainingPage *self)
{
  show_session (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "session-id")));
}

static void
on_session_moved (StewardCalendarView *view,
                  gint64               id,
                  gint64               start,
                  StewardTrainingPage *self)
{
  StewardTrainingRepository *repository = steward_training_planner_get_repository (self->planner);
  g_autoptr(StewardTrainingSession) session = steward_training_repository_load (repository, id, NULL);
  g_autoptr(StewardTrainingSession) moved = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (session == NULL)
    return;

  moved = steward_training_planner_move (self->planner, id, start,
                                         steward_training_session_get_duration (session), &error);
  if (moved != NULL)
    {
      g_autofree char *span = steward_training_format_span (steward_training_session_get_start (moved),
                                                            steward_training_session_get_end (moved));
      g_autofree char *text = g_strdup_printf (_("“%s” moved to %s"),
                                               steward_training_session_get_title (moved), span);

      steward_training_page_reload (self);
      if (self->app != NULL)
        steward_application_data_changed (self->app);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
      return;
    }

  /* Refused: the session stays where it was, and the toast says why. */
  steward_training_page_reload (self);
  toast = adw_toast_new (error->message);
  adw_toast_set_timeout (toast, 8);
  steward_training_session_set_start (session, start);
  {
    gint64 other = steward_session_dialog_find_conflict (self->planner, session);

    if (other != 0)
      {
        adw_toast_set_button_label (toast, _("_Open Session"));
        g_object_set_data (G_OBJECT (toast), "session-id", GSIZE_TO_POINTER ((gsize) other));
        g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_open_conflict), self, 0);
      }
  }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_date_changed (StewardTrainingPage *self)
{
  gint64 from, to;

  steward_calendar_view_get_range (self->view, &from, &to);
  if (from != self->loaded_from || to != self->loaded_to)
    steward_training_page_reload (self);
  else
    update_title (self);
}

static void
on_mode_toggled (StewardTrainingPage *self)
{
  steward_calendar_view_set_mode (self->view, gtk_toggle_button_get_active (self->month_button)
                                              ? STEWARD_CALENDAR_MODE_MONTH
                                              : STEWARD_CALENDAR_MODE_WEEK);
  steward_training_page_reload (self);
}

static void
on_mode_changed (StewardTrainingPage *self)
{
  gboolean month = steward_calendar_view_get_mode (self->view) == STEWARD_CALENDAR_MODE_MONTH;

  /* The view changes mode by itself too ("3 more sessions" opens the week). */
  if (gtk_toggle_button_get_active (self->month_button) != month)
    gtk_toggle_button_set_active (month ? self->month_button : self->week_button, TRUE);
  steward_training_page_reload (self);
}

gboolean
steward_training_page_export_shown (StewardTrainingPage  *self,
                                    const char           *path,
                                    guint                *out_count,
                                    GError              **error)
{
  g_autoptr(GPtrArray) sessions = NULL;
  gint64 from, to;

  g_return_val_if_fail (STEWARD_IS_TRAINING_PAGE (self), FALSE);
  g_return_val_if_fail (self->planner != NULL, FALSE);

  steward_calendar_view_get_range (self->view, &from, &to);
  sessions = steward_training_repository_list_range (steward_training_planner_get_repository (self->planner),
                                                     from, to, error);
  if (sessions == NULL || !steward_ics_file_write (sessions, steward_time_now (), path, error))
    return FALSE;

  if (out_count != NULL)
    *out_count = sessions->len;
  return TRUE;
}

static void
on_export_response (GtkNativeDialog     *chooser,
                    int                  response,
                    StewardTrainingPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  guint count = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      if (path != NULL && steward_training_page_export_shown (self, path, &count, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *text =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u session to %s",
                                          "Exported %u sessions to %s", count),
                             count, name);

          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
        }
      else if (error != NULL)
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
    }
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StewardTrainingPage *self = STEWARD_TRAINING_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GDateTime) first = NULL;
  g_autofree char *day = NULL;
  g_autofree char *name = NULL;
  gint64 from, to;

  steward_calendar_view_get_range (self->view, &from, &to);
  first = steward_time_to_date_time (from, NULL);
  day = g_date_time_format (first, "%Y-%m-%d");
  /* TRANSLATORS: the suggested file name of an export; %s is the first day shown. */
  name = g_strdup_printf (_("training-%s.ics"), day);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Sessions to Calendar"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("iCalendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  StewardTrainingPage *self = STEWARD_TRAINING_PAGE (widget);

  book (self, 0, steward_calendar_view_get_date (self->view), STEWARD_CALENDAR_DEFAULT_DURATION);
}

static void
new_for_request_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  StewardTrainingPage *self = STEWARD_TRAINING_PAGE (widget);
  gint64 tomorrow = steward_calendar_add_days (steward_calendar_view_get_now (self->view), 1, NULL);

  /* From a request, the first proposal is tomorrow morning. */
  book (self, g_variant_get_int64 (parameter), tomorrow + 9 * 3600,
        STEWARD_CALENDAR_DEFAULT_DURATION);
}

static void
show_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  show_session (STEWARD_TRAINING_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
navigate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  StewardTrainingPage *self = STEWARD_TRAINING_PAGE (widget);

  if (g_str_equal (action_name, "page.previous"))
    steward_calendar_view_navigate (self->view, -1);
  else if (g_str_equal (action_name, "page.next"))
    steward_calendar_view_navigate (self->view, 1);
  else
    steward_calendar_view_navigate (self->view, 0);
}

static void
update_actions (StewardTrainingPage *self)
{
  gboolean ready = self->planner != NULL;

  gtk_stack_set_visible_child_name (self->stack, ready ? "calendar" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new-for-request", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.show-session", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.export", ready);
}

void
steward_training_page_set_planner (StewardTrainingPage    *self,
                                   StewardTrainingPlanner *planner)
{
  g_return_if_fail (STEWARD_IS_TRAINING_PAGE (self));
  g_return_if_fail (planner == NULL || STEWARD_IS_TRAINING_PLANNER (planner));

  if (!g_set_object (&self->planner, planner))
    return;

  update_actions (self);
  steward_training_page_reload (self);
}

void
steward_training_page_set_client_repository (StewardTrainingPage     *self,
                                             StewardClientRepository *clients)
{
  g_return_if_fail (STEWARD_IS_TRAINING_PAGE (self));
  g_return_if_fail (clients == NULL || STEWARD_IS_CLIENT_REPOSITORY (clients));

  if (!g_set_object (&self->clients, clients))
    return;

  g_hash_table_remove_all (self->client_names);
  steward_training_page_reload (self);
}

void
steward_training_page_set_requests (StewardTrainingPage *self,
                                    GListModel          *requests)
{
  g_return_if_fail (STEWARD_IS_TRAINING_PAGE (self));
  g_return_if_fail (requests == NULL || G_IS_LIST_MODEL (requests));

  g_set_object (&self->requests, requests);
}

StewardCalendarView *
steward_training_page_get_view (StewardTrainingPage *self)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_PAGE (self), NULL);

  return self->view;
}

GtkWindow *
steward_training_page_get_dialog (StewardTrainingPage *self)
{
  g_return_val_if_fail (STEWARD_IS_TRAINING_PAGE (self), NULL);

  return self->dialog;
}

void
steward_training_page_set_now (StewardTrainingPage *self,
                               gint64               now)
{
  g_return_if_fail (STEWARD_IS_TRAINING_PAGE (self));

  steward_calendar_view_set_now (self->view, now);
  steward_calendar_view_navigate (self->view, 0);
  steward_training_page_reload (self);
}

/* The requests sessions may be booked on: open `training` requests (not rejected, cancelled or
 * settled, as steward_training_check_request() says). */
static GListModel *
open_training_requests (StewardStore *store)
{
  static const StewardState states[] = {
    STEWARD_STATE_SUBMITTED, STEWARD_STATE_UNDER_REVIEW, STEWARD_STATE_CONFIRMED,
    STEWARD_STATE_IN_PROGRESS, STEWARD_STATE_WAITING_ON_CLIENT, STEWARD_STATE_DELIVERED,
    STEWARD_STATE_ACCEPTED,
  };
  StewardRequestListModel *model = steward_request_list_model_new (store);

  steward_request_list_model_set_service (model, STEWARD_SERVICE_TRAINING);
  steward_request_list_model_set_states (model, states, G_N_ELEMENTS (states));
  return G_LIST_MODEL (model);
}

static void
bind_store (StewardTrainingPage *self)
{
  StewardTrainingRepository *repository = steward_application_get_training_repository (self->app);
  StewardStore *store = steward_application_get_store (self->app);
  g_autoptr(StewardTrainingPlanner) planner = NULL;
  g_autoptr(GListModel) requests = NULL;

  if (repository != NULL && store != NULL)
    {
      planner = steward_training_planner_new (repository);
      requests = open_training_requests (store);
    }
  steward_training_page_set_client_repository (self, steward_application_get_client_repository (self->app));
  steward_training_page_set_requests (self, requests);
  steward_training_page_set_planner (self, planner);
}

static void
on_data_changed (StewardTrainingPage *self)
{
  /* Another page or process may have renamed a client or added a training request. */
  g_hash_table_remove_all (self->client_names);
  if (STEWARD_IS_REQUEST_LIST_MODEL (self->requests))
    steward_request_list_model_reload (STEWARD_REQUEST_LIST_MODEL (self->requests), NULL);
  steward_training_page_reload (self);
}

static void
set_application (GtkWidget          *widget,
                 StewardApplication *app)
{
  StewardTrainingPage *self = STEWARD_TRAINING_PAGE (widget);

  self->app = app;
  g_signal_connect_object (app, "notify::store", G_CALLBACK (bind_store), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (app, "data-changed", G_CALLBACK (on_data_changed), self,
                           G_CONNECT_SWAPPED);
  bind_store (self);
}

static void
steward_training_page_dispose (GObject *object)
{
  StewardTrainingPage *self = STEWARD_TRAINING_PAGE (object);

  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_TRAINING_PAGE);
  g_clear_object (&self->planner);
  g_clear_object (&self->clients);
  g_clear_object (&self->requests);
  g_clear_pointer (&self->client_names, g_hash_table_unref);

  G_OBJECT_CLASS (steward_training_page_parent_class)->dispose (object);
}

static void
steward_training_page_class_init (StewardTrainingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_training_page_dispose;

  g_type_ensure (STEWARD_TYPE_BACK_BUTTON);
  g_type_ensure (STEWARD_TYPE_CALENDAR_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-training-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardTrainingPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, StewardTrainingPage, short_title);
  gtk_widget_class_bind_template_child (widget_class, StewardTrainingPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StewardTrainingPage, view);
  gtk_widget_class_bind_template_child (widget_class, StewardTrainingPage, week_button);
  gtk_widget_class_bind_template_child (widget_class, StewardTrainingPage, month_button);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.new-for-request", "x",
                                   new_for_request_action);
  gtk_widget_class_install_action (widget_class, "page.show-session", "x", show_session_action);
  gtk_widget_class_install_action (widget_class, "page.previous", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "page.next", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "page.today", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "page.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "page.export", NULL);
}

static void
steward_training_page_init (StewardTrainingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The overlay is the bin's own child, which AdwBin unparents itself: binding it in the
   * template would unparent it twice on dispose. */
  self->toast_overlay = ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self)));

  self->client_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  g_signal_connect_object (self->view, "slot-activated", G_CALLBACK (on_slot_activated), self, 0);
  g_signal_connect_object (self->view, "session-activated",
                           G_CALLBACK (on_session_activated), self, 0);
  g_signal_connect_object (self->view, "session-moved", G_CALLBACK (on_session_moved), self, 0);
  g_signal_connect_object (self->view, "notify::date", G_CALLBACK (on_date_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::mode", G_CALLBACK (on_mode_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->month_button, "toggled", G_CALLBACK (on_mode_toggled), self,
                           G_CONNECT_SWAPPED);

  update_actions (self);
  update_title (self);
  steward_widget_watch_application (GTK_WIDGET (self), set_application);
}
