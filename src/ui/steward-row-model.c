/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-row-model"

#include "config.h"

#include "steward-row-model.h"

#include <math.h>

struct _StewardRow
{
  GObject          parent_instance;

  gpointer         item;       /* owned */
  guint            position;
  gboolean         stale;      /* @item is no longer the source's at @position */
  StewardRowModel *model;      /* weak: cleared when the model goes */
};

G_DEFINE_FINAL_TYPE (StewardRow, steward_row, G_TYPE_OBJECT)

/* Rows either side of the estimated screenful that count as shown. */
#define SHOWN_MARGIN 5

enum {
  ROW_PROP_0,
  ROW_PROP_ITEM,
  ROW_N_PROPS
};

static GParamSpec *row_properties[ROW_N_PROPS];

struct _StewardRowModel
{
  GObject     parent_instance;

  GListModel *source;
  guint       n_items;     /* as last announced */
  GHashTable *rows;        /* position → StewardRow (not owned: rows leave on finalize) */
  guint       frozen;
  guint       shown_first; /* the rows a change gives their new items at once */
  guint       shown_n;
  guint       refresh_id;  /* the idle that gives the others theirs */
  GPtrArray  *stale;       /* those others (owned), nearest the screen last */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StewardRowModel, steward_row_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
steward_row_finalize (GObject *object)
{
  StewardRow *self = STEWARD_ROW (object);

  if (self->model != NULL
      && g_hash_table_lookup (self->model->rows, GUINT_TO_POINTER (self->position)) == self)
    g_hash_table_remove (self->model->rows, GUINT_TO_POINTER (self->position));
  g_clear_object (&self->item);

  G_OBJECT_CLASS (steward_row_parent_class)->finalize (object);
}

static void
steward_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  switch (prop_id)
    {
    case ROW_PROP_ITEM:
      g_value_set_object (value, STEWARD_ROW (object)->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_row_class_init (StewardRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_row_finalize;
  object_class->get_property = steward_row_get_property;

  row_properties[ROW_PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, ROW_N_PROPS, row_properties);
}

static void
steward_row_init (StewardRow *self)
{
}

/* Takes @item. */
static void
steward_row_set_item (StewardRow *self,
                      gpointer    item)
{
  if (self->item == item)
    {
      g_clear_object (&item);
      return;
    }
  g_clear_object (&self->item);
  self->item = item;
  g_object_notify_by_pspec (G_OBJECT (self), row_properties[ROW_PROP_ITEM]);
}

/* Gives a stale row the source's item at its position. */
static void
steward_row_refresh (StewardRow *self)
{
  self->stale = FALSE;
  if (self->model != NULL)
    steward_row_set_item (self, g_list_model_get_item (self->model->source, self->position));
}

gpointer
steward_row_get_item (StewardRow *self)
{
  g_return_val_if_fail (STEWARD_IS_ROW (self), NULL);

  if (self->stale)
    steward_row_refresh (self);
  return self->item;
}

static void
detach_row (gpointer key,
            gpointer value,
            gpointer user_data)
{
  STEWARD_ROW (value)->model = NULL;
}

static void
steward_row_model_dispose (GObject *object)
{
  StewardRowModel *self = STEWARD_ROW_MODEL (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->stale, g_ptr_array_unref);
  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_clear_object (&self->source);
  if (self->rows != NULL)
    g_hash_table_foreach (self->rows, detach_row, NULL);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (steward_row_model_parent_class)->dispose (object);
}

static void
steward_row_model_class_init (StewardRowModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = steward_row_model_dispose;
}

static void
steward_row_model_init (StewardRowModel *self)
{
  self->rows = g_hash_table_new (NULL, NULL);
  self->stale = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown_n = G_MAXUINT;
}

static GType
steward_row_model_get_item_type (GListModel *model)
{
  return STEWARD_TYPE_ROW;
}

static guint
steward_row_model_get_n_items (GListModel *model)
{
  return STEWARD_ROW_MODEL (model)->n_items;
}

static gpointer
steward_row_model_get_item (GListModel *model,
                            guint       position)
{
  StewardRowModel *self = STEWARD_ROW_MODEL (model);
  StewardRow *row;

  if (position >= self->n_items)
    return NULL;

  row = g_hash_table_lookup (self->rows, GUINT_TO_POINTER (position));
  if (row != NULL)
    {
      if (row->stale)
        steward_row_refresh (row);
      return g_object_ref (row);
    }

  row = g_object_new (STEWARD_TYPE_ROW, NULL);
  row->item = g_list_model_get_item (self->source, position);
  row->position = position;
  row->model = self;
  g_hash_table_insert (self->rows, GUINT_TO_POINTER (position), row);
  return row;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = steward_row_model_get_item_type;
  iface->get_n_items = steward_row_model_get_n_items;
  iface->get_item = steward_row_model_get_item;
}

/* Rows refreshed per idle call: a few hundred microseconds, so that a frame due meanwhile is
 * hardly delayed. */
#define STALE_ROWS_PER_IDLE 12

static gboolean
refresh_stale_rows (gpointer user_data)
{
  StewardRowModel *self = user_data;

  for (guint i = 0; i < STALE_ROWS_PER_IDLE && self->stale->len > 0; i++)
    {
      g_autoptr(StewardRow) row = g_ptr_array_steal_index_fast (self->stale, self->stale->len - 1);

      if (row->stale)
        steward_row_refresh (row);
    }
  if (self->stale->len > 0)
    return G_SOURCE_CONTINUE;
  self->refresh_id = 0;
  return G_SOURCE_REMOVE;
}

static inline gboolean
steward_row_model_is_shown (StewardRowModel *self,
                            guint            position)
{
  return position >= self->shown_first && position - self->shown_first < self->shown_n;
}

static guint
distance_from_shown (StewardRowModel *self,
                     guint            position)
{
  if (position < self->shown_first)
    return self->shown_first - position;
  return position - self->shown_first - MIN (position - self->shown_first, self->shown_n);
}

/* Farthest first: the idle takes from the end. */
static int
compare_distance (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  guint da = distance_from_shown (user_data, (*(StewardRow **) a)->position);
  guint db = distance_from_shown (user_data, (*(StewardRow **) b)->position);

  return da < db ? 1 : da > db ? -1 : 0;
}

/* Positions [@position, @position + @kept) have new items; those up to @position + @removed
 * are gone and the ones after move by @added − @removed. */
static void
steward_row_model_apply (StewardRowModel *self,
                         guint            position,
                         guint            removed,
                         guint            added)
{
  guint kept = MIN (removed, added);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (rows, value);

  g_hash_table_remove_all (self->rows);
  for (guint i = 0; i < rows->len; i++)
    {
      StewardRow *row = g_ptr_array_index (rows, i);

      if (row->position >= position + removed)
        row->position = row->position - removed + added;
      else if (row->position >= position + kept)
        {
          /* Removed: it stays as it is until the view lets it go. */
          row->model = NULL;
          row->stale = FALSE;
          continue;
        }
      g_hash_table_insert (self->rows, GUINT_TO_POINTER (row->position), row);
    }

  self->n_items = self->n_items - removed + added;
  for (guint i = 0; i < rows->len; i++)
    {
      StewardRow *row = g_ptr_array_index (rows, i);

      if (row->model == NULL || row->position < position || row->position >= position + kept)
        continue;
      if (steward_row_model_is_shown (self, row->position))
        steward_row_refresh (row);
      else if (!row->stale)
        {
          /* Off screen: its new item comes in an idle after the frame, or when asked for. */
          row->stale = TRUE;
          g_ptr_array_add (self->stale, g_object_ref (row));
        }
    }
  if (self->stale->len > 0)
    {
      g_ptr_array_sort_with_data (self->stale, compare_distance, self);
      if (self->refresh_id == 0)
        self->refresh_id = g_idle_add (refresh_stale_rows, self);
    }
  if (removed != added)
    g_list_model_items_changed (G_LIST_MODEL (self), position + kept, removed - kept, added - kept);
}

static void
on_source_items_changed (GListModel      *source,
                         guint            position,
                         guint            removed,
                         guint            added,
                         StewardRowModel *self)
{
  if (self->frozen == 0)
    steward_row_model_apply (self, position, removed, added);
}

StewardRowModel *
steward_row_model_new (GListModel *source)
{
  StewardRowModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);

  self = g_object_new (STEWARD_TYPE_ROW_MODEL, NULL);
  self->source = g_object_ref (source);
  self->n_items = g_list_model_get_n_items (source);
  g_signal_connect (source, "items-changed", G_CALLBACK (on_source_items_changed), self);
  return self;
}

GListModel *
steward_row_model_get_source (StewardRowModel *self)
{
  g_return_val_if_fail (STEWARD_IS_ROW_MODEL (self), NULL);

  return self->source;
}

void
steward_row_model_set_shown (StewardRowModel *self,
                             guint            first,
                             guint            n)
{
  g_return_if_fail (STEWARD_IS_ROW_MODEL (self));

  self->shown_first = first;
  self->shown_n = n;
}

void
steward_row_model_set_shown_by_scroll (StewardRowModel *self,
                                       double           value,
                                       double           page_size,
                                       double           upper)
{
  double per_row;
  double first;

  g_return_if_fail (STEWARD_IS_ROW_MODEL (self));

  if (self->n_items == 0 || upper <= 0 || page_size <= 0)
    {
      steward_row_model_set_shown (self, 0, G_MAXUINT);
      return;
    }
  /* The view spreads its height over the rows evenly enough to find the screenful; a few rows
   * either side cover the estimate's error. */
  per_row = upper / self->n_items;
  first = MAX (0, floor (value / per_row) - SHOWN_MARGIN);
  steward_row_model_set_shown (self, (guint) MIN (first, (double) self->n_items),
                               (guint) ceil (page_size / per_row) + 2 * SHOWN_MARGIN + 1);
}

void
steward_row_model_freeze (StewardRowModel *self)
{
  g_return_if_fail (STEWARD_IS_ROW_MODEL (self));

  self->frozen++;
}

void
steward_row_model_thaw (StewardRowModel *self)
{
  g_return_if_fail (STEWARD_IS_ROW_MODEL (self));
  g_return_if_fail (self->frozen > 0);

  if (--self->frozen > 0)
    return;
  /* Whatever happened meanwhile, every position may hold another item now. */
  steward_row_model_apply (self, 0, self->n_items, g_list_model_get_n_items (self->source));
}
