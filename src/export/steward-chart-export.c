/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-chart-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>

#include "steward-chart-export-private.h"
#include "steward-chart-paint.h"

/* PDF points per canvas unit: the canvas is 96 dpi, PDF 72. */
#define PT_PER_UNIT 0.75

cairo_status_t
export_sink_write (void                *closure,
                   const unsigned char *data,
                   unsigned int         length)
{
  ExportSink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!export_file_write (sink->file, data, length, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
export_sink_finish (ExportSink       *sink,
                    cairo_surface_t  *surface,
                    GError          **error)
{
  cairo_status_t status;

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (sink->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&sink->error));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      export_set_write_error (error, sink->file->path, cairo_status_to_string (status));
      return FALSE;
    }
  return export_file_commit (sink->file, error);
}

static void
paint_chart (StewardReportResult       *result,
             const StewardChartOptions *options,
             double                     width,
             double                     height,
             cairo_t                   *cr)
{
  g_autoptr(StewardChartLayout) layout = steward_chart_layout_new (result, options, width,
                                                                   height, NULL);

  steward_chart_paint (layout, cr, NULL);
}

gboolean
steward_chart_export_png (StewardReportResult       *result,
                          const StewardChartOptions *options,
                          double                     width,
                          double                     height,
                          double                     scale,
                          const char                *path,
                          GError                   **error)
{
  g_autoptr(ExportFile) file = NULL;
  ExportSink sink = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (result != NULL && options != NULL && path != NULL, FALSE);
  g_return_val_if_fail (width >= 1 && height >= 1 && scale > 0, FALSE);

  file = export_file_new (path, error);
  if (file == NULL)
    return FALSE;
  sink.file = file;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                        (int) ceil (height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  paint_chart (result, options, width, height, cr);
  cairo_destroy (cr);

  status = cairo_surface_write_to_png_stream (surface, export_sink_write, &sink);
  if (status != CAIRO_STATUS_SUCCESS && sink.error == NULL)
    export_set_write_error (&sink.error, path, cairo_status_to_string (status));
  return export_sink_finish (&sink, surface, error);
}

gboolean
steward_chart_export_svg (StewardReportResult       *result,
                          const StewardChartOptions *options,
                          double                     width,
                          double                     height,
                          const char                *path,
                          GError                   **error)
{
  g_autoptr(ExportFile) file = NULL;
  ExportSink sink = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (result != NULL && options != NULL && path != NULL, FALSE);
  g_return_val_if_fail (width >= 1 && height >= 1, FALSE);

  file = export_file_new (path, error);
  if (file == NULL)
    return FALSE;
  sink.file = file;

  surface = cairo_svg_surface_create_for_stream (export_sink_write, &sink, width, height);
  /* Canvas units are CSS pixels, so the SVG opens at the size the window shows. */
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
  cr = cairo_create (surface);
  paint_chart (result, options, width, height, cr);
  cairo_destroy (cr);
  return export_sink_finish (&sink, surface, error);
}

gboolean
steward_chart_export_pdf (StewardReportResult       *result,
                          const StewardChartOptions *options,
                          double                     width,
                          double                     height,
                          const char                *path,
                          GError                   **error)
{
  g_autoptr(ExportFile) file = NULL;
  ExportSink sink = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (result != NULL && options != NULL && path != NULL, FALSE);
  g_return_val_if_fail (width >= 1 && height >= 1, FALSE);

  file = export_file_new (path, error);
  if (file == NULL)
    return FALSE;
  sink.file = file;

  surface = cairo_pdf_surface_create_for_stream (export_sink_write, &sink,
                                                 width * PT_PER_UNIT, height * PT_PER_UNIT);
  if (options->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, options->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Steward " PACKAGE_VERSION);
  cr = cairo_create (surface);
  cairo_scale (cr, PT_PER_UNIT, PT_PER_UNIT);
  paint_chart (result, options, width, height, cr);
  cairo_destroy (cr);
  return export_sink_finish (&sink, surface, error);
}
