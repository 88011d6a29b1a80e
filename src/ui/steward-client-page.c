/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-client-page"

#include "config.h"

#include "steward-client-page.h"
#include "steward-client-page-private.h"

#include <glib/gi18n-lib.h>

#include "steward-client-format.h"
#include "steward-error.h"
#include "steward-money.h"
#include "steward-time.h"
#include "steward-ui-util.h"

G_DEFINE_FINAL_TYPE (StewardClientPage, steward_client_page, ADW_TYPE_BIN)

GtkWidget *
steward_client_page_new (void)
{
  return g_object_new (STEWARD_TYPE_CLIENT_PAGE, NULL);
}

StewardClientRepository *
_steward_client_page_get_repository (StewardClientPage *self)
{
  StewardApplication *app = steward_widget_get_application (GTK_WIDGET (self));

  return app != NULL ? steward_application_get_client_repository (app) : NULL;
}

StewardClient *
_steward_client_page_copy_client (StewardClientPage *self)
{
  StewardClient *src = self->client;
  StewardClient *copy = steward_client_new (steward_client_get_name (src));

  steward_client_set_id (copy, steward_client_get_id (src));
  steward_client_set_industry (copy, steward_client_get_industry (src));
  steward_client_set_address (copy, steward_client_get_address (src));
  steward_client_set_notes (copy, steward_client_get_notes (src));
  steward_client_set_owner (copy, steward_client_get_owner (src));
  steward_client_set_advisor (copy, steward_client_get_advisor (src));
  steward_client_set_platforms (copy, steward_client_get_platforms (src));
  steward_client_set_archived (copy, steward_client_get_archived (src));
  steward_client_set_created_at (copy, steward_client_get_created_at (src));
  steward_client_set_updated_at (copy, steward_client_get_updated_at (src));
  return copy;
}

/* One figure of the summary: a large value over a caption. */
static GtkWidget *
summary_card (const char *value,
              const char *caption)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *value_label = gtk_label_new (value);
  GtkWidget *caption_label = gtk_label_new (caption);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "steward-summary");
  gtk_widget_add_css_class (value_label, "title-3");
  gtk_widget_add_css_class (value_label, "numeric");
  /* Never cut: the flow box puts the cards on two lines when the window is narrow. */
  gtk_widget_add_css_class (caption_label, "caption");
  gtk_widget_add_css_class (caption_label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (caption_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (caption_label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), value_label);
  gtk_box_append (GTK_BOX (box), caption_label);
  return box;
}

static void
steward_client_page_fill_summary (StewardClientPage *self)
{
  StewardClient *client = self->client;
  g_autofree char *open = g_strdup_printf ("%u", steward_client_get_open_requests (client));
  g_autofree char *balance = steward_money_format (steward_client_get_outstanding_fen (client));
  g_autofree char *activity = steward_format_last_activity (steward_client_get_last_activity (client),
                                                            steward_time_now (), NULL);
  g_autoptr(GDateTime) created = steward_time_to_date_time (steward_client_get_created_at (client),
                                                            NULL);
  g_autofree char *since = g_date_time_format (created, "%Y-%m-%d");
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_box))) != NULL)
    gtk_flow_box_remove (self->summary_box, child);

  gtk_flow_box_append (self->summary_box, summary_card (open, _("Open Requests")));
  gtk_flow_box_append (self->summary_box, summary_card (balance, _("Balance Outstanding")));
  gtk_flow_box_append (self->summary_box, summary_card (activity, _("Last Activity")));
  gtk_flow_box_append (self->summary_box, summary_card (since, _("Client Since")));
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* Shows self->client and self->contacts in the widgets. */
static void
steward_client_page_fill (StewardClientPage *self)
{
  StewardClient *client = self->client;
  StewardPlatforms platforms = steward_client_get_platforms (client);
  gboolean archived = steward_client_get_archived (client);

  self->filling = TRUE;

  adw_window_title_set_title (self->title, steward_client_get_name (client));
  adw_window_title_set_subtitle (self->title, steward_client_get_industry (client));
  gtk_button_set_label (self->archive_button, archived ? _("_Restore") : _("_Archive"));
  gtk_button_set_use_underline (self->archive_button, TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->archive_button),
                               archived ? _("Show this client in the list again")
                                        : _("Hide this client from the list, keeping its history"));
  /* The name only with its target: an action with a parameter refuses a button without one. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->archive_button), "(xb)",
                                    steward_client_get_id (client), !archived);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->archive_button), "clients.set-archived");
  gtk_widget_set_visible (GTK_WIDGET (self->archive_button), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->archived_label), archived);

  set_row_text (self->name_row, steward_client_get_name (client));
  set_row_text (self->industry_row, steward_client_get_industry (client));
  set_row_text (self->owner_row, steward_client_get_owner (client));
  set_row_text (self->advisor_row, steward_client_get_advisor (client));
  set_row_text (self->address_row, steward_client_get_address (client));
  set_row_text (self->notes_row, steward_client_get_notes (client));

  gtk_switch_set_active (self->windows_switch, (platforms & STEWARD_PLATFORM_WINDOWS) != 0);
  gtk_switch_set_active (self->macos_switch, (platforms & STEWARD_PLATFORM_MACOS) != 0);
  gtk_switch_set_active (self->linux_switch, (platforms & STEWARD_PLATFORM_LINUX) != 0);

  steward_client_page_fill_summary (self);
  _steward_client_page_fill_contacts (self);
  _steward_client_page_fill_history (self);

  self->filling = FALSE;
}

gboolean
steward_client_page_load (StewardClientPage  *self,
                          gint64              id,
                          GError            **error)
{
  StewardClientRepository *repo;
  g_autoptr(StewardClient) client = NULL;
  g_autoptr(GPtrArray) contacts = NULL;

  g_return_val_if_fail (STEWARD_IS_CLIENT_PAGE (self), FALSE);

  repo = _steward_client_page_get_repository (self);
  if (repo == NULL)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND,
                           _("No database is open"));
      return FALSE;
    }

  client = steward_client_repository_load (repo, id, error);
  if (client == NULL)
    return FALSE;
  contacts = steward_client_repository_list_contacts (repo, id, error);
  if (contacts == NULL)
    return FALSE;

  g_set_object (&self->client, client);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  self->contacts = g_steal_pointer (&contacts);
  steward_client_page_fill (self);
  return TRUE;
}

void
steward_client_page_reload (StewardClientPage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (STEWARD_IS_CLIENT_PAGE (self));

  if (self->client != NULL
      && !steward_client_page_load (self, steward_client_get_id (self->client), &error))
    steward_widget_show_error (GTK_WIDGET (self), error);
}

gint64
steward_client_page_get_client_id (StewardClientPage *self)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT_PAGE (self), 0);

  return self->client != NULL ? steward_client_get_id (self->client) : 0;
}

gboolean
_steward_client_page_save (StewardClientPage *self,
                           StewardClient     *client,
                           GPtrArray         *contacts,
                           GtkWidget         *row)
{
  StewardClientRepository *repo = _steward_client_page_get_repository (self);
  StewardApplication *app = steward_widget_get_application (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;

  if (repo == NULL)
    return FALSE;

  if (!steward_client_repository_update (repo, client, contacts, &error))
    {
      if (row != NULL)
        gtk_widget_add_css_class (row, "error");
      steward_widget_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }

  /* data-changed reloads the list and, through it, this page. */
  steward_application_data_changed (app);
  if (!steward_client_page_load (self, steward_client_get_id (client), &error))
    steward_widget_show_error (GTK_WIDGET (self), error);
  return TRUE;
}

static void
on_row_changed (GtkEditable       *row,
                StewardClientPage *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
on_field_apply (AdwEntryRow       *row,
                StewardClientPage *self)
{
  g_autoptr(StewardClient) client = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (self->client == NULL)
    return;

  client = _steward_client_page_copy_client (self);
  if (row == self->name_row)
    steward_client_set_name (client, text);
  else if (row == self->industry_row)
    steward_client_set_industry (client, text);
  else if (row == self->owner_row)
    steward_client_set_owner (client, text);
  else if (row == self->advisor_row)
    steward_client_set_advisor (client, text);
  else if (row == self->address_row)
    steward_client_set_address (client, text);
  else
    steward_client_set_notes (client, text);

  _steward_client_page_save (self, client, NULL, GTK_WIDGET (row));
}

static void
on_platform_toggled (GtkSwitch         *sw,
                     GParamSpec        *pspec,
                     StewardClientPage *self)
{
  g_autoptr(StewardClient) client = NULL;
  StewardPlatforms platforms = STEWARD_PLATFORM_NONE;

  if (self->filling || self->client == NULL)
    return;

  if (gtk_switch_get_active (self->windows_switch))
    platforms |= STEWARD_PLATFORM_WINDOWS;
  if (gtk_switch_get_active (self->macos_switch))
    platforms |= STEWARD_PLATFORM_MACOS;
  if (gtk_switch_get_active (self->linux_switch))
    platforms |= STEWARD_PLATFORM_LINUX;
  if (platforms == steward_client_get_platforms (self->client))
    return;

  client = _steward_client_page_copy_client (self);
  steward_client_set_platforms (client, platforms);
  _steward_client_page_save (self, client, NULL, NULL);
}

static void
steward_client_page_dispose (GObject *object)
{
  StewardClientPage *self = STEWARD_CLIENT_PAGE (object);

  g_clear_pointer (&self->contact_rows, g_ptr_array_unref);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_CLIENT_PAGE);

  G_OBJECT_CLASS (steward_client_page_parent_class)->dispose (object);
}

static void
steward_client_page_finalize (GObject *object)
{
  StewardClientPage *self = STEWARD_CLIENT_PAGE (object);

  g_clear_object (&self->client);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);

  G_OBJECT_CLASS (steward_client_page_parent_class)->finalize (object);
}

static void
steward_client_page_class_init (StewardClientPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_client_page_dispose;
  object_class->finalize = steward_client_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-client-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardClientPage, title);
  gtk_widget_class_bind_template_child (widget_class, StewardClientPage, archive_button);
  gtk_widget_class_bind_template_child (widget_class, StewardClientPage, archived_label);
  gtk_widget_class_bind_template_child (widget_class, StewardClientPage, summary_box);
  gtk_widget_class_bind_template_child (widget_class, StewardClientPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, StewardClientPage, industry_row);
  gtk_widget_class_bind_template_child (widget_class, StewardClientPage, owner_row);
  gtk_widget_class_bind_template_child (widget_class, StewardClientPage, advisor_row);
  gtk_widget_class_bind_template_child (widget_class, StewardClientPage, address_row);
  gtk_widget_class_bind_template_child (widget_class, StewardClientPage, notes_row);
  gtk_widget_class_bind_template_child (widget_class, StewardClientPage, windows_switch);
  gtk_widget_class_bind_template_child (widget_class, StewardClientPage, macos_switch);
  gtk_widget_class_bind_template_child (widget_class, StewardClientPage, linux_switch);
  gtk_widget_class_bind_template_child (widget_class, StewardClientPage, contacts_group);
  gtk_widget_class_bind_template_child (widget_class, StewardClientPage, history_group);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_field_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_platform_toggled);

  _steward_client_page_contacts_class_init (widget_class);
}

static void
steward_client_page_init (StewardClientPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->contact_rows = g_ptr_array_new ();
  self->history_rows = g_ptr_array_new ();
}
