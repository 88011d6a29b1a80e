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
  GtkRevealer           *updating_bar;
  GtkSpinner            *updating_spinner;
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
  /* The preview runs in a worker thread on a read-only connection of its own. */
  GCancellable          *preview_cancellable;  /* the run in flight, or NULL */
  guint                  preview_serial;       /* of the newest run: older results are dropped */
  guint                  updating_timeout;     /* shows "Updating…" once a run takes a while */
  StewardStore          *idle_reader;          /* a reader no run is using, kept for the next */
  guint                  store_serial;         /* changes with the application's store */
  guint                  worker_delay_ms;      /* tests: the worker waits this long first */
  guint                  export_timeout;  /* shows the progress bar of a long export */
  gboolean               show_designer;
};

/* steward-reports-page.c */
StewardReportSpec *reports_page_top_spec        (StewardReportsPage *self);
void               reports_page_show_definition (StewardReportsPage *self,
                                                 StewardReportSpec  *spec,
                                                 const char         *template_code);
void               reports_page_update_state    (StewardReportsPage *self);

/* steward-reports-page-preview.c: the preview run off the UI thread. */
void               reports_page_start_preview   (StewardReportsPage *self);
void               reports_page_stop_preview    (StewardReportsPage *self);
gboolean           reports_page_is_updating     (StewardReportsPage *self);
/* steward-reports-page.c: what a finished run shows. */
void               reports_page_show_message    (StewardReportsPage  *self,
                                                 const char          *title,
                                                 const char          *description);
void               reports_page_show_result     (StewardReportsPage  *self,
                                                 StewardReportResult *result,
                                                 StewardReportSpec   *spec);

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
