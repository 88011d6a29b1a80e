/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-clients-page"

#include "config.h"

#include "steward-clients-page-private.h"

#include <glib/gi18n-lib.h>

#include "steward-cell-text.h"
#include "steward-client-format.h"
#include "steward-row-model.h"
#include "steward-time.h"

/* The list's columns, in order. The widths keep short columns from taking the name's room;
 * when the list is narrower than all of them, the columns with the highest @drop go first
 * (0: never). */
static const struct {
  const char        *id;
  const char        *title;
  StewardClientSort  sort;
  gboolean           numeric;
  int                width;
  guint              drop;
} columns[] = {
  { "name", N_("Name"), STEWARD_CLIENT_SORT_NAME, FALSE, -1, 0 },
  { "industry", N_("Industry"), STEWARD_CLIENT_SORT_INDUSTRY, FALSE, 140, 5 },
  { "owner", N_("Owner"), STEWARD_CLIENT_SORT_OWNER, FALSE, 120, 2 },
  { "open-requests", N_("Open Requests"), STEWARD_CLIENT_SORT_OPEN_REQUESTS, TRUE, 120, 1 },
  { "balance", N_("Balance Outstanding"), STEWARD_CLIENT_SORT_OUTSTANDING, TRUE, 150, 3 },
  { "last-activity", N_("Last Activity"), STEWARD_CLIENT_SORT_LAST_ACTIVITY, FALSE, 140, 4 },
};

/* The least the name column gets before other columns are hidden: about 14 Chinese characters
 * or 24 Latin ones, enough for most company names. */
#define NAME_WIDTH 220
/* The name cell asks for this much even when the list is wide: its text is drawn, not measured. */
#define NAME_CELL_WIDTH 160

#define COLUMN_KEY "steward-column"

static char *
cell_text (guint          column,
           StewardClient *client)
{
  switch (column)
    {
    case 0:
      return g_strdup (steward_client_get_name (client));
    case 1:
      return g_strdup (steward_client_get_industry (client));
    case 2:
      return g_strdup (steward_client_get_owner (client));
    case 3:
      return steward_client_get_open_requests (client) == 0
             ? g_strdup ("")
             : g_strdup_printf ("%u", steward_client_get_open_requests (client));
    case 4:
      return steward_format_balance (steward_client_get_outstanding_fen (client));
    case 5:
      return steward_format_last_activity (steward_client_get_last_activity (client),
                                           steward_time_now (), NULL);
    default:
      g_assert_not_reached ();
    }
}

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  GtkWidget *label = steward_cell_text_new ();

  steward_cell_text_set_xalign (STEWARD_CELL_TEXT (label), columns[column].numeric ? 1.0 : 0.0);
  if (columns[column].numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (column == 5)
    gtk_widget_add_css_class (label, "dim-label");

  if (column == 0)
    {
      /* The name, and a tag when the client is archived. */
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *tag = gtk_label_new (_("Archived"));

      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_size_request (label, NAME_CELL_WIDTH, -1);
      gtk_widget_add_css_class (tag, "steward-tag");
      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), tag);
      gtk_list_item_set_child (item, box);
      return;
    }

  gtk_list_item_set_child (item, label);
}

static void
show_client (GtkListItem *item,
             guint        column)
{
  StewardRow *row = gtk_list_item_get_item (item);
  StewardClient *client = row != NULL ? steward_row_get_item (row) : NULL;
  GtkWidget *child = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  if (client == NULL)
    return;

  text = cell_text (column, client);
  if (column == 0)
    {
      steward_cell_text_set_text (STEWARD_CELL_TEXT (gtk_widget_get_first_child (child)), text);
      gtk_widget_set_visible (gtk_widget_get_last_child (child),
                              steward_client_get_archived (client));
    }
  else
    steward_cell_text_set_text (STEWARD_CELL_TEXT (child), text);
}

static void
on_row_item_changed (StewardRow  *row,
                     GParamSpec  *pspec,
                     GtkListItem *item)
{
  show_client (item, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (item), COLUMN_KEY)));
}

/* The row keeps its widgets when the list changes under it (StewardRowModel): its cells follow
 * the row's item. */
static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  StewardRow *row = gtk_list_item_get_item (item);

  g_object_set_data (G_OBJECT (item), COLUMN_KEY, user_data);
  if (row != NULL)
    g_signal_connect_object (row, "notify::item", G_CALLBACK (on_row_item_changed), item, 0);
  show_client (item, GPOINTER_TO_UINT (user_data));
}

static void
on_unbind (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  StewardRow *row = gtk_list_item_get_item (item);

  if (row != NULL)
    g_signal_handlers_disconnect_by_func (row, on_row_item_changed, item);
}

/* Never used to order rows (the store orders them in SQL): the page calls the column view's
 * sorter once with two dummy items, and the first column sorter it consults records itself.
 * Its answer, "smaller", comes back inverted when that column sorts descending. */
static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  StewardClientsPage *self = g_object_get_data (G_OBJECT (a), "steward-clients-page");

  if (self != NULL)
    self->probe_column = GPOINTER_TO_UINT (user_data) + 1;
  return GTK_ORDERING_SMALLER;
}

void
_steward_clients_page_add_columns (StewardClientsPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      GtkSorter *sorter;

      g_signal_connect (factory, "setup", G_CALLBACK (on_setup), GUINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind), GUINT_TO_POINTER (i));
      g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind), GUINT_TO_POINTER (i));

      column = gtk_column_view_column_new (_(columns[i].title), factory);
      sorter = GTK_SORTER (gtk_custom_sorter_new (probe_compare, GUINT_TO_POINTER (i), NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (columns[i].width > 0)
        gtk_column_view_column_set_fixed_width (column, columns[i].width);
      else
        gtk_column_view_column_set_expand (column, TRUE);
      g_object_set_data (G_OBJECT (column), COLUMN_KEY, (gpointer) columns[i].id);

      gtk_column_view_append_column (self->column_view, column);
    }
}

gboolean
_steward_clients_page_read_sort (StewardClientsPage *self,
                                 StewardClientSort  *out_sort,
                                 gboolean           *out_descending)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) b = g_object_new (G_TYPE_OBJECT, NULL);
  GtkOrdering order;

  /* Two distinct items: a sorter may answer "equal" for an item and itself without asking. */
  g_object_set_data (a, "steward-clients-page", self);
  self->probe_column = 0;
  order = gtk_sorter_compare (sorter, a, b);
  if (self->probe_column == 0 || order == GTK_ORDERING_EQUAL)
    return FALSE;

  *out_sort = columns[self->probe_column - 1].sort;
  *out_descending = order == GTK_ORDERING_LARGER;
  return TRUE;
}

GtkColumnViewColumn *
_steward_clients_page_get_column (StewardClientsPage *self,
                                  const char         *id)
{
  GListModel *list = gtk_column_view_get_columns (self->column_view);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (list, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (column), COLUMN_KEY), id) == 0)
        return column;
    }

  return NULL;
}

/* Hides the columns that leave the name less than NAME_WIDTH in a list @width pixels wide,
 * least important first, and shows them again when there is room. */
static void
fit_columns (StewardClientsPage *self,
             int                 width)
{
  int room = width - NAME_WIDTH;
  int shown = 0;
  GtkColumnViewColumn *name = _steward_clients_page_get_column (self, "name");

  for (guint drop = 1; drop < G_N_ELEMENTS (columns); drop++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
        {
          GtkColumnViewColumn *column;
          gboolean visible;

          if (columns[i].drop != drop)
            continue;
          visible = room >= columns[i].width;
          if (visible)
            {
              room -= columns[i].width;
              shown += columns[i].width;
            }
          else
            room = -1;   /* a column of less importance never outlives a dropped one */
          column = _steward_clients_page_get_column (self, columns[i].id);
          if (column != NULL && gtk_column_view_column_get_visible (column) != visible)
            gtk_column_view_column_set_visible (column, visible);
        }
    }
  /* GTK 4.8 gives an expanding column no more than its minimum once the others are cut:
   * the name takes the rest of the width itself. */
  gtk_column_view_column_set_fixed_width (name, room < 0 ? MAX (width - shown, NAME_WIDTH) : -1);
}

static gboolean
fit_columns_cb (gpointer user_data)
{
  StewardClientsPage *self = user_data;
  GtkAdjustment *adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view));

  self->fit_source = 0;
  fit_columns (self, (int) gtk_adjustment_get_page_size (adjustment));
  return G_SOURCE_REMOVE;
}

/* The page size changes while the list is being allocated, when its columns may not change:
 * they change right after. */
static void
on_page_size_changed (GtkAdjustment      *adjustment,
                      GParamSpec         *pspec,
                      StewardClientsPage *self)
{
  if (self->fit_source == 0)
    self->fit_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_columns_cb, self, NULL);
}

/* The list's visible width is the page size of its horizontal adjustment. */
void
_steward_clients_page_fit_columns (StewardClientsPage *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view));

  g_return_if_fail (adjustment != NULL);
  g_signal_connect_object (adjustment, "notify::page-size",
                           G_CALLBACK (on_page_size_changed), self, 0);
}
