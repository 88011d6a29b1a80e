/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define STEWARD_ERROR (steward_error_quark ())

/* Every message is translated and names the rule or the field; the CLI maps RULE and INVALID to
 * exit code 2 and STORAGE to 3. */
typedef enum {
  STEWARD_ERROR_RULE,       /* refused by a business rule (limit, state, deposit, conflict…) */
  STEWARD_ERROR_INVALID,    /* malformed input: a field that does not parse */
  STEWARD_ERROR_NOT_FOUND,  /* no such client, request, … */
  STEWARD_ERROR_CONFLICT,   /* clashes with existing data: duplicate name, overlapping booking */
  STEWARD_ERROR_STORAGE,    /* the database could not be read or written */
} StewardError;

GQuark steward_error_quark (void);

G_END_DECLS
