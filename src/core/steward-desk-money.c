/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-desk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-desk-private.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-money.h"

/* Checks @line against the request's state and money, then writes it with the request (whose
 * work may now start, or no longer) and an audit line. */
static StewardPayment *
record_line (StewardDesk      *self,
             StewardDeskWork  *work,
             StewardPayment   *line,
             const char       *note,
             gint64            at,
             GError          **error)
{
  g_autoptr(StewardRequestChange) change = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *audit_note = NULL;
  StewardPaymentKind kind = steward_payment_get_kind (line);
  StewardPaymentKind target_kind = kind;
  StewardLedger ledger;
  gint64 id = steward_service_request_get_id (work->request);

  if (kind == STEWARD_PAYMENT_KIND_REVERSAL)
    {
      StewardPayment *target = steward_ledger_find_line (work->payments,
                                                         steward_payment_get_reverses_id (line));
      if (target != NULL)
        target_kind = steward_payment_get_kind (target);
    }

  if (!steward_workflow_check_money_line (work->request, kind, target_kind, error) ||
      !steward_ledger_check_line (&work->ledger, work->payments, line, id, error))
    return NULL;

  steward_payment_set_request_id (line, id);
  after = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < work->payments->len; i++)
    g_ptr_array_add (after, g_object_ref (g_ptr_array_index (work->payments, i)));
  g_ptr_array_add (after, g_object_ref (line));
  steward_ledger_compute (&ledger, steward_service_request_get_total (work->request), after);
  steward_workflow_update_work_start (work->request, steward_desk_get_calendar (self), &ledger, at);
  steward_service_request_set_updated_at (work->request, at);

  amount = steward_money_format_plain (steward_payment_get_amount (line));
  audit_note = g_strdup_printf ("%s%s%s", amount, note != NULL ? "; " : "", note != NULL ? note : "");

  change = steward_request_change_new (work->request);
  g_ptr_array_add (change->payments, g_object_ref (line));
  g_ptr_array_add (change->audit,
                   steward_desk_audit (self, work, steward_enum_code (STEWARD_TYPE_PAYMENT_KIND, kind),
                                       audit_note, at));
  if (!steward_desk_commit (self, change, error))
    return NULL;

  return g_object_ref (line);
}

StewardPayment *
steward_desk_add_payment (StewardDesk           *self,
                          gint64                 id,
                          StewardPaymentKind     kind,
                          gint64                 amount,
                          StewardPaymentMethod   method,
                          gint64                 at,
                          const char            *reference,
                          GError               **error)
{
  g_auto(StewardDeskWork) work = { 0 };
  g_autoptr(StewardPayment) line = NULL;

  g_return_val_if_fail (STEWARD_IS_DESK (self), NULL);
  g_return_val_if_fail (kind == STEWARD_PAYMENT_KIND_PAYMENT || kind == STEWARD_PAYMENT_KIND_REFUND, NULL);

  if (!steward_desk_work_load (self, id, at, &work, error))
    return NULL;

  line = steward_payment_new (kind, amount, method, at, reference, 0);
  return record_line (self, &work, line, reference, at, error);
}

StewardPayment *
steward_desk_reverse_payment (StewardDesk  *self,
                              gint64        id,
                              gint64        payment_id,
                              gint64        at,
                              const char   *note,
                              GError      **error)
{
  g_auto(StewardDeskWork) work = { 0 };
  g_autoptr(StewardPayment) line = NULL;
  StewardPayment *target;

  g_return_val_if_fail (STEWARD_IS_DESK (self), NULL);

  if (!steward_desk_work_load (self, id, at, &work, error))
    return NULL;

  target = steward_ledger_find_line (work.payments, payment_id);
  if (target == NULL)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
                   _("Request #%lld has no payment line #%lld"),
                   (long long) id, (long long) payment_id);
      return NULL;
    }

  line = steward_payment_new (STEWARD_PAYMENT_KIND_REVERSAL, steward_payment_get_amount (target),
                              steward_payment_get_method (target), at, note, payment_id);
  return record_line (self, &work, line, note, at, error);
}

StewardPayment *
steward_desk_add_adjustment (StewardDesk           *self,
                             gint64                 id,
                             gint64                 amount,
                             StewardPaymentMethod   method,
                             gint64                 at,
                             const char            *reference,
                             GError               **error)
{
  g_auto(StewardDeskWork) work = { 0 };
  g_autoptr(StewardPayment) line = NULL;

  g_return_val_if_fail (STEWARD_IS_DESK (self), NULL);

  if (!steward_desk_work_load (self, id, at, &work, error))
    return NULL;

  line = steward_payment_new (STEWARD_PAYMENT_KIND_ADJUSTMENT, amount, method, at, reference, 0);
  return record_line (self, &work, line, reference, at, error);
}

gboolean
steward_desk_rate (StewardDesk  *self,
                   gint64        id,
                   guint         rating,
                   const char   *feedback,
                   gint64        at,
                   GError      **error)
{
  g_auto(StewardDeskWork) work = { 0 };
  g_autoptr(StewardRequestChange) change = NULL;
  g_autofree char *audit_note = NULL;

  g_return_val_if_fail (STEWARD_IS_DESK (self), FALSE);

  if (!steward_desk_work_load (self, id, at, &work, error) ||
      !steward_workflow_check_rating (work.request, rating, error))
    return FALSE;

  steward_service_request_set_rating (work.request, rating);
  steward_service_request_set_rating_feedback (work.request, feedback);
  steward_service_request_set_updated_at (work.request, at);

  audit_note = g_strdup_printf ("%u", rating);
  change = steward_request_change_new (work.request);
  g_ptr_array_add (change->audit, steward_desk_audit (self, &work, "rating", audit_note, at));
  return steward_desk_commit (self, change, error);
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *copy == '\0';
}

StewardRequestNote *
steward_desk_add_note (StewardDesk  *self,
                       gint64        id,
                       const char   *text,
                       gboolean      shared,
                       gint64        at,
                       GError      **error)
{
  g_auto(StewardDeskWork) work = { 0 };
  g_autoptr(StewardRequestChange) change = NULL;
  g_autoptr(StewardRequestNote) note = NULL;

  g_return_val_if_fail (STEWARD_IS_DESK (self), NULL);

  if (is_blank (text))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID, _("A note needs some text"));
      return NULL;
    }
  if (!steward_desk_work_load (self, id, at, &work, error))
    return NULL;

  note = steward_request_note_new (text, shared, at, steward_desk_get_manager (self));
  steward_request_note_set_request_id (note, id);
  steward_service_request_set_updated_at (work.request, at);

  change = steward_request_change_new (work.request);
  g_ptr_array_add (change->notes, g_object_ref (note));
  g_ptr_array_add (change->audit,
                   steward_desk_audit (self, &work, "note", shared ? "shared" : NULL, at));
  if (!steward_desk_commit (self, change, error))
    return NULL;

  return g_steal_pointer (&note);
}

StewardProductFeedback *
steward_desk_add_feedback (StewardDesk  *self,
                           gint64        id,
                           const char   *area,
                           const char   *text,
                           gint64        at,
                           GError      **error)
{
  g_auto(StewardDeskWork) work = { 0 };
  g_autoptr(StewardRequestChange) change = NULL;
  g_autoptr(StewardProductFeedback) item = NULL;

  g_return_val_if_fail (STEWARD_IS_DESK (self), NULL);

  if (is_blank (area) || is_blank (text))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("A product feedback item needs both a product area and the feedback text"));
      return NULL;
    }
  if (!steward_desk_work_load (self, id, at, &work, error))
    return NULL;
  if (steward_service_request_get_service (work.request) != STEWARD_SERVICE_ADVISOR)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE,
                   _("Cannot add product feedback to request #%lld"
                     ": feedback is collected on dedicated technical advisor requests"), (long long) id);
      return NULL;
    }

  item = steward_product_feedback_new (area, text, at);
  steward_product_feedback_set_request_id (item, id);
  steward_service_request_set_updated_at (work.request, at);

  change = steward_request_change_new (work.request);
  g_ptr_array_add (change->feedback, g_object_ref (item));
  g_ptr_array_add (change->audit, steward_desk_audit (self, &work, "feedback", area, at));
  if (!steward_desk_commit (self, change, error))
    return NULL;

  return g_steal_pointer (&item);
}
