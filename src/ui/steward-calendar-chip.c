/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-calendar-chip"

#include "config.h"

#include "steward-calendar-chip.h"

struct _StewardCalendarChip
{
  GtkWidget  parent_instance;

  /* owned child */
  GtkWidget *label;

  gint64     session_id;
};

G_DEFINE_FINAL_TYPE (StewardCalendarChip, steward_calendar_chip, GTK_TYPE_WIDGET)

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
steward_calendar_chip_new (gint64 session_id)
{
  StewardCalendarChip *self = g_object_new (STEWARD_TYPE_CALENDAR_CHIP, NULL);

  self->session_id = session_id;
  return GTK_WIDGET (self);
}

gint64
steward_calendar_chip_get_session_id (StewardCalendarChip *self)
{
  g_return_val_if_fail (STEWARD_IS_CALENDAR_CHIP (self), 0);

  return self->session_id;
}

void
steward_calendar_chip_set_markup (StewardCalendarChip *self,
                                  const char          *markup)
{
  g_return_if_fail (STEWARD_IS_CALENDAR_CHIP (self));

  gtk_label_set_markup (GTK_LABEL (self->label), markup);
}

static void
steward_calendar_chip_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  StewardCalendarChip *self = STEWARD_CALENDAR_CHIP (widget);

  gtk_widget_measure (self->label, orientation, for_size, minimum, natural, NULL, NULL);
  /* The view decides the size from the session's length; the text is clipped to it. */
  *minimum = 0;
}

static void
steward_calendar_chip_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  StewardCalendarChip *self = STEWARD_CALENDAR_CHIP (widget);
  int min_height, nat_height;

  gtk_widget_measure (self->label, GTK_ORIENTATION_VERTICAL, width,
                      &min_height, &nat_height, NULL, NULL);
  gtk_widget_allocate (self->label, width, MAX (height, nat_height), -1, NULL);
}

static void
on_released (GtkGestureClick     *gesture,
             int                  n_press,
             double               x,
             double               y,
             StewardCalendarChip *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
steward_calendar_chip_dispose (GObject *object)
{
  StewardCalendarChip *self = STEWARD_CALENDAR_CHIP (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (steward_calendar_chip_parent_class)->dispose (object);
}

static void
steward_calendar_chip_class_init (StewardCalendarChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const guint keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter, GDK_KEY_space,
                         GDK_KEY_KP_Space };

  object_class->dispose = steward_calendar_chip_dispose;
  widget_class->measure = steward_calendar_chip_measure;
  widget_class->size_allocate = steward_calendar_chip_size_allocate;

  signals[ACTIVATE] = g_signal_new ("activate", G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_signal (widget_class, keys[i], 0, "activate", NULL);

  gtk_widget_class_set_css_name (widget_class, "calendarsession");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
steward_calendar_chip_init (StewardCalendarChip *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->label = g_object_new (GTK_TYPE_LABEL,
                              "xalign", 0.0f,
                              "yalign", 0.0f,
                              "ellipsize", PANGO_ELLIPSIZE_END,
                              "wrap", FALSE,
                              NULL);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}
