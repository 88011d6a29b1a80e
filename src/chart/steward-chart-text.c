/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "steward-chart-private.h"

/* Labels are rotated by 45° when they do not fit side by side. */
#define DIAGONAL       (-G_PI / 4)
#define SIN45          0.70710678118654752
#define MAX_DIAGONAL   180.0

/* Layout and paint must measure text identically, whatever the target surface: fixed 96 dpi and
 * no hinting of metrics (which an image surface would otherwise apply and a PDF would not). */
void
chart_text_configure_context (PangoContext *context)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 96.0);
  cairo_font_options_destroy (options);
}

PangoLayout *
chart_text_layout_new (PangoContext *context,
                       const char   *font_name,
                       const char   *text,
                       gboolean      heading)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (font_name);

  if (heading)
    {
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      pango_font_description_set_size (font, pango_font_description_get_size (font) * 1.25);
    }
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);
  return layout;
}

void
chart_text_measure (StewardChartLayout *self,
                    const char         *text,
                    gboolean            heading,
                    double             *width,
                    double             *height)
{
  g_autoptr(PangoLayout) layout = chart_text_layout_new (self->pango, self->font, text, heading);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  *width = (double) w / PANGO_SCALE;
  *height = (double) h / PANGO_SCALE;
}

double
chart_line_height (StewardChartLayout *self)
{
  double width, height;

  /* Measured on mixed text so a line of Chinese is as tall as a line of Latin. */
  chart_text_measure (self, "Ag汉字", FALSE, &width, &height);
  return height;
}

/* Shortens text to the longest prefix that fits with "…", counting characters (never bytes)
 * so Chinese and Latin names are cut between characters. */
char *
chart_text_ellipsize (StewardChartLayout *self,
                      const char         *text,
                      gboolean            heading,
                      double              max_width,
                      gboolean           *ellipsized)
{
  double width, height;
  glong lo = 0, hi = g_utf8_strlen (text, -1);

  if (ellipsized)
    *ellipsized = FALSE;
  chart_text_measure (self, text, heading, &width, &height);
  if (width <= max_width)
    return g_strdup (text);
  if (ellipsized)
    *ellipsized = TRUE;
  while (lo < hi)
    {
      glong mid = (lo + hi + 1) / 2;
      g_autofree char *prefix = g_utf8_substring (text, 0, mid);
      g_autofree char *candidate = g_strconcat (g_strchomp (prefix), "…", NULL);

      chart_text_measure (self, candidate, heading, &width, &height);
      if (width <= max_width)
        lo = mid;
      else
        hi = mid - 1;
    }
  {
    g_autofree char *prefix = g_utf8_substring (text, 0, lo);
    return g_strconcat (g_strchomp (prefix), "…", NULL);
  }
}

StewardChartLabel *
chart_add_label (StewardChartLayout     *self,
                 GArray                 *array,
                 const char             *text,
                 StewardChartLabelStyle  style,
                 double                  x,
                 double                  y,
                 double                  max_width)
{
  gboolean heading = style == STEWARD_CHART_LABEL_HEADING;
  StewardChartLabel label = { 0 };

  label.text = chart_text_ellipsize (self, text, heading, MAX (0, max_width), &label.ellipsized);
  chart_text_measure (self, label.text, heading, &label.width, &label.height);
  label.x = x;
  label.y = y;
  label.style = style;
  g_array_append_val (array, label);
  return &g_array_index (array, StewardChartLabel, array->len - 1);
}

void
steward_chart_label_get_corners (const StewardChartLabel *label,
                                 double                   corners[8])
{
  double c = cos (label->angle), s = sin (label->angle);
  const double box[4][2] = {
    { 0, 0 }, { label->width, 0 }, { label->width, label->height }, { 0, label->height },
  };

  g_return_if_fail (label != NULL);
  for (guint i = 0; i < 4; i++)
    {
      corners[2 * i] = label->x + box[i][0] * c - box[i][1] * s;
      corners[2 * i + 1] = label->y + box[i][0] * s + box[i][1] * c;
    }
}

static double
widest_category (StewardChartLayout *self,
                 guint               n)
{
  double widest = 0;

  for (guint i = 0; i < n; i++)
    {
      const char *text = steward_report_result_get_nth_category_label (self->result, i);
      double width, height;

      chart_text_measure (self, text, FALSE, &width, &height);
      widest = MAX (widest, width);
    }
  return widest;
}

static void
clear_month (gpointer month)
{
  if (month != NULL)
    g_date_time_unref (month);
}

/* The months of categories keyed "2026-03" (the report engine's code for a month), in order;
 * NULL when any category is not a month. */
static GPtrArray *
category_months (StewardChartLayout *self,
                 guint               n)
{
  guint n_rows = steward_report_result_get_n_rows (self->result);
  g_autoptr(GPtrArray) months = g_ptr_array_new_with_free_func (clear_month);

  g_ptr_array_set_size (months, n);
  for (guint row = 0; row < n_rows; row++)
    {
      guint c = steward_report_result_get_row_category (self->result, row);
      const char *key = steward_report_result_get_category_key (self->result, row);
      int year, month;

      if (c >= n || g_ptr_array_index (months, c) != NULL)
        continue;
      if (key == NULL || strlen (key) != 7 || key[4] != '-' || !g_ascii_isdigit (key[0])
          || !g_ascii_isdigit (key[5]) || !g_ascii_isdigit (key[6]))
        return NULL;
      year = atoi (key);
      month = atoi (key + 5);
      if (year < 1 || month < 1 || month > 12)
        return NULL;
      g_ptr_array_index (months, c) = g_date_time_new_utc (year, month, 1, 0, 0, 0);
    }
  for (guint c = 0; c < n; c++)
    {
      if (g_ptr_array_index (months, c) == NULL)
        return NULL;
    }
  return g_steal_pointer (&months);
}

/* Months too long to stand level ("2026 年 10 月", "October 2026") are written short ("10月",
 * "Oct") with the year once under the first month of each year, and only every k-th month is
 * named when even those do not fit: never slanted, never cut. */
static double
place_month_labels (StewardChartLayout  *self,
                    GPtrArray           *months,
                    guint                n,
                    double               slot,
                    double               left,
                    double               axis_y,
                    gboolean             dry_run,
                    double              *left_overhang)
{
  double h = chart_line_height (self);
  double widest = 0, year_end = -G_MAXDOUBLE, width, height;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint every;
  int last_year = 0;

  for (guint i = 0; i < n; i++)
    {
      /* TRANSLATORS: a month under a chart's axis, as a strftime format: "Mar" / "3月". */
      char *name = g_date_time_format (g_ptr_array_index (months, i), C_("chart month", "%b"));

      chart_text_measure (self, name, FALSE, &width, &height);
      widest = MAX (widest, width);
      g_ptr_array_add (names, name);
    }
  every = MAX (1, (guint) ceil ((widest + CHART_GAP) / MAX (1e-6, slot)));
  *left_overhang = widest / 2;
  for (guint i = 0; i < n; i += every)
    {
      GDateTime *month = g_ptr_array_index (months, i);
      int year = g_date_time_get_year (month);
      double centre = left + (i + 0.5) * slot;
      g_autofree char *year_text = NULL;
      StewardChartLabel *label;

      if (year != last_year)
        {
          /* TRANSLATORS: the year under a chart's months, as a strftime format: "2026" /
           * "2026年". */
          year_text = g_date_time_format (month, C_("chart year", "%Y"));
          chart_text_measure (self, year_text, FALSE, &width, &height);
          if (i == 0)
            *left_overhang = MAX (*left_overhang, width / 2);
        }
      last_year = year;
      if (dry_run)
        continue;
      label = chart_add_label (self, self->categories, g_ptr_array_index (names, i),
                               STEWARD_CHART_LABEL_AXIS, 0, axis_y + CHART_GAP / 2, slot * every);
      label->x = CLAMP (centre - label->width / 2, 0, MAX (0, self->width - label->width));
      /* A year that would run into the previous one is left out: the months still tell. */
      if (year_text != NULL && centre - width / 2 >= year_end + CHART_GAP)
        {
          label = chart_add_label (self, self->categories, year_text, STEWARD_CHART_LABEL_AXIS,
                                   0, axis_y + CHART_GAP / 2 + h, G_MAXDOUBLE);
          label->x = CLAMP (centre - label->width / 2, 0, MAX (0, self->width - label->width));
          year_end = label->x + label->width;
        }
    }
  return 2 * h + CHART_GAP / 2;
}

/* Category labels go under the axis, one per slot: level when they all fit, otherwise at 45°,
 * ellipsized to MAX_DIAGONAL and showing only every k-th label so neighbours never touch.
 * Returns the depth they need below the axis and how far the first one reaches left of its
 * slot's centre; dry_run only measures. */
double
chart_place_category_labels (StewardChartLayout *self,
                             double              slot,
                             double              left,
                             double              axis_y,
                             gboolean            dry_run,
                             double             *left_overhang)
{
  guint n = steward_report_result_get_n_categories (self->result);
  double h = chart_line_height (self);
  double widest = widest_category (self, n);
  g_autoptr(GPtrArray) months = NULL;
  double cap, depth;
  guint every;

  if (widest <= slot - CHART_GAP)
    {
      for (guint i = 0; !dry_run && i < n; i++)
        {
          const char *text = steward_report_result_get_nth_category_label (self->result, i);
          StewardChartLabel *label = chart_add_label (self, self->categories, text,
                                                      STEWARD_CHART_LABEL_AXIS, 0,
                                                      axis_y + CHART_GAP / 2, slot);

          label->x = left + (i + 0.5) * slot - label->width / 2;
        }
      *left_overhang = widest / 2;
      return h + CHART_GAP / 2;
    }

  months = category_months (self, n);
  if (months != NULL)
    return place_month_labels (self, months, n, slot, left, axis_y, dry_run, left_overhang);

  cap = MIN (widest, MIN (MAX_DIAGONAL, MAX (4 * h, self->frame.height * 0.3)));
  every = (guint) ceil ((h + 2) / MAX (1e-6, slot * SIN45));
  depth = CHART_GAP / 2 + SIN45 * (cap + h);
  *left_overhang = SIN45 * cap + SIN45 * h / 2;
  for (guint i = 0; !dry_run && i < n; i += every)
    {
      const char *text = steward_report_result_get_nth_category_label (self->result, i);
      StewardChartLabel *label = chart_add_label (self, self->categories, text,
                                                  STEWARD_CHART_LABEL_AXIS, 0, 0, cap);
      /* The end of the text, half a line down, sits just under the slot's centre. */
      double ax = left + (i + 0.5) * slot;
      double ay = axis_y + CHART_GAP / 2 + SIN45 * h / 2;

      label->angle = DIAGONAL;
      label->x = ax - label->width * SIN45 - (h / 2) * SIN45;
      label->y = ay + label->width * SIN45 - (h / 2) * SIN45;
    }
  return depth;
}
