/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-request-page.h"
#include "steward-request-state.h"

G_BEGIN_DECLS

struct _StewardRequestPage
{
  AdwBin                   parent_instance;

  /* template widgets */
  AdwWindowTitle          *window_title;
  GtkLabel                *title_label;
  GtkLabel                *subtitle_label;
  GtkLabel                *state_label;
  GtkBox                  *action_box;
  GtkMenuButton           *more_button;
  GtkRevealer             *notice_revealer;
  GtkWidget               *notice_box;
  GtkImage                *notice_icon;
  GtkLabel                *notice_label;
  AdwActionRow            *response_row;
  GtkLabel                *response_badge;
  AdwActionRow            *delivery_row;
  GtkLabel                *delivery_badge;
  GtkListBox              *money_list;
  GtkListBox              *details_list;
  GtkWidget               *rating_group;
  AdwActionRow            *rating_row;
  GtkListBox              *notes_list;
  GtkWidget               *feedback_group;
  GtkListBox              *feedback_list;
  GtkListBox              *timeline_list;

  /* owned */
  StewardDesk             *desk;
  StewardClientRepository *clients;
  StewardServiceRequest   *request;
  StewardLedger            ledger;
  GPtrArray               *payments;         /* StewardPayment, as last loaded */
  GtkWidget               *buttons[STEWARD_REQUEST_N_ACTIONS];
  GtkWidget               *note_entry;       /* AdwEntryRow, re-added on each refresh */
  GtkWidget               *note_shared;      /* GtkCheckButton */
  GtkWidget               *feedback_area;    /* AdwEntryRow */
  GtkWidget               *feedback_text;    /* AdwEntryRow */
  GtkWindow               *dialog;           /* weak */
  char                    *notice;
  gint64                   fixed_now;
  guint                    tick_id;
};

/* steward-request-page.c */
void      steward_request_page_show_refusal   (StewardRequestPage *self,
                                               const GError       *error);
void      steward_request_page_after_write    (StewardRequestPage *self);
void      steward_request_page_track_dialog   (StewardRequestPage *self,
                                               GtkWindow          *dialog);

/* steward-request-page-sections.c: the lists below the header. */
void      steward_request_page_fill_money     (StewardRequestPage *self,
                                               GPtrArray          *payments);
void      steward_request_page_fill_details   (StewardRequestPage *self);
void      steward_request_page_fill_notes     (StewardRequestPage *self,
                                               GPtrArray          *notes);
void      steward_request_page_fill_feedback  (StewardRequestPage *self,
                                               GPtrArray          *feedback);
void      steward_request_page_fill_timeline  (StewardRequestPage *self,
                                               GPtrArray          *audit);
void      steward_request_page_fill_rating    (StewardRequestPage *self);
/* Removes every row of @list. */
void      steward_list_box_clear              (GtkListBox         *list);

/* steward-request-page-actions.c */
void      steward_request_page_class_init_actions (GtkWidgetClass *widget_class);
void      steward_request_page_add_note       (StewardRequestPage *self);
void      steward_request_page_add_feedback   (StewardRequestPage *self);

/* steward-request-page-reversal.c: "request.reverse-payment" (x: a payment line id) asks for
 * a reason and records a reversal line through the desk. */
void      steward_request_page_class_init_reversal (GtkWidgetClass *widget_class);

G_END_DECLS
