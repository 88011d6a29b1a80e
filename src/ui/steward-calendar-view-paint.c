/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-calendar-view"

#include "config.h"

#include "steward-calendar-view-private.h"

#include "steward-time.h"

/* The colours of the grid, from the theme so that the dark style works. */
typedef struct {
  GdkRGBA line;
  GdkRGBA faint;
  GdkRGBA accent;
  GdkRGBA today;
  GdkRGBA now;
  GdkRGBA preview;
} Palette;

static void
palette_init (GtkWidget *widget,
              Palette   *p)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA fg;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &p->accent))
    p->accent = (GdkRGBA) { 0.21, 0.52, 0.89, 1.0 };
  if (!gtk_style_context_lookup_color (context, "destructive_bg_color", &p->now))
    p->now = (GdkRGBA) { 0.88, 0.11, 0.14, 1.0 };
  G_GNUC_END_IGNORE_DEPRECATIONS

  p->line = fg;
  p->line.alpha = 0.15f;
  p->faint = fg;
  p->faint.alpha = 0.06f;
  p->today = p->accent;
  p->today.alpha = 0.07f;
  p->preview = p->accent;
  p->preview.alpha = 0.3f;
}

static void
fill (GtkSnapshot   *snapshot,
      const GdkRGBA *colour,
      double         x,
      double         y,
      double         width,
      double         height)
{
  gtk_snapshot_append_color (snapshot, colour, &GRAPHENE_RECT_INIT (x, y, width, height));
}

static void
outline (GtkSnapshot   *snapshot,
         const GdkRGBA *colour,
         double         x,
         double         y,
         double         width,
         double         height)
{
  GskRoundedRect rect;
  const float widths[4] = { 2, 2, 2, 2 };
  const GdkRGBA colours[4] = { *colour, *colour, *colour, *colour };

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, width, height), 4);
  gtk_snapshot_append_border (snapshot, &rect, widths, colours);
}

/* The day column (0–6) of @instant in the shown week, or -1. */
static int
week_day_of (StewardCalendarView *self,
             gint64               instant)
{
  for (int d = 0; d < 7; d++)
    if (instant >= steward_calendar_add_days (self->range_from, d, NULL)
        && instant < steward_calendar_add_days (self->range_from, d + 1, NULL))
      return d;
  return -1;
}

static int
minute_of_day (gint64 instant)
{
  g_autoptr(GDateTime) dt = steward_time_to_date_time (instant, NULL);

  return g_date_time_get_hour (dt) * 60 + g_date_time_get_minute (dt);
}

static double
minute_y (const StewardWeekGeometry *g,
          int                        minute)
{
  return g->header + (minute - (int) g->first_hour * 60) * g->hour_height / 60.0;
}

static void
paint_week (StewardCalendarView *self,
            GtkSnapshot         *snapshot,
            const Palette       *p,
            double               width,
            double               height)
{
  const StewardWeekGeometry *g = &self->geometry;
  gint64 now = steward_calendar_view_get_now (self);
  int today = week_day_of (self, now);
  int cursor_day = week_day_of (self, self->date);

  if (today >= 0)
    fill (snapshot, &p->today, g->gutter + today * g->day_width, 0, g->day_width, height);

  for (guint h = g->first_hour; h <= g->last_hour; h++)
    {
      double y = g->header + (h - g->first_hour) * g->hour_height;

      fill (snapshot, &p->line, g->gutter - 6, y, width - g->gutter + 6, 1);
      if (h < g->last_hour)
        fill (snapshot, &p->faint, g->gutter, y + g->hour_height / 2, width - g->gutter, 1);
    }
  for (guint d = 0; d <= 7; d++)
    fill (snapshot, &p->line, g->gutter + d * g->day_width, 0, 1, height);

  if (self->creating)
    {
      int from = MIN (self->anchor_minute, self->current_minute);
      int to = MAX (self->anchor_minute, self->current_minute) + STEWARD_CALENDAR_SNAP_MINUTES;
      double y = minute_y (g, from);

      fill (snapshot, &p->preview, g->gutter + self->drag_day * g->day_width + 2, y,
            g->day_width - 4, minute_y (g, to) - y);
    }

  if (cursor_day >= 0 && gtk_widget_is_focus (GTK_WIDGET (self)))
    {
      int minute = minute_of_day (self->date);
      double y = minute_y (g, minute);

      if (minute >= (int) g->first_hour * 60 && minute < (int) g->last_hour * 60)
        outline (snapshot, &p->accent, g->gutter + cursor_day * g->day_width + 1, y + 1,
                 g->day_width - 2, g->hour_height / 2 - 1);
    }

  if (today >= 0)
    {
      int minute = minute_of_day (now);

      if (minute >= (int) g->first_hour * 60 && minute < (int) g->last_hour * 60)
        fill (snapshot, &p->now, g->gutter + today * g->day_width, minute_y (g, minute) - 1,
              g->day_width, 2);
    }
}

static void
paint_month (StewardCalendarView *self,
             GtkSnapshot         *snapshot,
             const Palette       *p,
             double               width,
             double               height)
{
  gint64 today = steward_calendar_view_today_start (self);
  gint64 cursor = steward_calendar_add_days (self->date, 0, NULL);
  guint cells = self->rows * 7;

  for (guint cell = 0; cell < cells; cell++)
    {
      gint64 day = steward_calendar_add_days (self->range_from, cell, NULL);
      double x = (cell % 7) * self->cell_width;
      double y = MONTH_HEADER + (cell / 7) * self->cell_height;

      if (day == today)
        fill (snapshot, &p->today, x, y, self->cell_width, self->cell_height);
      if (day == cursor && gtk_widget_is_focus (GTK_WIDGET (self)))
        outline (snapshot, &p->accent, x + 1, y + 1, self->cell_width - 2, self->cell_height - 2);
    }

  for (guint r = 0; r <= self->rows; r++)
    fill (snapshot, &p->line, 0, MONTH_HEADER + r * self->cell_height, width, 1);
  for (guint d = 1; d < 7; d++)
    fill (snapshot, &p->line, d * self->cell_width, MONTH_HEADER, 1, height - MONTH_HEADER);
}

void
steward_calendar_view_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  StewardCalendarView *self = STEWARD_CALENDAR_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  Palette palette;

  palette_init (widget, &palette);

  if (self->mode == STEWARD_CALENDAR_MODE_WEEK)
    paint_week (self, snapshot, &palette, width, height);
  else
    paint_month (self, snapshot, &palette, width, height);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != self->moving)
      gtk_widget_snapshot_child (widget, child, snapshot);

  /* The session being dragged floats above the others. */
  if (self->moving != NULL)
    gtk_widget_snapshot_child (widget, self->moving, snapshot);
}
