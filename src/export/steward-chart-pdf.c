/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-chart-export"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "steward-chart-export-private.h"
#include "steward-chart-paint.h"

/* A4 portrait in points, with 0.5 in margins and a line for the page number. */
#define PAGE_WIDTH     595.276
#define PAGE_HEIGHT    841.890
#define MARGIN         36.0
#define FOOTER         18.0
#define PT_PER_UNIT    0.75
/* The chart's share of the first page, in canvas units, and the least room worth starting a
 * table in below it. */
#define CHART_HEIGHT   520.0
#define MIN_TABLE      120.0
#define TABLE_GAP      16.0
/* More rows than any page holds: a page's table is laid out on at most this many rows. */
#define MAX_PAGE_ROWS  300

#define CONTENT_WIDTH  ((PAGE_WIDTH - 2 * MARGIN) / PT_PER_UNIT)
#define CONTENT_HEIGHT ((PAGE_HEIGHT - 2 * MARGIN - FOOTER) / PT_PER_UNIT)

/* The rows [first, first + count) of the result's table, drawn at y on a page. */
typedef struct
{
  guint  page;
  guint  first;
  guint  count;
  double y;
  double height;
} TablePart;

/* A result holding some rows of another, so the chart layer's table draws one page of it. */
static StewardReportResult *
sub_result (StewardReportResult *result,
            guint                first,
            guint                count)
{
  StewardReportResult *sub = steward_report_result_new ();
  guint n_columns = steward_report_result_get_n_columns (result);

  for (guint c = 0; c < n_columns; c++)
    steward_report_result_add_column (sub, steward_report_result_get_column_id (result, c),
                                      steward_report_result_get_column_label (result, c),
                                      steward_report_result_get_column_kind (result, c));
  steward_report_result_set_titles (sub, steward_report_result_get_category_title (result),
                                    steward_report_result_get_series_title (result));
  for (guint r = first; r < first + count; r++)
    {
      guint row = steward_report_result_add_row (sub,
                                                 steward_report_result_get_category_key (result, r),
                                                 steward_report_result_get_category_label (result, r),
                                                 steward_report_result_get_series_key (result, r),
                                                 steward_report_result_get_series_label (result, r));

      for (guint c = 0; c < n_columns; c++)
        {
          if (steward_report_result_is_empty (result, r, c))
            continue;
          if (steward_report_result_get_column_kind (result, c) == STEWARD_MEASURE_KIND_RATING)
            steward_report_result_set_double (sub, row, c, steward_report_result_get_double (result, r, c));
          else
            steward_report_result_set_int (sub, row, c, steward_report_result_get_int (result, r, c));
        }
    }
  return sub;
}

static StewardChartLayout *
table_layout (StewardReportResult       *result,
              const StewardChartOptions *options,
              const TablePart           *part,
              gboolean                   titled)
{
  g_autoptr(StewardReportResult) sub = sub_result (result, part->first, part->count);
  StewardChartOptions table = *options;

  table.type = STEWARD_CHART_TABLE;
  table.palette = STEWARD_CHART_PALETTE_LIGHT;
  if (!titled)
    table.title = NULL;
  return steward_chart_layout_new (sub, &table, CONTENT_WIDTH, part->height, NULL);
}

/* How many rows from `first` the chart layer's table shows in `height` (at least one, so a
 * page too short for a row still makes progress). */
static guint
rows_fitting (StewardReportResult       *result,
              const StewardChartOptions *options,
              TablePart                 *part,
              gboolean                   titled)
{
  guint n_rows = steward_report_result_get_n_rows (result);
  g_autoptr(StewardChartLayout) layout = NULL;
  guint shown = 0;

  part->count = MIN (n_rows - part->first, MAX_PAGE_ROWS);
  layout = table_layout (result, options, part, titled);
  steward_chart_layout_get_table_rows (layout, &shown);
  return MAX (shown, 1);
}

static GArray *
paginate (StewardReportResult       *result,
          const StewardChartOptions *options,
          gboolean                   with_chart)
{
  GArray *parts = g_array_new (FALSE, TRUE, sizeof (TablePart));
  guint n_rows = steward_report_result_get_n_rows (result);
  TablePart part = { 0, 0, 0, 0, CONTENT_HEIGHT };

  if (with_chart)
    {
      part.y = CHART_HEIGHT + TABLE_GAP;
      part.height = CONTENT_HEIGHT - part.y;
    }
  if (!with_chart && n_rows == 0)
    g_array_append_val (parts, part);  /* a table saying "No data" */

  while (part.first < n_rows)
    {
      gboolean titled = !with_chart && parts->len == 0;

      part.count = rows_fitting (result, options, &part, titled);
      g_array_append_val (parts, part);
      part.first += part.count;
      part.page++;
      part.y = 0;
      part.height = CONTENT_HEIGHT;
    }
  return parts;
}

static void
paint_footer (cairo_t *cr,
              guint    page,
              guint    n_pages)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 8");
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  int width, height;

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, &height);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_move_to (cr, (PAGE_WIDTH - (double) width / PANGO_SCALE) / 2,
                 PAGE_HEIGHT - MARGIN - (double) height / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
}

static void
paint_page (cairo_t                   *cr,
            StewardReportResult       *result,
            const StewardChartOptions *options,
            GArray                    *parts,
            guint                      page,
            gboolean                   with_chart)
{
  cairo_save (cr);
  cairo_translate (cr, MARGIN, MARGIN);
  cairo_scale (cr, PT_PER_UNIT, PT_PER_UNIT);
  if (with_chart && page == 0)
    {
      StewardChartOptions chart = *options;
      g_autoptr(StewardChartLayout) layout = NULL;

      chart.palette = STEWARD_CHART_PALETTE_LIGHT;
      layout = steward_chart_layout_new (result, &chart, CONTENT_WIDTH, CHART_HEIGHT, NULL);
      steward_chart_paint (layout, cr, NULL);
    }
  for (guint i = 0; i < parts->len; i++)
    {
      const TablePart *part = &g_array_index (parts, TablePart, i);
      g_autoptr(StewardChartLayout) layout = NULL;

      if (part->page != page)
        continue;
      layout = table_layout (result, options, part, !with_chart && i == 0);
      cairo_save (cr);
      cairo_translate (cr, 0, part->y);
      steward_chart_paint (layout, cr, NULL);
      cairo_restore (cr);
    }
  cairo_restore (cr);
}

gboolean
steward_chart_export_pdf_report (StewardReportResult       *result,
                                 const StewardChartOptions *options,
                                 const char                *path,
                                 GCancellable              *cancellable,
                                 GError                   **error)
{
  g_autoptr(ExportFile) file = NULL;
  g_autoptr(GArray) parts = NULL;
  ExportSink sink = { NULL, NULL };
  gboolean with_chart;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (result != NULL && options != NULL && path != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  file = export_file_new (path, error);
  if (file == NULL)
    return FALSE;
  sink.file = file;

  with_chart = options->type != STEWARD_CHART_TABLE;
  parts = paginate (result, options, with_chart);
  n_pages = parts->len > 0 ? g_array_index (parts, TablePart, parts->len - 1).page + 1 : 1;

  surface = cairo_pdf_surface_create_for_stream (export_sink_write, &sink, PAGE_WIDTH, PAGE_HEIGHT);
  if (options->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, options->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Steward " PACKAGE_VERSION);
  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages; page++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, &sink.error))
        break;
      paint_page (cr, result, options, parts, page, with_chart);
      paint_footer (cr, page, n_pages);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  return export_sink_finish (&sink, surface, error);
}
