/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-calendar"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "steward-calendar.h"
#include "steward-calendar-private.h"
#include "steward-error.h"

/* Holidays last days, not years: a longer all-day event is a damaged or hostile file, and
 * expanding it would allocate an entry per day. */
#define MAX_EVENT_DAYS 366

typedef struct {
  char  *text;
  guint  line;   /* 1-based physical line where the logical line starts */
} IcsLine;

typedef struct {
  GDate     start;
  GDate     end;            /* exclusive; invalid when the event has none */
  guint     duration_days;  /* from DURATION when there is no DTEND; 0 when absent */
  gboolean  timed;
  char     *summary;
  char     *categories;
} IcsEvent;

static void
ics_line_clear (gpointer data)
{
  g_free (((IcsLine *)data)->text);
}

static void
ics_event_reset (IcsEvent *event)
{
  g_clear_pointer (&event->summary, g_free);
  g_clear_pointer (&event->categories, g_free);
  memset (event, 0, sizeof *event);
  g_date_clear (&event->start, 1);
  g_date_clear (&event->end, 1);
}

/* RFC 5545 §3.1: a line that begins with a space or a tab continues the previous one. Lines end
 * with CRLF, though LF alone is common. */
static GArray *
unfold_lines (const char *text)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (IcsLine));
  g_auto(GStrv) physical = g_strsplit (text, "\n", -1);

  g_array_set_clear_func (lines, ics_line_clear);

  for (guint i = 0; physical[i] != NULL; i++)
    {
      char *raw = physical[i];
      gsize len = strlen (raw);

      if (len > 0 && raw[len - 1] == '\r')
        raw[len - 1] = '\0';

      if ((raw[0] == ' ' || raw[0] == '\t') && lines->len > 0)
        {
          IcsLine *prev = &g_array_index (lines, IcsLine, lines->len - 1);
          char *joined = g_strconcat (prev->text, raw + 1, NULL);

          g_free (prev->text);
          prev->text = joined;
        }
      else if (raw[0] != '\0')
        {
          IcsLine line = { g_strdup (raw), i + 1 };

          g_array_append_val (lines, line);
        }
    }

  return lines;
}

/* Splits "DTSTART;VALUE=DATE:20261001" into name, parameters and value, in place. A colon
 * inside a quoted parameter value does not end the parameters. */
static gboolean
split_content_line (char  *text,
                    char **name,
                    char **params,
                    char **value)
{
  gboolean quoted = FALSE;
  char *p;

  *name = text;
  *params = NULL;
  for (p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (*p == ';' && !quoted && *params == NULL)
        {
          *p = '\0';
          *params = p + 1;
        }
      else if (*p == ':' && !quoted)
        {
          *p = '\0';
          *value = p + 1;
          return **name != '\0';
        }
    }
  return FALSE;
}

static gboolean
has_param (const char *params,
           const char *wanted)
{
  g_auto(GStrv) parts = NULL;

  if (params == NULL)
    return FALSE;
  parts = g_strsplit (params, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_ascii_strcasecmp (parts[i], wanted) == 0)
      return TRUE;
  return FALSE;
}

/* RFC 5545 §3.3.11 TEXT escapes: \\ \; \, \n \N. */
static char *
unescape_text (const char *value)
{
  GString *s = g_string_sized_new (strlen (value));

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          g_string_append_c (s, (*p == 'n' || *p == 'N') ? '\n' : *p);
        }
      else
        g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

/* Reads "20261001" (a DATE) or "20261001T090000[Z]" (a DATE-TIME, marked @timed). */
static gboolean
parse_date_value (const char *value,
                  GDate      *date,
                  gboolean   *timed)
{
  guint y = 0, m = 0, d = 0;

  for (int i = 0; i < 8; i++)
    if (!g_ascii_isdigit (value[i]))
      return FALSE;
  if (value[8] != '\0' && value[8] != 'T')
    return FALSE;

  y = (guint)g_ascii_digit_value (value[0]) * 1000 + (guint)g_ascii_digit_value (value[1]) * 100
      + (guint)g_ascii_digit_value (value[2]) * 10 + (guint)g_ascii_digit_value (value[3]);
  m = (guint)g_ascii_digit_value (value[4]) * 10 + (guint)g_ascii_digit_value (value[5]);
  d = (guint)g_ascii_digit_value (value[6]) * 10 + (guint)g_ascii_digit_value (value[7]);
  if (!g_date_valid_dmy ((GDateDay)d, (GDateMonth)m, (GDateYear)y))
    return FALSE;

  g_date_set_dmy (date, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
  *timed = value[8] == 'T';
  return TRUE;
}

/* "P3D" or "P1W"; anything with a time part is not a whole number of days: 0. */
static guint
parse_duration_days (const char *value)
{
  guint64 n = 0;
  const char *p = value;
  char *end = NULL;

  if (*p == '+')
    p++;
  if (*p++ != 'P' || !g_ascii_isdigit (*p))
    return 0;
  n = g_ascii_strtoull (p, &end, 10);
  if (n > MAX_EVENT_DAYS + 1)
    return MAX_EVENT_DAYS + 1;
  if (g_str_equal (end, "D"))
    return (guint)n;
  if (g_str_equal (end, "W"))
    return (guint)n * 7;
  return 0;
}

static gboolean
says_working_day (const char *text)
{
  static const char *const markers[] = { "补班", "上班", "working day", "workday" };
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    if (strstr (folded, markers[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
read_event_property (IcsEvent    *event,
                     const char  *name,
                     const char  *params,
                     const char  *value,
                     guint        line,
                     GError     **error)
{
  gboolean timed = FALSE;

  if (g_ascii_strcasecmp (name, "DTSTART") == 0 || g_ascii_strcasecmp (name, "DTEND") == 0)
    {
      gboolean is_start = g_ascii_strcasecmp (name, "DTSTART") == 0;
      GDate *date = is_start ? &event->start : &event->end;

      if (!parse_date_value (value, date, &timed))
        {
          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                       _("Line %u of the calendar file has an invalid date “%s”"), line, value);
          return FALSE;
        }
      if (is_start)
        event->timed = timed && !has_param (params, "VALUE=DATE");
    }
  else if (g_ascii_strcasecmp (name, "DURATION") == 0)
    event->duration_days = parse_duration_days (value);
  else if (g_ascii_strcasecmp (name, "SUMMARY") == 0)
    {
      g_free (event->summary);
      event->summary = unescape_text (value);
    }
  else if (g_ascii_strcasecmp (name, "CATEGORIES") == 0)
    {
      g_free (event->categories);
      event->categories = unescape_text (value);
    }

  return TRUE;
}

/* Adds one StewardCalendarDay per date of an all-day event; timed events are not holidays. */
static gboolean
finish_event (IcsEvent   *event,
              GPtrArray  *days,
              GError    **error)
{
  gboolean working;
  gint64 n_days = 1;
  GDate date;

  if (!g_date_valid (&event->start) || event->timed)
    return TRUE;

  if (g_date_valid (&event->end))
    n_days = g_date_days_between (&event->start, &event->end);
  else if (event->duration_days > 0)
    n_days = event->duration_days;
  /* DTEND on or before DTSTART is malformed; the date itself is still meant. */
  n_days = MAX (n_days, 1);

  if (n_days > MAX_EVENT_DAYS)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("The calendar event “%s” lasts more than a year; holidays last a few days"),
                   event->summary != NULL ? event->summary : "");
      return FALSE;
    }

  working = says_working_day (event->summary) || says_working_day (event->categories);
  date = event->start;
  for (gint64 i = 0; i < n_days; i++)
    {
      g_ptr_array_add (days, steward_calendar_day_new (&date, working, event->summary));
      g_date_add_days (&date, 1);
    }

  return TRUE;
}

static gboolean
read_lines (GArray     *lines,
            GPtrArray  *days,
            GError    **error)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();   /* borrowed component names */
  IcsEvent event = { 0 };
  gboolean ok = FALSE;

  ics_event_reset (&event);

  for (guint i = 0; i < lines->len; i++)
    {
      IcsLine *line = &g_array_index (lines, IcsLine, i);
      char *name, *params, *value;
      const char *top;

      if (!split_content_line (line->text, &name, &params, &value))
        {
          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                       _("Line %u of the calendar file is not of the form NAME:value"), line->line);
          goto out;
        }

      top = stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;

      if (g_ascii_strcasecmp (name, "BEGIN") == 0)
        {
          g_ptr_array_add (stack, value);
          if (stack->len == 2 && g_ascii_strcasecmp (value, "VEVENT") == 0)
            ics_event_reset (&event);
        }
      else if (g_ascii_strcasecmp (name, "END") == 0)
        {
          if (top == NULL || g_ascii_strcasecmp (top, value) != 0)
            {
              g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("The calendar file is damaged: END:%s on line %u closes nothing"),
                           value, line->line);
              goto out;
            }
          if (stack->len == 2 && g_ascii_strcasecmp (value, "VEVENT") == 0
              && !finish_event (&event, days, error))
            goto out;
          g_ptr_array_set_size (stack, stack->len - 1);
          /* Whatever follows the calendar is not part of it. */
          if (stack->len == 0)
            {
              ok = TRUE;
              goto out;
            }
        }
      else if (stack->len == 2 && g_ascii_strcasecmp (top, "VEVENT") == 0
               && !read_event_property (&event, name, params, value, line->line, error))
        goto out;
    }

  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
               _("The calendar file is incomplete: it ends before END:VCALENDAR"));

out:
  ics_event_reset (&event);
  return ok;
}

GPtrArray *
steward_calendar_parse_ics (const char  *text,
                            gsize        length,
                            GError     **error)
{
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autofree char *copy = NULL;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (length == (gsize)-1)
    length = strlen (text);

  /* Editors on Windows start UTF-8 files with a byte-order mark. */
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      text += 3;
      length -= 3;
    }

  if (memchr (text, '\0', length) != NULL)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("This is not an iCalendar file: it is not text"));
      return NULL;
    }

  copy = g_strndup (text, length);
  lines = unfold_lines (copy);
  /* Checked after unfolding: some writers fold lines in the middle of a UTF-8 character. */
  for (guint i = 0; i < lines->len; i++)
    {
      const IcsLine *line = &g_array_index (lines, IcsLine, i);

      if (!g_utf8_validate (line->text, -1, NULL))
        {
          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                       _("Line %u of the calendar file is not UTF-8 text"), line->line);
          return NULL;
        }
    }
  if (lines->len == 0
      || g_ascii_strcasecmp (g_array_index (lines, IcsLine, 0).text, "BEGIN:VCALENDAR") != 0)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("This is not an iCalendar file: it does not start with BEGIN:VCALENDAR"));
      return NULL;
    }

  days = g_ptr_array_new_with_free_func ((GDestroyNotify)steward_calendar_day_free);
  if (!read_lines (lines, days, error))
    return NULL;

  g_ptr_array_sort (days, _steward_calendar_day_compare);
  return g_steal_pointer (&days);
}
