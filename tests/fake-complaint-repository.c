/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fake-complaint-repository"

#include "config.h"

#include "fake-complaint-repository.h"

#include "steward-error.h"

struct _FakeComplaintRepository
{
  GObject    parent_instance;

  GPtrArray *complaints;   /* owned copies */
  gint64     next_id;
  guint      save_count;
};

static void repository_iface_init (StewardComplaintRepositoryInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FakeComplaintRepository, fake_complaint_repository, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (STEWARD_TYPE_COMPLAINT_REPOSITORY, repository_iface_init))

static int
by_received (gconstpointer a,
             gconstpointer b)
{
  StewardComplaint *ca = *(StewardComplaint **)a;
  StewardComplaint *cb = *(StewardComplaint **)b;
  gint64 d = steward_complaint_get_received_at (ca) - steward_complaint_get_received_at (cb);

  if (d == 0)
    d = steward_complaint_get_id (ca) - steward_complaint_get_id (cb);
  return d < 0 ? -1 : d > 0;
}

typedef enum { BY_RANGE, BY_OPEN, BY_CLIENT } Filter;

static GPtrArray *
select_complaints (FakeComplaintRepository *self,
                   Filter                   filter,
                   gint64                   a,
                   gint64                   b)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->complaints->len; i++)
    {
      StewardComplaint *c = g_ptr_array_index (self->complaints, i);
      gint64 received = steward_complaint_get_received_at (c);
      gboolean keep;

      if (filter == BY_RANGE)
        keep = (a == STEWARD_TIME_NONE || received >= a) && (b == STEWARD_TIME_NONE || received < b);
      else if (filter == BY_OPEN)
        keep = steward_complaint_get_state (c) != STEWARD_COMPLAINT_STATE_CLOSED;
      else
        keep = steward_complaint_get_client_id (c) == a;

      if (keep)
        g_ptr_array_add (out, steward_complaint_copy (c));
    }
  g_ptr_array_sort (out, by_received);
  return out;
}

static int
find_index (FakeComplaintRepository *self,
            gint64                   id)
{
  for (guint i = 0; i < self->complaints->len; i++)
    if (steward_complaint_get_id (g_ptr_array_index (self->complaints, i)) == id)
      return (int)i;
  return -1;
}

static StewardComplaint *
fake_load (StewardComplaintRepository  *repository,
           gint64                       id,
           GError                     **error)
{
  FakeComplaintRepository *self = FAKE_COMPLAINT_REPOSITORY (repository);
  int index = find_index (self, id);

  if (index < 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND, "No complaint %" G_GINT64_FORMAT, id);
      return NULL;
    }
  return steward_complaint_copy (g_ptr_array_index (self->complaints, index));
}

static gboolean
fake_save (StewardComplaintRepository  *repository,
           StewardComplaint            *complaint,
           GError                     **error)
{
  FakeComplaintRepository *self = FAKE_COMPLAINT_REPOSITORY (repository);
  gint64 id = steward_complaint_get_id (complaint);
  int index = -1;

  if (id != 0 && (index = find_index (self, id)) < 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND, "No complaint %" G_GINT64_FORMAT, id);
      return FALSE;
    }
  if (id == 0)
    steward_complaint_set_id (complaint, self->next_id++);
  if (index < 0)
    g_ptr_array_add (self->complaints, steward_complaint_copy (complaint));
  else
    {
      g_object_unref (g_ptr_array_index (self->complaints, index));
      g_ptr_array_index (self->complaints, index) = steward_complaint_copy (complaint);
    }
  self->save_count++;
  return TRUE;
}

static GPtrArray *
fake_list_received (StewardComplaintRepository  *repository,
                    gint64                       from,
                    gint64                       to,
                    GError                     **error)
{
  return select_complaints (FAKE_COMPLAINT_REPOSITORY (repository), BY_RANGE, from, to);
}

static GPtrArray *
fake_list_open (StewardComplaintRepository  *repository,
                GError                     **error)
{
  return select_complaints (FAKE_COMPLAINT_REPOSITORY (repository), BY_OPEN, 0, 0);
}

static GPtrArray *
fake_list_for_client (StewardComplaintRepository  *repository,
                      gint64                       client_id,
                      GError                     **error)
{
  return select_complaints (FAKE_COMPLAINT_REPOSITORY (repository), BY_CLIENT, client_id, 0);
}

static void
repository_iface_init (StewardComplaintRepositoryInterface *iface)
{
  iface->load = fake_load;
  iface->save = fake_save;
  iface->list_received = fake_list_received;
  iface->list_open = fake_list_open;
  iface->list_for_client = fake_list_for_client;
}

static void
fake_complaint_repository_finalize (GObject *object)
{
  FakeComplaintRepository *self = FAKE_COMPLAINT_REPOSITORY (object);

  g_clear_pointer (&self->complaints, g_ptr_array_unref);

  G_OBJECT_CLASS (fake_complaint_repository_parent_class)->finalize (object);
}

static void
fake_complaint_repository_class_init (FakeComplaintRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fake_complaint_repository_finalize;
}

static void
fake_complaint_repository_init (FakeComplaintRepository *self)
{
  self->complaints = g_ptr_array_new_with_free_func (g_object_unref);
  self->next_id = 1;
}

FakeComplaintRepository *
fake_complaint_repository_new (void)
{
  return g_object_new (FAKE_TYPE_COMPLAINT_REPOSITORY, NULL);
}

guint
fake_complaint_repository_get_save_count (FakeComplaintRepository *self)
{
  return self->save_count;
}
