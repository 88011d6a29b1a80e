/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-new-request-dialog"

#include "config.h"

#include "steward-new-request-dialog.h"

#include <glib/gi18n-lib.h>

#include "steward-client.h"
#include "steward-client-picker.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-request-state.h"
#include "steward-sla.h"
#include "steward-store-templates.h"

struct _StewardNewRequestDialog
{
  AdwWindow               parent_instance;

  /* template widgets */
  GtkSearchEntry         *client_search;
  GtkListView            *client_list;
  GtkLabel               *package_label;
  AdwComboRow            *service_row;
  AdwComboRow            *channel_row;
  AdwComboRow            *os_row;
  AdwActionRow           *terms_row;
  GtkSwitch              *terms_switch;
  AdwComboRow            *config_kind_row;
  AdwComboRow            *template_row;
  AdwEntryRow            *special_row;
  AdwComboRow            *priority_row;
  AdwActionRow           *emergency_row;
  GtkSwitch              *emergency_switch;
  AdwActionRow           *deadline_row;
  GtkTextView            *description_view;
  GtkLabel               *error_label;

  /* owned */
  StewardStore           *store;
  StewardDesk            *desk;
  GtkSingleSelection     *selection;
  gint64                  at;
};

G_DEFINE_FINAL_TYPE (StewardNewRequestDialog, steward_new_request_dialog, ADW_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The operating systems remote assistance is offered for, in the drop-down's order. */
static const StewardOs oses[] = { STEWARD_OS_WINDOWS, STEWARD_OS_MACOS, STEWARD_OS_LINUX };

static void
show_error (StewardNewRequestDialog *self,
            const char              *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

const char *
steward_new_request_dialog_get_error (StewardNewRequestDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_NEW_REQUEST_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}

static StewardClient *
selected_client (StewardNewRequestDialog *self)
{
  return steward_client_picker_get_selected (self->selection);
}

static void
update_package (StewardNewRequestDialog *self)
{
  StewardClient *client = selected_client (self);
  StewardRequestRepository *repo = steward_desk_get_repository (self->desk);
  StewardService service = adw_combo_row_get_selected (self->service_row);
  gint64 package_id = 0;

  if (self->desk == NULL)
    return;
  if (client != NULL && steward_service_is_support (service))
    steward_request_repository_find_active_package (repo, steward_client_get_id (client), self->at,
                                                    &package_id, NULL);
  gtk_label_set_text (self->package_label,
                      _("This client has a monthly package: the incident is drawn from this "
                        "month’s quota (overage is billed on the month-end statement)."));
  gtk_widget_set_visible (GTK_WIDGET (self->package_label), package_id != 0);
}

/* Shows the fields of the chosen service, whether the emergency flag may be set, and the
 * response deadline the request will get, all from core's rules. */
static void
on_details_changed (StewardNewRequestDialog *self)
{
  StewardService service = adw_combo_row_get_selected (self->service_row);
  StewardPriority priority = adw_combo_row_get_selected (self->priority_row);
  StewardCalendar *calendar = steward_desk_get_calendar (self->desk);
  gboolean is_config = service == STEWARD_SERVICE_CONFIG;
  gboolean special = adw_combo_row_get_selected (self->config_kind_row) == 1;
  g_autoptr(GError) refusal = NULL;
  gboolean emergency_ok;
  gboolean emergency;
  g_autofree char *due = NULL;
  g_autofree char *subtitle = NULL;

  /* The template's signals fire while the dialog is being built. */
  if (self->desk == NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->os_row), service == STEWARD_SERVICE_REMOTE);
  gtk_widget_set_visible (GTK_WIDGET (self->terms_row), service == STEWARD_SERVICE_REMOTE);
  gtk_widget_set_visible (GTK_WIDGET (self->config_kind_row), is_config);
  gtk_widget_set_visible (GTK_WIDGET (self->template_row), is_config && !special);
  gtk_widget_set_visible (GTK_WIDGET (self->special_row), is_config && special);

  emergency_ok = steward_sla_check_emergency (calendar, service, priority, self->at, &refusal);
  gtk_widget_set_sensitive (GTK_WIDGET (self->emergency_switch), emergency_ok);
  if (!emergency_ok)
    gtk_switch_set_active (self->emergency_switch, FALSE);
  adw_action_row_set_subtitle (self->emergency_row,
                               emergency_ok ? _("Answered within 30 clock minutes, with a surcharge")
                                            : refusal->message);
  emergency = gtk_switch_get_active (self->emergency_switch);

  due = steward_request_format_instant (steward_sla_response_due (calendar, self->at, priority,
                                                                  emergency),
                                        steward_calendar_get_timezone (calendar));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->deadline_row), due);
  if (emergency)
    subtitle = g_strdup (_("First response due within 30 clock minutes"));
  else if (priority == STEWARD_PRIORITY_URGENT)
    subtitle = g_strdup (_("First response due within 30 business minutes"));
  else
    subtitle = g_strdup (_("First response due within 2 business hours"));
  adw_action_row_set_subtitle (self->deadline_row, subtitle);

  update_package (self);
}

const char *
steward_new_request_dialog_get_deadline_text (StewardNewRequestDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_NEW_REQUEST_DIALOG (self), NULL);

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->deadline_row));
}

static void
on_client_search_changed (StewardNewRequestDialog *self)
{
  if (self->selection != NULL)
    steward_client_picker_search (self->selection, self->client_search);
}

void
steward_new_request_dialog_set_client (StewardNewRequestDialog *self,
                                       gint64                   client_id)
{
  g_return_if_fail (STEWARD_IS_NEW_REQUEST_DIALOG (self));

  steward_client_picker_select_id (self->selection, client_id);
}

void
steward_new_request_dialog_set_service (StewardNewRequestDialog *self,
                                        StewardService           service,
                                        StewardPriority          priority)
{
  g_return_if_fail (STEWARD_IS_NEW_REQUEST_DIALOG (self));

  adw_combo_row_set_selected (self->service_row, service);
  adw_combo_row_set_selected (self->priority_row, priority);
}

void
steward_new_request_dialog_set_description (StewardNewRequestDialog *self,
                                            const char              *text)
{
  g_return_if_fail (STEWARD_IS_NEW_REQUEST_DIALOG (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view), text, -1);
}

static char *
description_text (StewardNewRequestDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
fill_service_details (StewardNewRequestDialog *self,
                      StewardServiceRequest   *draft)
{
  StewardService service = adw_combo_row_get_selected (self->service_row);
  guint os = adw_combo_row_get_selected (self->os_row);
  GtkStringObject *template_ = adw_combo_row_get_selected_item (self->template_row);

  if (service == STEWARD_SERVICE_REMOTE)
    g_object_set (draft,
                  "os", os < G_N_ELEMENTS (oses) ? oses[os] : STEWARD_OS_NONE,
                  "data-terms-agreed", gtk_switch_get_active (self->terms_switch),
                  NULL);
  if (service != STEWARD_SERVICE_CONFIG)
    return;

  if (adw_combo_row_get_selected (self->config_kind_row) == 1)
    g_object_set (draft, "config-kind", STEWARD_CONFIG_KIND_SPECIAL,
                  "special-text", gtk_editable_get_text (GTK_EDITABLE (self->special_row)), NULL);
  else
    g_object_set (draft, "config-kind", STEWARD_CONFIG_KIND_TEMPLATE,
                  "template-name", template_ != NULL ? gtk_string_object_get_string (template_) : NULL,
                  NULL);
}

static void
steward_new_request_dialog_save (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  StewardNewRequestDialog *self = STEWARD_NEW_REQUEST_DIALOG (widget);
  StewardClient *client = selected_client (self);
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(StewardServiceRequest) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = description_text (self);

  if (client == NULL)
    {
      show_error (self, _("Choose the client the request is for."));
      gtk_widget_grab_focus (GTK_WIDGET (self->client_search));
      return;
    }

  g_object_set (draft,
                "client-id", steward_client_get_id (client),
                "service", adw_combo_row_get_selected (self->service_row),
                "channel", adw_combo_row_get_selected (self->channel_row),
                "priority", adw_combo_row_get_selected (self->priority_row),
                "emergency", gtk_switch_get_active (self->emergency_switch),
                "description", description,
                NULL);
  fill_service_details (self, draft);

  stored = steward_desk_create_request (self->desk, draft, self->at, &error);
  if (stored == NULL)
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  g_signal_emit (self, signals[CREATED], 0, steward_service_request_get_id (stored));
  gtk_window_close (GTK_WINDOW (self));
}

static GListModel *
enum_model (GType enum_type)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (list, steward_enum_label (enum_type, klass->values[i].value));
  return G_LIST_MODEL (list);
}

static void
setup_choices (StewardNewRequestDialog *self)
{
  g_autoptr(GListModel) services = enum_model (STEWARD_TYPE_SERVICE);
  g_autoptr(GListModel) channels = enum_model (STEWARD_TYPE_CHANNEL);
  g_autoptr(GListModel) priorities = enum_model (STEWARD_TYPE_PRIORITY);
  g_autoptr(GtkStringList) os_model = gtk_string_list_new (NULL);
  const char *kinds[] = { _("Standard template"), _("Special request"), NULL };
  g_autoptr(GtkStringList) kind_model = gtk_string_list_new (kinds);
  g_autoptr(GtkStringList) template_model = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) templates = steward_store_templates_list (self->store, FALSE, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (oses); i++)
    gtk_string_list_append (os_model, steward_enum_label (STEWARD_TYPE_OS, oses[i]));
  for (guint i = 0; templates != NULL && i < templates->len; i++)
    gtk_string_list_append (template_model,
                            ((StewardConfigTemplate *) g_ptr_array_index (templates, i))->name);

  adw_combo_row_set_model (self->service_row, services);
  adw_combo_row_set_model (self->channel_row, channels);
  adw_combo_row_set_model (self->priority_row, priorities);
  adw_combo_row_set_model (self->os_row, G_LIST_MODEL (os_model));
  adw_combo_row_set_model (self->config_kind_row, G_LIST_MODEL (kind_model));
  adw_combo_row_set_model (self->template_row, G_LIST_MODEL (template_model));
  if (templates == NULL || templates->len == 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->template_row),
                                 _("No templates yet: add them with Configuration Templates on the Requests page"));
}

StewardNewRequestDialog *
steward_new_request_dialog_new (StewardStore *store,
                                StewardDesk  *desk,
                                gint64        at)
{
  StewardNewRequestDialog *self;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);
  g_return_val_if_fail (STEWARD_IS_DESK (desk), NULL);

  self = g_object_new (STEWARD_TYPE_NEW_REQUEST_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->desk = g_object_ref (desk);
  self->at = at;

  self->selection = steward_client_picker_attach (self->client_list, store);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (update_package), self,
                           G_CONNECT_SWAPPED);

  setup_choices (self);
  on_details_changed (self);
  return self;
}

static void
steward_new_request_dialog_dispose (GObject *object)
{
  StewardNewRequestDialog *self = STEWARD_NEW_REQUEST_DIALOG (object);

  steward_client_picker_detach (self->client_list);
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_NEW_REQUEST_DIALOG);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  g_clear_object (&self->desk);

  G_OBJECT_CLASS (steward_new_request_dialog_parent_class)->dispose (object);
}

static void
steward_new_request_dialog_class_init (StewardNewRequestDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_new_request_dialog_dispose;

  /* Emitted with the new request's id once it is stored. */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-new-request-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, StewardNewRequestDialog, name)
  BIND (client_search);
  BIND (client_list);
  BIND (package_label);
  BIND (service_row);
  BIND (channel_row);
  BIND (os_row);
  BIND (terms_row);
  BIND (terms_switch);
  BIND (config_kind_row);
  BIND (template_row);
  BIND (special_row);
  BIND (priority_row);
  BIND (emergency_row);
  BIND (emergency_switch);
  BIND (deadline_row);
  BIND (description_view);
  BIND (error_label);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_client_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_details_changed);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL,
                                   steward_new_request_dialog_save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
steward_new_request_dialog_init (StewardNewRequestDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_entry_set_search_delay (self->client_search, 100);
}
