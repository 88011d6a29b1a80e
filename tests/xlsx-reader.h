/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads an .xlsx back the way a person debugging one would: as a zip of XML parts. */

/* The text of one part (`unzip -p`); fails the test when the part is missing. */
char    *xlsx_read_part        (const char *xlsx,
                                const char *part);
/* Whether the zip holds the part. */
gboolean xlsx_has_part         (const char *xlsx,
                                const char *part);
/* The XML of one cell, "<c r=\"B2\" …>…</c>", or NULL when the sheet has no such cell. */
char    *xlsx_cell_xml         (const char *sheet_xml,
                                const char *ref);
/* The attribute's value in the first tag of `xml`, or NULL. */
char    *xlsx_attribute        (const char *xml,
                                const char *name);
/* The cell's displayed text: its shared string (looked up in `shared_strings`, which may be
 * NULL for inline strings) or its <v> value, XML entities decoded. */
char    *xlsx_cell_text        (const char *sheet_xml,
                                const char *shared_strings,
                                const char *ref);
/* The number format code of the cell's style (styles.xml), or NULL for General. */
char    *xlsx_cell_format      (const char *sheet_xml,
                                const char *styles_xml,
                                const char *ref);
/* How many times `needle` occurs in `haystack`. */
guint    xlsx_count            (const char *haystack,
                                const char *needle);
/* Names of the entries of a folder (for "nothing left behind" checks). */
guint    xlsx_dir_n_entries    (const char *dir);
/* Removes a folder and its files. */
void     xlsx_remove_dir       (const char *dir);

G_END_DECLS
