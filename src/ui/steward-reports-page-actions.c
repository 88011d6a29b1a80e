/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-reports-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-reports-page-private.h"

#include "steward-error.h"
#include "steward-report-drill.h"
#include "steward-report-templates.h"
#include "steward-ui-util.h"

/* The report list in the header and what the page does with saved definitions. */

typedef enum {
  NAME_SAVE_AS,
  NAME_RENAME,
} NameDialogKind;

static GtkWidget *
report_row_new (StewardReportEntry *entry)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (entry->name);
  const char *description = entry->code != NULL ? steward_report_template_get_description (entry->code)
                                                : steward_enum_label (STEWARD_TYPE_REPORT_SOURCE, entry->source);
  GtkWidget *subtitle = gtk_label_new (description);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (subtitle), 40);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data_full (G_OBJECT (row), "code", g_strdup (entry->code), g_free);
  g_object_set_data_full (G_OBJECT (row), "name", g_strdup (entry->name), g_free);
  g_object_set_data_full (G_OBJECT (row), "id", g_memdup2 (&entry->id, sizeof entry->id), g_free);
  return row;
}

/* "Built-in Reports" above the first built-in, "Saved Reports" above the first saved one. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  gboolean builtin = g_object_get_data (G_OBJECT (row), "code") != NULL;
  GtkWidget *header;

  if (before != NULL && (g_object_get_data (G_OBJECT (before), "code") != NULL) == builtin)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (builtin ? _("Built-in Reports") : _("Saved Reports"));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_top (header, 6);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_list_box_row_set_header (row, header);
}

void
reports_page_reload_list (StewardReportsPage *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->reports_list))) != NULL)
    gtk_list_box_remove (self->reports_list, child);
  if (self->reports == NULL)
    return;

  entries = steward_store_reports_list (self->reports, TRUE, &error);
  if (entries == NULL)
    {
      steward_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  gtk_list_box_set_header_func (self->reports_list, update_header, NULL, NULL);
  for (guint i = 0; i < entries->len; i++)
    gtk_list_box_append (self->reports_list, report_row_new (g_ptr_array_index (entries, i)));
}

static void
on_report_activated (StewardReportsPage *self,
                     GtkListBoxRow      *row)
{
  const char *code = g_object_get_data (G_OBJECT (row), "code");
  const gint64 *id = g_object_get_data (G_OBJECT (row), "id");

  gtk_menu_button_popdown (self->reports_button);
  if (code != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "reports.open-template", "s", code);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "reports.open-saved", "x", *id);
}

static void
open_template (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StewardReportsPage *self = STEWARD_REPORTS_PAGE (widget);
  const char *code = g_variant_get_string (parameter, NULL);
  g_autoptr(StewardReportSpec) spec = NULL;
  g_autoptr(GError) error = NULL;

  spec = steward_report_template_new (code, &error);
  if (spec == NULL)
    steward_widget_show_error (widget, error);
  else
    reports_page_show_definition (self, spec, code);
}

static void
open_saved (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  StewardReportsPage *self = STEWARD_REPORTS_PAGE (widget);
  g_autoptr(StewardReportSpec) spec = NULL;
  g_autoptr(GError) error = NULL;

  if (self->reports == NULL)
    return;
  spec = steward_store_reports_load (self->reports, g_variant_get_int64 (parameter), &error);
  if (spec == NULL)
    steward_widget_show_error (widget, error);
  else
    reports_page_show_definition (self, spec, NULL);
}

static void
new_report (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  StewardReportsPage *self = STEWARD_REPORTS_PAGE (widget);
  g_autoptr(StewardReportSpec) spec = steward_report_spec_new ();
  StewardReportMeasure count = STEWARD_REPORT_MEASURE_COUNT;

  steward_report_spec_set_name (spec, _("New report"));
  steward_report_spec_set_grouping (spec, STEWARD_REPORT_GROUPING_SERVICE);
  steward_report_spec_set_measures (spec, &count, 1);
  steward_report_spec_set_chart (spec, STEWARD_CHART_BAR_GROUPED);
  steward_report_spec_set_period (spec, "this year");
  reports_page_show_definition (self, spec, NULL);
  g_object_set (self, "show-designer", TRUE, NULL);
}

static void
toast (StewardReportsPage *self,
       const char         *format,
       const char         *name)
{
  g_autofree char *title = g_strdup_printf (format, name);

  steward_widget_add_toast (GTK_WIDGET (self), adw_toast_new (title));
}

gboolean
steward_reports_page_save_as (StewardReportsPage  *self,
                              const char          *name,
                              GError             **error)
{
  g_autoptr(StewardReportSpec) copy = NULL;

  g_return_val_if_fail (STEWARD_IS_REPORTS_PAGE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (self->reports == NULL || steward_reports_page_get_definition (self) == NULL)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE, _("No database is open"));
      return FALSE;
    }
  copy = steward_report_spec_copy_exact (steward_reports_page_get_definition (self));
  steward_report_spec_set_id (copy, 0);
  steward_report_spec_set_name (copy, name);
  if (!steward_store_reports_save (self->reports, copy, error))
    return FALSE;

  reports_page_reload_list (self);
  reports_page_show_definition (self, copy, NULL);
  toast (self, _("Saved “%s”"), steward_report_spec_get_name (copy));
  return TRUE;
}

static void
rename_in (StewardReportSpec *spec,
           gint64             id,
           const char        *name)
{
  if (spec != NULL && steward_report_spec_get_id (spec) == id)
    steward_report_spec_set_name (spec, name);
}

gboolean
steward_reports_page_rename (StewardReportsPage  *self,
                             const char          *name,
                             GError             **error)
{
  StewardReportSpec *definition;
  g_autoptr(StewardReportSpec) stored = NULL;
  gint64 id;

  g_return_val_if_fail (STEWARD_IS_REPORTS_PAGE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  definition = steward_reports_page_get_definition (self);
  id = definition != NULL ? steward_report_spec_get_id (definition) : 0;
  if (self->reports == NULL || id <= 0)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
                           _("Only a saved report can be renamed; save this one first"));
      return FALSE;
    }
  if (!steward_store_reports_rename (self->reports, id, name, error))
    return FALSE;

  /* The name as stored (trimmed), everywhere the page holds this definition; the designer's
   * other unsaved changes stay. */
  stored = steward_store_reports_load (self->reports, id, NULL);
  name = stored != NULL ? steward_report_spec_get_name (stored) : name;
  rename_in (definition, id, name);
  rename_in (self->saved, id, name);
  for (guint i = 0; i < self->trail->len; i++)
    rename_in (g_array_index (self->trail, DrillLevel, i).spec, id, name);
  reports_page_reload_list (self);
  reports_page_update_state (self);
  return TRUE;
}

static void
on_name_response (AdwMessageDialog   *dialog,
                  const char         *response,
                  StewardReportsPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  NameDialogKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "kind"));
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (!g_str_equal (response, "save"))
    return;
  if (kind == NAME_RENAME)
    done = steward_reports_page_rename (self, gtk_editable_get_text (entry), &error);
  else
    done = steward_reports_page_save_as (self, gtk_editable_get_text (entry), &error);
  if (!done)
    steward_widget_show_error (GTK_WIDGET (self), error);
}

static void
on_name_changed (GtkEditable      *entry,
                 AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "save", name[0] != '\0');
}

static void
ask_name (StewardReportsPage *self,
          NameDialogKind      kind)
{
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();
  const char *name = steward_report_spec_get_name (steward_reports_page_get_definition (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   kind == NAME_RENAME ? _("Rename Report") : _("Save Report"),
                                   kind == NAME_RENAME ? NULL
                                   : _("Saved reports appear under “Saved Reports” and can be run from the command line."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", kind == NAME_RENAME ? _("_Rename") : _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  gtk_editable_set_text (GTK_EDITABLE (entry), name != NULL ? name : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Report name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "kind", GUINT_TO_POINTER (kind));
  g_signal_connect (entry, "changed", G_CALLBACK (on_name_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_name_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  StewardReportsPage *self = STEWARD_REPORTS_PAGE (widget);
  StewardReportSpec *definition = steward_reports_page_get_definition (self);
  g_autoptr(GError) error = NULL;

  if (definition == NULL || self->reports == NULL)
    return;
  if (steward_report_spec_get_id (definition) == 0)
    {
      ask_name (self, NAME_SAVE_AS);
      return;
    }
  if (!steward_store_reports_save (self->reports, definition, &error))
    {
      steward_widget_show_error (widget, error);
      return;
    }
  g_clear_object (&self->saved);
  self->saved = steward_report_spec_copy_exact (definition);
  reports_page_update_state (self);
  toast (self, _("Saved “%s”"), steward_report_spec_get_name (definition));
}

static void
save_as (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  ask_name (STEWARD_REPORTS_PAGE (widget), NAME_SAVE_AS);
}

static void
rename_report (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ask_name (STEWARD_REPORTS_PAGE (widget), NAME_RENAME);
}

static void
duplicate (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  StewardReportsPage *self = STEWARD_REPORTS_PAGE (widget);
  StewardReportSpec *definition = steward_reports_page_get_definition (self);
  g_autoptr(StewardReportSpec) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (definition == NULL || self->reports == NULL)
    return;
  copy = steward_store_reports_duplicate (self->reports, steward_report_spec_get_id (definition), &error);
  if (copy == NULL)
    {
      steward_widget_show_error (widget, error);
      return;
    }
  reports_page_reload_list (self);
  reports_page_show_definition (self, copy, NULL);
  toast (self, _("Saved “%s”"), steward_report_spec_get_name (copy));
}

static void
on_undo_delete (AdwToast           *toast_,
                StewardReportsPage *self)
{
  StewardReportSpec *deleted = g_object_get_data (G_OBJECT (toast_), "spec");
  g_autoptr(StewardReportSpec) restored = steward_report_spec_copy_exact (deleted);
  g_autoptr(GError) error = NULL;

  /* Stored again as a new row: nothing else refers to a definition's id. */
  steward_report_spec_set_id (restored, 0);
  if (self->reports == NULL || !steward_store_reports_save (self->reports, restored, &error))
    {
      if (error != NULL)
        steward_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  reports_page_reload_list (self);
  reports_page_show_definition (self, restored, NULL);
}

static void
delete_report (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StewardReportsPage *self = STEWARD_REPORTS_PAGE (widget);
  StewardReportSpec *definition = steward_reports_page_get_definition (self);
  g_autoptr(StewardReportSpec) deleted = NULL;
  g_autoptr(StewardReportSpec) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *undo;

  if (definition == NULL || self->reports == NULL)
    return;
  deleted = steward_report_spec_copy_exact (definition);
  if (!steward_store_reports_delete (self->reports, steward_report_spec_get_id (deleted), &error))
    {
      steward_widget_show_error (widget, error);
      return;
    }

  title = g_strdup_printf (_("Deleted “%s”"), steward_report_spec_get_name (deleted));
  undo = adw_toast_new (title);
  adw_toast_set_button_label (undo, _("_Undo"));
  /* Undo must be on screen at once, not queued behind "Saved" toasts. */
  adw_toast_set_priority (undo, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (undo), "spec", g_steal_pointer (&deleted), g_object_unref);
  g_signal_connect_object (undo, "button-clicked", G_CALLBACK (on_undo_delete), self, 0);

  reports_page_reload_list (self);
  first = steward_report_template_new (steward_report_template_codes ()[0], NULL);
  reports_page_show_definition (self, first, steward_report_template_codes ()[0]);
  steward_widget_add_toast (widget, undo);
}

void
reports_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_report_activated);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_report);
  gtk_widget_class_install_action (widget_class, "reports.open-template", "s", open_template);
  gtk_widget_class_install_action (widget_class, "reports.open-saved", "x", open_saved);
  gtk_widget_class_install_action (widget_class, "reports.save", NULL, save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "reports.save", NULL);
  gtk_widget_class_install_action (widget_class, "reports.save-as", NULL, save_as);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "reports.save-as", NULL);
  gtk_widget_class_install_action (widget_class, "reports.rename", NULL, rename_report);
  gtk_widget_class_install_action (widget_class, "reports.duplicate", NULL, duplicate);
  gtk_widget_class_install_action (widget_class, "reports.delete", NULL, delete_report);
}
