/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-resolve-dialog"

#include "config.h"

#include "steward-resolve-dialog.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-error.h"
#include "steward-money.h"

struct _StewardResolveDialog
{
  AdwWindow             parent_instance;

  /* template widgets */
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  GtkTextView          *solution_view;
  AdwPreferencesGroup  *remedy_group;
  AdwComboRow          *remedy_row;
  AdwEntryRow          *amount_row;
  AdwComboRow          *method_row;

  /* owned */
  StewardComplaintDesk *desk;
  StewardComplaint     *complaint;
  char                 *error;
  gint64                received_net;
  gint64                at;
};

G_DEFINE_FINAL_TYPE (StewardResolveDialog, steward_resolve_dialog, ADW_TYPE_WINDOW)

enum {
  RESOLVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_rows (StewardResolveDialog *self)
{
  gboolean refund = adw_combo_row_get_selected (self->remedy_row) == STEWARD_REMEDY_PARTIAL_REFUND;

  gtk_widget_set_visible (GTK_WIDGET (self->amount_row), refund);
  gtk_widget_set_visible (GTK_WIDGET (self->method_row), refund);
}

static void
show_error (StewardResolveDialog *self,
            const char           *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StewardResolveDialog *self = STEWARD_RESOLVE_DIALOG (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->solution_view);
  StewardRemedy remedy = adw_combo_row_get_selected (self->remedy_row);
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardComplaint) stored = NULL;
  g_autofree char *solution = NULL;
  GtkTextIter start, end;
  gint64 refund = 0;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  solution = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  if (remedy == STEWARD_REMEDY_PARTIAL_REFUND
      && !steward_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->amount_row)), &refund,
                               &error))
    {
      g_autofree char *message = g_strdup_printf (_("Refund: %s"), error->message);

      show_error (self, message);
      return;
    }

  stored = steward_complaint_desk_resolve (self->desk, steward_complaint_get_id (self->complaint),
                                           self->at, solution, remedy, refund,
                                           adw_combo_row_get_selected (self->method_row), &error);
  if (stored == NULL)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[RESOLVED], 0, stored);
  gtk_window_close (GTK_WINDOW (self));
}

const char *
steward_resolve_dialog_get_error (StewardResolveDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_RESOLVE_DIALOG (self), NULL);

  return self->error;
}

static GListModel *
enum_labels (GType type,
             guint n_values)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_values; i++)
    gtk_string_list_append (list, steward_enum_label (type, i));
  return G_LIST_MODEL (list);
}

StewardResolveDialog *
steward_resolve_dialog_new (StewardComplaintDesk *desk,
                            StewardComplaint     *complaint,
                            gint64                received_net,
                            gint64                at)
{
  StewardResolveDialog *self;
  g_autofree char *limit = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (STEWARD_IS_COMPLAINT_DESK (desk), NULL);
  g_return_val_if_fail (STEWARD_IS_COMPLAINT (complaint), NULL);

  self = g_object_new (STEWARD_TYPE_RESOLVE_DIALOG, NULL);
  self->desk = g_object_ref (desk);
  self->complaint = steward_complaint_copy (complaint);
  self->received_net = received_net;
  self->at = at;

  if (steward_complaint_get_request_id (complaint) != 0)
    {
      limit = steward_money_format (received_net);
      /* TRANSLATORS: under the refund field; %s is an amount such as ¥1,500.00. */
      subtitle = g_strdup_printf (_("At most %s, what was received on request #%lld"),
                                  limit, (long long) steward_complaint_get_request_id (complaint));
      adw_preferences_group_set_description (self->remedy_group,
                                             subtitle);
    }
  else
    {
      /* Both remedies act on the complaint's request. */
      adw_preferences_group_set_description (self->remedy_group,
                                             _("This complaint names no request, so no "
                                               "re-service or refund can be recorded."));
      gtk_widget_set_sensitive (GTK_WIDGET (self->remedy_row), FALSE);
    }

  return self;
}

static void
steward_resolve_dialog_dispose (GObject *object)
{
  StewardResolveDialog *self = STEWARD_RESOLVE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_RESOLVE_DIALOG);
  g_clear_object (&self->desk);
  g_clear_object (&self->complaint);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (steward_resolve_dialog_parent_class)->dispose (object);
}

static void
steward_resolve_dialog_class_init (StewardResolveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_resolve_dialog_dispose;

  signals[RESOLVED] = g_signal_new ("resolved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, STEWARD_TYPE_COMPLAINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-resolve-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardResolveDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, StewardResolveDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, StewardResolveDialog, solution_view);
  gtk_widget_class_bind_template_child (widget_class, StewardResolveDialog, remedy_group);
  gtk_widget_class_bind_template_child (widget_class, StewardResolveDialog, remedy_row);
  gtk_widget_class_bind_template_child (widget_class, StewardResolveDialog, amount_row);
  gtk_widget_class_bind_template_child (widget_class, StewardResolveDialog, method_row);

  gtk_widget_class_install_action (widget_class, "resolve.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "resolve.save", NULL);
}

static void
steward_resolve_dialog_init (StewardResolveDialog *self)
{
  g_autoptr(GListModel) remedies = enum_labels (STEWARD_TYPE_REMEDY, 3);
  g_autoptr(GListModel) methods = enum_labels (STEWARD_TYPE_PAYMENT_METHOD, 2);

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->remedy_row, remedies);
  adw_combo_row_set_model (self->method_row, methods);
  g_signal_connect_swapped (self->remedy_row, "notify::selected", G_CALLBACK (update_rows), self);
  update_rows (self);
}
