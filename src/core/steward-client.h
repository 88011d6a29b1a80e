/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-enums.h"
#include "steward-types.h"

G_BEGIN_DECLS

/* The operating systems a client runs; remote assistance is offered only for these. The nicks
 * ("windows", "macos", "linux") are the codes stored in the database, as for StewardOs. */
typedef enum {
  STEWARD_PLATFORM_NONE    = 0,
  STEWARD_PLATFORM_WINDOWS = 1 << 0,
  STEWARD_PLATFORM_MACOS   = 1 << 1,
  STEWARD_PLATFORM_LINUX   = 1 << 2,
} StewardPlatforms;

#define STEWARD_TYPE_PLATFORMS (steward_platforms_get_type ())
GType            steward_platforms_get_type (void) G_GNUC_CONST;
/* The platform flag of an operating system (NONE for STEWARD_OS_NONE). */
StewardPlatforms steward_platforms_from_os  (StewardOs os);

/* The longest client or contact name, in characters. */
#define STEWARD_CLIENT_NAME_MAX 200

#define STEWARD_TYPE_CLIENT (steward_client_get_type ())
G_DECLARE_FINAL_TYPE (StewardClient, steward_client, STEWARD, CLIENT, GObject)

/* A new client that is not stored yet (id 0). */
StewardClient   *steward_client_new              (const char       *name);

gint64           steward_client_get_id           (StewardClient    *self);
void             steward_client_set_id           (StewardClient    *self,
                                                  gint64            id);
const char      *steward_client_get_name         (StewardClient    *self);
void             steward_client_set_name         (StewardClient    *self,
                                                  const char       *name);
const char      *steward_client_get_industry     (StewardClient    *self);
void             steward_client_set_industry     (StewardClient    *self,
                                                  const char       *industry);
const char      *steward_client_get_address      (StewardClient    *self);
void             steward_client_set_address      (StewardClient    *self,
                                                  const char       *address);
const char      *steward_client_get_notes        (StewardClient    *self);
void             steward_client_set_notes        (StewardClient    *self,
                                                  const char       *notes);
const char      *steward_client_get_owner        (StewardClient    *self);
void             steward_client_set_owner        (StewardClient    *self,
                                                  const char       *owner);
StewardPlatforms steward_client_get_platforms    (StewardClient    *self);
void             steward_client_set_platforms    (StewardClient    *self,
                                                  StewardPlatforms  platforms);
/* The dedicated technical advisor's name; "" when the client has none. */
const char      *steward_client_get_advisor      (StewardClient    *self);
void             steward_client_set_advisor      (StewardClient    *self,
                                                  const char       *advisor);
gboolean         steward_client_get_archived     (StewardClient    *self);
void             steward_client_set_archived     (StewardClient    *self,
                                                  gboolean          archived);
gint64           steward_client_get_created_at   (StewardClient    *self);
void             steward_client_set_created_at   (StewardClient    *self,
                                                  gint64            created_at);
gint64           steward_client_get_updated_at   (StewardClient    *self);
void             steward_client_set_updated_at   (StewardClient    *self,
                                                  gint64            updated_at);

/* Read-only summaries the client list shows: requests still open, money owed on confirmed
 * work (fen), and the last change of the client or one of its requests. */
guint            steward_client_get_open_requests   (StewardClient *self);
gint64           steward_client_get_outstanding_fen (StewardClient *self);
gint64           steward_client_get_last_activity   (StewardClient *self);
/* For repositories only: sets the three summaries above at once. */
void             steward_client_set_summary         (StewardClient *self,
                                                     guint          open_requests,
                                                     gint64         outstanding_fen,
                                                     gint64         last_activity);

/* The key that makes client names unique: NFKC normalisation and case folding, trimmed, inner
 * white space collapsed to one space. "ＡＣＭＥ  科技" and "acme 科技" have the same key. */
char            *steward_client_name_key         (const char       *name);

/* Name required (after trimming) and at most 200 characters; otherwise STEWARD_ERROR_INVALID. */
gboolean         steward_client_validate_name    (const char       *name,
                                                  GError          **error);
/* The client's fields and its contacts (a GPtrArray of StewardContact): a valid name, valid
 * contacts, at least one contact and exactly one primary. */
gboolean         steward_client_validate         (StewardClient    *self,
                                                  GPtrArray        *contacts,
                                                  GError          **error);

G_END_DECLS
