/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-training-repository.h"

G_BEGIN_DECLS

#define FAKE_TYPE_TRAINING_REPOSITORY (fake_training_repository_get_type ())

G_DECLARE_FINAL_TYPE (FakeTrainingRepository, fake_training_repository, FAKE, TRAINING_REPOSITORY, GObject)

/* An in-memory StewardTrainingRepository for core tests. It keeps copies, so a test's objects
 * and the stored rows are independent, as with the real store. */
FakeTrainingRepository *fake_training_repository_new            (void);
/* How many saves succeeded: a refused operation must leave it unchanged. */
guint                   fake_training_repository_get_save_count (FakeTrainingRepository *self);
/* Makes the next save fail with STEWARD_ERROR_STORAGE. */
void                    fake_training_repository_fail_next_save (FakeTrainingRepository *self);

G_END_DECLS
