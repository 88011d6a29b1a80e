/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-client-page.h"
#include "steward-client-repository.h"

G_BEGIN_DECLS

struct _StewardClientPage
{
  AdwBin          parent_instance;

  /* template widgets */
  AdwWindowTitle       *title;
  GtkButton            *archive_button;
  GtkLabel             *archived_label;
  GtkFlowBox           *summary_box;
  AdwEntryRow          *name_row;
  AdwEntryRow          *industry_row;
  AdwEntryRow          *owner_row;
  AdwEntryRow          *advisor_row;
  AdwEntryRow          *address_row;
  AdwEntryRow          *notes_row;
  GtkSwitch            *windows_switch;
  GtkSwitch            *macos_switch;
  GtkSwitch            *linux_switch;
  AdwPreferencesGroup  *contacts_group;
  AdwPreferencesGroup  *history_group;

  /* owned */
  StewardClient        *client;
  GPtrArray            *contacts;       /* StewardContact, primary first */
  GPtrArray            *contact_rows;   /* the rows in contacts_group, borrowed */
  GPtrArray            *history_rows;   /* the rows in history_group, borrowed */
  gboolean              filling;        /* TRUE while load() fills the widgets in */
};

StewardClientRepository *_steward_client_page_get_repository (StewardClientPage *self);
/* Saves @client with @contacts (NULL: contacts unchanged). On success the page shows the saved
 * client and TRUE is returned; on failure @row (may be NULL) is marked and a toast says why. */
gboolean _steward_client_page_save          (StewardClientPage *self,
                                             StewardClient     *client,
                                             GPtrArray         *contacts,
                                             GtkWidget         *row);
/* A copy of the shown client, for an edit. */
StewardClient *_steward_client_page_copy_client (StewardClientPage *self);

/* steward-client-page-contacts.c */
void _steward_client_page_fill_contacts     (StewardClientPage *self);
void _steward_client_page_contacts_class_init (GtkWidgetClass  *widget_class);

/* steward-client-page-history.c */
void _steward_client_page_fill_history      (StewardClientPage *self);

G_END_DECLS
