/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-bench"

#include "config.h"

#include <fcntl.h>
#include <locale.h>
#include <stdlib.h>
#include <unistd.h>

#include "steward-client-list-model.h"
#include "steward-client.h"
#include "steward-dashboard-load.h"
#include "steward-dashboard-state.h"
#include "steward-request-list-model.h"
#include "steward-store-complaints.h"
#include "steward-store-training.h"
#include "steward-time.h"
#include "steward-training-session.h"

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
  g_autoptr(StewardRequestListModel) breached = NULL;
  g_autoptr(StewardRequestListModel) due_soon = NULL;
  g_autoptr(StewardRequestListModel) month = NULL;
  gint64 from, until;
  guint n;

  step_begin ();
  breached = steward_request_list_model_new (store);
  steward_request_list_model_set_now (breached, now);
  steward_request_list_model_set_sla_status (breached, STEWARD_SLA_STATUS_BREACHED);
  steward_request_list_model_set_running_clocks_only (breached, TRUE);
  steward_request_list_model_set_sort (breached, STEWARD_REQUEST_SORT_RESPONSE_DUE, FALSE);
  step_end ("requests breached (count)", "%u", g_list_model_get_n_items (G_LIST_MODEL (breached)));

  step_begin ();
  due_soon = steward_request_list_model_new (store);
  steward_request_list_model_set_now (due_soon, now);
  steward_request_list_model_set_sla_status (due_soon, STEWARD_SLA_STATUS_DUE_SOON);
  steward_request_list_model_set_sort (due_soon, STEWARD_REQUEST_SORT_RESPONSE_DUE, FALSE);
  step_end ("requests due soon (count)", "%u", g_list_model_get_n_items (G_LIST_MODEL (due_soon)));

  step_begin ();
  month = steward_request_list_model_new (store);
  steward_dashboard_month_range (now, NULL, &from, &until);
  steward_request_list_model_set_submitted_range (month, from, until);
  step_end ("requests this month (count)", "%u", g_list_model_get_n_items (G_LIST_MODEL (month)));

  step_begin ();
  n = MIN (STEWARD_DASHBOARD_MAX_ROWS, g_list_model_get_n_items (G_LIST_MODEL (due_soon)));
  for (guint i = 0; i < n; i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (due_soon), i));
  step_end ("requests due soon (first rows)", "%u rows", n);

  step_begin ();
  n = MIN (STEWARD_DASHBOARD_MAX_ROWS - n, g_list_model_get_n_items (G_LIST_MODEL (breached)));
  for (guint i = 0; i < n; i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (breached), i));
  step_end ("requests breached (first rows)", "%u rows", n);
}

static void
bench_complaints (StewardStore *store,
                  gint64        now)
{
  g_autoptr(StewardStoreComplaints) repo = steward_store_complaints_new (store);
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GPtrArray) received = NULL;
  gint64 from, until;

  step_begin ();
  open = steward_complaint_repository_list_open (STEWARD_COMPLAINT_REPOSITORY (repo), NULL);
  step_end ("complaints open (list)", "%u", open != NULL ? open->len : 0);

  step_begin ();
  steward_dashboard_month_range (now, NULL, &from, &until);
  received = steward_complaint_repository_list_received (STEWARD_COMPLAINT_REPOSITORY (repo),
                                                         from, until, NULL);
  step_end ("complaints this month", "%u", received != NULL ? received->len : 0);
}

static void
bench_trainings (StewardStore *store,
                 gint64        now)
{
  g_autoptr(StewardStoreTraining) repo = steward_store_training_new (store);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) month = NULL;
  gint64 from, until;
  guint n = 0;

  step_begin ();
  steward_dashboard_days_range (now, NULL, 2, &from, &until);
  sessions = steward_training_repository_list_range (STEWARD_TRAINING_REPOSITORY (repo),
                                                     from, until, NULL);
  step_end ("trainings today and tomorrow", "%u", sessions != NULL ? sessions->len : 0);

  step_begin ();
  steward_dashboard_month_range (now, NULL, &from, &until);
  month = steward_training_repository_list_range (STEWARD_TRAINING_REPOSITORY (repo),
                                                  from, until, NULL);
  for (guint i = 0; month != NULL && i < month->len; i++)
    if (steward_training_session_get_status (g_ptr_array_index (month, i)) != STEWARD_TRAINING_STATUS_CANCELLED)
      n++;
  step_end ("trainings this month", "%u", n);
}

static void
bench_balances (StewardStore *store)
{
  g_autoptr(StewardClientListModel) clients = NULL;
  g_autoptr(GString) detail = g_string_new (NULL);
  guint n;

  step_begin ();
  clients = steward_client_list_model_new (store);
  steward_client_list_model_set_sort (clients, STEWARD_CLIENT_SORT_OUTSTANDING, TRUE);
  n = MIN (STEWARD_DASHBOARD_MAX_ROWS, g_list_model_get_n_items (G_LIST_MODEL (clients)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardClient) client = g_list_model_get_item (G_LIST_MODEL (clients), i);

      if (client == NULL || steward_client_get_outstanding_fen (client) <= 0)
        break;
      g_string_append_printf (detail, "%s%" G_GINT64_FORMAT, detail->len > 0 ? " " : "",
                              steward_client_get_outstanding_fen (client));
    }
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
                "month %u, sessions %u, trainings month %u, balances %u",
                data->breached, data->due_soon, data->month_requests, data->requests->len,
                data->open_complaints != NULL ? data->open_complaints->len : 0,
                data->month_complaints, data->sessions != NULL ? data->sessions->len : 0,
                data->month_trainings, data->balances->len);
    }
  return 0;
}
