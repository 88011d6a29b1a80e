/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-quote-dialog"

#include "config.h"

#include "steward-quote-dialog.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-money.h"

struct _StewardQuoteDialog
{
  AdwWindow              parent_instance;

  /* template widgets */
  AdwWindowTitle        *window_title;
  AdwPreferencesGroup   *group;
  AdwEntryRow           *fee_row;
  GtkLabel              *fee_error;
  AdwEntryRow           *surcharge_row;
  AdwComboRow           *complexity_row;
  AdwComboRow           *tier_row;
  AdwEntryRow           *note_row;

  /* owned */
  StewardDesk           *desk;
  StewardServiceRequest *request;
  gint64                 at;
};

G_DEFINE_FINAL_TYPE (StewardQuoteDialog, steward_quote_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (StewardQuoteDialog *self,
            const char         *message)
{
  gtk_label_set_text (self->fee_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->fee_error), message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->fee_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->fee_row));
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->fee_row), "error");
}

const char *
steward_quote_dialog_get_error (StewardQuoteDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_QUOTE_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->fee_error))
         ? gtk_label_get_text (self->fee_error) : NULL;
}

void
steward_quote_dialog_set_fee_text (StewardQuoteDialog *self,
                                   const char         *text)
{
  g_return_if_fail (STEWARD_IS_QUOTE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->fee_row), text != NULL ? text : "");
}

/* Blank optional amounts mean 0; anything typed must parse. */
static gboolean
parse_amount (AdwEntryRow  *row,
              gint64       *out_fen,
              GError      **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (!gtk_widget_get_visible (GTK_WIDGET (row)) || *stripped == '\0')
    {
      *out_fen = 0;
      return TRUE;
    }
  return steward_money_parse (text, out_fen, error);
}

static void
steward_quote_dialog_save (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  StewardQuoteDialog *self = STEWARD_QUOTE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  StewardService service = steward_service_request_get_service (self->request);
  StewardComplexity complexity = STEWARD_COMPLEXITY_NONE;
  StewardTier tier = STEWARD_TIER_NONE;
  gint64 fee, surcharge = 0;
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));

  if (!steward_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->fee_row)), &fee, &error) ||
      !parse_amount (self->surcharge_row, &surcharge, &error))
    {
      show_error (self, error->message);
      return;
    }
  if (steward_service_is_solution (service))
    complexity = adw_combo_row_get_selected (self->complexity_row) == 1
                 ? STEWARD_COMPLEXITY_COMPLEX : STEWARD_COMPLEXITY_SIMPLE;
  if (steward_service_is_analysis (service))
    tier = adw_combo_row_get_selected (self->tier_row) == 1 ? STEWARD_TIER_ADVANCED
                                                            : STEWARD_TIER_BASIC;

  if (!steward_desk_quote (self->desk, steward_service_request_get_id (self->request), fee,
                           surcharge, complexity, tier, self->at, *note != '\0' ? note : NULL,
                           &error))
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_entry_activated (StewardQuoteDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "dialog.save", NULL);
}

/* The rule the fee must follow, said before anything is typed. */
static char *
limit_text (StewardQuoteDialog *self)
{
  const StewardPricing *pricing = steward_desk_get_pricing (self->desk);
  StewardService service = steward_service_request_get_service (self->request);
  g_autofree char *limit = NULL;

  if (steward_service_request_get_package_incident (self->request))
    return g_strdup (_("Covered by the client’s monthly package: the fee is ¥0.00."));
  if (steward_service_is_support (service))
    {
      limit = steward_money_format (pricing->incident_max);
      return g_strdup_printf (_("A technical-support incident costs at most %s."), limit);
    }
  if (steward_service_is_solution (service))
    {
      limit = steward_money_format (pricing->project_max);
      return g_strdup_printf (_("A customised solution is quoted per project, at most %s."), limit);
    }
  limit = steward_money_format (pricing->advanced_min);
  return g_strdup_printf (_("Basic data analysis is free; advanced costs at least %s per set."),
                          limit);
}

static void
setup_fields (StewardQuoteDialog *self)
{
  StewardServiceRequest *r = self->request;
  StewardService service = steward_service_request_get_service (r);
  g_autofree char *limit = limit_text (self);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *complexities[] = { _("Simple project"), _("Complex project"), NULL };
  const char *tiers[] = { _("Basic (free)"), _("Advanced"), NULL };
  g_autoptr(GtkStringList) complexity_model = gtk_string_list_new (complexities);
  g_autoptr(GtkStringList) tier_model = gtk_string_list_new (tiers);

  title = g_strdup_printf (_("Quote Request #%lld"), (long long) steward_service_request_get_id (r));
  gtk_window_set_title (GTK_WINDOW (self), title);
  subtitle = g_strdup_printf (_("Request #%lld"), (long long) steward_service_request_get_id (r));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  adw_preferences_group_set_title (self->group, steward_enum_label (STEWARD_TYPE_SERVICE, service));
  adw_preferences_group_set_description (self->group, limit);

  adw_combo_row_set_model (self->complexity_row, G_LIST_MODEL (complexity_model));
  adw_combo_row_set_selected (self->complexity_row,
                              steward_service_request_get_complexity (r) == STEWARD_COMPLEXITY_COMPLEX);
  adw_combo_row_set_model (self->tier_row, G_LIST_MODEL (tier_model));
  adw_combo_row_set_selected (self->tier_row,
                              steward_service_request_get_tier (r) == STEWARD_TIER_ADVANCED);

  gtk_widget_set_visible (GTK_WIDGET (self->surcharge_row), steward_service_request_get_emergency (r));
  gtk_widget_set_visible (GTK_WIDGET (self->complexity_row), steward_service_is_solution (service));
  gtk_widget_set_visible (GTK_WIDGET (self->tier_row), steward_service_is_analysis (service));

  if (steward_service_request_get_fee (r) > 0 || steward_service_request_get_package_incident (r))
    {
      g_autofree char *fee = steward_money_format_plain (steward_service_request_get_fee (r));

      steward_quote_dialog_set_fee_text (self, fee);
    }
  if (steward_service_request_get_surcharge (r) > 0)
    {
      g_autofree char *surcharge = steward_money_format_plain (steward_service_request_get_surcharge (r));

      gtk_editable_set_text (GTK_EDITABLE (self->surcharge_row), surcharge);
    }
}

StewardQuoteDialog *
steward_quote_dialog_new (StewardDesk           *desk,
                          StewardServiceRequest *request,
                          gint64                 at)
{
  StewardQuoteDialog *self;

  g_return_val_if_fail (STEWARD_IS_DESK (desk), NULL);
  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), NULL);

  self = g_object_new (STEWARD_TYPE_QUOTE_DIALOG, NULL);
  self->desk = g_object_ref (desk);
  self->request = g_object_ref (request);
  self->at = at;
  setup_fields (self);
  return self;
}

static void
steward_quote_dialog_dispose (GObject *object)
{
  StewardQuoteDialog *self = STEWARD_QUOTE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_QUOTE_DIALOG);
  g_clear_object (&self->desk);
  g_clear_object (&self->request);

  G_OBJECT_CLASS (steward_quote_dialog_parent_class)->dispose (object);
}

static void
steward_quote_dialog_class_init (StewardQuoteDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_quote_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-quote-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardQuoteDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, StewardQuoteDialog, group);
  gtk_widget_class_bind_template_child (widget_class, StewardQuoteDialog, fee_row);
  gtk_widget_class_bind_template_child (widget_class, StewardQuoteDialog, fee_error);
  gtk_widget_class_bind_template_child (widget_class, StewardQuoteDialog, surcharge_row);
  gtk_widget_class_bind_template_child (widget_class, StewardQuoteDialog, complexity_row);
  gtk_widget_class_bind_template_child (widget_class, StewardQuoteDialog, tier_row);
  gtk_widget_class_bind_template_child (widget_class, StewardQuoteDialog, note_row);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, steward_quote_dialog_save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
steward_quote_dialog_init (StewardQuoteDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
