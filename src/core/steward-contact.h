/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "steward-types.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_CONTACT (steward_contact_get_type ())
G_DECLARE_FINAL_TYPE (StewardContact, steward_contact, STEWARD, CONTACT, GObject)

/* A new contact that is not stored yet (id 0, client id 0). */
StewardContact *steward_contact_new           (const char      *name);

gint64          steward_contact_get_id        (StewardContact  *self);
void            steward_contact_set_id        (StewardContact  *self,
                                               gint64           id);
gint64          steward_contact_get_client_id (StewardContact  *self);
void            steward_contact_set_client_id (StewardContact  *self,
                                               gint64           client_id);
const char     *steward_contact_get_name      (StewardContact  *self);
void            steward_contact_set_name      (StewardContact  *self,
                                               const char      *name);
const char     *steward_contact_get_role      (StewardContact  *self);
void            steward_contact_set_role      (StewardContact  *self,
                                               const char      *role);
const char     *steward_contact_get_phone     (StewardContact  *self);
void            steward_contact_set_phone     (StewardContact  *self,
                                               const char      *phone);
const char     *steward_contact_get_email     (StewardContact  *self);
void            steward_contact_set_email     (StewardContact  *self,
                                               const char      *email);
gboolean        steward_contact_get_primary   (StewardContact  *self);
void            steward_contact_set_primary   (StewardContact  *self,
                                               gboolean         primary);

/* "" is accepted (no email); otherwise local-part@domain.tld. STEWARD_ERROR_INVALID. */
gboolean        steward_contact_validate_email (const char     *email,
                                                GError        **error);
/* "" is accepted (no phone); otherwise only digits, spaces, +, - and parentheses, with 5 to 20
 * digits. STEWARD_ERROR_INVALID. */
gboolean        steward_contact_validate_phone (const char     *phone,
                                                GError        **error);
/* Name required (≤ 200 characters), phone and email as above. */
gboolean        steward_contact_validate       (StewardContact *self,
                                                GError        **error);
/* Only the digits of a phone number ("+86 (755) 1234-5678" → "8675512345678"),
 * for searching. */
char           *steward_contact_phone_digits   (const char     *phone);

G_END_DECLS
