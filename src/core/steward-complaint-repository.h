/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-complaint.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_COMPLAINT_REPOSITORY (steward_complaint_repository_get_type ())

G_DECLARE_INTERFACE (StewardComplaintRepository, steward_complaint_repository, STEWARD, COMPLAINT_REPOSITORY, GObject)

/* Where complaints are kept (the store implements it on SQLite; tests use an in-memory fake).
 * Lists hold new StewardComplaint objects ordered by received-at then id; the caller may change
 * them freely, nothing is written until save(). */
struct _StewardComplaintRepositoryInterface
{
  GTypeInterface parent_iface;

  StewardComplaint *(*load)            (StewardComplaintRepository  *self,
                                        gint64                       id,
                                        GError                     **error);
  gboolean          (*save)            (StewardComplaintRepository  *self,
                                        StewardComplaint            *complaint,
                                        GError                     **error);
  GPtrArray        *(*list_received)   (StewardComplaintRepository  *self,
                                        gint64                       from,
                                        gint64                       to,
                                        GError                     **error);
  GPtrArray        *(*list_open)       (StewardComplaintRepository  *self,
                                        GError                     **error);
  GPtrArray        *(*list_for_client) (StewardComplaintRepository  *self,
                                        gint64                       client_id,
                                        GError                     **error);

  /* Optional (NULL: list_open() filtered with steward_complaint_is_overdue()). */
  GPtrArray        *(*list_overdue)    (StewardComplaintRepository  *self,
                                        gint64                       now,
                                        GError                     **error);
  /* Optional (NULL: no transactions, as in an in-memory fake). A store whose request
   * repository shares its connection makes begin_write() … commit_write() one transaction over
   * both, so a complaint and the remedy written on its request are saved together or not at
   * all. Calls nest. */
  gboolean          (*begin_write)     (StewardComplaintRepository  *self,
                                        GError                     **error);
  gboolean          (*commit_write)    (StewardComplaintRepository  *self,
                                        GError                     **error);
  void              (*rollback_write)  (StewardComplaintRepository  *self);
};

/* A new object, or NULL with STEWARD_ERROR_NOT_FOUND. */
StewardComplaint *steward_complaint_repository_load            (StewardComplaintRepository  *self,
                                                                gint64                       id,
                                                                GError                     **error);
/* Inserts a complaint whose id is 0 (setting the new id on @complaint) or updates the stored
 * one, in one transaction; on failure nothing is written and @complaint is unchanged. */
gboolean          steward_complaint_repository_save            (StewardComplaintRepository  *self,
                                                                StewardComplaint            *complaint,
                                                                GError                     **error);
/* Complaints received in [@from, @to) (either end may be STEWARD_TIME_NONE: open), for reports
 * and the quarterly review. */
GPtrArray        *steward_complaint_repository_list_received   (StewardComplaintRepository  *self,
                                                                gint64                       from,
                                                                gint64                       to,
                                                                GError                     **error);
/* Complaints not yet closed: the ones whose clocks a dashboard watches. */
GPtrArray        *steward_complaint_repository_list_open       (StewardComplaintRepository  *self,
                                                                GError                     **error);
GPtrArray        *steward_complaint_repository_list_for_client (StewardComplaintRepository  *self,
                                                                gint64                       client_id,
                                                                GError                     **error);

/* Open complaints with a clock past its limit at @now (steward_complaint_is_overdue(): a
 * complaint received at 09:00 is overdue for acceptance from 09:00:01 the next day). */
GPtrArray        *steward_complaint_repository_list_overdue    (StewardComplaintRepository  *self,
                                                                gint64                       now,
                                                                GError                     **error);
/* One write transaction around several writes (see begin_write above). Every successful begin
 * is matched by exactly one commit or rollback; a failed commit has rolled back. */
gboolean          steward_complaint_repository_begin_write     (StewardComplaintRepository  *self,
                                                                GError                     **error);
gboolean          steward_complaint_repository_commit_write    (StewardComplaintRepository  *self,
                                                                GError                     **error);
void              steward_complaint_repository_rollback_write  (StewardComplaintRepository  *self);

G_END_DECLS
