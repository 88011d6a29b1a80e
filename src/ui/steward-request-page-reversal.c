/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-request-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-error.h"
#include "steward-ledger.h"
#include "steward-money.h"
#include "steward-request-page-private.h"
#include "steward-workflow.h"

#define PAYMENT_ID_KEY "steward-payment-id"

static GTimeZone *
page_tz (StewardRequestPage *self)
{
  return steward_calendar_get_timezone (steward_desk_get_calendar (self->desk));
}

/* Asks the core, before the dialog, whether the line may be reversed at all, with the checks
 * steward_desk_reverse_payment() makes: a refusal is shown at once rather than after the user
 * has typed a reason. The desk checks again when the reversal is recorded. */
static gboolean
check_reversal (StewardRequestPage  *self,
                StewardPayment      *target,
                GError             **error)
{
  g_autoptr(StewardPayment) line = NULL;

  line = steward_payment_new (STEWARD_PAYMENT_KIND_REVERSAL, steward_payment_get_amount (target),
                              steward_payment_get_method (target), steward_request_page_get_now (self),
                              NULL, steward_payment_get_id (target));
  return steward_workflow_check_money_line (self->request, STEWARD_PAYMENT_KIND_REVERSAL,
                                            steward_payment_get_kind (target), error) &&
         steward_ledger_check_line (&self->ledger, self->payments, line,
                                    steward_request_page_get_request_id (self), error);
}

static void
on_reason_changed (GtkEditable      *reason,
                   AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (reason)));

  adw_message_dialog_set_response_enabled (dialog, "reverse", *text != '\0');
}

static void
on_reverse_response (AdwMessageDialog   *dialog,
                     const char         *response,
                     StewardRequestPage *self)
{
  GtkEditable *reason = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  gint64 *payment_id = g_object_get_data (G_OBJECT (dialog), PAYMENT_ID_KEY);
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (reason)));
  g_autoptr(StewardPayment) line = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reverse") != 0 || self->request == NULL || *note == '\0')
    return;

  line = steward_desk_reverse_payment (self->desk, steward_request_page_get_request_id (self),
                                       *payment_id, steward_request_page_get_now (self), note,
                                       &error);
  if (line == NULL)
    steward_request_page_show_refusal (self, error);
  else
    steward_request_page_after_write (self);
}

static char *
describe_line (StewardRequestPage *self,
               StewardPayment     *target)
{
  g_autofree char *amount = steward_money_format (steward_payment_get_amount (target));
  g_autofree char *when = steward_request_format_instant (steward_payment_get_at (target),
                                                          page_tz (self));
  const char *reference = steward_payment_get_reference (target);
  const char *kind = steward_enum_label (STEWARD_TYPE_PAYMENT_KIND, steward_payment_get_kind (target));

  if (reference == NULL || *reference == '\0')
    reference = "—";
  /* TRANSLATORS: the line a reversal undoes: kind, amount, date, reference, as in
   * "Payment of ¥100.00 on Mon 9 Mar 10:00, reference ICBC-001, is undone by…" */
  return g_strdup_printf (_("%s of %s on %s, reference %s, is undone by a reversal line of the "
                            "same amount. Both lines stay in the payments and the timeline."),
                          kind, amount, when, reference);
}

static void
ask_reversal (StewardRequestPage *self,
              StewardPayment     *target)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *body = describe_line (self, target);
  AdwMessageDialog *dialog;
  GtkWidget *reason = gtk_entry_new ();
  gint64 *payment_id = g_new (gint64, 1);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Reverse This Line?"), body));
  *payment_id = steward_payment_get_id (target);
  g_object_set_data_full (G_OBJECT (dialog), PAYMENT_ID_KEY, payment_id, g_free);
  gtk_entry_set_placeholder_text (GTK_ENTRY (reason), _("Reason (required)"));
  gtk_entry_set_activates_default (GTK_ENTRY (reason), TRUE);
  adw_message_dialog_set_extra_child (dialog, reason);
  adw_message_dialog_add_responses (dialog, "back", _("_Back"), "reverse", _("_Reverse"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "reverse", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (dialog, "reverse", FALSE);
  adw_message_dialog_set_default_response (dialog, "reverse");
  adw_message_dialog_set_close_response (dialog, "back");
  g_signal_connect_object (reason, "changed", G_CALLBACK (on_reason_changed), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reverse_response), self, 0);
  steward_request_page_track_dialog (self, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
activate_reverse (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StewardRequestPage *self = STEWARD_REQUEST_PAGE (widget);
  gint64 payment_id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  StewardPayment *target;

  if (self->request == NULL || self->desk == NULL || self->payments == NULL)
    return;

  target = steward_ledger_find_line (self->payments, payment_id);
  if (target == NULL)
    g_set_error (&error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
                 _("Request #%lld has no payment line #%lld"),
                 (long long) steward_request_page_get_request_id (self), (long long) payment_id);
  if (target == NULL || !check_reversal (self, target, &error))
    {
      steward_request_page_show_refusal (self, error);
      return;
    }
  ask_reversal (self, target);
}

void
steward_request_page_class_init_reversal (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "request.reverse-payment", "x", activate_reverse);
}
