/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-clients-page"

#include "config.h"

#include "steward-clients-page.h"
#include "steward-clients-page-private.h"

#include <glib/gi18n-lib.h>

#include "steward-back-button.h"
#include "steward-client-dialog.h"
#include "steward-client-format.h"
#include "steward-import-dialog.h"
#include "steward-store-clients.h"
#include "steward-ui-util.h"

/* After a reload the selected client is looked for this far either side of where it was, so
 * another process's insertions rarely lose it while a reload reads at most a few pages. */
#define RESELECT_WINDOW 400

G_DEFINE_FINAL_TYPE (StewardClientsPage, steward_clients_page, ADW_TYPE_BIN)

static void steward_clients_page_update_view (StewardClientsPage *self);

GtkWidget *
steward_clients_page_new (void)
{
  return g_object_new (STEWARD_TYPE_CLIENTS_PAGE, NULL);
}

StewardClientListModel *
steward_clients_page_get_model (StewardClientsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_CLIENTS_PAGE (self), NULL);

  return self->model;
}

StewardClient *
steward_clients_page_get_selected (StewardClientsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_CLIENTS_PAGE (self), NULL);

  if (self->selection == NULL || gtk_single_selection_get_selected_item (self->selection) == NULL)
    return NULL;
  return steward_row_get_item (gtk_single_selection_get_selected_item (self->selection));
}

/* Every change of the list goes through here: the selection is dropped first (a caller
 * that keeps it selects again by id), and the column view keeps its row widgets. */
static void
steward_clients_page_begin_change (StewardClientsPage *self)
{
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  steward_row_model_freeze (self->rows);
}

static void
steward_clients_page_end_change (StewardClientsPage *self)
{
  GtkAdjustment *scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));

  /* The rows on screen get their new clients before the next frame, the others after it. */
  if (scroll != NULL)
    steward_row_model_set_shown_by_scroll (self->rows, gtk_adjustment_get_value (scroll),
                                           gtk_adjustment_get_page_size (scroll),
                                           gtk_adjustment_get_upper (scroll));
  steward_row_model_thaw (self->rows);
  steward_clients_page_update_view (self);
}

static gboolean
steward_clients_page_is_filtered (StewardClientsPage *self)
{
  return *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0'
         || gtk_drop_down_get_selected (self->owner_dropdown) > 0
         || gtk_drop_down_get_selected (self->filter_dropdown) > 0;
}

static void
steward_clients_page_update_actions (StewardClientsPage *self)
{
  StewardClientActions actions =
    steward_client_actions_for (steward_clients_page_get_selected (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clients.archive", actions.archive);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clients.restore", actions.restore);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.new", self->model != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.import", self->model != NULL);
}

static void
steward_clients_page_update_view (StewardClientsPage *self)
{
  guint n = self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
  g_autofree char *count = steward_format_client_count (n);
  static const char * const views[] = { "list", "empty", "no-results" };

  gtk_stack_set_visible_child_name (self->view_stack,
                                    views[steward_clients_view_for (n, steward_clients_page_is_filtered (self))]);
  adw_window_title_set_subtitle (self->title, self->model != NULL ? count : "");
  steward_clients_page_update_actions (self);
}

/* Selects the client @id again after a reload, looking near @position, where it was. */
static void
steward_clients_page_reselect (StewardClientsPage *self,
                               gint64              id,
                               guint               position)
{
  GListModel *list = G_LIST_MODEL (self->model);
  guint n = g_list_model_get_n_items (list);
  guint start = position > RESELECT_WINDOW ? position - RESELECT_WINDOW : 0;
  guint end = MIN (n, position + RESELECT_WINDOW);

  for (guint i = start; i < end; i++)
    {
      g_autoptr(StewardClient) client = g_list_model_get_item (list, i);

      if (client != NULL && steward_client_get_id (client) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

static void
steward_clients_page_refresh_owners (StewardClientsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) owners = NULL;
  g_autofree char *selected = NULL;
  guint position = 0;
  StewardClientRepository *repo = steward_application_get_client_repository (self->app);

  if (repo == NULL)
    return;

  owners = steward_store_clients_list_owners (STEWARD_STORE_CLIENTS (repo), &error);
  if (owners == NULL)
    {
      g_warning ("Could not list the account managers: %s", error->message);
      return;
    }

  if (gtk_drop_down_get_selected (self->owner_dropdown) > 0)
    selected = g_strdup (gtk_string_object_get_string (gtk_drop_down_get_selected_item (self->owner_dropdown)));

  /* Replacing the items moves the selection: that is not the user choosing an owner. */
  self->updating_owners = TRUE;
  gtk_string_list_splice (self->owners, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->owners)) - 1,
                          (const char * const *) owners);
  for (guint i = 0; owners[i] != NULL; i++)
    if (g_strcmp0 (owners[i], selected) == 0)
      position = i + 1;
  gtk_drop_down_set_selected (self->owner_dropdown, position);
  self->updating_owners = FALSE;

  if (selected != NULL && position == 0)
    steward_client_list_model_set_owner (self->model, NULL);
}

/* Reloads the list (another writer, or one of our own changes) keeping the selected client. */
static void
steward_clients_page_reload (StewardClientsPage *self)
{
  g_autoptr(GError) error = NULL;
  StewardClient *selected;
  gint64 id;
  guint position;

  if (self->model == NULL)
    return;

  selected = steward_clients_page_get_selected (self);
  id = selected != NULL ? steward_client_get_id (selected) : 0;
  position = gtk_single_selection_get_selected (self->selection);

  steward_clients_page_begin_change (self);
  steward_clients_page_refresh_owners (self);
  if (!steward_client_list_model_reload (self->model, &error))
    steward_widget_show_error (GTK_WIDGET (self), error);
  steward_clients_page_end_change (self);
  if (id != 0)
    steward_clients_page_reselect (self, id, position);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "client") == 0)
    steward_client_page_reload (self->client_page);
}

static void
on_items_changed (StewardClientsPage *self)
{
  steward_clients_page_update_view (self);
}

static gboolean
load_index_idle (gpointer user_data)
{
  StewardClientsPage *self = user_data;

  self->index_idle_id = 0;
  if (self->model != NULL)
    steward_client_list_model_load_index (self->model);
  return G_SOURCE_REMOVE;
}

static void
steward_clients_page_bind_store (StewardClientsPage *self)
{
  StewardStore *store = steward_application_get_store (self->app);

  g_clear_handle_id (&self->index_idle_id, g_source_remove);
  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_handle_id (&self->fit_source, g_source_remove);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->model);

  if (store != NULL)
    {
      self->model = steward_client_list_model_new (store);
      self->rows = steward_row_model_new (G_LIST_MODEL (self->model));
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect_object (self->model, "items-changed", G_CALLBACK (on_items_changed),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->selection, "notify::selected",
                               G_CALLBACK (steward_clients_page_update_actions), self,
                               G_CONNECT_SWAPPED);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
      steward_clients_page_refresh_owners (self);
      /* Searching answers from memory once the index is read: after the first frame (reading
       * 100,000 clients takes about a second in a worker), SQL until then. */
      self->index_idle_id = g_idle_add_full (G_PRIORITY_LOW, load_index_idle, self, NULL);
    }

  gtk_stack_set_visible_child_name (self->stack, "list");
  steward_clients_page_update_view (self);
}

static void
steward_clients_page_set_application (GtkWidget          *widget,
                                      StewardApplication *app)
{
  StewardClientsPage *self = STEWARD_CLIENTS_PAGE (widget);

  self->app = app;
  g_signal_connect_object (app, "notify::store", G_CALLBACK (steward_clients_page_bind_store),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (app, "data-changed", G_CALLBACK (steward_clients_page_reload),
                           self, G_CONNECT_SWAPPED);
  steward_clients_page_bind_store (self);
}

/* Searches for the entry's text, unless the list already shows it: with the index read, each
 * key was answered as it was typed, and the entry's search-changed that follows changes
 * nothing (it would only drop the selection). */
static void
steward_clients_page_search (StewardClientsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->model == NULL
      || g_strcmp0 (*text != '\0' ? text : NULL,
                    steward_client_list_model_get_search (self->model)) == 0)
    return;
  steward_clients_page_begin_change (self);
  steward_client_list_model_set_search (self->model, text);
  steward_clients_page_end_change (self);
}

/* Until the client index is read, SQL answers once the typing pauses (the entry's delay). */
static void
on_search_changed (GtkSearchEntry     *entry,
                   StewardClientsPage *self)
{
  steward_clients_page_search (self);
}

/* With the index read, a search costs a few milliseconds: answer each key at once, so the
 * typed character and the list it gives are drawn in the same frame. */
static void
on_search_text_changed (GtkEditable        *entry,
                        StewardClientsPage *self)
{
  if (self->model != NULL && steward_client_list_model_get_index (self->model) != NULL)
    steward_clients_page_search (self);
}

static void
on_stop_search (GtkSearchEntry     *entry,
                StewardClientsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_owner_selected (GtkDropDown        *dropdown,
                   GParamSpec         *pspec,
                   StewardClientsPage *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->model == NULL || self->updating_owners)
    return;

  steward_clients_page_begin_change (self);
  steward_client_list_model_set_owner (self->model,
                                       selected == 0 || selected == GTK_INVALID_LIST_POSITION
                                       ? NULL
                                       : gtk_string_object_get_string (gtk_drop_down_get_selected_item (dropdown)));
  steward_clients_page_end_change (self);
}

static void
on_filter_selected (GtkDropDown        *dropdown,
                    GParamSpec         *pspec,
                    StewardClientsPage *self)
{
  /* The drop-down's items are in the order of StewardClientFilter. */
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->model == NULL || selected > STEWARD_CLIENT_FILTER_ALL)
    return;
  steward_clients_page_begin_change (self);
  steward_client_list_model_set_filter (self->model, selected);
  steward_clients_page_end_change (self);
}

static void
on_sorter_changed (GtkSorter          *sorter,
                   GtkSorterChange     change,
                   StewardClientsPage *self)
{
  StewardClientSort sort = STEWARD_CLIENT_SORT_NAME;
  gboolean descending = FALSE;

  if (self->model == NULL)
    return;
  _steward_clients_page_read_sort (self, &sort, &descending);
  steward_clients_page_begin_change (self);
  steward_client_list_model_set_sort (self->model, sort, descending);
  steward_clients_page_end_change (self);
}

void
steward_clients_page_show_client (StewardClientsPage *self,
                                  gint64              id)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (STEWARD_IS_CLIENTS_PAGE (self));

  if (!steward_client_page_load (self->client_page, id, &error))
    {
      steward_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "client");
}

static void
on_column_view_activate (GtkColumnView      *view,
                         guint               position,
                         StewardClientsPage *self)
{
  g_autoptr(StewardClient) client = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  if (client != NULL)
    steward_clients_page_show_client (self, steward_client_get_id (client));
}

static void
steward_clients_page_search_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  StewardClientsPage *self = STEWARD_CLIENTS_PAGE (widget);

  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_client_added (StewardClientDialog *dialog,
                 gint64               id,
                 StewardClientsPage  *self)
{
  steward_application_data_changed (self->app);
  steward_clients_page_show_client (self, id);
}

static void
steward_clients_page_new_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  StewardClientsPage *self = STEWARD_CLIENTS_PAGE (widget);
  StewardClientDialog *dialog;

  if (self->app == NULL || steward_application_get_client_repository (self->app) == NULL)
    return;

  dialog = steward_client_dialog_new (steward_application_get_client_repository (self->app),
                                      steward_application_get_settings (self->app));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (dialog, "client-added", G_CALLBACK (on_client_added), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_clients_imported (StewardImportDialog *dialog,
                     guint                n_clients,
                     StewardClientsPage  *self)
{
  g_autofree char *title =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u client", "Imported %u clients",
                                  n_clients), n_clients);

  steward_application_data_changed (self->app);
  steward_widget_add_toast (GTK_WIDGET (self), adw_toast_new (title));
}

static void
steward_clients_page_import_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  StewardClientsPage *self = STEWARD_CLIENTS_PAGE (widget);
  StewardImportDialog *dialog;

  if (self->app == NULL || steward_application_get_store (self->app) == NULL)
    return;

  dialog = steward_import_dialog_new (steward_application_get_store (self->app),
                                      steward_application_get_client_repository (self->app));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_clients_imported), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  steward_import_dialog_choose_file (dialog);
}

static void
steward_clients_page_open_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  steward_clients_page_show_client (STEWARD_CLIENTS_PAGE (widget),
                                    g_variant_get_int64 (parameter));
}

static void
steward_clients_page_back_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  StewardClientsPage *self = STEWARD_CLIENTS_PAGE (widget);

  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

typedef struct {
  StewardClientsPage *page;
  gint64              id;
  gboolean            archived;
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  g_object_unref (undo->page);
  g_free (undo);
}

static gboolean steward_clients_page_set_archived (StewardClientsPage *self,
                                                   gint64              id,
                                                   gboolean            archived,
                                                   gboolean            offer_undo);

static void
on_undo_clicked (AdwToast *toast,
                 UndoData *undo)
{
  steward_clients_page_set_archived (undo->page, undo->id, !undo->archived, FALSE);
}

/* Archives or restores a client; archiving shows a toast whose Undo restores it. */
static gboolean
steward_clients_page_set_archived (StewardClientsPage *self,
                                   gint64              id,
                                   gboolean            archived,
                                   gboolean            offer_undo)
{
  StewardClientRepository *repo = steward_application_get_client_repository (self->app);
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardClient) client = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  client = steward_client_repository_load (repo, id, &error);
  if (client == NULL || !steward_client_repository_set_archived (repo, id, archived, &error))
    {
      steward_widget_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  steward_application_data_changed (self->app);

  name = g_markup_escape_text (steward_client_get_name (client), -1);
  title = g_strdup_printf (archived ? _("“%s” archived") : _("“%s” restored"), name);
  toast = adw_toast_new (title);
  if (offer_undo)
    {
      UndoData *undo = g_new0 (UndoData, 1);

      undo->page = g_object_ref (self);
      undo->id = id;
      undo->archived = archived;
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked), undo,
                             (GClosureNotify) (void (*) (void)) undo_data_free, 0);
    }
  steward_widget_add_toast (GTK_WIDGET (self), toast);
  return TRUE;
}

static void
steward_clients_page_set_archived_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  gint64 id;
  gboolean archived;

  g_variant_get (parameter, "(xb)", &id, &archived);
  steward_clients_page_set_archived (STEWARD_CLIENTS_PAGE (widget), id, archived, archived);
}

static void
steward_clients_page_archive_selected_action (GtkWidget  *widget,
                                              const char *action_name,
                                              GVariant   *parameter)
{
  StewardClientsPage *self = STEWARD_CLIENTS_PAGE (widget);
  StewardClient *client = steward_clients_page_get_selected (self);
  gboolean archived = g_str_equal (action_name, "clients.archive");

  if (client != NULL)
    steward_clients_page_set_archived (self, steward_client_get_id (client), archived, archived);
}

static void
steward_clients_page_sort_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  StewardClientsPage *self = STEWARD_CLIENTS_PAGE (widget);
  const char *id;
  gboolean descending;
  GtkColumnViewColumn *column;

  g_variant_get (parameter, "(&sb)", &id, &descending);
  column = _steward_clients_page_get_column (self, id);
  if (column != NULL)
    gtk_column_view_sort_by_column (self->column_view, column,
                                    descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}

static void
steward_clients_page_dispose (GObject *object)
{
  StewardClientsPage *self = STEWARD_CLIENTS_PAGE (object);

  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_handle_id (&self->index_idle_id, g_source_remove);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->model);
  g_clear_object (&self->owners);
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_CLIENTS_PAGE);

  G_OBJECT_CLASS (steward_clients_page_parent_class)->dispose (object);
}

static void
steward_clients_page_class_init (StewardClientsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_clients_page_dispose;

  g_type_ensure (STEWARD_TYPE_BACK_BUTTON);
  g_type_ensure (STEWARD_TYPE_CLIENT_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-clients-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardClientsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StewardClientsPage, title);
  gtk_widget_class_bind_template_child (widget_class, StewardClientsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, StewardClientsPage, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, StewardClientsPage, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, StewardClientsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, StewardClientsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, StewardClientsPage, client_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_text_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_owner_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate);

  gtk_widget_class_install_action (widget_class, "page.search", NULL,
                                   steward_clients_page_search_action);
  gtk_widget_class_install_action (widget_class, "page.new", NULL,
                                   steward_clients_page_new_action);
  gtk_widget_class_install_action (widget_class, "page.import", NULL,
                                   steward_clients_page_import_action);
  gtk_widget_class_install_action (widget_class, "clients.open", "x",
                                   steward_clients_page_open_action);
  gtk_widget_class_install_action (widget_class, "clients.back", NULL,
                                   steward_clients_page_back_action);
  gtk_widget_class_install_action (widget_class, "clients.set-archived", "(xb)",
                                   steward_clients_page_set_archived_action);
  gtk_widget_class_install_action (widget_class, "clients.archive", NULL,
                                   steward_clients_page_archive_selected_action);
  gtk_widget_class_install_action (widget_class, "clients.restore", NULL,
                                   steward_clients_page_archive_selected_action);
  gtk_widget_class_install_action (widget_class, "clients.sort-by", "(sb)",
                                   steward_clients_page_sort_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "clients.archive", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "clients.back", NULL);
}

static void
steward_clients_page_init (StewardClientsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->owners = gtk_string_list_new ((const char * const []) { _("All Owners"), NULL });
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (self->owners));
  gtk_search_entry_set_search_delay (self->search_entry, 150);

  _steward_clients_page_add_columns (self);
  _steward_clients_page_fit_columns (self);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed), self, 0);

  steward_clients_page_update_view (self);
  steward_widget_watch_application (GTK_WIDGET (self), steward_clients_page_set_application);
}
