/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-complaint-repository.h"
#include "steward-store.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_STORE_COMPLAINTS (steward_store_complaints_get_type ())
G_DECLARE_FINAL_TYPE (StewardStoreComplaints, steward_store_complaints, STEWARD, STORE_COMPLAINTS, GObject)

/* The SQLite StewardComplaintRepository of @store. The acceptance and solution deadlines
 * (received-at + 24 h, + 48 h) are stored with each complaint, so the open and overdue lists
 * are indexed queries. Its write lock is the store's transaction: a request repository on the
 * same StewardStore writes inside it. */
StewardStoreComplaints *steward_store_complaints_new (StewardStore *store);

/* The number of complaints received in [@from, @to) — what
 * steward_complaint_repository_list_received () lists, counted in SQL. */
gboolean steward_store_complaints_count_received (StewardStoreComplaints  *self,
                                                  gint64                   from,
                                                  gint64                   to,
                                                  guint                   *out_n,
                                                  GError                 **error);

G_END_DECLS
