/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-report-engine"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-report-engine-private.h"

/* Turns the aggregate query's rows into the result table: columns and their labels, labels of
 * services and owners, percentages and averages from their raw counts, and the complete grid of
 * time units × series with zero rows where nothing happened. */

static void
add_columns (StewardReportResult        *result,
             const StewardReportMeasure *measures,
             guint                       n)
{
  for (guint i = 0; i < n; i++)
    {
      StewardReportMeasure m = measures[i];

      if (m == STEWARD_REPORT_MEASURE_RATING_DISTRIBUTION)
        for (guint score = 1; score <= 5; score++)
          {
            g_autofree char *id = g_strdup_printf ("rating-%u", score);
            g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u star", "%u stars", score),
                                                      score);

            steward_report_result_add_column (result, id, label, STEWARD_MEASURE_KIND_COUNT);
          }
      else if (m == STEWARD_REPORT_MEASURE_REMEDIES)
        {
          steward_report_result_add_column (result, "remedies-re-service",
                                            steward_enum_label (STEWARD_TYPE_REMEDY, STEWARD_REMEDY_RESERVICE),
                                            STEWARD_MEASURE_KIND_COUNT);
          steward_report_result_add_column (result, "remedies-partial-refund",
                                            steward_enum_label (STEWARD_TYPE_REMEDY, STEWARD_REMEDY_PARTIAL_REFUND),
                                            STEWARD_MEASURE_KIND_COUNT);
        }
      else
        steward_report_result_add_column (result,
                                          steward_enum_code (STEWARD_TYPE_REPORT_MEASURE, m),
                                          steward_enum_label (STEWARD_TYPE_REPORT_MEASURE, m),
                                          steward_report_measure_get_kind (m));
    }
}

/* Basis points of @part in @whole, rounded half up. */
static gint64
basis_points (gint64 part,
              gint64 whole)
{
  return (part * 100 * STEWARD_PERCENT_BASIS_POINTS * 2 + whole) / (2 * whole);
}

/* Fills one result row from the raw columns of @row, or as a row where nothing happened when
 * @row is NULL: 0 for counts, money and hours, empty for percentages and averages. */
static void
fill_cells (StewardReportResult        *result,
            guint                       index,
            const SqlRow               *row,
            const StewardReportMeasure *measures,
            guint                       n)
{
  guint raw = 0, column = 0;

#define RAW(k) (row != NULL && !row->raw_null[raw + (k)] ? row->raw[raw + (k)] : 0)
  for (guint i = 0; i < n; i++)
    {
      StewardMeasureKind kind = steward_report_measure_get_kind (measures[i]);
      guint n_raw = steward_report_sql_n_raw (measures[i]);

      if (kind == STEWARD_MEASURE_KIND_RATING)
        {
          if (RAW (1) > 0)
            steward_report_result_set_double (result, index, column, (double) RAW (0) / (double) RAW (1));
          else
            steward_report_result_set_empty (result, index, column);
          column++;
        }
      else if (kind == STEWARD_MEASURE_KIND_PERCENT)
        {
          if (RAW (1) > 0)
            steward_report_result_set_int (result, index, column, basis_points (RAW (0), RAW (1)));
          else
            steward_report_result_set_empty (result, index, column);
          column++;
        }
      else
        for (guint k = 0; k < n_raw; k++)
          steward_report_result_set_int (result, index, column++, RAW (k));
      raw += n_raw;
    }
#undef RAW
}

/* The display text of a group key the query returned. */
static char *
dimension_label (StewardReportGrouping  grouping,
                 const char            *key,
                 const char            *sql_label)
{
  int value;

  switch (grouping)
    {
    case STEWARD_REPORT_GROUPING_SERVICE:
      if (steward_enum_parse (STEWARD_TYPE_SERVICE, key, &value))
        return g_strdup (steward_enum_label (STEWARD_TYPE_SERVICE, value));
      if (g_strcmp0 (key, "package") == 0)
        return g_strdup (_("Monthly packages"));
      return g_strdup (_("No request"));
    case STEWARD_REPORT_GROUPING_CATEGORY:
      if (steward_enum_parse (STEWARD_TYPE_CATEGORY, key, &value))
        return g_strdup (steward_enum_label (STEWARD_TYPE_CATEGORY, value));
      return g_strdup (_("No request"));
    case STEWARD_REPORT_GROUPING_CLIENT:
      return g_strdup (sql_label);
    case STEWARD_REPORT_GROUPING_OWNER:
      return g_strdup (key != NULL && *key != '\0' ? key : _("No account manager"));
    case STEWARD_REPORT_GROUPING_NONE:
    default:
      return g_strdup (_("Total"));
    }
}

typedef struct
{
  char *key;
  char *label;
} Member;

static void
member_clear (Member *m)
{
  g_free (m->key);
  g_free (m->label);
}

/* The distinct members of the non-time dimension in the query's order, which is their display
 * order. NULL key and label when the dimension is NONE. */
static GArray *
collect_members (GPtrArray             *rows,
                 StewardReportGrouping  grouping,
                 gboolean               from_series)
{
  GArray *members = g_array_new (FALSE, FALSE, sizeof (Member));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_array_set_clear_func (members, (GDestroyNotify) member_clear);
  if (grouping == STEWARD_REPORT_GROUPING_NONE)
    {
      Member none = { NULL, NULL };

      g_array_append_val (members, none);
      return members;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      const SqlRow *row = g_ptr_array_index (rows, i);
      const char *key = from_series ? row->series_key : row->group_key;
      const char *label = from_series ? row->series_label : row->group_label;
      Member m;

      if (key == NULL || g_hash_table_contains (seen, key))
        continue;
      g_hash_table_add (seen, (gpointer) key);
      m.key = g_strdup (key);
      m.label = dimension_label (grouping, key, label);
      g_array_append_val (members, m);
    }
  return members;
}

static char *
cell_key (guint       bucket,
          const char *member)
{
  return g_strdup_printf ("%u\x1f%s", bucket, member != NULL ? member : "");
}

/* Time units from the first to the last one holding data or starting by @now. */
static guint
n_units_shown (GArray    *buckets,
               GPtrArray *rows,
               gint64     now)
{
  guint shown = 0;

  for (guint i = 0; i < buckets->len; i++)
    if (g_array_index (buckets, Bucket, i).start <= now)
      shown = i + 1;
  for (guint i = 0; i < rows->len; i++)
    shown = MAX (shown, ((SqlRow *) g_ptr_array_index (rows, i))->bucket + 1);
  return MIN (shown, buckets->len);
}

/* Time on one axis: every (unit, member) pair gets a row, from the query or a zero row. */
static void
layout_time_grid (StewardReportResult *result,
                  StewardReportSpec   *spec,
                  gint64               now,
                  gboolean             time_is_category,
                  GArray              *buckets,
                  GPtrArray           *rows)
{
  StewardReportGrouping other = time_is_category ? steward_report_spec_get_series (spec)
                                                 : steward_report_spec_get_grouping (spec);
  g_autoptr(GArray) members = collect_members (rows, other, time_is_category);
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const StewardReportMeasure *measures;
  guint n_measures, n_units, n_outer, n_inner;

  /* Time units with nothing in them still show, as a single series when there is none. */
  if (members->len == 0 && time_is_category)
    {
      Member none = { NULL, NULL };

      g_array_append_val (members, none);
    }
  n_units = n_units_shown (buckets, rows, now);
  n_outer = time_is_category ? n_units : members->len;
  n_inner = time_is_category ? members->len : n_units;

  measures = steward_report_spec_get_measures (spec, &n_measures);
  for (guint i = 0; i < rows->len; i++)
    {
      SqlRow *row = g_ptr_array_index (rows, i);
      const char *member = time_is_category ? row->series_key : row->group_key;

      if (other == STEWARD_REPORT_GROUPING_NONE)
        member = NULL;
      g_hash_table_insert (cells, cell_key (row->bucket, member), row);
    }

  for (guint outer = 0; outer < n_outer; outer++)
    for (guint inner = 0; inner < n_inner; inner++)
      {
        guint unit = time_is_category ? outer : inner;
        const Member *m = &g_array_index (members, Member, time_is_category ? inner : outer);
        const Bucket *b = &g_array_index (buckets, Bucket, unit);
        g_autofree char *key = cell_key (unit, m->key);
        guint index;

        if (time_is_category)
          index = steward_report_result_add_row (result, b->code, b->label, m->key, m->label);
        else
          index = steward_report_result_add_row (result, m->key, m->label, b->code, b->label);
        fill_cells (result, index, g_hash_table_lookup (cells, key), measures, n_measures);
      }
}

static void
layout_rows (StewardReportResult *result,
             StewardReportSpec   *spec,
             GPtrArray           *rows)
{
  StewardReportGrouping grouping = steward_report_spec_get_grouping (spec);
  StewardReportGrouping series = steward_report_spec_get_series (spec);
  const StewardReportMeasure *measures;
  guint n_measures;

  measures = steward_report_spec_get_measures (spec, &n_measures);
  for (guint i = 0; i < rows->len; i++)
    {
      const SqlRow *row = g_ptr_array_index (rows, i);
      g_autofree char *label = dimension_label (grouping, row->group_key, row->group_label);
      g_autofree char *series_label = NULL;
      guint index;

      if (series != STEWARD_REPORT_GROUPING_NONE)
        series_label = dimension_label (series, row->series_key, row->series_label);
      index = steward_report_result_add_row (result, row->group_key, label,
                                             series_label != NULL ? row->series_key : NULL,
                                             series_label);
      fill_cells (result, index, row, measures, n_measures);
    }

  /* "No grouping" is a total, which exists even when nothing was counted. */
  if (rows->len == 0 && grouping == STEWARD_REPORT_GROUPING_NONE)
    {
      g_autofree char *label = dimension_label (grouping, NULL, NULL);

      fill_cells (result, steward_report_result_add_row (result, "all", label, NULL, NULL),
                  NULL, measures, n_measures);
    }
}

static const char *
title_of (StewardReportGrouping grouping)
{
  if (grouping == STEWARD_REPORT_GROUPING_NONE)
    return NULL;
  return steward_enum_label (STEWARD_TYPE_REPORT_GROUPING, grouping);
}

StewardReportResult *
steward_report_layout (StewardReportSpec *spec,
                       gint64             now,
                       ReportTimeRole     time_role,
                       GArray            *buckets,
                       GPtrArray         *rows)
{
  StewardReportResult *result = steward_report_result_new ();
  const StewardReportMeasure *measures;
  guint n;

  measures = steward_report_spec_get_measures (spec, &n);
  add_columns (result, measures, n);
  steward_report_result_set_titles (result,
                                    title_of (steward_report_spec_get_grouping (spec)),
                                    title_of (steward_report_spec_get_series (spec)));

  if (time_role == REPORT_TIME_NONE)
    layout_rows (result, spec, rows);
  else if (buckets != NULL)
    layout_time_grid (result, spec, now, time_role == REPORT_TIME_CATEGORY, buckets, rows);
  return result;
}
