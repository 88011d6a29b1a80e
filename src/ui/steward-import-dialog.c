/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-import-dialog"

#include "config.h"

#include "steward-import-dialog.h"

#include <glib/gi18n-lib.h>

#include "steward-client-format.h"
#include "steward-client-import.h"

/* One preview row for the column view: the import owns the row, the item only points at it. */
#define STEWARD_TYPE_IMPORT_ITEM (steward_import_item_get_type ())
G_DECLARE_FINAL_TYPE (StewardImportItem, steward_import_item, STEWARD, IMPORT_ITEM, GObject)

struct _StewardImportItem
{
  GObject           parent_instance;
  StewardImportRow *row;
};

G_DEFINE_FINAL_TYPE (StewardImportItem, steward_import_item, G_TYPE_OBJECT)

static void steward_import_item_class_init (StewardImportItemClass *klass) { }
static void steward_import_item_init (StewardImportItem *self) { }

struct _StewardImportDialog
{
  AdwWindow                parent_instance;

  /* template widgets */
  AdwToastOverlay         *toast_overlay;
  AdwWindowTitle          *title;
  GtkStack                *stack;
  GtkLabel                *summary_label;
  GtkColumnView           *column_view;

  /* owned */
  StewardStore            *store;
  StewardClientRepository *repository;
  StewardClientImport     *import;
  GListStore              *items;
  GtkFileChooserNative    *chooser;
};

G_DEFINE_FINAL_TYPE (StewardImportDialog, steward_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum {
  PREVIEW_LINE,
  PREVIEW_NAME,
  PREVIEW_CONTACT,
  PREVIEW_PHONE,
  PREVIEW_EMAIL,
  PREVIEW_PLATFORMS,
  PREVIEW_PROBLEM,
} PreviewColumn;

/* width_chars: what a column shows at least, so that a narrow dialog scrolls the table sideways
 * rather than cutting every cell to a few characters. */
static const struct {
  const char *title;
  gboolean    expand;
  int         width_chars;
} preview_columns[] = {
  [PREVIEW_LINE] = { N_("Line"), FALSE, 3 },
  [PREVIEW_NAME] = { N_("Name"), TRUE, 16 },
  [PREVIEW_CONTACT] = { N_("Contact"), FALSE, 6 },
  [PREVIEW_PHONE] = { N_("Phone"), FALSE, 11 },
  [PREVIEW_EMAIL] = { N_("Email"), FALSE, 16 },
  [PREVIEW_PLATFORMS] = { N_("Platforms"), FALSE, 8 },
  [PREVIEW_PROBLEM] = { N_("Problem"), TRUE, 20 },
};

static char *
preview_text (StewardImportRow *row,
              PreviewColumn     column)
{
  StewardContact *contact = g_ptr_array_index (row->contacts, 0);

  switch (column)
    {
    case PREVIEW_LINE:
      return g_strdup_printf ("%u", row->line);
    case PREVIEW_NAME:
      return g_strdup (steward_client_get_name (row->client));
    case PREVIEW_CONTACT:
      return g_strdup (steward_contact_get_name (contact));
    case PREVIEW_PHONE:
      return g_strdup (steward_contact_get_phone (contact));
    case PREVIEW_EMAIL:
      return g_strdup (steward_contact_get_email (contact));
    case PREVIEW_PLATFORMS:
      return steward_format_platforms (steward_client_get_platforms (row->client));
    case PREVIEW_PROBLEM:
    default:
      return g_strdup (row->problem != NULL ? row->problem : "");
    }
}

static void
on_preview_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  PreviewColumn column = GPOINTER_TO_UINT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column == PREVIEW_LINE ? 1.0 : 0.0);
  gtk_label_set_width_chars (GTK_LABEL (label), preview_columns[column].width_chars);
  if (column == PREVIEW_PROBLEM)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "error");
    }
  else
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (column == PREVIEW_LINE)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
on_preview_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  StewardImportItem *import_item = gtk_list_item_get_item (item);
  g_autofree char *text = preview_text (import_item->row, GPOINTER_TO_UINT (user_data));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
steward_import_dialog_add_columns (StewardImportDialog *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (preview_columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (on_preview_setup), GUINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (on_preview_bind), GUINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(preview_columns[i].title), factory);
      gtk_column_view_column_set_expand (column, preview_columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->column_view, column);
    }
}

static void
steward_import_dialog_show_error (StewardImportDialog *self,
                                  const GError        *error)
{
  g_autofree char *markup = g_markup_escape_text (error->message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

static void
steward_import_dialog_fill (StewardImportDialog *self,
                            GFile               *file)
{
  guint n_rows = self->import->rows->len;
  guint n_problems = self->import->n_problems;
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *summary = NULL;

  g_list_store_remove_all (self->items);
  for (guint i = 0; i < n_rows; i++)
    {
      StewardImportItem *item = g_object_new (STEWARD_TYPE_IMPORT_ITEM, NULL);

      item->row = g_ptr_array_index (self->import->rows, i);
      g_list_store_append (self->items, item);
      g_object_unref (item);
    }

  if (n_problems == 0)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u client is ready to import (%s).",
                                            "%u clients are ready to import (%s).", n_rows),
                               n_rows, self->import->encoding);
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u of %u lines has a problem, shown in its row. "
                                            "Correct the file and choose it again: nothing has "
                                            "been imported.",
                                            "%u of %u lines have problems, shown in their rows. "
                                            "Correct the file and choose it again: nothing has "
                                            "been imported.", n_problems),
                               n_problems, n_rows);

  gtk_label_set_text (self->summary_label, summary);
  if (n_problems > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->summary_label), "error");
  adw_window_title_set_subtitle (self->title, basename);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.write", n_problems == 0);
}

gboolean
steward_import_dialog_load_file (StewardImportDialog  *self,
                                 GFile                *file,
                                 GError              **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  GError *local_error = NULL;
  StewardClientImport *import;

  g_return_val_if_fail (STEWARD_IS_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, &local_error)
      || (import = steward_client_import_read (data, length, self->repository, &local_error)) == NULL)
    {
      steward_import_dialog_show_error (self, local_error);
      g_propagate_error (error, local_error);
      return FALSE;
    }

  g_clear_pointer (&self->import, steward_client_import_free);
  self->import = import;
  steward_import_dialog_fill (self, file);
  return TRUE;
}

const char *
steward_import_dialog_get_summary (StewardImportDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_IMPORT_DIALOG (self), NULL);

  return gtk_label_get_text (self->summary_label);
}

static void
on_chooser_response (GtkNativeDialog     *chooser,
                     int                  response,
                     StewardImportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);

  if (file != NULL)
    steward_import_dialog_load_file (self, file, NULL);
}

void
steward_import_dialog_choose_file (StewardImportDialog *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  g_return_if_fail (STEWARD_IS_IMPORT_DIALOG (self));

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Import Clients from CSV"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                               _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  steward_import_dialog_choose_file (STEWARD_IMPORT_DIALOG (widget));
}

static void
write_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StewardImportDialog *self = STEWARD_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (self->import == NULL)
    return;

  if (!steward_client_import_write (self->import, self->store, self->repository, &error))
    {
      steward_import_dialog_show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0, self->import->rows->len);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_import_dialog_dispose (GObject *object)
{
  StewardImportDialog *self = STEWARD_IMPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->items);
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (steward_import_dialog_parent_class)->dispose (object);
}

static void
steward_import_dialog_finalize (GObject *object)
{
  StewardImportDialog *self = STEWARD_IMPORT_DIALOG (object);

  g_clear_pointer (&self->import, steward_client_import_free);
  g_clear_object (&self->store);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (steward_import_dialog_parent_class)->finalize (object);
}

static void
steward_import_dialog_class_init (StewardImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_import_dialog_dispose;
  object_class->finalize = steward_import_dialog_finalize;

  /* Emitted with the number of clients written. */
  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, title);
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, column_view);

  gtk_widget_class_install_action (widget_class, "import.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "import.write", NULL, write_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
steward_import_dialog_init (StewardImportDialog *self)
{
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (STEWARD_TYPE_IMPORT_ITEM);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  steward_import_dialog_add_columns (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.write", FALSE);
}

StewardImportDialog *
steward_import_dialog_new (StewardStore            *store,
                           StewardClientRepository *repository)
{
  StewardImportDialog *self;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);
  g_return_val_if_fail (STEWARD_IS_CLIENT_REPOSITORY (repository), NULL);

  self = g_object_new (STEWARD_TYPE_IMPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->repository = g_object_ref (repository);
  return self;
}
