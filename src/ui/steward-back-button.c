/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-back-button"

#include "config.h"

#include "steward-back-button.h"

#include <glib/gi18n-lib.h>

struct _StewardBackButton
{
  GtkButton   parent_instance;

  /* borrowed: the window's leaflet while rooted, the page's own leaflet while set */
  AdwLeaflet *outer;
  AdwLeaflet *inner;
  GBinding   *title_buttons_binding;
};

enum {
  PROP_0,
  PROP_INNER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (StewardBackButton, steward_back_button, GTK_TYPE_BUTTON)

GtkWidget *
steward_back_button_new (void)
{
  return g_object_new (STEWARD_TYPE_BACK_BUTTON, NULL);
}

/* The page's own leaflet, folded, shows something after its first child: back goes there. */
static gboolean
inner_can_go_back (StewardBackButton *self)
{
  return self->inner != NULL
         && adw_leaflet_get_folded (self->inner)
         && adw_leaflet_get_adjacent_child (self->inner, ADW_NAVIGATION_DIRECTION_BACK) != NULL;
}

static void
steward_back_button_update (StewardBackButton *self)
{
  gboolean outer_folded = self->outer != NULL && adw_leaflet_get_folded (self->outer);

  gtk_widget_set_visible (GTK_WIDGET (self), outer_folded || inner_can_go_back (self));
}

static void
steward_back_button_clicked (GtkButton *button)
{
  StewardBackButton *self = STEWARD_BACK_BUTTON (button);

  if (inner_can_go_back (self))
    adw_leaflet_navigate (self->inner, ADW_NAVIGATION_DIRECTION_BACK);
  else if (self->outer != NULL)
    adw_leaflet_navigate (self->outer, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
watch_leaflet (StewardBackButton *self,
               AdwLeaflet        *leaflet)
{
  g_signal_connect_object (leaflet, "notify::folded",
                           G_CALLBACK (steward_back_button_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (leaflet, "notify::visible-child",
                           G_CALLBACK (steward_back_button_update), self, G_CONNECT_SWAPPED);
}

static void
unwatch_leaflet (StewardBackButton *self,
                 AdwLeaflet        *leaflet)
{
  if (leaflet != NULL)
    g_signal_handlers_disconnect_by_func (leaflet, steward_back_button_update, self);
}

/* A page that folds itself (a list beside its content) gives its leaflet: back returns to the
 * list first, then to the window's sidebar. */
void
steward_back_button_set_inner (StewardBackButton *self,
                               AdwLeaflet        *inner)
{
  g_return_if_fail (STEWARD_IS_BACK_BUTTON (self));
  g_return_if_fail (inner == NULL || ADW_IS_LEAFLET (inner));

  if (self->inner == inner)
    return;

  unwatch_leaflet (self, self->inner);
  self->inner = inner;
  if (inner != NULL)
    watch_leaflet (self, inner);
  steward_back_button_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INNER]);
}

static void
steward_back_button_root (GtkWidget *widget)
{
  StewardBackButton *self = STEWARD_BACK_BUTTON (widget);
  GtkWidget *leaflet;
  GtkWidget *header_bar;

  GTK_WIDGET_CLASS (steward_back_button_parent_class)->root (widget);

  leaflet = gtk_widget_get_ancestor (widget, ADW_TYPE_LEAFLET);
  if (leaflet == NULL)
    return;

  self->outer = ADW_LEAFLET (leaflet);
  watch_leaflet (self, self->outer);
  steward_back_button_update (self);
  header_bar = gtk_widget_get_ancestor (widget, ADW_TYPE_HEADER_BAR);
  if (header_bar != NULL)
    self->title_buttons_binding = g_object_bind_property (leaflet, "folded",
                                                          header_bar, "show-start-title-buttons",
                                                          G_BINDING_SYNC_CREATE);
}

static void
steward_back_button_unroot (GtkWidget *widget)
{
  StewardBackButton *self = STEWARD_BACK_BUTTON (widget);

  unwatch_leaflet (self, self->outer);
  self->outer = NULL;
  g_clear_pointer (&self->title_buttons_binding, g_binding_unbind);

  GTK_WIDGET_CLASS (steward_back_button_parent_class)->unroot (widget);
}

static void
steward_back_button_dispose (GObject *object)
{
  StewardBackButton *self = STEWARD_BACK_BUTTON (object);

  unwatch_leaflet (self, self->inner);
  self->inner = NULL;

  G_OBJECT_CLASS (steward_back_button_parent_class)->dispose (object);
}

static void
steward_back_button_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  StewardBackButton *self = STEWARD_BACK_BUTTON (object);

  switch (prop_id)
    {
    case PROP_INNER:
      g_value_set_object (value, self->inner);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_back_button_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  StewardBackButton *self = STEWARD_BACK_BUTTON (object);

  switch (prop_id)
    {
    case PROP_INNER:
      steward_back_button_set_inner (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_back_button_class_init (StewardBackButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkButtonClass *button_class = GTK_BUTTON_CLASS (klass);

  object_class->dispose = steward_back_button_dispose;
  object_class->get_property = steward_back_button_get_property;
  object_class->set_property = steward_back_button_set_property;
  widget_class->root = steward_back_button_root;
  widget_class->unroot = steward_back_button_unroot;
  button_class->clicked = steward_back_button_clicked;

  /* The page's own leaflet, if it folds a list beside its content. */
  properties[PROP_INNER] =
    g_param_spec_object ("inner", NULL, NULL,
                         ADW_TYPE_LEAFLET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_back_button_init (StewardBackButton *self)
{
  gtk_button_set_icon_name (GTK_BUTTON (self), "go-previous-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Back"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back"),
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
