/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-reports-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-reports-page-private.h"

#include "steward-error.h"
#include "steward-report-drill.h"
#include "steward-report-engine.h"

/* The preview runs the report engine in a worker thread, so a quarter of a million requests
 * never freezes the window. The worker reads through a read-only connection of its own (the
 * application's connection stays the UI thread's, and its transactions never interleave with
 * a run's). Each run has a serial: a run superseded by a newer definition is cancelled (SQLite
 * stops between steps) and whatever it returns is dropped, so the preview never shows an older
 * definition's figures over a newer one. */

/* A quick run finishes before this and shows no spinner at all. */
#define UPDATING_DELAY_MS 150

typedef struct
{
  StewardStore      *reader;    /* owned by the run while it runs */
  StewardReportSpec *spec;      /* a copy: the designer keeps editing its own */
  gint64             now;
  guint              serial;
  guint              store_serial;
  guint              delay_ms;
} PreviewJob;

static void
preview_job_free (PreviewJob *job)
{
  g_clear_object (&job->reader);
  g_clear_object (&job->spec);
  g_free (job);
}

static void
preview_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PreviewJob *job = task_data;
  StewardReportResult *result;
  GError *error = NULL;

  /* Tests hold a run here to supersede it while it is in flight. */
  for (guint waited = 0; waited < job->delay_ms && !g_cancellable_is_cancelled (cancellable); waited += 5)
    g_usleep (5000);
  result = steward_report_engine_run (job->reader, job->spec, job->now, NULL, cancellable, &error);
  if (result != NULL)
    g_task_return_pointer (task, result, (GDestroyNotify) steward_report_result_unref);
  else
    g_task_return_error (task, error);
}

static void
set_updating (StewardReportsPage *self,
              gboolean            updating)
{
  gtk_revealer_set_reveal_child (self->updating_bar, updating);
  gtk_spinner_set_spinning (self->updating_spinner, updating);
}

static gboolean
on_updating_timeout (gpointer user_data)
{
  StewardReportsPage *self = user_data;

  self->updating_timeout = 0;
  set_updating (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
show_outcome (StewardReportsPage  *self,
              StewardReportResult *result,
              StewardReportSpec   *spec,
              const GError        *error)
{
  if (result != NULL)
    reports_page_show_result (self, result, spec);
  else if (g_error_matches (error, STEWARD_ERROR, STEWARD_ERROR_INVALID))
    reports_page_show_message (self, _("This Report Cannot Run Yet"), error->message);
  else
    reports_page_show_message (self, _("The Report Could Not Be Read"), error->message);
}

static void
on_preview_done (GObject      *source_object,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  StewardReportsPage *self = STEWARD_REPORTS_PAGE (source_object);
  PreviewJob *job = g_task_get_task_data (G_TASK (res));
  g_autoptr(StewardReportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  result = g_task_propagate_pointer (G_TASK (res), &error);

  /* The connection goes back for the next run while it still reads the page's database. */
  if (self->idle_reader == NULL && job->store_serial == self->store_serial)
    self->idle_reader = g_steal_pointer (&job->reader);

  /* Superseded (or the page went away): a newer run, or none, owns the preview. */
  if (job->serial != self->preview_serial)
    return;
  g_clear_object (&self->preview_cancellable);
  g_clear_handle_id (&self->updating_timeout, g_source_remove);
  set_updating (self, FALSE);
  show_outcome (self, result, job->spec, error);
  reports_page_update_state (self);
}

void
reports_page_stop_preview (StewardReportsPage *self)
{
  /* Whatever is in flight returns to a serial that is no longer the page's. */
  self->preview_serial++;
  g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);
  g_clear_handle_id (&self->preview_source, g_source_remove);
  g_clear_handle_id (&self->updating_timeout, g_source_remove);
}

/* A reader of the application's database: the idle one, or a new one. NULL only when the
 * database cannot be opened a second time (then @error says why). */
static StewardStore *
take_reader (StewardReportsPage  *self,
             StewardStore        *store,
             GError             **error)
{
  if (self->idle_reader != NULL)
    return g_steal_pointer (&self->idle_reader);
  return steward_store_open_reader (store, error);
}

void
reports_page_start_preview (StewardReportsPage *self)
{
  StewardStore *store = self->app != NULL ? steward_application_get_store (self->app) : NULL;
  StewardReportSpec *spec = reports_page_top_spec (self);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  PreviewJob *job;

  reports_page_stop_preview (self);
  if (store == NULL || spec == NULL)
    return;

  job = g_new0 (PreviewJob, 1);
  job->reader = take_reader (self, store, &error);
  job->spec = steward_report_spec_copy_exact (spec);
  job->now = self->now != 0 ? self->now : g_get_real_time () / G_USEC_PER_SEC;
  job->serial = self->preview_serial;
  job->store_serial = self->store_serial;
  job->delay_ms = self->worker_delay_ms;
  if (job->reader == NULL)
    {
      show_outcome (self, NULL, spec, error);
      reports_page_update_state (self);
      preview_job_free (job);
      return;
    }

  self->preview_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->preview_cancellable, on_preview_done, NULL);
  g_task_set_source_tag (task, reports_page_start_preview);
  g_task_set_task_data (task, job, (GDestroyNotify) preview_job_free);
  g_task_run_in_thread (task, preview_thread);
  self->updating_timeout = g_timeout_add (UPDATING_DELAY_MS, on_updating_timeout, self);
  reports_page_update_state (self);
}

gboolean
reports_page_is_updating (StewardReportsPage *self)
{
  return self->preview_source != 0 || self->preview_cancellable != NULL;
}

void
steward_reports_page_run_now (StewardReportsPage *self)
{
  g_return_if_fail (STEWARD_IS_REPORTS_PAGE (self));

  reports_page_start_preview (self);
  while (self->preview_cancellable != NULL)
    g_main_context_iteration (NULL, TRUE);
}

gboolean
steward_reports_page_is_updating (StewardReportsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORTS_PAGE (self), FALSE);

  return reports_page_is_updating (self);
}

gboolean
steward_reports_page_get_updating_shown (StewardReportsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORTS_PAGE (self), FALSE);

  return gtk_revealer_get_reveal_child (self->updating_bar);
}

void
steward_reports_page_set_worker_delay (StewardReportsPage *self,
                                       guint               milliseconds)
{
  g_return_if_fail (STEWARD_IS_REPORTS_PAGE (self));

  self->worker_delay_ms = milliseconds;
}
