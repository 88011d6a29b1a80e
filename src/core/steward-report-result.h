/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* How a measure's cells are stored and shown. Every kind except RATING is an exact integer:
 *   COUNT    a number of things                          12
 *   MONEY    fen (never a double, not even in a total)    123450 → "¥1,234.50"
 *   PERCENT  basis points, 1/100 of a percent             8525 → "85.25%"
 *   RATING   an average of 1–5 ratings (a double)         4.6
 *   HOURS    minutes, shown in hours                      90 → "1.5 h"  */
typedef enum {
  STEWARD_MEASURE_KIND_COUNT,
  STEWARD_MEASURE_KIND_MONEY,
  STEWARD_MEASURE_KIND_PERCENT,
  STEWARD_MEASURE_KIND_RATING,
  STEWARD_MEASURE_KIND_HOURS,
} StewardMeasureKind;

/* The chart a report draws; the nicks ("bar-grouped", …) are the stable codes stored in report
 * definitions. */
typedef enum {
  STEWARD_CHART_BAR_GROUPED,
  STEWARD_CHART_BAR_STACKED,
  STEWARD_CHART_LINE,
  STEWARD_CHART_PIE,
  STEWARD_CHART_TABLE,
} StewardChartType;

#define STEWARD_PERCENT_BASIS_POINTS 100   /* cells per percent point: 100% is 10000 */
#define STEWARD_TYPE_MEASURE_KIND (steward_measure_kind_get_type ())
#define STEWARD_TYPE_CHART_TYPE   (steward_chart_type_get_type ())
#define STEWARD_TYPE_REPORT_RESULT (steward_report_result_get_type ())

GType steward_measure_kind_get_type (void) G_GNUC_CONST;
GType steward_chart_type_get_type   (void) G_GNUC_CONST;

/* A report's result: rows × measures. Each row belongs to a category (its group: a month, a
 * service, a client) and optionally to a series (a second grouping, e.g. months × services):
 * categories and series are numbered in order of first appearance, so the engine's ORDER BY
 * decides the order of the axis and the legend. Cells start empty (NULL in SQL: no ratings, no
 * SLA deadlines) and empty is distinct from zero. Refcounted; immutable once handed to a chart. */
typedef struct _StewardReportResult StewardReportResult;

GType                steward_report_result_get_type     (void) G_GNUC_CONST;
StewardReportResult *steward_report_result_new          (void);
StewardReportResult *steward_report_result_ref          (StewardReportResult *self);
void                 steward_report_result_unref        (StewardReportResult *self);

/* Building. Columns must all be added before the first row. */
guint    steward_report_result_add_column      (StewardReportResult *self,
                                                const char          *id,
                                                const char          *label,
                                                StewardMeasureKind   kind);
/* series_key/series_label may be NULL for a result without a second grouping; category_key
 * and series_key are the codes click-to-filter uses, the labels are translated display text. */
guint    steward_report_result_add_row         (StewardReportResult *self,
                                                const char          *category_key,
                                                const char          *category_label,
                                                const char          *series_key,
                                                const char          *series_label);
/* Sets an integer cell (COUNT, MONEY fen, PERCENT basis points, HOURS minutes). */
void     steward_report_result_set_int         (StewardReportResult *self,
                                                guint                row,
                                                guint                column,
                                                gint64               value);
/* Sets a RATING cell. */
void     steward_report_result_set_double      (StewardReportResult *self,
                                                guint                row,
                                                guint                column,
                                                double               value);
void     steward_report_result_set_empty       (StewardReportResult *self,
                                                guint                row,
                                                guint                column);

/* What the category and series are ("Month", "Service"), for table headers; NULL for none. */
void        steward_report_result_set_titles            (StewardReportResult *self,
                                                         const char          *category_title,
                                                         const char          *series_title);
const char *steward_report_result_get_category_title    (StewardReportResult *self);
const char *steward_report_result_get_series_title      (StewardReportResult *self);

/* Columns. */
guint               steward_report_result_get_n_columns    (StewardReportResult *self);
const char         *steward_report_result_get_column_id    (StewardReportResult *self,
                                                            guint                column);
const char         *steward_report_result_get_column_label (StewardReportResult *self,
                                                            guint                column);
StewardMeasureKind  steward_report_result_get_column_kind  (StewardReportResult *self,
                                                            guint                column);
/* The column with that id, or -1. */
int                 steward_report_result_find_column      (StewardReportResult *self,
                                                            const char          *id);

/* Rows. */
guint       steward_report_result_get_n_rows            (StewardReportResult *self);
const char *steward_report_result_get_category_key      (StewardReportResult *self,
                                                         guint                row);
const char *steward_report_result_get_category_label    (StewardReportResult *self,
                                                         guint                row);
/* NULL when the row has no series. */
const char *steward_report_result_get_series_key        (StewardReportResult *self,
                                                         guint                row);
const char *steward_report_result_get_series_label      (StewardReportResult *self,
                                                         guint                row);
/* Index of the row's category / series in order of first appearance. */
guint       steward_report_result_get_row_category      (StewardReportResult *self,
                                                         guint                row);
guint       steward_report_result_get_row_series        (StewardReportResult *self,
                                                         guint                row);

/* Distinct categories and series. A result without series keys has one unnamed series. */
guint       steward_report_result_get_n_categories      (StewardReportResult *self);
const char *steward_report_result_get_nth_category_label (StewardReportResult *self,
                                                          guint                category);
guint       steward_report_result_get_n_series          (StewardReportResult *self);
gboolean    steward_report_result_has_series            (StewardReportResult *self);
/* NULL for the unnamed series of a result without series keys. */
const char *steward_report_result_get_nth_series_label  (StewardReportResult *self,
                                                         guint                series);
/* The row holding (category, series), or -1 when there is none. */
int         steward_report_result_lookup_row            (StewardReportResult *self,
                                                         guint                category,
                                                         guint                series);

/* Cells. */
gboolean steward_report_result_is_empty   (StewardReportResult *self,
                                           guint                row,
                                           guint                column);
/* The stored integer (fen, basis points, minutes, count); 0 for an empty or RATING cell. */
gint64   steward_report_result_get_int    (StewardReportResult *self,
                                           guint                row,
                                           guint                column);
/* A RATING cell; 0.0 when empty. */
double   steward_report_result_get_double (StewardReportResult *self,
                                           guint                row,
                                           guint                column);
/* The cell in the unit a chart's geometry uses: count, fen, percent (85.25), rating, hours.
 * For drawing only — never for sums of money. 0.0 when empty. */
double   steward_report_result_get_plot_value (StewardReportResult *self,
                                               guint                row,
                                               guint                column);
/* Display text: "12", "¥1,234.50", "85.25%", "4.6", "1.5 h"; "—" when empty. */
char    *steward_report_result_format_cell (StewardReportResult *self,
                                            guint                row,
                                            guint                column);
/* The same formatting for a value of a kind that is not (yet) in a cell. */
char    *steward_report_format_int_value  (StewardMeasureKind   kind,
                                           gint64               value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardReportResult, steward_report_result_unref)

G_END_DECLS
