/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-reports-page.h"

#include "steward-application.h"
#include "steward-chart-view.h"
#include "steward-report-designer.h"
#include "steward-store-reports.h"

G_BEGIN_DECLS

/* One level of the drill-down trail: the definition that level runs and what was clicked to
 * reach it (NULL for the report itself). */
typedef struct
{
  StewardReportSpec *spec;
  char              *label;
} DrillLevel;

struct _StewardReportsPage
{
  AdwBin                 parent_instance;

  /* template widgets */
  AdwWindowTitle        *title;
  GtkMenuButton         *reports_button;
  GtkListBox            *reports_list;
  GtkRevealer           *drill_bar;
  GtkLabel              *breadcrumb;
  GtkStack              *preview_stack;
  AdwStatusPage         *message_page;
  GtkWidget             *chart_frame;
  StewardChartView      *chart_view;
  GtkColumnView         *table;
  GtkRevealer           *designer_revealer;
  StewardReportDesigner *designer;
  GtkRevealer           *export_bar;
  GtkLabel              *export_label;
  GtkProgressBar        *export_progress;

  /* borrowed */
  StewardApplication    *app;

  /* owned */
  StewardStoreReports   *reports;
  char                  *template_code;   /* the built-in shown, or NULL */
  StewardReportSpec     *saved;           /* the definition as stored or as the template has it */
  GArray                *trail;           /* DrillLevel; [0] is the designer's definition */
  StewardReportResult   *result;
  GHashTable            *client_names;    /* gint64 * id → name, learned from results */
  GCancellable          *export_cancellable;

  gint64                 now;             /* 0: the clock */
  guint                  preview_source;  /* the debounced preview run */
  guint                  export_timeout;  /* shows the progress bar of a long export */
  gboolean               show_designer;
};

/* steward-reports-page.c */
StewardReportSpec *reports_page_top_spec        (StewardReportsPage *self);
void               reports_page_show_definition (StewardReportsPage *self,
                                                 StewardReportSpec  *spec,
                                                 const char         *template_code);
void               reports_page_update_state    (StewardReportsPage *self);

/* steward-reports-page-actions.c: the report list and the saved definitions. */
void               reports_page_reload_list     (StewardReportsPage *self);
void               reports_page_install_actions (GtkWidgetClass     *widget_class);

/* steward-report-export.c */
void               reports_page_export_action   (GtkWidget          *widget,
                                                 const char         *action_name,
                                                 GVariant           *parameter);
void               reports_page_cancel_export   (StewardReportsPage *self);

/* steward-report-print.c */
void               reports_page_print_action    (GtkWidget          *widget,
                                                 const char         *action_name,
                                                 GVariant           *parameter);

G_END_DECLS
