/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <locale.h>

#include <glib.h>

G_BEGIN_DECLS

/* A file written beside its destination under a temporary name ("report.xlsx.tmp-XXXXXX") and
 * renamed over it only when complete, so a cancelled or failed export never leaves a partial
 * file, and an older file of the same name survives a failure intact. */
typedef struct
{
  char *path;
  char *temp_path;
  int   fd;          /* -1 once closed */
  gboolean committed;
} ExportFile;

ExportFile *export_file_new          (const char  *path,
                                      GError     **error);
/* Closes the descriptor without writing, for writers that reopen the temporary file by name. */
void        export_file_close_fd     (ExportFile  *file);
gboolean    export_file_write        (ExportFile  *file,
                                      const void  *data,
                                      gsize        length,
                                      GError     **error);
/* Flushes to disk and renames over the destination. */
gboolean    export_file_commit       (ExportFile  *file,
                                      GError     **error);
/* Deletes the temporary file unless committed. */
void        export_file_free         (ExportFile  *file);
void        export_set_write_error   (GError     **error,
                                      const char  *path,
                                      const char  *reason);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportFile, export_file_free)

/* libxlsxwriter 1.1.4 prints doubles with the thread's numeric locale, so a decimal-comma locale
 * would write "1234,5" into the XML: every export switches this thread to the "C" numeric locale
 * (keeping the other categories) and back. */
typedef struct
{
  locale_t c_numeric;
  locale_t previous;
} ExportLocale;

void        export_locale_init       (ExportLocale *locale);
void        export_locale_push       (ExportLocale *locale);
void        export_locale_pop        (ExportLocale *locale);
void        export_locale_clear      (ExportLocale *locale);

/* Columns a text takes in a spreadsheet or a terminal: 2 for wide (CJK) characters, 0 for
 * combining marks, 1 otherwise. */
guint       export_display_width     (const char  *text);

G_END_DECLS
