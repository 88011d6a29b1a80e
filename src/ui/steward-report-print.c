/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-reports-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-reports-page-private.h"

#include "steward-chart-paint.h"
#include "steward-error.h"
#include "steward-ui-util.h"

/* Printing: the chart at the top of the first page, then the table, continued on as many pages
 * as it needs with its header repeated, and "Page n of m" at the foot. Both are painted by the
 * chart layer (a table chart of a page's rows), as the PDF export does. Canvas units are pixels
 * at 96 dpi, so the cairo_t is scaled from points by 0.75. */

#define PT_PER_UNIT   0.75
#define FOOTER_PT     18.0
#define CHART_SHARE   0.55    /* of the first page's height */
#define TABLE_GAP     16.0
#define MAX_PAGE_ROWS 300

typedef struct
{
  guint  page;
  guint  first;
  guint  count;
  double y;
  double height;
} PrintPart;

typedef struct
{
  StewardReportResult *result;
  StewardChartOptions  options;
  char                *title;
  GArray              *parts;
  double               width;      /* canvas units */
  double               height;
  double               chart_height;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->result, steward_report_result_unref);
  g_clear_pointer (&job->parts, g_array_unref);
  g_free (job->title);
  g_free (job);
}

/* The rows [first, first + count) of @result as a result of their own. */
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
table_layout (PrintJob        *job,
              const PrintPart *part)
{
  g_autoptr(StewardReportResult) sub = sub_result (job->result, part->first, part->count);
  StewardChartOptions table = job->options;

  table.type = STEWARD_CHART_TABLE;
  table.title = NULL;
  return steward_chart_layout_new (sub, &table, job->width, part->height, NULL);
}

static void
paginate (PrintJob *job)
{
  guint n_rows = steward_report_result_get_n_rows (job->result);
  gboolean with_chart = job->options.type != STEWARD_CHART_TABLE;
  PrintPart part = { 0, 0, 0, 0, job->height };

  g_array_set_size (job->parts, 0);
  if (with_chart)
    {
      part.y = job->chart_height + TABLE_GAP;
      part.height = job->height - part.y;
    }
  while (part.first < n_rows || job->parts->len == 0)
    {
      g_autoptr(StewardChartLayout) layout = NULL;
      guint shown = 0;

      part.count = MIN (n_rows - part.first, MAX_PAGE_ROWS);
      layout = table_layout (job, &part);
      steward_chart_layout_get_table_rows (layout, &shown);
      /* At least one row a page, so a page too short for a row still makes progress. */
      part.count = MIN (MAX (shown, 1), n_rows - part.first);
      g_array_append_val (job->parts, part);
      if (part.count == 0)
        break;
      part.first += part.count;
      part.page++;
      part.y = 0;
      part.height = job->height;
    }
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  job->width = gtk_print_context_get_width (context) / PT_PER_UNIT;
  job->height = (gtk_print_context_get_height (context) - FOOTER_PT) / PT_PER_UNIT;
  job->chart_height = job->height * CHART_SHARE;
  paginate (job);
  gtk_print_operation_set_n_pages (operation,
                                   g_array_index (job->parts, PrintPart, job->parts->len - 1).page + 1);
}

static void
paint_footer (GtkPrintContext *context,
              int              page,
              int              n_pages)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  g_autoptr(PangoLayout) layout = gtk_print_context_create_pango_layout (context);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 8");
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  int width, height;

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, &height);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_move_to (cr, (gtk_print_context_get_width (context) - (double) width / PANGO_SCALE) / 2,
                 gtk_print_context_get_height (context) - (double) height / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  int n_pages = g_array_index (job->parts, PrintPart, job->parts->len - 1).page + 1;

  cairo_save (cr);
  cairo_scale (cr, PT_PER_UNIT, PT_PER_UNIT);
  if (page == 0 && job->options.type != STEWARD_CHART_TABLE)
    {
      g_autoptr(StewardChartLayout) chart =
        steward_chart_layout_new (job->result, &job->options, job->width, job->chart_height, NULL);

      steward_chart_paint (chart, cr, NULL);
    }
  for (guint i = 0; i < job->parts->len; i++)
    {
      const PrintPart *part = &g_array_index (job->parts, PrintPart, i);
      g_autoptr(StewardChartLayout) layout = NULL;

      if (part->page != (guint) page)
        continue;
      layout = table_layout (job, part);
      cairo_save (cr);
      cairo_translate (cr, 0, part->y);
      steward_chart_paint (layout, cr, NULL);
      cairo_restore (cr);
    }
  cairo_restore (cr);
  paint_footer (context, page, n_pages);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               StewardReportsPage      *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      steward_widget_show_error (GTK_WIDGET (self), error);
    }
}

/* A print operation of what the page shows, or NULL when it shows no result. */
static GtkPrintOperation *
print_operation_new (StewardReportsPage *self)
{
  GtkPrintOperation *operation;
  StewardReportSpec *spec = reports_page_top_spec (self);
  PrintJob *job;

  if (self->result == NULL || spec == NULL)
    return NULL;

  job = g_new0 (PrintJob, 1);
  job->result = steward_report_result_ref (self->result);
  job->parts = g_array_new (FALSE, TRUE, sizeof (PrintPart));
  job->title = g_strdup (gtk_label_get_text (self->breadcrumb));
  job->options.type = steward_report_spec_get_chart (spec);
  job->options.measure = steward_chart_view_get_measure (self->chart_view);
  job->options.palette = STEWARD_CHART_PALETTE_LIGHT;
  job->options.title = job->title;

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, job->title);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_object_set_data_full (G_OBJECT (operation), "job", job, (GDestroyNotify) print_job_free);
  return operation;
}

void
reports_page_print_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  StewardReportsPage *self = STEWARD_REPORTS_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = print_operation_new (self);

  if (operation == NULL)
    return;
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_WINDOW (gtk_widget_get_root (widget)), NULL);
}

int
steward_reports_page_print_to_pdf (StewardReportsPage  *self,
                                   const char          *path,
                                   GError             **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;
  PrintJob *job;

  g_return_val_if_fail (STEWARD_IS_REPORTS_PAGE (self), -1);
  g_return_val_if_fail (path != NULL, -1);

  operation = print_operation_new (self);
  if (operation == NULL)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("There is no report to print; correct the definition first"));
      return -1;
    }
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    return -1;
  job = g_object_get_data (G_OBJECT (operation), "job");
  return (int) g_array_index (job->parts, PrintPart, job->parts->len - 1).page + 1;
}
