/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fake-request-repository"

#include "config.h"

#include "fake-request-repository.h"
#include "steward-error.h"

typedef struct {
  gint64 client_id;
  gint64 package_id;
  gint64 from;
  gint64 until;
} FakePackage;

struct _FakeRequestRepository
{
  GObject     parent_instance;

  GPtrArray  *requests;   /* StewardServiceRequest copies, index = id - 1 */
  GPtrArray  *payments;
  GPtrArray  *audit;
  GPtrArray  *notes;
  GPtrArray  *feedback;
  GArray     *packages;
  gboolean    fail_next;
};

static void repository_iface_init (StewardRequestRepositoryInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FakeRequestRepository, fake_request_repository, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (STEWARD_TYPE_REQUEST_REPOSITORY,
                                                      repository_iface_init))

static void
set_line_ids (GPtrArray  *table,
              GPtrArray  *lines,
              gint64      request_id)
{
  for (guint i = 0; i < lines->len; i++)
    {
      GObject *line = g_ptr_array_index (lines, i);

      g_object_set (line, "id", (gint64) table->len + 1, "request-id", request_id, NULL);
      g_ptr_array_add (table, g_object_ref (line));
    }
}

static gboolean
fake_apply_change (StewardRequestRepository  *repository,
                   StewardRequestChange      *change,
                   GError                   **error)
{
  FakeRequestRepository *self = FAKE_REQUEST_REPOSITORY (repository);
  gint64 id = steward_service_request_get_id (change->request);

  if (self->fail_next)
    {
      self->fail_next = FALSE;
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE, "disk full (fake)");
      return FALSE;
    }
  if (id < 0 || id > (gint64) self->requests->len)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND, "no request #%" G_GINT64_FORMAT, id);
      return FALSE;
    }

  if (id == 0)
    {
      id = self->requests->len + 1;
      steward_service_request_set_id (change->request, id);
      g_ptr_array_add (self->requests, steward_service_request_copy (change->request));
    }
  else
    {
      g_object_unref (self->requests->pdata[id - 1]);
      self->requests->pdata[id - 1] = steward_service_request_copy (change->request);
    }

  set_line_ids (self->payments, change->payments, id);
  set_line_ids (self->audit, change->audit, id);
  set_line_ids (self->notes, change->notes, id);
  set_line_ids (self->feedback, change->feedback, id);
  return TRUE;
}

static StewardServiceRequest *
fake_load_request (StewardRequestRepository  *repository,
                   gint64                     id,
                   GError                   **error)
{
  FakeRequestRepository *self = FAKE_REQUEST_REPOSITORY (repository);

  if (id <= 0 || id > (gint64) self->requests->len)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
                   "There is no service request #%" G_GINT64_FORMAT, id);
      return NULL;
    }
  return steward_service_request_copy (self->requests->pdata[id - 1]);
}

static GPtrArray *
lines_of (GPtrArray *table,
          gint64     request_id)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < table->len; i++)
    {
      gint64 owner = 0;

      g_object_get (table->pdata[i], "request-id", &owner, NULL);
      if (owner == request_id)
        g_ptr_array_add (result, g_object_ref (table->pdata[i]));
    }
  return result;
}

#define DEFINE_LIST(name)                                                       \
  static GPtrArray *                                                            \
  fake_list_##name (StewardRequestRepository *repository,                       \
                    gint64                    request_id,                       \
                    GError                  **error)                            \
  {                                                                             \
    return lines_of (FAKE_REQUEST_REPOSITORY (repository)->name, request_id);   \
  }

DEFINE_LIST (payments)
DEFINE_LIST (audit)
DEFINE_LIST (notes)
DEFINE_LIST (feedback)

static gboolean
fake_find_active_package (StewardRequestRepository  *repository,
                          gint64                     client_id,
                          gint64                     at,
                          gint64                    *out_package_id,
                          GError                   **error)
{
  FakeRequestRepository *self = FAKE_REQUEST_REPOSITORY (repository);

  *out_package_id = 0;
  for (guint i = 0; i < self->packages->len; i++)
    {
      FakePackage *p = &g_array_index (self->packages, FakePackage, i);

      if (p->client_id == client_id && p->from <= at && at < p->until)
        *out_package_id = p->package_id;
    }
  return TRUE;
}

static gboolean
same_local_month (gint64 a,
                  gint64 b)
{
  g_autoptr(GDateTime) da = g_date_time_new_from_unix_local (a);
  g_autoptr(GDateTime) db = g_date_time_new_from_unix_local (b);

  return g_date_time_get_year (da) == g_date_time_get_year (db) &&
         g_date_time_get_month (da) == g_date_time_get_month (db);
}

static gboolean
fake_count_incidents (StewardRequestRepository  *repository,
                      gint64                     package_id,
                      gint64                     at,
                      guint                     *out_count,
                      GError                   **error)
{
  FakeRequestRepository *self = FAKE_REQUEST_REPOSITORY (repository);

  *out_count = 0;
  for (guint i = 0; i < self->requests->len; i++)
    {
      StewardServiceRequest *r = self->requests->pdata[i];

      if (steward_service_request_get_package_incident (r) &&
          steward_service_request_get_package_id (r) == package_id &&
          steward_service_request_get_state (r) != STEWARD_STATE_CANCELLED &&
          same_local_month (steward_service_request_get_submitted_at (r), at))
        (*out_count)++;
    }
  return TRUE;
}

static void
repository_iface_init (StewardRequestRepositoryInterface *iface)
{
  iface->apply_change = fake_apply_change;
  iface->load_request = fake_load_request;
  iface->list_payments = fake_list_payments;
  iface->list_audit = fake_list_audit;
  iface->list_notes = fake_list_notes;
  iface->list_feedback = fake_list_feedback;
  iface->find_active_package = fake_find_active_package;
  iface->count_incidents = fake_count_incidents;
}

static void
fake_request_repository_finalize (GObject *object)
{
  FakeRequestRepository *self = (FakeRequestRepository *)object;

  g_clear_pointer (&self->requests, g_ptr_array_unref);
  g_clear_pointer (&self->payments, g_ptr_array_unref);
  g_clear_pointer (&self->audit, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->feedback, g_ptr_array_unref);
  g_clear_pointer (&self->packages, g_array_unref);

  G_OBJECT_CLASS (fake_request_repository_parent_class)->finalize (object);
}

static void
fake_request_repository_class_init (FakeRequestRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fake_request_repository_finalize;
}

static void
fake_request_repository_init (FakeRequestRepository *self)
{
  self->requests = g_ptr_array_new_with_free_func (g_object_unref);
  self->payments = g_ptr_array_new_with_free_func (g_object_unref);
  self->audit = g_ptr_array_new_with_free_func (g_object_unref);
  self->notes = g_ptr_array_new_with_free_func (g_object_unref);
  self->feedback = g_ptr_array_new_with_free_func (g_object_unref);
  self->packages = g_array_new (FALSE, FALSE, sizeof (FakePackage));
}

FakeRequestRepository *
fake_request_repository_new (void)
{
  return g_object_new (FAKE_TYPE_REQUEST_REPOSITORY, NULL);
}

void
fake_request_repository_add_package (FakeRequestRepository *self,
                                     gint64                 client_id,
                                     gint64                 package_id,
                                     gint64                 from,
                                     gint64                 until)
{
  FakePackage p = { client_id, package_id, from, until };

  g_array_append_val (self->packages, p);
}

void
fake_request_repository_fail_next (FakeRequestRepository *self)
{
  self->fail_next = TRUE;
}

static GPtrArray *
table (FakeRequestRepository *self,
       const char            *name)
{
  if (g_str_equal (name, "requests"))
    return self->requests;
  if (g_str_equal (name, "payments"))
    return self->payments;
  if (g_str_equal (name, "audit"))
    return self->audit;
  if (g_str_equal (name, "notes"))
    return self->notes;
  if (g_str_equal (name, "feedback"))
    return self->feedback;
  g_assert_not_reached ();
}

guint
fake_request_repository_count (FakeRequestRepository *self,
                               const char            *name)
{
  return table (self, name)->len;
}

static void
dump_object (GString *out,
             GObject *object)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  g_string_append (out, G_OBJECT_TYPE_NAME (object));
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *text = NULL;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (object, pspecs[i]->name, &value);
      text = g_strdup_value_contents (&value);
      g_string_append_printf (out, " %s=%s", pspecs[i]->name, text);
    }
  g_string_append_c (out, '\n');
}

char *
fake_request_repository_dump (FakeRequestRepository *self)
{
  const char *names[] = { "requests", "payments", "audit", "notes", "feedback" };
  GString *out = g_string_new (NULL);

  for (guint t = 0; t < G_N_ELEMENTS (names); t++)
    {
      GPtrArray *rows = table (self, names[t]);

      for (guint i = 0; i < rows->len; i++)
        dump_object (out, rows->pdata[i]);
    }
  return g_string_free (out, FALSE);
}
