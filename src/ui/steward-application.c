/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-application"

#include "config.h"

#include "steward-application.h"

#include <glib/gi18n-lib.h>

#include "steward-calendar.h"
#include "steward-preferences-window.h"
#include "steward-window.h"

#define STEWARD_WEBSITE   "https://github.com/stewardapp/steward"
#define STEWARD_ISSUE_URL "https://github.com/stewardapp/steward/issues"

struct _StewardApplication
{
  AdwApplication   parent_instance;

  /* owned */
  GSettings       *settings;
  StewardCalendar *calendar;
  char            *default_database_path;
  StewardPricing   pricing;
  gboolean         first_run;

  StewardSetupFunc setup_func;
  gpointer         setup_data;
  GDestroyNotify   setup_destroy;
};

G_DEFINE_FINAL_TYPE (StewardApplication, steward_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_FIRST_RUN,
  N_PROPS
};

enum {
  PRICING_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

StewardApplication *
steward_application_new (void)
{
  return g_object_new (STEWARD_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

static gpointer
ref_window (gconstpointer window,
            gpointer      user_data)
{
  return g_object_ref ((gpointer) window);
}

static void
steward_application_quit (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows;

  /* Closing each window (rather than g_application_quit) lets windows save their state; the
   * application ends with its last window. */
  windows = g_list_copy_deep (gtk_application_get_windows (app), ref_window, NULL);
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
}

static void
on_pricing_changed (StewardPreferencesWindow *window,
                    StewardApplication       *self)
{
  StewardPricing pricing;

  steward_preferences_window_get_pricing (window, &pricing);
  steward_application_set_pricing (self, &pricing);
}

static void
steward_application_preferences (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  StewardApplication *self = user_data;
  StewardPreferencesWindow *window;

  window = steward_preferences_window_new (self->settings, self->calendar, &self->pricing);
  gtk_window_set_transient_for (GTK_WINDOW (window),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  g_signal_connect_object (window, "pricing-changed",
                           G_CALLBACK (on_pricing_changed), self, 0);
  gtk_window_present (GTK_WINDOW (window));
}

static void
steward_application_about (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "The Steward developers", NULL };
  const char *translators = _("translator-credits");
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-icon", APPLICATION_ID,
                        "application-name", _("Steward"),
                        "developer-name", _("The Steward developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Keep value-added services to your clients on track: "
                                      "requests, deadlines, payments, trainings, complaints "
                                      "and reports."),
                        "website", STEWARD_WEBSITE,
                        "issue-url", STEWARD_ISSUE_URL,
                        "developers", developers,
                        "copyright", "© 2026 The Steward developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        NULL);
  /* The msgid itself means nobody has translated the credits for this language yet. */
  if (g_strcmp0 (translators, "translator-credits") != 0)
    adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), translators);

  gtk_window_present (GTK_WINDOW (about));
}

static void
steward_application_shortcuts (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  /* GtkApplication gives each application window the help overlay and this action. */
  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
steward_application_setup (StewardApplication *self,
                           StewardSetupChoice  choice)
{
  g_autoptr(GError) error = NULL;

  if (self->setup_func != NULL
      && !self->setup_func (self, choice, self->setup_data, &error))
    {
      GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      if (STEWARD_IS_WINDOW (window))
        steward_window_add_toast (STEWARD_WINDOW (window), adw_toast_new (markup));
      else
        g_message ("%s", error->message);
      return;
    }

  steward_application_set_first_run (self, FALSE);
}

static void
steward_application_open_demo (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  steward_application_setup (user_data, STEWARD_SETUP_DEMO);
}

static void
steward_application_start_empty (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  steward_application_setup (user_data, STEWARD_SETUP_EMPTY);
}

static const GActionEntry app_actions[] = {
  { "quit", steward_application_quit },
  { "preferences", steward_application_preferences },
  { "about", steward_application_about },
  { "shortcuts", steward_application_shortcuts },
  { "open-demo", steward_application_open_demo },
  { "start-empty", steward_application_start_empty },
};

static const struct {
  const char *action;
  const char *accels[2];
} app_accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
};

static void
steward_application_apply_colour_scheme (StewardApplication *self)
{
  /* In the order of the schema's ColourScheme enum: follow, light, dark. */
  static const AdwColorScheme schemes[] = {
    ADW_COLOR_SCHEME_DEFAULT,
    ADW_COLOR_SCHEME_FORCE_LIGHT,
    ADW_COLOR_SCHEME_FORCE_DARK,
  };
  guint scheme = g_settings_get_enum (self->settings, "colour-scheme");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      schemes[MIN (scheme, G_N_ELEMENTS (schemes) - 1)]);
}

static void
steward_application_startup (GApplication *application)
{
  StewardApplication *self = STEWARD_APPLICATION (application);

  G_APPLICATION_CLASS (steward_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), app_accels[i].action,
                                           app_accels[i].accels);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::colour-scheme",
                           G_CALLBACK (steward_application_apply_colour_scheme), self,
                           G_CONNECT_SWAPPED);
  steward_application_apply_colour_scheme (self);

  self->default_database_path = g_build_filename (g_get_user_data_dir (), "steward",
                                                  "steward.db", NULL);
  steward_application_set_first_run (self,
                                     !g_file_test (self->default_database_path,
                                                   G_FILE_TEST_EXISTS));
}

static void
steward_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  /* A second launch lands here in the first instance: it shows the window already open. */
  if (window == NULL)
    window = GTK_WINDOW (steward_window_new (STEWARD_APPLICATION (application)));

  gtk_window_present (window);
}

static void
steward_application_finalize (GObject *object)
{
  StewardApplication *self = STEWARD_APPLICATION (object);

  if (self->setup_destroy != NULL)
    self->setup_destroy (self->setup_data);
  g_clear_object (&self->settings);
  g_clear_object (&self->calendar);
  g_clear_pointer (&self->default_database_path, g_free);

  G_OBJECT_CLASS (steward_application_parent_class)->finalize (object);
}

static void
steward_application_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  StewardApplication *self = STEWARD_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_FIRST_RUN:
      g_value_set_boolean (value, self->first_run);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_application_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  StewardApplication *self = STEWARD_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_FIRST_RUN:
      steward_application_set_first_run (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_application_class_init (StewardApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = steward_application_finalize;
  object_class->get_property = steward_application_get_property;
  object_class->set_property = steward_application_set_property;

  app_class->startup = steward_application_startup;
  app_class->activate = steward_application_activate;

  properties[PROP_FIRST_RUN] =
    g_param_spec_boolean ("first-run", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted when steward_application_set_pricing() changes a limit. */
  signals[PRICING_CHANGED] =
    g_signal_new ("pricing-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
steward_application_init (StewardApplication *self)
{
  self->calendar = steward_calendar_new (NULL);
  steward_pricing_init_defaults (&self->pricing);
}

void
steward_application_set_setup_func (StewardApplication *self,
                                    StewardSetupFunc    func,
                                    gpointer            user_data,
                                    GDestroyNotify      destroy)
{
  g_return_if_fail (STEWARD_IS_APPLICATION (self));

  if (self->setup_destroy != NULL)
    self->setup_destroy (self->setup_data);
  self->setup_func = func;
  self->setup_data = user_data;
  self->setup_destroy = destroy;
}

gboolean
steward_application_get_first_run (StewardApplication *self)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), FALSE);

  return self->first_run;
}

void
steward_application_set_first_run (StewardApplication *self,
                                   gboolean            first_run)
{
  g_return_if_fail (STEWARD_IS_APPLICATION (self));

  first_run = !!first_run;
  if (self->first_run == first_run)
    return;

  self->first_run = first_run;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_RUN]);
}

const char *
steward_application_get_default_database_path (StewardApplication *self)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), NULL);

  return self->default_database_path;
}

StewardCalendar *
steward_application_get_calendar (StewardApplication *self)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), NULL);

  return self->calendar;
}

const StewardPricing *
steward_application_get_pricing (StewardApplication *self)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), NULL);

  return &self->pricing;
}

static gboolean
pricing_equal (const StewardPricing *a,
               const StewardPricing *b)
{
  return a->incident_max == b->incident_max
         && a->package_month_price == b->package_month_price
         && a->package_max_months == b->package_max_months
         && a->package_default_quota == b->package_default_quota
         && a->package_default_overage == b->package_default_overage
         && a->project_max == b->project_max
         && a->advanced_min == b->advanced_min;
}

void
steward_application_set_pricing (StewardApplication   *self,
                                 const StewardPricing *pricing)
{
  g_return_if_fail (STEWARD_IS_APPLICATION (self));
  g_return_if_fail (pricing != NULL);
  g_return_if_fail (steward_pricing_validate (pricing, NULL));

  if (pricing_equal (&self->pricing, pricing))
    return;

  self->pricing = *pricing;
  g_signal_emit (self, signals[PRICING_CHANGED], 0);
}

GSettings *
steward_application_get_settings (StewardApplication *self)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), NULL);

  return self->settings;
}
