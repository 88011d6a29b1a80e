/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-report-result"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "steward-report-result.h"
#include "steward-types.h"

/* The enum types and the display formatting of report cells; the table itself is in
 * steward-report-result.c. */

GType
steward_measure_kind_get_type (void)
{
  static gsize type_id = 0;
  static const GEnumValue values[] = {
    { STEWARD_MEASURE_KIND_COUNT,   "STEWARD_MEASURE_KIND_COUNT",   "count" },
    { STEWARD_MEASURE_KIND_MONEY,   "STEWARD_MEASURE_KIND_MONEY",   "money" },
    { STEWARD_MEASURE_KIND_PERCENT, "STEWARD_MEASURE_KIND_PERCENT", "percent" },
    { STEWARD_MEASURE_KIND_RATING,  "STEWARD_MEASURE_KIND_RATING",  "rating" },
    { STEWARD_MEASURE_KIND_HOURS,   "STEWARD_MEASURE_KIND_HOURS",   "hours" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static ("StewardMeasureKind", values));
  return type_id;
}

/* The names are English labels for choosers, translated on display like steward-enums.c. */
GType
steward_chart_type_get_type (void)
{
  static gsize type_id = 0;
  static const GEnumValue values[] = {
    { STEWARD_CHART_BAR_GROUPED, NC_("StewardChartType", "Grouped bars"), "bar-grouped" },
    { STEWARD_CHART_BAR_STACKED, NC_("StewardChartType", "Stacked bars"), "bar-stacked" },
    { STEWARD_CHART_LINE,        NC_("StewardChartType", "Line"),         "line" },
    { STEWARD_CHART_PIE,         NC_("StewardChartType", "Pie"),          "pie" },
    { STEWARD_CHART_TABLE,       NC_("StewardChartType", "Table only"),   "table" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static ("StewardChartType", values));
  return type_id;
}

/* "1,234,567": digits grouped by thousands, for a non-negative integer. */
static void
append_grouped (GString *out,
                guint64  value)
{
  char digits[32];
  int n = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);

  for (int i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
}

/* Formats value / scale with exactly `decimals` digits after the point (or none when trim is
 * set and they are zeros), rounding half away from zero, in integers only. */
static char *
format_scaled (gint64      value,
               guint       scale,
               guint       decimals,
               gboolean    trim,
               const char *prefix,
               const char *suffix)
{
  GString *out = g_string_new (NULL);
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;
  guint64 unit = 1;
  guint64 whole, fraction;

  for (guint i = 0; i < decimals; i++)
    unit *= 10;
  /* Rescale from `scale` sub-units to `unit` sub-units, rounding to nearest. */
  magnitude = (magnitude * unit + scale / 2) / scale;
  whole = magnitude / unit;
  fraction = magnitude % unit;
  if (value < 0 && magnitude != 0)
    g_string_append_c (out, '-');
  g_string_append (out, prefix);
  append_grouped (out, whole);
  if (decimals > 0 && !(trim && fraction == 0))
    g_string_append_printf (out, ".%0*" G_GUINT64_FORMAT, (int) decimals, fraction);
  g_string_append (out, suffix);
  return g_string_free (out, FALSE);
}

char *
steward_report_format_int_value (StewardMeasureKind kind,
                                 gint64             value)
{
  switch (kind)
    {
    case STEWARD_MEASURE_KIND_MONEY:
      return format_scaled (value, STEWARD_FEN_PER_YUAN, 2, FALSE, "¥", "");
    case STEWARD_MEASURE_KIND_PERCENT:
      /* One decimal is what people read in a compliance table: 85.3%. */
      return format_scaled (value, STEWARD_PERCENT_BASIS_POINTS, 1, FALSE, "", "%");
    case STEWARD_MEASURE_KIND_HOURS:
      {
        g_autofree char *hours = format_scaled (value, 60, 1, TRUE, "", "");
        /* TRANSLATORS: a number of hours, abbreviated: "1.5 h" */
        return g_strdup_printf (_("%s h"), hours);
      }
    case STEWARD_MEASURE_KIND_RATING:
      return format_scaled (value, 1, 1, FALSE, "", "");
    case STEWARD_MEASURE_KIND_COUNT:
    default:
      return format_scaled (value, 1, 0, FALSE, "", "");
    }
}

char *
steward_report_result_format_cell (StewardReportResult *self,
                                   guint                row,
                                   guint                column)
{
  StewardMeasureKind kind;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < steward_report_result_get_n_rows (self), NULL);
  g_return_val_if_fail (column < steward_report_result_get_n_columns (self), NULL);

  kind = steward_report_result_get_column_kind (self, column);
  if (steward_report_result_is_empty (self, row, column))
    return g_strdup ("—");
  if (kind == STEWARD_MEASURE_KIND_RATING)
    return format_scaled (llround (steward_report_result_get_double (self, row, column) * 10.0),
                          10, 1, FALSE, "", "");
  return steward_report_format_int_value (kind, steward_report_result_get_int (self, row, column));
}
