/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-client-form"

#include "config.h"

#include "steward-client-form.h"

#include <glib/gi18n-lib.h>

void
steward_client_form_check_clear (StewardClientFormCheck *check)
{
  for (guint i = 0; i < STEWARD_CLIENT_FORM_N_FIELDS; i++)
    g_clear_pointer (&check->messages[i], g_free);
}

static void
take_message (StewardClientFormCheck  *check,
              StewardClientFormField   field,
              GError                 **error)
{
  check->messages[field] = g_strdup ((*error)->message);
  g_clear_error (error);
}

static void
check_name (const StewardClientForm *form,
            StewardClientRepository *repository,
            StewardClientFormCheck  *check)
{
  GError *error = NULL;
  g_autoptr(GError) lookup_error = NULL;
  g_autoptr(StewardClient) existing = NULL;

  if (!steward_client_validate_name (form->name, &error))
    {
      take_message (check, STEWARD_CLIENT_FORM_NAME, &error);
      return;
    }
  if (repository == NULL)
    return;

  existing = steward_client_repository_find_by_name (repository, form->name, &lookup_error);
  if (existing != NULL)
    check->messages[STEWARD_CLIENT_FORM_NAME] =
      g_strdup_printf (_("A client named “%s” already exists (names are compared ignoring case "
                         "and full-width forms)"),
                       steward_client_get_name (existing));
  else if (lookup_error != NULL)
    g_debug ("Could not look the name up: %s", lookup_error->message);
}

gboolean
steward_client_form_check (const StewardClientForm *form,
                           StewardClientRepository *repository,
                           StewardClientFormCheck  *out_check)
{
  g_autoptr(StewardContact) contact = NULL;
  GError *error = NULL;

  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (out_check != NULL, FALSE);

  steward_client_form_check_clear (out_check);
  check_name (form, repository, out_check);

  /* The contact's name alone: a contact with a valid name passes validate () when its phone and
   * email do, which are checked on their own below. */
  contact = steward_contact_new (form->contact_name);
  if (!steward_contact_validate (contact, &error))
    take_message (out_check, STEWARD_CLIENT_FORM_CONTACT_NAME, &error);
  if (!steward_contact_validate_phone (form->phone, &error))
    take_message (out_check, STEWARD_CLIENT_FORM_PHONE, &error);
  if (!steward_contact_validate_email (form->email, &error))
    take_message (out_check, STEWARD_CLIENT_FORM_EMAIL, &error);

  for (guint i = 0; i < STEWARD_CLIENT_FORM_N_FIELDS; i++)
    if (out_check->messages[i] != NULL)
      return FALSE;
  return TRUE;
}

StewardClient *
steward_client_form_build (const StewardClientForm  *form,
                           GPtrArray               **out_contacts)
{
  StewardClient *client;
  StewardContact *contact;

  g_return_val_if_fail (form != NULL, NULL);
  g_return_val_if_fail (out_contacts != NULL, NULL);

  client = steward_client_new (form->name);
  contact = steward_contact_new (form->contact_name);
  steward_contact_set_phone (contact, form->phone);
  steward_contact_set_email (contact, form->email);
  steward_contact_set_primary (contact, TRUE);

  *out_contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (*out_contacts, contact);
  return client;
}
