/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-report-table"

#include "config.h"

#include "steward-report-table.h"

/* The category and series columns get these indexes; measures are 0, 1, … */
#define COLUMN_CATEGORY (-2)
#define COLUMN_SERIES   (-1)

/* One row of a result, as an item of the table's list. */
#define STEWARD_TYPE_REPORT_ROW (steward_report_row_get_type ())
G_DECLARE_FINAL_TYPE (StewardReportRow, steward_report_row, STEWARD, REPORT_ROW, GObject)

struct _StewardReportRow
{
  GObject              parent_instance;
  StewardReportResult *result;
  guint                row;
};

G_DEFINE_FINAL_TYPE (StewardReportRow, steward_report_row, G_TYPE_OBJECT)

static void
steward_report_row_finalize (GObject *object)
{
  g_clear_pointer (&STEWARD_REPORT_ROW (object)->result, steward_report_result_unref);
  G_OBJECT_CLASS (steward_report_row_parent_class)->finalize (object);
}

static void
steward_report_row_class_init (StewardReportRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = steward_report_row_finalize;
}

static void
steward_report_row_init (StewardReportRow *self)
{
}

static StewardReportRow *
report_row_new (StewardReportResult *result,
                guint                row)
{
  StewardReportRow *self = g_object_new (STEWARD_TYPE_REPORT_ROW, NULL);

  self->result = steward_report_result_ref (result);
  self->row = row;
  return self;
}

static char *
cell_text (StewardReportRow *item,
           int               column)
{
  if (column == COLUMN_CATEGORY)
    return g_strdup (steward_report_result_get_category_label (item->result, item->row));
  if (column == COLUMN_SERIES)
    return g_strdup (steward_report_result_get_series_label (item->result, item->row));
  return steward_report_result_format_cell (item->result, item->row, column);
}

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column")) - 2;
  GtkWidget *label = gtk_label_new (NULL);

  /* Names are shown whole (the table scrolls sideways); numbers never need ellipsizing. */
  if (column >= 0)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_list_item_set_child (list_item, label);
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         gpointer                  user_data)
{
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column")) - 2;
  StewardReportRow *item = gtk_list_item_get_item (list_item);
  g_autofree char *text = cell_text (item, column);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
}

/* Empty cells sort before every value, so "—" gathers at one end. */
static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const StewardReportRow *ra = a, *rb = b;
  int column = GPOINTER_TO_INT (user_data) - 2;
  gboolean ea, eb;

  if (column == COLUMN_CATEGORY)
    {
      guint ca = steward_report_result_get_row_category (ra->result, ra->row);
      guint cb = steward_report_result_get_row_category (rb->result, rb->row);

      return (ca > cb) - (ca < cb);
    }
  if (column == COLUMN_SERIES)
    {
      guint sa = steward_report_result_get_row_series (ra->result, ra->row);
      guint sb = steward_report_result_get_row_series (rb->result, rb->row);

      return (sa > sb) - (sa < sb);
    }

  ea = steward_report_result_is_empty (ra->result, ra->row, column);
  eb = steward_report_result_is_empty (rb->result, rb->row, column);
  if (ea || eb)
    return eb - ea;
  if (steward_report_result_get_column_kind (ra->result, column) == STEWARD_MEASURE_KIND_RATING)
    {
      double da = steward_report_result_get_double (ra->result, ra->row, column);
      double db = steward_report_result_get_double (rb->result, rb->row, column);

      return (da > db) - (da < db);
    }
  else
    {
      gint64 ia = steward_report_result_get_int (ra->result, ra->row, column);
      gint64 ib = steward_report_result_get_int (rb->result, rb->row, column);

      return (ia > ib) - (ia < ib);
    }
}

static void
append_column (GtkColumnView *view,
               const char    *title,
               int            column,
               gboolean       expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;
  g_autoptr(GtkSorter) sorter = NULL;

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column + 2));
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind), NULL);
  view_column = gtk_column_view_column_new (title, factory);
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows, GINT_TO_POINTER (column + 2), NULL));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (view, view_column);
  g_object_unref (view_column);
}

static void
remove_columns (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (view, column);
    }
}

void
steward_report_table_set_result (GtkColumnView       *view,
                                 StewardReportResult *result)
{
  g_autoptr(GListStore) rows = g_list_store_new (STEWARD_TYPE_REPORT_ROW);
  GtkSortListModel *sorted;
  GtkSingleSelection *selection;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  /* Detach the old rows first: their columns are about to go. */
  gtk_column_view_set_model (view, NULL);
  remove_columns (view);
  if (result == NULL)
    return;

  append_column (view, steward_report_result_get_category_title (result), COLUMN_CATEGORY, TRUE);
  if (steward_report_result_has_series (result))
    append_column (view, steward_report_result_get_series_title (result), COLUMN_SERIES, TRUE);
  for (guint c = 0; c < steward_report_result_get_n_columns (result); c++)
    append_column (view, steward_report_result_get_column_label (result, c), (int) c, FALSE);

  for (guint r = 0; r < steward_report_result_get_n_rows (result); r++)
    {
      g_autoptr(StewardReportRow) item = report_row_new (result, r);

      g_list_store_append (rows, item);
    }

  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_steal_pointer (&rows)),
                                    g_object_ref (gtk_column_view_get_sorter (view)));
  selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

int
steward_report_table_get_row (GtkColumnView *view,
                              guint          position)
{
  GtkSelectionModel *model;
  g_autoptr(StewardReportRow) item = NULL;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), -1);

  model = gtk_column_view_get_model (view);
  if (model == NULL || (item = g_list_model_get_item (G_LIST_MODEL (model), position)) == NULL)
    return -1;
  return (int) item->row;
}
