/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "steward-monthly-package.h"
#include "steward-store.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PACKAGE_VIEW (steward_package_view_get_type ())
G_DECLARE_FINAL_TYPE (StewardPackageView, steward_package_view, STEWARD, PACKAGE_VIEW, GtkBox)

/* One monthly package on the packages page: its months, prepaid price, quota and overage
 * price, the usage of the month of @now with a progress bar, and the statement of a chosen
 * month: the figures of the exported workbook (quota used, overage, package price, month
 * total, prepaid, total due), then its incidents. Emits "export" when the user asks to save
 * the statement shown. */
StewardPackageView      *steward_package_view_new           (StewardStore          *store,
                                                             StewardMonthlyPackage *package,
                                                             const char            *client_name,
                                                             gint64                 now,
                                                             GTimeZone             *tz);
/* Shows the statement of @year-@month (a month of the package). */
void                     steward_package_view_set_month     (StewardPackageView    *self,
                                                             int                    year,
                                                             int                    month);
/* The statement shown (owned by the view), or NULL. */
const StewardPackageStatement *steward_package_view_get_statement (StewardPackageView *self);
/* "7 of 10 incidents used this month" (with the progress bar's fraction). */
const char              *steward_package_view_get_usage_text (StewardPackageView   *self);
/* Asks where to save the statement (GtkFileChooserNative, so the portal under Flatpak) and
 * writes it as .xlsx, suggesting steward_package_view_dup_file_name(). */
void                     steward_package_view_export        (StewardPackageView    *self,
                                                             GtkRoot               *parent);
/* "<client> statement 2026-11.xlsx" for the statement shown, or NULL. */
char                    *steward_package_view_dup_file_name (StewardPackageView    *self);
/* Writes the statement shown to @path with steward_xlsx_export_package_statement(). */
gboolean                 steward_package_view_save          (StewardPackageView    *self,
                                                             const char            *path,
                                                             GError               **error);

/* What a package month's usage reads: "7 of 10 incidents used", "12 incidents used: 2 over the
 * quota of 10". Sets *out_fraction (may be NULL) to the bar's fill, at most 1. */
char *steward_package_usage_text       (guint                          used,
                                        guint                          quota,
                                        double                        *out_fraction);

G_END_DECLS
