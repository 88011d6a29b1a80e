/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-application"

#include "config.h"

#include "steward-application.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "steward-calendar.h"
#include "steward-error.h"
#include "steward-preferences-window.h"
#include "steward-store-clients.h"
#include "steward-store-complaints.h"
#include "steward-store-training.h"
#include "steward-store-demo.h"
#include "steward-store-requests.h"
#include "steward-store-settings.h"
#include "steward-recovery.h"
#include "steward-window.h"

/* How often the focused window asks whether another process wrote to the database. */
#define POLL_INTERVAL_MS 1500

#define STEWARD_WEBSITE   "https://github.com/stewardapp/steward"
#define STEWARD_ISSUE_URL "https://github.com/stewardapp/steward/issues"

struct _StewardApplication
{
  AdwApplication   parent_instance;

  /* owned */
  GSettings       *settings;
  StewardCalendar *calendar;
  char            *default_database_path;
  char            *database_path;
  StewardPricing   pricing;
  gboolean         first_run;

  StewardStore         *store;
  StewardStoreClients  *clients;
  StewardStoreRequests *requests;
  StewardStoreTraining *training;
  StewardStoreComplaints *complaints;
  StewardDesk          *desk;
  gboolean              loading;        /* TRUE while the store's settings are read */
  GError              *open_error;      /* why startup could not open the database */
  GCancellable        *check_cancellable;
  gint64               data_version;
  guint                poll_id;
  gboolean             check_pending;   /* the quick check waits for the first frame */
  gboolean             updating;        /* a worker migrates the database (see start_update) */
  gboolean             update_pending;  /* the worker waits for the first frame */
  GCancellable        *open_cancellable;
  gint64               update_started;

  StewardSetupFunc setup_func;
  gpointer         setup_data;
  GDestroyNotify   setup_destroy;
};

G_DEFINE_FINAL_TYPE (StewardApplication, steward_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_FIRST_RUN,
  PROP_STORE,
  PROP_UPDATING,
  N_PROPS
};

enum {
  PRICING_CHANGED,
  DATA_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void     steward_application_adopt_store (StewardApplication *self);
static void     on_calendar_changed             (StewardApplication *self);
static void     steward_application_load_settings (StewardApplication *self);
static void     on_manager_changed              (StewardApplication *self);
static void     show_error                      (GtkWindow          *window,
                                                 const GError       *error);
static void     steward_application_set_store   (StewardApplication *self,
                                                 StewardStore       *store);
static gboolean steward_application_poll        (gpointer            user_data);
static void     steward_application_start_update (StewardApplication *self);

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

/* A backup replaced the data: its settings and every list are read again. */
static void
on_restored (StewardApplication *self)
{
  steward_application_load_settings (self);
  steward_application_data_changed (self);
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
  g_signal_connect_object (window, "restored", G_CALLBACK (on_restored), self,
                           G_CONNECT_SWAPPED);
  steward_preferences_window_set_store (window, self->store);
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

static gboolean
steward_application_fill_demo (StewardStore  *store,
                               GError       **error)
{
  StewardDemoOptions options;

  /* The default demo: a few dozen clients with two years of history up to now. */
  steward_demo_options_init (&options);
  return steward_demo_fill (store, &options, error);
}

/* Removes a database that setup created and could not finish, so the next start offers the
 * welcome page again. */
static void
remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
}

/* The setup without a hook: a new database at the database path, with demo data if asked. */
static gboolean
steward_application_default_setup (StewardApplication  *self,
                                   StewardSetupChoice   choice,
                                   GError             **error)
{
  g_autoptr(StewardStore) store = NULL;
  gboolean existed = g_file_test (self->database_path, G_FILE_TEST_EXISTS);

  store = steward_store_open (self->database_path, error);
  if (store == NULL)
    return FALSE;

  if (choice == STEWARD_SETUP_DEMO && !steward_application_fill_demo (store, error))
    {
      g_clear_object (&store);
      if (!existed)
        remove_database (self->database_path);
      return FALSE;
    }

  steward_application_set_store (self, store);
  return TRUE;
}

/* A toast on @window, or a log line when there is no window to show it. */
static void
show_error (GtkWindow    *window,
            const GError *error)
{
  /* Toast titles are Pango markup in libadwaita 1.2. */
  g_autofree char *markup = g_markup_escape_text (error->message, -1);

  if (STEWARD_IS_WINDOW (window))
    {
      AdwToast *toast = adw_toast_new (markup);

      adw_toast_set_timeout (toast, 0);
      steward_window_add_toast (STEWARD_WINDOW (window), toast);
    }
  else
    g_message ("%s", error->message);
}

static void
steward_application_setup (StewardApplication *self,
                           StewardSetupChoice  choice)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->setup_func != NULL)
    ok = self->setup_func (self, choice, self->setup_data, &error);
  else
    ok = steward_application_default_setup (self, choice, &error);

  if (!ok)
    {
      show_error (gtk_application_get_active_window (GTK_APPLICATION (self)), error);
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
  g_signal_connect_object (self->settings, "changed::default-owner",
                           G_CALLBACK (on_manager_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "changed",
                           G_CALLBACK (on_calendar_changed), self, G_CONNECT_SWAPPED);

  self->default_database_path = g_build_filename (g_get_user_data_dir (), "steward",
                                                  "steward.db", NULL);
  self->database_path = g_strdup (g_getenv ("STEWARD_DATABASE"));
  if (self->database_path == NULL || *self->database_path == '\0')
    {
      g_free (self->database_path);
      self->database_path = g_strdup (self->default_database_path);
    }

  if (!g_file_test (self->database_path, G_FILE_TEST_EXISTS))
    {
      steward_application_set_first_run (self, TRUE);
      return;
    }

  /* The quick check runs in a worker after the first frame (see steward_application_activate). */
  steward_application_set_first_run (self, FALSE);
  self->store = steward_store_open_full (self->database_path,
                                         STEWARD_STORE_OPEN_DEFER_CHECK
                                         | STEWARD_STORE_OPEN_NO_MIGRATE,
                                         &self->open_error);
  if (g_error_matches (self->open_error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
    {
      steward_application_start_update (self);
      g_clear_error (&self->open_error);
      return;
    }
  if (self->store != NULL)
    steward_application_adopt_store (self);
  self->check_pending = self->store != NULL;
}

/* Actions that read or write the data, or open another database, wait for the update. */
static void
steward_application_set_updating (StewardApplication *self,
                                  gboolean            updating)
{
  static const char * const data_actions[] = {
    "preferences", "open-demo", "start-empty", "open-request",
  };

  if (self->updating == updating)
    return;

  self->updating = updating;
  for (guint i = 0; i < G_N_ELEMENTS (data_actions); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), data_actions[i]);

      if (G_IS_SIMPLE_ACTION (action))
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), !updating);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATING]);
}

static void
on_update_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(StewardApplication) self = user_data;
  g_autoptr(StewardStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  store = steward_store_open_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_debug ("The database was ready %.1f s after the update started",
           (g_get_monotonic_time () - self->update_started) / (double) G_USEC_PER_SEC);
  /* The open checked the file before migrating it: no second quick check after the frame. */
  if (store != NULL)
    steward_application_set_store (self, store);
  steward_application_set_updating (self, FALSE);
  if (store != NULL)
    return;

  /* Where a failed open at start-up goes: a damaged file offers the newest backup, anything
   * else (a full disk, a file another program holds) is shown in a toast. */
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    steward_recovery_offer (self, window, error);
  else
    self->open_error = g_steal_pointer (&error);
}

/* A database of an older schema (startup's open refused to migrate it) is migrated in a worker
 * while the window shows the updating page, instead of in startup before any window exists: on
 * a large database that takes a minute. The worker starts after the window's first frame (see
 * on_first_frame): its quick check reads the whole file, which would otherwise compete with
 * drawing that frame.
 *
 * Closing the window during the update ends the process without waiting for the worker (on
 * the 1,000,000-request demo it is gone 0.2 s after Ctrl+W). Nothing is damaged: each migration
 * step is one SQLite transaction, and one that is not committed when the process ends never
 * counts (its frames in the WAL are ignored), so the file stays at the schema of the last step
 * that committed, with its data unchanged, and the next start updates it again. Shutdown also
 * cancels the open, which interrupts the step in progress if the worker gets there first (the
 * same rollback); a result that arrives after a cancel is dropped. */
static void
steward_application_start_update (StewardApplication *self)
{
  g_debug ("%s; updating it in a worker", self->open_error->message);
  steward_application_set_updating (self, TRUE);
  self->update_pending = TRUE;
}

static void
steward_application_run_update (StewardApplication *self)
{
  self->update_pending = FALSE;
  self->update_started = g_get_monotonic_time ();
  self->open_cancellable = g_cancellable_new ();
  /* Without DEFER_CHECK: a file another process migrated since the peek is still checked once,
   * in the worker. */
  steward_store_open_async (self->database_path, STEWARD_STORE_OPEN_DEFAULT,
                            self->open_cancellable, on_update_done, g_object_ref (self));
}

gboolean
steward_application_get_updating (StewardApplication *self)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), FALSE);

  return self->updating;
}

static void
steward_application_shutdown (GApplication *application)
{
  StewardApplication *self = STEWARD_APPLICATION (application);

  g_cancellable_cancel (self->open_cancellable);

  G_APPLICATION_CLASS (steward_application_parent_class)->shutdown (application);
}

static void
on_quick_check_done (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(StewardApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  if (steward_store_quick_check_finish (STEWARD_STORE (source), result, &error)
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  show_error (window, error);
}

static void
on_first_frame (GdkFrameClock      *clock,
                StewardApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, self);
  if (self->update_pending)
    steward_application_run_update (self);
  if (!self->check_pending || self->store == NULL)
    return;

  self->check_pending = FALSE;
  steward_store_quick_check_async (self->store, self->check_cancellable,
                                   on_quick_check_done, g_object_ref (self));
}

static void
on_window_realized (GtkWidget          *window,
                    StewardApplication *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_handlers_disconnect_by_func (window, on_window_realized, self);
  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_frame), self, 0);
}

static void
steward_application_activate (GApplication *application)
{
  StewardApplication *self = STEWARD_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  /* A second launch lands here in the first instance: it shows the window already open. */
  if (window == NULL)
    {
      window = GTK_WINDOW (steward_window_new (self));
      if (self->check_pending || self->update_pending)
        g_signal_connect_object (window, "realize", G_CALLBACK (on_window_realized), self, 0);
    }

  gtk_window_present (window);

  if (self->open_error != NULL)
    {
      /* A damaged file: offer the newest backup, or the welcome page when there is none. */
      steward_recovery_offer (self, window, self->open_error);
      g_clear_error (&self->open_error);
    }
}

static gboolean
steward_application_poll (gpointer user_data)
{
  StewardApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* Only a window the user looks at needs fresh lists; focus-in checks at once. */
  if (window != NULL && gtk_window_is_active (window))
    steward_application_check_for_changes (self);
  return G_SOURCE_CONTINUE;
}

static void
on_window_active (GtkWindow          *window,
                  GParamSpec         *pspec,
                  StewardApplication *self)
{
  if (gtk_window_is_active (window))
    steward_application_check_for_changes (self);
}

static void
steward_application_window_added (GtkApplication *application,
                                  GtkWindow      *window)
{
  GTK_APPLICATION_CLASS (steward_application_parent_class)->window_added (application, window);

  g_signal_connect_object (window, "notify::is-active", G_CALLBACK (on_window_active),
                           application, 0);
}

static void
steward_application_finalize (GObject *object)
{
  StewardApplication *self = STEWARD_APPLICATION (object);

  if (self->setup_destroy != NULL)
    self->setup_destroy (self->setup_data);
  g_clear_handle_id (&self->poll_id, g_source_remove);
  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  g_clear_object (&self->desk);
  g_clear_object (&self->requests);
  g_clear_object (&self->training);
  g_clear_object (&self->complaints);
  g_clear_object (&self->clients);
  g_clear_object (&self->store);
  g_clear_error (&self->open_error);
  g_clear_pointer (&self->database_path, g_free);
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

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_UPDATING:
      g_value_set_boolean (value, self->updating);
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
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->finalize = steward_application_finalize;
  object_class->get_property = steward_application_get_property;
  object_class->set_property = steward_application_set_property;

  app_class->startup = steward_application_startup;
  app_class->activate = steward_application_activate;
  app_class->shutdown = steward_application_shutdown;
  gtk_app_class->window_added = steward_application_window_added;

  properties[PROP_FIRST_RUN] =
    g_param_spec_boolean ("first-run", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, STEWARD_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPDATING] =
    g_param_spec_boolean ("updating", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted when steward_application_set_pricing() changes a limit. */
  signals[PRICING_CHANGED] =
    g_signal_new ("pricing-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* See steward_application_data_changed(). */
  signals[DATA_CHANGED] =
    g_signal_new ("data-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
steward_application_init (StewardApplication *self)
{
  self->check_cancellable = g_cancellable_new ();
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
  /* New limits apply to new quotes; the database keeps them for the headless commands too. */
  if (self->store != NULL && !self->loading)
    {
      g_autoptr(GError) error = NULL;

      if (!steward_store_settings_save_pricing (self->store, pricing, &error))
        g_warning ("Could not save the pricing limits: %s", error->message);
    }
  if (self->desk != NULL)
    steward_desk_set_pricing (self->desk, pricing, NULL);
  g_signal_emit (self, signals[PRICING_CHANGED], 0);
}

GSettings *
steward_application_get_settings (StewardApplication *self)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), NULL);

  return self->settings;
}

const char *
steward_application_get_database_path (StewardApplication *self)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), NULL);

  return self->database_path;
}

/* Makes self->store the shared store: its repositories and the change poll. */
/* The settings that travel with the database: calendar, pricing and the manager's name. */
static void
steward_application_load_settings (StewardApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *manager = NULL;
  StewardPricing pricing;

  self->loading = TRUE;
  if (!steward_store_settings_read_calendar (self->store, self->calendar, &error))
    {
      g_warning ("Could not read the business calendar: %s", error->message);
      g_clear_error (&error);
    }
  if (steward_store_settings_load_pricing (self->store, &pricing, &error))
    steward_application_set_pricing (self, &pricing);
  else
    {
      g_warning ("Could not read the pricing limits: %s", error->message);
      g_clear_error (&error);
    }
  manager = steward_store_settings_dup_manager (self->store, &error);
  if (manager != NULL)
    {
      g_settings_set_string (self->settings, "default-owner", manager);
      if (self->desk != NULL)
        steward_desk_set_manager (self->desk, manager);
    }
  else
    g_warning ("Could not read the account manager's name: %s", error->message);
  self->loading = FALSE;
}

static void
steward_application_adopt_store (StewardApplication *self)
{
  g_autofree char *manager = NULL;

  steward_application_load_settings (self);

  g_clear_object (&self->desk);
  g_clear_object (&self->requests);
  g_clear_object (&self->training);
  g_clear_object (&self->complaints);
  g_clear_object (&self->clients);
  self->clients = steward_store_clients_new (self->store);
  self->training = steward_store_training_new (self->store);
  self->complaints = steward_store_complaints_new (self->store);
  self->requests = steward_store_requests_new (self->store, self->calendar);
  manager = g_settings_get_string (self->settings, "default-owner");
  self->desk = steward_desk_new (STEWARD_REQUEST_REPOSITORY (self->requests), self->calendar,
                                 &self->pricing, manager);
  self->data_version = steward_store_get_data_version (self->store);
  if (self->poll_id == 0)
    self->poll_id = g_timeout_add (POLL_INTERVAL_MS, steward_application_poll, self);
}

gboolean
steward_application_open_database (StewardApplication  *self,
                                   const char          *path,
                                   GError             **error)
{
  StewardStore *store;

  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  store = steward_store_open (path, error);
  if (store == NULL)
    return FALSE;

  if (self->database_path != path)
    {
      g_free (self->database_path);
      self->database_path = g_strdup (path);
    }
  steward_application_set_store (self, store);
  g_object_unref (store);
  return TRUE;
}

/* Makes @store the one every page shares and leaves the welcome page. */
static void
steward_application_set_store (StewardApplication *self,
                               StewardStore       *store)
{
  if (g_set_object (&self->store, store))
    {
      self->check_pending = FALSE;
      steward_application_adopt_store (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
    }
  steward_application_set_first_run (self, FALSE);
}

StewardStore *
steward_application_get_store (StewardApplication *self)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), NULL);

  return self->store;
}

StewardClientRepository *
steward_application_get_client_repository (StewardApplication *self)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), NULL);

  return self->clients != NULL ? STEWARD_CLIENT_REPOSITORY (self->clients) : NULL;
}

void
steward_application_data_changed (StewardApplication *self)
{
  g_return_if_fail (STEWARD_IS_APPLICATION (self));

  if (self->store != NULL)
    self->data_version = steward_store_get_data_version (self->store);
  g_signal_emit (self, signals[DATA_CHANGED], 0);
}

gboolean
steward_application_check_for_changes (StewardApplication *self)
{
  gint64 version;

  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), FALSE);

  if (self->store == NULL)
    return FALSE;

  /* data_version moves only when another connection commits, never for our own writes. */
  version = steward_store_get_data_version (self->store);
  if (version == self->data_version)
    return FALSE;

  self->data_version = version;
  g_signal_emit (self, signals[DATA_CHANGED], 0);
  return TRUE;
}

StewardRequestRepository *
steward_application_get_request_repository (StewardApplication *self)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), NULL);

  return self->requests != NULL ? STEWARD_REQUEST_REPOSITORY (self->requests) : NULL;
}

StewardDesk *
steward_application_get_desk (StewardApplication *self)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), NULL);

  return self->desk;
}

/* Preferences edited the calendar: store it and move the deadlines of open requests. */
static void
on_calendar_changed (StewardApplication *self)
{
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  if (self->store == NULL || self->loading)
    return;

  if (!steward_store_settings_save_calendar (self->store, self->calendar, &error)
      || !steward_store_requests_recompute_deadlines (self->requests, &changed, &error))
    {
      show_error (gtk_application_get_active_window (GTK_APPLICATION (self)), error);
      return;
    }
  g_debug ("The calendar changed: %u open requests have new deadlines", changed);
  steward_application_data_changed (self);
}

/* Preferences changed the account manager's name: the audit's "who" from now on. */
static void
on_manager_changed (StewardApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *manager = g_settings_get_string (self->settings, "default-owner");

  if (self->store == NULL || self->loading)
    return;

  steward_desk_set_manager (self->desk, manager);
  if (!steward_store_settings_set_manager (self->store, manager, &error))
    show_error (gtk_application_get_active_window (GTK_APPLICATION (self)), error);
}

StewardTrainingRepository *
steward_application_get_training_repository (StewardApplication *self)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), NULL);

  return self->training != NULL ? STEWARD_TRAINING_REPOSITORY (self->training) : NULL;
}

StewardComplaintRepository *
steward_application_get_complaint_repository (StewardApplication *self)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), NULL);

  return self->complaints != NULL ? STEWARD_COMPLAINT_REPOSITORY (self->complaints) : NULL;
}
