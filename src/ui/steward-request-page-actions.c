/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-request-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "steward-money.h"
#include "steward-payment-dialog.h"
#include "steward-quote-dialog.h"
#include "steward-rating-dialog.h"
#include "steward-request-page-private.h"

typedef gboolean (*StepFunc) (StewardDesk *desk,
                              gint64       id,
                              gint64       at,
                              const char  *note,
                              GError     **error);

static gint64
request_id (StewardRequestPage *self)
{
  return steward_request_page_get_request_id (self);
}

static void
run_step (StewardRequestPage *self,
          StepFunc            step,
          const char         *note)
{
  g_autoptr(GError) error = NULL;

  if (!step (self->desk, request_id (self), steward_request_page_get_now (self), note, &error))
    steward_request_page_show_refusal (self, error);
  else
    steward_request_page_after_write (self);
}

static void
on_dialog_saved (StewardRequestPage *self)
{
  steward_request_page_after_write (self);
}

static void
present_dialog (StewardRequestPage *self,
                GtkWindow          *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved), self, G_CONNECT_SWAPPED);
  steward_request_page_track_dialog (self, dialog);
  gtk_window_present (dialog);
}

static void
open_quote (StewardRequestPage *self)
{
  present_dialog (self, GTK_WINDOW (steward_quote_dialog_new (self->desk, self->request,
                                                              steward_request_page_get_now (self))));
}

static void
open_payment (StewardRequestPage *self,
              StewardRequestAction action)
{
  const StewardLedger *l = &self->ledger;
  g_autofree char *summary = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  StewardPaymentKind kind = STEWARD_PAYMENT_KIND_PAYMENT;
  const char *title;
  gint64 amount;

  switch ((int) action)
    {
    case STEWARD_REQUEST_ACTION_RECORD_DEPOSIT:
      /* The dialog's own title: the action's label ends in "…", a title does not. */
      title = _("Record Deposit");
      amount = MAX (l->deposit_due - l->net_received, 0);
      a = steward_money_format (l->deposit_due);
      b = steward_money_format (l->net_received);
      summary = g_strdup_printf (_("Deposit due before work starts: %s; received so far: %s."), a, b);
      break;
    case STEWARD_REQUEST_ACTION_RECORD_BALANCE:
      title = _("Record Balance");
      amount = l->balance_due;
      a = steward_money_format (l->balance_due);
      summary = g_strdup_printf (_("Balance due after acceptance: %s."), a);
      break;
    default:
      kind = STEWARD_PAYMENT_KIND_REFUND;
      title = _("Record Refund");
      amount = l->net_received;
      a = steward_money_format (l->net_received);
      summary = g_strdup_printf (_("Money paid back to the client; %s has been received."), a);
      break;
    }

  present_dialog (self,
                  GTK_WINDOW (steward_payment_dialog_new (self->desk, self->request, kind,
                                                          title, summary, amount,
                                                          steward_request_page_get_now (self))));
}

static void
open_rating (StewardRequestPage *self)
{
  present_dialog (self, GTK_WINDOW (steward_rating_dialog_new (self->desk, self->request,
                                                               steward_request_page_get_now (self))));
}

static void
on_reject_response (AdwMessageDialog   *dialog,
                    const char         *response,
                    StewardRequestPage *self)
{
  GtkEditable *reason = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  if (g_strcmp0 (response, "reject") == 0)
    run_step (self, steward_desk_reject, gtk_editable_get_text (reason));
}

static void
on_cancel_response (AdwMessageDialog   *dialog,
                    const char         *response,
                    StewardRequestPage *self)
{
  g_autoptr(GError) error = NULL;
  StewardDepositChoice choice = STEWARD_DEPOSIT_CHOICE_NONE;

  if (g_strcmp0 (response, "refund") == 0)
    choice = STEWARD_DEPOSIT_CHOICE_REFUND;
  else if (g_strcmp0 (response, "keep") == 0)
    choice = STEWARD_DEPOSIT_CHOICE_KEEP;
  else if (g_strcmp0 (response, "cancel-request") != 0)
    return;

  if (!steward_desk_cancel (self->desk, request_id (self), choice,
                            steward_request_page_get_now (self), NULL, &error))
    steward_request_page_show_refusal (self, error);
  else
    steward_request_page_after_write (self);
}

static AdwMessageDialog *
message_dialog (StewardRequestPage *self,
                const char         *heading,
                const char         *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                     heading, body));
}

static void
ask_reject (StewardRequestPage *self)
{
  AdwMessageDialog *dialog = message_dialog (self, _("Reject This Request?"),
                                             _("The client is told that the request will not "
                                               "be carried out. The reason goes into the timeline."));
  GtkWidget *reason = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (reason), _("Reason"));
  adw_message_dialog_set_extra_child (dialog, reason);
  adw_message_dialog_add_responses (dialog, "back", _("_Back"), "reject", _("_Reject"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "reject", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "back");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reject_response), self, 0);
  steward_request_page_track_dialog (self, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ask_cancel (StewardRequestPage *self)
{
  g_autofree char *received = steward_money_format (self->ledger.net_received);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->ledger.net_received > 0)
    body = g_strdup_printf (_("%s has been received. Refund it to the client, or keep it? "
                              "Either way it is recorded."), received);
  dialog = message_dialog (self, _("Cancel This Request?"),
                           body != NULL ? body : _("Work on it stops and it leaves the open requests."));
  adw_message_dialog_add_response (dialog, "back", _("_Back"));
  if (self->ledger.net_received > 0)
    {
      adw_message_dialog_add_responses (dialog, "keep", _("Cancel and _Keep"),
                                        "refund", _("Cancel and _Refund"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "refund", ADW_RESPONSE_DESTRUCTIVE);
    }
  else
    {
      adw_message_dialog_add_response (dialog, "cancel-request", _("_Cancel Request"));
      adw_message_dialog_set_response_appearance (dialog, "cancel-request",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_set_close_response (dialog, "back");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_cancel_response), self, 0);
  steward_request_page_track_dialog (self, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
steward_request_page_add_note (StewardRequestPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardRequestNote) note = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->note_entry));
  gboolean shared = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->note_shared));

  if (self->request == NULL)
    return;

  note = steward_desk_add_note (self->desk, request_id (self), text, shared,
                                steward_request_page_get_now (self), &error);
  if (note == NULL)
    {
      steward_request_page_show_refusal (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->note_shared), FALSE);
  steward_request_page_after_write (self);
}

void
steward_request_page_add_feedback (StewardRequestPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardProductFeedback) item = NULL;

  if (self->request == NULL)
    return;

  item = steward_desk_add_feedback (self->desk, request_id (self),
                                    gtk_editable_get_text (GTK_EDITABLE (self->feedback_area)),
                                    gtk_editable_get_text (GTK_EDITABLE (self->feedback_text)),
                                    steward_request_page_get_now (self), &error);
  if (item == NULL)
    {
      steward_request_page_show_refusal (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->feedback_area), "");
  gtk_editable_set_text (GTK_EDITABLE (self->feedback_text), "");
  steward_request_page_after_write (self);
}

static StepFunc
step_of (StewardRequestAction action)
{
  switch ((int) action)
    {
    case STEWARD_REQUEST_ACTION_RESPOND: return steward_desk_respond;
    case STEWARD_REQUEST_ACTION_REVIEW: return steward_desk_review;
    case STEWARD_REQUEST_ACTION_CONFIRM: return steward_desk_confirm;
    case STEWARD_REQUEST_ACTION_START: return steward_desk_start;
    case STEWARD_REQUEST_ACTION_HOLD: return steward_desk_hold;
    case STEWARD_REQUEST_ACTION_RESUME: return steward_desk_resume;
    case STEWARD_REQUEST_ACTION_DELIVER: return steward_desk_deliver;
    case STEWARD_REQUEST_ACTION_ACCEPT: return steward_desk_accept;
    case STEWARD_REQUEST_ACTION_SETTLE: return steward_desk_settle;
    default: return NULL;
    }
}

static void
activate_request_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  StewardRequestPage *self = STEWARD_REQUEST_PAGE (widget);
  const char *name = action_name + strlen ("request.");
  StewardRequestAction action = STEWARD_REQUEST_N_ACTIONS;

  if (self->request == NULL || self->desk == NULL)
    return;

  for (guint a = 0; a < STEWARD_REQUEST_N_ACTIONS; a++)
    if (g_strcmp0 (steward_request_action_name (a), name) == 0)
      action = a;

  switch ((int) action)
    {
    case STEWARD_REQUEST_ACTION_QUOTE: open_quote (self); break;
    case STEWARD_REQUEST_ACTION_RECORD_DEPOSIT:
    case STEWARD_REQUEST_ACTION_RECORD_BALANCE:
    case STEWARD_REQUEST_ACTION_REFUND: open_payment (self, action); break;
    case STEWARD_REQUEST_ACTION_RATE: open_rating (self); break;
    case STEWARD_REQUEST_ACTION_REJECT: ask_reject (self); break;
    case STEWARD_REQUEST_ACTION_CANCEL: ask_cancel (self); break;
    case STEWARD_REQUEST_ACTION_ADD_NOTE: steward_request_page_add_note (self); break;
    case STEWARD_REQUEST_ACTION_ADD_FEEDBACK: steward_request_page_add_feedback (self); break;
    default:
      if (step_of (action) != NULL)
        run_step (self, step_of (action), NULL);
      break;
    }
}

void
steward_request_page_class_init_actions (GtkWidgetClass *widget_class)
{
  for (guint a = 0; a < STEWARD_REQUEST_N_ACTIONS; a++)
    {
      g_autofree char *name = g_strconcat ("request.", steward_request_action_name (a), NULL);

      gtk_widget_class_install_action (widget_class, name, NULL, activate_request_action);
    }
}
