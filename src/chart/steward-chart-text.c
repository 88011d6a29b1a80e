/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-chart"

#include "config.h"

#include <math.h>

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
