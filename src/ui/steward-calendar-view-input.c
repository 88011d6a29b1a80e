/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-calendar-view"

#include "config.h"

#include "steward-calendar-chip.h"
#include "steward-calendar-view-private.h"

/* How far the pointer must travel before a press on a session becomes a move. */
#define DRAG_THRESHOLD 6.0

void
steward_calendar_view_emit_slot (StewardCalendarView *self,
                                 gint64               start,
                                 gint64               duration)
{
  g_signal_emit (self, steward_calendar_view_signals[SIGNAL_SLOT_ACTIVATED], 0, start, duration);
}

/* The cell (month) under a point, or FALSE. */
static gboolean
month_cell_at (StewardCalendarView *self,
               double               x,
               double               y,
               guint               *out_cell)
{
  int column, row;

  if (self->cell_width <= 0 || self->cell_height <= 0 || y < MONTH_HEADER)
    return FALSE;
  column = (int) (x / self->cell_width);
  row = (int) ((y - MONTH_HEADER) / self->cell_height);
  if (column < 0 || column > 6 || row < 0 || row >= (int) self->rows)
    return FALSE;

  *out_cell = row * 7 + column;
  return TRUE;
}

static void
on_grid_drag_begin (GtkGestureDrag      *gesture,
                    double               x,
                    double               y,
                    StewardCalendarView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkWidget *picked = gtk_widget_pick (widget, x, y, GTK_PICK_DEFAULT);
  guint day;
  int minute;

  /* Sessions and "more" buttons handle their own presses. */
  if (picked != widget)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  gtk_widget_grab_focus (widget);
  if (self->mode == STEWARD_CALENDAR_MODE_WEEK
      && steward_week_geometry_slot_at (&self->geometry, x, y, &day, &minute))
    {
      self->creating = TRUE;
      self->drag_day = day;
      self->anchor_minute = self->current_minute = minute;
      gtk_widget_queue_draw (widget);
    }
}

static void
on_grid_drag_update (GtkGestureDrag      *gesture,
                     double               dx,
                     double               dy,
                     StewardCalendarView *self)
{
  double x, y;
  guint day;
  int minute;

  if (!self->creating)
    return;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  /* A span stays in the day it started in; the pointer's height picks its end. */
  x = self->geometry.gutter + (self->drag_day + 0.5) * self->geometry.day_width;
  if (steward_week_geometry_slot_at (&self->geometry, x, y + dy, &day, &minute)
      && minute != self->current_minute)
    {
      self->current_minute = minute;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_grid_drag_end (GtkGestureDrag      *gesture,
                  double               dx,
                  double               dy,
                  StewardCalendarView *self)
{
  double x, y;
  guint cell;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);

  if (self->creating)
    {
      int from = MIN (self->anchor_minute, self->current_minute);
      int to = MAX (self->anchor_minute, self->current_minute) + STEWARD_CALENDAR_SNAP_MINUTES;
      gint64 start = steward_calendar_week_instant (self->range_from, self->drag_day, from, NULL);
      gint64 duration = (to - from) * 60;

      self->creating = FALSE;
      /* A click (no span dragged) proposes the usual length. */
      if (self->anchor_minute == self->current_minute)
        duration = STEWARD_CALENDAR_DEFAULT_DURATION;
      steward_calendar_view_set_cursor (self, start);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      steward_calendar_view_emit_slot (self, start, duration);
    }
  else if (self->mode == STEWARD_CALENDAR_MODE_MONTH && month_cell_at (self, x, y, &cell))
    {
      gint64 start = steward_calendar_add_days (self->range_from, cell, NULL) + 9 * 3600;

      steward_calendar_view_set_cursor (self, start);
      steward_calendar_view_emit_slot (self, start, STEWARD_CALENDAR_DEFAULT_DURATION);
    }
}

static void
on_chip_drag_update (GtkGestureDrag      *gesture,
                     double               dx,
                     double               dy,
                     StewardCalendarView *self)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  if (self->moving != chip && hypot (dx, dy) < DRAG_THRESHOLD)
    return;

  /* Past the threshold the press is a move, not a click: the chip's click gesture is
   * cancelled. */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->moving = chip;
  self->move_dx = dx;
  self->move_dy = dy;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
on_chip_drag_end (GtkGestureDrag      *gesture,
                  double               dx,
                  double               dy,
                  StewardCalendarView *self)
{
  GtkWidget *chip = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  const StewardCalendarItem *item;
  int days, minutes;
  gint64 start;

  if (self->moving != chip)
    return;

  self->moving = NULL;
  gtk_widget_queue_allocate (GTK_WIDGET (self));

  item = steward_calendar_view_chip_item (self, chip);
  days = (int) round (dx / self->geometry.day_width);
  minutes = (int) round (dy / self->geometry.hour_height * 60.0 / STEWARD_CALENDAR_SNAP_MINUTES)
            * STEWARD_CALENDAR_SNAP_MINUTES;
  if (item == NULL || (days == 0 && minutes == 0))
    return;

  {
    g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (item->start);
    g_autoptr(GDateTime) moved = g_date_time_add_days (dt, days);

    start = g_date_time_to_unix (moved) + minutes * 60;
  }
  g_signal_emit (self, steward_calendar_view_signals[SIGNAL_SESSION_MOVED], 0, item->id, start);
}

void
steward_calendar_view_watch_chip (StewardCalendarView *self,
                                  GtkWidget           *chip)
{
  GtkGesture *drag = gtk_gesture_drag_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_chip_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_chip_drag_end), self);
  gtk_widget_add_controller (chip, GTK_EVENT_CONTROLLER (drag));
}

static gboolean
move_cursor (StewardCalendarView *self,
             guint                keyval)
{
  gboolean week = self->mode == STEWARD_CALENDAR_MODE_WEEK;
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (self->date);
  g_autoptr(GDateTime) moved = NULL;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      moved = g_date_time_add_days (dt, -1);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      moved = g_date_time_add_days (dt, 1);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      moved = week ? g_date_time_add_minutes (dt, -STEWARD_CALENDAR_SNAP_MINUTES)
                   : g_date_time_add_days (dt, -7);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      moved = week ? g_date_time_add_minutes (dt, STEWARD_CALENDAR_SNAP_MINUTES)
                   : g_date_time_add_days (dt, 7);
      break;
    default:
      return FALSE;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self));
  steward_calendar_view_set_cursor (self, g_date_time_to_unix (moved));
  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                StewardCalendarView   *self)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      steward_calendar_view_navigate (self, -1);
      return TRUE;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      steward_calendar_view_navigate (self, 1);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      steward_calendar_view_navigate (self, 0);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      /* On a session, Enter opens it (the chip's own binding); here it asks for a new one. */
      if (!gtk_widget_is_focus (GTK_WIDGET (self)))
        return FALSE;
      if (self->mode == STEWARD_CALENDAR_MODE_WEEK)
        steward_calendar_view_emit_slot (self, self->date, STEWARD_CALENDAR_DEFAULT_DURATION);
      else
        steward_calendar_view_emit_slot (self,
                                         steward_calendar_add_days (self->date, 0, NULL) + 9 * 3600,
                                         STEWARD_CALENDAR_DEFAULT_DURATION);
      return TRUE;
    default:
      return move_cursor (self, keyval);
    }
}

static void
on_focus_changed (StewardCalendarView *self,
                  GParamSpec          *pspec,
                  gpointer             user_data)
{
  /* The cursor is drawn only while the grid itself has the keyboard. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Tab order: the grid itself (where the arrow keys move the cursor), then each session and
 * "more" button in reading order, then out of the view. */
gboolean
steward_calendar_view_focus (GtkWidget        *widget,
                             GtkDirectionType  direction)
{
  StewardCalendarView *self = STEWARD_CALENDAR_VIEW (widget);
  GPtrArray *list = self->focusables;
  GtkWidget *current = gtk_widget_get_focus_child (widget);
  guint index;

  if (current == NULL || !g_ptr_array_find (list, current, &index))
    {
      if (gtk_widget_is_focus (widget))
        {
          if (direction == GTK_DIR_TAB_FORWARD && list->len > 0)
            return gtk_widget_child_focus (g_ptr_array_index (list, 0), direction);
          return FALSE;
        }
      if (direction == GTK_DIR_TAB_BACKWARD && list->len > 0)
        return gtk_widget_child_focus (g_ptr_array_index (list, list->len - 1), direction);
      return gtk_widget_grab_focus (widget);
    }

  if (direction == GTK_DIR_TAB_FORWARD)
    return index + 1 < list->len
           && gtk_widget_child_focus (g_ptr_array_index (list, index + 1), direction);
  if (direction == GTK_DIR_TAB_BACKWARD)
    {
      if (index == 0)
        return gtk_widget_grab_focus (widget);
      return gtk_widget_child_focus (g_ptr_array_index (list, index - 1), direction);
    }
  return FALSE;
}

void
steward_calendar_view_init_input (StewardCalendarView *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_grid_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_grid_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_grid_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  g_signal_connect (self, "notify::has-focus", G_CALLBACK (on_focus_changed), NULL);
}
