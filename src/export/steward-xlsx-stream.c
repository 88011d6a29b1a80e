/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-export-private.h"
#include "steward-xlsx-private.h"

/* How often the progress callback runs: often enough for a smooth progress bar, rarely enough
 * to cost nothing. */
#define PROGRESS_EVERY 4096

struct _StewardXlsxStream
{
  /* owned */
  ExportFile              *file;
  lxw_workbook            *workbook;
  GPtrArray               *sheet_names;
  GCancellable            *cancellable;
  ExportLocale             locale;
  XlsxFormats              formats;
  XlsxDataWriter           writer;

  StewardXlsxProgressFunc  progress;
  gpointer                 progress_data;
  gboolean                 failed;
  gboolean                 finished;
};

/* Drops the workbook without writing it and deletes the temporary file, so a failed or
 * cancelled export leaves nothing behind. */
static void
abandon (StewardXlsxStream *self)
{
  self->failed = TRUE;
  if (self->workbook != NULL)
    {
      export_locale_push (&self->locale);
      lxw_workbook_free (self->workbook);
      export_locale_pop (&self->locale);
      self->workbook = NULL;
    }
  g_clear_pointer (&self->file, export_file_free);
}

void
steward_xlsx_stream_free (StewardXlsxStream *self)
{
  if (self == NULL)
    return;
  abandon (self);
  xlsx_data_writer_clear (&self->writer);
  export_locale_clear (&self->locale);
  g_clear_pointer (&self->sheet_names, g_ptr_array_unref);
  g_clear_object (&self->cancellable);
  g_free (self);
}

StewardXlsxStream *
steward_xlsx_stream_open (const char                     *path,
                          const StewardXlsxColumn        *columns,
                          guint                           n_columns,
                          const StewardXlsxStreamOptions *options,
                          GCancellable                   *cancellable,
                          GError                        **error)
{
  g_autoptr(StewardXlsxStream) self = NULL;
  lxw_workbook_options wb_options = { .constant_memory = LXW_TRUE };
  const StewardXlsxStreamOptions defaults = { NULL };

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (columns != NULL && n_columns > 0 && n_columns <= LXW_COL_MAX, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  if (options == NULL)
    options = &defaults;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  self = g_new0 (StewardXlsxStream, 1);
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  self->progress = options->progress;
  self->progress_data = options->progress_data;
  self->sheet_names = xlsx_sheet_names_new ();
  export_locale_init (&self->locale);

  self->file = export_file_new (path, error);
  if (self->file == NULL)
    return NULL;
  export_file_close_fd (self->file);

  export_locale_push (&self->locale);
  self->workbook = workbook_new_opt (self->file->temp_path, &wb_options);
  if (self->workbook != NULL)
    xlsx_formats_init (&self->formats, self->workbook);
  export_locale_pop (&self->locale);
  if (self->workbook == NULL)
    {
      xlsx_set_error (error, path, LXW_ERROR_CREATING_TMPFILE);
      return NULL;
    }

  xlsx_data_writer_init (&self->writer, self->workbook, self->sheet_names, &self->formats,
                         self->file->path,
                         options->sheet_name != NULL ? options->sheet_name : C_("sheet name", "Data"),
                         columns, n_columns, options->rows_per_sheet);
  return g_steal_pointer (&self);
}

static gboolean
check_usable (StewardXlsxStream  *self,
              GError            **error)
{
  if (self->failed || self->finished)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CLOSED,
                           _("The export has already ended"));
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
    {
      abandon (self);
      return FALSE;
    }
  return TRUE;
}

gboolean
steward_xlsx_stream_append_row (StewardXlsxStream      *self,
                                const StewardXlsxCell  *cells,
                                GError                **error)
{
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cells != NULL, FALSE);

  if (!check_usable (self, error))
    return FALSE;

  /* Per call, not for the stream's life: the caller's own code between rows keeps its locale. */
  export_locale_push (&self->locale);
  ok = xlsx_data_writer_append (&self->writer, cells, error);
  export_locale_pop (&self->locale);
  if (!ok)
    {
      abandon (self);
      return FALSE;
    }
  if (self->progress != NULL && self->writer.n_rows % PROGRESS_EVERY == 0)
    self->progress (self->writer.n_rows, self->progress_data);
  return TRUE;
}

guint64
steward_xlsx_stream_get_n_rows (StewardXlsxStream *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->writer.n_rows;
}

gboolean
steward_xlsx_stream_finish (StewardXlsxStream  *self,
                            GError            **error)
{
  lxw_error code;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!check_usable (self, error))
    return FALSE;

  export_locale_push (&self->locale);
  ok = xlsx_data_writer_end (&self->writer, error);
  if (ok)
    {
      /* workbook_close() frees the workbook whether or not it succeeds. */
      code = workbook_close (g_steal_pointer (&self->workbook));
      if (code != LXW_NO_ERROR)
        {
          xlsx_set_error (error, self->file->path, code);
          ok = FALSE;
        }
    }
  export_locale_pop (&self->locale);

  if (ok && g_cancellable_set_error_if_cancelled (self->cancellable, error))
    ok = FALSE;
  if (ok)
    ok = export_file_commit (self->file, error);
  if (!ok)
    {
      abandon (self);
      return FALSE;
    }
  self->finished = TRUE;
  if (self->progress != NULL)
    self->progress (self->writer.n_rows, self->progress_data);
  return TRUE;
}
