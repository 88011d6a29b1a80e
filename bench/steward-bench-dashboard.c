/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-bench"

#include "config.h"

#include <fcntl.h>
#include <locale.h>
#include <stdlib.h>
#include <unistd.h>

#include "steward-client.h"
#include "steward-dashboard-load.h"
#include "steward-dashboard-state.h"
#include "steward-store-complaints.h"
#include "steward-store-dashboard.h"
#include "steward-store-training.h"
#include "steward-time.h"

/* Prints how long the dashboard's read takes on an existing database (build/bench/
 * steward-bench-dashboard DB [NOW] [--cold]): each store call it makes, on a reader connection
 * as the dashboard's worker uses, with the figure it gives, then the whole read
 * (steward_dashboard_data_read ()) three times. With --cold, the database file's pages are
 * dropped from the system's cache before each of them (posix_fadvise, this file only), as after
 * a reboot. A benchmark, not a test: it asserts nothing. */

static const char *cold_path;

/* Asks the kernel to forget the cached pages of the database file (and not of any other). */
static void
drop_cache (void)
{
  int fd;

  if (cold_path == NULL)
    return;
  fd = open (cold_path, O_RDONLY);
  if (fd < 0)
    return;
  fdatasync (fd);
  posix_fadvise (fd, 0, 0, POSIX_FADV_DONTNEED);
  close (fd);
}

static gint64 step_started;
static double steps_total;

static void
step_begin (void)
{
  drop_cache ();
  step_started = g_get_monotonic_time ();
}

static void
step_end (const char *step,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
step_end (const char *step,
          const char *format,
          ...)
{
  double ms = (g_get_monotonic_time () - step_started) / 1000.0;
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  steps_total += ms;
  g_print ("%-40s %9.1f ms   %s\n", step, ms, detail);
}

static void
bench_requests (StewardStore *store,
                gint64        now)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) names = NULL;
  guint breached = 0, due_soon = 0, month = 0;
  gint64 from, until;

  step_begin ();
  steward_store_dashboard_count_deadlines (store, now, &breached, &due_soon, NULL);
  step_end ("requests breached, due soon (counts)", "%u, %u", breached, due_soon);

  step_begin ();
  steward_dashboard_month_range (now, NULL, &from, &until);
  steward_store_dashboard_count_submitted (store, from, until, &month, NULL);
  step_end ("requests this month (count)", "%u", month);

  step_begin ();
  rows = steward_store_dashboard_list_deadlines (store, now, STEWARD_DASHBOARD_MAX_ROWS, &names, NULL);
  step_end ("requests due soon, breached (rows)", "%u rows", rows != NULL ? rows->len : 0);
}

static void
bench_complaints (StewardStore *store,
                  gint64        now)
{
  g_autoptr(StewardStoreComplaints) repo = steward_store_complaints_new (store);
  g_autoptr(GPtrArray) open = NULL;
  gint64 from, until;
  guint n = 0;

  step_begin ();
  open = steward_complaint_repository_list_open (STEWARD_COMPLAINT_REPOSITORY (repo), NULL);
  step_end ("complaints open (list)", "%u", open != NULL ? open->len : 0);

  step_begin ();
  steward_dashboard_month_range (now, NULL, &from, &until);
  steward_store_complaints_count_received (repo, from, until, &n, NULL);
  step_end ("complaints this month (count)", "%u", n);
}

static void
bench_trainings (StewardStore *store,
                 gint64        now)
{
  g_autoptr(StewardStoreTraining) repo = steward_store_training_new (store);
  g_autoptr(GPtrArray) sessions = NULL;
  gint64 from, until;
  guint n = 0;

  step_begin ();
  steward_dashboard_days_range (now, NULL, 2, &from, &until);
  sessions = steward_store_training_list_active (repo, from, until, STEWARD_DASHBOARD_MAX_ROWS, NULL);
  step_end ("trainings today and tomorrow (rows)", "%u rows", sessions != NULL ? sessions->len : 0);

  step_begin ();
  steward_dashboard_month_range (now, NULL, &from, &until);
  steward_store_training_count_range (repo, from, until, &n, NULL);
  step_end ("trainings this month (count)", "%u", n);
}

static void
bench_balances (StewardStore *store)
{
  g_autoptr(GPtrArray) clients = NULL;
  g_autoptr(GString) detail = g_string_new (NULL);

  step_begin ();
  clients = steward_store_dashboard_list_balances (store, STEWARD_DASHBOARD_MAX_ROWS, NULL);
  for (guint i = 0; clients != NULL && i < clients->len; i++)
    g_string_append_printf (detail, "%s%" G_GINT64_FORMAT, detail->len > 0 ? " " : "",
                            steward_client_get_outstanding_fen (g_ptr_array_index (clients, i)));
  step_end ("largest balances (fen)", "%s", detail->str);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardStore) store = NULL;
  g_autoptr(StewardStore) reader = NULL;
  gint64 now;

  setlocale (LC_ALL, "");
  if (argc >= 2 && g_str_equal (argv[argc - 1], "--cold"))
    cold_path = argv[--argc];
  if (argc != 2 && argc != 3)
    {
      g_printerr ("Usage: %s DATABASE [NOW (Unix seconds)] [--cold]\n", argv[0]);
      return 1;
    }
  if (cold_path != NULL)
    cold_path = argv[1];
  now = argc == 3 ? g_ascii_strtoll (argv[2], NULL, 10) : steward_time_now ();

  store = steward_store_open_full (argv[1], STEWARD_STORE_OPEN_DEFER_CHECK, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 3;
    }
  /* The dashboard's worker reads on a connection of its own. */
  reader = steward_store_open_reader (store, &error);
  if (reader == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 3;
    }

  g_print ("dashboard at %" G_GINT64_FORMAT " (%s)\n\n", now, argv[1]);
  g_print ("%-40s %12s   %s\n", "step", "time", "figure");
  bench_requests (reader, now);
  bench_complaints (reader, now);
  bench_trainings (reader, now);
  bench_balances (reader);
  g_print ("%-40s %9.1f ms\n\n", "sum of the steps", steps_total);

  for (int run = 1; run <= 3; run++)
    {
      g_autoptr(StewardStore) fresh = steward_store_open_reader (store, NULL);
      g_autoptr(StewardDashboardData) data = NULL;
      g_autofree char *label = g_strdup_printf ("whole read, run %d (fresh reader)", run);

      step_begin ();
      data = steward_dashboard_data_read (fresh, now);
      step_end (label, "breached %u, due soon %u, month %u, rows %u, complaints open %u "
                "month %u, sessions shown %u, trainings month %u, balances %u",
                data->breached, data->due_soon, data->month_requests, data->requests->len,
                data->open_complaints != NULL ? data->open_complaints->len : 0,
                data->month_complaints, data->sessions != NULL ? data->sessions->len : 0,
                data->month_trainings, data->balances->len);
    }
  return 0;
}
