/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-client-picker"

#include "config.h"

#include "steward-client-picker.h"

/* The last search text, kept on the selection so a repeated report changes nothing. */
#define LAST_SEARCH_KEY "steward-client-picker-search"

static void
on_client_setup (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_client_bind (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  StewardClient *client = gtk_list_item_get_item (item);

  if (client != NULL)
    gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), steward_client_get_name (client));
}

/* Shows a new list of the store's clients in @list, one name per row, nothing selected until
 * the user picks one. Returns the selection (full reference); its model is the client list.
 * A list that is attached again keeps the factory it got the first time. */
GtkSingleSelection *
steward_client_picker_attach (GtkListView  *list,
                              StewardStore *store)
{
  g_autoptr(StewardClientListModel) clients = NULL;
  GtkSingleSelection *selection;

  g_return_val_if_fail (GTK_IS_LIST_VIEW (list), NULL);
  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  if (gtk_list_view_get_factory (list) == NULL)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (on_client_setup), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (on_client_bind), NULL);
      gtk_list_view_set_factory (list, factory);
    }

  clients = steward_client_list_model_new (store);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (clients)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (list, GTK_SELECTION_MODEL (selection));
  return selection;
}

/* For dispose: the list lets go of the model before the template's widgets go. */
void
steward_client_picker_detach (GtkListView *list)
{
  if (list != NULL)
    gtk_list_view_set_model (list, NULL);
}

StewardClientListModel *
steward_client_picker_get_clients (GtkSingleSelection *selection)
{
  g_return_val_if_fail (GTK_IS_SINGLE_SELECTION (selection), NULL);

  return STEWARD_CLIENT_LIST_MODEL (gtk_single_selection_get_model (selection));
}

StewardClient *
steward_client_picker_get_selected (GtkSingleSelection *selection)
{
  g_return_val_if_fail (GTK_IS_SINGLE_SELECTION (selection), NULL);

  return gtk_single_selection_get_selected_item (selection);
}

/* Filters the list by @entry's text; a search that leaves one client selects it. */
void
steward_client_picker_search (GtkSingleSelection *selection,
                              GtkSearchEntry     *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  const char *last = g_object_get_data (G_OBJECT (selection), LAST_SEARCH_KEY);
  StewardClientListModel *clients = steward_client_picker_get_clients (selection);

  /* The entry also reports a search when it is shown; only new text changes the list. */
  if (g_strcmp0 (text, last != NULL ? last : "") == 0)
    return;
  g_object_set_data_full (G_OBJECT (selection), LAST_SEARCH_KEY, g_strdup (text), g_free);
  steward_client_list_model_set_search (clients, text);
  gtk_single_selection_set_selected (selection,
                                     g_list_model_get_n_items (G_LIST_MODEL (clients)) == 1
                                     ? 0 : GTK_INVALID_LIST_POSITION);
}

void
steward_client_picker_select_id (GtkSingleSelection *selection,
                                 gint64              client_id)
{
  GListModel *model;

  g_return_if_fail (GTK_IS_SINGLE_SELECTION (selection));

  /* The client list is paged: look only at the first page, where a search puts its match. */
  model = gtk_single_selection_get_model (selection);
  for (guint i = 0; i < MIN (g_list_model_get_n_items (model), STEWARD_CLIENT_LIST_PAGE_SIZE); i++)
    {
      g_autoptr(StewardClient) client = g_list_model_get_item (model, i);

      if (steward_client_get_id (client) == client_id)
        {
          gtk_single_selection_set_selected (selection, i);
          return;
        }
    }
}
