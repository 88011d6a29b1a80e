/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-package-dialog"

#include "config.h"

#include "steward-package-dialog.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-monthly-package.h"
#include "steward-money.h"
#include "steward-store-packages.h"

#define START_CHOICES 12

struct _StewardPackageDialog
{
  AdwWindow            parent_instance;

  /* template widgets */
  AdwPreferencesGroup *group;
  AdwComboRow         *start_row;
  GtkSpinButton       *months_spin;
  GtkSpinButton       *quota_spin;
  AdwEntryRow         *overage_row;
  AdwActionRow        *total_row;
  AdwComboRow         *method_row;
  AdwEntryRow         *reference_row;
  GtkLabel            *error_label;

  /* owned */
  StewardStore        *store;
  StewardPricing       pricing;
  gint64               client_id;
  gint64               now;
  int                  first_year;
  int                  first_month;
};

G_DEFINE_FINAL_TYPE (StewardPackageDialog, steward_package_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (StewardPackageDialog *self,
            const char           *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

const char *
steward_package_dialog_get_error (StewardPackageDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_PACKAGE_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}

void
steward_package_dialog_set_months (StewardPackageDialog *self,
                                   guint                 months)
{
  g_return_if_fail (STEWARD_IS_PACKAGE_DIALOG (self));

  gtk_spin_button_set_value (self->months_spin, months);
}

static void
on_terms_changed (StewardPackageDialog *self)
{
  guint months = gtk_spin_button_get_value_as_int (self->months_spin);
  g_autofree char *total = steward_money_format (months * self->pricing.package_month_price);
  g_autofree char *per_month = steward_money_format (self->pricing.package_month_price);
  /* TRANSLATORS: the prepaid total, as in "12 × ¥1,000.00 a month" */
  g_autofree char *detail = g_strdup_printf (_("%u × %s a month"), months, per_month);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->total_row), total);
  adw_action_row_set_subtitle (self->total_row, detail);
}

static void
steward_package_dialog_save (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  StewardPackageDialog *self = STEWARD_PACKAGE_DIALOG (widget);
  guint start = adw_combo_row_get_selected (self->start_row);
  int index = self->first_year * 12 + self->first_month - 1 + (int) start;
  g_autoptr(StewardMonthlyPackage) package = NULL;
  g_autoptr(GError) error = NULL;
  gint64 overage;

  if (!steward_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->overage_row)), &overage, &error))
    {
      show_error (self, error->message);
      return;
    }

  package = steward_monthly_package_purchase (&self->pricing, self->client_id, index / 12,
                                              index % 12 + 1,
                                              gtk_spin_button_get_value_as_int (self->months_spin),
                                              gtk_spin_button_get_value_as_int (self->quota_spin),
                                              overage, self->now, &error);
  if (package == NULL ||
      !steward_store_packages_purchase (self->store, package,
                                        adw_combo_row_get_selected (self->method_row) == 1
                                        ? STEWARD_PAYMENT_METHOD_THIRD_PARTY
                                        : STEWARD_PAYMENT_METHOD_BANK_TRANSFER,
                                        gtk_editable_get_text (GTK_EDITABLE (self->reference_row)),
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
setup (StewardPackageDialog *self,
       const char           *client_name,
       GTimeZone            *tz)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (self->now);
  g_autoptr(GDateTime) local = tz != NULL ? g_date_time_to_timezone (utc, tz)
                                          : g_date_time_to_local (utc);
  g_autoptr(GtkStringList) starts = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) methods = gtk_string_list_new (NULL);
  g_autofree char *overage = steward_money_format_plain (self->pricing.package_default_overage);

  self->first_year = g_date_time_get_year (local);
  self->first_month = g_date_time_get_month (local);
  for (int i = 0; i < START_CHOICES; i++)
    {
      g_autoptr(GDateTime) month = g_date_time_add_months (local, i);
      /* TRANSLATORS: a month and its year, as in "March 2026"; a g_date_time_format() format */
      g_autofree char *name = g_date_time_format (month, _("%B %Y"));

      gtk_string_list_append (starts, name);
    }
  gtk_string_list_append (methods, steward_enum_label (STEWARD_TYPE_PAYMENT_METHOD,
                                                       STEWARD_PAYMENT_METHOD_BANK_TRANSFER));
  gtk_string_list_append (methods, steward_enum_label (STEWARD_TYPE_PAYMENT_METHOD,
                                                       STEWARD_PAYMENT_METHOD_THIRD_PARTY));

  adw_preferences_group_set_title (self->group, client_name);
  adw_combo_row_set_model (self->start_row, G_LIST_MODEL (starts));
  adw_combo_row_set_model (self->method_row, G_LIST_MODEL (methods));
  gtk_spin_button_set_range (self->months_spin, 1, self->pricing.package_max_months);
  gtk_spin_button_set_increments (self->months_spin, 1, 3);
  gtk_spin_button_set_value (self->months_spin, self->pricing.package_max_months);
  gtk_spin_button_set_range (self->quota_spin, 1, 999);
  gtk_spin_button_set_increments (self->quota_spin, 1, 5);
  gtk_spin_button_set_value (self->quota_spin, self->pricing.package_default_quota);
  gtk_editable_set_text (GTK_EDITABLE (self->overage_row), overage);
  on_terms_changed (self);
}

StewardPackageDialog *
steward_package_dialog_new (StewardStore         *store,
                            const StewardPricing *pricing,
                            gint64                client_id,
                            const char           *client_name,
                            gint64                now,
                            GTimeZone            *tz)
{
  StewardPackageDialog *self;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);
  g_return_val_if_fail (pricing != NULL, NULL);

  self = g_object_new (STEWARD_TYPE_PACKAGE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->pricing = *pricing;
  self->client_id = client_id;
  self->now = now;
  setup (self, client_name, tz);
  return self;
}

static void
steward_package_dialog_dispose (GObject *object)
{
  StewardPackageDialog *self = STEWARD_PACKAGE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_PACKAGE_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (steward_package_dialog_parent_class)->dispose (object);
}

static void
steward_package_dialog_class_init (StewardPackageDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_package_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-package-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, StewardPackageDialog, name)
  BIND (group);
  BIND (start_row);
  BIND (months_spin);
  BIND (quota_spin);
  BIND (overage_row);
  BIND (total_row);
  BIND (method_row);
  BIND (reference_row);
  BIND (error_label);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_terms_changed);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, steward_package_dialog_save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
steward_package_dialog_init (StewardPackageDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
