/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-request-page"

#include "config.h"

#include "steward-request-page.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-request-page-private.h"
#include "steward-time.h"

G_DEFINE_FINAL_TYPE (StewardRequestPage, steward_request_page, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* How often the countdowns are redrawn while the page is on screen. */
#define TICK_SECONDS 30

/* Side steps (a hold, a refund, rejecting, cancelling) wait in the "more" menu, so that the
 * row of buttons stays short enough for a narrow window. */
static gboolean
is_side_step (StewardRequestAction action)
{
  return action == STEWARD_REQUEST_ACTION_HOLD || action == STEWARD_REQUEST_ACTION_REFUND ||
         action == STEWARD_REQUEST_ACTION_REJECT || action == STEWARD_REQUEST_ACTION_CANCEL;
}

GtkWidget *
steward_request_page_new (void)
{
  return g_object_new (STEWARD_TYPE_REQUEST_PAGE, NULL);
}

gint64
steward_request_page_get_now (StewardRequestPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_PAGE (self), STEWARD_TIME_NONE);

  return self->fixed_now != STEWARD_TIME_NONE ? self->fixed_now : steward_time_now ();
}

void
steward_request_page_set_time (StewardRequestPage *self,
                               gint64              now)
{
  g_return_if_fail (STEWARD_IS_REQUEST_PAGE (self));

  self->fixed_now = now;
  steward_request_page_reload (self);
}

static void
set_notice (StewardRequestPage *self,
            const char         *text,
            gboolean            refusal)
{
  g_free (self->notice);
  self->notice = g_strdup (text);

  if (text == NULL)
    {
      gtk_revealer_set_reveal_child (self->notice_revealer, FALSE);
      return;
    }

  gtk_label_set_text (self->notice_label, text);
  gtk_image_set_from_icon_name (self->notice_icon, refusal ? "dialog-error-symbolic"
                                                           : "dialog-information-symbolic");
  if (refusal)
    gtk_widget_add_css_class (self->notice_box, "refusal");
  else
    gtk_widget_remove_css_class (self->notice_box, "refusal");
  gtk_revealer_set_reveal_child (self->notice_revealer, TRUE);
}

const char *
steward_request_page_get_notice (StewardRequestPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_PAGE (self), NULL);

  return self->notice;
}

void
steward_request_page_show_refusal (StewardRequestPage *self,
                                   const GError       *error)
{
  set_notice (self, error->message, TRUE);
}

gboolean
steward_request_page_is_action_shown (StewardRequestPage   *self,
                                      StewardRequestAction  action)
{
  GtkWidget *button;

  g_return_val_if_fail (STEWARD_IS_REQUEST_PAGE (self), FALSE);
  g_return_val_if_fail (action < STEWARD_REQUEST_N_ACTIONS, FALSE);

  button = self->buttons[action];
  if (self->request == NULL)
    return FALSE;
  if (button == NULL)
    return is_side_step (action) && gtk_widget_get_visible (GTK_WIDGET (self->more_button)) &&
           (steward_request_available_actions (self->request, &self->ledger)
            & STEWARD_REQUEST_ACTION_BIT (action)) != 0;
  return gtk_widget_get_visible (button) && gtk_widget_get_sensitive (button);
}

GtkWindow *
steward_request_page_get_dialog (StewardRequestPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_PAGE (self), NULL);

  return self->dialog;
}

void
steward_request_page_track_dialog (StewardRequestPage *self,
                                   GtkWindow          *dialog)
{
  g_clear_weak_pointer (&self->dialog);
  g_set_weak_pointer (&self->dialog, dialog);
}

static const char *
state_style (StewardState state)
{
  switch (state)
    {
    case STEWARD_STATE_SETTLED:
    case STEWARD_STATE_ACCEPTED:
      return "success";
    case STEWARD_STATE_REJECTED:
    case STEWARD_STATE_CANCELLED:
      return "dim-label";
    case STEWARD_STATE_WAITING_ON_CLIENT:
      return "warning";
    default:
      return "accent";
    }
}

static void
set_badge (GtkLabel   *label,
           const char *text,
           const char *style)
{
  static const char *styles[] = { "accent", "success", "warning", "error", "dim-label" };

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), styles[i]);
  if (style != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (label), style);
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

static char *
client_name (StewardRequestPage *self)
{
  gint64 client_id = steward_service_request_get_client_id (self->request);
  g_autoptr(StewardClient) client = NULL;

  if (self->clients != NULL)
    client = steward_client_repository_load (self->clients, client_id, NULL);
  if (client != NULL)
    return g_strdup (steward_client_get_name (client));

  /* TRANSLATORS: a client that could not be loaded, by its number */
  return g_strdup_printf (_("Client %lld"), (long long) client_id);
}

static void
fill_header (StewardRequestPage *self)
{
  StewardServiceRequest *r = self->request;
  StewardState state = steward_service_request_get_state (r);
  g_autofree char *number = steward_request_format_number (steward_service_request_get_id (r));
  g_autofree char *client = client_name (self);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *submitted = NULL;
  GTimeZone *tz = steward_calendar_get_timezone (steward_desk_get_calendar (self->desk));

  submitted = steward_request_format_instant (steward_service_request_get_submitted_at (r), tz);
  /* TRANSLATORS: the request page's title: the request number and the client */
  title = g_strdup_printf (_("%s · %s"), number, client);
  /* TRANSLATORS: service, priority, channel and submission time, as in
   * "Remote assistance · Urgent · by Email · submitted Mon 9 Mar 10:00" */
  subtitle = g_strdup_printf (_("%s · %s · by %s · submitted %s"),
                              steward_enum_label (STEWARD_TYPE_SERVICE,
                                                  steward_service_request_get_service (r)),
                              steward_enum_label (STEWARD_TYPE_PRIORITY,
                                                  steward_service_request_get_priority (r)),
                              steward_enum_label (STEWARD_TYPE_CHANNEL,
                                                  steward_service_request_get_channel (r)),
                              submitted);

  adw_window_title_set_title (self->window_title, number);
  adw_window_title_set_subtitle (self->window_title, client);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, subtitle);
  set_badge (self->state_label, steward_enum_label (STEWARD_TYPE_STATE, state), state_style (state));
}

static void
fill_deadline (StewardRequestPage *self,
               AdwActionRow       *row,
               GtkLabel           *badge,
               StewardDeadline     which)
{
  StewardDeadlineView view = { 0 };

  steward_deadline_view_init (&view, self->request, steward_desk_get_calendar (self->desk),
                              which, steward_request_page_get_now (self));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), view.title);
  adw_action_row_set_subtitle (row, view.text);
  set_badge (badge, view.badge, view.style);
  steward_deadline_view_clear (&view);
}

static void
fill_actions (StewardRequestPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  const StewardPricing *pricing = steward_desk_get_pricing (self->desk);
  guint mask = steward_request_available_actions (self->request, &self->ledger);
  StewardRequestAction primary = steward_request_primary_action (self->request, &self->ledger,
                                                                 pricing);
  g_autofree char *hint = NULL;
  gboolean side_steps = FALSE;

  for (guint a = 0; a < STEWARD_REQUEST_N_ACTIONS; a++)
    {
      g_autofree char *name = g_strconcat ("request.", steward_request_action_name (a), NULL);
      gboolean on = (mask & STEWARD_REQUEST_ACTION_BIT (a)) != 0;

      gtk_widget_action_set_enabled (widget, name, on);
      if (on && is_side_step (a))
        side_steps = TRUE;
      if (self->buttons[a] == NULL)
        continue;
      gtk_widget_set_visible (self->buttons[a], on);
      if (a == primary)
        gtk_widget_add_css_class (self->buttons[a], "suggested-action");
      else
        gtk_widget_remove_css_class (self->buttons[a], "suggested-action");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->more_button), side_steps);

  /* Say in advance why the next step would be refused (the deposit before start…). */
  if (primary < STEWARD_REQUEST_N_ACTIONS)
    hint = steward_request_action_blocked_reason (self->request, &self->ledger, pricing,
                                                  primary == STEWARD_REQUEST_ACTION_RECORD_DEPOSIT
                                                  ? STEWARD_REQUEST_ACTION_START : primary);
  set_notice (self, hint, FALSE);
}

static void
set_enabled_all (StewardRequestPage *self,
                 gboolean            enabled)
{
  for (guint a = 0; a < STEWARD_REQUEST_N_ACTIONS; a++)
    {
      g_autofree char *name = g_strconcat ("request.", steward_request_action_name (a), NULL);

      gtk_widget_action_set_enabled (GTK_WIDGET (self), name, enabled);
    }
}

static void
refresh (StewardRequestPage *self)
{
  StewardRequestRepository *repo = steward_desk_get_repository (self->desk);
  gint64 id = steward_service_request_get_id (self->request);
  g_autoptr(GPtrArray) payments = steward_request_repository_list_payments (repo, id, NULL);
  g_autoptr(GPtrArray) audit = steward_request_repository_list_audit (repo, id, NULL);
  g_autoptr(GPtrArray) notes = steward_request_repository_list_notes (repo, id, NULL);
  g_autoptr(GPtrArray) feedback = steward_request_repository_list_feedback (repo, id, NULL);

  if (payments == NULL)
    payments = g_ptr_array_new ();
  steward_ledger_compute (&self->ledger, steward_service_request_get_total (self->request),
                          payments);
  g_clear_pointer (&self->payments, g_ptr_array_unref);
  self->payments = g_ptr_array_ref (payments);

  fill_header (self);
  fill_actions (self);
  fill_deadline (self, self->response_row, self->response_badge, STEWARD_DEADLINE_RESPONSE);
  fill_deadline (self, self->delivery_row, self->delivery_badge, STEWARD_DEADLINE_DELIVERY);
  steward_request_page_fill_money (self, payments);
  steward_request_page_fill_details (self);
  steward_request_page_fill_rating (self);
  steward_request_page_fill_notes (self, notes);
  steward_request_page_fill_feedback (self, feedback);
  steward_request_page_fill_timeline (self, audit);
}

gboolean
steward_request_page_show (StewardRequestPage  *self,
                           gint64               id,
                           GError             **error)
{
  g_autoptr(StewardServiceRequest) request = NULL;

  g_return_val_if_fail (STEWARD_IS_REQUEST_PAGE (self), FALSE);
  g_return_val_if_fail (self->desk != NULL || id == 0, FALSE);

  if (id != 0)
    {
      request = steward_desk_load_request (self->desk, id, error);
      if (request == NULL)
        return FALSE;
    }

  g_set_object (&self->request, request);
  set_notice (self, NULL, FALSE);
  if (self->request != NULL)
    refresh (self);
  else
    set_enabled_all (self, FALSE);
  return TRUE;
}

gint64
steward_request_page_get_request_id (StewardRequestPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_PAGE (self), 0);

  return self->request != NULL ? steward_service_request_get_id (self->request) : 0;
}

void
steward_request_page_reload (StewardRequestPage *self)
{
  g_autoptr(StewardServiceRequest) request = NULL;
  g_autofree char *kept = NULL;

  g_return_if_fail (STEWARD_IS_REQUEST_PAGE (self));

  if (self->request == NULL)
    return;

  request = steward_desk_load_request (self->desk, steward_service_request_get_id (self->request),
                                       NULL);
  if (request == NULL)
    return;

  /* A refusal stays readable until the next step; a reload only redraws. */
  kept = self->notice != NULL && gtk_widget_has_css_class (self->notice_box, "refusal")
         ? g_strdup (self->notice) : NULL;
  g_set_object (&self->request, request);
  refresh (self);
  if (kept != NULL)
    set_notice (self, kept, TRUE);
}

void
steward_request_page_after_write (StewardRequestPage *self)
{
  set_notice (self, NULL, FALSE);
  steward_request_page_reload (self);
  g_signal_emit (self, signals[CHANGED], 0, steward_request_page_get_request_id (self));
}

void
steward_request_page_set_desk (StewardRequestPage *self,
                               StewardDesk        *desk)
{
  g_return_if_fail (STEWARD_IS_REQUEST_PAGE (self));
  g_return_if_fail (desk == NULL || STEWARD_IS_DESK (desk));

  if (g_set_object (&self->desk, desk))
    steward_request_page_show (self, 0, NULL);
}

StewardDesk *
steward_request_page_get_desk (StewardRequestPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REQUEST_PAGE (self), NULL);

  return self->desk;
}

void
steward_request_page_set_clients (StewardRequestPage      *self,
                                  StewardClientRepository *clients)
{
  g_return_if_fail (STEWARD_IS_REQUEST_PAGE (self));

  g_set_object (&self->clients, clients);
}

static gboolean
on_tick (gpointer user_data)
{
  StewardRequestPage *self = user_data;

  if (self->request != NULL && self->dialog == NULL)
    steward_request_page_reload (self);
  return G_SOURCE_CONTINUE;
}

static void
steward_request_page_map (GtkWidget *widget)
{
  StewardRequestPage *self = STEWARD_REQUEST_PAGE (widget);

  GTK_WIDGET_CLASS (steward_request_page_parent_class)->map (widget);
  if (self->tick_id == 0)
    self->tick_id = g_timeout_add_seconds (TICK_SECONDS, on_tick, self);
}

static void
steward_request_page_unmap (GtkWidget *widget)
{
  StewardRequestPage *self = STEWARD_REQUEST_PAGE (widget);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  GTK_WIDGET_CLASS (steward_request_page_parent_class)->unmap (widget);
}

static void
add_action_buttons (StewardRequestPage *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *before = NULL;

  for (guint a = 0; a < STEWARD_REQUEST_N_ACTIONS; a++)
    {
      g_autofree char *name = NULL;

      /* Notes and feedback are added where they are listed. */
      if (a == STEWARD_REQUEST_ACTION_ADD_NOTE || a == STEWARD_REQUEST_ACTION_ADD_FEEDBACK)
        continue;

      name = g_strconcat ("request.", steward_request_action_name (a), NULL);
      if (is_side_step (a))
        {
          g_autoptr(GMenuItem) item = g_menu_item_new (steward_request_action_label (a), name);

          g_menu_item_set_attribute (item, "hidden-when", "s", "action-disabled");
          g_menu_append_item (menu, item);
          continue;
        }

      self->buttons[a] = gtk_button_new_with_mnemonic (steward_request_action_label (a));
      /* Shown when a request allows the step: all of them side by side would make the page,
       * and so the window, wider than a laptop screen. */
      gtk_widget_set_visible (self->buttons[a], FALSE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->buttons[a]), name);
      gtk_box_insert_child_after (self->action_box, self->buttons[a], before);
      before = self->buttons[a];
    }

  gtk_menu_button_set_menu_model (self->more_button, G_MENU_MODEL (menu));
}

static void
steward_request_page_dispose (GObject *object)
{
  StewardRequestPage *self = STEWARD_REQUEST_PAGE (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  g_clear_weak_pointer (&self->dialog);
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_REQUEST_PAGE);
  g_clear_object (&self->note_entry);
  g_clear_object (&self->note_shared);
  g_clear_object (&self->feedback_area);
  g_clear_object (&self->feedback_text);
  g_clear_object (&self->request);
  g_clear_object (&self->desk);
  g_clear_object (&self->clients);

  G_OBJECT_CLASS (steward_request_page_parent_class)->dispose (object);
}

static void
steward_request_page_finalize (GObject *object)
{
  StewardRequestPage *self = STEWARD_REQUEST_PAGE (object);

  g_clear_pointer (&self->notice, g_free);
  g_clear_pointer (&self->payments, g_ptr_array_unref);

  G_OBJECT_CLASS (steward_request_page_parent_class)->finalize (object);
}

static void
steward_request_page_class_init (StewardRequestPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_request_page_dispose;
  object_class->finalize = steward_request_page_finalize;
  widget_class->map = steward_request_page_map;
  widget_class->unmap = steward_request_page_unmap;

  /* Emitted with the request id after every successful write from this page. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-request-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, StewardRequestPage, name)
  BIND (window_title);
  BIND (title_label);
  BIND (subtitle_label);
  BIND (state_label);
  BIND (action_box);
  BIND (more_button);
  BIND (notice_revealer);
  BIND (notice_box);
  BIND (notice_icon);
  BIND (notice_label);
  BIND (response_row);
  BIND (response_badge);
  BIND (delivery_row);
  BIND (delivery_badge);
  BIND (money_list);
  BIND (details_list);
  BIND (rating_group);
  BIND (rating_row);
  BIND (notes_list);
  BIND (feedback_group);
  BIND (feedback_list);
  BIND (timeline_list);
#undef BIND

  steward_request_page_class_init_actions (widget_class);
  steward_request_page_class_init_reversal (widget_class);
}

static void
steward_request_page_init (StewardRequestPage *self)
{
  self->fixed_now = STEWARD_TIME_NONE;
  gtk_widget_init_template (GTK_WIDGET (self));
  add_action_buttons (self);
  set_enabled_all (self, FALSE);
}
