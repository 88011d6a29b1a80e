/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One record of a CSV file and the line of the file it starts on (1-based), so that a refusal
 * can name the line a person sees in a text editor even when quoted fields span lines. */
typedef struct {
  guint   line;
  GStrv   fields;
} StewardCsvRow;

void steward_csv_row_free (StewardCsvRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardCsvRow, steward_csv_row_free)

/* Decodes a CSV file's bytes to UTF-8: UTF-8 with or without a byte-order mark, or GB18030
 * (what spreadsheet programs on Chinese Windows write). Anything else (UTF-16, binary data,
 * bytes valid in neither) is refused with STEWARD_ERROR_INVALID and a message that says which
 * encodings are read. @encoding, when not NULL, receives "UTF-8" or "GB18030". */
char      *steward_csv_decode     (const char   *data,
                                   gsize         length,
                                   const char  **encoding,
                                   GError      **error);

/* Parses RFC 4180 CSV (comma separated, fields optionally quoted with ", "" inside quotes for a
 * quote, quoted fields may hold commas and newlines; CRLF or LF line ends) from decoded UTF-8
 * text. Blank lines are skipped. Returns a GPtrArray of StewardCsvRow. A quote left open at the
 * end of the file, or text after a closing quote, is refused naming its line. */
GPtrArray *steward_csv_parse      (const char   *text,
                                   GError      **error);

/* Appends one record to @out with quoting where a field needs it, ending in CRLF. */
void       steward_csv_append_row (GString            *out,
                                   const char * const *fields,
                                   gssize              n_fields);

G_END_DECLS
