/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-report-result"

#include "config.h"

#include <math.h>

#include "steward-report-result.h"
#include "steward-types.h"

typedef struct
{
  char               *id;
  char               *label;
  StewardMeasureKind  kind;
} Column;

typedef struct
{
  char   *category_key;
  char   *category_label;
  char   *series_key;
  char   *series_label;
  guint   category;
  guint   series;
} Row;

typedef struct
{
  gint64   i;
  double   d;
  gboolean set;
} Cell;

struct _StewardReportResult
{
  gatomicrefcount  ref_count;
  GArray          *columns;       /* Column */
  GArray          *rows;          /* Row */
  GArray          *cells;         /* Cell, n_rows × n_columns, row-major */
  GPtrArray       *categories;    /* borrowed category labels, by index */
  GPtrArray       *series;        /* borrowed series labels (NULL for the unnamed series) */
  GHashTable      *category_ids;  /* category key → index + 1 */
  GHashTable      *series_ids;    /* series key → index + 1 */
  GHashTable      *pairs;         /* (category << 32 | series) → row + 1 */
  char            *category_title;
  char            *series_title;
};

G_DEFINE_BOXED_TYPE (StewardReportResult, steward_report_result,
                     steward_report_result_ref, steward_report_result_unref)

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_free (column->id);
  g_free (column->label);
}

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->category_key);
  g_free (row->category_label);
  g_free (row->series_key);
  g_free (row->series_label);
}

StewardReportResult *
steward_report_result_new (void)
{
  StewardReportResult *self = g_new0 (StewardReportResult, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (self->columns, column_clear);
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, row_clear);
  self->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  self->categories = g_ptr_array_new ();
  self->series = g_ptr_array_new ();
  self->category_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->series_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  return self;
}

StewardReportResult *
steward_report_result_ref (StewardReportResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
steward_report_result_unref (StewardReportResult *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->category_title, g_free);
  g_clear_pointer (&self->series_title, g_free);
  g_clear_pointer (&self->pairs, g_hash_table_unref);
  g_clear_pointer (&self->series_ids, g_hash_table_unref);
  g_clear_pointer (&self->category_ids, g_hash_table_unref);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->columns, g_array_unref);
  g_free (self);
}

guint
steward_report_result_add_column (StewardReportResult *self,
                                  const char          *id,
                                  const char          *label,
                                  StewardMeasureKind   kind)
{
  Column column;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (id != NULL && label != NULL, 0);
  g_return_val_if_fail (self->rows->len == 0, 0);
  g_return_val_if_fail (kind <= STEWARD_MEASURE_KIND_HOURS, 0);

  column.id = g_strdup (id);
  column.label = g_strdup (label);
  column.kind = kind;
  g_array_append_val (self->columns, column);
  return self->columns->len - 1;
}

/* Numbers a key in order of first appearance; the label array borrows the row's label. */
static guint
intern_key (GHashTable *ids,
            GPtrArray  *labels,
            const char *key,
            const char *label)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (ids, key));

  if (index != 0)
    return index - 1;
  g_ptr_array_add (labels, (gpointer) label);
  g_hash_table_insert (ids, g_strdup (key), GUINT_TO_POINTER (labels->len));
  return labels->len - 1;
}

guint
steward_report_result_add_row (StewardReportResult *self,
                               const char          *category_key,
                               const char          *category_label,
                               const char          *series_key,
                               const char          *series_label)
{
  Row row = { 0 };
  Row *stored;
  gint64 pair;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (category_key != NULL && category_label != NULL, 0);
  g_return_val_if_fail (series_key == NULL || series_label != NULL, 0);
  /* A result either has series keys on every row or on none. */
  g_return_val_if_fail (self->rows->len == 0 ||
                        (series_key != NULL) == steward_report_result_has_series (self), 0);

  row.category_key = g_strdup (category_key);
  row.category_label = g_strdup (category_label);
  row.series_key = g_strdup (series_key);
  row.series_label = g_strdup (series_label);
  g_array_append_val (self->rows, row);
  g_array_set_size (self->cells, self->rows->len * self->columns->len);

  stored = &g_array_index (self->rows, Row, self->rows->len - 1);
  stored->category = intern_key (self->category_ids, self->categories,
                                 category_key, stored->category_label);
  stored->series = intern_key (self->series_ids, self->series,
                               series_key ? series_key : "", stored->series_label);
  pair = ((gint64) stored->category << 32) | stored->series;
  if (!g_hash_table_contains (self->pairs, &pair))
    g_hash_table_insert (self->pairs, g_memdup2 (&pair, sizeof pair),
                         GUINT_TO_POINTER (self->rows->len));
  return self->rows->len - 1;
}

static Cell *
cell_at (StewardReportResult *self,
         guint                row,
         guint                column)
{
  return &g_array_index (self->cells, Cell, row * self->columns->len + column);
}

#define CHECK_CELL(self, row, column, val)                                        \
  G_STMT_START {                                                                  \
    g_return_val_if_fail ((self) != NULL, val);                                   \
    g_return_val_if_fail ((row) < (self)->rows->len, val);                        \
    g_return_val_if_fail ((column) < (self)->columns->len, val);                  \
  } G_STMT_END

#define CHECK_CELL_VOID(self, row, column)                                        \
  G_STMT_START {                                                                  \
    g_return_if_fail ((self) != NULL);                                            \
    g_return_if_fail ((row) < (self)->rows->len);                                 \
    g_return_if_fail ((column) < (self)->columns->len);                           \
  } G_STMT_END

static StewardMeasureKind
kind_of (StewardReportResult *self,
         guint                column)
{
  return g_array_index (self->columns, Column, column).kind;
}

void
steward_report_result_set_int (StewardReportResult *self,
                               guint                row,
                               guint                column,
                               gint64               value)
{
  Cell *cell;

  CHECK_CELL_VOID (self, row, column);
  g_return_if_fail (kind_of (self, column) != STEWARD_MEASURE_KIND_RATING);

  cell = cell_at (self, row, column);
  cell->i = value;
  cell->d = 0.0;
  cell->set = TRUE;
}

void
steward_report_result_set_double (StewardReportResult *self,
                                  guint                row,
                                  guint                column,
                                  double               value)
{
  Cell *cell;

  CHECK_CELL_VOID (self, row, column);
  g_return_if_fail (kind_of (self, column) == STEWARD_MEASURE_KIND_RATING);
  g_return_if_fail (isfinite (value));

  cell = cell_at (self, row, column);
  cell->i = 0;
  cell->d = value;
  cell->set = TRUE;
}

void
steward_report_result_set_empty (StewardReportResult *self,
                                 guint                row,
                                 guint                column)
{
  CHECK_CELL_VOID (self, row, column);

  *cell_at (self, row, column) = (Cell) { 0 };
}

void
steward_report_result_set_titles (StewardReportResult *self,
                                  const char          *category_title,
                                  const char          *series_title)
{
  g_return_if_fail (self != NULL);

  g_free (self->category_title);
  self->category_title = g_strdup (category_title);
  g_free (self->series_title);
  self->series_title = g_strdup (series_title);
}

const char *
steward_report_result_get_category_title (StewardReportResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->category_title;
}

const char *
steward_report_result_get_series_title (StewardReportResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->series_title;
}

guint
steward_report_result_get_n_columns (StewardReportResult *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->columns->len;
}

#define COLUMN_FIELD(self, column, field, val)                                    \
  g_return_val_if_fail ((self) != NULL, val);                                     \
  g_return_val_if_fail ((column) < (self)->columns->len, val);                    \
  return g_array_index ((self)->columns, Column, column).field

const char *
steward_report_result_get_column_id (StewardReportResult *self,
                                     guint                column)
{
  COLUMN_FIELD (self, column, id, NULL);
}

const char *
steward_report_result_get_column_label (StewardReportResult *self,
                                        guint                column)
{
  COLUMN_FIELD (self, column, label, NULL);
}

StewardMeasureKind
steward_report_result_get_column_kind (StewardReportResult *self,
                                       guint                column)
{
  COLUMN_FIELD (self, column, kind, STEWARD_MEASURE_KIND_COUNT);
}

int
steward_report_result_find_column (StewardReportResult *self,
                                   const char          *id)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (id != NULL, -1);

  for (guint i = 0; i < self->columns->len; i++)
    if (g_str_equal (g_array_index (self->columns, Column, i).id, id))
      return (int) i;
  return -1;
}

guint
steward_report_result_get_n_rows (StewardReportResult *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->rows->len;
}

#define ROW_FIELD(self, row, field, val)                                          \
  g_return_val_if_fail ((self) != NULL, val);                                     \
  g_return_val_if_fail ((row) < (self)->rows->len, val);                          \
  return g_array_index ((self)->rows, Row, row).field

const char *
steward_report_result_get_category_key (StewardReportResult *self,
                                        guint                row)
{
  ROW_FIELD (self, row, category_key, NULL);
}

const char *
steward_report_result_get_category_label (StewardReportResult *self,
                                          guint                row)
{
  ROW_FIELD (self, row, category_label, NULL);
}

const char *
steward_report_result_get_series_key (StewardReportResult *self,
                                      guint                row)
{
  ROW_FIELD (self, row, series_key, NULL);
}

const char *
steward_report_result_get_series_label (StewardReportResult *self,
                                        guint                row)
{
  ROW_FIELD (self, row, series_label, NULL);
}

guint
steward_report_result_get_row_category (StewardReportResult *self,
                                        guint                row)
{
  ROW_FIELD (self, row, category, 0);
}

guint
steward_report_result_get_row_series (StewardReportResult *self,
                                      guint                row)
{
  ROW_FIELD (self, row, series, 0);
}

guint
steward_report_result_get_n_categories (StewardReportResult *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->categories->len;
}

const char *
steward_report_result_get_nth_category_label (StewardReportResult *self,
                                              guint                category)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (category < self->categories->len, NULL);
  return g_ptr_array_index (self->categories, category);
}

guint
steward_report_result_get_n_series (StewardReportResult *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->series->len;
}

gboolean
steward_report_result_has_series (StewardReportResult *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->rows->len > 0 && g_array_index (self->rows, Row, 0).series_key != NULL;
}

const char *
steward_report_result_get_nth_series_label (StewardReportResult *self,
                                            guint                series)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (series < self->series->len, NULL);
  return g_ptr_array_index (self->series, series);
}

int
steward_report_result_lookup_row (StewardReportResult *self,
                                  guint                category,
                                  guint                series)
{
  gint64 pair = ((gint64) category << 32) | series;

  g_return_val_if_fail (self != NULL, -1);
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->pairs, &pair)) - 1;
}

gboolean
steward_report_result_is_empty (StewardReportResult *self,
                                guint                row,
                                guint                column)
{
  CHECK_CELL (self, row, column, TRUE);
  return !cell_at (self, row, column)->set;
}

gint64
steward_report_result_get_int (StewardReportResult *self,
                               guint                row,
                               guint                column)
{
  CHECK_CELL (self, row, column, 0);
  return cell_at (self, row, column)->i;
}

double
steward_report_result_get_double (StewardReportResult *self,
                                  guint                row,
                                  guint                column)
{
  CHECK_CELL (self, row, column, 0.0);
  return cell_at (self, row, column)->d;
}

double
steward_report_result_get_plot_value (StewardReportResult *self,
                                      guint                row,
                                      guint                column)
{
  Cell *cell;

  CHECK_CELL (self, row, column, 0.0);
  cell = cell_at (self, row, column);
  switch (kind_of (self, column))
    {
    case STEWARD_MEASURE_KIND_PERCENT:
      return cell->i / (double) STEWARD_PERCENT_BASIS_POINTS;
    case STEWARD_MEASURE_KIND_RATING:
      return cell->d;
    case STEWARD_MEASURE_KIND_HOURS:
      return cell->i / 60.0;
    case STEWARD_MEASURE_KIND_COUNT:
    case STEWARD_MEASURE_KIND_MONEY:
    default:
      return (double) cell->i;
    }
}
