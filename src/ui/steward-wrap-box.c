/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-ui"

#include "config.h"

#include "steward-wrap-box.h"

#include <adwaita.h>

struct _StewardWrapBox
{
  GtkWidget parent_instance;

  int       spacing;
  gboolean  stacked;
};

G_DEFINE_FINAL_TYPE (StewardWrapBox, steward_wrap_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
measure_child (GtkWidget      *child,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural)
{
  gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

/* The width of every child side by side at its natural width. */
static int
row_width (StewardWrapBox *self)
{
  int width = 0, n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min, nat;

      if (!gtk_widget_should_layout (child))
        continue;
      measure_child (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat);
      width += nat;
      n++;
    }
  return width + MAX (0, n - 1) * self->spacing;
}

/* A stacked child's width: its natural width, or all there is when that is less. */
static int
stacked_child_width (GtkWidget *child,
                     int        width)
{
  int min, nat;

  measure_child (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat);
  return MAX (min, MIN (nat, width));
}

static void
measure_height (StewardWrapBox *self,
                int             for_width,
                int            *minimum,
                int            *natural)
{
  gboolean stacked = for_width >= 0 && for_width < row_width (self);
  int n = 0;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min, nat, width;

      if (!gtk_widget_should_layout (child))
        continue;
      if (stacked)
        width = stacked_child_width (child, for_width);
      else
        measure_child (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &width);
      measure_child (child, GTK_ORIENTATION_VERTICAL, width, &min, &nat);
      if (stacked)
        {
          *minimum += min;
          *natural += nat;
        }
      else
        {
          *minimum = MAX (*minimum, min);
          *natural = MAX (*natural, nat);
        }
      n++;
    }
  if (stacked)
    {
      *minimum += MAX (0, n - 1) * self->spacing;
      *natural += MAX (0, n - 1) * self->spacing;
    }
}

static void
steward_wrap_box_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  StewardWrapBox *self = STEWARD_WRAP_BOX (widget);

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      measure_height (self, for_size, minimum, natural);
      return;
    }
  /* At least the widest child (stacked); at best all of them in a row. */
  *minimum = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min, nat;

      if (!gtk_widget_should_layout (child))
        continue;
      measure_child (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat);
      *minimum = MAX (*minimum, min);
    }
  *natural = MAX (*minimum, row_width (self));
}

static void
steward_wrap_box_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  StewardWrapBox *self = STEWARD_WRAP_BOX (widget);
  int min, nat, offset = 0;

  self->stacked = width < row_width (self);
  if (self->stacked)
    {
      /* Centred as a block, as the row's other controls are. */
      measure_height (self, width, &min, &nat);
      offset = MAX (0, (height - nat) / 2);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width, child_height;

      if (!gtk_widget_should_layout (child))
        continue;
      if (!self->stacked)
        {
          measure_child (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &child_width);
          gtk_widget_size_allocate (child, &(GtkAllocation) { offset, 0, child_width, height }, -1);
          offset += child_width + self->spacing;
          continue;
        }
      child_width = stacked_child_width (child, width);
      measure_child (child, GTK_ORIENTATION_VERTICAL, child_width, &min, &child_height);
      gtk_widget_size_allocate (child, &(GtkAllocation) { 0, offset, child_width, child_height }, -1);
      offset += child_height + self->spacing;
    }
}

/* An action row's title and subtitle wrap at words or, when a word does not fit, inside it;
 * the row's box then may give them as little as one character's width ("Platfo-rms", "操作系"
 * over "统"). Unwrapped, the title asks for its whole width; the subtitle, wrapped at words
 * only, for its longest word; and the controls beside them stack instead. */
static void
keep_row_words_whole (StewardWrapBox *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_ACTION_ROW);
  GtkWidget *header = row != NULL ? gtk_widget_get_first_child (row) : NULL;

  for (GtkWidget *part = header != NULL ? gtk_widget_get_first_child (header) : NULL;
       part != NULL;
       part = gtk_widget_get_next_sibling (part))
    {
      if (!gtk_widget_has_css_class (part, "title"))
        continue;
      for (GtkWidget *label = gtk_widget_get_first_child (part);
           label != NULL;
           label = gtk_widget_get_next_sibling (label))
        {
          if (!GTK_IS_LABEL (label))
            continue;
          if (gtk_widget_has_css_class (label, "title"))
            gtk_label_set_wrap (GTK_LABEL (label), FALSE);
          else
            gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
        }
    }
}

static void
steward_wrap_box_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (steward_wrap_box_parent_class)->root (widget);
  keep_row_words_whole (STEWARD_WRAP_BOX (widget));
}

static GtkSizeRequestMode
steward_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
steward_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (steward_wrap_box_parent_class)->dispose (object);
}

static void
steward_wrap_box_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  StewardWrapBox *self = STEWARD_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_wrap_box_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  StewardWrapBox *self = STEWARD_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      steward_wrap_box_set_spacing (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_wrap_box_class_init (StewardWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_wrap_box_dispose;
  object_class->get_property = steward_wrap_box_get_property;
  object_class->set_property = steward_wrap_box_set_property;
  widget_class->measure = steward_wrap_box_measure;
  widget_class->size_allocate = steward_wrap_box_size_allocate;
  widget_class->get_request_mode = steward_wrap_box_get_request_mode;
  widget_class->root = steward_wrap_box_root;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "wrapbox");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
steward_wrap_box_init (StewardWrapBox *self)
{
}

GtkWidget *
steward_wrap_box_new (int spacing)
{
  return g_object_new (STEWARD_TYPE_WRAP_BOX, "spacing", spacing, NULL);
}

void
steward_wrap_box_append (StewardWrapBox *self,
                         GtkWidget      *child)
{
  g_return_if_fail (STEWARD_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);

  gtk_widget_set_parent (child, GTK_WIDGET (self));
}

int
steward_wrap_box_get_spacing (StewardWrapBox *self)
{
  g_return_val_if_fail (STEWARD_IS_WRAP_BOX (self), 0);
  return self->spacing;
}

void
steward_wrap_box_set_spacing (StewardWrapBox *self,
                              int             spacing)
{
  g_return_if_fail (STEWARD_IS_WRAP_BOX (self));
  g_return_if_fail (spacing >= 0);

  if (self->spacing == spacing)
    return;
  self->spacing = spacing;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}

gboolean
steward_wrap_box_is_stacked (StewardWrapBox *self)
{
  g_return_val_if_fail (STEWARD_IS_WRAP_BOX (self), FALSE);
  return self->stacked;
}
