/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-complaint-repository.h"

G_BEGIN_DECLS

#define FAKE_TYPE_COMPLAINT_REPOSITORY (fake_complaint_repository_get_type ())

G_DECLARE_FINAL_TYPE (FakeComplaintRepository, fake_complaint_repository, FAKE, COMPLAINT_REPOSITORY, GObject)

/* An in-memory StewardComplaintRepository for core tests; it keeps copies. */
FakeComplaintRepository *fake_complaint_repository_new            (void);
guint                    fake_complaint_repository_get_save_count (FakeComplaintRepository *self);

G_END_DECLS
