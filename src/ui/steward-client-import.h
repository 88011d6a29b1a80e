/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-client-repository.h"
#include "steward-store.h"

G_BEGIN_DECLS

/* Reading clients from a CSV file for the Import from CSV dialog: every row is checked before
 * anything is written, and the whole file is written in one transaction or not at all.
 *
 * The first record names the columns (any order, English or Chinese, case ignored): name
 * (名称, 客户名称, 公司名称), industry (行业), owner (负责人, 客户经理), address (地址), notes (备注),
 * advisor (技术顾问, 专属技术顾问), platforms (平台: "Windows; macOS; Linux"), contact (联系人),
 * role (职务), phone (电话), email (邮箱). Only name and contact are required. */

typedef struct {
  guint           line;       /* where the record starts in the file, 1-based */
  StewardClient  *client;
  GPtrArray      *contacts;   /* StewardContact: the one primary contact */
  char           *problem;    /* why the row cannot be imported (translated), or NULL */
} StewardImportRow;

typedef struct {
  GPtrArray  *rows;           /* StewardImportRow, in file order */
  const char *encoding;       /* "UTF-8" or "GB18030" */
  guint       n_problems;
} StewardClientImport;

void                 steward_client_import_free  (StewardClientImport     *import);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardClientImport, steward_client_import_free)

/* Decodes and parses @data and checks each row with core's rules, against the clients of
 * @repository (a taken name) and against the rows above it (the same name twice). A file that
 * cannot be read at all (its encoding, unbalanced quotes, no header, no name column, no rows) is
 * refused with STEWARD_ERROR_INVALID naming the problem. */
StewardClientImport *steward_client_import_read  (const char              *data,
                                                  gsize                    length,
                                                  StewardClientRepository *repository,
                                                  GError                 **error);

/* Adds every row in one transaction of @store. Refused (STEWARD_ERROR_INVALID) while any row
 * has a problem; if the store refuses a row, nothing is written and the error names its line. */
gboolean             steward_client_import_write (StewardClientImport     *import,
                                                  StewardStore            *store,
                                                  StewardClientRepository *repository,
                                                  GError                 **error);

G_END_DECLS
