/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-calendar"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "steward-calendar.h"
#include "steward-calendar-private.h"
#include "steward-error.h"

#define MINUTES_PER_DAY (24 * 60)

/* "09:00" for 540, "24:00" for the end of the day. */
static void
format_clock (char  buf[8],
              guint minutes)
{
  g_snprintf (buf, 8, "%02u:%02u", minutes / 60, minutes % 60);
}

gboolean
_steward_calendar_validate_windows (const StewardHours *windows,
                                    guint               n_windows,
                                    GError            **error)
{
  char a[8], b[8], c[8], d[8];

  if (n_windows == 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("Business hours need at least one window, such as 09:00-12:00"));
      return FALSE;
    }

  for (guint i = 0; i < n_windows; i++)
    {
      format_clock (a, windows[i].start);
      format_clock (b, windows[i].end);

      if (windows[i].start >= windows[i].end)
        {
          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                       _("The business-hours window %s-%s must start before it ends"), a, b);
          return FALSE;
        }
      if (windows[i].end > MINUTES_PER_DAY)
        {
          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                       _("The business-hours window %s-%s must end by 24:00"), a, b);
          return FALSE;
        }
      if (i > 0 && windows[i].start < windows[i - 1].end)
        {
          format_clock (c, windows[i - 1].start);
          format_clock (d, windows[i - 1].end);
          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                       _("Business-hours windows must be in order and must not overlap: "
                         "%s-%s comes after %s-%s"),
                       a, b, c, d);
          return FALSE;
        }
    }

  return TRUE;
}

/* Reads "9:00" or "09:00" (up to "24:00") at *p and moves past it. */
static gboolean
parse_clock (const char **p,
             guint       *minutes)
{
  const char *s = *p;
  guint h = 0, m;
  int digits = 0;

  while (g_ascii_isdigit (*s) && digits < 2)
    {
      h = h * 10 + (guint)(*s++ - '0');
      digits++;
    }
  if (digits == 0 || *s++ != ':')
    return FALSE;
  if (!g_ascii_isdigit (s[0]) || !g_ascii_isdigit (s[1]))
    return FALSE;
  m = (guint)(s[0] - '0') * 10 + (guint)(s[1] - '0');
  if (m > 59 || h > 24 || (h == 24 && m != 0))
    return FALSE;

  *minutes = h * 60 + m;
  *p = s + 2;
  return TRUE;
}

static gboolean
parse_window (const char   *text,
              StewardHours *window)
{
  const char *p = text;
  guint start, end;

  while (*p == ' ')
    p++;
  if (!parse_clock (&p, &start))
    return FALSE;
  while (*p == ' ')
    p++;
  if (*p++ != '-')
    return FALSE;
  while (*p == ' ')
    p++;
  if (!parse_clock (&p, &end))
    return FALSE;
  while (*p == ' ')
    p++;
  if (*p != '\0')
    return FALSE;

  window->start = (guint16)start;
  window->end = (guint16)end;
  return TRUE;
}

/* People type business hours with Chinese punctuation and dashes too: "9:00–12:00，13:00～18:00". */
static char *
normalise_windows_text (const char *text)
{
  static const char *const replacements[][2] = {
    { "，", "," }, { "、", "," }, { ";", "," }, { "；", "," }, { "：", ":" },
    { "–", "-" }, { "—", "-" }, { "～", "-" }, { "~", "-" }, { "\t", " " },
  };
  GString *s = g_string_new (text);

  for (guint i = 0; i < G_N_ELEMENTS (replacements); i++)
    g_string_replace (s, replacements[i][0], replacements[i][1], 0);
  return g_string_free (s, FALSE);
}

gboolean
steward_calendar_parse_windows (const char  *text,
                                GArray     **out_windows,
                                GError     **error)
{
  g_autoptr(GArray) windows = NULL;
  g_autofree char *normal = NULL;
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  windows = g_array_new (FALSE, FALSE, sizeof (StewardHours));
  normal = normalise_windows_text (text);
  parts = g_strsplit (normal, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      StewardHours window;

      g_strstrip (parts[i]);
      if (parts[i][0] == '\0')
        continue;
      if (!parse_window (parts[i], &window))
        {
          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                       _("“%s” is not a business-hours window; use the form 09:00-12:00"),
                       parts[i]);
          return FALSE;
        }
      g_array_append_val (windows, window);
    }

  if (!_steward_calendar_validate_windows ((const StewardHours *)(gpointer)windows->data,
                                           windows->len, error))
    return FALSE;

  if (out_windows != NULL)
    *out_windows = g_steal_pointer (&windows);
  return TRUE;
}

char *
_steward_calendar_format_hours (const StewardHours *windows,
                                guint               n_windows)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n_windows; i++)
    {
      char a[8], b[8];

      format_clock (a, windows[i].start);
      format_clock (b, windows[i].end);
      g_string_append_printf (s, "%s%s-%s", i > 0 ? "," : "", a, b);
    }
  return g_string_free (s, FALSE);
}

int
_steward_calendar_day_compare (gconstpointer a,
                               gconstpointer b)
{
  const StewardCalendarDay *x = *(StewardCalendarDay * const *)a;
  const StewardCalendarDay *y = *(StewardCalendarDay * const *)b;

  return g_date_compare (&x->date, &y->date);
}
