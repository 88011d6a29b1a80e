/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "steward-chart-layout.h"

G_BEGIN_DECLS

/* Chart images and PDF documents, all drawn by the chart layer's one paint function
 * (steward_chart_paint), so a PNG, an SVG, a PDF and the window show the same chart. Sizes are
 * in the chart's canvas units (pixels at 96 dpi). Text goes through Pango, which falls back to
 * a CJK font (Noto Sans CJK) for Chinese. Files are written under a temporary name and renamed
 * when complete, so a failure leaves nothing; failures are STEWARD_ERROR_STORAGE. */

/* A PNG of width × height canvas units, `scale` pixels per unit (2 for a sharp image on a
 * high-density screen or in a printed document). */
gboolean steward_chart_export_png        (StewardReportResult       *result,
                                          const StewardChartOptions *options,
                                          double                     width,
                                          double                     height,
                                          double                     scale,
                                          const char                *path,
                                          GError                   **error);
/* An SVG whose user units are the canvas units (width="…px"). */
gboolean steward_chart_export_svg        (StewardReportResult       *result,
                                          const StewardChartOptions *options,
                                          double                     width,
                                          double                     height,
                                          const char                *path,
                                          GError                   **error);
/* A one-page PDF the size of the chart (a canvas unit is 0.75 pt, as 96 dpi is to 72). */
gboolean steward_chart_export_pdf        (StewardReportResult       *result,
                                          const StewardChartOptions *options,
                                          double                     width,
                                          double                     height,
                                          const char                *path,
                                          GError                   **error);
/* A report on A4 portrait pages: the chart (with options->title) at the top of the first
 * page, then the result's table below it and on as many further pages as it needs, the header
 * repeated on each page, and "Page n of m" at the foot of every page. A table-only report
 * (options->type STEWARD_CHART_TABLE) starts with the table. */
gboolean steward_chart_export_pdf_report (StewardReportResult       *result,
                                          const StewardChartOptions *options,
                                          const char                *path,
                                          GCancellable              *cancellable,
                                          GError                   **error);

G_END_DECLS
