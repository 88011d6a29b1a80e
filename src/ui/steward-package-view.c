/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-package-view"

#include "config.h"

#include "steward-package-view.h"

#include <glib/gi18n-lib.h>

#include "steward-error.h"
#include "steward-money.h"
#include "steward-request-state.h"
#include "steward-store-packages.h"
#include "steward-ui-util.h"
#include "steward-xlsx-statement.h"

struct _StewardPackageView
{
  GtkBox                   parent_instance;

  /* owned */
  StewardStore            *store;
  StewardMonthlyPackage   *package;
  StewardPackageStatement *statement;
  GTimeZone               *tz;
  char                    *client_name;
  char                    *usage_text;
  GtkFileChooserNative    *chooser;

  /* children */
  AdwPreferencesGroup     *statement_group;
  GtkListBox              *statement_list;
  AdwComboRow             *month_row;
};

G_DEFINE_FINAL_TYPE (StewardPackageView, steward_package_view, GTK_TYPE_BOX)

enum {
  EXPORT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
steward_package_usage_text (guint   used,
                            guint   quota,
                            double *out_fraction)
{
  if (out_fraction != NULL)
    *out_fraction = quota == 0 ? 1.0 : MIN ((double) used / quota, 1.0);

  if (used > quota)
    /* TRANSLATORS: e.g. "12 incidents used: 2 over the quota of 10" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u incidents used: %u over the quota of %u",
                                         "%u incidents used: %u over the quota of %u", used),
                            used, used - quota, quota);

  /* TRANSLATORS: e.g. "7 of 10 incidents used" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u incident used",
                                       "%u of %u incidents used", quota),
                          used, quota);
}

static char *
month_name (int year,
            int month)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (year, month, 1, 0, 0, 0);

  /* TRANSLATORS: a month and its year, as in "March 2026"; a g_date_time_format() format */
  return g_date_time_format (dt, _("%B %Y"));
}

static GtkWidget *
value_label (const char *value)
{
  GtkWidget *label = gtk_label_new (value);

  gtk_widget_add_css_class (label, "numeric");
  return label;
}

static AdwActionRow *
new_row (const char *title,
         const char *subtitle,
         const char *value)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (row, subtitle);
  if (value != NULL)
    adw_action_row_add_suffix (row, value_label (value));
  return row;
}

static AdwActionRow *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle,
         const char *value)
{
  AdwActionRow *row = new_row (title, subtitle, value);

  gtk_list_box_append (list, GTK_WIDGET (row));
  return row;
}

static void
add_money_row (GtkListBox *list,
               const char *title,
               gint64      fen)
{
  g_autofree char *amount = steward_money_format (fen);

  add_row (list, title, NULL, amount);
}

/* The same figures, with the same labels, as the exported workbook, so that the user sees
 * package price + overage charges = month total, and month total − prepaid = total due. */
static void
add_figures (StewardPackageView *self)
{
  const StewardPackageStatement *st = self->statement;
  GtkListBox *list = self->statement_list;
  g_autofree char *usage = steward_package_usage_text (st->used, st->quota, NULL);
  g_autofree char *price = steward_money_format (st->overage_price);
  g_autofree char *quota_used = NULL;
  g_autofree char *overage_count = g_strdup_printf ("%u", st->overage);
  g_autofree char *overage = NULL;
  g_autofree char *due = steward_money_format (st->overage_charge);
  AdwActionRow *total;
  GtkWidget *label;

  /* TRANSLATORS: incidents drawn from the quota and the quota, as in "10 / 10" */
  quota_used = g_strdup_printf (_("%u / %u"), st->covered, st->quota);
  add_row (list, _("Quota used"), usage, quota_used);
  add_row (list, _("Overage incidents"), NULL, overage_count);
  if (st->cancelled > 0)
    {
      g_autofree char *cancelled = g_strdup_printf ("%u", st->cancelled);

      add_row (list, _("Cancelled incidents"), _("Returned to the quota"), cancelled);
    }

  add_money_row (list, _("Package price (prepaid at purchase)"), st->package_price);
  /* TRANSLATORS: overage incidents times the overage price, as in "Overage charges (2 × ¥200.00)" */
  overage = g_strdup_printf (_("Overage charges (%u × %s)"), st->overage, price);
  add_money_row (list, overage, st->overage_charge);
  add_money_row (list, _("Month total"), st->package_price + st->overage_charge);
  add_money_row (list, _("Prepaid"), -st->package_price);

  total = new_row (_("Total due"), NULL, NULL);
  label = value_label (due);
  gtk_widget_add_css_class (label, "heading");
  adw_action_row_add_suffix (total, label);
  gtk_list_box_append (list, GTK_WIDGET (total));
}

/* The month's incidents, folded under one row so that the figures stay in view. */
static void
add_incidents (StewardPackageView *self)
{
  const StewardPackageStatement *st = self->statement;
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (adw_expander_row_new ());
  g_autofree char *used = g_strdup_printf ("%u", st->used);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Incidents used"));
  adw_expander_row_add_action (expander, value_label (used));
  adw_expander_row_set_enable_expansion (expander, st->n_lines > 0);

  for (guint i = 0; i < st->n_lines; i++)
    {
      const StewardPackageStatementLine *line = &st->lines[i];
      g_autofree char *number = steward_request_format_number (line->request_id);
      g_autofree char *when = steward_request_format_instant (line->submitted_at, self->tz);
      g_autofree char *amount = steward_money_format (line->charge);
      g_autofree char *row_title = g_strdup_printf (_("%s · %s"), number, when);

      adw_expander_row_add_row (expander,
                                GTK_WIDGET (new_row (row_title,
                                                     line->covered ? _("In the quota") : _("Overage"),
                                                     amount)));
    }
  gtk_list_box_append (self->statement_list, GTK_WIDGET (expander));
}

static void
fill_statement (StewardPackageView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->statement_list))) != NULL)
    gtk_list_box_remove (self->statement_list, child);

  /* The month is in the row below: the title stays short enough for a phone-wide window beside
   * its Export button. */
  adw_preferences_group_set_title (self->statement_group, _("Statement"));
  add_figures (self);
  add_incidents (self);
}

void
steward_package_view_set_month (StewardPackageView *self,
                                int                 year,
                                int                 month)
{
  g_autoptr(GError) error = NULL;
  StewardPackageStatement *st;

  g_return_if_fail (STEWARD_IS_PACKAGE_VIEW (self));

  st = steward_store_packages_statement (self->store, steward_monthly_package_get_id (self->package),
                                         year, month, self->tz, &error);
  if (st == NULL)
    {
      steward_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  g_clear_pointer (&self->statement, steward_package_statement_free);
  self->statement = st;
  fill_statement (self);
}

const StewardPackageStatement *
steward_package_view_get_statement (StewardPackageView *self)
{
  g_return_val_if_fail (STEWARD_IS_PACKAGE_VIEW (self), NULL);

  return self->statement;
}

const char *
steward_package_view_get_usage_text (StewardPackageView *self)
{
  g_return_val_if_fail (STEWARD_IS_PACKAGE_VIEW (self), NULL);

  return self->usage_text;
}

/* The package's months in order: month index @i from its start. */
static void
nth_month (StewardMonthlyPackage *package,
           guint                  i,
           int                   *year,
           int                   *month)
{
  int index = steward_monthly_package_get_start_year (package) * 12 +
              steward_monthly_package_get_start_month (package) - 1 + (int) i;

  *year = index / 12;
  *month = index % 12 + 1;
}

static void
on_month_selected (StewardPackageView *self)
{
  int year, month;

  nth_month (self->package, adw_combo_row_get_selected (self->month_row), &year, &month);
  steward_package_view_set_month (self, year, month);
}

char *
steward_package_view_dup_file_name (StewardPackageView *self)
{
  g_autofree char *client = NULL;

  g_return_val_if_fail (STEWARD_IS_PACKAGE_VIEW (self), NULL);

  if (self->statement == NULL)
    return NULL;
  /* A "/" in a company name would be taken for a folder. */
  client = g_strdelimit (g_strdup (self->client_name), "/\\", '-');
  /* TRANSLATORS: the statement's file name: client, year and month */
  return g_strdup_printf (_("%s statement %04d-%02d.xlsx"), client,
                          self->statement->year, self->statement->month);
}

gboolean
steward_package_view_save (StewardPackageView  *self,
                           const char          *path,
                           GError             **error)
{
  g_return_val_if_fail (STEWARD_IS_PACKAGE_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->statement == NULL)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("There is no statement to save"));
      return FALSE;
    }
  return steward_xlsx_export_package_statement (self->statement, self->client_name, self->tz,
                                                path, NULL, error);
}

static void
on_chooser_response (GtkNativeDialog    *chooser,
                     int                 response,
                     StewardPackageView *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->statement != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      /* Under Flatpak the portal hands back a path in its document store. */
      path = file != NULL ? g_file_get_path (file) : NULL;
      if (path == NULL)
        g_set_error_literal (&error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                             _("The statement can only be saved to a local folder"));
      if (path == NULL || !steward_package_view_save (self, path, &error))
        steward_widget_show_error (GTK_WIDGET (self), error);
      else
        steward_widget_add_toast (GTK_WIDGET (self), adw_toast_new (_("Statement saved")));
    }
  g_clear_object (&self->chooser);
}

void
steward_package_view_export (StewardPackageView *self,
                             GtkRoot            *parent)
{
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = NULL;

  g_return_if_fail (STEWARD_IS_PACKAGE_VIEW (self));

  if (self->statement == NULL)
    return;
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save Statement"),
                                               GTK_IS_WINDOW (parent) ? GTK_WINDOW (parent) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  name = steward_package_view_dup_file_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_export_clicked (StewardPackageView *self)
{
  g_signal_emit (self, signals[EXPORT], 0);
}

static GtkWidget *
usage_row (StewardPackageView *self,
           gint64              now)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, self->tz);
  int year = g_date_time_get_year (local), month = g_date_time_get_month (local);
  g_autoptr(StewardPackageStatement) st = NULL;
  GtkWidget *bar;
  double fraction = 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("This month"));
  if (!steward_monthly_package_covers_month (self->package, year, month))
    {
      self->usage_text = g_strdup (_("This month is not covered by the package"));
      adw_action_row_set_subtitle (row, self->usage_text);
      return GTK_WIDGET (row);
    }

  st = steward_store_packages_statement (self->store, steward_monthly_package_get_id (self->package),
                                         year, month, self->tz, NULL);
  self->usage_text = steward_package_usage_text (st != NULL ? st->used : 0,
                                                 steward_monthly_package_get_quota (self->package),
                                                 &fraction);
  adw_action_row_set_subtitle (row, self->usage_text);
  bar = gtk_progress_bar_new ();
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), fraction);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (bar, 180, -1);
  if (st != NULL && st->overage > 0)
    gtk_widget_add_css_class (bar, "warning");
  adw_action_row_add_suffix (row, bar);
  return GTK_WIDGET (row);
}

static void
build (StewardPackageView *self,
       gint64              now)
{
  StewardMonthlyPackage *p = self->package;
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *export_button;
  g_autoptr(GtkStringList) months = gtk_string_list_new (NULL);
  int end_year, end_month, year, month;
  g_autofree char *first = month_name (steward_monthly_package_get_start_year (p),
                                       steward_monthly_package_get_start_month (p));
  g_autofree char *last = NULL;
  g_autofree char *title = NULL;
  g_autofree char *total = steward_money_format (steward_monthly_package_get_total_price (p));
  g_autofree char *per_month = steward_money_format (steward_monthly_package_get_price_per_month (p));
  g_autofree char *overage = steward_money_format (steward_monthly_package_get_overage_price (p));
  g_autofree char *description = NULL;
  g_autofree char *quota = NULL;
  guint selected = 0;

  steward_monthly_package_get_end_month (p, &end_year, &end_month);
  last = month_name (end_year, end_month);
  /* TRANSLATORS: a package's first and last month, as in "January 2026 – December 2026" */
  title = g_strdup_printf (_("%s – %s"), first, last);
  /* TRANSLATORS: the package's length, price per month and prepaid total */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u month at %s, %s prepaid",
                                              "%u months at %s, %s prepaid",
                                              steward_monthly_package_get_months (p)),
                                 steward_monthly_package_get_months (p), per_month, total);
  quota = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u incident a month",
                                        "%u incidents a month", steward_monthly_package_get_quota (p)),
                           steward_monthly_package_get_quota (p));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), usage_row (self, now));
  add_row (GTK_LIST_BOX (list), _("Quota"), _("Unused incidents do not roll over"), quota);
  add_row (GTK_LIST_BOX (list), _("Overage price"), _("Per incident beyond the quota, billed on the statement"), overage);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  gtk_box_append (GTK_BOX (self), group);

  for (guint i = 0; i < steward_monthly_package_get_months (p); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, self->tz);

      nth_month (p, i, &year, &month);
      name = month_name (year, month);
      gtk_string_list_append (months, name);
      if (year == g_date_time_get_year (local) && month == g_date_time_get_month (local))
        selected = i;
    }

  self->statement_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  export_button = gtk_button_new_with_mnemonic (_("_Export…"));
  gtk_widget_set_valign (export_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (export_button, _("Save the statement as an Excel workbook"));
  g_signal_connect_swapped (export_button, "clicked", G_CALLBACK (on_export_clicked), self);
  adw_preferences_group_set_header_suffix (self->statement_group, export_button);
  self->month_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->month_row), _("Month"));
  adw_combo_row_set_model (self->month_row, G_LIST_MODEL (months));
  adw_combo_row_set_selected (self->month_row, selected);
  g_signal_connect_swapped (self->month_row, "notify::selected", G_CALLBACK (on_month_selected), self);
  self->statement_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->statement_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->statement_list), "boxed-list");
  adw_preferences_group_add (self->statement_group, GTK_WIDGET (self->month_row));
  adw_preferences_group_add (self->statement_group, GTK_WIDGET (self->statement_list));
  gtk_widget_set_margin_top (GTK_WIDGET (self->statement_list), 12);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->statement_group));

  on_month_selected (self);
}

StewardPackageView *
steward_package_view_new (StewardStore          *store,
                          StewardMonthlyPackage *package,
                          const char            *client_name,
                          gint64                 now,
                          GTimeZone             *tz)
{
  StewardPackageView *self;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);
  g_return_val_if_fail (STEWARD_IS_MONTHLY_PACKAGE (package), NULL);

  self = g_object_new (STEWARD_TYPE_PACKAGE_VIEW,
                       "orientation", GTK_ORIENTATION_VERTICAL,
                       "spacing", 12,
                       NULL);
  self->store = g_object_ref (store);
  self->package = g_object_ref (package);
  self->client_name = g_strdup (client_name != NULL ? client_name : "");
  self->tz = tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_local ();
  build (self, now);
  return self;
}

static void
steward_package_view_dispose (GObject *object)
{
  StewardPackageView *self = STEWARD_PACKAGE_VIEW (object);

  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->package);

  G_OBJECT_CLASS (steward_package_view_parent_class)->dispose (object);
}

static void
steward_package_view_finalize (GObject *object)
{
  StewardPackageView *self = STEWARD_PACKAGE_VIEW (object);

  g_clear_pointer (&self->statement, steward_package_statement_free);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->client_name, g_free);
  g_clear_pointer (&self->usage_text, g_free);

  G_OBJECT_CLASS (steward_package_view_parent_class)->finalize (object);
}

static void
steward_package_view_class_init (StewardPackageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_package_view_dispose;
  object_class->finalize = steward_package_view_finalize;

  signals[EXPORT] = g_signal_new ("export", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
steward_package_view_init (StewardPackageView *self)
{
}
