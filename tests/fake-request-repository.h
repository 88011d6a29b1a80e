/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-request-repository.h"

G_BEGIN_DECLS

#define FAKE_TYPE_REQUEST_REPOSITORY (fake_request_repository_get_type ())
G_DECLARE_FINAL_TYPE (FakeRequestRepository, fake_request_repository, FAKE, REQUEST_REPOSITORY, GObject)

/* An in-memory StewardRequestRepository for core tests: rows are kept as objects, ids count up
 * from 1 per table, and a change is applied whole or (when told to fail) not at all. */
FakeRequestRepository *fake_request_repository_new        (void);
/* Client @client_id has package @package_id covering [@from, @until). */
void                   fake_request_repository_add_package (FakeRequestRepository *self,
                                                            gint64                 client_id,
                                                            gint64                 package_id,
                                                            gint64                 from,
                                                            gint64                 until);
/* The next apply_change fails with STEWARD_ERROR_STORAGE and writes nothing. */
void                   fake_request_repository_fail_next  (FakeRequestRepository *self);
/* Rows in "requests", "payments", "audit", "notes" or "feedback". */
guint                  fake_request_repository_count      (FakeRequestRepository *self,
                                                            const char            *table);
/* Every stored row with every property, to compare the whole store before and after. */
char                  *fake_request_repository_dump       (FakeRequestRepository *self);

G_END_DECLS
