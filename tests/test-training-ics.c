/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "steward-time.h"
#include "steward-training-ics.h"

#define LONG_TITLE "数据可视化专项培训：交互式筛选; 柱状图, 折线图与饼图的高级用法（第二期，实践课）"

static gint64
at (const char *text)
{
  gint64 t = 0;

  g_assert_true (steward_time_parse (text, NULL, &t, NULL));
  return t;
}

/* A parsed content line: the property name and its raw value. */
typedef struct {
  char *name;
  char *value;
} Property;

static void
property_free (gpointer data)
{
  Property *p = data;

  g_free (p->name);
  g_free (p->value);
  g_free (p);
}

/* Checks the physical form (CRLF everywhere, ≤ 75 octets, each line valid UTF-8, so no fold
 * split a character), then unfolds and splits the content lines. */
static GPtrArray *
parse_ics (const char *text)
{
  GPtrArray *props = g_ptr_array_new_with_free_func (property_free);
  g_autoptr(GString) unfolded = g_string_new (NULL);
  g_auto(GStrv) physical = NULL;
  g_auto(GStrv) logical = NULL;
  gsize len = strlen (text);

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  for (gsize i = 0; i < len; i++)
    if (text[i] == '\n')
      g_assert_true (i > 0 && text[i - 1] == '\r');

  physical = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; physical[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (physical[i]), <=, 75);
      g_assert_true (g_utf8_validate (physical[i], -1, NULL));
      if (physical[i][0] == ' ')
        g_string_append (unfolded, physical[i] + 1);
      else
        {
          if (unfolded->len > 0)
            g_string_append_c (unfolded, '\n');
          g_string_append (unfolded, physical[i]);
        }
    }

  logical = g_strsplit (unfolded->str, "\n", -1);
  for (guint i = 0; logical[i] != NULL; i++)
    {
      const char *colon = strchr (logical[i], ':');
      Property *p;

      if (*logical[i] == '\0')
        continue;
      g_assert_nonnull (colon);
      p = g_new0 (Property, 1);
      p->name = g_strndup (logical[i], colon - logical[i]);
      p->value = g_strdup (colon + 1);
      g_ptr_array_add (props, p);
    }
  return props;
}

/* The value of the @nth (from 0) property called @name, or NULL. */
static const char *
find (GPtrArray  *props,
      const char *name,
      guint       nth)
{
  for (guint i = 0; i < props->len; i++)
    {
      Property *p = g_ptr_array_index (props, i);

      if (g_str_equal (p->name, name) && nth-- == 0)
        return p->value;
    }
  return NULL;
}

static char *
unescape (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          g_string_append_c (out, (*p == 'n' || *p == 'N') ? '\n' : *p);
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static StewardTrainingSession *
make_session (gint64      id,
              const char *title,
              const char *start,
              gint64      duration)
{
  StewardTrainingSession *s = steward_training_session_new ();
  const char *attendees[] = { "张伟", "Li Lei", NULL };

  steward_training_session_set_id (s, id);
  steward_training_session_set_request_id (s, 5);
  steward_training_session_set_client_id (s, 3);
  steward_training_session_set_title (s, title);
  steward_training_session_set_trainer (s, "王芳");
  steward_training_session_set_format (s, STEWARD_TRAINING_FORMAT_OFFLINE);
  steward_training_session_set_content (s, STEWARD_TRAINING_CONTENT_MIXED);
  steward_training_session_set_location (s, "北京市朝阳区, 3F; Room \\301");
  steward_training_session_set_attendees (s, attendees);
  steward_training_session_set_start (s, at (start));
  steward_training_session_set_duration (s, duration);
  return s;
}

static void
test_calendar_round_trip (void)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) props = NULL;
  g_autofree char *text = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *location = NULL;
  g_autofree char *description = NULL;
  StewardTrainingSession *second;

  g_ptr_array_add (sessions, make_session (42, LONG_TITLE, "2026-03-10T09:00", 14400));
  second = make_session (43, "Excel basics", "2026-03-11T14:30", 5400);
  steward_training_session_set_status (second, STEWARD_TRAINING_STATUS_CANCELLED);
  steward_training_session_set_notes (second, "Bring laptops\nVPN needed");
  g_ptr_array_add (sessions, second);

  text = steward_training_ics_build (sessions, at ("2026-03-01T08:00"));
  /* The Chinese title is more than 75 octets on its own, so the SUMMARY line had to fold. */
  g_assert_cmpuint (strlen (LONG_TITLE), >, 75);
  g_assert_nonnull (strstr (text, "\r\n "));
  props = parse_ics (text);

  g_assert_cmpstr (find (props, "BEGIN", 0), ==, "VCALENDAR");
  g_assert_cmpstr (find (props, "VERSION", 0), ==, "2.0");
  g_assert_nonnull (find (props, "PRODID", 0));
  g_assert_cmpstr (find (props, "BEGIN", 1), ==, "VEVENT");
  g_assert_cmpstr (find (props, "END", 2), ==, "VCALENDAR");

  g_assert_cmpstr (find (props, "UID", 0), ==, "steward-training-42@stewardapp.github.io");
  g_assert_cmpstr (find (props, "DTSTAMP", 0), ==, "20260301T000000Z");
  g_assert_cmpstr (find (props, "DTSTART", 0), ==, "20260310T010000Z");
  g_assert_cmpstr (find (props, "DTEND", 0), ==, "20260310T050000Z");
  g_assert_cmpstr (find (props, "STATUS", 0), ==, "CONFIRMED");

  /* Escaped on the wire, the same text once unescaped. */
  g_assert_nonnull (strstr (find (props, "SUMMARY", 0), "交互式筛选\\; 柱状图\\, 折线图"));
  summary = unescape (find (props, "SUMMARY", 0));
  g_assert_cmpstr (summary, ==, LONG_TITLE);
  g_assert_cmpstr (find (props, "LOCATION", 0), ==, "北京市朝阳区\\, 3F\\; Room \\\\301");
  location = unescape (find (props, "LOCATION", 0));
  g_assert_cmpstr (location, ==, "北京市朝阳区, 3F; Room \\301");

  description = unescape (find (props, "DESCRIPTION", 0));
  g_assert_cmpstr (description, ==, "Trainer: 王芳\nFormat: Offline\nContent: Mixed\nAttendees: 张伟, Li Lei");

  g_assert_cmpstr (find (props, "UID", 1), ==, "steward-training-43@stewardapp.github.io");
  g_assert_cmpstr (find (props, "DTSTART", 1), ==, "20260311T063000Z");
  g_assert_cmpstr (find (props, "DTEND", 1), ==, "20260311T080000Z");
  g_assert_cmpstr (find (props, "STATUS", 1), ==, "CANCELLED");
  g_clear_pointer (&description, g_free);
  description = unescape (find (props, "DESCRIPTION", 1));
  g_assert_true (g_str_has_suffix (description, "\n\nBring laptops\nVPN needed"));
}

static void
test_fold_never_splits_a_character (void)
{
  /* Every offset of a 3-octet character against the 75-octet limit: prefixes of 0–2 ASCII
   * letters shift where the fold falls. */
  for (guint shift = 0; shift < 3; shift++)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GString) line = g_string_new ("SUMMARY:");
      g_autoptr(GString) joined = g_string_new (NULL);
      g_auto(GStrv) parts = NULL;

      for (guint i = 0; i < shift; i++)
        g_string_append_c (line, 'x');
      for (guint i = 0; i < 60; i++)
        g_string_append (line, "培");

      steward_ics_append_line (out, line->str);
      parts = g_strsplit (out->str, "\r\n", -1);
      for (guint i = 0; parts[i] != NULL && parts[i][0] != '\0'; i++)
        {
          g_assert_cmpuint (strlen (parts[i]), <=, 75);
          g_assert_true (g_utf8_validate (parts[i], -1, NULL));
          g_string_append (joined, i == 0 ? parts[i] : parts[i] + 1);
          if (i > 0)
            g_assert_cmpint (parts[i][0], ==, ' ');
        }
      g_assert_cmpstr (joined->str, ==, line->str);
    }
}

static void
test_fold_at_75_octets (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *x63 = g_strnfill (63, 'x');
  g_autofree char *exact = g_strconcat ("DESCRIPTION:", x63, NULL);
  g_autofree char *longer = g_strconcat ("DESCRIPTION:", x63, "y", NULL);
  g_autofree char *expected_exact = g_strconcat (exact, "\r\n", NULL);
  g_autofree char *expected_longer = g_strconcat (exact, "\r\n y\r\n", NULL);

  /* 75 octets stay on one line; the 76th moves to a continuation line. */
  g_assert_cmpuint (strlen (exact), ==, 75);
  steward_ics_append_line (out, exact);
  g_assert_cmpstr (out->str, ==, expected_exact);

  g_string_truncate (out, 0);
  steward_ics_append_line (out, longer);
  g_assert_cmpstr (out->str, ==, expected_longer);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/training-ics/calendar-round-trip", test_calendar_round_trip);
  g_test_add_func ("/training-ics/fold-never-splits-a-character", test_fold_never_splits_a_character);
  g_test_add_func ("/training-ics/fold-at-75-octets", test_fold_at_75_octets);

  return g_test_run ();
}
