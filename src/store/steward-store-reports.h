/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-report-spec.h"
#include "steward-store.h"

G_BEGIN_DECLS

/* One line of the report list: a saved definition or a built-in template. */
typedef struct {
  gint64               id;        /* the saved definition's id; 0 for a built-in */
  char                *code;      /* a built-in's template code ("quarterly-summary"); NULL if saved */
  char                *name;
  StewardReportSource  source;
  StewardChartType     chart;
  gboolean             builtin;
} StewardReportEntry;

void steward_report_entry_free (StewardReportEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardReportEntry, steward_report_entry_free)

#define STEWARD_TYPE_STORE_REPORTS (steward_store_reports_get_type ())
G_DECLARE_FINAL_TYPE (StewardStoreReports, steward_store_reports, STEWARD, STORE_REPORTS, GObject)

/* Saved report definitions of @store. Names are unique, compared ignoring case, full-width
 * forms and extra spaces, and may not repeat a built-in template's name; a taken name is
 * STEWARD_ERROR_CONFLICT naming it. Every refused call changes nothing. */
StewardStoreReports *steward_store_reports_new       (StewardStore         *store);

/* Inserts @spec when its id is 0 (setting the new id) or updates the stored definition. The
 * spec must validate (steward_report_spec_validate(): STEWARD_ERROR_INVALID); its name is
 * stored trimmed. NOT_FOUND for an unknown id. */
gboolean             steward_store_reports_save      (StewardStoreReports  *self,
                                                      StewardReportSpec    *spec,
                                                      GError              **error);
/* A new spec with its id, or NULL with STEWARD_ERROR_NOT_FOUND. */
StewardReportSpec   *steward_store_reports_load      (StewardStoreReports  *self,
                                                      gint64                id,
                                                      GError              **error);
/* StewardReportEntry items: the built-in templates first (in their display order) when
 * @include_builtin, then the saved definitions by name. */
GPtrArray           *steward_store_reports_list      (StewardStoreReports  *self,
                                                      gboolean              include_builtin,
                                                      GError              **error);
gboolean             steward_store_reports_rename    (StewardStoreReports  *self,
                                                      gint64                id,
                                                      const char           *name,
                                                      GError              **error);
/* Stores a copy of definition @id named "Copy of …" ("Copy of … (2)", … when taken) and
 * returns it with its new id. */
StewardReportSpec   *steward_store_reports_duplicate (StewardStoreReports  *self,
                                                      gint64                id,
                                                      GError              **error);
gboolean             steward_store_reports_delete    (StewardStoreReports  *self,
                                                      gint64                id,
                                                      GError              **error);

G_END_DECLS
