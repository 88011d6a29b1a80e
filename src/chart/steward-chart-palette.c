/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-chart"

#include "config.h"

#include "steward-chart-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* GNOME's palette, ordered so neighbouring series differ in hue and lightness. The dark set uses
 * the lighter shades of the same hues so a series keeps its colour when the style changes. */
static const StewardChartColor light_series[STEWARD_CHART_N_SERIES_COLORS] = {
  RGB (0x3584e4), RGB (0xff7800), RGB (0x2ec27e), RGB (0x9141ac), RGB (0xe5a50a),
  RGB (0xe01b24), RGB (0x1c9ea3), RGB (0x986a44), RGB (0xdc8add), RGB (0x77767b),
};

static const StewardChartColor dark_series[STEWARD_CHART_N_SERIES_COLORS] = {
  RGB (0x62a0ea), RGB (0xffa348), RGB (0x57e389), RGB (0xc061cb), RGB (0xf8e45c),
  RGB (0xf66151), RGB (0x5bc8c4), RGB (0xcdab8f), RGB (0xf0b3f0), RGB (0x9a9996),
};

static const StewardChartColor light_roles[] = {
  [STEWARD_CHART_COLOR_BACKGROUND] = RGB (0xffffff),
  [STEWARD_CHART_COLOR_FOREGROUND] = RGB (0x241f31),
  [STEWARD_CHART_COLOR_MUTED]      = RGB (0x5e5c64),
  [STEWARD_CHART_COLOR_GRID]       = RGB (0xe6e5e3),
  [STEWARD_CHART_COLOR_AXIS]       = RGB (0x9a9996),
  [STEWARD_CHART_COLOR_STRIPE]     = RGB (0xf6f5f4),
};

static const StewardChartColor dark_roles[] = {
  [STEWARD_CHART_COLOR_BACKGROUND] = RGB (0x1e1e1e),
  [STEWARD_CHART_COLOR_FOREGROUND] = RGB (0xf6f5f4),
  [STEWARD_CHART_COLOR_MUTED]      = RGB (0xc0bfbc),
  [STEWARD_CHART_COLOR_GRID]       = RGB (0x363636),
  [STEWARD_CHART_COLOR_AXIS]       = RGB (0x77767b),
  [STEWARD_CHART_COLOR_STRIPE]     = RGB (0x282828),
};

StewardChartColor
steward_chart_palette_series_color (StewardChartPalette palette,
                                    guint               index)
{
  const StewardChartColor *set = palette == STEWARD_CHART_PALETTE_DARK ? dark_series : light_series;

  return set[index % STEWARD_CHART_N_SERIES_COLORS];
}

StewardChartColor
steward_chart_palette_color (StewardChartPalette   palette,
                             StewardChartColorRole role)
{
  const StewardChartColor *set = palette == STEWARD_CHART_PALETTE_DARK ? dark_roles : light_roles;

  g_return_val_if_fail (role <= STEWARD_CHART_COLOR_STRIPE, set[0]);
  return set[role];
}

StewardChartColor
steward_chart_palette_text_on (StewardChartColor color)
{
  /* Relative luminance, roughly: light fills get dark text. */
  double luminance = 0.2126 * color.red + 0.7152 * color.green + 0.0722 * color.blue;

  if (luminance > 0.55)
    return (StewardChartColor) RGB (0x241f31);
  return (StewardChartColor) RGB (0xffffff);
}
