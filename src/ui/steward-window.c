/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-window"

#include "config.h"

#include "steward-window.h"

#include <string.h>

#include "steward-clients-page.h"
#include "steward-complaints-page.h"
#include "steward-dashboard-page.h"
#include "steward-deadline-watch.h"
#include "steward-packages-page.h"
#include "steward-reports-page.h"
#include "steward-requests-page.h"
#include "steward-training-page.h"

struct _StewardWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar_list;
  GtkStack             *pages_stack;
  GtkSpinner           *updating_spinner;

  /* owned */
  GSettings            *settings;
  char                 *page_name;
};

G_DEFINE_FINAL_TYPE (StewardWindow, steward_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PAGE_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The sidebar's order, which Alt+1…7 follow. */
static const char * const page_names[] = {
  "dashboard",
  "clients",
  "requests",
  "packages",
  "training",
  "complaints",
  "reports",
  NULL
};

/* The type of each page, in the order of page_names. */
static GType (* const page_types[]) (void) = {
  steward_dashboard_page_get_type,
  steward_clients_page_get_type,
  steward_requests_page_get_type,
  steward_packages_page_get_type,
  steward_training_page_get_type,
  steward_complaints_page_get_type,
  steward_reports_page_get_type,
};

StewardWindow *
steward_window_new (StewardApplication *application)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (application), NULL);

  return g_object_new (STEWARD_TYPE_WINDOW, "application", application, NULL);
}

const char * const *
steward_window_get_page_names (void)
{
  return page_names;
}

static gboolean
is_page_name (const char *name)
{
  return name != NULL && g_strv_contains (page_names, name);
}

/* Pages are built when first shown or asked for, not with the window: each one reads its data
 * once it has the application, and only the visible one may stand between the start and the
 * first frame. */
static GtkWidget *
steward_window_ensure_page (StewardWindow *self,
                            const char    *name)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->pages_stack, name);

  if (page != NULL)
    return page;

  for (guint i = 0; page_names[i] != NULL; i++)
    {
      if (g_str_equal (page_names[i], name))
        {
          page = g_object_new (page_types[i] (), NULL);
          gtk_stack_add_named (self->pages_stack, page, name);
          return page;
        }
    }

  return NULL;
}

static gboolean
widget_has_action (GtkWidget  *widget,
                   const char *action_name)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_GET_CLASS (widget);
  const GVariantType *parameter_type;
  const char *property_name;
  const char *name;
  GType owner;

  /* GTK 4.8 writes every out argument: none may be NULL. */
  for (guint i = 0;
       gtk_widget_class_query_action (widget_class, i, &owner, &name, &parameter_type,
                                      &property_name);
       i++)
    {
      if (g_strcmp0 (name, action_name) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
steward_window_update_page_actions (StewardWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->pages_stack);
  gboolean updating = steward_window_get_updating_shown (self);
  gboolean main_shown = !steward_window_get_welcome_shown (self) && !updating && page != NULL;

  /* No page may be shown or opened before the database is ready. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", !updating);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", !updating);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search",
                                 main_shown && widget_has_action (page, "page.search"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new",
                                 main_shown && widget_has_action (page, "page.new"));
}

static void
steward_window_select_sidebar_row (StewardWindow *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (g_strcmp0 (gtk_widget_get_name (row), self->page_name) == 0)
        {
          gtk_list_box_select_row (self->sidebar_list, GTK_LIST_BOX_ROW (row));
          return;
        }
    }
}

const char *
steward_window_get_page_name (StewardWindow *self)
{
  g_return_val_if_fail (STEWARD_IS_WINDOW (self), NULL);

  return self->page_name;
}

void
steward_window_set_page_name (StewardWindow *self,
                              const char    *name)
{
  g_return_if_fail (STEWARD_IS_WINDOW (self));
  g_return_if_fail (is_page_name (name));

  if (g_strcmp0 (self->page_name, name) == 0)
    return;

  g_free (self->page_name);
  self->page_name = g_strdup (name);

  steward_window_ensure_page (self, name);
  gtk_stack_set_visible_child_name (self->pages_stack, name);
  steward_window_select_sidebar_row (self);
  steward_window_update_page_actions (self);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-page", name);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE_NAME]);
}

GtkWidget *
steward_window_get_page (StewardWindow *self,
                         const char    *name)
{
  g_return_val_if_fail (STEWARD_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return is_page_name (name) ? steward_window_ensure_page (self, name) : NULL;
}

gboolean
steward_window_get_welcome_shown (StewardWindow *self)
{
  g_return_val_if_fail (STEWARD_IS_WINDOW (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0;
}

gboolean
steward_window_get_updating_shown (StewardWindow *self)
{
  g_return_val_if_fail (STEWARD_IS_WINDOW (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "updating") == 0;
}

void
steward_window_add_toast (StewardWindow *self,
                          AdwToast      *toast)
{
  g_return_if_fail (STEWARD_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Shows @name's page and, on a folded (narrow) window, moves from the sidebar to it. */
static void
steward_window_go_to_page (StewardWindow *self,
                           const char    *name)
{
  steward_window_set_page_name (self, name);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->pages_stack));
}

static void
on_sidebar_row_activated (GtkListBox    *list,
                          GtkListBoxRow *row,
                          StewardWindow *self)
{
  steward_window_go_to_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
steward_window_show_page_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  const char *name = g_variant_get_string (parameter, NULL);

  if (is_page_name (name))
    steward_window_go_to_page (STEWARD_WINDOW (widget), name);
  else
    g_debug ("No page called “%s”", name);
}

static void
steward_window_forward_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  StewardWindow *self = STEWARD_WINDOW (widget);
  GtkWidget *page = gtk_stack_get_visible_child (self->pages_stack);

  /* "win.search" → "page.search", "win.new" → "page.new". */
  g_autofree char *page_action = g_strconcat ("page.", action_name + strlen ("win."), NULL);

  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->pages_stack));
  gtk_widget_activate_action (page, page_action, NULL);
}

/* win.open ("request", 12): the page that lists that kind of item, and the page's action that
 * shows one of them. */
static const struct {
  const char *kind;
  const char *page;
  const char *action;
} open_kinds[] = {
  { "client", "clients", "clients.open" },
  { "request", "requests", "requests.open" },
  { "package", "packages", "packages.open" },
  { "training", "training", "page.show-session" },
  { "complaint", "complaints", "page.show-complaint" },
};

static void
steward_window_open_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  StewardWindow *self = STEWARD_WINDOW (widget);
  const char *kind;
  gint64 id;

  g_variant_get (parameter, "(&sx)", &kind, &id);
  for (guint i = 0; i < G_N_ELEMENTS (open_kinds); i++)
    {
      if (g_str_equal (kind, open_kinds[i].kind))
        {
          steward_window_go_to_page (self, open_kinds[i].page);
          gtk_widget_activate_action (steward_window_get_page (self, open_kinds[i].page),
                                      open_kinds[i].action, "x", id);
          return;
        }
    }
  g_debug ("Nothing opens a “%s”", kind);
}

static void
steward_window_close_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
steward_window_update_main_view (StewardWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  const char *view = "main";

  if (STEWARD_IS_APPLICATION (app)
      && steward_application_get_first_run (STEWARD_APPLICATION (app)))
    view = "welcome";
  else if (STEWARD_IS_APPLICATION (app)
           && steward_application_get_updating (STEWARD_APPLICATION (app)))
    view = "updating";

  /* The spinner turns only while it is shown. */
  gtk_spinner_set_spinning (self->updating_spinner, g_str_equal (view, "updating"));
  gtk_stack_set_visible_child_name (self->main_stack, view);
  steward_window_update_page_actions (self);
}

static void
steward_window_restore_state (StewardWindow *self)
{
  g_autofree char *last_page = g_settings_get_string (self->settings, "last-page");

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  steward_window_set_page_name (self, is_page_name (last_page) ? last_page : page_names[0]);
}

static gboolean
steward_window_close_request (GtkWindow *window)
{
  StewardWindow *self = STEWARD_WINDOW (window);
  int width, height;

  if (self->settings == NULL)
    return GTK_WINDOW_CLASS (steward_window_parent_class)->close_request (window);

  /* The default size follows the user's resizing but not maximizing, so a maximized window
   * comes back maximized over its last normal size. */
  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (steward_window_parent_class)->close_request (window);
}

/* "application" is not a construct property, so the window meets its application (and the
 * settings) only after construction, when GtkWindow sets it. */
static void
steward_window_notify_application (StewardWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->settings != NULL || !STEWARD_IS_APPLICATION (app))
    return;

  self->settings = g_object_ref (steward_application_get_settings (STEWARD_APPLICATION (app)));
  g_signal_connect_object (app, "notify::first-run",
                           G_CALLBACK (steward_window_update_main_view), self,
                           G_CONNECT_SWAPPED);
  /* The page the user last had was chosen below; it is shown when the update is done. */
  g_signal_connect_object (app, "notify::updating",
                           G_CALLBACK (steward_window_update_main_view), self,
                           G_CONNECT_SWAPPED);

  steward_window_restore_state (self);
  steward_window_update_main_view (self);
  /* Deadline notifications do not wait for the requests page to be shown. */
  steward_deadline_watch_install (STEWARD_APPLICATION (app));
}

static void
steward_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_WINDOW);

  G_OBJECT_CLASS (steward_window_parent_class)->dispose (object);
}

static void
steward_window_finalize (GObject *object)
{
  StewardWindow *self = STEWARD_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->page_name, g_free);

  G_OBJECT_CLASS (steward_window_parent_class)->finalize (object);
}

static void
steward_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  StewardWindow *self = STEWARD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PAGE_NAME:
      g_value_set_string (value, self->page_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  StewardWindow *self = STEWARD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PAGE_NAME:
      steward_window_set_page_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_window_class_init (StewardWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = steward_window_dispose;
  object_class->finalize = steward_window_finalize;
  object_class->get_property = steward_window_get_property;
  object_class->set_property = steward_window_set_property;
  window_class->close_request = steward_window_close_request;

  properties[PROP_PAGE_NAME] =
    g_param_spec_string ("page-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/steward-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, pages_stack);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, updating_spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s",
                                   steward_window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL,
                                   steward_window_forward_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL,
                                   steward_window_forward_action);
  gtk_widget_class_install_action (widget_class, "win.open", "(sx)",
                                   steward_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL,
                                   steward_window_close_action);

  for (guint i = 0; page_names[i] != NULL; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", page_names[i]);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "win.close", NULL);
}

static void
steward_window_init (StewardWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self, "notify::application",
                    G_CALLBACK (steward_window_notify_application), NULL);
}
