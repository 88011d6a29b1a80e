/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-request-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-money.h"
#include "steward-request-page-private.h"
#include "steward-workflow.h"

void
steward_list_box_clear (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GTimeZone *
page_tz (StewardRequestPage *self)
{
  return steward_calendar_get_timezone (steward_desk_get_calendar (self->desk));
}

/* A row with a title, an optional subtitle and an optional value at its end. */
static AdwActionRow *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle,
         const char *value)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  /* User text (descriptions, notes) is not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (row, subtitle);
  if (value != NULL)
    {
      GtkWidget *label = gtk_label_new (value);

      gtk_widget_add_css_class (label, "numeric");
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      adw_action_row_add_suffix (row, label);
    }
  gtk_list_box_append (list, GTK_WIDGET (row));
  return row;
}

static void
add_badge (AdwActionRow *row,
           const char   *text,
           const char   *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "steward-badge");
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  adw_action_row_add_suffix (row, label);
}

static char *
fee_subtitle (StewardServiceRequest *r)
{
  StewardState state = steward_service_request_get_state (r);

  if (steward_service_request_get_package_incident (r))
    return g_strdup (_("Covered by the client’s monthly package"));
  if (steward_service_request_get_remedy_of_complaint (r) != 0)
    return g_strdup (_("Free re-service for a complaint"));
  if (steward_service_request_get_complexity (r) != STEWARD_COMPLEXITY_NONE)
    return g_strdup (steward_enum_label (STEWARD_TYPE_COMPLEXITY,
                                         steward_service_request_get_complexity (r)));
  if (steward_service_request_get_tier (r) != STEWARD_TIER_NONE)
    return g_strdup (steward_enum_label (STEWARD_TYPE_TIER, steward_service_request_get_tier (r)));
  if (state == STEWARD_STATE_SUBMITTED || state == STEWARD_STATE_UNDER_REVIEW)
    return g_strdup (_("Not quoted yet"));
  return NULL;
}

static StewardPayment *
find_reversal_of (GPtrArray *payments,
                  gint64     id)
{
  for (guint i = 0; i < payments->len; i++)
    {
      StewardPayment *line = g_ptr_array_index (payments, i);

      if (steward_payment_get_kind (line) == STEWARD_PAYMENT_KIND_REVERSAL &&
          steward_payment_get_reverses_id (line) == id)
        return line;
    }
  return NULL;
}

/* "2026-03-09 10:30 · Bank transfer · ref. ICBC-001", or for a reversal what it undoes and why. */
static char *
payment_subtitle (StewardRequestPage *self,
                  StewardPayment     *line,
                  StewardPayment     *target)
{
  g_autofree char *when = steward_request_format_instant (steward_payment_get_at (line),
                                                          page_tz (self));
  const char *method = steward_enum_label (STEWARD_TYPE_PAYMENT_METHOD,
                                           steward_payment_get_method (line));
  const char *reference = steward_payment_get_reference (line);

  if (target != NULL)
    {
      g_autofree char *target_when = steward_request_format_instant (steward_payment_get_at (target),
                                                                     page_tz (self));
      g_autofree char *target_amount = steward_money_format (steward_payment_get_amount (target));
      const char *kind = steward_enum_label (STEWARD_TYPE_PAYMENT_KIND,
                                             steward_payment_get_kind (target));

      /* TRANSLATORS: a reversal line: when, the line it undoes (kind, amount, date) and the
       * reason, as in "Mon 9 Mar 11:00 · undoes Payment ¥100.00 of Mon 9 Mar 10:30 · 重复登记" */
      return g_strdup_printf (_("%s · undoes %s %s of %s · %s"), when, kind, target_amount,
                              target_when, reference != NULL ? reference : "");
    }
  if (reference != NULL && *reference != '\0')
    /* TRANSLATORS: a payment line: date, method and the bank or platform reference */
    return g_strdup_printf (_("%s · %s · ref. %s"), when, method, reference);
  return g_strdup_printf (_("%s · %s"), when, method);
}

static void
add_payment_line (StewardRequestPage *self,
                  StewardPayment     *line,
                  GPtrArray          *payments)
{
  StewardPaymentKind kind = steward_payment_get_kind (line);
  StewardPayment *target = NULL;
  g_autofree char *amount = steward_money_format (steward_payment_get_amount (line));
  g_autofree char *value = NULL;
  g_autofree char *subtitle = NULL;
  StewardPaymentKind direction = kind;
  AdwActionRow *row;

  if (kind == STEWARD_PAYMENT_KIND_REVERSAL)
    {
      target = steward_ledger_find_line (payments, steward_payment_get_reverses_id (line));
      /* A reversal goes the other way from the line it undoes. */
      direction = target != NULL && steward_payment_get_kind (target) != STEWARD_PAYMENT_KIND_PAYMENT
                  ? STEWARD_PAYMENT_KIND_PAYMENT : STEWARD_PAYMENT_KIND_REFUND;
    }
  /* Money going back to the client reads as a negative amount. */
  value = direction == STEWARD_PAYMENT_KIND_PAYMENT ? g_strdup (amount)
                                                    : g_strdup_printf ("−%s", amount);
  subtitle = payment_subtitle (self, line, target);
  row = add_row (self->money_list, steward_enum_label (STEWARD_TYPE_PAYMENT_KIND, kind), subtitle, value);

  if (kind == STEWARD_PAYMENT_KIND_REVERSAL)
    return;
  if (find_reversal_of (payments, steward_payment_get_id (line)) != NULL)
    {
      add_badge (row, _("Reversed"), "dim-label");
      return;
    }

  {
    GtkWidget *button = gtk_button_new_with_mnemonic (_("Re_verse…"));

    gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (button, "flat");
    gtk_widget_set_tooltip_text (button, _("Undo this line with a reversal line"));
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "request.reverse-payment");
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", steward_payment_get_id (line));
    adw_action_row_add_suffix (row, button);
  }
}

void
steward_request_page_fill_money (StewardRequestPage *self,
                                 GPtrArray          *payments)
{
  StewardServiceRequest *r = self->request;
  const StewardLedger *l = &self->ledger;
  g_autofree char *fee = steward_money_format (steward_service_request_get_fee (r));
  g_autofree char *fee_note = fee_subtitle (r);
  g_autofree char *received = steward_money_format (l->net_received);
  g_autofree char *balance = steward_money_format (l->balance_due);

  steward_list_box_clear (self->money_list);
  add_row (self->money_list, _("Fee"), fee_note, fee);
  if (steward_service_request_get_surcharge (r) > 0)
    {
      g_autofree char *surcharge = steward_money_format (steward_service_request_get_surcharge (r));

      add_row (self->money_list, _("After-hours surcharge"), NULL, surcharge);
    }
  if (steward_workflow_needs_deposit (r))
    {
      g_autofree char *deposit = steward_money_format (l->deposit_due);
      AdwActionRow *row = add_row (self->money_list, _("Deposit (50%)"),
                                   _("Due before work starts"), deposit);

      add_badge (row, steward_ledger_deposit_received (l) ? _("Received") : _("Outstanding"),
                 steward_ledger_deposit_received (l) ? "success" : "warning");
    }
  add_row (self->money_list, _("Received"), NULL, received);
  if (l->adjusted > 0)
    {
      g_autofree char *adjusted = steward_money_format (l->adjusted);

      add_row (self->money_list, _("Complaint adjustments"), NULL, adjusted);
    }
  add_row (self->money_list, _("Balance due"), _("Due after acceptance"), balance);

  for (guint i = 0; i < payments->len; i++)
    add_payment_line (self, g_ptr_array_index (payments, i), payments);
}

void
steward_request_page_fill_details (StewardRequestPage *self)
{
  StewardServiceRequest *r = self->request;
  const char *description = steward_service_request_get_description (r);
  const char *owner = steward_service_request_get_owner (r);

  steward_list_box_clear (self->details_list);
  add_row (self->details_list, _("Description"), NULL, NULL);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (gtk_widget_get_last_child (GTK_WIDGET (self->details_list))),
                               description != NULL && *description != '\0' ? description
                                                                            : _("No description"));
  if (steward_service_request_get_service (r) == STEWARD_SERVICE_REMOTE)
    {
      add_row (self->details_list, _("Operating system"), NULL,
               steward_enum_label (STEWARD_TYPE_OS, steward_service_request_get_os (r)));
      add_row (self->details_list, _("Data-handling terms"), NULL,
               steward_service_request_get_data_terms_agreed (r) ? _("Agreed by the client")
                                                                 : _("Not agreed"));
    }
  if (steward_service_request_get_config_kind (r) == STEWARD_CONFIG_KIND_TEMPLATE)
    add_row (self->details_list, _("Standard template"), NULL,
             steward_service_request_get_template_name (r));
  else if (steward_service_request_get_config_kind (r) == STEWARD_CONFIG_KIND_SPECIAL)
    add_row (self->details_list, _("Special request"),
             steward_service_request_get_special_text (r), NULL);
  if (steward_service_request_get_emergency (r))
    add_row (self->details_list, _("After-hours emergency"),
             _("Answered within 30 clock minutes, surcharged"), NULL);
  add_row (self->details_list, _("Account manager"), NULL,
           owner != NULL && *owner != '\0' ? owner : "—");
}

void
steward_request_page_fill_rating (StewardRequestPage *self)
{
  guint rating = steward_service_request_get_rating (self->request);
  const char *feedback = steward_service_request_get_rating_feedback (self->request);
  g_autoptr(GString) stars = g_string_new (NULL);

  gtk_widget_set_visible (self->rating_group, rating > 0);
  if (rating == 0)
    return;

  for (guint i = 1; i <= 5; i++)
    g_string_append (stars, i <= rating ? "★" : "☆");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rating_row), stars->str);
  adw_action_row_set_subtitle (self->rating_row,
                               feedback != NULL && *feedback != '\0' ? feedback
                                                                      : _("No feedback given"));
}

static void
ensure_note_entry (StewardRequestPage *self)
{
  if (self->note_entry != NULL)
    return;

  self->note_entry = g_object_ref_sink (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_entry), _("Add a note"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->note_entry), TRUE);
  g_signal_connect_swapped (self->note_entry, "apply",
                            G_CALLBACK (steward_request_page_add_note), self);
  self->note_shared = g_object_ref_sink (gtk_check_button_new_with_mnemonic (_("_Shared with client")));
  gtk_widget_set_valign (self->note_shared, GTK_ALIGN_CENTER);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->note_entry), self->note_shared);
}

void
steward_request_page_fill_notes (StewardRequestPage *self,
                                 GPtrArray          *notes)
{
  ensure_note_entry (self);
  steward_list_box_clear (self->notes_list);

  for (guint i = 0; notes != NULL && i < notes->len; i++)
    {
      StewardRequestNote *note = g_ptr_array_index (notes, i);
      g_autofree char *when = steward_request_format_instant (steward_request_note_get_at (note),
                                                              page_tz (self));
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), when,
                                                   steward_request_note_get_who (note));
      AdwActionRow *row = add_row (self->notes_list, steward_request_note_get_text (note),
                                   subtitle, NULL);

      add_badge (row, steward_request_note_get_shared (note) ? _("Shared with client")
                                                             : _("Internal"),
                 steward_request_note_get_shared (note) ? "accent" : "dim-label");
    }

  gtk_list_box_append (self->notes_list, self->note_entry);
}

static void
ensure_feedback_entries (StewardRequestPage *self)
{
  if (self->feedback_area != NULL)
    return;

  self->feedback_area = g_object_ref_sink (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->feedback_area), _("Product area"));
  self->feedback_text = g_object_ref_sink (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->feedback_text),
                                 _("What the client said"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->feedback_text), TRUE);
  g_signal_connect_swapped (self->feedback_text, "apply",
                            G_CALLBACK (steward_request_page_add_feedback), self);
}

void
steward_request_page_fill_feedback (StewardRequestPage *self,
                                    GPtrArray          *feedback)
{
  gboolean advisor = steward_service_request_get_service (self->request) == STEWARD_SERVICE_ADVISOR;

  gtk_widget_set_visible (self->feedback_group, advisor);
  if (!advisor)
    return;

  ensure_feedback_entries (self);
  steward_list_box_clear (self->feedback_list);
  for (guint i = 0; feedback != NULL && i < feedback->len; i++)
    {
      StewardProductFeedback *item = g_ptr_array_index (feedback, i);

      add_row (self->feedback_list, steward_product_feedback_get_text (item),
               steward_product_feedback_get_area (item), NULL);
    }
  gtk_list_box_append (self->feedback_list, self->feedback_area);
  gtk_list_box_append (self->feedback_list, self->feedback_text);
}

void
steward_request_page_fill_timeline (StewardRequestPage *self,
                                    GPtrArray          *audit)
{
  steward_list_box_clear (self->timeline_list);

  for (guint i = 0; audit != NULL && i < audit->len; i++)
    {
      StewardAuditEntry *entry = g_ptr_array_index (audit, i);
      g_autofree char *title = steward_request_audit_title (entry);
      g_autofree char *when = steward_request_format_instant (steward_audit_entry_get_at (entry),
                                                              page_tz (self));
      const char *note = steward_audit_entry_get_note (entry);
      g_autofree char *subtitle = NULL;

      if (note != NULL && *note != '\0')
        /* TRANSLATORS: a timeline line: when, who, and the note on a new line */
        subtitle = g_strdup_printf (_("%s · %s\n%s"), when, steward_audit_entry_get_who (entry), note);
      else
        subtitle = g_strdup_printf (_("%s · %s"), when, steward_audit_entry_get_who (entry));
      add_row (self->timeline_list, title, subtitle, NULL);
    }
}
