/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-client-repository.h"

G_BEGIN_DECLS

/* The New Client dialog's fields that are checked as the user types. */
typedef enum {
  STEWARD_CLIENT_FORM_NAME,
  STEWARD_CLIENT_FORM_CONTACT_NAME,
  STEWARD_CLIENT_FORM_PHONE,
  STEWARD_CLIENT_FORM_EMAIL,
  STEWARD_CLIENT_FORM_N_FIELDS
} StewardClientFormField;

typedef struct {
  const char *name;
  const char *contact_name;
  const char *phone;
  const char *email;
} StewardClientForm;

typedef struct {
  /* Per field: why its value would be refused (translated, core's own message), or NULL. */
  char *messages[STEWARD_CLIENT_FORM_N_FIELDS];
} StewardClientFormCheck;

void     steward_client_form_check_clear (StewardClientFormCheck  *check);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StewardClientFormCheck, steward_client_form_check_clear)

/* Checks @form with core's rules (name, contact name, phone, email) and, through @repository
 * (may be NULL), that no client already has the name. Returns TRUE when nothing would be
 * refused. A failing lookup leaves the name unchecked; the repository checks again on save. */
gboolean steward_client_form_check       (const StewardClientForm  *form,
                                          StewardClientRepository  *repository,
                                          StewardClientFormCheck   *out_check);

/* The client and its one (primary) contact from @form; pass them to
 * steward_client_repository_add(). */
StewardClient *steward_client_form_build (const StewardClientForm  *form,
                                          GPtrArray               **out_contacts);

G_END_DECLS
