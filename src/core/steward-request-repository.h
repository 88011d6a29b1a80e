/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "steward-audit-entry.h"
#include "steward-payment.h"
#include "steward-request-note.h"
#include "steward-service-request.h"

G_BEGIN_DECLS

/* Everything one user operation writes: the request row and the lines it adds. A repository
 * applies a change in one transaction: all of it or nothing. */
typedef struct {
  StewardServiceRequest *request;   /* owned; id 0 inserts it and the repository assigns the id */
  GPtrArray             *payments;  /* new StewardPayment lines (owned) */
  GPtrArray             *audit;     /* new StewardAuditEntry lines (owned) */
  GPtrArray             *notes;     /* new StewardRequestNote items (owned) */
  GPtrArray             *feedback;  /* new StewardProductFeedback items (owned) */
} StewardRequestChange;

StewardRequestChange *steward_request_change_new  (StewardServiceRequest *request);
void                  steward_request_change_free (StewardRequestChange  *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardRequestChange, steward_request_change_free)

#define STEWARD_TYPE_REQUEST_REPOSITORY (steward_request_repository_get_type ())
G_DECLARE_INTERFACE (StewardRequestRepository, steward_request_repository, STEWARD, REQUEST_REPOSITORY, GObject)

struct _StewardRequestRepositoryInterface
{
  GTypeInterface parent_iface;

  /* Writes @change atomically. On success every new object has its id, and every line its
   * request-id (the new request's id when it was inserted). On failure nothing is written and
   * the objects are unchanged (STEWARD_ERROR_STORAGE, or NOT_FOUND for an unknown request). */
  gboolean               (*apply_change)        (StewardRequestRepository  *self,
                                                 StewardRequestChange      *change,
                                                 GError                   **error);
  /* A new object each call (STEWARD_ERROR_NOT_FOUND when there is no such request). */
  StewardServiceRequest *(*load_request)        (StewardRequestRepository  *self,
                                                 gint64                     id,
                                                 GError                   **error);
  /* Lines of a request in the order they were added (ascending id). */
  GPtrArray             *(*list_payments)       (StewardRequestRepository  *self,
                                                 gint64                     request_id,
                                                 GError                   **error);
  GPtrArray             *(*list_audit)          (StewardRequestRepository  *self,
                                                 gint64                     request_id,
                                                 GError                   **error);
  GPtrArray             *(*list_notes)          (StewardRequestRepository  *self,
                                                 gint64                     request_id,
                                                 GError                   **error);
  GPtrArray             *(*list_feedback)       (StewardRequestRepository  *self,
                                                 gint64                     request_id,
                                                 GError                   **error);
  /* The id of the client's monthly package whose months cover @at, or 0 when none. */
  gboolean               (*find_active_package) (StewardRequestRepository  *self,
                                                 gint64                     client_id,
                                                 gint64                     at,
                                                 gint64                    *out_package_id,
                                                 GError                   **error);
  /* Package incidents of @package_id submitted in the calendar month (local time) containing
   * @at, not counting cancelled ones (a cancelled incident returns to the quota). */
  gboolean               (*count_incidents)     (StewardRequestRepository  *self,
                                                 gint64                     package_id,
                                                 gint64                     at,
                                                 guint                     *out_count,
                                                 GError                   **error);
};

gboolean               steward_request_repository_apply_change        (StewardRequestRepository  *self,
                                                                       StewardRequestChange      *change,
                                                                       GError                   **error);
StewardServiceRequest *steward_request_repository_load_request        (StewardRequestRepository  *self,
                                                                       gint64                     id,
                                                                       GError                   **error);
GPtrArray             *steward_request_repository_list_payments       (StewardRequestRepository  *self,
                                                                       gint64                     request_id,
                                                                       GError                   **error);
GPtrArray             *steward_request_repository_list_audit          (StewardRequestRepository  *self,
                                                                       gint64                     request_id,
                                                                       GError                   **error);
GPtrArray             *steward_request_repository_list_notes          (StewardRequestRepository  *self,
                                                                       gint64                     request_id,
                                                                       GError                   **error);
GPtrArray             *steward_request_repository_list_feedback       (StewardRequestRepository  *self,
                                                                       gint64                     request_id,
                                                                       GError                   **error);
gboolean               steward_request_repository_find_active_package (StewardRequestRepository  *self,
                                                                       gint64                     client_id,
                                                                       gint64                     at,
                                                                       gint64                    *out_package_id,
                                                                       GError                   **error);
gboolean               steward_request_repository_count_incidents     (StewardRequestRepository  *self,
                                                                       gint64                     package_id,
                                                                       gint64                     at,
                                                                       guint                     *out_count,
                                                                       GError                   **error);

G_END_DECLS
