/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-requests-page"

#include "config.h"

#include "steward-requests-page.h"

#include <glib/gi18n-lib.h>

#include "steward-back-button.h"
#include "steward-deadline-watch.h"
#include "steward-new-request-dialog.h"
#include "steward-requests-page-private.h"
#include "steward-store-clients.h"
#include "steward-templates-dialog.h"
#include "steward-ui-util.h"

G_DEFINE_FINAL_TYPE (StewardRequestsPage, steward_requests_page, ADW_TYPE_BIN)

GtkWidget *
steward_requests_page_new (void)
{
  return g_object_new (STEWARD_TYPE_REQUESTS_PAGE, NULL);
}

GListModel *
steward_requests_page_get_model (StewardRequestsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REQUESTS_PAGE (self), NULL);

  return self->model != NULL ? G_LIST_MODEL (self->model) : NULL;
}

static void
update_view (StewardRequestsPage *self)
{
  guint n = self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
  gboolean narrowed = gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0' ||
                      gtk_drop_down_get_selected (self->state_dropdown) > 0 ||
                      self->client_id != 0 || _steward_requests_page_has_filters (self);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u request",
                                                         "%u requests", n), n);

  adw_window_title_set_subtitle (self->title, self->model != NULL ? count : NULL);
  if (self->model == NULL)
    gtk_stack_set_visible_child_name (self->view_stack, "no-database");
  else if (n > 0)
    gtk_stack_set_visible_child_name (self->view_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->view_stack, narrowed ? "no-match" : "empty");
}

static void
reload (StewardRequestsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->model == NULL)
    return;

  steward_request_list_model_set_now (self->model, self->fixed_now);
  if (!steward_request_list_model_reload (self->model, &error))
    steward_widget_show_error (GTK_WIDGET (self), error);
  update_view (self);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "request") == 0)
    steward_request_page_reload (self->request_page);
}

void
steward_requests_page_set_store (StewardRequestsPage *self,
                                 StewardStore        *store,
                                 StewardDesk         *desk)
{
  g_return_if_fail (STEWARD_IS_REQUESTS_PAGE (self));

  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_set_object (&self->store, store);
  g_set_object (&self->desk, desk);
  steward_request_page_set_desk (self->request_page, desk);

  if (store != NULL)
    {
      self->model = steward_request_list_model_new (store);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      g_signal_connect_object (self->model, "items-changed", G_CALLBACK (update_view), self,
                               G_CONNECT_SWAPPED);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
      steward_request_list_model_set_now (self->model, self->fixed_now);
      _steward_requests_page_apply_filters (self);
    }

  gtk_stack_set_visible_child_name (self->stack, "list");
  update_view (self);
}

void
steward_requests_page_set_time (StewardRequestsPage *self,
                                gint64               now)
{
  g_return_if_fail (STEWARD_IS_REQUESTS_PAGE (self));

  self->fixed_now = now;
  steward_request_page_set_time (self->request_page, now);
  reload (self);
}

gboolean
steward_requests_page_open_request (StewardRequestsPage  *self,
                                    gint64                id,
                                    GError              **error)
{
  g_return_val_if_fail (STEWARD_IS_REQUESTS_PAGE (self), FALSE);

  if (!steward_request_page_show (self->request_page, id, error))
    return FALSE;
  gtk_stack_set_visible_child_name (self->stack, "request");
  return TRUE;
}

static void
update_client_chip (StewardRequestsPage *self)
{
  g_autoptr(StewardClient) client = NULL;
  g_autoptr(StewardStoreClients) own = NULL;
  StewardClientRepository *clients = NULL;

  if (self->app != NULL)
    clients = steward_application_get_client_repository (self->app);
  if (clients == NULL && self->store != NULL)
    {
      own = steward_store_clients_new (self->store);
      clients = STEWARD_CLIENT_REPOSITORY (own);
    }
  if (self->client_id != 0 && clients != NULL)
    client = steward_client_repository_load (clients, self->client_id, NULL);

  gtk_label_set_text (self->client_chip_label, client != NULL ? steward_client_get_name (client) : "");
  gtk_widget_set_visible (self->client_chip, self->client_id != 0);
}

void
steward_requests_page_filter_client (StewardRequestsPage *self,
                                     gint64               client_id)
{
  g_return_if_fail (STEWARD_IS_REQUESTS_PAGE (self));

  self->client_id = client_id;
  update_client_chip (self);
  _steward_requests_page_apply_filters (self);
  gtk_stack_set_visible_child_name (self->stack, "list");
  update_view (self);
}

static void
bind_application_store (StewardRequestsPage *self)
{
  StewardApplication *app = self->app;

  steward_requests_page_set_store (self, steward_application_get_store (app),
                                   steward_application_get_desk (app));
  steward_request_page_set_clients (self->request_page,
                                    steward_application_get_client_repository (app));
}

static void
steward_requests_page_set_application (GtkWidget          *widget,
                                       StewardApplication *app)
{
  StewardRequestsPage *self = STEWARD_REQUESTS_PAGE (widget);

  self->app = app;
  g_signal_connect_object (app, "notify::store", G_CALLBACK (bind_application_store), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (app, "data-changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  bind_application_store (self);
  steward_deadline_watch_install (app);
}

static void
on_search_changed (StewardRequestsPage *self)
{
  if (self->model == NULL)
    return;
  steward_request_list_model_set_search (self->model,
                                         gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_view (self);
}

static void
on_stop_search (StewardRequestsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_filter_changed (StewardRequestsPage *self)
{
  _steward_requests_page_apply_filters (self);
  update_view (self);
}

static void
on_sorter_changed (StewardRequestsPage *self)
{
  StewardRequestSort sort = STEWARD_REQUEST_SORT_SUBMITTED;
  gboolean descending = TRUE;

  if (self->model == NULL)
    return;
  /* No column chosen: the default, newest first. */
  _steward_requests_page_read_sort (self, &sort, &descending);
  steward_request_list_model_set_sort (self->model, sort, descending);
}

static void
on_column_view_activate (StewardRequestsPage *self,
                         guint                position)
{
  g_autoptr(StewardServiceRequest) request = g_list_model_get_item (G_LIST_MODEL (self->model),
                                                                    position);
  g_autoptr(GError) error = NULL;

  if (request != NULL &&
      !steward_requests_page_open_request (self, steward_service_request_get_id (request), &error))
    steward_widget_show_error (GTK_WIDGET (self), error);
}

static void
on_request_changed (StewardRequestsPage *self)
{
  /* Other pages (the dashboard, the client's page) show request figures too. */
  if (self->app != NULL)
    steward_application_data_changed (self->app);
  else
    reload (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StewardRequestsPage *self = STEWARD_REQUESTS_PAGE (widget);

  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_request_created (StewardRequestsPage *self,
                    gint64               id)
{
  on_request_changed (self);
  steward_requests_page_open_request (self, id, NULL);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  StewardRequestsPage *self = STEWARD_REQUESTS_PAGE (widget);
  StewardNewRequestDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->desk == NULL || self->store == NULL)
    return;

  dialog = steward_new_request_dialog_new (self->store, self->desk,
                                           _steward_requests_page_now (self));
  if (self->client_id != 0)
    steward_new_request_dialog_set_client (dialog, self->client_id);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_request_created), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!steward_requests_page_open_request (STEWARD_REQUESTS_PAGE (widget),
                                           g_variant_get_int64 (parameter), &error))
    steward_widget_show_error (widget, error);
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StewardRequestsPage *self = STEWARD_REQUESTS_PAGE (widget);

  gtk_stack_set_visible_child_name (self->stack, "list");
  reload (self);
}

static void
filter_client_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  steward_requests_page_filter_client (STEWARD_REQUESTS_PAGE (widget),
                                       parameter != NULL ? g_variant_get_int64 (parameter) : 0);
}

static void
reset_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  StewardRequestsPage *self = STEWARD_REQUESTS_PAGE (widget);

  _steward_requests_page_reset_filters (self);
  update_view (self);
}

static void
templates_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StewardRequestsPage *self = STEWARD_REQUESTS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *dialog;

  if (self->store == NULL)
    return;
  dialog = GTK_WINDOW (steward_templates_dialog_new (self->store));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
  gtk_window_present (dialog);
}

static void
steward_requests_page_dispose (GObject *object)
{
  StewardRequestsPage *self = STEWARD_REQUESTS_PAGE (object);

  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->store);
  g_clear_object (&self->desk);
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_REQUESTS_PAGE);

  G_OBJECT_CLASS (steward_requests_page_parent_class)->dispose (object);
}

static void
steward_requests_page_class_init (StewardRequestsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_requests_page_dispose;

  g_type_ensure (STEWARD_TYPE_BACK_BUTTON);
  g_type_ensure (STEWARD_TYPE_REQUEST_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-requests-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, StewardRequestsPage, name)
  BIND (stack);
  BIND (title);
  BIND (search_entry);
  BIND (client_chip);
  BIND (client_chip_label);
  BIND (state_dropdown);
  BIND (filter_button);
  BIND (service_row);
  BIND (category_row);
  BIND (priority_row);
  BIND (sla_row);
  BIND (date_row);
  BIND (view_stack);
  BIND (column_view);
  BIND (request_page);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_request_changed);

  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "requests.open", "x", open_action);
  gtk_widget_class_install_action (widget_class, "requests.show-list", NULL, show_list_action);
  gtk_widget_class_install_action (widget_class, "requests.filter-client", "x",
                                   filter_client_action);
  gtk_widget_class_install_action (widget_class, "requests.clear-client", NULL,
                                   filter_client_action);
  gtk_widget_class_install_action (widget_class, "requests.reset-filters", NULL,
                                   reset_filters_action);
  gtk_widget_class_install_action (widget_class, "requests.templates", NULL, templates_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "requests.show-list", NULL);
}

static void
steward_requests_page_init (StewardRequestsPage *self)
{
  self->fixed_now = STEWARD_TIME_NONE;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_entry_set_search_delay (self->search_entry, 150);

  _steward_requests_page_init_filters (self);
  _steward_requests_page_add_columns (self);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed), self, G_CONNECT_SWAPPED);

  update_view (self);
  steward_widget_watch_application (GTK_WIDGET (self), steward_requests_page_set_application);
}
