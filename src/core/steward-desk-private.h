/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-desk.h"

G_BEGIN_DECLS

/* One operation in progress: a working copy of the request and its money. */
typedef struct {
  StewardServiceRequest *request;   /* a copy: changed freely, written only on success */
  GPtrArray             *payments;
  StewardLedger          ledger;
  StewardState           from;
} StewardDeskWork;

gboolean           steward_desk_work_load  (StewardDesk           *self,
                                            gint64                 id,
                                            gint64                 at,
                                            StewardDeskWork       *work,
                                            GError               **error);
void               steward_desk_work_clear (StewardDeskWork       *work);
StewardAuditEntry *steward_desk_audit      (StewardDesk           *self,
                                            StewardDeskWork       *work,
                                            const char            *to_code,
                                            const char            *note,
                                            gint64                 at);
/* Writes @change; on failure nothing was written. */
gboolean           steward_desk_commit     (StewardDesk           *self,
                                            StewardRequestChange  *change,
                                            GError               **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StewardDeskWork, steward_desk_work_clear)

G_END_DECLS
