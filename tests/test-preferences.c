/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-preferences"

#include "config.h"

#include <adwaita.h>

#include "steward-calendar.h"
#include "steward-preferences-window.h"

typedef struct {
  GSettings                *settings;
  StewardCalendar          *calendar;
  StewardPreferencesWindow *window;
  guint                     pricing_changes;
} Fixture;

static void
on_pricing_changed (StewardPreferencesWindow *window,
                    Fixture                  *fixture)
{
  fixture->pricing_changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  StewardPricing pricing;

  steward_pricing_init_defaults (&pricing);
  fixture->settings = g_settings_new (APPLICATION_ID);
  fixture->calendar = steward_calendar_new (NULL);
  fixture->window = steward_preferences_window_new (fixture->settings, fixture->calendar,
                                                    &pricing);
  g_object_ref_sink (fixture->window);
  g_signal_connect (fixture->window, "pricing-changed", G_CALLBACK (on_pricing_changed), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);
  g_clear_object (&fixture->calendar);
  g_settings_reset (fixture->settings, "default-owner");
  g_settings_reset (fixture->settings, "colour-scheme");
  g_clear_object (&fixture->settings);
}

/* The first widget of @type under @root whose row title is @title (any title when NULL). */
static GtkWidget *
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type)
      && (title == NULL
          || (ADW_IS_PREFERENCES_ROW (root)
              && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
entry_row (Fixture    *fixture,
           const char *title)
{
  GtkWidget *row = find_row (GTK_WIDGET (fixture->window), ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  return row;
}

static void
apply (GtkWidget  *row,
       const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
}

static gint64
incident_max (Fixture *fixture)
{
  StewardPricing pricing;

  steward_preferences_window_get_pricing (fixture->window, &pricing);
  return pricing.incident_max;
}

static void
test_pricing (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *row = entry_row (fixture, "Highest Fee per Incident");
  GtkWidget *months;
  StewardPricing pricing;

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "200.00");

  /* Text that is not an amount, and a limit of 0, are refused and change nothing. */
  apply (row, "two hundred");
  g_assert_cmpint (incident_max (fixture), ==, 20000);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  apply (row, "0");
  g_assert_cmpint (incident_max (fixture), ==, 20000);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpuint (fixture->pricing_changes, ==, 0);

  /* A yuan sign is fine; the row then shows the amount as understood. */
  apply (row, "¥300");
  g_assert_cmpint (incident_max (fixture), ==, 30000);
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "300.00");
  g_assert_cmpuint (fixture->pricing_changes, ==, 1);

  apply (entry_row (fixture, "Lowest Fee for Advanced Work"), "￥1,000.50");
  steward_preferences_window_get_pricing (fixture->window, &pricing);
  g_assert_cmpint (pricing.advanced_min, ==, 100050);
  g_assert_cmpint (pricing.incident_max, ==, 30000);
  g_assert_cmpuint (fixture->pricing_changes, ==, 2);

  /* Packages are bought for at most 12 months. */
  months = find_row (find_row (GTK_WIDGET (fixture->window), ADW_TYPE_ACTION_ROW,
                               "Longest Package"),
                     GTK_TYPE_SPIN_BUTTON, NULL);
  g_assert_nonnull (months);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (months)), ==, 12);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (months), 6);
  steward_preferences_window_get_pricing (fixture->window, &pricing);
  g_assert_cmpuint (pricing.package_max_months, ==, 6);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (months), 13);
  steward_preferences_window_get_pricing (fixture->window, &pricing);
  g_assert_cmpuint (pricing.package_max_months, ==, 12);
}

static void
test_business_hours (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *row = entry_row (fixture, "Hours of a Working Day");
  const StewardHours *windows;
  guint n_windows;

  apply (row, "08:30-12:00, 13:00-17:30");
  windows = steward_calendar_get_windows (fixture->calendar, &n_windows);
  g_assert_cmpuint (n_windows, ==, 2);
  g_assert_cmpuint (windows[0].start, ==, 8 * 60 + 30);
  g_assert_cmpuint (windows[0].end, ==, 12 * 60);
  g_assert_cmpuint (windows[1].start, ==, 13 * 60);
  g_assert_cmpuint (windows[1].end, ==, 17 * 60 + 30);
  g_assert_false (gtk_widget_has_css_class (row, "error"));

  /* A window that ends before it starts is refused; the calendar keeps its hours. */
  apply (row, "18:00-09:00");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  windows = steward_calendar_get_windows (fixture->calendar, &n_windows);
  g_assert_cmpuint (n_windows, ==, 2);
  g_assert_cmpuint (windows[0].start, ==, 8 * 60 + 30);
  g_assert_cmpuint (windows[1].end, ==, 17 * 60 + 30);
}

static void
test_holidays (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *add_holiday = entry_row (fixture, "Add a Holiday");
  GtkWidget *add_makeup = entry_row (fixture, "Add a Make-up Working Day");
  g_autoptr(GPtrArray) days = NULL;
  const StewardCalendarDay *day;
  GtkWidget *row;
  GtkWidget *remove;

  apply (add_holiday, "2026-10-01 National Day");
  days = steward_calendar_list_days (fixture->calendar);
  g_assert_cmpuint (days->len, ==, 1);
  day = g_ptr_array_index (days, 0);
  g_assert_cmpint (g_date_get_year (&day->date), ==, 2026);
  g_assert_cmpint (g_date_get_month (&day->date), ==, 10);
  g_assert_cmpint (g_date_get_day (&day->date), ==, 1);
  g_assert_false (day->working);
  g_assert_cmpstr (day->name, ==, "National Day");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_holiday)), ==, "");
  row = find_row (GTK_WIDGET (fixture->window), ADW_TYPE_ACTION_ROW, "2026-10-01 Thursday");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "National Day");
  g_clear_pointer (&days, g_ptr_array_unref);

  /* A make-up working day is a weekend day; no such date as 30 February. */
  apply (add_makeup, "2026-10-08");
  g_assert_true (gtk_widget_has_css_class (add_makeup, "error"));
  apply (add_makeup, "2026-02-30");
  g_assert_true (gtk_widget_has_css_class (add_makeup, "error"));
  days = steward_calendar_list_days (fixture->calendar);
  g_assert_cmpuint (days->len, ==, 1);
  g_clear_pointer (&days, g_ptr_array_unref);

  apply (add_makeup, "2026-10-10");
  g_assert_false (gtk_widget_has_css_class (add_makeup, "error"));
  days = steward_calendar_list_days (fixture->calendar);
  g_assert_cmpuint (days->len, ==, 2);
  day = g_ptr_array_index (days, 1);
  g_assert_true (day->working);
  g_assert_null (day->name);
  g_assert_nonnull (find_row (GTK_WIDGET (fixture->window), ADW_TYPE_ACTION_ROW,
                              "2026-10-10 Saturday"));
  g_clear_pointer (&days, g_ptr_array_unref);

  /* The row's remove button takes the holiday out of the calendar, and the row goes. The lists
   * are rebuilt on every change, so look the row up again. */
  row = find_row (GTK_WIDGET (fixture->window), ADW_TYPE_ACTION_ROW, "2026-10-01 Thursday");
  g_assert_nonnull (row);
  remove = find_row (row, GTK_TYPE_BUTTON, NULL);
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  days = steward_calendar_list_days (fixture->calendar);
  g_assert_cmpuint (days->len, ==, 1);
  g_assert_true (((StewardCalendarDay *) g_ptr_array_index (days, 0))->working);
  g_assert_null (find_row (GTK_WIDGET (fixture->window), ADW_TYPE_ACTION_ROW,
                           "2026-10-01 Thursday"));
}

static void
test_general (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *owner = entry_row (fixture, "Your Name");
  GtkWidget *style = find_row (GTK_WIDGET (fixture->window), ADW_TYPE_COMBO_ROW, "Style");
  g_autofree char *name = NULL;
  g_autofree char *scheme = NULL;

  gtk_editable_set_text (GTK_EDITABLE (owner), "王经理");
  name = g_settings_get_string (fixture->settings, "default-owner");
  g_assert_cmpstr (name, ==, "王经理");

  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (style)), ==, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (style), 2);
  scheme = g_settings_get_string (fixture->settings, "colour-scheme");
  g_assert_cmpstr (scheme, ==, "dark");
  g_settings_set_string (fixture->settings, "colour-scheme", "light");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (style)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/preferences/pricing", Fixture, NULL,
              fixture_set_up, test_pricing, fixture_tear_down);
  g_test_add ("/preferences/business-hours", Fixture, NULL,
              fixture_set_up, test_business_hours, fixture_tear_down);
  g_test_add ("/preferences/holidays", Fixture, NULL,
              fixture_set_up, test_holidays, fixture_tear_down);
  g_test_add ("/preferences/general", Fixture, NULL,
              fixture_set_up, test_general, fixture_tear_down);

  return g_test_run ();
}
