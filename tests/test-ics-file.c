/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "steward-error.h"
#include "steward-ics-file.h"
#include "steward-training-session.h"
#include "xlsx-reader.h"

/* 2026-03-09T10:30:00+08:00 and the export made an hour earlier. */
#define START   G_GINT64_CONSTANT (1773023400)
#define DTSTAMP G_GINT64_CONSTANT (1773019800)

static GPtrArray *
sessions (void)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  StewardTrainingSession *s = steward_training_session_new ();

  steward_training_session_set_id (s, 7);
  steward_training_session_set_title (s, "数据可视化专项培训");
  steward_training_session_set_trainer (s, "王芳");
  steward_training_session_set_format (s, STEWARD_TRAINING_FORMAT_ONLINE);
  steward_training_session_set_location (s, "https://meeting.example.com/123");
  steward_training_session_set_start (s, START);
  steward_training_session_set_duration (s, 2 * 3600);
  g_ptr_array_add (list, s);
  return list;
}

static void
test_write (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("steward-ics-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "training.ics", NULL);
  g_autoptr(GPtrArray) list = sessions ();
  g_autofree char *text = NULL;

  /* Replaces an older export of the same name. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (steward_ics_file_write (list, DTSTAMP, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));

  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (text, "\r\nUID:steward-training-7@stewardapp.github.io\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTSTART:20260309T023000Z\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTEND:20260309T043000Z\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTSTAMP:20260309T013000Z\r\n"));
  g_assert_nonnull (strstr (text, "数据可视化专项培训"));
  /* Only the calendar: no temporary file left beside it. */
  g_assert_cmpuint (xlsx_dir_n_entries (dir), ==, 1);
  xlsx_remove_dir (dir);
}

static void
test_failures_leave_nothing (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("steward-ics-XXXXXX", &error);
  g_autofree char *missing = g_build_filename (dir, "missing", "training.ics", NULL);
  g_autofree char *folder = g_build_filename (dir, "training.ics", NULL);
  g_autoptr(GPtrArray) list = sessions ();

  g_assert_false (steward_ics_file_write (list, DTSTAMP, missing, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_clear_error (&error);
  g_assert_cmpuint (xlsx_dir_n_entries (dir), ==, 0);

  /* The rename over a folder fails after the whole text was written: the temporary goes. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (steward_ics_file_write (list, DTSTAMP, folder, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "training.ics"));
  g_assert_cmpuint (xlsx_dir_n_entries (dir), ==, 1);
  g_assert_cmpuint (xlsx_dir_n_entries (folder), ==, 0);
  xlsx_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ics-file/write", test_write);
  g_test_add_func ("/ics-file/failures-leave-nothing", test_failures_leave_nothing);
  return g_test_run ();
}
