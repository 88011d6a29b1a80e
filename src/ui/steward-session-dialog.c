/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-session-dialog"

#include "config.h"

#include "steward-session-dialog.h"

#include "steward-date-picker.h"
#include <glib/gi18n-lib.h>

#include "steward-date-picker.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-ics-file.h"
#include "steward-service-request.h"
#include "steward-time.h"
#include "steward-training.h"
#include "steward-wrap-box.h"

struct _StewardSessionDialog
{
  AdwWindow               parent_instance;

  /* template widgets */
  AdwWindowTitle         *window_title;
  AdwToastOverlay        *toast_overlay;
  GtkWidget              *save_button;
  GtkRevealer            *error_revealer;
  GtkLabel               *error_label;
  GtkButton              *conflict_button;
  GtkWidget              *request_group;
  AdwComboRow            *request_row;
  AdwEntryRow            *title_row;
  AdwEntryRow            *trainer_row;
  AdwComboRow            *format_row;
  AdwComboRow            *content_row;
  AdwEntryRow            *start_row;
  AdwActionRow           *duration_row;
  GtkSpinButton          *hours_spin;
  GtkSpinButton          *minutes_spin;
  AdwEntryRow            *location_row;
  AdwEntryRow            *attendees_row;
  GtkWidget              *status_group;
  AdwActionRow           *status_row;

  /* owned */
  StewardTrainingPlanner *planner;
  StewardTrainingSession *session;       /* NULL while booking */
  GHashTable             *client_names;
  GArray                 *request_ids;   /* gint64, parallel to the request row's list */
  GArray                 *client_ids;
  char                   *error;
  gint64                  conflict_id;
  GtkFileChooserNative   *chooser;
};

G_DEFINE_FINAL_TYPE (StewardSessionDialog, steward_session_dialog, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  SHOW_SESSION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
client_name (StewardSessionDialog *self,
             gint64                client_id)
{
  if (self->client_names == NULL)
    return NULL;
  return g_hash_table_lookup (self->client_names, &client_id);
}

static GtkStringList *
enum_labels (GType type,
             guint n_values)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_values; i++)
    gtk_string_list_append (list, steward_enum_label (type, i));
  return list;
}

static void
update_location_title (StewardSessionDialog *self)
{
  gboolean online = adw_combo_row_get_selected (self->format_row) == STEWARD_TRAINING_FORMAT_ONLINE;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->location_row),
                                 online ? _("Meeting link") : _("Room or address"));
}

static void
update_end_subtitle (StewardSessionDialog *self)
{
  gint64 start;
  gint64 duration = gtk_spin_button_get_value_as_int (self->hours_spin) * 3600
                    + gtk_spin_button_get_value_as_int (self->minutes_spin) * 60;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->start_row));
  g_autofree char *span = NULL;

  if (duration > 0 && steward_time_parse (text, NULL, &start, NULL))
    span = steward_training_format_span (start, start + duration);
  adw_action_row_set_subtitle (self->duration_row, span != NULL ? span : "");
}

static void
clear_error (StewardSessionDialog *self)
{
  g_clear_pointer (&self->error, g_free);
  self->conflict_id = 0;
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->conflict_button), FALSE);
}

gint64
steward_session_dialog_find_conflict (StewardTrainingPlanner *planner,
                                      StewardTrainingSession *candidate)
{
  StewardTrainingRepository *repository;
  g_autoptr(GPtrArray) overlapping = NULL;
  g_autoptr(StewardTrainingSession) other = NULL;

  g_return_val_if_fail (STEWARD_IS_TRAINING_PLANNER (planner), 0);
  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (candidate), 0);

  repository = steward_training_planner_get_repository (planner);
  overlapping = steward_training_repository_list_range (repository,
                                                        steward_training_session_get_start (candidate),
                                                        steward_training_session_get_end (candidate),
                                                        NULL);
  if (overlapping != NULL)
    other = steward_training_find_conflict (candidate, overlapping, NULL);

  return other != NULL ? steward_training_session_get_id (other) : 0;
}

/* Shows a refusal; a conflict also gets a link to the session it names. The planner says which
 * session in its message; core's own conflict search finds its id for the link. */
static void
show_error (StewardSessionDialog   *self,
            const GError           *error,
            StewardTrainingSession *candidate)
{
  clear_error (self);
  self->error = g_strdup (error->message);
  gtk_label_set_text (self->error_label, error->message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);

  if (candidate != NULL && g_error_matches (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT))
    self->conflict_id = steward_session_dialog_find_conflict (self->planner, candidate);

  if (self->conflict_id != 0)
    {
      StewardTrainingRepository *repository = steward_training_planner_get_repository (self->planner);
      g_autoptr(StewardTrainingSession) other =
        steward_training_repository_load (repository, self->conflict_id, NULL);
      g_autofree char *label = NULL;

      if (other != NULL)
        {
          label = g_strdup_printf (_("Open “%s”"), steward_training_session_get_title (other));
          gtk_button_set_label (self->conflict_button, label);
          gtk_widget_set_visible (GTK_WIDGET (self->conflict_button), TRUE);
        }
    }
}

static char **
split_attendees (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GRegex) separators = g_regex_new ("[,;，；、\n]", 0, 0, NULL);
  g_auto(GStrv) parts = g_regex_split (separators, text, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

/* A session from the fields, or NULL when the start cannot be read. */
static StewardTrainingSession *
read_fields (StewardSessionDialog  *self,
             GError               **error)
{
  g_autoptr(StewardTrainingSession) draft = NULL;
  g_auto(GStrv) attendees = NULL;
  const char *start_text = gtk_editable_get_text (GTK_EDITABLE (self->start_row));
  guint selected = adw_combo_row_get_selected (self->request_row);
  gint64 start;

  if (!steward_time_parse (start_text, NULL, &start, NULL))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("Start: enter a date and time such as 2026-03-10 09:00"));
      return NULL;
    }

  draft = self->session != NULL ? steward_training_session_copy (self->session)
                                : steward_training_session_new ();
  if (self->session == NULL && selected != GTK_INVALID_LIST_POSITION && selected < self->request_ids->len)
    {
      steward_training_session_set_request_id (draft, g_array_index (self->request_ids, gint64, selected));
      steward_training_session_set_client_id (draft, g_array_index (self->client_ids, gint64, selected));
    }
  steward_training_session_set_title (draft, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  steward_training_session_set_trainer (draft, gtk_editable_get_text (GTK_EDITABLE (self->trainer_row)));
  steward_training_session_set_format (draft, adw_combo_row_get_selected (self->format_row));
  steward_training_session_set_content (draft, adw_combo_row_get_selected (self->content_row));
  steward_training_session_set_start (draft, start);
  steward_training_session_set_duration (draft,
                                         gtk_spin_button_get_value_as_int (self->hours_spin) * 3600
                                         + gtk_spin_button_get_value_as_int (self->minutes_spin) * 60);
  steward_training_session_set_location (draft, gtk_editable_get_text (GTK_EDITABLE (self->location_row)));
  attendees = split_attendees (gtk_editable_get_text (GTK_EDITABLE (self->attendees_row)));
  steward_training_session_set_attendees (draft, (const char * const *) attendees);

  return g_steal_pointer (&draft);
}

static void
finish_change (StewardSessionDialog   *self,
               StewardTrainingSession *stored)
{
  g_signal_emit (self, signals[CHANGED], 0, stored);
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StewardSessionDialog *self = STEWARD_SESSION_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardTrainingSession) draft = read_fields (self, &error);
  g_autoptr(StewardTrainingSession) stored = NULL;

  if (draft != NULL && self->session != NULL)
    stored = steward_training_planner_update (self->planner, draft, &error);
  else if (draft != NULL)
    stored = steward_training_planner_schedule (self->planner, draft, &error);

  if (stored == NULL)
    {
      show_error (self, error, draft);
      return;
    }
  finish_change (self, stored);
}

static void
mark_done_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StewardSessionDialog *self = STEWARD_SESSION_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardTrainingSession) stored = NULL;

  g_return_if_fail (self->session != NULL);

  stored = steward_training_planner_complete (self->planner,
                                              steward_training_session_get_id (self->session),
                                              &error);
  if (stored == NULL)
    show_error (self, error, NULL);
  else
    finish_change (self, stored);
}

static gboolean
cancel_session_idle (gpointer data)
{
  g_autoptr(StewardSessionDialog) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardTrainingSession) stored = NULL;

  if (self->planner == NULL)
    return G_SOURCE_REMOVE;

  stored = steward_training_planner_cancel (self->planner,
                                            steward_training_session_get_id (self->session),
                                            &error);
  if (stored == NULL)
    show_error (self, error, NULL);
  else
    finish_change (self, stored);
  return G_SOURCE_REMOVE;
}

static void
on_cancel_response (AdwMessageDialog     *dialog,
                    const char           *response,
                    StewardSessionDialog *self)
{
  /* After the confirmation has closed: it is transient for this dialog, which the change
   * closes. */
  if (g_strcmp0 (response, "cancel-session") == 0)
    g_idle_add (cancel_session_idle, g_object_ref (self));
}

static void
cancel_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  StewardSessionDialog *self = STEWARD_SESSION_DIALOG (widget);
  AdwMessageDialog *dialog;

  g_return_if_fail (self->session != NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Cancel This Session?"),
                                                       _("The trainer and the client become free "
                                                         "at that time. A cancelled session stays "
                                                         "in the calendar, struck through, and "
                                                         "cannot be scheduled again.")));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Session"),
                                    "cancel-session", _("_Cancel Session"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "cancel-session",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_cancel_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_conflict_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  StewardSessionDialog *self = STEWARD_SESSION_DIALOG (widget);

  if (self->conflict_id != 0)
    g_signal_emit (self, signals[SHOW_SESSION], 0, self->conflict_id);
}

gboolean
steward_session_dialog_export_to (StewardSessionDialog  *self,
                                  const char            *path,
                                  GError               **error)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();

  g_return_val_if_fail (STEWARD_IS_SESSION_DIALOG (self), FALSE);
  g_return_val_if_fail (self->session != NULL, FALSE);

  g_ptr_array_add (sessions, self->session);
  return steward_ics_file_write (sessions, steward_time_now (), path, error);
}

static void
on_export_response (GtkNativeDialog      *chooser,
                    int                   response,
                    StewardSessionDialog *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      if (path != NULL && steward_session_dialog_export_to (self, path, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *text = g_strdup_printf (_("Exported to %s"), name);

          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
        }
      else if (error != NULL)
        show_error (self, error, NULL);
    }
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StewardSessionDialog *self = STEWARD_SESSION_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  g_return_if_fail (self->session != NULL);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Session"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("iCalendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  name = g_strdup_printf ("%s.ics", steward_training_session_get_title (self->session));
  g_strdelimit (name, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

StewardTrainingSession *
steward_session_dialog_get_session (StewardSessionDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_SESSION_DIALOG (self), NULL);

  return self->session;
}

const char *
steward_session_dialog_get_error (StewardSessionDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_SESSION_DIALOG (self), NULL);

  return self->error;
}

gint64
steward_session_dialog_get_conflict_id (StewardSessionDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_SESSION_DIALOG (self), 0);

  return self->conflict_id;
}

static void
set_start_and_duration (StewardSessionDialog *self,
                        gint64                start,
                        gint64                duration)
{
  g_autoptr(GDateTime) dt = steward_time_to_date_time (start, NULL);
  g_autofree char *text = g_date_time_format (dt, "%Y-%m-%d %H:%M");

  gtk_editable_set_text (GTK_EDITABLE (self->start_row), text);
  gtk_spin_button_set_value (self->hours_spin, duration / 3600);
  gtk_spin_button_set_value (self->minutes_spin, (duration % 3600) / 60);
  update_end_subtitle (self);
}

/* Fills the request list; each row reads "#12 · Acme Ltd" with the request's description. */
static void
fill_requests (StewardSessionDialog *self,
               GListModel           *requests,
               gint64                request_id)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n = requests != NULL ? g_list_model_get_n_items (requests) : 0;
  guint selected = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardServiceRequest) request = g_list_model_get_item (requests, i);
      gint64 id = steward_service_request_get_id (request);
      gint64 client = steward_service_request_get_client_id (request);
      const char *name = client_name (self, client);
      g_autofree char *label = NULL;

      if (name != NULL)
        label = g_strdup_printf ("#%" G_GINT64_FORMAT " · %s", id, name);
      else
        label = g_strdup_printf ("#%" G_GINT64_FORMAT, id);
      gtk_string_list_append (labels, label);
      g_array_append_val (self->request_ids, id);
      g_array_append_val (self->client_ids, client);
      if (id == request_id)
        selected = i;
    }

  adw_combo_row_set_model (self->request_row, G_LIST_MODEL (labels));
  if (n > 0)
    adw_combo_row_set_selected (self->request_row, selected);
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->request_row),
                                 _("No open training request: record one on the Requests page first"));
}

StewardSessionDialog *
steward_session_dialog_new_booking (StewardTrainingPlanner *planner,
                                    GListModel             *requests,
                                    GHashTable             *client_names,
                                    gint64                  request_id,
                                    gint64                  start,
                                    gint64                  duration)
{
  StewardSessionDialog *self;

  g_return_val_if_fail (STEWARD_IS_TRAINING_PLANNER (planner), NULL);
  g_return_val_if_fail (requests == NULL || G_IS_LIST_MODEL (requests), NULL);

  self = g_object_new (STEWARD_TYPE_SESSION_DIALOG, NULL);
  self->planner = g_object_ref (planner);
  self->client_names = client_names != NULL ? g_hash_table_ref (client_names) : NULL;

  adw_window_title_set_title (self->window_title, _("New Session"));
  fill_requests (self, requests, request_id);
  set_start_and_duration (self, start, duration);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.mark-done", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.cancel-session", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.export", FALSE);

  return self;
}

StewardSessionDialog *
steward_session_dialog_new_for_session (StewardTrainingPlanner *planner,
                                        StewardTrainingSession *session,
                                        GHashTable             *client_names)
{
  StewardSessionDialog *self;
  g_autofree char *attendees = NULL;
  const char *client;
  g_autofree char *request = NULL;
  gboolean editable;

  g_return_val_if_fail (STEWARD_IS_TRAINING_PLANNER (planner), NULL);
  g_return_val_if_fail (STEWARD_IS_TRAINING_SESSION (session), NULL);

  self = g_object_new (STEWARD_TYPE_SESSION_DIALOG, NULL);
  self->planner = g_object_ref (planner);
  self->session = steward_training_session_copy (session);
  self->client_names = client_names != NULL ? g_hash_table_ref (client_names) : NULL;
  editable = steward_training_session_get_status (session) == STEWARD_TRAINING_STATUS_SCHEDULED;

  client = client_name (self, steward_training_session_get_client_id (session));
  request = g_strdup_printf (_("Request #%lld"),
                             (long long) steward_training_session_get_request_id (session));
  adw_window_title_set_title (self->window_title, steward_training_session_get_title (session));
  adw_window_title_set_subtitle (self->window_title, client != NULL ? client : "");
  gtk_widget_set_visible (self->request_group, FALSE);

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), steward_training_session_get_title (session));
  gtk_editable_set_text (GTK_EDITABLE (self->trainer_row), steward_training_session_get_trainer (session));
  adw_combo_row_set_selected (self->format_row, steward_training_session_get_format (session));
  adw_combo_row_set_selected (self->content_row, steward_training_session_get_content (session));
  set_start_and_duration (self, steward_training_session_get_start (session),
                          steward_training_session_get_duration (session));
  gtk_editable_set_text (GTK_EDITABLE (self->location_row), steward_training_session_get_location (session));
  attendees = g_strjoinv (", ", (GStrv) steward_training_session_get_attendees (session));
  gtk_editable_set_text (GTK_EDITABLE (self->attendees_row), attendees);

  gtk_widget_set_visible (self->status_group, TRUE);
  adw_action_row_set_subtitle (self->status_row,
                               steward_enum_label (STEWARD_TYPE_TRAINING_STATUS,
                                                   steward_training_session_get_status (session)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), request);

  /* Only a scheduled session can still change; a done or cancelled one is shown as it was. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->title_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->trainer_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->format_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->content_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->start_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->duration_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->location_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->attendees_row), editable);
  gtk_widget_set_visible (self->save_button, editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.save", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.mark-done", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.cancel-session", editable);

  return self;
}

static void
steward_session_dialog_dispose (GObject *object)
{
  StewardSessionDialog *self = STEWARD_SESSION_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_SESSION_DIALOG);
  g_clear_object (&self->planner);
  g_clear_object (&self->session);
  g_clear_pointer (&self->client_names, g_hash_table_unref);

  G_OBJECT_CLASS (steward_session_dialog_parent_class)->dispose (object);
}

static void
steward_session_dialog_finalize (GObject *object)
{
  StewardSessionDialog *self = STEWARD_SESSION_DIALOG (object);

  g_clear_pointer (&self->request_ids, g_array_unref);
  g_clear_pointer (&self->client_ids, g_array_unref);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (steward_session_dialog_parent_class)->finalize (object);
}

static void
steward_session_dialog_class_init (StewardSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_session_dialog_dispose;
  object_class->finalize = steward_session_dialog_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                   STEWARD_TYPE_TRAINING_SESSION);
  signals[SHOW_SESSION] = g_signal_new ("show-session", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (STEWARD_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-session-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, conflict_button);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, request_group);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, request_row);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, trainer_row);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, content_row);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, duration_row);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, hours_spin);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, location_row);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, attendees_row);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, status_group);
  gtk_widget_class_bind_template_child (widget_class, StewardSessionDialog, status_row);

  gtk_widget_class_install_action (widget_class, "session.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "session.mark-done", NULL, mark_done_action);
  gtk_widget_class_install_action (widget_class, "session.cancel-session", NULL,
                                   cancel_session_action);
  gtk_widget_class_install_action (widget_class, "session.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "session.show-conflict", NULL,
                                   show_conflict_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "session.save", NULL);
}

static void
steward_session_dialog_init (StewardSessionDialog *self)
{
  g_autoptr(GtkStringList) formats = enum_labels (STEWARD_TYPE_TRAINING_FORMAT, 2);
  g_autoptr(GtkStringList) contents = enum_labels (STEWARD_TYPE_TRAINING_CONTENT, 3);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->request_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->client_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (formats));
  adw_combo_row_set_model (self->content_row, G_LIST_MODEL (contents));
  update_location_title (self);
  /* A calendar beside the typed start: the day picked keeps the time typed. */
  steward_date_picker_attach (self->start_row);

  g_signal_connect_swapped (self->format_row, "notify::selected",
                            G_CALLBACK (update_location_title), self);
  g_signal_connect_swapped (self->start_row, "changed", G_CALLBACK (update_end_subtitle), self);
  g_signal_connect_swapped (self->hours_spin, "value-changed",
                            G_CALLBACK (update_end_subtitle), self);
  g_signal_connect_swapped (self->minutes_spin, "value-changed",
                            G_CALLBACK (update_end_subtitle), self);
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (clear_error), self);
}
