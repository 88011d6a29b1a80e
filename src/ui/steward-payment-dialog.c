/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-payment-dialog"

#include "config.h"

#include "steward-payment-dialog.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-money.h"
#include "steward-time.h"

struct _StewardPaymentDialog
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwPreferencesGroup   *group;
  AdwEntryRow           *amount_row;
  AdwComboRow           *method_row;
  AdwEntryRow           *date_row;
  AdwEntryRow           *reference_row;
  GtkLabel              *error_label;

  /* owned */
  StewardDesk           *desk;
  StewardServiceRequest *request;
  StewardPaymentKind     kind;
};

G_DEFINE_FINAL_TYPE (StewardPaymentDialog, steward_payment_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (StewardPaymentDialog *self,
            GtkWidget            *field,
            const char           *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->amount_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
  if (field != NULL)
    {
      gtk_widget_add_css_class (field, "error");
      gtk_widget_grab_focus (field);
    }
}

const char *
steward_payment_dialog_get_error (StewardPaymentDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_PAYMENT_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}

void
steward_payment_dialog_set_amount_text (StewardPaymentDialog *self,
                                        const char           *text)
{
  g_return_if_fail (STEWARD_IS_PAYMENT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), text != NULL ? text : "");
}

void
steward_payment_dialog_set_reference (StewardPaymentDialog *self,
                                      const char           *reference)
{
  g_return_if_fail (STEWARD_IS_PAYMENT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->reference_row), reference != NULL ? reference : "");
}

static void
steward_payment_dialog_save (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  StewardPaymentDialog *self = STEWARD_PAYMENT_DIALOG (widget);
  GTimeZone *tz = steward_calendar_get_timezone (steward_desk_get_calendar (self->desk));
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardPayment) line = NULL;
  StewardPaymentMethod method;
  gint64 amount, at;

  if (!steward_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->amount_row)), &amount,
                            &error))
    {
      show_error (self, GTK_WIDGET (self->amount_row), error->message);
      return;
    }
  if (!steward_time_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), tz, &at, &error))
    {
      show_error (self, GTK_WIDGET (self->date_row), error->message);
      return;
    }

  method = adw_combo_row_get_selected (self->method_row) == 1 ? STEWARD_PAYMENT_METHOD_THIRD_PARTY
                                                              : STEWARD_PAYMENT_METHOD_BANK_TRANSFER;
  line = steward_desk_add_payment (self->desk, steward_service_request_get_id (self->request),
                                   self->kind, amount, method, at,
                                   gtk_editable_get_text (GTK_EDITABLE (self->reference_row)),
                                   &error);
  if (line == NULL)
    {
      show_error (self, GTK_WIDGET (self->amount_row), error->message);
      return;
    }

  show_error (self, NULL, NULL);
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_entry_activated (StewardPaymentDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "dialog.save", NULL);
}

StewardPaymentDialog *
steward_payment_dialog_new (StewardDesk           *desk,
                            StewardServiceRequest *request,
                            StewardPaymentKind     kind,
                            const char            *title,
                            const char            *summary,
                            gint64                 amount,
                            gint64                 at)
{
  StewardPaymentDialog *self;
  GTimeZone *tz;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *date = NULL;
  const char *methods[] = {
    steward_enum_label (STEWARD_TYPE_PAYMENT_METHOD, STEWARD_PAYMENT_METHOD_BANK_TRANSFER),
    steward_enum_label (STEWARD_TYPE_PAYMENT_METHOD, STEWARD_PAYMENT_METHOD_THIRD_PARTY),
    NULL
  };
  g_autoptr(GtkStringList) method_model = gtk_string_list_new (methods);

  g_return_val_if_fail (STEWARD_IS_DESK (desk), NULL);
  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), NULL);

  self = g_object_new (STEWARD_TYPE_PAYMENT_DIALOG, "title", title, NULL);
  self->desk = g_object_ref (desk);
  self->request = g_object_ref (request);
  self->kind = kind;

  adw_preferences_group_set_title (self->group, title);
  adw_preferences_group_set_description (self->group, summary);
  adw_combo_row_set_model (self->method_row, G_LIST_MODEL (method_model));
  if (amount > 0)
    {
      g_autofree char *text = steward_money_format_plain (amount);

      steward_payment_dialog_set_amount_text (self, text);
    }

  tz = steward_calendar_get_timezone (steward_desk_get_calendar (desk));
  when = steward_time_to_date_time (at, tz);
  date = g_date_time_format (when, "%Y-%m-%d %H:%M");
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);

  return self;
}

static void
steward_payment_dialog_dispose (GObject *object)
{
  StewardPaymentDialog *self = STEWARD_PAYMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_PAYMENT_DIALOG);
  g_clear_object (&self->desk);
  g_clear_object (&self->request);

  G_OBJECT_CLASS (steward_payment_dialog_parent_class)->dispose (object);
}

static void
steward_payment_dialog_class_init (StewardPaymentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_payment_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-payment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardPaymentDialog, group);
  gtk_widget_class_bind_template_child (widget_class, StewardPaymentDialog, amount_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPaymentDialog, method_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPaymentDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPaymentDialog, reference_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPaymentDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, steward_payment_dialog_save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
steward_payment_dialog_init (StewardPaymentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
