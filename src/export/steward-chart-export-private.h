/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "steward-chart-export.h"
#include "steward-export-private.h"

G_BEGIN_DECLS

/* A cairo write function's closure: what a surface writes goes to a temporary ExportFile, and
 * the first write error is kept for the caller. */
typedef struct
{
  ExportFile *file;
  GError     *error;
} ExportSink;

cairo_status_t export_sink_write  (void                *closure,
                                   const unsigned char *data,
                                   unsigned int         length);
/* Finishes and destroys the surface, then commits the file: FALSE with @error set when the
 * surface or the file failed (the temporary file is then deleted by export_file_free()). */
gboolean       export_sink_finish (ExportSink          *sink,
                                   cairo_surface_t     *surface,
                                   GError             **error);

G_END_DECLS
