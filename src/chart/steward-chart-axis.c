/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-chart"

#include "config.h"

#include <math.h>

#include "steward-chart-layout.h"
#include "steward-types.h"

/* The smallest "nice" number (1, 2, 2.5 or 5 × 10^n) not below raw. */
static double
nice_step (double raw)
{
  static const double mantissas[] = { 1.0, 2.0, 2.5, 5.0, 10.0 };
  double magnitude = pow (10.0, floor (log10 (raw)));

  for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
    /* A relative tolerance keeps 0.3 / 0.1 from rounding up past 2.5 × 0.1. */
    if (mantissas[i] * magnitude >= raw * (1 - 1e-9))
      return mantissas[i] * magnitude;
  return 10.0 * magnitude;
}

void
steward_chart_nice_axis (double  min,
                         double  max,
                         guint   target_intervals,
                         double  min_step,
                         double *lo,
                         double *hi,
                         double *step)
{
  double s;

  g_return_if_fail (lo != NULL && hi != NULL && step != NULL);
  g_return_if_fail (isfinite (min) && isfinite (max) && min <= max);

  target_intervals = MAX (1, target_intervals);
  min_step = min_step > 0 ? min_step : 0;
  if (max - min <= 0)
    {
      /* One value, or all zeros: show it against a range of a few minimal steps (or of its
       * own size) so the bar or point is drawn at a sensible height. */
      double span = MAX (fabs (max), MAX (min_step, 1e-9) * target_intervals);

      if (max > 0 || (max == 0 && min == 0))
        max = min + span;
      else
        min = max - span;
    }
  s = MAX (nice_step ((max - min) / target_intervals), min_step);
  *step = s;
  *lo = floor (min / s + 1e-9) * s;
  *hi = ceil (max / s - 1e-9) * s;
  if (*lo == 0)
    *lo = 0;  /* never -0, which would print as "-0" */
}

static char *
format_with_decimals (double      value,
                      guint       decimals,
                      const char *prefix,
                      const char *suffix)
{
  gint64 scaled;
  gint64 unit = decimals == 2 ? 100 : decimals == 1 ? 10 : 1;
  g_autofree char *number = NULL;

  scaled = llround (value * unit);
  if (decimals == 0)
    number = steward_report_format_int_value (STEWARD_MEASURE_KIND_COUNT, llabs (scaled));
  else
    {
      g_autofree char *whole = steward_report_format_int_value (STEWARD_MEASURE_KIND_COUNT,
                                                                llabs (scaled) / unit);
      number = g_strdup_printf ("%s.%0*" G_GINT64_FORMAT, whole, (int) decimals,
                                (gint64) (llabs (scaled) % unit));
    }
  return g_strconcat (scaled < 0 ? "-" : "", prefix, number, suffix, NULL);
}

/* Decimals needed to tell ticks `step` apart: 0 for whole steps, 1 for 0.5, 2 for 0.25. */
static guint
decimals_for (double step)
{
  for (guint d = 0; d < 2; d++)
    {
      double scaled = step * pow (10, d);

      if (fabs (scaled - round (scaled)) < 1e-6)
        return d;
    }
  return 2;
}

char *
steward_chart_format_tick (StewardMeasureKind kind,
                           double             value,
                           double             step)
{
  switch (kind)
    {
    case STEWARD_MEASURE_KIND_MONEY:
      /* Values are fen; axes read in yuan, with fen only when the ticks need them. */
      return format_with_decimals (value / STEWARD_FEN_PER_YUAN,
                                   decimals_for (step / STEWARD_FEN_PER_YUAN), "¥", "");
    case STEWARD_MEASURE_KIND_PERCENT:
      return format_with_decimals (value, decimals_for (step), "", "%");
    case STEWARD_MEASURE_KIND_HOURS:
      return steward_report_format_int_value (STEWARD_MEASURE_KIND_HOURS, llround (value * 60));
    case STEWARD_MEASURE_KIND_RATING:
    case STEWARD_MEASURE_KIND_COUNT:
    default:
      return format_with_decimals (value, decimals_for (step), "", "");
    }
}
