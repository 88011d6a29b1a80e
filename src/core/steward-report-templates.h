/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-report-spec.h"

G_BEGIN_DECLS

/* The built-in report definitions, known by stable codes that the CLI accepts
 * (`steward report run quarterly-summary --period 2026-Q3`):
 *   quarterly-summary  the policy's quarterly service review: per quarter and service
 *   monthly-revenue    revenue (received − refunds) per month, stacked by service
 *   sla-compliance     response and delivery on time per month, as lines
 *   satisfaction       average rating and rating distribution per service */

/* The codes in display order, NULL-terminated. */
const char * const *steward_report_template_codes    (void);
/* A new, unsaved spec with the template's translated name. STEWARD_ERROR_NOT_FOUND naming the
 * known codes when @code is not one of them. */
StewardReportSpec  *steward_report_template_new      (const char  *code,
                                                      GError     **error);
/* The translated name of a template, or NULL for an unknown code. */
const char         *steward_report_template_get_name (const char  *code);
/* A short translated description, or NULL for an unknown code. */
const char         *steward_report_template_get_description (const char *code);

G_END_DECLS
