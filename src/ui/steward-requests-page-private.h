/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-request-list-model.h"
#include "steward-request-page.h"
#include "steward-requests-page.h"

G_BEGIN_DECLS

struct _StewardRequestsPage
{
  AdwBin                   parent_instance;

  /* template widgets */
  GtkStack                *stack;
  AdwWindowTitle          *title;
  GtkSearchEntry          *search_entry;
  GtkWidget               *client_chip;
  GtkLabel                *client_chip_label;
  GtkDropDown             *state_dropdown;
  GtkMenuButton           *filter_button;
  AdwComboRow             *service_row;
  AdwComboRow             *category_row;
  AdwComboRow             *priority_row;
  AdwComboRow             *sla_row;
  AdwComboRow             *date_row;
  GtkStack                *view_stack;
  GtkColumnView           *column_view;
  StewardRequestPage      *request_page;

  /* owned */
  StewardStore            *store;
  StewardDesk             *desk;
  StewardRequestListModel *model;
  GtkSingleSelection      *selection;
  gint64                   client_id;
  gint64                   fixed_now;
  guint                    probe_column;
  gboolean                 resetting;

  /* borrowed */
  gpointer                 app;   /* StewardApplication */
};

/* steward-requests-page-columns.c */
void     _steward_requests_page_add_columns (StewardRequestsPage *self);
gboolean _steward_requests_page_read_sort   (StewardRequestsPage *self,
                                             StewardRequestSort  *out_sort,
                                             gboolean            *out_descending);
gint64   _steward_requests_page_now         (StewardRequestsPage *self);

/* steward-requests-page-filters.c */
void     _steward_requests_page_init_filters  (StewardRequestsPage *self);
void     _steward_requests_page_apply_filters (StewardRequestsPage *self);
void     _steward_requests_page_reset_filters (StewardRequestsPage *self);
gboolean _steward_requests_page_has_filters   (StewardRequestsPage *self);

G_END_DECLS
