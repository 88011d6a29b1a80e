/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-packages-page"

#include "config.h"

#include "steward-packages-page.h"

#include <glib/gi18n-lib.h>

#include "steward-back-button.h"
#include "steward-client.h"
#include "steward-client-picker.h"
#include "steward-money.h"
#include "steward-package-dialog.h"
#include "steward-package-view.h"
#include "steward-store-clients.h"
#include "steward-store-packages.h"
#include "steward-time.h"
#include "steward-ui-util.h"

struct _StewardPackagesPage
{
  AdwBin                  parent_instance;

  /* template widgets */
  AdwWindowTitle         *title;
  GtkSearchEntry         *client_search;
  GtkListView            *client_list;
  GtkStack               *content_stack;
  AdwLeaflet             *leaflet;
  GtkWidget              *list_pane;
  GtkBox                 *packages_box;

  /* owned */
  StewardStore           *store;
  StewardDesk            *desk;
  GtkSingleSelection     *selection;
  GPtrArray              *packages;      /* StewardMonthlyPackage of the shown client */
  gint64                  client_id;
  char                   *client_name;
  gint64                  fixed_now;

  /* borrowed */
  StewardApplication     *app;
};

G_DEFINE_FINAL_TYPE (StewardPackagesPage, steward_packages_page, ADW_TYPE_BIN)

GtkWidget *
steward_packages_page_new (void)
{
  return g_object_new (STEWARD_TYPE_PACKAGES_PAGE, NULL);
}

static gint64
page_now (StewardPackagesPage *self)
{
  return self->fixed_now != STEWARD_TIME_NONE ? self->fixed_now : steward_time_now ();
}

static GTimeZone *
page_tz (StewardPackagesPage *self)
{
  return self->desk != NULL ? steward_calendar_get_timezone (steward_desk_get_calendar (self->desk))
                            : NULL;
}

void
steward_packages_page_set_time (StewardPackagesPage *self,
                                gint64               now)
{
  g_return_if_fail (STEWARD_IS_PACKAGES_PAGE (self));

  self->fixed_now = now;
  if (self->client_id != 0)
    steward_packages_page_show_client (self, self->client_id);
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
on_statement_export (StewardPackagesPage *self,
                     StewardPackageView  *view)
{
  steward_package_view_export (view, gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
fill_client (StewardPackagesPage *self)
{
  g_autoptr(GError) error = NULL;

  clear_box (self->packages_box);
  g_clear_pointer (&self->packages, g_ptr_array_unref);
  self->packages = steward_store_packages_list_for_client (self->store, self->client_id, &error);
  if (self->packages == NULL)
    {
      steward_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  if (self->packages->len == 0)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "x-office-calendar-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Monthly Package"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                       _("Support incidents of this client are charged one by "
                                         "one. Sell a package to include a monthly quota."));
      gtk_box_append (self->packages_box, status);
      return;
    }

  /* Newest package first: the one that matters this month is usually the latest. */
  for (guint i = self->packages->len; i > 0; i--)
    {
      StewardPackageView *view = steward_package_view_new (self->store,
                                                           g_ptr_array_index (self->packages, i - 1),
                                                           self->client_name, page_now (self),
                                                           page_tz (self));

      g_signal_connect_object (view, "export", G_CALLBACK (on_statement_export), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (self->packages_box, GTK_WIDGET (view));
    }
}

void
steward_packages_page_show_client (StewardPackagesPage *self,
                                   gint64               client_id)
{
  g_autoptr(StewardClient) client = NULL;
  StewardClientRepository *repo = NULL;

  g_return_if_fail (STEWARD_IS_PACKAGES_PAGE (self));

  self->client_id = client_id;
  g_clear_pointer (&self->client_name, g_free);
  if (self->store == NULL || client_id == 0)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "none");
      adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
      adw_window_title_set_subtitle (self->title, NULL);
      return;
    }

  if (self->app != NULL)
    repo = steward_application_get_client_repository (self->app);
  if (repo != NULL)
    client = steward_client_repository_load (repo, client_id, NULL);
  else
    {
      g_autoptr(StewardStoreClients) clients = steward_store_clients_new (self->store);

      client = steward_client_repository_load (STEWARD_CLIENT_REPOSITORY (clients), client_id, NULL);
    }
  self->client_name = client != NULL ? g_strdup (steward_client_get_name (client))
                                     : g_strdup_printf (_("Client %lld"), (long long) client_id);
  adw_window_title_set_subtitle (self->title, self->client_name);
  fill_client (self);
  gtk_stack_set_visible_child_name (self->content_stack, "client");
  /* Folded, the client's packages take the place of the list. */
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
}

guint
steward_packages_page_get_n_packages (StewardPackagesPage *self)
{
  g_return_val_if_fail (STEWARD_IS_PACKAGES_PAGE (self), 0);

  return self->packages != NULL ? self->packages->len : 0;
}

static void
on_client_selected (StewardPackagesPage *self)
{
  StewardClient *client = gtk_single_selection_get_selected_item (self->selection);

  if (client == NULL)
    return;
  steward_packages_page_show_client (self, steward_client_get_id (client));
  g_free (self->client_name);
  self->client_name = g_strdup (steward_client_get_name (client));
  adw_window_title_set_subtitle (self->title, self->client_name);
}

static void
on_client_search_changed (StewardPackagesPage *self)
{
  if (self->selection == NULL)
    return;
  steward_client_list_model_set_search (steward_client_picker_get_clients (self->selection),
                                        gtk_editable_get_text (GTK_EDITABLE (self->client_search)));
}

void
steward_packages_page_set_store (StewardPackagesPage *self,
                                 StewardStore        *store,
                                 StewardDesk         *desk)
{
  g_return_if_fail (STEWARD_IS_PACKAGES_PAGE (self));

  steward_client_picker_detach (self->client_list);
  g_clear_object (&self->selection);
  g_set_object (&self->store, store);
  g_set_object (&self->desk, desk);

  if (store != NULL)
    {
      self->selection = steward_client_picker_attach (self->client_list, store);
      g_signal_connect_object (self->selection, "notify::selected",
                               G_CALLBACK (on_client_selected), self, G_CONNECT_SWAPPED);
    }
  steward_packages_page_show_client (self, 0);
}

static void
bind_application_store (StewardPackagesPage *self)
{
  steward_packages_page_set_store (self, steward_application_get_store (self->app),
                                   steward_application_get_desk (self->app));
}

static void
reload (StewardPackagesPage *self)
{
  if (self->selection != NULL)
    steward_client_list_model_reload (steward_client_picker_get_clients (self->selection), NULL);
  if (self->client_id != 0)
    fill_client (self);
}

static void
set_application (GtkWidget          *widget,
                 StewardApplication *app)
{
  StewardPackagesPage *self = STEWARD_PACKAGES_PAGE (widget);

  self->app = app;
  g_signal_connect_object (app, "notify::store", G_CALLBACK (bind_application_store), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (app, "data-changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  bind_application_store (self);
}

static void
on_package_sold (StewardPackagesPage *self)
{
  if (self->app != NULL)
    steward_application_data_changed (self->app);
  else
    reload (self);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  StewardPackagesPage *self = STEWARD_PACKAGES_PAGE (widget);
  StewardPackageDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->store == NULL || self->desk == NULL)
    return;
  if (self->client_id == 0)
    {
      steward_widget_add_toast (widget, adw_toast_new (_("Choose the client first")));
      return;
    }

  dialog = steward_package_dialog_new (self->store, steward_desk_get_pricing (self->desk),
                                       self->client_id, self->client_name, page_now (self),
                                       page_tz (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_package_sold), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (STEWARD_PACKAGES_PAGE (widget)->client_search));
}

static void
steward_packages_page_dispose (GObject *object)
{
  StewardPackagesPage *self = STEWARD_PACKAGES_PAGE (object);

  steward_client_picker_detach (self->client_list);
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_PACKAGES_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);
  g_clear_object (&self->desk);
  g_clear_pointer (&self->packages, g_ptr_array_unref);
  g_clear_pointer (&self->client_name, g_free);

  G_OBJECT_CLASS (steward_packages_page_parent_class)->dispose (object);
}

/* packages.open (id): the package's client, with its packages (win.open from a client's
 * history or the dashboard). */
static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StewardPackagesPage *self = STEWARD_PACKAGES_PAGE (widget);
  g_autoptr(StewardMonthlyPackage) package = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  package = steward_store_packages_load (self->store, g_variant_get_int64 (parameter), &error);
  if (package == NULL)
    {
      steward_widget_show_error (widget, error);
      return;
    }
  steward_packages_page_show_client (self, steward_monthly_package_get_client_id (package));
}

static void
steward_packages_page_class_init (StewardPackagesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_packages_page_dispose;

  g_type_ensure (STEWARD_TYPE_BACK_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-packages-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardPackagesPage, title);
  gtk_widget_class_bind_template_child (widget_class, StewardPackagesPage, client_search);
  gtk_widget_class_bind_template_child (widget_class, StewardPackagesPage, client_list);
  gtk_widget_class_bind_template_child (widget_class, StewardPackagesPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, StewardPackagesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, StewardPackagesPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, StewardPackagesPage, packages_box);
  gtk_widget_class_bind_template_callback (widget_class, on_client_search_changed);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "packages.open", "x", open_action);
}

static void
steward_packages_page_init (StewardPackagesPage *self)
{
  self->fixed_now = STEWARD_TIME_NONE;
  gtk_widget_init_template (GTK_WIDGET (self));

  steward_widget_watch_application (GTK_WIDGET (self), set_application);
}
