/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-row-model"

#include "config.h"

#include "steward-row-model.h"

struct _StewardRow
{
  GObject          parent_instance;

  gpointer         item;       /* owned */
  guint            position;
  StewardRowModel *model;      /* weak: cleared when the model goes */
};

G_DEFINE_FINAL_TYPE (StewardRow, steward_row, G_TYPE_OBJECT)

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

gpointer
steward_row_get_item (StewardRow *self)
{
  g_return_val_if_fail (STEWARD_IS_ROW (self), NULL);

  return self->item;
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
    return g_object_ref (row);

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
          continue;
        }
      g_hash_table_insert (self->rows, GUINT_TO_POINTER (row->position), row);
    }

  self->n_items = self->n_items - removed + added;
  for (guint i = 0; i < rows->len; i++)
    {
      StewardRow *row = g_ptr_array_index (rows, i);

      if (row->model != NULL && row->position >= position && row->position < position + kept)
        steward_row_set_item (row, g_list_model_get_item (self->source, row->position));
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
