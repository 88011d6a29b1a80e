/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "steward-chart-export.h"
#include "steward-cli-private.h"
#include "steward-csv.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-money.h"
#include "steward-report-engine.h"
#include "steward-report-templates.h"
#include "steward-store-reports.h"
#include "steward-time.h"
#include "steward-xlsx.h"

/* `report list` and `report run` (SPEC §8, §9): saved definitions and built-in templates run
 * headless, e.g. from cron, to .xlsx, .pdf, .png, .svg or .csv. */

static int
report_list (StewardCliContext  *ctx,
             int                 argc,
             char              **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(StewardStoreReports) reports = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  StewardStore *store;

  if (!steward_cli_parse (ctx, NULL, NULL, &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 0, "[--json]"))
    return STEWARD_EXIT_USAGE;
  if ((store = steward_cli_open_store (ctx, &error)) == NULL ||
      (entries = steward_store_reports_list ((reports = steward_store_reports_new (store)), TRUE, &error)) == NULL)
    return steward_cli_fail (error);

  json_builder_begin_array (b);
  for (guint i = 0; i < entries->len; i++)
    {
      StewardReportEntry *e = g_ptr_array_index (entries, i);
      g_autofree char *key = e->builtin ? g_strdup (e->code) : g_strdup_printf ("%" G_GINT64_FORMAT, e->id);

      if (!ctx->json)
        {
          g_print ("%s\t%s\t%s\n", key, e->name, e->builtin ? _("built-in") : _("saved"));
          continue;
        }
      json_builder_begin_object (b);
      steward_cli_json_string (b, "key", key);
      steward_cli_json_string (b, "name", e->name);
      steward_cli_json_bool (b, "builtin", e->builtin);
      steward_cli_json_string (b, "source", steward_enum_code (STEWARD_TYPE_REPORT_SOURCE, e->source));
      steward_cli_json_string (b, "chart", steward_enum_code (STEWARD_TYPE_CHART_TYPE, e->chart));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  if (ctx->json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (b);
      steward_cli_print_json (root);
    }
  return STEWARD_EXIT_OK;
}

/* A built-in template's code, a saved definition's id, or a name (ignoring case). */
static StewardReportSpec *
find_report (StewardStore  *store,
             const char    *name,
             GError       **error)
{
  g_autoptr(StewardStoreReports) reports = steward_store_reports_new (store);
  g_autoptr(GPtrArray) entries = steward_store_reports_list (reports, TRUE, error);
  g_autofree char *folded = g_utf8_casefold (name, -1);

  if (entries == NULL)
    return NULL;
  for (guint i = 0; i < entries->len; i++)
    {
      StewardReportEntry *e = g_ptr_array_index (entries, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, e->id);
      g_autofree char *entry_name = g_utf8_casefold (e->name, -1);

      if (!(g_strcmp0 (e->code, name) == 0 || (!e->builtin && g_str_equal (id, name)) ||
            g_str_equal (entry_name, folded)))
        continue;
      return e->builtin ? steward_report_template_new (e->code, error)
                        : steward_store_reports_load (reports, e->id, error);
    }
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
               _("There is no report “%s”; “steward report list” shows them"), name);
  return NULL;
}

/* A machine-readable cell: plain numbers in the C locale (yuan with two decimals, percent with
 * two, hours with one), empty for an empty cell. */
static char *
csv_cell (StewardReportResult *result,
          guint                row,
          guint                column)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  gint64 value;

  if (steward_report_result_is_empty (result, row, column))
    return g_strdup ("");
  value = steward_report_result_get_int (result, row, column);
  switch (steward_report_result_get_column_kind (result, column))
    {
    case STEWARD_MEASURE_KIND_MONEY:
      return steward_money_format_plain (value);
    case STEWARD_MEASURE_KIND_PERCENT:
      return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%02d", value < 0 ? "-" : "",
                              ABS (value) / 100, (int) (ABS (value) % 100));
    case STEWARD_MEASURE_KIND_RATING:
      return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f",
                                        steward_report_result_get_double (result, row, column)));
    case STEWARD_MEASURE_KIND_HOURS:
      return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.1f", value / 60.0));
    case STEWARD_MEASURE_KIND_COUNT:
    default:
      return g_strdup_printf ("%" G_GINT64_FORMAT, value);
    }
}

static gboolean
write_csv (StewardReportResult  *result,
           const char           *path,
           GError              **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  gboolean series = steward_report_result_has_series (result);
  guint n_columns = steward_report_result_get_n_columns (result);

  g_ptr_array_add (fields, g_strdup (steward_report_result_get_category_title (result)));
  if (series)
    g_ptr_array_add (fields, g_strdup (steward_report_result_get_series_title (result)));
  for (guint c = 0; c < n_columns; c++)
    g_ptr_array_add (fields, g_strdup (steward_report_result_get_column_label (result, c)));
  steward_csv_append_row (out, (const char * const *) fields->pdata, fields->len);

  for (guint r = 0; r < steward_report_result_get_n_rows (result); r++)
    {
      g_ptr_array_set_size (fields, 0);
      g_ptr_array_add (fields, g_strdup (steward_report_result_get_category_label (result, r)));
      if (series)
        g_ptr_array_add (fields, g_strdup (steward_report_result_get_series_label (result, r)));
      for (guint c = 0; c < n_columns; c++)
        g_ptr_array_add (fields, csv_cell (result, r, c));
      steward_csv_append_row (out, (const char * const *) fields->pdata, fields->len);
    }

  /* Written to a temporary file and renamed, never half a report; private like every export. */
  if (!g_file_set_contents_full (path, out->str, out->len, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                 &local_error))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE, "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}

typedef struct {
  char   *period;
  char   *output;
  double  width;
  double  height;
} RunOptions;

static gboolean
write_output (StewardReportSpec    *spec,
              StewardReportResult  *result,
              const char           *period_label,
              const RunOptions     *o,
              GError              **error)
{
  StewardChartOptions chart = { steward_report_spec_get_chart (spec), 0, STEWARD_CHART_PALETTE_LIGHT,
                                NULL, steward_report_spec_get_name (spec) };
  g_autofree char *lower = g_ascii_strdown (o->output, -1);

  if (g_str_has_suffix (lower, ".xlsx"))
    {
      StewardXlsxOptions xlsx = {
        .title = steward_report_spec_get_name (spec),
        .source = steward_enum_label (STEWARD_TYPE_REPORT_SOURCE, steward_report_spec_get_source (spec)),
        .grouping = steward_enum_label (STEWARD_TYPE_REPORT_GROUPING, steward_report_spec_get_grouping (spec)),
        .period = period_label,
        .generated_at = STEWARD_TIME_NONE,
        .chart_type = chart.type,
      };
      return steward_xlsx_export_result (result, &xlsx, o->output, NULL, error);
    }
  if (g_str_has_suffix (lower, ".pdf"))
    return steward_chart_export_pdf_report (result, &chart, o->output, NULL, error);
  if (chart.type == STEWARD_CHART_TABLE && (g_str_has_suffix (lower, ".png") || g_str_has_suffix (lower, ".svg")))
    chart.type = STEWARD_CHART_BAR_GROUPED;  /* an image of a table-only report shows its first measure */
  if (g_str_has_suffix (lower, ".png"))
    return steward_chart_export_png (result, &chart, o->width, o->height, 1.0, o->output, error);
  if (g_str_has_suffix (lower, ".svg"))
    return steward_chart_export_svg (result, &chart, o->width, o->height, o->output, error);
  return write_csv (result, o->output, error);
}

static gboolean
run_report (StewardCliContext  *ctx,
            const char         *name,
            const RunOptions   *o,
            GError            **error)
{
  g_autoptr(StewardReportSpec) spec = NULL;
  g_autoptr(StewardReportPeriod) period = NULL;
  g_autoptr(StewardReportResult) result = NULL;
  g_autofree char *period_label = NULL;
  gint64 now = steward_time_now ();
  StewardStore *store;

  if ((store = steward_cli_open_store (ctx, error)) == NULL ||
      (spec = find_report (store, name, error)) == NULL)
    return FALSE;
  /* An explicit period replaces the definition's own (or its schedule's). */
  if (o->period != NULL)
    {
      steward_report_spec_set_periodic (spec, STEWARD_REPORT_PERIODIC_NONE);
      steward_report_spec_set_period (spec, o->period);
    }
  if (!steward_report_spec_resolve_period (spec, now, ctx->tz, &period, error))
    {
      g_prefix_error (error, "--period: ");
      return FALSE;
    }
  period_label = period != NULL ? steward_report_period_dup_label (period) : g_strdup (_("All time"));

  if ((result = steward_report_engine_run (store, spec, now, ctx->tz, NULL, error)) == NULL ||
      !write_output (spec, result, period_label, o, error))
    return FALSE;
  return TRUE;
}

static gboolean
known_output (const char *path)
{
  static const char * const suffixes[] = { ".xlsx", ".pdf", ".png", ".svg", ".csv" };
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i]))
      return TRUE;
  return FALSE;
}

static int
report_run (StewardCliContext  *ctx,
            int                 argc,
            char              **argv)
{
  RunOptions o = { NULL, NULL, 960, 540 };
  GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &o.period, N_("The period: last quarter, this month, 2026-Q3, 2026-03, 2026-03-01..2026-03-31 …"), N_("PERIOD") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &o.output, N_("The file to write; its extension chooses the format"), "FILE.xlsx|pdf|png|svg|csv" },
    { "width", 0, 0, G_OPTION_ARG_DOUBLE, &o.width, N_("Image width in pixels (960 unless given)"), N_("PIXELS") },
    { "height", 0, 0, G_OPTION_ARG_DOUBLE, &o.height, N_("Image height in pixels (540 unless given)"), N_("PIXELS") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  int status = STEWARD_EXIT_OK;

  if (!steward_cli_parse (ctx, entries, "NAME --output FILE", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "NAME [--period P] --output FILE.{xlsx,pdf,png,svg,csv}"))
    status = STEWARD_EXIT_USAGE;
  else if (o.output == NULL || !known_output (o.output))
    status = steward_cli_usage_error (argv[0], _("--output needs a file ending in .xlsx, .pdf, .png, .svg or .csv"));
  else if (o.width < 100 || o.width > 10000 || o.height < 100 || o.height > 10000)
    status = steward_cli_usage_error (argv[0], _("--width and --height must be between 100 and 10000 pixels"));
  else if (!run_report (ctx, argv[1], &o, &error))
    status = steward_cli_fail (error);
  else
    g_print (_("Wrote %s.\n"), o.output);

  g_free (o.period);
  g_free (o.output);
  return status;
}

const StewardCliCommand steward_cli_report_commands[] = {
  { "list", "[--json]", N_("Lists built-in and saved reports"), report_list, NULL },
  { "run", "NAME [--period P] --output FILE.{xlsx,pdf,png,svg,csv}",
    N_("Runs a report to a file (for cron: a scheduled report covers its last complete period)"),
    report_run, NULL },
  { NULL }
};
