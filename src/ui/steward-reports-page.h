/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-report-result.h"
#include "steward-report-spec.h"

G_BEGIN_DECLS

/* The Reports page: the built-in reports and the saved definitions (a list in the header), the
 * chart above the table of the report shown, a designer panel whose changes update the preview
 * (debounced), drill-down by clicking the chart or activating a table row (with a breadcrumb
 * and a way back), saving, renaming, duplicating and deleting definitions, exporting to .xlsx,
 * PDF, PNG, SVG and CSV (progress and Cancel in the page), and printing.
 *
 * Actions (on the page):
 *   page.new                   a new report in the designer
 *   reports.open-template (s)  a built-in report by code ("quarterly-summary")
 *   reports.open-saved (x)     a saved definition by id
 *   reports.save               saves the definition (a built-in or new one asks for a name)
 *   reports.save-as            saves a copy under a new name
 *   reports.rename, reports.duplicate, reports.delete (with Undo)
 *   reports.drill-up           back one drill-down level
 *   reports.show-designer      (boolean state) the designer panel
 *   reports.export (s)         "xlsx", "pdf", "png", "svg" or "csv": asks where, then exports
 *   reports.print              prints the chart and the table */
#define STEWARD_TYPE_REPORTS_PAGE (steward_reports_page_get_type ())
G_DECLARE_FINAL_TYPE (StewardReportsPage, steward_reports_page, STEWARD, REPORTS_PAGE, AdwBin)

GtkWidget           *steward_reports_page_new            (void);

/* Reports run at this instant (Unix seconds) instead of the clock's; 0 for the clock. */
void                 steward_reports_page_set_now        (StewardReportsPage  *self,
                                                          gint64               now);
/* Runs the preview now instead of after the debounce delay, and waits for it (iterating the
 * default main context): for tests and callers that need the result at once. The page itself
 * never waits: its runs go to a worker thread. */
void                 steward_reports_page_run_now        (StewardReportsPage  *self);
/* Whether a preview run is pending or in flight (the result shown is then an older one). */
gboolean             steward_reports_page_is_updating    (StewardReportsPage  *self);
/* Whether the page shows "Updating…" (a run has taken longer than a moment). */
gboolean             steward_reports_page_get_updating_shown (StewardReportsPage *self);
/* Tests: each run's worker waits @milliseconds before it starts (cancellable), so a test can
 * supersede a run while it is in flight. 0 (the default) for none. */
void                 steward_reports_page_set_worker_delay (StewardReportsPage *self,
                                                            guint               milliseconds);

/* The definition the designer shows (without drill-down filters). Lent. */
StewardReportSpec   *steward_reports_page_get_definition (StewardReportsPage  *self);
/* What the preview runs: the definition narrowed by every drill-down level. Lent. */
StewardReportSpec   *steward_reports_page_get_shown_spec (StewardReportsPage  *self);
/* The preview's result, or NULL when the definition cannot run. Lent. */
StewardReportResult *steward_reports_page_get_result     (StewardReportsPage  *self);
/* Why the preview is empty (a refused definition, a storage error), or NULL. */
const char          *steward_reports_page_get_message    (StewardReportsPage  *self);
/* How many drill-down levels are on the trail (0 for the report itself). */
guint                steward_reports_page_get_drill_depth (StewardReportsPage *self);
/* The chart view and the designer, for tests and keyboard focus. */
GtkWidget           *steward_reports_page_get_chart_view (StewardReportsPage  *self);
GtkWidget           *steward_reports_page_get_designer   (StewardReportsPage  *self);
GtkWidget           *steward_reports_page_get_table      (StewardReportsPage  *self);

/* What the name dialogs do, without the dialogs. Each refusal (a taken name, an empty one)
 * changes nothing. */
gboolean             steward_reports_page_save_as        (StewardReportsPage  *self,
                                                          const char          *name,
                                                          GError             **error);
gboolean             steward_reports_page_rename         (StewardReportsPage  *self,
                                                          const char          *name,
                                                          GError             **error);

/* Writes what the page shows to @path as @format ("xlsx", "pdf", "png", "svg", "csv") in a
 * worker thread, with the page's progress bar and Cancel; a toast says where it went.
 * Finish with steward_reports_page_export_finish(). */
void                 steward_reports_page_export         (StewardReportsPage  *self,
                                                          const char          *format,
                                                          const char          *path,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean             steward_reports_page_export_finish  (StewardReportsPage  *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);

/* Prints what the page shows to a PDF file at @path, as the print dialog would print it, and
 * returns the number of pages; -1 with @error set when it fails. */
int                  steward_reports_page_print_to_pdf   (StewardReportsPage  *self,
                                                          const char          *path,
                                                          GError             **error);

G_END_DECLS
