/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-training-ics"

#include "config.h"

#include "steward-training-ics.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "steward-enums.h"

#define ICS_LINE_OCTETS 75

char *
steward_ics_escape_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case ';': g_string_append (out, "\\;"); break;
        case ',': g_string_append (out, "\\,"); break;
        case '\n': g_string_append (out, "\\n"); break;
        /* A CR is either half of a CRLF (the LF already gives the \n) or stray. */
        case '\r': break;
        default: g_string_append_c (out, *p); break;
        }
    }

  return g_string_free (out, FALSE);
}

void
steward_ics_append_line (GString    *out,
                         const char *line)
{
  gsize len;
  gsize pos = 0;
  gsize room = ICS_LINE_OCTETS;

  g_return_if_fail (out != NULL);
  g_return_if_fail (line != NULL);

  len = strlen (line);
  while (len - pos > room)
    {
      gsize cut = pos + room;

      /* Step back to the first byte of a UTF-8 character: continuation bytes are 10xxxxxx. */
      while (cut > pos && ((guchar)line[cut] & 0xC0) == 0x80)
        cut--;

      g_string_append_len (out, line + pos, cut - pos);
      g_string_append (out, "\r\n ");
      pos = cut;
      /* The leading space of a continuation line counts towards its 75 octets. */
      room = ICS_LINE_OCTETS - 1;
    }
  g_string_append (out, line + pos);
  g_string_append (out, "\r\n");
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);

  steward_ics_append_line (out, line);
}

static void
append_text_property (GString    *out,
                      const char *name,
                      const char *text)
{
  g_autofree char *escaped = steward_ics_escape_text (text);

  append_property (out, name, escaped);
}

static char *
format_utc (gint64 instant)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (instant);

  return g_date_time_format (dt, "%Y%m%dT%H%M%SZ");
}

static char *
build_description (StewardTrainingSession *session)
{
  GString *text = g_string_new (NULL);
  const char * const *attendees = steward_training_session_get_attendees (session);
  g_autofree char *people = g_strjoinv (", ", (char **)attendees);
  const char *notes = steward_training_session_get_notes (session);

  g_string_append_printf (text, _("Trainer: %s"), steward_training_session_get_trainer (session));
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Format: %s"),
                          steward_enum_label (STEWARD_TYPE_TRAINING_FORMAT,
                                              steward_training_session_get_format (session)));
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Content: %s"),
                          steward_enum_label (STEWARD_TYPE_TRAINING_CONTENT,
                                              steward_training_session_get_content (session)));
  if (*people != '\0')
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Attendees: %s"), people);
    }
  if (notes != NULL && *notes != '\0')
    {
      g_string_append (text, "\n\n");
      g_string_append (text, notes);
    }

  return g_string_free (text, FALSE);
}

static void
append_event (GString                *out,
              StewardTrainingSession *session,
              const char             *stamp)
{
  g_autofree char *uid = NULL;
  g_autofree char *start = format_utc (steward_training_session_get_start (session));
  g_autofree char *end = format_utc (steward_training_session_get_end (session));
  g_autofree char *description = build_description (session);
  const char *location = steward_training_session_get_location (session);
  gboolean cancelled = steward_training_session_get_status (session) == STEWARD_TRAINING_STATUS_CANCELLED;

  uid = g_strdup_printf ("steward-training-%" G_GINT64_FORMAT "@stewardapp.github.io",
                         steward_training_session_get_id (session));

  steward_ics_append_line (out, "BEGIN:VEVENT");
  append_property (out, "UID", uid);
  append_property (out, "DTSTAMP", stamp);
  append_property (out, "DTSTART", start);
  append_property (out, "DTEND", end);
  append_text_property (out, "SUMMARY", steward_training_session_get_title (session));
  if (location != NULL && *location != '\0')
    append_text_property (out, "LOCATION", location);
  /* An online session's meeting link is also given as URL, which calendar apps make
   * clickable; URL is a URI value, so it is not text-escaped. */
  if (steward_training_session_get_format (session) == STEWARD_TRAINING_FORMAT_ONLINE &&
      (g_str_has_prefix (location, "https://") || g_str_has_prefix (location, "http://")) &&
      strpbrk (location, " \t\r\n") == NULL)
    append_property (out, "URL", location);
  append_text_property (out, "DESCRIPTION", description);
  append_property (out, "STATUS", cancelled ? "CANCELLED" : "CONFIRMED");
  steward_ics_append_line (out, "END:VEVENT");
}

char *
steward_training_ics_build (GPtrArray *sessions,
                            gint64     dtstamp)
{
  GString *out;
  g_autofree char *stamp = NULL;

  g_return_val_if_fail (sessions != NULL, NULL);

  out = g_string_new (NULL);
  stamp = format_utc (dtstamp);

  steward_ics_append_line (out, "BEGIN:VCALENDAR");
  steward_ics_append_line (out, "VERSION:2.0");
  steward_ics_append_line (out, "PRODID:-//stewardapp.github.io//Steward " PACKAGE_VERSION "//EN");
  steward_ics_append_line (out, "CALSCALE:GREGORIAN");
  steward_ics_append_line (out, "METHOD:PUBLISH");

  for (guint i = 0; i < sessions->len; i++)
    {
      StewardTrainingSession *session = g_ptr_array_index (sessions, i);

      /* A session without a start cannot be placed on a calendar. */
      if (steward_training_session_get_start (session) == STEWARD_TIME_NONE)
        continue;
      append_event (out, session, stamp);
    }

  steward_ics_append_line (out, "END:VCALENDAR");
  return g_string_free (out, FALSE);
}
