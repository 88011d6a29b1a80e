/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-desk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-desk-private.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-money.h"
#include "steward-sla.h"

struct _StewardDesk
{
  GObject                   parent_instance;

  StewardRequestRepository *repository;
  StewardCalendar          *calendar;
  StewardPricing            pricing;
  char                     *manager;
};

G_DEFINE_FINAL_TYPE (StewardDesk, steward_desk, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REPOSITORY,
  PROP_CALENDAR,
  PROP_MANAGER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
steward_desk_dispose (GObject *object)
{
  StewardDesk *self = (StewardDesk *)object;

  g_clear_object (&self->repository);
  g_clear_object (&self->calendar);

  G_OBJECT_CLASS (steward_desk_parent_class)->dispose (object);
}

static void
steward_desk_finalize (GObject *object)
{
  StewardDesk *self = (StewardDesk *)object;

  g_clear_pointer (&self->manager, g_free);

  G_OBJECT_CLASS (steward_desk_parent_class)->finalize (object);
}

static void
steward_desk_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  StewardDesk *self = STEWARD_DESK (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;
    case PROP_CALENDAR:
      g_value_set_object (value, self->calendar);
      break;
    case PROP_MANAGER:
      g_value_set_string (value, steward_desk_get_manager (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_desk_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  StewardDesk *self = STEWARD_DESK (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      self->repository = g_value_dup_object (value);
      break;
    case PROP_CALENDAR:
      self->calendar = g_value_dup_object (value);
      break;
    case PROP_MANAGER:
      steward_desk_set_manager (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_desk_class_init (StewardDeskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_desk_dispose;
  object_class->finalize = steward_desk_finalize;
  object_class->get_property = steward_desk_get_property;
  object_class->set_property = steward_desk_set_property;

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL, STEWARD_TYPE_REQUEST_REPOSITORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CALENDAR] =
    g_param_spec_object ("calendar", NULL, NULL, STEWARD_TYPE_CALENDAR,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MANAGER] =
    g_param_spec_string ("manager", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_desk_init (StewardDesk *self)
{
  steward_pricing_init_defaults (&self->pricing);
}

StewardDesk *
steward_desk_new (StewardRequestRepository *repository,
                  StewardCalendar          *calendar,
                  const StewardPricing     *pricing,
                  const char               *manager)
{
  StewardDesk *self;

  g_return_val_if_fail (STEWARD_IS_REQUEST_REPOSITORY (repository), NULL);
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), NULL);

  self = g_object_new (STEWARD_TYPE_DESK,
                       "repository", repository,
                       "calendar", calendar,
                       "manager", manager,
                       NULL);
  if (pricing != NULL)
    self->pricing = *pricing;
  return self;
}

StewardRequestRepository *
steward_desk_get_repository (StewardDesk *self)
{
  g_return_val_if_fail (STEWARD_IS_DESK (self), NULL);
  return self->repository;
}

StewardCalendar *
steward_desk_get_calendar (StewardDesk *self)
{
  g_return_val_if_fail (STEWARD_IS_DESK (self), NULL);
  return self->calendar;
}

const StewardPricing *
steward_desk_get_pricing (StewardDesk *self)
{
  g_return_val_if_fail (STEWARD_IS_DESK (self), NULL);
  return &self->pricing;
}

gboolean
steward_desk_set_pricing (StewardDesk           *self,
                          const StewardPricing  *pricing,
                          GError               **error)
{
  g_return_val_if_fail (STEWARD_IS_DESK (self), FALSE);
  g_return_val_if_fail (pricing != NULL, FALSE);

  if (!steward_pricing_validate (pricing, error))
    return FALSE;
  self->pricing = *pricing;
  return TRUE;
}

const char *
steward_desk_get_manager (StewardDesk *self)
{
  g_return_val_if_fail (STEWARD_IS_DESK (self), NULL);

  if (self->manager == NULL || *self->manager == '\0')
    return g_get_real_name ();
  return self->manager;
}

void
steward_desk_set_manager (StewardDesk *self,
                          const char  *manager)
{
  g_return_if_fail (STEWARD_IS_DESK (self));

  if (g_strcmp0 (self->manager, manager) == 0)
    return;
  g_free (self->manager);
  self->manager = g_strdup (manager);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MANAGER]);
}

StewardServiceRequest *
steward_desk_load_request (StewardDesk  *self,
                           gint64        id,
                           GError      **error)
{
  g_return_val_if_fail (STEWARD_IS_DESK (self), NULL);

  return steward_request_repository_load_request (self->repository, id, error);
}

gboolean
steward_desk_get_ledger (StewardDesk    *self,
                         gint64          id,
                         StewardLedger  *out_ledger,
                         GError        **error)
{
  g_auto(StewardDeskWork) work = { 0 };

  g_return_val_if_fail (STEWARD_IS_DESK (self), FALSE);
  g_return_val_if_fail (out_ledger != NULL, FALSE);

  if (!steward_desk_work_load (self, id, STEWARD_TIME_NONE, &work, error))
    return FALSE;
  *out_ledger = work.ledger;
  return TRUE;
}

/* Internal helpers shared with steward-desk-money.c */

gboolean
steward_desk_work_load (StewardDesk      *self,
                        gint64            id,
                        gint64            at,
                        StewardDeskWork  *work,
                        GError          **error)
{
  g_autoptr(StewardServiceRequest) stored = NULL;
  gint64 submitted;

  stored = steward_request_repository_load_request (self->repository, id, error);
  if (stored == NULL)
    return FALSE;
  work->payments = steward_request_repository_list_payments (self->repository, id, error);
  if (work->payments == NULL)
    return FALSE;

  submitted = steward_service_request_get_submitted_at (stored);
  if (at != STEWARD_TIME_NONE && submitted != STEWARD_TIME_NONE && at < submitted)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("A step of request #%lld cannot happen before it was submitted"),
                   (long long) id);
      return FALSE;
    }

  work->request = steward_service_request_copy (stored);
  work->from = steward_service_request_get_state (stored);
  steward_ledger_compute (&work->ledger, steward_service_request_get_total (stored), work->payments);
  return TRUE;
}

void
steward_desk_work_clear (StewardDeskWork *work)
{
  g_clear_object (&work->request);
  g_clear_pointer (&work->payments, g_ptr_array_unref);
}

StewardAuditEntry *
steward_desk_audit (StewardDesk     *self,
                    StewardDeskWork *work,
                    const char      *to_code,
                    const char      *note,
                    gint64           at)
{
  StewardAuditEntry *entry;

  entry = steward_audit_entry_new (at, steward_desk_get_manager (self),
                                   steward_enum_code (STEWARD_TYPE_STATE, work->from),
                                   to_code, note);
  steward_audit_entry_set_request_id (entry, steward_service_request_get_id (work->request));
  return entry;
}

gboolean
steward_desk_commit (StewardDesk           *self,
                     StewardRequestChange  *change,
                     GError               **error)
{
  return steward_request_repository_apply_change (self->repository, change, error);
}
