/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-complaints-page"

#include "config.h"

#include "steward-complaints-page.h"

#include <glib/gi18n-lib.h>

#include "steward-back-button.h"
#include "steward-client.h"
#include "steward-complaint-dialog.h"
#include "steward-complaint-rules.h"
#include "steward-enums.h"
#include "steward-time.h"
#include "steward-ui-util.h"

struct _StewardComplaintsPage
{
  AdwBin                   parent_instance;

  /* template widgets */
  GtkStack                *stack;        /* the bin's child */
  GtkDropDown             *filter_dropdown;
  GtkToggleButton         *overdue_button;
  AdwWindowTitle          *window_title;
  GtkStack                *list_stack;
  AdwStatusPage           *empty_page;
  GtkListBox              *list;
  StewardComplaintView    *view;

  /* owned */
  StewardComplaintDesk    *desk;
  StewardClientRepository *clients;
  StewardStore            *store;          /* the clients and requests the dialog offers */
  GtkWindow               *dialog;         /* weak: the open Receive Complaint dialog */
  GHashTable              *client_names;   /* gint64 * → char *, a cache */
  GHashTable              *rows;           /* gint64 * → GtkWidget * (borrowed) */
  gint64                   now;
  guint                    n_shown;

  /* borrowed: NULL for a page outside the application (tests) */
  StewardApplication      *app;
};

G_DEFINE_FINAL_TYPE (StewardComplaintsPage, steward_complaints_page, ADW_TYPE_BIN)

/* The order of the filter menu. */
static const StewardComplaintFilter filters[] = {
  STEWARD_COMPLAINT_FILTER_OPEN,
  STEWARD_COMPLAINT_FILTER_RECEIVED,
  STEWARD_COMPLAINT_FILTER_ACCEPTED,
  STEWARD_COMPLAINT_FILTER_RESOLVED,
  STEWARD_COMPLAINT_FILTER_CLOSED,
  STEWARD_COMPLAINT_FILTER_ALL,
};

GtkWidget *
steward_complaints_page_new (void)
{
  return g_object_new (STEWARD_TYPE_COMPLAINTS_PAGE, NULL);
}

static gint64
page_now (StewardComplaintsPage *self)
{
  return self->now != 0 ? self->now : steward_time_now ();
}

static const char *
client_name (StewardComplaintsPage *self,
             gint64                 client_id)
{
  const char *name = g_hash_table_lookup (self->client_names, &client_id);
  g_autoptr(StewardClient) client = NULL;
  gint64 *key;

  if (name != NULL)
    return name;
  if (self->clients != NULL)
    client = steward_client_repository_load (self->clients, client_id, NULL);

  key = g_new (gint64, 1);
  *key = client_id;
  if (client != NULL)
    g_hash_table_insert (self->client_names, key, g_strdup (steward_client_get_name (client)));
  else
    g_hash_table_insert (self->client_names, key,
                         g_strdup_printf (_("Client #%lld"), (long long) client_id));
  return g_hash_table_lookup (self->client_names, &client_id);
}

static GtkWidget *
clock_line (StewardComplaint      *complaint,
            StewardComplaintClock  clock,
            gint64                 now)
{
  g_auto(StewardClockView) view = { 0 };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text;

  steward_complaint_clock_view (complaint, clock, now, &view);
  text = gtk_label_new (view.text);
  gtk_label_set_xalign (GTK_LABEL (text), 1.0f);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_add_css_class (text, "caption");
  if (view.style == NULL || g_str_equal (view.style, "success"))
    gtk_widget_add_css_class (text, "dim-label");
  else
    gtk_widget_add_css_class (text, view.style);
  gtk_box_append (GTK_BOX (box), text);

  if (view.badge != NULL)
    {
      GtkWidget *badge = gtk_label_new (view.badge);

      gtk_widget_add_css_class (badge, "complaint-badge");
      gtk_widget_add_css_class (badge, view.style);
      gtk_box_append (GTK_BOX (box), badge);
    }
  return box;
}

static GtkWidget *
complaint_row (StewardComplaintsPage *self,
               StewardComplaint      *complaint,
               gint64                 now)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *clocks = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autoptr(GDateTime) received = steward_time_to_date_time (steward_complaint_get_received_at (complaint), NULL);
  g_autofree char *when = g_date_time_format (received, "%Y-%m-%d %H:%M");
  g_autofree char *request = NULL;
  g_autofree char *subtitle = NULL;
  gint64 request_id = steward_complaint_get_request_id (complaint);
  const char *state = steward_enum_label (STEWARD_TYPE_COMPLAINT_STATE,
                                          steward_complaint_get_state (complaint));
  const char *channel = steward_enum_label (STEWARD_TYPE_COMPLAINT_CHANNEL,
                                            steward_complaint_get_channel (complaint));

  if (request_id != 0)
    request = g_strdup_printf (_("request #%lld"), (long long) request_id);
  else
    request = g_strdup (_("no request"));
  /* TRANSLATORS: under a complaint's summary: client · channel · request · received · state. */
  subtitle = g_strdup_printf (_("%s · %s · %s · %s · %s"),
                              client_name (self, steward_complaint_get_client_id (complaint)),
                              channel, request, when, state);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  /* The time left is never cut; narrow, the summary and its line give way (a box allocates a
   * wrapping label by the height it is given, so unbounded they would push the clocks out). */
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), steward_complaint_get_summary (complaint));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_valign (clocks, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (clocks), clock_line (complaint, STEWARD_COMPLAINT_CLOCK_ACCEPT, now));
  gtk_box_append (GTK_BOX (clocks), clock_line (complaint, STEWARD_COMPLAINT_CLOCK_RESOLVE, now));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), clocks);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  g_object_set_data (G_OBJECT (row), "complaint-id",
                     GSIZE_TO_POINTER ((gsize) steward_complaint_get_id (complaint)));
  return row;
}

static StewardComplaintFilter
current_filter (StewardComplaintsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->filter_dropdown);

  return selected < G_N_ELEMENTS (filters) ? filters[selected] : STEWARD_COMPLAINT_FILTER_OPEN;
}

static void
update_title (StewardComplaintsPage *self,
              guint                  open,
              guint                  overdue)
{
  g_autofree char *subtitle = NULL;

  if (overdue > 0)
    /* TRANSLATORS: the complaints page's subtitle: "4 open, 1 overdue". */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open, %u overdue",
                                             "%u open, %u overdue", open),
                                open, overdue);
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open", "%u open", open), open);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

void
steward_complaints_page_reload (StewardComplaintsPage *self)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  StewardComplaintFilter filter = current_filter (self);
  gboolean overdue_only = gtk_toggle_button_get_active (self->overdue_button);
  gint64 now = page_now (self);
  guint open = 0, overdue = 0;
  GtkWidget *child;

  g_return_if_fail (STEWARD_IS_COMPLAINTS_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_hash_table_remove_all (self->rows);
  self->n_shown = 0;

  if (self->desk == NULL)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "no-database");
      return;
    }

  all = steward_complaint_repository_list_received (steward_complaint_desk_get_repository (self->desk),
                                                    STEWARD_TIME_NONE, STEWARD_TIME_NONE, &error);
  if (all == NULL)
    {
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
      return;
    }

  /* Newest first: the list is read top-down, and what just came in needs accepting. */
  for (guint i = all->len; i > 0; i--)
    {
      StewardComplaint *complaint = g_ptr_array_index (all, i - 1);
      GtkWidget *row;
      gint64 *key;

      open += steward_complaint_get_state (complaint) != STEWARD_COMPLAINT_STATE_CLOSED;
      overdue += steward_complaint_is_overdue (complaint, now);
      if (!steward_complaint_filter_matches (complaint, filter, overdue_only, now))
        continue;

      row = complaint_row (self, complaint, now);
      gtk_list_box_append (self->list, row);
      key = g_new (gint64, 1);
      *key = steward_complaint_get_id (complaint);
      g_hash_table_insert (self->rows, key, row);
      self->n_shown++;
    }

  update_title (self, open, overdue);
  gtk_stack_set_visible_child_name (self->list_stack, self->n_shown > 0 ? "list" : "empty");
}

static void
show_complaint (StewardComplaintsPage *self,
                gint64                 id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardComplaint) complaint = NULL;

  if (self->desk == NULL)
    return;

  complaint = steward_complaint_repository_load (steward_complaint_desk_get_repository (self->desk),
                                                 id, &error);
  if (complaint == NULL)
    {
      g_warning ("%s", error->message);
      return;
    }

  steward_complaint_view_show (self->view, complaint,
                               client_name (self, steward_complaint_get_client_id (complaint)));
  gtk_stack_set_visible_child_name (self->stack, "complaint");
}

static void
on_row_activated (GtkListBox            *list,
                  GtkListBoxRow         *row,
                  StewardComplaintsPage *self)
{
  show_complaint (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "complaint-id")));
}

static void
on_view_back (StewardComplaintsPage *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
show_complaint_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  show_complaint (STEWARD_COMPLAINTS_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
update_new_action (StewardComplaintsPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new",
                                 self->desk != NULL && self->store != NULL);
}

static void
on_complaint_received (StewardComplaintsPage *self,
                       gint64                 id)
{
  if (self->app != NULL)
    steward_application_data_changed (self->app);
  else
    steward_complaints_page_reload (self);
}

/* Ctrl+N: "Receive Complaint"; its clocks start at the receipt time the dialog records. */
static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  StewardComplaintsPage *self = STEWARD_COMPLAINTS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  StewardComplaintDialog *dialog;

  if (self->desk == NULL || self->store == NULL)
    return;

  dialog = steward_complaint_dialog_new (self->desk, self->store,
                                         self->now != 0 ? self->now
                                                        : g_get_real_time () / G_USEC_PER_SEC);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "received", G_CALLBACK (on_complaint_received), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkWindow *
steward_complaints_page_get_dialog (StewardComplaintsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINTS_PAGE (self), NULL);

  return self->dialog;
}

void
steward_complaints_page_set_store (StewardComplaintsPage *self,
                                   StewardStore          *store)
{
  g_return_if_fail (STEWARD_IS_COMPLAINTS_PAGE (self));
  g_return_if_fail (store == NULL || STEWARD_IS_STORE (store));

  if (g_set_object (&self->store, store))
    update_new_action (self);
}


void
steward_complaints_page_set_desk (StewardComplaintsPage *self,
                                  StewardComplaintDesk  *desk)
{
  g_return_if_fail (STEWARD_IS_COMPLAINTS_PAGE (self));
  g_return_if_fail (desk == NULL || STEWARD_IS_COMPLAINT_DESK (desk));

  if (!g_set_object (&self->desk, desk))
    return;

  steward_complaint_view_set_desk (self->view, desk);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.show-complaint", desk != NULL);
  update_new_action (self);
  gtk_stack_set_visible_child_name (self->stack, "list");
  steward_complaints_page_reload (self);
}

void
steward_complaints_page_set_client_repository (StewardComplaintsPage   *self,
                                               StewardClientRepository *clients)
{
  g_return_if_fail (STEWARD_IS_COMPLAINTS_PAGE (self));
  g_return_if_fail (clients == NULL || STEWARD_IS_CLIENT_REPOSITORY (clients));

  if (!g_set_object (&self->clients, clients))
    return;
  g_hash_table_remove_all (self->client_names);
  steward_complaints_page_reload (self);
}

void
steward_complaints_page_set_filter (StewardComplaintsPage  *self,
                                    StewardComplaintFilter  filter,
                                    gboolean                overdue_only)
{
  g_return_if_fail (STEWARD_IS_COMPLAINTS_PAGE (self));

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    if (filters[i] == filter)
      gtk_drop_down_set_selected (self->filter_dropdown, i);
  gtk_toggle_button_set_active (self->overdue_button, overdue_only);
  steward_complaints_page_reload (self);
}

guint
steward_complaints_page_get_n_shown (StewardComplaintsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINTS_PAGE (self), 0);

  return self->n_shown;
}

GtkWidget *
steward_complaints_page_get_row (StewardComplaintsPage *self,
                                 gint64                 id)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINTS_PAGE (self), NULL);

  return g_hash_table_lookup (self->rows, &id);
}

StewardComplaintView *
steward_complaints_page_get_view (StewardComplaintsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINTS_PAGE (self), NULL);

  return self->view;
}

gboolean
steward_complaints_page_get_showing_complaint (StewardComplaintsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINTS_PAGE (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "complaint") == 0;
}

void
steward_complaints_page_set_now (StewardComplaintsPage *self,
                                 gint64                 now)
{
  g_return_if_fail (STEWARD_IS_COMPLAINTS_PAGE (self));

  self->now = now;
  steward_complaint_view_set_now (self->view, now);
  steward_complaints_page_reload (self);
}

static void
bind_store (StewardComplaintsPage *self)
{
  StewardComplaintRepository *repository = steward_application_get_complaint_repository (self->app);
  StewardDesk *desk = steward_application_get_desk (self->app);
  g_autoptr(StewardComplaintDesk) complaint_desk = NULL;

  if (repository != NULL && desk != NULL)
    complaint_desk = steward_complaint_desk_new (repository, desk);
  steward_complaints_page_set_client_repository (self, steward_application_get_client_repository (self->app));
  steward_complaints_page_set_store (self, steward_application_get_store (self->app));
  steward_complaints_page_set_desk (self, complaint_desk);
}

static void
on_data_changed (StewardComplaintsPage *self)
{
  g_hash_table_remove_all (self->client_names);
  steward_complaints_page_reload (self);
}

static void
on_view_changed (StewardComplaintsPage *self)
{
  /* A remedy wrote a request or a payment: the other pages show it too. */
  if (self->app != NULL)
    steward_application_data_changed (self->app);
  else
    steward_complaints_page_reload (self);
}

static void
set_application (GtkWidget          *widget,
                 StewardApplication *app)
{
  StewardComplaintsPage *self = STEWARD_COMPLAINTS_PAGE (widget);

  self->app = app;
  g_signal_connect_object (app, "notify::store", G_CALLBACK (bind_store), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (app, "data-changed", G_CALLBACK (on_data_changed), self,
                           G_CONNECT_SWAPPED);
  bind_store (self);
}

static void
steward_complaints_page_dispose (GObject *object)
{
  StewardComplaintsPage *self = STEWARD_COMPLAINTS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_COMPLAINTS_PAGE);
  g_clear_object (&self->desk);
  g_clear_object (&self->clients);
  g_clear_object (&self->store);
  g_clear_weak_pointer (&self->dialog);
  g_clear_pointer (&self->client_names, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (steward_complaints_page_parent_class)->dispose (object);
}

static void
steward_complaints_page_class_init (StewardComplaintsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_complaints_page_dispose;

  g_type_ensure (STEWARD_TYPE_BACK_BUTTON);
  g_type_ensure (STEWARD_TYPE_COMPLAINT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-complaints-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintsPage, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintsPage, overdue_button);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintsPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintsPage, list);
  gtk_widget_class_bind_template_child (widget_class, StewardComplaintsPage, view);

  gtk_widget_class_install_action (widget_class, "page.show-complaint", "x",
                                   show_complaint_action);
  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
}

static void
steward_complaints_page_init (StewardComplaintsPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The stack is the bin's own child, which AdwBin unparents itself. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  self->client_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    gtk_string_list_append (labels, steward_complaint_filter_label (filters[i]));
  gtk_drop_down_set_model (self->filter_dropdown, G_LIST_MODEL (labels));

  g_signal_connect_object (self->filter_dropdown, "notify::selected",
                           G_CALLBACK (steward_complaints_page_reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->overdue_button, "toggled",
                           G_CALLBACK (steward_complaints_page_reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (on_row_activated), self, 0);
  g_signal_connect_object (self->view, "back", G_CALLBACK (on_view_back), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "changed", G_CALLBACK (on_view_changed),
                           self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.show-complaint", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new", FALSE);
  gtk_stack_set_visible_child_name (self->list_stack, "no-database");
  steward_widget_watch_application (GTK_WIDGET (self), set_application);
}
