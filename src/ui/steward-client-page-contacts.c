/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-client-page"

#include "config.h"

#include "steward-client-page-private.h"

#include <glib/gi18n-lib.h>

#include "steward-client-format.h"
#include "steward-ui-util.h"

/* The Contacts group of the client page: one expander row per contact with its fields edited
 * in place. A contact added with "Add Contact" exists only on the page until its name is
 * applied. */

typedef enum {
  FIELD_NAME,
  FIELD_ROLE,
  FIELD_PHONE,
  FIELD_EMAIL,
} ContactField;

#define INDEX_KEY "steward-contact-index"
#define FIELD_KEY "steward-contact-field"

static StewardContact *
copy_contact (StewardContact *src)
{
  StewardContact *copy = steward_contact_new (steward_contact_get_name (src));

  steward_contact_set_id (copy, steward_contact_get_id (src));
  steward_contact_set_client_id (copy, steward_contact_get_client_id (src));
  steward_contact_set_role (copy, steward_contact_get_role (src));
  steward_contact_set_phone (copy, steward_contact_get_phone (src));
  steward_contact_set_email (copy, steward_contact_get_email (src));
  steward_contact_set_primary (copy, steward_contact_get_primary (src));
  return copy;
}

static GPtrArray *
copy_contacts (StewardClientPage *self)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->contacts->len; i++)
    g_ptr_array_add (copy, copy_contact (g_ptr_array_index (self->contacts, i)));
  return copy;
}

/* Marks a phone or email row while its text would be refused, before it is applied. */
static void
on_contact_field_changed (AdwEntryRow       *row,
                          StewardClientPage *self)
{
  ContactField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), FIELD_KEY));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;
  gboolean valid = TRUE;

  if (field == FIELD_PHONE)
    valid = steward_contact_validate_phone (text, &error);
  else if (field == FIELD_EMAIL)
    valid = steward_contact_validate_email (text, &error);

  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), valid ? NULL : error->message);
}

static void
on_contact_field_apply (AdwEntryRow       *row,
                        StewardClientPage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), INDEX_KEY));
  ContactField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), FIELD_KEY));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(StewardClient) client = _steward_client_page_copy_client (self);
  g_autoptr(GPtrArray) contacts = copy_contacts (self);
  StewardContact *contact;

  g_return_if_fail (index < contacts->len);

  contact = g_ptr_array_index (contacts, index);
  switch (field)
    {
    case FIELD_NAME:
      steward_contact_set_name (contact, text);
      break;
    case FIELD_ROLE:
      steward_contact_set_role (contact, text);
      break;
    case FIELD_PHONE:
      steward_contact_set_phone (contact, text);
      break;
    case FIELD_EMAIL:
    default:
      steward_contact_set_email (contact, text);
      break;
    }

  _steward_client_page_save (self, client, contacts, GTK_WIDGET (row));
}

static GtkWidget *
contact_field_row (StewardClientPage *self,
                   guint              index,
                   ContactField       field,
                   const char        *title,
                   const char        *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  if (field == FIELD_PHONE)
    adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_PHONE);
  else if (field == FIELD_EMAIL)
    adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_EMAIL);
  g_object_set_data (G_OBJECT (row), INDEX_KEY, GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (row), FIELD_KEY, GUINT_TO_POINTER (field));
  g_signal_connect_object (row, "changed", G_CALLBACK (on_contact_field_changed), self, 0);
  g_signal_connect_object (row, "apply", G_CALLBACK (on_contact_field_apply), self, 0);
  return row;
}

static GtkWidget *
contact_actions_row (guint    index,
                     gboolean primary,
                     gboolean removable)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *make_primary = gtk_button_new_with_mnemonic (_("Make _Primary"));
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove Contact"));

  gtk_widget_set_valign (make_primary, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (make_primary, !primary);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (make_primary), "client.make-primary");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (make_primary), "u", index);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (remove, removable);
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "client.remove-contact");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", index);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_primary);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static GtkWidget *
contact_row (StewardClientPage *self,
             guint              index)
{
  StewardContact *contact = g_ptr_array_index (self->contacts, index);
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *summary = steward_format_contact_summary (contact);
  gboolean pending = steward_contact_get_id (contact) == 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 pending ? _("New Contact") : steward_contact_get_name (contact));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), summary);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (steward_contact_get_primary (contact))
    {
      GtkWidget *tag = gtk_label_new (_("Primary"));

      gtk_widget_add_css_class (tag, "steward-tag");
      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), tag);
    }

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            contact_field_row (self, index, FIELD_NAME, C_("contact", "Name"),
                                               steward_contact_get_name (contact)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            contact_field_row (self, index, FIELD_ROLE, _("Role"),
                                               steward_contact_get_role (contact)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            contact_field_row (self, index, FIELD_PHONE, _("Phone"),
                                               steward_contact_get_phone (contact)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            contact_field_row (self, index, FIELD_EMAIL, _("Email"),
                                               steward_contact_get_email (contact)));
  /* A client keeps at least one contact. */
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            contact_actions_row (index, steward_contact_get_primary (contact),
                                                 self->contacts->len > 1));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), pending);
  return row;
}

void
_steward_client_page_fill_contacts (StewardClientPage *self)
{
  for (guint i = 0; i < self->contact_rows->len; i++)
    adw_preferences_group_remove (self->contacts_group, g_ptr_array_index (self->contact_rows, i));
  g_ptr_array_set_size (self->contact_rows, 0);

  for (guint i = 0; i < self->contacts->len; i++)
    {
      GtkWidget *row = contact_row (self, i);

      adw_preferences_group_add (self->contacts_group, row);
      g_ptr_array_add (self->contact_rows, row);
    }
}

static void
add_contact_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  StewardClientPage *self = STEWARD_CLIENT_PAGE (widget);
  StewardContact *contact;

  if (self->client == NULL)
    return;

  /* Saved once its name is applied, with the others. */
  contact = steward_contact_new ("");
  steward_contact_set_client_id (contact, steward_client_get_id (self->client));
  g_ptr_array_add (self->contacts, contact);
  _steward_client_page_fill_contacts (self);
}

static void
remove_contact_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  StewardClientPage *self = STEWARD_CLIENT_PAGE (widget);
  guint index = g_variant_get_uint32 (parameter);
  g_autoptr(StewardClient) client = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  gboolean was_primary;

  if (self->client == NULL || index >= self->contacts->len)
    return;

  client = _steward_client_page_copy_client (self);
  contacts = copy_contacts (self);
  was_primary = steward_contact_get_primary (g_ptr_array_index (contacts, index));
  g_ptr_array_remove_index (contacts, index);
  /* Removing the primary contact hands the role to the next one. */
  if (was_primary && contacts->len > 0)
    steward_contact_set_primary (g_ptr_array_index (contacts, 0), TRUE);

  _steward_client_page_save (self, client, contacts, NULL);
}

static void
make_primary_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  StewardClientPage *self = STEWARD_CLIENT_PAGE (widget);
  guint index = g_variant_get_uint32 (parameter);
  g_autoptr(StewardClient) client = NULL;
  g_autoptr(GPtrArray) contacts = NULL;

  if (self->client == NULL || index >= self->contacts->len)
    return;

  client = _steward_client_page_copy_client (self);
  contacts = copy_contacts (self);
  for (guint i = 0; i < contacts->len; i++)
    steward_contact_set_primary (g_ptr_array_index (contacts, i), i == index);

  _steward_client_page_save (self, client, contacts, NULL);
}

void
_steward_client_page_contacts_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "client.add-contact", NULL, add_contact_action);
  gtk_widget_class_install_action (widget_class, "client.remove-contact", "u",
                                   remove_contact_action);
  gtk_widget_class_install_action (widget_class, "client.make-primary", "u",
                                   make_primary_action);
}
