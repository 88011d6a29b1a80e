/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-complaint-dialog"

#include "config.h"

#include "steward-complaint-dialog.h"

#include <glib/gi18n-lib.h>

#include "steward-client-picker.h"
#include "steward-client.h"
#include "steward-complaint-rules.h"
#include "steward-complaint.h"
#include "steward-enums.h"
#include "steward-request-list-model.h"
#include "steward-request-state.h"
#include "steward-service-request.h"
#include "steward-time.h"

/* A complaint usually concerns a recent request: the newest ones of the client are offered. */
#define MAX_REQUESTS 50

struct _StewardComplaintDialog
{
  AdwWindow               parent_instance;

  /* template widgets */
  GtkSearchEntry         *client_search;
  GtkListView            *client_list;
  AdwComboRow            *request_row;
  AdwComboRow            *channel_row;
  AdwEntryRow            *received_row;
  AdwEntryRow            *summary_row;
  AdwActionRow           *accept_row;
  AdwActionRow           *resolve_row;
  GtkTextView            *details_view;
  GtkLabel               *error_label;

  /* owned */
  StewardComplaintDesk   *desk;
  StewardStore           *store;
  GtkSingleSelection     *selection;
  GArray                 *request_ids;   /* gint64 per request_row item; 0 for "None" */
  gint64                  now;
};

G_DEFINE_FINAL_TYPE (StewardComplaintDialog, steward_complaint_dialog, ADW_TYPE_WINDOW)

enum {
  RECEIVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (StewardComplaintDialog *self,
            const char             *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

const char *
steward_complaint_dialog_get_error (StewardComplaintDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}

static StewardClient *
selected_client (StewardComplaintDialog *self)
{
  return steward_client_picker_get_selected (self->selection);
}

static gboolean
read_received (StewardComplaintDialog  *self,
               gint64                  *out_at,
               GError                 **error)
{
  return steward_time_parse (gtk_editable_get_text (GTK_EDITABLE (self->received_row)), NULL,
                             out_at, error);
}

/* The two limits, counted from the receipt as the complaint rules count them. */
static void
on_received_changed (StewardComplaintDialog *self)
{
  g_autoptr(StewardComplaint) draft = steward_complaint_new ();
  g_autofree char *accept = NULL;
  g_autofree char *resolve = NULL;
  gint64 at;

  if (self->store == NULL)
    return;
  if (!read_received (self, &at, NULL))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->accept_row), "");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->resolve_row), "");
      return;
    }
  steward_complaint_set_received_at (draft, at);
  accept = steward_request_format_instant (steward_complaint_accept_by (draft), NULL);
  resolve = steward_request_format_instant (steward_complaint_resolve_by (draft), NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->accept_row), accept);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->resolve_row), resolve);
}

const char *
steward_complaint_dialog_get_accept_text (StewardComplaintDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT_DIALOG (self), NULL);

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->accept_row));
}

const char *
steward_complaint_dialog_get_resolve_text (StewardComplaintDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT_DIALOG (self), NULL);

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->resolve_row));
}

/* "#12 · Remote assistance · Mon 9 Mar 10:00" */
static char *
request_label (StewardServiceRequest *request)
{
  g_autofree char *number = steward_request_format_number (steward_service_request_get_id (request));
  g_autofree char *submitted =
    steward_request_format_instant (steward_service_request_get_submitted_at (request), NULL);

  return g_strdup_printf ("%s · %s · %s", number,
                          steward_enum_label (STEWARD_TYPE_SERVICE,
                                              steward_service_request_get_service (request)),
                          submitted);
}

/* The selected client's newest requests, after "None". */
static void
fill_requests (StewardComplaintDialog *self)
{
  StewardClient *client = selected_client (self);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(StewardRequestListModel) requests = NULL;
  gint64 none = 0;
  guint n;

  g_array_set_size (self->request_ids, 0);
  /* TRANSLATORS: the complaint concerns no particular request */
  gtk_string_list_append (labels, C_("request", "None"));
  g_array_append_val (self->request_ids, none);

  if (client != NULL)
    {
      requests = steward_request_list_model_new (self->store);
      steward_request_list_model_set_client (requests, steward_client_get_id (client));
      n = MIN (g_list_model_get_n_items (G_LIST_MODEL (requests)), MAX_REQUESTS);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(StewardServiceRequest) request = g_list_model_get_item (G_LIST_MODEL (requests), i);
          g_autofree char *label = request_label (request);
          gint64 id = steward_service_request_get_id (request);

          gtk_string_list_append (labels, label);
          g_array_append_val (self->request_ids, id);
        }
    }

  adw_combo_row_set_model (self->request_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->request_row, 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->request_row), client != NULL);
}

static void
on_client_search_changed (StewardComplaintDialog *self)
{
  if (self->selection != NULL)
    steward_client_picker_search (self->selection, self->client_search);
}

void
steward_complaint_dialog_set_client (StewardComplaintDialog *self,
                                     gint64                  client_id)
{
  g_return_if_fail (STEWARD_IS_COMPLAINT_DIALOG (self));

  steward_client_picker_select_id (self->selection, client_id);
}

void
steward_complaint_dialog_set_request (StewardComplaintDialog *self,
                                      gint64                  request_id)
{
  g_return_if_fail (STEWARD_IS_COMPLAINT_DIALOG (self));

  for (guint i = 0; i < self->request_ids->len; i++)
    if (g_array_index (self->request_ids, gint64, i) == request_id)
      adw_combo_row_set_selected (self->request_row, i);
}

void
steward_complaint_dialog_set_channel (StewardComplaintDialog  *self,
                                      StewardComplaintChannel  channel)
{
  g_return_if_fail (STEWARD_IS_COMPLAINT_DIALOG (self));

  adw_combo_row_set_selected (self->channel_row, channel);
}

void
steward_complaint_dialog_set_received_text (StewardComplaintDialog *self,
                                            const char             *text)
{
  g_return_if_fail (STEWARD_IS_COMPLAINT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->received_row), text);
}

void
steward_complaint_dialog_set_summary (StewardComplaintDialog *self,
                                      const char             *summary)
{
  g_return_if_fail (STEWARD_IS_COMPLAINT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->summary_row), summary);
}

static char *
details_text (StewardComplaintDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->details_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
steward_complaint_dialog_save (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  StewardComplaintDialog *self = STEWARD_COMPLAINT_DIALOG (widget);
  StewardClient *client = selected_client (self);
  g_autoptr(StewardComplaint) draft = steward_complaint_new ();
  g_autoptr(StewardComplaint) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *details = details_text (self);
  guint request = adw_combo_row_get_selected (self->request_row);
  gint64 at;

  if (client == NULL)
    {
      show_error (self, _("Choose the client the complaint is from."));
      gtk_widget_grab_focus (GTK_WIDGET (self->client_search));
      return;
    }
  if (!read_received (self, &at, &error))
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->received_row));
      return;
    }

  steward_complaint_set_client_id (draft, steward_client_get_id (client));
  if (request < self->request_ids->len)
    steward_complaint_set_request_id (draft, g_array_index (self->request_ids, gint64, request));
  steward_complaint_set_channel (draft, adw_combo_row_get_selected (self->channel_row));
  steward_complaint_set_received_at (draft, at);
  steward_complaint_set_summary (draft, gtk_editable_get_text (GTK_EDITABLE (self->summary_row)));
  steward_complaint_set_details (draft, details);

  stored = steward_complaint_desk_receive (self->desk, draft, &error);
  if (stored == NULL)
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  g_signal_emit (self, signals[RECEIVED], 0, steward_complaint_get_id (stored));
  gtk_window_close (GTK_WINDOW (self));
}

static void
setup_choices (StewardComplaintDialog *self)
{
  g_autoptr(GtkStringList) channels = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (self->now);
  g_autofree char *received = g_date_time_format (now, "%Y-%m-%d %H:%M");

  gtk_string_list_append (channels, steward_enum_label (STEWARD_TYPE_COMPLAINT_CHANNEL,
                                                        STEWARD_COMPLAINT_CHANNEL_EMAIL));
  gtk_string_list_append (channels, steward_enum_label (STEWARD_TYPE_COMPLAINT_CHANNEL,
                                                        STEWARD_COMPLAINT_CHANNEL_HOTLINE));
  adw_combo_row_set_model (self->channel_row, G_LIST_MODEL (channels));
  gtk_editable_set_text (GTK_EDITABLE (self->received_row), received);
  fill_requests (self);
  on_received_changed (self);
}

StewardComplaintDialog *
steward_complaint_dialog_new (StewardComplaintDesk *desk,
                              StewardStore         *store,
                              gint64                now)
{
  StewardComplaintDialog *self;

  g_return_val_if_fail (STEWARD_IS_COMPLAINT_DESK (desk), NULL);
  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  self = g_object_new (STEWARD_TYPE_COMPLAINT_DIALOG, NULL);
  self->desk = g_object_ref (desk);
  self->store = g_object_ref (store);
  self->now = now;

  self->selection = steward_client_picker_attach (self->client_list, store);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (fill_requests), self,
                           G_CONNECT_SWAPPED);

  setup_choices (self);
  return self;
}

static void
steward_complaint_dialog_dispose (GObject *object)
{
  StewardComplaintDialog *self = STEWARD_COMPLAINT_DIALOG (object);

  steward_client_picker_detach (self->client_list);
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_COMPLAINT_DIALOG);
  g_clear_object (&self->selection);
  g_clear_object (&self->desk);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (steward_complaint_dialog_parent_class)->dispose (object);
}

static void
steward_complaint_dialog_finalize (GObject *object)
{
  StewardComplaintDialog *self = STEWARD_COMPLAINT_DIALOG (object);

  g_array_unref (self->request_ids);

  G_OBJECT_CLASS (steward_complaint_dialog_parent_class)->finalize (object);
}

static void
steward_complaint_dialog_class_init (StewardComplaintDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_complaint_dialog_dispose;
  object_class->finalize = steward_complaint_dialog_finalize;

  signals[RECEIVED] = g_signal_new ("received", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-complaint-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, StewardComplaintDialog, name)
  BIND (client_search);
  BIND (client_list);
  BIND (request_row);
  BIND (channel_row);
  BIND (received_row);
  BIND (summary_row);
  BIND (accept_row);
  BIND (resolve_row);
  BIND (details_view);
  BIND (error_label);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_client_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_received_changed);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, steward_complaint_dialog_save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
steward_complaint_dialog_init (StewardComplaintDialog *self)
{
  self->request_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_entry_set_search_delay (self->client_search, 100);
}
