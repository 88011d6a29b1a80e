/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-application.h"
#include "steward-client-list-model.h"
#include "steward-client-page.h"
#include "steward-clients-page.h"
#include "steward-row-model.h"

G_BEGIN_DECLS

struct _StewardClientsPage
{
  AdwBin                  parent_instance;

  /* template widgets */
  GtkStack               *stack;
  AdwWindowTitle         *title;
  GtkSearchEntry         *search_entry;
  GtkDropDown            *owner_dropdown;
  GtkDropDown            *filter_dropdown;
  GtkStack               *view_stack;
  GtkColumnView          *column_view;
  StewardClientPage      *client_page;

  /* owned */
  StewardClientListModel *model;
  StewardRowModel        *rows;        /* model's rows, which the column view shows */
  GtkSingleSelection     *selection;
  GtkStringList          *owners;      /* "All Owners", then each owner */

  /* borrowed: the application outlives its windows */
  StewardApplication     *app;

  /* Which column's sorter the column view asked first, and how (see
   * _steward_clients_page_read_sort). */
  guint                   probe_column;
  guint                   fit_source;  /* the idle that fits the columns to the width */
  gboolean                updating_owners;
  guint                   index_idle_id;  /* the client index is read once the window is idle */
};

/* steward-clients-page-columns.c */

/* Adds the list's columns, each with a sorter the page can recognise. */
void     _steward_clients_page_add_columns  (StewardClientsPage *self);
/* The sort the column headers ask for; FALSE when no column sorts (the default order). */
gboolean _steward_clients_page_read_sort    (StewardClientsPage *self,
                                             StewardClientSort  *out_sort,
                                             gboolean           *out_descending);
/* The column whose id is @id ("name", "industry", "owner", "open-requests", "balance",
 * "last-activity"), or NULL. */
GtkColumnViewColumn *_steward_clients_page_get_column (StewardClientsPage *self,
                                                       const char         *id);
/* From now on shows only the columns that fit beside a readable name. */
void     _steward_clients_page_fit_columns  (StewardClientsPage *self);

G_END_DECLS
