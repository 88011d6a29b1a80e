/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-calendar-view"

#include "config.h"

#include "steward-calendar-view.h"

#include <glib/gi18n-lib.h>

#include "steward-calendar-chip.h"
#include "steward-calendar-view-private.h"
#include "steward-time.h"

G_DEFINE_FINAL_TYPE (StewardCalendarView, steward_calendar_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODE,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
guint steward_calendar_view_signals[N_CALENDAR_VIEW_SIGNALS];

GtkWidget *
steward_calendar_view_new (void)
{
  return g_object_new (STEWARD_TYPE_CALENDAR_VIEW, NULL);
}

gint64
steward_calendar_view_get_now (StewardCalendarView *self)
{
  g_return_val_if_fail (STEWARD_IS_CALENDAR_VIEW (self), 0);

  return self->now != 0 ? self->now : steward_time_now ();
}

gint64
steward_calendar_view_today_start (StewardCalendarView *self)
{
  return steward_calendar_add_days (steward_calendar_view_get_now (self), 0, NULL);
}

static void
clear_children (GPtrArray **children)
{
  if (*children == NULL)
    return;
  for (guint i = 0; i < (*children)->len; i++)
    gtk_widget_unparent (g_ptr_array_index (*children, i));
  g_clear_pointer (children, g_ptr_array_unref);
}

static GtkWidget *
add_label (StewardCalendarView *self,
           GPtrArray           *list,
           const char          *markup,
           const char          *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  /* Labels are decoration: clicks and drags go through them to the grid. */
  gtk_widget_set_can_target (label, FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_parent (label, GTK_WIDGET (self));
  g_ptr_array_add (list, label);
  return label;
}

static void
on_chip_activate (GtkWidget           *chip,
                  StewardCalendarView *self)
{
  g_signal_emit (self, steward_calendar_view_signals[SIGNAL_SESSION_ACTIVATED], 0,
                 steward_calendar_chip_get_session_id (STEWARD_CALENDAR_CHIP (chip)));
}

static void
add_chip (StewardCalendarView       *self,
          const StewardCalendarItem *item,
          ChipPlace                  place,
          gboolean                   compact)
{
  GtkWidget *chip = steward_calendar_chip_new (item->id);
  g_autofree char *time = steward_calendar_item_format_time (item, NULL);
  g_autofree char *said = steward_calendar_item_describe (item, NULL);
  g_autofree char *markup = NULL;
  g_autofree char *start = NULL;
  g_autoptr(GDateTime) dt = steward_time_to_date_time (item->start, NULL);
  const char *client = item->client != NULL ? item->client : "";

  if (compact)
    {
      start = g_date_time_format (dt, "%H:%M");
      markup = g_markup_printf_escaped ("<b>%s</b> %s", start, item->title);
    }
  else
    markup = g_markup_printf_escaped ("<b>%s</b>\n%s\n<small>%s · %s</small>",
                                      item->title, time, client, item->trainer);

  steward_calendar_chip_set_markup (STEWARD_CALENDAR_CHIP (chip), markup);
  gtk_widget_set_tooltip_text (chip, said);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL, said, -1);
  gtk_widget_add_css_class (chip, item->format == STEWARD_TRAINING_FORMAT_ONLINE ? "online"
                                                                                  : "offline");
  if (item->status == STEWARD_TRAINING_STATUS_DONE)
    gtk_widget_add_css_class (chip, "done");
  else if (item->status == STEWARD_TRAINING_STATUS_CANCELLED)
    gtk_widget_add_css_class (chip, "cancelled");
  if (compact)
    gtk_widget_add_css_class (chip, "compact");

  g_signal_connect (chip, "activate", G_CALLBACK (on_chip_activate), self);
  if (!compact)
    steward_calendar_view_watch_chip (self, chip);
  gtk_widget_set_parent (chip, GTK_WIDGET (self));
  g_ptr_array_add (self->chips, chip);
  g_array_append_val (self->chip_places, place);
  g_ptr_array_add (self->focusables, chip);
}

const StewardCalendarItem *
steward_calendar_view_chip_item (StewardCalendarView *self,
                                 GtkWidget           *chip)
{
  for (guint i = 0; i < self->chips->len; i++)
    if (g_ptr_array_index (self->chips, i) == chip)
      {
        const ChipPlace *place = &g_array_index (self->chip_places, ChipPlace, i);
        guint item;

        if (self->mode == STEWARD_CALENDAR_MODE_WEEK)
          item = g_array_index (self->blocks, StewardWeekBlock, place->index).item;
        else
          item = g_array_index ((GArray *) g_ptr_array_index (self->month_days, place->index),
                                guint, place->slot);
        return g_ptr_array_index (self->items, item);
      }
  return NULL;
}

static void
build_week (StewardCalendarView *self)
{
  gint64 today = steward_calendar_view_today_start (self);

  for (guint d = 0; d < 7; d++)
    {
      gint64 day = steward_calendar_add_days (self->range_from, d, NULL);
      g_autoptr(GDateTime) dt = steward_time_to_date_time (day, NULL);
      g_autofree char *name = g_date_time_format (dt, "%a");
      g_autofree char *markup = g_markup_printf_escaped ("<small>%s</small>\n<big>%d</big>", name,
                                                         g_date_time_get_day_of_month (dt));
      GtkWidget *label = add_label (self, self->headers, markup, "calendar-day-header");

      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      if (day == today)
        gtk_widget_add_css_class (label, "today");
    }

  for (guint h = 0; h < 24; h++)
    {
      g_autofree char *text = g_strdup_printf ("%02u:00", h);
      GtkWidget *label = add_label (self, self->hour_labels, text, "calendar-hour");

      gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "numeric");
    }

  self->blocks = steward_calendar_layout_week (self->items, self->range_from, NULL);
  steward_calendar_week_hours (self->blocks, &self->first_hour, &self->last_hour);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      const StewardWeekBlock *block = &g_array_index (self->blocks, StewardWeekBlock, i);

      add_chip (self, g_ptr_array_index (self->items, block->item),
                (ChipPlace) { .index = i }, FALSE);
    }
}

static void
on_more_clicked (GtkButton           *button,
                 StewardCalendarView *self)
{
  gint64 day = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "day"));

  /* The week of that day shows every session of it. */
  steward_calendar_view_set_mode (self, STEWARD_CALENDAR_MODE_WEEK);
  steward_calendar_view_set_date (self, day + 9 * 3600);
}

static void
build_month_cell (StewardCalendarView *self,
                  guint                cell,
                  gint64               day)
{
  GArray *indices = g_ptr_array_index (self->month_days, cell);
  guint shown = indices->len <= MONTH_SLOTS ? indices->len : MONTH_SLOTS - 1;
  GtkWidget *more = NULL;

  for (guint s = 0; s < shown; s++)
    add_chip (self, g_ptr_array_index (self->items, g_array_index (indices, guint, s)),
              (ChipPlace) { .index = cell, .slot = s }, TRUE);

  if (shown < indices->len)
    {
      guint hidden = indices->len - shown;
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more session",
                                                            "%u more sessions", hidden),
                                               hidden);

      more = gtk_button_new_with_label (text);
      gtk_widget_add_css_class (more, "flat");
      gtk_widget_add_css_class (more, "calendar-more");
      g_object_set_data (G_OBJECT (more), "day", GSIZE_TO_POINTER ((gsize) day));
      g_signal_connect (more, "clicked", G_CALLBACK (on_more_clicked), self);
      gtk_widget_set_parent (more, GTK_WIDGET (self));
      g_ptr_array_add (self->focusables, more);
    }
  g_ptr_array_add (self->more, more);
}

static void
build_month (StewardCalendarView *self)
{
  gint64 today = steward_calendar_view_today_start (self);
  g_autoptr(GDateTime) shown = steward_time_to_date_time (self->date, NULL);
  guint n_days = self->rows * 7;

  for (guint d = 0; d < 7; d++)
    {
      g_autoptr(GDateTime) dt =
        steward_time_to_date_time (steward_calendar_add_days (self->range_from, d, NULL), NULL);
      g_autofree char *name = g_date_time_format (dt, "%a");

      add_label (self, self->headers, name, "calendar-weekday");
    }

  self->month_days = steward_calendar_layout_month (self->items, self->range_from, n_days, NULL);
  for (guint cell = 0; cell < n_days; cell++)
    {
      gint64 day = steward_calendar_add_days (self->range_from, cell, NULL);
      g_autoptr(GDateTime) dt = steward_time_to_date_time (day, NULL);
      g_autofree char *number = g_strdup_printf ("%d", g_date_time_get_day_of_month (dt));
      GtkWidget *label = add_label (self, self->day_labels, number, "calendar-day-number");

      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      if (g_date_time_get_month (dt) != g_date_time_get_month (shown))
        gtk_widget_add_css_class (label, "dim-label");
      if (day == today)
        gtk_widget_add_css_class (label, "today");
      build_month_cell (self, cell, day);
    }
}

static void
rebuild (StewardCalendarView *self)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));
  gint64 focused_id = 0;

  if (focus != NULL && STEWARD_IS_CALENDAR_CHIP (focus))
    focused_id = steward_calendar_chip_get_session_id (STEWARD_CALENDAR_CHIP (focus));

  self->moving = NULL;
  self->creating = FALSE;
  g_clear_pointer (&self->focusables, g_ptr_array_unref);
  clear_children (&self->headers);
  clear_children (&self->hour_labels);
  clear_children (&self->day_labels);
  clear_children (&self->chips);
  if (self->more != NULL)
    {
      /* Cells without hidden sessions hold NULL. */
      while (g_ptr_array_remove_fast (self->more, NULL))
        ;
      clear_children (&self->more);
    }
  g_clear_pointer (&self->chip_places, g_array_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->month_days, g_ptr_array_unref);

  self->headers = g_ptr_array_new ();
  self->hour_labels = g_ptr_array_new ();
  self->day_labels = g_ptr_array_new ();
  self->chips = g_ptr_array_new ();
  self->more = g_ptr_array_new ();
  self->focusables = g_ptr_array_new ();
  self->chip_places = g_array_new (FALSE, FALSE, sizeof (ChipPlace));

  self->built_today = steward_calendar_view_today_start (self);
  steward_calendar_range (self->mode, self->date, NULL, &self->range_from, &self->range_to);
  steward_calendar_month_grid (self->date, NULL, NULL, &self->rows);

  if (self->mode == STEWARD_CALENDAR_MODE_WEEK)
    build_week (self);
  else
    build_month (self);

  /* Keep the keyboard on the session it was on after a reload. */
  if (focused_id != 0)
    {
      GtkWidget *chip = steward_calendar_view_get_chip (self, focused_id);

      if (chip != NULL)
        gtk_widget_grab_focus (chip);
      else
        gtk_widget_grab_focus (GTK_WIDGET (self));
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

GtkWidget *
steward_calendar_view_get_chip (StewardCalendarView *self,
                                gint64               id)
{
  g_return_val_if_fail (STEWARD_IS_CALENDAR_VIEW (self), NULL);

  for (guint i = 0; i < self->chips->len; i++)
    {
      StewardCalendarChip *chip = g_ptr_array_index (self->chips, i);

      if (steward_calendar_chip_get_session_id (chip) == id)
        return GTK_WIDGET (chip);
    }
  return NULL;
}

StewardCalendarMode
steward_calendar_view_get_mode (StewardCalendarView *self)
{
  g_return_val_if_fail (STEWARD_IS_CALENDAR_VIEW (self), STEWARD_CALENDAR_MODE_WEEK);

  return self->mode;
}

void
steward_calendar_view_set_mode (StewardCalendarView *self,
                                StewardCalendarMode  mode)
{
  g_return_if_fail (STEWARD_IS_CALENDAR_VIEW (self));

  if (self->mode == mode)
    return;

  self->mode = mode;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

gint64
steward_calendar_view_get_date (StewardCalendarView *self)
{
  g_return_val_if_fail (STEWARD_IS_CALENDAR_VIEW (self), 0);

  return self->date;
}

/* Moves the cursor: to the half hour in the week view. A cursor leaving the shown range
 * rebuilds the grid for the new range (the owner then brings its sessions). */
void
steward_calendar_view_set_cursor (StewardCalendarView *self,
                                  gint64               date)
{
  gint64 snapped = date - date % (STEWARD_CALENDAR_SNAP_MINUTES * 60);
  gint64 from, to;

  if (snapped == self->date)
    return;

  self->date = snapped;
  steward_calendar_range (self->mode, snapped, NULL, &from, &to);
  if (from != self->range_from || to != self->range_to)
    rebuild (self);
  else if (self->mode == STEWARD_CALENDAR_MODE_MONTH)
    /* The shown month decides which days are dimmed. */
    rebuild (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

void
steward_calendar_view_set_date (StewardCalendarView *self,
                                gint64               date)
{
  g_return_if_fail (STEWARD_IS_CALENDAR_VIEW (self));

  steward_calendar_view_set_cursor (self, date);
}

void
steward_calendar_view_set_now (StewardCalendarView *self,
                               gint64               now)
{
  g_return_if_fail (STEWARD_IS_CALENDAR_VIEW (self));

  if (self->now == now)
    return;
  self->now = now;
  rebuild (self);
}

void
steward_calendar_view_get_range (StewardCalendarView *self,
                                 gint64              *out_from,
                                 gint64              *out_to)
{
  g_return_if_fail (STEWARD_IS_CALENDAR_VIEW (self));

  steward_calendar_range (self->mode, self->date, NULL, out_from, out_to);
}

void
steward_calendar_view_set_items (StewardCalendarView *self,
                                 GPtrArray           *items)
{
  g_return_if_fail (STEWARD_IS_CALENDAR_VIEW (self));
  g_return_if_fail (items != NULL);

  g_ptr_array_ref (items);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = items;
  rebuild (self);
}

void
steward_calendar_view_navigate (StewardCalendarView *self,
                                int                  delta)
{
  gint64 date;

  g_return_if_fail (STEWARD_IS_CALENDAR_VIEW (self));

  if (delta == 0)
    {
      /* Today at 09:00, or at the current half hour during the working day. */
      gint64 now = steward_calendar_view_get_now (self);
      gint64 nine = steward_calendar_view_today_start (self) + 9 * 3600;

      date = MAX (now, nine);
    }
  else if (self->mode == STEWARD_CALENDAR_MODE_WEEK)
    {
      g_autoptr(GDateTime) dt = steward_time_to_date_time (self->date, NULL);
      g_autoptr(GDateTime) moved = g_date_time_add_weeks (dt, delta);

      date = g_date_time_to_unix (moved);
    }
  else
    date = steward_calendar_add_months (self->date, delta, NULL);

  steward_calendar_view_set_cursor (self, date);
}

static void
steward_calendar_view_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  StewardCalendarView *self = STEWARD_CALENDAR_VIEW (widget);
  guint hours = self->last_hour - self->first_hour;

  /* The children are placed by the grid, so they do not add to its size. Narrow days (a
   * phone-wide window: 360 px less the page's margins) still show their number and the start
   * of each session's title. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = self->mode == STEWARD_CALENDAR_MODE_WEEK ? WEEK_GUTTER + 7 * 40 : 7 * 44;
      *natural = self->mode == STEWARD_CALENDAR_MODE_WEEK ? WEEK_GUTTER + 7 * 140 : 7 * 140;
    }
  else if (self->mode == STEWARD_CALENDAR_MODE_WEEK)
    {
      *minimum = WEEK_HEADER + hours * 30;
      *natural = WEEK_HEADER + hours * 52;
    }
  else
    {
      *minimum = MONTH_HEADER + self->rows * (MONTH_NUMBER + MONTH_SLOTS * MONTH_CHIP + 4);
      *natural = MONTH_HEADER + self->rows * 120;
    }
}

static void
place (GtkWidget *child,
       double     x,
       double     y,
       double     width,
       double     height)
{
  GtkAllocation allocation = {
    (int) round (x), (int) round (y), (int) MAX (round (width), 0), (int) MAX (round (height), 0)
  };
  int min;

  /* GTK wants every child measured before it is allocated. */
  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, allocation.width, &min, NULL, NULL, NULL);
  gtk_widget_size_allocate (child, &allocation, -1);
}

static void
allocate_week (StewardCalendarView *self,
               int                  width,
               int                  height)
{
  StewardWeekGeometry *g = &self->geometry;

  steward_week_geometry_init (g, width, height, WEEK_GUTTER, WEEK_HEADER,
                              self->first_hour, self->last_hour);

  for (guint d = 0; d < self->headers->len; d++)
    place (g_ptr_array_index (self->headers, d), g->gutter + d * g->day_width, 4,
           g->day_width, WEEK_HEADER - 8);

  for (guint h = 0; h < self->hour_labels->len; h++)
    {
      GtkWidget *label = g_ptr_array_index (self->hour_labels, h);
      gboolean shown = h >= self->first_hour && h < self->last_hour;

      gtk_widget_set_child_visible (label, shown);
      if (shown)
        place (label, 0, g->header + (h - self->first_hour) * g->hour_height + 2,
               g->gutter - 8, 18);
    }

  for (guint i = 0; i < self->chips->len; i++)
    {
      GtkWidget *chip = g_ptr_array_index (self->chips, i);
      const ChipPlace *p = &g_array_index (self->chip_places, ChipPlace, i);
      const StewardWeekBlock *block = &g_array_index (self->blocks, StewardWeekBlock, p->index);
      double x, y, w, h;
      gboolean shown = steward_week_geometry_block_rect (g, block, &x, &y, &w, &h);

      gtk_widget_set_child_visible (chip, shown);
      if (!shown)
        continue;
      if (chip == self->moving)
        {
          x += self->move_dx;
          y += self->move_dy;
        }
      place (chip, x + 1, y + 1, w - 2, h - 1);
    }
}

static void
allocate_month (StewardCalendarView *self,
                int                  width,
                int                  height)
{
  double cw = width / 7.0;
  double ch = (height - MONTH_HEADER) / (double) MAX (self->rows, 1);

  self->cell_width = cw;
  self->cell_height = ch;

  for (guint d = 0; d < self->headers->len; d++)
    place (g_ptr_array_index (self->headers, d), d * cw, 0, cw, MONTH_HEADER);

  for (guint cell = 0; cell < self->day_labels->len; cell++)
    {
      double x = (cell % 7) * cw;
      double y = MONTH_HEADER + (cell / 7) * ch;
      GtkWidget *more = g_ptr_array_index (self->more, cell);
      GtkWidget *number = g_ptr_array_index (self->day_labels, cell);
      int natural;

      /* As wide as its text, so today's number is a small pill rather than a bar. */
      gtk_widget_measure (number, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      place (number, x + 6, y + 3, MIN (natural, cw - 12), MONTH_NUMBER - 4);
      if (more != NULL)
        place (more, x + 3, y + MONTH_NUMBER + (MONTH_SLOTS - 1) * MONTH_CHIP, cw - 6,
               MONTH_CHIP - 2);
    }

  for (guint i = 0; i < self->chips->len; i++)
    {
      const ChipPlace *p = &g_array_index (self->chip_places, ChipPlace, i);
      double x = (p->index % 7) * cw;
      double y = MONTH_HEADER + (p->index / 7) * ch + MONTH_NUMBER + p->slot * MONTH_CHIP;

      place (g_ptr_array_index (self->chips, i), x + 3, y, cw - 6, MONTH_CHIP - 2);
    }
}

static void
steward_calendar_view_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  StewardCalendarView *self = STEWARD_CALENDAR_VIEW (widget);

  if (self->mode == STEWARD_CALENDAR_MODE_WEEK)
    allocate_week (self, width, height);
  else
    allocate_month (self, width, height);
}

static gboolean
on_tick (gpointer data)
{
  StewardCalendarView *self = data;

  /* The current-time line moves; past midnight, "today" is another day. */
  if (self->now == 0 && steward_calendar_view_today_start (self) != self->built_today)
    rebuild (self);
  else
    gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_CONTINUE;
}

static void
steward_calendar_view_dispose (GObject *object)
{
  StewardCalendarView *self = STEWARD_CALENDAR_VIEW (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_pointer (&self->focusables, g_ptr_array_unref);
  clear_children (&self->headers);
  clear_children (&self->hour_labels);
  clear_children (&self->day_labels);
  clear_children (&self->chips);
  if (self->more != NULL)
    {
      while (g_ptr_array_remove_fast (self->more, NULL))
        ;
      clear_children (&self->more);
    }
  g_clear_pointer (&self->chip_places, g_array_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->month_days, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (steward_calendar_view_parent_class)->dispose (object);
}

static void
steward_calendar_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  StewardCalendarView *self = STEWARD_CALENDAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;
    case PROP_DATE:
      g_value_set_int64 (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_calendar_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  StewardCalendarView *self = STEWARD_CALENDAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODE:
      steward_calendar_view_set_mode (self, g_value_get_enum (value));
      break;
    case PROP_DATE:
      steward_calendar_view_set_date (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_calendar_view_class_init (StewardCalendarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_calendar_view_dispose;
  object_class->get_property = steward_calendar_view_get_property;
  object_class->set_property = steward_calendar_view_set_property;

  widget_class->measure = steward_calendar_view_measure;
  widget_class->size_allocate = steward_calendar_view_size_allocate;
  widget_class->snapshot = steward_calendar_view_snapshot;
  widget_class->focus = steward_calendar_view_focus;

  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL, STEWARD_TYPE_CALENDAR_MODE,
                       STEWARD_CALENDAR_MODE_WEEK,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DATE] =
    g_param_spec_int64 ("date", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  steward_calendar_view_signals[SIGNAL_SESSION_ACTIVATED] =
    g_signal_new ("session-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  steward_calendar_view_signals[SIGNAL_SLOT_ACTIVATED] =
    g_signal_new ("slot-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);
  steward_calendar_view_signals[SIGNAL_SESSION_MOVED] =
    g_signal_new ("session-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);

  gtk_widget_class_set_css_name (widget_class, "calendarview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
steward_calendar_view_init (StewardCalendarView *self)
{
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) steward_calendar_item_free);
  self->date = steward_calendar_view_get_now (self);
  self->date -= self->date % (STEWARD_CALENDAR_SNAP_MINUTES * 60);
  self->first_hour = 8;
  self->last_hour = 20;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Training calendar"), -1);
  steward_calendar_view_init_input (self);
  rebuild (self);

  self->tick_id = g_timeout_add_seconds (60, on_tick, self);
}
