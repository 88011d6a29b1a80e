/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-complaint-view"

#include "config.h"

#include "steward-complaint-view.h"

#include <glib/gi18n-lib.h>

#include "steward-complaint-rules.h"
#include "steward-complaint-state.h"
#include "steward-enums.h"
#include "steward-ledger.h"
#include "steward-money.h"
#include "steward-resolve-dialog.h"
#include "steward-time.h"

struct _StewardComplaintView
{
  GtkBox                parent_instance;

  /* template widgets */
  AdwWindowTitle       *window_title;
  GtkWidget            *accept_button;
  GtkWidget            *resolve_button;
  GtkWidget            *close_button;
  AdwActionRow         *accept_row;
  GtkLabel             *accept_badge;
  AdwActionRow         *resolve_row;
  GtkLabel             *resolve_badge;
  AdwActionRow         *state_row;
  AdwActionRow         *client_row;
  AdwActionRow         *channel_row;
  AdwActionRow         *request_row;
  AdwActionRow         *details_row;
  GtkWidget            *solution_group;
  AdwActionRow         *solution_row;
  AdwActionRow         *remedy_row;
  GtkListBox           *trail_list;

  /* owned */
  StewardComplaintDesk *desk;
  StewardComplaint     *complaint;
  char                 *client_name;
  gint64                now;

  /* borrowed, cleared when it goes */
  GtkWindow            *dialog;
};

G_DEFINE_FINAL_TYPE (StewardComplaintView, steward_complaint_view, GTK_TYPE_BOX)

enum {
  BACK,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
steward_complaint_view_new (void)
{
  return g_object_new (STEWARD_TYPE_COMPLAINT_VIEW, NULL);
}

static gint64
view_now (StewardComplaintView *self)
{
  return self->now != 0 ? self->now : steward_time_now ();
}

static char *
format_instant (gint64 instant)
{
  g_autoptr(GDateTime) dt = NULL;

  if (instant == STEWARD_TIME_NONE)
    return g_strdup ("—");
  dt = steward_time_to_date_time (instant, NULL);
  return g_date_time_format (dt, "%Y-%m-%d %H:%M");
}

static const char * const badge_styles[] = { "success", "warning", "error" };

static void
show_clock (StewardComplaintView  *self,
            StewardComplaintClock  clock,
            AdwActionRow          *row,
            GtkLabel              *badge)
{
  g_auto(StewardClockView) view = { 0 };
  gint64 due = clock == STEWARD_COMPLAINT_CLOCK_ACCEPT ? steward_complaint_accept_by (self->complaint)
                                                        : steward_complaint_resolve_by (self->complaint);
  g_autofree char *due_text = format_instant (due);
  g_autofree char *subtitle = NULL;

  steward_complaint_clock_view (self->complaint, clock, view_now (self), &view);
  /* TRANSLATORS: a clock's state, then its limit: "5 h left to accept · due 2026-03-10 09:00". */
  subtitle = g_strdup_printf (_("%s · due %s"), view.text, due_text);
  adw_action_row_set_subtitle (row, subtitle);

  gtk_label_set_text (badge, view.badge != NULL ? view.badge : "");
  gtk_widget_set_visible (GTK_WIDGET (badge), view.badge != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (badge_styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (badge), badge_styles[i]);
  if (view.style != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (badge), view.style);
}

static void
show_trail (StewardComplaintView *self)
{
  g_autoptr(GPtrArray) trail = steward_complaint_trail (self->complaint);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->trail_list))) != NULL)
    gtk_list_box_remove (self->trail_list, child);

  for (guint i = 0; i < trail->len; i++)
    {
      const StewardComplaintEvent *event = g_ptr_array_index (trail, i);
      g_autofree char *when = format_instant (event->at);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), event->text);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (self->trail_list, row);
    }
}

static void
show_solution (StewardComplaintView *self)
{
  StewardRemedy remedy = steward_complaint_get_remedy (self->complaint);
  g_autofree char *remedy_text = NULL;
  g_autofree char *amount = NULL;

  gtk_widget_set_visible (self->solution_group,
                          steward_complaint_get_resolved_at (self->complaint) != STEWARD_TIME_NONE);
  adw_action_row_set_subtitle (self->solution_row, steward_complaint_get_solution (self->complaint));

  if (remedy == STEWARD_REMEDY_RESERVICE)
    remedy_text = g_strdup_printf (_("Free re-service: request #%lld with fee ¥0.00"),
                                   (long long) steward_complaint_get_remedy_request_id (self->complaint));
  else if (remedy == STEWARD_REMEDY_PARTIAL_REFUND)
    {
      amount = steward_money_format (steward_complaint_get_refund_amount (self->complaint));
      remedy_text = g_strdup_printf (_("Partial refund of %s on request #%lld"),
                                     amount, (long long) steward_complaint_get_request_id (self->complaint));
    }
  else
    remedy_text = g_strdup (steward_enum_label (STEWARD_TYPE_REMEDY, STEWARD_REMEDY_NONE));
  adw_action_row_set_subtitle (self->remedy_row, remedy_text);
}

static void
refresh (StewardComplaintView *self)
{
  StewardComplaint *c = self->complaint;
  StewardComplaintSteps steps;
  g_autofree char *received = format_instant (steward_complaint_get_received_at (c));
  g_autofree char *channel = NULL;
  g_autofree char *request = NULL;
  const char *details = steward_complaint_get_details (c);

  adw_window_title_set_title (self->window_title, steward_complaint_get_summary (c));
  adw_window_title_set_subtitle (self->window_title, self->client_name);

  steward_complaint_steps (c, &steps);
  gtk_widget_set_visible (self->accept_button, steps.can_accept);
  gtk_widget_set_visible (self->resolve_button, steps.can_resolve);
  gtk_widget_set_visible (self->close_button, steps.can_close);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaint.accept", steps.can_accept);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaint.resolve", steps.can_resolve);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaint.close", steps.can_close);

  show_clock (self, STEWARD_COMPLAINT_CLOCK_ACCEPT, self->accept_row, self->accept_badge);
  show_clock (self, STEWARD_COMPLAINT_CLOCK_RESOLVE, self->resolve_row, self->resolve_badge);

  adw_action_row_set_subtitle (self->state_row,
                               steward_enum_label (STEWARD_TYPE_COMPLAINT_STATE,
                                                   steward_complaint_get_state (c)));
  adw_action_row_set_subtitle (self->client_row, self->client_name);
  /* TRANSLATORS: how and when a complaint came in: "Hotline, 2026-03-10 09:00". */
  channel = g_strdup_printf (_("%s, %s"),
                             steward_enum_label (STEWARD_TYPE_COMPLAINT_CHANNEL,
                                                 steward_complaint_get_channel (c)),
                             received);
  adw_action_row_set_subtitle (self->channel_row, channel);
  if (steward_complaint_get_request_id (c) != 0)
    request = g_strdup_printf ("#%" G_GINT64_FORMAT, steward_complaint_get_request_id (c));
  adw_action_row_set_subtitle (self->request_row, request != NULL ? request : _("None"));
  adw_action_row_set_subtitle (self->details_row, details != NULL && *details != '\0' ? details : "—");

  show_solution (self);
  show_trail (self);
}

static void
apply_result (StewardComplaintView *self,
              StewardComplaint     *stored,
              const GError         *error)
{
  GtkWidget *window;

  if (stored == NULL)
    {
      /* The window's toast would be nicer, but a view may stand alone: say it in a dialog. */
      window = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                       _("The Step Was Refused"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (window), "ok", _("_OK"));
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  g_set_object (&self->complaint, stored);
  refresh (self);
  g_signal_emit (self, signals[CHANGED], 0, stored);
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StewardComplaintView *self = STEWARD_COMPLAINT_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardComplaint) stored = NULL;

  stored = steward_complaint_desk_accept (self->desk, steward_complaint_get_id (self->complaint),
                                          view_now (self), &error);
  apply_result (self, stored, error);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StewardComplaintView *self = STEWARD_COMPLAINT_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardComplaint) stored = NULL;

  stored = steward_complaint_desk_close (self->desk, steward_complaint_get_id (self->complaint),
                                         view_now (self), &error);
  apply_result (self, stored, error);
}

static void
on_resolved (StewardResolveDialog *dialog,
             StewardComplaint     *stored,
             StewardComplaintView *self)
{
  apply_result (self, stored, NULL);
}

static void
on_dialog_destroy (GtkWindow            *dialog,
                   StewardComplaintView *self)
{
  if (self->dialog == dialog)
    self->dialog = NULL;
}

static void
resolve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StewardComplaintView *self = STEWARD_COMPLAINT_VIEW (widget);
  gint64 request_id = steward_complaint_get_request_id (self->complaint);
  StewardLedger ledger = { 0 };
  StewardResolveDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (widget);

  /* The refund limit shown is what the desk will check: received on the request, net. */
  if (request_id != 0)
    steward_desk_get_ledger (steward_complaint_desk_get_desk (self->desk), request_id, &ledger, NULL);

  dialog = steward_resolve_dialog_new (self->desk, self->complaint, ledger.net_received,
                                       view_now (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "resolved", G_CALLBACK (on_resolved), self, 0);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_dialog_destroy), self, 0);
  self->dialog = GTK_WINDOW (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[BACK], 0);
}

void
steward_complaint_view_set_desk (StewardComplaintView *self,
                                 StewardComplaintDesk *desk)
{
  g_return_if_fail (STEWARD_IS_COMPLAINT_VIEW (self));
  g_return_if_fail (desk == NULL || STEWARD_IS_COMPLAINT_DESK (desk));

  g_set_object (&self->desk, desk);
}

void
steward_complaint_view_show (StewardComplaintView *self,
                             StewardComplaint     *complaint,
                             const char           *client_name)
{
  g_return_if_fail (STEWARD_IS_COMPLAINT_VIEW (self));
  g_return_if_fail (STEWARD_IS_COMPLAINT (complaint));

  g_clear_object (&self->complaint);
  self->complaint = steward_complaint_copy (complaint);
  g_free (self->client_name);
  self->client_name = g_strdup (client_name != NULL ? client_name : "");
  refresh (self);
}

StewardComplaint *
steward_complaint_view_get_complaint (StewardComplaintView *self)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT_VIEW (self), NULL);

  return self->complaint;
}

void
steward_complaint_view_set_now (StewardComplaintView *self,
                                gint64                now)
{
  g_return_if_fail (STEWARD_IS_COMPLAINT_VIEW (self));

  self->now = now;
  if (self->complaint != NULL)
    refresh (self);
}

GtkWindow *
steward_complaint_view_get_dialog (StewardComplaintView *self)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT_VIEW (self), NULL);

  return self->dialog;
}

static void
steward_complaint_view_dispose (GObject *object)
{
  StewardComplaintView *self = STEWARD_COMPLAINT_VIEW (object);

  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_COMPLAINT_VIEW);
  g_clear_object (&self->desk);
  g_clear_object (&self->complaint);
  g_clear_pointer (&self->client_name, g_free);

  G_OBJECT_CLASS (steward_complaint_view_parent_class)->dispose (object);
}

static void
steward_complaint_view_class_init (StewardComplaintViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_complaint_view_dispose;

  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, STEWARD_TYPE_COMPLAINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-complaint-view.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, window_title);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, accept_button);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, resolve_button);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, close_button);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, accept_row);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, accept_badge);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, resolve_row);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, resolve_badge);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, state_row);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, client_row);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, channel_row);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, request_row);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, details_row);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, solution_group);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, solution_row);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, remedy_row);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintView, trail_list);

  gtk_widget_class_install_action (widget_class, "complaint.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "complaint.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "complaint.resolve", NULL, resolve_action);
  gtk_widget_class_install_action (widget_class, "complaint.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "complaint.back", NULL);
}

static void
steward_complaint_view_init (StewardComplaintView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
