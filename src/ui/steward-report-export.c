/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-reports-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-reports-page-private.h"

#include "steward-chart-export.h"
#include "steward-csv.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-report-drill.h"
#include "steward-time.h"
#include "steward-ui-util.h"
#include "steward-xlsx.h"

/* Exports of what the page shows, in a worker thread: the result is immutable and every writer
 * takes its own copies of the strings, so the page stays usable and can cancel. */

/* Chart images: a 16:10 chart as wide as a slide. */
#define IMAGE_WIDTH  1000.0
#define IMAGE_HEIGHT 625.0
/* A quick export finishes before this; a slower one shows its progress bar. */
#define PROGRESS_DELAY_MS 300

typedef struct
{
  StewardReportResult *result;
  char                *format;
  char                *path;
  char                *title;
  char                *source;
  GStrv                filters;
  char                *grouping;
  char                *measures;
  char                *period;
  StewardChartType     chart;
  guint                measure;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_pointer (&job->result, steward_report_result_unref);
  g_free (job->format);
  g_free (job->path);
  g_free (job->title);
  g_free (job->source);
  g_strfreev (job->filters);
  g_free (job->grouping);
  g_free (job->measures);
  g_free (job->period);
  g_free (job);
}

/* A CSV cell holds the plain number a spreadsheet computes with: yuan, percent, hours. */
static char *
csv_cell (StewardReportResult *result,
          guint                row,
          guint                column)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  gint64 v = steward_report_result_get_int (result, row, column);

  if (steward_report_result_is_empty (result, row, column))
    return g_strdup ("");
  switch (steward_report_result_get_column_kind (result, column))
    {
    case STEWARD_MEASURE_KIND_MONEY:
      return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%02d", v < 0 ? "-" : "", ABS (v) / 100, (int) (ABS (v) % 100));
    case STEWARD_MEASURE_KIND_PERCENT:
      return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%02d", v < 0 ? "-" : "", ABS (v) / 100, (int) (ABS (v) % 100));
    case STEWARD_MEASURE_KIND_HOURS:
      return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", v / 60.0));
    case STEWARD_MEASURE_KIND_RATING:
      return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f",
                                        steward_report_result_get_double (result, row, column)));
    case STEWARD_MEASURE_KIND_COUNT:
    default:
      return g_strdup_printf ("%" G_GINT64_FORMAT, v);
    }
}

static gboolean
export_csv (StewardReportResult *result,
            const char          *path,
            GError             **error)
{
  g_autoptr(GString) out = g_string_new ("\xEF\xBB\xBF");  /* so Excel reads UTF-8 */
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  guint n_columns = steward_report_result_get_n_columns (result);
  gboolean series = steward_report_result_has_series (result);
  g_autoptr(GError) local = NULL;

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
  /* g_file_set_contents writes a temporary file and renames it: never half a file. */
  if (!g_file_set_contents (path, out->str, out->len, &local))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                   _("The file “%s” could not be written: %s"), path, local->message);
      return FALSE;
    }
  return TRUE;
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  StewardChartOptions chart = { job->chart, job->measure, STEWARD_CHART_PALETTE_LIGHT, NULL, job->title };
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_str_equal (job->format, "xlsx"))
    {
      const StewardXlsxOptions options = {
        job->title, job->source, (const char * const *) job->filters, job->grouping,
        job->measures, job->period, STEWARD_TIME_NONE, job->chart, job->measure, NULL,
      };

      ok = steward_xlsx_export_result (job->result, &options, job->path, cancellable, &error);
    }
  else if (g_str_equal (job->format, "pdf"))
    ok = steward_chart_export_pdf_report (job->result, &chart, job->path, cancellable, &error);
  else if (g_str_equal (job->format, "png"))
    ok = steward_chart_export_png (job->result, &chart, IMAGE_WIDTH, IMAGE_HEIGHT, 2.0, job->path, &error);
  else if (g_str_equal (job->format, "svg"))
    ok = steward_chart_export_svg (job->result, &chart, IMAGE_WIDTH, IMAGE_HEIGHT, job->path, &error);
  else
    ok = export_csv (job->result, job->path, &error);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static ExportJob *
export_job_new (StewardReportsPage *self,
                const char         *format,
                const char         *path)
{
  ExportJob *job = g_new0 (ExportJob, 1);
  StewardReportSpec *spec = reports_page_top_spec (self);
  GString *title = g_string_new (steward_report_spec_get_name (spec));

  /* The title says which slice of the report this is. */
  for (guint i = 1; i < self->trail->len; i++)
    g_string_append_printf (title, " · %s", g_array_index (self->trail, DrillLevel, i).label);

  job->result = steward_report_result_ref (self->result);
  job->format = g_strdup (format);
  job->path = g_strdup (path);
  job->title = g_string_free (title, FALSE);
  job->source = g_strdup (steward_enum_label (STEWARD_TYPE_REPORT_SOURCE,
                                              steward_report_spec_get_source (spec)));
  job->filters = steward_report_describe_filters (spec, self->client_names);
  job->grouping = steward_report_describe_grouping (spec);
  job->measures = steward_report_describe_measures (spec);
  job->period = steward_report_describe_period (spec);
  job->chart = steward_report_spec_get_chart (spec);
  job->measure = steward_chart_view_get_measure (self->chart_view);
  return job;
}

/* The writers report no fraction of their work, so the bar pulses while one runs. */
static gboolean
pulse_progress (gpointer user_data)
{
  StewardReportsPage *self = user_data;

  gtk_progress_bar_pulse (self->export_progress);
  return G_SOURCE_CONTINUE;
}

static gboolean
show_progress (gpointer user_data)
{
  StewardReportsPage *self = user_data;

  gtk_revealer_set_reveal_child (self->export_bar, TRUE);
  gtk_progress_bar_set_fraction (self->export_progress, 0);
  self->export_timeout = g_timeout_add (100, pulse_progress, self);
  return G_SOURCE_REMOVE;
}

static void
on_open_export (AdwToast           *toast,
                StewardReportsPage *self)
{
  const char *path = g_object_get_data (G_OBJECT (toast), "path");
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (uri != NULL)
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  StewardReportsPage *self = STEWARD_REPORTS_PAGE (source);
  GTask *outer = user_data;
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->export_timeout, g_source_remove);
  g_clear_object (&self->export_cancellable);

  if (self->export_bar == NULL)
    {
      /* The page went away while the thread ran (its dispose cancelled the export). */
      if (!g_task_propagate_boolean (G_TASK (result), &error))
        g_task_return_error (outer, g_steal_pointer (&error));
      else
        g_task_return_boolean (outer, TRUE);
      g_object_unref (outer);
      return;
    }
  gtk_revealer_set_reveal_child (self->export_bar, FALSE);
  reports_page_update_state (self);

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *name = g_filename_display_basename (job->path);
      g_autofree char *title = g_strdup_printf (_("Exported “%s”"), name);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("_Open"));
      g_object_set_data_full (G_OBJECT (toast), "path", g_strdup (job->path), g_free);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_open_export), self, 0);
      steward_widget_add_toast (GTK_WIDGET (self), toast);
      g_task_return_boolean (outer, TRUE);
    }
  else
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        steward_widget_add_toast (GTK_WIDGET (self), adw_toast_new (_("Export cancelled; no file was written")));
      else
        steward_widget_show_error (GTK_WIDGET (self), error);
      g_task_return_error (outer, g_steal_pointer (&error));
    }
  g_object_unref (outer);
}

void
steward_reports_page_export (StewardReportsPage  *self,
                             const char          *format,
                             const char          *path,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *outer;
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (STEWARD_IS_REPORTS_PAGE (self));
  g_return_if_fail (format != NULL && path != NULL);

  outer = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (outer, steward_reports_page_export);
  if (self->result == NULL || self->export_cancellable != NULL)
    {
      g_task_return_new_error (outer, STEWARD_ERROR, STEWARD_ERROR_INVALID, "%s",
                               self->result == NULL ? _("There is no report to export; correct the definition first")
                                                    : _("Another export is running; wait for it or cancel it"));
      g_object_unref (outer);
      return;
    }

  self->export_cancellable = g_cancellable_new ();
  name = g_filename_display_basename (path);
  label = g_strdup_printf (_("Exporting “%s”…"), name);
  gtk_label_set_text (self->export_label, label);
  self->export_timeout = g_timeout_add (PROGRESS_DELAY_MS, show_progress, self);
  reports_page_update_state (self);

  task = g_task_new (self, self->export_cancellable, on_export_done, outer);
  /* What the writer did decides the outcome: a Cancel that comes after the file is complete
   * must not report "cancelled" beside a written file. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, export_job_new (self, format, path), (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
steward_reports_page_export_finish (StewardReportsPage  *self,
                                    GAsyncResult        *result,
                                    GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
reports_page_cancel_export (StewardReportsPage *self)
{
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

static void
on_file_chosen (GtkNativeDialog    *chooser,
                int                 response,
                StewardReportsPage *self)
{
  const char *format = g_object_get_data (G_OBJECT (chooser), "format");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    steward_reports_page_export (self, format, path, NULL, NULL);
  g_object_unref (chooser);
}

void
reports_page_export_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  StewardReportsPage *self = STEWARD_REPORTS_PAGE (widget);
  const char *format = g_variant_get_string (parameter, NULL);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *suggested = NULL;
  g_autofree char *pattern = g_strdup_printf ("*.%s", format);

  if (self->result == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Report"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* A report name may hold a slash; a file name may not. */
  suggested = g_strdup_printf ("%s.%s", steward_report_spec_get_name (reports_page_top_spec (self)), format);
  g_strdelimit (suggested, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data_full (G_OBJECT (chooser), "format", g_strdup (format), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
