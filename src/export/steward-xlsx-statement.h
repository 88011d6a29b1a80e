/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "steward-monthly-package.h"

G_BEGIN_DECLS

/* Writes the month-end statement of a monthly package (SPEC §4) as an .xlsx workbook of one
 * sheet:
 *
 *   - a title block: the title, the client, the month and its first and last day;
 *   - the incidents of the month under a bold, frozen header: date and time (local in @tz, as
 *     an Excel date), request number, service, "Within quota" or "Overage", and fee (yuan);
 *   - the figures: incidents used, quota, quota used, overage incidents, cancelled incidents
 *     (when any), package price (prepaid), overage charges, the month's total, the prepaid
 *     amount (negative) and the total due, which is the overage charges.
 *
 * Money is written as numbers in yuan with the "¥"#,##0.00 format, in the "C" numeric locale
 * whatever the user's locale; the client's name is always text, never a formula. The file is
 * written under a temporary name beside @path and renamed over it only when complete (see
 * steward-xlsx.h). Write failures are STEWARD_ERROR_STORAGE; cancellation is
 * G_IO_ERROR_CANCELLED. @tz may be NULL for the local time zone. */
gboolean steward_xlsx_export_package_statement (const StewardPackageStatement *statement,
                                                const char                    *client_name,
                                                GTimeZone                     *tz,
                                                const char                    *path,
                                                GCancellable                  *cancellable,
                                                GError                       **error);

G_END_DECLS
