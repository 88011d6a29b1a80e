/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-store.h"
#include "steward-training-repository.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_STORE_TRAINING (steward_store_training_get_type ())
G_DECLARE_FINAL_TYPE (StewardStoreTraining, steward_store_training, STEWARD, STORE_TRAINING, GObject)

/* The SQLite StewardTrainingRepository of @store: sessions with their attendees. Durations are
 * kept in whole minutes (a session of 90 min 30 s is refused with STEWARD_ERROR_INVALID). The
 * write lock of the interface is the store's transaction (BEGIN IMMEDIATE), so two programs on
 * one database cannot both book the same trainer or client for the same time. */
StewardStoreTraining *steward_store_training_new (StewardStore *store);

/* The number of sessions, cancelled ones left out, that overlap [@from, @to) — what
 * steward_training_repository_list_range () lists, counted in SQL (the dashboard's month). */
gboolean steward_store_training_count_range (StewardStoreTraining  *self,
                                             gint64                 from,
                                             gint64                 to,
                                             guint                 *out_n,
                                             GError               **error);
/* The first @limit of those sessions by start, with their attendees (the dashboard's today and
 * tomorrow). */
GPtrArray *steward_store_training_list_active (StewardStoreTraining  *self,
                                               gint64                 from,
                                               gint64                 to,
                                               guint                  limit,
                                               GError               **error);

G_END_DECLS
