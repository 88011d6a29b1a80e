/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-client-dialog"

#include "config.h"

#include "steward-client-dialog.h"

#include <glib/gi18n-lib.h>

#include "steward-client-form.h"
#include "steward-error.h"
#include "steward-wrap-box.h"

struct _StewardClientDialog
{
  AdwWindow                parent_instance;

  /* template widgets */
  GtkButton               *add_button;
  AdwEntryRow             *name_row;
  GtkLabel                *name_error;
  AdwEntryRow             *industry_row;
  AdwEntryRow             *owner_row;
  AdwEntryRow             *address_row;
  GtkCheckButton          *windows_check;
  GtkCheckButton          *macos_check;
  GtkCheckButton          *linux_check;
  AdwEntryRow             *contact_name_row;
  GtkLabel                *contact_name_error;
  AdwEntryRow             *role_row;
  AdwEntryRow             *phone_row;
  GtkLabel                *phone_error;
  AdwEntryRow             *email_row;
  GtkLabel                *email_error;

  /* owned */
  StewardClientRepository *repository;
  /* A required field shows "required" only once the user typed in it or tried to add. */
  gboolean                 touched[STEWARD_CLIENT_FORM_N_FIELDS];
};

G_DEFINE_FINAL_TYPE (StewardClientDialog, steward_client_dialog, ADW_TYPE_WINDOW)

enum {
  CLIENT_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static AdwEntryRow *
field_row (StewardClientDialog    *self,
           StewardClientFormField  field)
{
  AdwEntryRow *rows[] = { self->name_row, self->contact_name_row, self->phone_row, self->email_row };

  return rows[field];
}

static GtkLabel *
field_label (StewardClientDialog    *self,
             StewardClientFormField  field)
{
  GtkLabel *labels[] = { self->name_error, self->contact_name_error, self->phone_error, self->email_error };

  return labels[field];
}

static void
read_form (StewardClientDialog *self,
           StewardClientForm   *form)
{
  form->name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  form->contact_name = gtk_editable_get_text (GTK_EDITABLE (self->contact_name_row));
  form->phone = gtk_editable_get_text (GTK_EDITABLE (self->phone_row));
  form->email = gtk_editable_get_text (GTK_EDITABLE (self->email_row));
}

/* Shows a field's problem under its group and marks its row. */
static void
show_field_error (StewardClientDialog    *self,
                  StewardClientFormField  field,
                  const char             *message)
{
  GtkWidget *row = GTK_WIDGET (field_row (self, field));
  GtkLabel *label = field_label (self, field);

  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* Checks every field; shows the problems of touched ones. Returns TRUE when all are valid. */
static gboolean
steward_client_dialog_validate (StewardClientDialog *self)
{
  g_auto(StewardClientFormCheck) check = { { NULL } };
  StewardClientForm form;
  gboolean valid;

  read_form (self, &form);
  valid = steward_client_form_check (&form, self->repository, &check);
  for (guint i = 0; i < STEWARD_CLIENT_FORM_N_FIELDS; i++)
    show_field_error (self, i, self->touched[i] ? check.messages[i] : NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.add", valid);
  return valid;
}

static void
on_field_changed (GtkEditable         *row,
                  StewardClientDialog *self)
{
  for (guint i = 0; i < STEWARD_CLIENT_FORM_N_FIELDS; i++)
    if (GTK_EDITABLE (field_row (self, i)) == row)
      self->touched[i] = TRUE;

  steward_client_dialog_validate (self);
}

static void
on_entry_activated (AdwEntryRow         *row,
                    StewardClientDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "dialog.add", NULL);
}

static StewardPlatforms
read_platforms (StewardClientDialog *self)
{
  StewardPlatforms platforms = STEWARD_PLATFORM_NONE;

  if (gtk_check_button_get_active (self->windows_check))
    platforms |= STEWARD_PLATFORM_WINDOWS;
  if (gtk_check_button_get_active (self->macos_check))
    platforms |= STEWARD_PLATFORM_MACOS;
  if (gtk_check_button_get_active (self->linux_check))
    platforms |= STEWARD_PLATFORM_LINUX;
  return platforms;
}

static void
steward_client_dialog_add_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  StewardClientDialog *self = STEWARD_CLIENT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardClient) client = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  StewardClientForm form;

  for (guint i = 0; i < STEWARD_CLIENT_FORM_N_FIELDS; i++)
    self->touched[i] = TRUE;
  if (!steward_client_dialog_validate (self))
    return;

  read_form (self, &form);
  client = steward_client_form_build (&form, &contacts);
  steward_client_set_industry (client, gtk_editable_get_text (GTK_EDITABLE (self->industry_row)));
  steward_client_set_owner (client, gtk_editable_get_text (GTK_EDITABLE (self->owner_row)));
  steward_client_set_address (client, gtk_editable_get_text (GTK_EDITABLE (self->address_row)));
  steward_client_set_platforms (client, read_platforms (self));
  steward_contact_set_role (g_ptr_array_index (contacts, 0),
                            gtk_editable_get_text (GTK_EDITABLE (self->role_row)));

  /* Another writer may have taken the name since the last check: the store says so. */
  if (!steward_client_repository_add (self->repository, client, contacts, &error))
    {
      show_field_error (self,
                        g_error_matches (error, STEWARD_ERROR, STEWARD_ERROR_CONFLICT)
                        ? STEWARD_CLIENT_FORM_NAME : STEWARD_CLIENT_FORM_CONTACT_NAME,
                        error->message);
      return;
    }

  g_signal_emit (self, signals[CLIENT_ADDED], 0, steward_client_get_id (client));
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_client_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_CLIENT_DIALOG);

  G_OBJECT_CLASS (steward_client_dialog_parent_class)->dispose (object);
}

static void
steward_client_dialog_finalize (GObject *object)
{
  StewardClientDialog *self = STEWARD_CLIENT_DIALOG (object);

  g_clear_object (&self->repository);

  G_OBJECT_CLASS (steward_client_dialog_parent_class)->finalize (object);
}

static void
steward_client_dialog_class_init (StewardClientDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_client_dialog_dispose;
  object_class->finalize = steward_client_dialog_finalize;

  /* Emitted with the new client's id once it is stored. */
  signals[CLIENT_ADDED] =
    g_signal_new ("client-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (STEWARD_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-client-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardClientDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, StewardClientDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, StewardClientDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, StewardClientDialog, industry_row);
  gtk_widget_class_bind_template_child (widget_class, StewardClientDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, StewardClientDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, StewardClientDialog, windows_check);
  gtk_widget_class_bind_template_child (widget_class, StewardClientDialog, macos_check);
  gtk_widget_class_bind_template_child (widget_class, StewardClientDialog, linux_check);
  gtk_widget_class_bind_template_child (widget_class, StewardClientDialog, contact_name_row);
  gtk_widget_class_bind_template_child (widget_class, StewardClientDialog, contact_name_error);
  gtk_widget_class_bind_template_child (widget_class, StewardClientDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, StewardClientDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, StewardClientDialog, phone_error);
  gtk_widget_class_bind_template_child (widget_class, StewardClientDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, StewardClientDialog, email_error);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "dialog.add", NULL,
                                   steward_client_dialog_add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
steward_client_dialog_init (StewardClientDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.add", FALSE);
}

StewardClientDialog *
steward_client_dialog_new (StewardClientRepository *repository,
                           GSettings               *settings)
{
  StewardClientDialog *self;
  g_autofree char *owner = NULL;

  g_return_val_if_fail (STEWARD_IS_CLIENT_REPOSITORY (repository), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (STEWARD_TYPE_CLIENT_DIALOG, NULL);
  self->repository = g_object_ref (repository);

  /* New clients belong to the account manager using Steward unless they say otherwise. */
  if (settings != NULL)
    owner = g_settings_get_string (settings, "default-owner");
  gtk_editable_set_text (GTK_EDITABLE (self->owner_row),
                         owner != NULL && *owner != '\0' ? owner : g_get_real_name ());
  return self;
}

void
steward_client_dialog_set_field (StewardClientDialog    *self,
                                 StewardClientFormField  field,
                                 const char             *text)
{
  g_return_if_fail (STEWARD_IS_CLIENT_DIALOG (self));
  g_return_if_fail (field < STEWARD_CLIENT_FORM_N_FIELDS);

  gtk_editable_set_text (GTK_EDITABLE (field_row (self, field)), text);
}

const char *
steward_client_dialog_get_error (StewardClientDialog    *self,
                                 StewardClientFormField  field)
{
  GtkLabel *label;

  g_return_val_if_fail (STEWARD_IS_CLIENT_DIALOG (self), NULL);
  g_return_val_if_fail (field < STEWARD_CLIENT_FORM_N_FIELDS, NULL);

  label = field_label (self, field);
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
}
