/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "steward-row-model.h"

#include <string.h>

/* StewardRowModel: rows keep their identity while the list under them changes, so a list view
 * keeps its widgets; only the change in length is announced. */

typedef struct {
  guint position, removed, added, count;
} Change;

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->count++;
}

static void
on_item_notify (GObject    *row,
                GParamSpec *pspec,
                guint      *count)
{
  (*count)++;
}

static void
fill (GListStore *store,
      const char *names)
{
  g_auto(GStrv) split = g_strsplit (names, " ", -1);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; split[i] != NULL; i++)
    g_ptr_array_add (items, g_simple_action_new (split[i], NULL));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
}

static const char *
name_at (StewardRowModel *model,
         guint            position)
{
  g_autoptr(StewardRow) row = g_list_model_get_item (G_LIST_MODEL (model), position);

  return g_action_get_name (steward_row_get_item (row));
}

static void
test_row_model_freeze (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_SIMPLE_ACTION);
  g_autoptr(StewardRowModel) model = NULL;
  g_autoptr(StewardRow) first = NULL;
  g_autoptr(StewardRow) again = NULL;
  g_autoptr(StewardRow) third = NULL;
  Change change = { 0 };
  guint notified = 0;

  fill (store, "acme blue harbor north");
  model = steward_row_model_new (G_LIST_MODEL (store));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == STEWARD_TYPE_ROW);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 4);
  g_assert_cmpstr (name_at (model, 2), ==, "harbor");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 4));

  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  third = g_list_model_get_item (G_LIST_MODEL (model), 2);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &change);
  g_signal_connect (first, "notify::item", G_CALLBACK (on_item_notify), &notified);

  /* A search narrows four items to two: the first row is the same object with a new item, and
   * only the two last positions are announced as removed. */
  steward_row_model_freeze (model);
  fill (store, "north south");
  g_assert_cmpuint (change.count, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 4);
  steward_row_model_thaw (model);
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 2);
  g_assert_cmpuint (change.removed, ==, 2);
  g_assert_cmpuint (change.added, ==, 0);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);
  again = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_true (again == first);
  g_assert_cmpstr (g_action_get_name (steward_row_get_item (first)), ==, "north");
  g_assert_cmpstr (name_at (model, 1), ==, "south");
  /* The row that left keeps its last item until the view lets it go. */
  g_assert_cmpstr (g_action_get_name (steward_row_get_item (third)), ==, "harbor");

  /* Widening again announces the new positions at the end only. */
  steward_row_model_freeze (model);
  fill (store, "acme blue harbor");
  steward_row_model_thaw (model);
  g_assert_cmpuint (change.count, ==, 2);
  g_assert_cmpuint (change.position, ==, 2);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_cmpstr (name_at (model, 0), ==, "acme");
  g_assert_cmpstr (name_at (model, 2), ==, "harbor");
  g_assert_true (g_list_model_get_item (G_LIST_MODEL (model), 0) == (gpointer) first);
  g_object_unref (first);
}

static void
test_row_model_unfrozen (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_SIMPLE_ACTION);
  g_autoptr(StewardRowModel) model = NULL;
  g_autoptr(StewardRow) last = NULL;
  g_autoptr(GSimpleAction) zeta = g_simple_action_new ("zeta", NULL);
  Change change = { 0 };

  fill (store, "acme blue harbor");
  model = steward_row_model_new (G_LIST_MODEL (store));
  last = g_list_model_get_item (G_LIST_MODEL (model), 2);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &change);

  /* Outside a freeze each change passes on as it comes; rows after it move along. */
  g_list_store_insert (store, 0, zeta);
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 0);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_cmpstr (name_at (model, 0), ==, "zeta");
  g_assert_true (g_list_model_get_item (G_LIST_MODEL (model), 3) == (gpointer) last);
  g_object_unref (last);
  g_assert_cmpstr (g_action_get_name (steward_row_get_item (last)), ==, "harbor");

  g_list_store_remove (store, 1);
  g_assert_cmpuint (change.count, ==, 2);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);
  g_assert_cmpstr (name_at (model, 1), ==, "blue");
}

static gboolean
main_loop_idle (void)
{
  return !g_main_context_pending (NULL);
}

/* Only the rows on screen get their new items before the next frame; the rest follow in
 * idle time, nearest the screen first, or at once when asked. */
static void
test_row_model_shown_first (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_SIMPLE_ACTION);
  g_autoptr(StewardRowModel) model = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint notified[40] = { 0 };
  GString *names = g_string_new (NULL);
  guint n_notified = 0;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (names, "%sold%u", i > 0 ? " " : "", i);
  fill (store, names->str);
  model = steward_row_model_new (G_LIST_MODEL (store));
  for (guint i = 0; i < 40; i++)
    {
      StewardRow *row = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_ptr_array_add (rows, row);
      g_signal_connect (row, "notify::item", G_CALLBACK (on_item_notify), &notified[i]);
    }

  /* A view of 200 px over 40 rows of 20 px (800 px), scrolled to 310 px, shows rows 15–25 (the
   * first and last in part): with five either side, rows 10–30 count as shown. */
  steward_row_model_set_shown_by_scroll (model, 310, 200, 800);
  steward_row_model_freeze (model);
  g_string_assign (names, "");
  for (guint i = 0; i < 40; i++)
    g_string_append_printf (names, "%snew%u", i > 0 ? " " : "", i);
  fill (store, names->str);
  steward_row_model_thaw (model);
  for (guint i = 0; i < 40; i++)
    g_assert_cmpuint (notified[i], ==, i >= 10 && i <= 30 ? 1 : 0);

  /* A row asked for its item gets it at once, whether or not shown. */
  g_assert_cmpstr (g_action_get_name (steward_row_get_item (g_ptr_array_index (rows, 35))), ==,
                   "new35");
  g_assert_cmpuint (notified[35], ==, 1);

  /* One idle call refreshes a few rows, the nearest to the screen: 9 and 31 before 0 and 39. */
  g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (notified[9], ==, 1);
  g_assert_cmpuint (notified[31], ==, 1);
  g_assert_cmpuint (notified[0], ==, 0);
  g_assert_cmpuint (notified[39], ==, 0);

  while (!main_loop_idle ())
    g_main_context_iteration (NULL, FALSE);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *expected = g_strdup_printf ("new%u", i);

      g_assert_cmpuint (notified[i], ==, 1);
      n_notified += notified[i];
      g_assert_cmpstr (g_action_get_name (steward_row_get_item (g_ptr_array_index (rows, i))),
                       ==, expected);
    }
  g_assert_cmpuint (n_notified, ==, 40);

  /* Unscrolled (nothing laid out yet), every row counts as shown. */
  steward_row_model_set_shown_by_scroll (model, 0, 0, 0);
  steward_row_model_freeze (model);
  fill (store, names->str + strlen ("new0 "));
  steward_row_model_thaw (model);
  g_assert_false (g_main_context_pending (NULL));
  g_assert_cmpuint (notified[0], ==, 2);
  g_assert_cmpuint (notified[38], ==, 2);
  g_string_free (names, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/row-model/freeze", test_row_model_freeze);
  g_test_add_func ("/row-model/unfrozen", test_row_model_unfrozen);
  g_test_add_func ("/row-model/shown-first", test_row_model_shown_first);
  return g_test_run ();
}
