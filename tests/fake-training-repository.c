/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fake-training-repository"

#include "config.h"

#include "fake-training-repository.h"

#include "steward-error.h"
#include "steward-training.h"

struct _FakeTrainingRepository
{
  GObject    parent_instance;

  GPtrArray *sessions;   /* owned copies */
  gint64     next_id;
  guint      save_count;
  gboolean   fail_next_save;
};

static void repository_iface_init (StewardTrainingRepositoryInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FakeTrainingRepository, fake_training_repository, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (STEWARD_TYPE_TRAINING_REPOSITORY, repository_iface_init))

static gboolean
overlaps (StewardTrainingSession *session,
          gint64                  from,
          gint64                  to)
{
  return (to == STEWARD_TIME_NONE || steward_training_session_get_start (session) < to) &&
         (from == STEWARD_TIME_NONE || steward_training_session_get_end (session) > from);
}

static int
by_start (gconstpointer a,
          gconstpointer b)
{
  StewardTrainingSession *sa = *(StewardTrainingSession **)a;
  StewardTrainingSession *sb = *(StewardTrainingSession **)b;
  gint64 d = steward_training_session_get_start (sa) - steward_training_session_get_start (sb);

  if (d == 0)
    d = steward_training_session_get_id (sa) - steward_training_session_get_id (sb);
  return d < 0 ? -1 : d > 0;
}

typedef gboolean (*Match) (StewardTrainingSession *session, gconstpointer data);

static GPtrArray *
select_sessions (FakeTrainingRepository *self,
                 gint64                  from,
                 gint64                  to,
                 Match                   match,
                 gconstpointer           data)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->sessions->len; i++)
    {
      StewardTrainingSession *session = g_ptr_array_index (self->sessions, i);

      if (overlaps (session, from, to) && (match == NULL || match (session, data)))
        g_ptr_array_add (out, steward_training_session_copy (session));
    }
  g_ptr_array_sort (out, by_start);
  return out;
}

static GPtrArray *
fake_list_range (StewardTrainingRepository  *repository,
                 gint64                      from,
                 gint64                      to,
                 GError                    **error)
{
  return select_sessions (FAKE_TRAINING_REPOSITORY (repository), from, to, NULL, NULL);
}

static gboolean
match_trainer (StewardTrainingSession *session,
               gconstpointer           key)
{
  g_autofree char *other = steward_training_trainer_key (steward_training_session_get_trainer (session));

  return g_strcmp0 (other, key) == 0;
}

static GPtrArray *
fake_list_for_trainer (StewardTrainingRepository  *repository,
                       const char                 *trainer,
                       gint64                      from,
                       gint64                      to,
                       GError                    **error)
{
  g_autofree char *key = steward_training_trainer_key (trainer);

  return select_sessions (FAKE_TRAINING_REPOSITORY (repository), from, to, match_trainer, key);
}

static gboolean
match_client (StewardTrainingSession *session,
              gconstpointer           client_id)
{
  return steward_training_session_get_client_id (session) == *(const gint64 *)client_id;
}

static GPtrArray *
fake_list_for_client (StewardTrainingRepository  *repository,
                      gint64                      client_id,
                      gint64                      from,
                      gint64                      to,
                      GError                    **error)
{
  return select_sessions (FAKE_TRAINING_REPOSITORY (repository), from, to, match_client, &client_id);
}

static int
find_index (FakeTrainingRepository *self,
            gint64                  id)
{
  for (guint i = 0; i < self->sessions->len; i++)
    if (steward_training_session_get_id (g_ptr_array_index (self->sessions, i)) == id)
      return (int)i;
  return -1;
}

static StewardTrainingSession *
fake_load (StewardTrainingRepository  *repository,
           gint64                      id,
           GError                    **error)
{
  FakeTrainingRepository *self = FAKE_TRAINING_REPOSITORY (repository);
  int index = find_index (self, id);

  if (index < 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND, "No training session %" G_GINT64_FORMAT, id);
      return NULL;
    }
  return steward_training_session_copy (g_ptr_array_index (self->sessions, index));
}

static gboolean
fake_save (StewardTrainingRepository  *repository,
           StewardTrainingSession     *session,
           GError                    **error)
{
  FakeTrainingRepository *self = FAKE_TRAINING_REPOSITORY (repository);
  gint64 id = steward_training_session_get_id (session);
  StewardTrainingSession *copy;
  int index = -1;

  if (self->fail_next_save)
    {
      self->fail_next_save = FALSE;
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE, "disk full (fake)");
      return FALSE;
    }
  if (id != 0 && (index = find_index (self, id)) < 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND, "No training session %" G_GINT64_FORMAT, id);
      return FALSE;
    }

  if (id == 0)
    steward_training_session_set_id (session, self->next_id++);
  copy = steward_training_session_copy (session);
  if (index < 0)
    g_ptr_array_add (self->sessions, copy);
  else
    {
      g_object_unref (g_ptr_array_index (self->sessions, index));
      g_ptr_array_index (self->sessions, index) = copy;
    }
  self->save_count++;
  return TRUE;
}

static void
repository_iface_init (StewardTrainingRepositoryInterface *iface)
{
  iface->list_range = fake_list_range;
  iface->list_for_trainer = fake_list_for_trainer;
  iface->list_for_client = fake_list_for_client;
  iface->load = fake_load;
  iface->save = fake_save;
}

static void
fake_training_repository_finalize (GObject *object)
{
  FakeTrainingRepository *self = FAKE_TRAINING_REPOSITORY (object);

  g_clear_pointer (&self->sessions, g_ptr_array_unref);

  G_OBJECT_CLASS (fake_training_repository_parent_class)->finalize (object);
}

static void
fake_training_repository_class_init (FakeTrainingRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fake_training_repository_finalize;
}

static void
fake_training_repository_init (FakeTrainingRepository *self)
{
  self->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  self->next_id = 1;
}

FakeTrainingRepository *
fake_training_repository_new (void)
{
  return g_object_new (FAKE_TYPE_TRAINING_REPOSITORY, NULL);
}

guint
fake_training_repository_get_save_count (FakeTrainingRepository *self)
{
  return self->save_count;
}

void
fake_training_repository_fail_next_save (FakeTrainingRepository *self)
{
  self->fail_next_save = TRUE;
}
