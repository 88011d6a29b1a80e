/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-back-button"

#include "config.h"

#include "steward-back-button.h"

#include <glib/gi18n-lib.h>

struct _StewardBackButton
{
  GtkButton  parent_instance;

  /* borrowed: live as long as the leaflet that owns them, dropped on unroot */
  GBinding  *visible_binding;
  GBinding  *title_buttons_binding;
};

G_DEFINE_FINAL_TYPE (StewardBackButton, steward_back_button, GTK_TYPE_BUTTON)

GtkWidget *
steward_back_button_new (void)
{
  return g_object_new (STEWARD_TYPE_BACK_BUTTON, NULL);
}

static void
steward_back_button_clicked (GtkButton *button)
{
  GtkWidget *leaflet = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_LEAFLET);

  if (leaflet != NULL)
    adw_leaflet_navigate (ADW_LEAFLET (leaflet), ADW_NAVIGATION_DIRECTION_BACK);
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

  self->visible_binding = g_object_bind_property (leaflet, "folded", self, "visible",
                                                  G_BINDING_SYNC_CREATE);
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

  g_clear_pointer (&self->visible_binding, g_binding_unbind);
  g_clear_pointer (&self->title_buttons_binding, g_binding_unbind);

  GTK_WIDGET_CLASS (steward_back_button_parent_class)->unroot (widget);
}

static void
steward_back_button_class_init (StewardBackButtonClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkButtonClass *button_class = GTK_BUTTON_CLASS (klass);

  widget_class->root = steward_back_button_root;
  widget_class->unroot = steward_back_button_unroot;
  button_class->clicked = steward_back_button_clicked;
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
