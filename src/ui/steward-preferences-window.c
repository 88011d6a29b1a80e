/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-preferences-window"

#include "config.h"

#include "steward-preferences-window.h"
#include "steward-preferences-window-private.h"

#include <glib/gi18n-lib.h>

#include "steward-calendar.h"
#include "steward-money.h"

G_DEFINE_FINAL_TYPE (StewardPreferencesWindow, steward_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PRICING_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Which limit each money row edits: the row's field in the window and the amount's field in
 * StewardPricing. */
static const struct {
  gsize row_offset;
  gsize fen_offset;
} money_rows[] = {
  { G_STRUCT_OFFSET (StewardPreferencesWindow, incident_max_row),
    G_STRUCT_OFFSET (StewardPricing, incident_max) },
  { G_STRUCT_OFFSET (StewardPreferencesWindow, package_price_row),
    G_STRUCT_OFFSET (StewardPricing, package_month_price) },
  { G_STRUCT_OFFSET (StewardPreferencesWindow, overage_row),
    G_STRUCT_OFFSET (StewardPricing, package_default_overage) },
  { G_STRUCT_OFFSET (StewardPreferencesWindow, project_max_row),
    G_STRUCT_OFFSET (StewardPricing, project_max) },
  { G_STRUCT_OFFSET (StewardPreferencesWindow, advanced_min_row),
    G_STRUCT_OFFSET (StewardPricing, advanced_min) },
};

/* The nicks of the schema's ColourScheme enum, in the order of the style row's items. */
static const char * const colour_schemes[] = { "follow", "light", "dark" };

#define ROW_AT(self, i) (G_STRUCT_MEMBER (AdwEntryRow *, (self), money_rows[i].row_offset))
#define FEN_AT(pricing, i) (G_STRUCT_MEMBER (gint64, (pricing), money_rows[i].fen_offset))

static gboolean
colour_scheme_get_mapping (GValue   *value,
                           GVariant *variant,
                           gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (colour_schemes); i++)
    {
      if (g_str_equal (nick, colour_schemes[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
colour_scheme_set_mapping (const GValue       *value,
                           const GVariantType *expected_type,
                           gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return i < G_N_ELEMENTS (colour_schemes) ? g_variant_new_string (colour_schemes[i]) : NULL;
}

StewardPreferencesWindow *
steward_preferences_window_new (GSettings            *settings,
                                StewardCalendar      *calendar,
                                const StewardPricing *pricing)
{
  StewardPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail (pricing != NULL, NULL);

  self = g_object_new (STEWARD_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);
  self->calendar = g_object_ref (calendar);
  self->pricing = *pricing;

  g_settings_bind (settings, "default-owner", self->owner_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "colour-scheme", self->colour_scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                colour_scheme_get_mapping, colour_scheme_set_mapping,
                                NULL, NULL);
  _steward_preferences_window_bind_calendar (self);

  for (guint i = 0; i < G_N_ELEMENTS (money_rows); i++)
    {
      g_autofree char *text = steward_money_format_plain (FEN_AT (&self->pricing, i));
      gtk_editable_set_text (GTK_EDITABLE (ROW_AT (self, i)), text);
    }
  gtk_spin_button_set_value (self->months_spin, self->pricing.package_max_months);
  gtk_spin_button_set_value (self->quota_spin, self->pricing.package_default_quota);
  self->ready = TRUE;

  return self;
}

void
steward_preferences_window_get_pricing (StewardPreferencesWindow *self,
                                        StewardPricing           *out_pricing)
{
  g_return_if_fail (STEWARD_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (out_pricing != NULL);

  *out_pricing = self->pricing;
}

void
_steward_preferences_window_show_error (StewardPreferencesWindow *self,
                                        AdwEntryRow              *row,
                                        const GError             *error)
{
  g_autofree char *markup = g_markup_escape_text (error->message, -1);

  /* Toast titles are Pango markup in libadwaita 1.2. */
  if (row != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (markup));
}

static void
on_entry_row_changed (GtkEditable              *row,
                      StewardPreferencesWindow *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* Applies @candidate when the whole set of limits is valid; otherwise leaves the pricing as it
 * was and shows why beside @row. */
static gboolean
steward_preferences_window_apply_pricing (StewardPreferencesWindow *self,
                                          const StewardPricing     *candidate,
                                          AdwEntryRow              *row)
{
  g_autoptr(GError) error = NULL;

  if (!steward_pricing_validate (candidate, &error))
    {
      _steward_preferences_window_show_error (self, row, error);
      return FALSE;
    }

  self->pricing = *candidate;
  g_signal_emit (self, signals[PRICING_CHANGED], 0);
  return TRUE;
}

static void
on_money_row_apply (AdwEntryRow              *row,
                    StewardPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  StewardPricing candidate = self->pricing;
  g_autofree char *text = NULL;
  gint64 fen;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (money_rows); i++)
    if (ROW_AT (self, i) == row)
      break;
  g_assert (i < G_N_ELEMENTS (money_rows));

  if (!steward_money_parse (gtk_editable_get_text (GTK_EDITABLE (row)), &fen, &error))
    {
      _steward_preferences_window_show_error (self, row, error);
      return;
    }

  FEN_AT (&candidate, i) = fen;
  if (!steward_preferences_window_apply_pricing (self, &candidate, row))
    return;

  /* Shows the amount as it was understood: "¥300" becomes "300.00". */
  text = steward_money_format_plain (fen);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
on_spin_value_changed (GtkSpinButton            *spin,
                       StewardPreferencesWindow *self)
{
  StewardPricing candidate = self->pricing;
  guint value = (guint) gtk_spin_button_get_value_as_int (spin);

  /* Building the template and filling in the limits move the spin buttons too. */
  if (!self->ready)
    return;

  if (spin == self->months_spin)
    candidate.package_max_months = value;
  else
    candidate.package_default_quota = value;

  if (candidate.package_max_months != self->pricing.package_max_months
      || candidate.package_default_quota != self->pricing.package_default_quota)
    steward_preferences_window_apply_pricing (self, &candidate, NULL);
}

static void
steward_preferences_window_dispose (GObject *object)
{
  StewardPreferencesWindow *self = STEWARD_PREFERENCES_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->day_rows, g_ptr_array_unref);
  g_clear_pointer (&self->backup_rows, g_ptr_array_unref);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (steward_preferences_window_parent_class)->dispose (object);
}

static void
steward_preferences_window_finalize (GObject *object)
{
  StewardPreferencesWindow *self = STEWARD_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->calendar);

  G_OBJECT_CLASS (steward_preferences_window_parent_class)->finalize (object);
}

static void
steward_preferences_window_class_init (StewardPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_preferences_window_dispose;
  object_class->finalize = steward_preferences_window_finalize;

  /* Emitted when a price limit changed; see steward_preferences_window_get_pricing(). */
  signals[PRICING_CHANGED] =
    g_signal_new ("pricing-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, owner_group);
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, owner_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, colour_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, incident_max_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, package_price_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, months_spin);
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, quota_spin);
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, overage_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, project_max_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, advanced_min_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, backups_group);
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, check_row);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_money_row_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_value_changed);
  _steward_preferences_window_calendar_class_init (widget_class);
  _steward_preferences_window_backups_class_init (widget_class);
}

static void
steward_preferences_window_init (StewardPreferencesWindow *self)
{
  g_autofree char *description = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->day_rows = g_ptr_array_new ();
  self->backup_rows = g_ptr_array_new ();
  _steward_preferences_window_fill_backups (self);

  description = g_strdup_printf (_("Recorded as the owner of new clients and in the audit "
                                   "trail. Leave it empty to use your name from the system, "
                                   "%s."),
                                 g_get_real_name ());
  adw_preferences_group_set_description (self->owner_group, description);
}
