/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cell-text"

#include "config.h"

#include "steward-cell-text.h"

struct _StewardCellText
{
  GtkWidget    parent_instance;

  char        *text;
  float        xalign;
  PangoLayout *layout;   /* made when first drawn, dropped when the text or style changes */
};

G_DEFINE_FINAL_TYPE (StewardCellText, steward_cell_text, GTK_TYPE_WIDGET)

static void
steward_cell_text_finalize (GObject *object)
{
  StewardCellText *self = STEWARD_CELL_TEXT (object);

  g_free (self->text);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (steward_cell_text_parent_class)->finalize (object);
}

static void
steward_cell_text_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The column decides the width; the text is ellipsized to it. */
      *minimum = *natural = 0;
      return;
    }

  /* A line of Latin and Chinese text in the widget's font, whatever the text is now, so that
   * a new text never needs a new size. */
  {
    g_autoptr(PangoLayout) sample = gtk_widget_create_pango_layout (widget, "Ag科");
    int height;

    pango_layout_get_pixel_size (sample, NULL, &height);
    *minimum = *natural = height;
  }
}

static PangoLayout *
ensure_layout (StewardCellText *self,
               int              width)
{
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
    }
  pango_layout_set_width (self->layout, width * PANGO_SCALE);
  return self->layout;
}

static void
steward_cell_text_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  StewardCellText *self = STEWARD_CELL_TEXT (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PangoLayout *layout;
  PangoRectangle logical;
  GdkRGBA color;
  float x, xalign = self->xalign;

  if (self->text == NULL || *self->text == '\0' || width <= 0)
    return;

  layout = ensure_layout (self, width);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    xalign = 1.0f - xalign;
  x = MAX (0, (width - logical.width) * xalign) - logical.x;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, (height - logical.height) / 2.0f));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
steward_cell_text_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  g_clear_object (&STEWARD_CELL_TEXT (widget)->layout);
  GTK_WIDGET_CLASS (steward_cell_text_parent_class)->css_changed (widget, change);
}

static void
steward_cell_text_direction_changed (GtkWidget        *widget,
                                     GtkTextDirection  previous)
{
  g_clear_object (&STEWARD_CELL_TEXT (widget)->layout);
  GTK_WIDGET_CLASS (steward_cell_text_parent_class)->direction_changed (widget, previous);
}

static void
steward_cell_text_class_init (StewardCellTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = steward_cell_text_finalize;
  widget_class->measure = steward_cell_text_measure;
  widget_class->snapshot = steward_cell_text_snapshot;
  widget_class->css_changed = steward_cell_text_css_changed;
  widget_class->direction_changed = steward_cell_text_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
steward_cell_text_init (StewardCellText *self)
{
}

GtkWidget *
steward_cell_text_new (void)
{
  return g_object_new (STEWARD_TYPE_CELL_TEXT, NULL);
}

const char *
steward_cell_text_get_text (StewardCellText *self)
{
  g_return_val_if_fail (STEWARD_IS_CELL_TEXT (self), NULL);

  return self->text != NULL ? self->text : "";
}

void
steward_cell_text_set_text (StewardCellText *self,
                            const char      *text)
{
  g_return_if_fail (STEWARD_IS_CELL_TEXT (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, self->text != NULL ? self->text : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->text != NULL ? self->text : "", -1);
  /* Same size whatever the text: a redraw, never a resize. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
steward_cell_text_set_xalign (StewardCellText *self,
                              float            xalign)
{
  g_return_if_fail (STEWARD_IS_CELL_TEXT (self));

  self->xalign = CLAMP (xalign, 0.0f, 1.0f);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
