/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-templates-dialog"

#include "config.h"

#include "steward-templates-dialog.h"

#include <glib/gi18n-lib.h>

#include "steward-store-templates.h"
#include "steward-time.h"

struct _StewardTemplatesDialog
{
  AdwWindow     parent_instance;

  /* template widgets */
  GtkListBox   *list;
  GtkLabel     *error_label;

  /* owned */
  StewardStore *store;
  GtkWidget    *entry;   /* AdwEntryRow */
  guint         n_templates;
};

G_DEFINE_FINAL_TYPE (StewardTemplatesDialog, steward_templates_dialog, ADW_TYPE_WINDOW)

static void refresh (StewardTemplatesDialog *self);

static void
show_error (StewardTemplatesDialog *self,
            const char             *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
on_archive_clicked (GtkButton              *button,
                    StewardTemplatesDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "template-id");
  gboolean archive = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "archive"));

  if (!steward_store_templates_set_archived (self->store, id, archive, &error))
    show_error (self, error->message);
  refresh (self);
}

static void
add_template_row (StewardTemplatesDialog *self,
                  StewardConfigTemplate  *t)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_label (t->archived ? _("Restore") : _("Archive"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t->name);
  if (t->archived)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Archived: not offered for new requests"));
      gtk_widget_add_css_class (row, "dim-label");
    }
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "template-id", g_memdup2 (&t->id, sizeof t->id), g_free);
  g_object_set_data (G_OBJECT (button), "archive", GINT_TO_POINTER (!t->archived));
  g_signal_connect (button, "clicked", G_CALLBACK (on_archive_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  gtk_list_box_append (self->list, row);
}

static void
refresh (StewardTemplatesDialog *self)
{
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  templates = steward_store_templates_list (self->store, TRUE, &error);
  if (templates == NULL)
    show_error (self, error->message);
  self->n_templates = 0;
  for (guint i = 0; templates != NULL && i < templates->len; i++)
    {
      StewardConfigTemplate *t = g_ptr_array_index (templates, i);

      add_template_row (self, t);
      self->n_templates += t->archived ? 0 : 1;
    }
  gtk_list_box_append (self->list, self->entry);
}

gboolean
steward_templates_dialog_add (StewardTemplatesDialog *self,
                              const char             *name)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (STEWARD_IS_TEMPLATES_DIALOG (self), FALSE);

  if (steward_store_templates_add (self->store, name, NULL, steward_time_now (), &error) == 0)
    {
      show_error (self, error->message);
      return FALSE;
    }
  show_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  refresh (self);
  return TRUE;
}

guint
steward_templates_dialog_get_n_templates (StewardTemplatesDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_TEMPLATES_DIALOG (self), 0);

  return self->n_templates;
}

static void
on_entry_apply (StewardTemplatesDialog *self)
{
  steward_templates_dialog_add (self, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
}

StewardTemplatesDialog *
steward_templates_dialog_new (StewardStore *store)
{
  StewardTemplatesDialog *self;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  self = g_object_new (STEWARD_TYPE_TEMPLATES_DIALOG, NULL);
  self->store = g_object_ref (store);
  refresh (self);
  return self;
}

static void
steward_templates_dialog_dispose (GObject *object)
{
  StewardTemplatesDialog *self = STEWARD_TEMPLATES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_TEMPLATES_DIALOG);
  g_clear_object (&self->entry);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (steward_templates_dialog_parent_class)->dispose (object);
}

static void
steward_templates_dialog_class_init (StewardTemplatesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_templates_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-templates-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardTemplatesDialog, list);
  gtk_widget_class_bind_template_child (widget_class, StewardTemplatesDialog, error_label);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
steward_templates_dialog_init (StewardTemplatesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->entry = g_object_ref_sink (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->entry), _("Add a template"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->entry), TRUE);
  g_signal_connect_swapped (self->entry, "apply", G_CALLBACK (on_entry_apply), self);
}
