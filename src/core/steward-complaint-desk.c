/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-complaint-desk"

#include "config.h"

#include "steward-complaint-desk.h"

#include <glib/gi18n-lib.h>

#include "steward-complaint-rules.h"
#include "steward-error.h"

struct _StewardComplaintDesk
{
  GObject                     parent_instance;

  /* owned */
  StewardComplaintRepository *repository;
  StewardDesk                *desk;
};

G_DEFINE_FINAL_TYPE (StewardComplaintDesk, steward_complaint_desk, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REPOSITORY,
  PROP_DESK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
steward_complaint_desk_dispose (GObject *object)
{
  StewardComplaintDesk *self = (StewardComplaintDesk *)object;

  g_clear_object (&self->repository);
  g_clear_object (&self->desk);

  G_OBJECT_CLASS (steward_complaint_desk_parent_class)->dispose (object);
}

static void
steward_complaint_desk_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  StewardComplaintDesk *self = STEWARD_COMPLAINT_DESK (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;
    case PROP_DESK:
      g_value_set_object (value, self->desk);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_complaint_desk_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  StewardComplaintDesk *self = STEWARD_COMPLAINT_DESK (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      self->repository = g_value_dup_object (value);
      break;
    case PROP_DESK:
      self->desk = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_complaint_desk_class_init (StewardComplaintDeskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_complaint_desk_dispose;
  object_class->get_property = steward_complaint_desk_get_property;
  object_class->set_property = steward_complaint_desk_set_property;

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL, STEWARD_TYPE_COMPLAINT_REPOSITORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESK] =
    g_param_spec_object ("desk", NULL, NULL, STEWARD_TYPE_DESK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_complaint_desk_init (StewardComplaintDesk *self)
{
}

StewardComplaintDesk *
steward_complaint_desk_new (StewardComplaintRepository *repository,
                            StewardDesk                *desk)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT_REPOSITORY (repository), NULL);
  g_return_val_if_fail (STEWARD_IS_DESK (desk), NULL);

  return g_object_new (STEWARD_TYPE_COMPLAINT_DESK, "repository", repository, "desk", desk, NULL);
}

StewardComplaintRepository *
steward_complaint_desk_get_repository (StewardComplaintDesk *self)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT_DESK (self), NULL);
  return self->repository;
}

StewardDesk *
steward_complaint_desk_get_desk (StewardComplaintDesk *self)
{
  g_return_val_if_fail (STEWARD_IS_COMPLAINT_DESK (self), NULL);
  return self->desk;
}

/* Saves @complaint and returns it (transfer full), or NULL. */
static StewardComplaint *
save (StewardComplaintDesk  *self,
      StewardComplaint      *complaint,
      GError               **error)
{
  if (!steward_complaint_repository_save (self->repository, complaint, error))
    return NULL;
  return g_object_ref (complaint);
}

static gboolean
check_linked_request (StewardComplaintDesk  *self,
                      StewardComplaint      *complaint,
                      GError               **error)
{
  g_autoptr(StewardServiceRequest) request = NULL;
  gint64 request_id = steward_complaint_get_request_id (complaint);

  if (request_id == 0)
    return TRUE;

  request = steward_desk_load_request (self->desk, request_id, error);
  if (request == NULL)
    return FALSE;
  if (steward_service_request_get_client_id (request) != steward_complaint_get_client_id (complaint))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("Request #%lld belongs to another client; a complaint can be linked only to "
                     "a request of the client it is about"), (long long) request_id);
      return FALSE;
    }
  return TRUE;
}

StewardComplaint *
steward_complaint_desk_receive (StewardComplaintDesk  *self,
                                StewardComplaint      *draft,
                                GError               **error)
{
  g_autoptr(StewardComplaint) complaint = NULL;

  g_return_val_if_fail (STEWARD_IS_COMPLAINT_DESK (self), NULL);
  g_return_val_if_fail (STEWARD_IS_COMPLAINT (draft), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Only what the client said; every later step starts empty whatever the draft carried. */
  complaint = steward_complaint_new ();
  g_object_set (complaint,
                "client-id", steward_complaint_get_client_id (draft),
                "request-id", steward_complaint_get_request_id (draft),
                "channel", steward_complaint_get_channel (draft),
                "received-at", steward_complaint_get_received_at (draft),
                "summary", steward_complaint_get_summary (draft),
                "details", steward_complaint_get_details (draft),
                NULL);

  if (!steward_complaint_validate (complaint, error) ||
      !check_linked_request (self, complaint, error))
    return NULL;

  return save (self, complaint, error);
}

StewardComplaint *
steward_complaint_desk_accept (StewardComplaintDesk  *self,
                               gint64                 id,
                               gint64                 at,
                               GError               **error)
{
  g_autoptr(StewardComplaint) complaint = NULL;

  g_return_val_if_fail (STEWARD_IS_COMPLAINT_DESK (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  complaint = steward_complaint_repository_load (self->repository, id, error);
  if (complaint == NULL || !steward_complaint_accept (complaint, at, error))
    return NULL;

  return save (self, complaint, error);
}

StewardComplaint *
steward_complaint_desk_close (StewardComplaintDesk  *self,
                              gint64                 id,
                              gint64                 at,
                              GError               **error)
{
  g_autoptr(StewardComplaint) complaint = NULL;

  g_return_val_if_fail (STEWARD_IS_COMPLAINT_DESK (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  complaint = steward_complaint_repository_load (self->repository, id, error);
  if (complaint == NULL || !steward_complaint_close (complaint, at, error))
    return NULL;

  return save (self, complaint, error);
}

/* The re-service request as the client would have asked for it: the original's service and
 * details, so the desk's detail checks pass as they did for the original. */
static StewardServiceRequest *
reservice_draft (StewardServiceRequest      *original,
                 const StewardReservicePlan *plan)
{
  StewardServiceRequest *draft = steward_service_request_new ();

  g_object_set (draft,
                "client-id", plan->client_id,
                "service", plan->service,
                "priority", steward_service_request_get_priority (original),
                "channel", steward_service_request_get_channel (original),
                "description", plan->title,
                "os", steward_service_request_get_os (original),
                "data-terms-agreed", steward_service_request_get_data_terms_agreed (original),
                "config-kind", steward_service_request_get_config_kind (original),
                "template-name", steward_service_request_get_template_name (original),
                "special-text", steward_service_request_get_special_text (original),
                "remedy-of-complaint", plan->complaint_id,
                NULL);
  return draft;
}

/* Writes the re-service request (created, reviewed, quoted at 0) and records it on @complaint.
 * Runs inside the caller's write transaction. */
static gboolean
write_reservice (StewardComplaintDesk   *self,
                 StewardComplaint       *complaint,
                 StewardServiceRequest  *original,
                 gint64                  at,
                 GError                **error)
{
  g_auto(StewardReservicePlan) plan = { 0 };
  g_autoptr(StewardServiceRequest) draft = NULL;
  g_autoptr(StewardServiceRequest) created = NULL;
  g_autofree char *note = NULL;
  gint64 new_id;

  if (!steward_complaint_plan_reservice (complaint, steward_service_request_get_service (original),
                                         &plan, error))
    return FALSE;

  draft = reservice_draft (original, &plan);
  created = steward_desk_create_request (self->desk, draft, at, error);
  if (created == NULL)
    return FALSE;
  new_id = steward_service_request_get_id (created);

  note = g_strdup_printf (_("Free re-service for complaint #%lld"), (long long) plan.complaint_id);
  return steward_desk_review (self->desk, new_id, at, note, error) &&
         steward_desk_quote (self->desk, new_id, plan.fee, 0,
                             steward_service_request_get_complexity (original),
                             steward_service_request_get_tier (original), at, note, error) &&
         steward_complaint_record_reservice (complaint, new_id, error);
}

/* Checks the refund against what was received on the request, then writes the adjustment.
 * Runs inside the caller's write transaction. */
static gboolean
write_refund (StewardComplaintDesk  *self,
              StewardComplaint      *complaint,
              gint64                 amount,
              StewardPaymentMethod   method,
              gint64                 at,
              GError               **error)
{
  g_autoptr(StewardPayment) line = NULL;
  g_autofree char *reference = NULL;
  StewardLedger ledger = { 0 };
  gint64 request_id = steward_complaint_get_request_id (complaint);

  /* Without a linked request the rule refuses before looking at the (empty) ledger. */
  if (request_id != 0 && !steward_desk_get_ledger (self->desk, request_id, &ledger, error))
    return FALSE;
  if (!steward_complaint_apply_refund (complaint, amount, ledger.net_received, error))
    return FALSE;

  reference = g_strdup_printf (_("Partial refund for complaint #%lld"),
                               (long long) steward_complaint_get_id (complaint));
  line = steward_desk_add_adjustment (self->desk, request_id, amount, method, at, reference, error);
  return line != NULL;
}

static gboolean
write_remedy (StewardComplaintDesk   *self,
              StewardComplaint       *complaint,
              StewardRemedy           remedy,
              gint64                  refund,
              StewardPaymentMethod    method,
              gint64                  at,
              GError                **error)
{
  g_autoptr(StewardServiceRequest) original = NULL;
  gint64 request_id = steward_complaint_get_request_id (complaint);

  switch (remedy)
    {
    case STEWARD_REMEDY_NONE:
      return TRUE;
    case STEWARD_REMEDY_PARTIAL_REFUND:
      return write_refund (self, complaint, refund, method, at, error);
    case STEWARD_REMEDY_RESERVICE:
    default:
      if (request_id == 0)
        {
          g_auto(StewardReservicePlan) plan = { 0 };

          /* The rule gives the message: a remedy needs a linked request. */
          return steward_complaint_plan_reservice (complaint, 0, &plan, error);
        }
      original = steward_desk_load_request (self->desk, request_id, error);
      return original != NULL && write_reservice (self, complaint, original, at, error);
    }
}

StewardComplaint *
steward_complaint_desk_resolve (StewardComplaintDesk  *self,
                                gint64                 id,
                                gint64                 at,
                                const char            *solution,
                                StewardRemedy          remedy,
                                gint64                 refund,
                                StewardPaymentMethod   method,
                                GError               **error)
{
  g_autoptr(StewardComplaint) complaint = NULL;
  g_autoptr(StewardComplaint) saved = NULL;

  g_return_val_if_fail (STEWARD_IS_COMPLAINT_DESK (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  complaint = steward_complaint_repository_load (self->repository, id, error);
  if (complaint == NULL || !steward_complaint_resolve (complaint, at, solution, error))
    return NULL;

  if (!steward_complaint_repository_begin_write (self->repository, error))
    return NULL;
  if (!write_remedy (self, complaint, remedy, refund, method, at, error) ||
      (saved = save (self, complaint, error)) == NULL)
    {
      steward_complaint_repository_rollback_write (self->repository);
      return NULL;
    }
  if (!steward_complaint_repository_commit_write (self->repository, error))
    return NULL;

  return g_steal_pointer (&saved);
}
