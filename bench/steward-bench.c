/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-bench"

#include "config.h"

#include <locale.h>
#include <sys/resource.h>
#include <time.h>

#include "steward-client-list-model.h"
#include "steward-request-list-model.h"
#include "steward-store-clients.h"
#include "steward-store.h"

/* Prints, for an existing database (make one with `steward demo --clients 100000 --requests
 * 1000000`), how long the operations a user waits for take: opening it, searching clients for
 * a two-character Chinese and a three-letter Latin query, and loading the first page of the
 * client and request lists (plain, filtered, searched) — with the peak memory of the process
 * after each step. A benchmark,
 * not a test: it asserts nothing. */

static double
peak_rss_mib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  /* Linux reports KiB */
}

/* CPU time of the process (user + system), in µs: on a machine shared with other jobs the wall
 * clock also counts the time spent waiting for a core. */
static gint64
cpu_time_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
report (const char *step,
        gint64      started,
        const char *detail)
{
  double ms = (g_get_monotonic_time () - started) / 1000.0;

  g_print ("%-34s %10.1f ms %10.1f MiB   %s\n", step, ms, peak_rss_mib (), detail);
}

static gboolean
search (StewardStoreClients *clients,
        const char          *label,
        const char          *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *detail = NULL;
  gint64 started = g_get_monotonic_time ();

  ids = steward_store_clients_search (clients, text, 0, &error);
  if (ids == NULL)
    {
      g_printerr ("search “%s”: %s\n", text, error->message);
      return FALSE;
    }
  detail = g_strdup_printf ("“%s”: %u matches", text, ids->len);
  report (label, started, detail);
  return TRUE;
}

/* Counts the rows and materialises the first page, as a list view does for its first frame. */
static void
first_page (GListModel *model,
            const char *label,
            gint64      started)
{
  guint n = g_list_model_get_n_items (model);
  guint page = MIN (n, 200);
  g_autofree char *detail = NULL;

  for (guint i = 0; i < page; i++)
    g_object_unref (g_list_model_get_item (model, i));
  detail = g_strdup_printf ("%u rows, first %u materialised", n, page);
  report (label, started, detail);
}

/* One row of the request matrix: a filter of the requests page, set (@on) or cleared. */
typedef struct {
  const char *label;
  void      (*apply) (StewardRequestListModel *model, int value, gboolean on);
  int         value;
} RequestFilter;

static const StewardState open_states[] = {
  STEWARD_STATE_SUBMITTED, STEWARD_STATE_UNDER_REVIEW, STEWARD_STATE_CONFIRMED,
  STEWARD_STATE_IN_PROGRESS, STEWARD_STATE_DELIVERED, STEWARD_STATE_ACCEPTED,
  STEWARD_STATE_WAITING_ON_CLIENT,
};

static gint64 bench_client_id;

static void
filter_none (StewardRequestListModel *model, int value, gboolean on)
{
}

static void
filter_open (StewardRequestListModel *model, int value, gboolean on)
{
  steward_request_list_model_set_states (model, open_states, on ? G_N_ELEMENTS (open_states) : 0);
}

static void
filter_state (StewardRequestListModel *model, int value, gboolean on)
{
  StewardState state = value;

  steward_request_list_model_set_states (model, &state, on ? 1 : 0);
}

static void
filter_service (StewardRequestListModel *model, int value, gboolean on)
{
  steward_request_list_model_set_service (model, on ? value : STEWARD_REQUEST_FILTER_ANY);
}

static void
filter_category (StewardRequestListModel *model, int value, gboolean on)
{
  steward_request_list_model_set_category (model, on ? value : STEWARD_REQUEST_FILTER_ANY);
}

static void
filter_priority (StewardRequestListModel *model, int value, gboolean on)
{
  steward_request_list_model_set_priority (model, on ? value : STEWARD_REQUEST_FILTER_ANY);
}

/* value: a StewardSlaStatus; -1 for breached with running clocks only (the dashboard). */
static void
filter_sla (StewardRequestListModel *model, int value, gboolean on)
{
  steward_request_list_model_set_running_clocks_only (model, on && value < 0);
  steward_request_list_model_set_sla_status (model, !on ? STEWARD_SLA_STATUS_NONE
                                                    : value < 0 ? STEWARD_SLA_STATUS_BREACHED : value);
}

/* The date choices of the requests page: value 0 today, 1 last 7 days, 2 this month, 3 last
 * month, 4 this year (local time). */
static void
filter_date (StewardRequestListModel *model, int value, gboolean on)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr(GDateTime) month = g_date_time_add_days (today, 1 - g_date_time_get_day_of_month (today));
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (today, 1);
  g_autoptr(GDateTime) week_ago = g_date_time_add_days (today, -6);
  g_autoptr(GDateTime) last_month = g_date_time_add_months (month, -1);
  g_autoptr(GDateTime) year = g_date_time_add_days (today, 1 - g_date_time_get_day_of_year (today));
  GDateTime *from[] = { today, week_ago, month, last_month, year };
  GDateTime *until[] = { tomorrow, tomorrow, NULL, month, NULL };

  if (!on)
    steward_request_list_model_set_submitted_range (model, STEWARD_TIME_NONE, STEWARD_TIME_NONE);
  else
    steward_request_list_model_set_submitted_range (model, g_date_time_to_unix (from[value]),
                                                    until[value] != NULL
                                                    ? g_date_time_to_unix (until[value])
                                                    : STEWARD_TIME_NONE);
}

static void
filter_client (StewardRequestListModel *model, int value, gboolean on)
{
  steward_request_list_model_set_client (model, on ? bench_client_id : 0);
}

static void
filter_search (StewardRequestListModel *model, int value, gboolean on)
{
  const char *texts[] = { "#500000", "nor", "科技" };

  steward_request_list_model_set_search (model, on ? texts[value] : NULL);
}

/* Two filters at once, as a user narrows the list further: value picks the pair. */
static void
filter_pair (StewardRequestListModel *model, int value, gboolean on)
{
  switch (value)
    {
    case 0:
      filter_open (model, 0, on);
      filter_priority (model, STEWARD_PRIORITY_URGENT, on);
      break;
    case 1:
      filter_open (model, 0, on);
      filter_service (model, STEWARD_SERVICE_CONFIG, on);
      break;
    case 2:
      filter_open (model, 0, on);
      filter_date (model, 2, on);
      break;
    case 3:
      filter_sla (model, STEWARD_SLA_STATUS_BREACHED, on);
      filter_service (model, STEWARD_SERVICE_REMOTE, on);
      break;
    default:
      filter_service (model, STEWARD_SERVICE_ADVISOR, on);
      filter_priority (model, STEWARD_PRIORITY_URGENT, on);
      break;
    }
}

static const RequestFilter request_filters[] = {
  { "every request", filter_none, 0 },
  { "state: open", filter_open, 0 },
  { "state: submitted", filter_state, STEWARD_STATE_SUBMITTED },
  { "state: under review", filter_state, STEWARD_STATE_UNDER_REVIEW },
  { "state: confirmed", filter_state, STEWARD_STATE_CONFIRMED },
  { "state: in progress", filter_state, STEWARD_STATE_IN_PROGRESS },
  { "state: delivered", filter_state, STEWARD_STATE_DELIVERED },
  { "state: accepted", filter_state, STEWARD_STATE_ACCEPTED },
  { "state: settled", filter_state, STEWARD_STATE_SETTLED },
  { "state: rejected", filter_state, STEWARD_STATE_REJECTED },
  { "state: cancelled", filter_state, STEWARD_STATE_CANCELLED },
  { "state: waiting on client", filter_state, STEWARD_STATE_WAITING_ON_CLIENT },
  { "service: advisor", filter_service, STEWARD_SERVICE_ADVISOR },
  { "service: remote", filter_service, STEWARD_SERVICE_REMOTE },
  { "service: config", filter_service, STEWARD_SERVICE_CONFIG },
  { "service: training", filter_service, STEWARD_SERVICE_TRAINING },
  { "service: report", filter_service, STEWARD_SERVICE_REPORT },
  { "service: visual", filter_service, STEWARD_SERVICE_VISUAL },
  { "category: support", filter_category, STEWARD_CATEGORY_SUPPORT },
  { "category: solution", filter_category, STEWARD_CATEGORY_SOLUTION },
  { "category: analysis", filter_category, STEWARD_CATEGORY_ANALYSIS },
  { "priority: standard", filter_priority, STEWARD_PRIORITY_STANDARD },
  { "priority: urgent", filter_priority, STEWARD_PRIORITY_URGENT },
  { "SLA: due soon", filter_sla, STEWARD_SLA_STATUS_DUE_SOON },
  { "SLA: breached", filter_sla, STEWARD_SLA_STATUS_BREACHED },
  { "SLA: breached, running only", filter_sla, -1 },
  { "SLA: running", filter_sla, STEWARD_SLA_STATUS_RUNNING },
  { "SLA: paused", filter_sla, STEWARD_SLA_STATUS_PAUSED },
  { "submitted today", filter_date, 0 },
  { "submitted last 7 days", filter_date, 1 },
  { "submitted this month", filter_date, 2 },
  { "submitted last month", filter_date, 3 },
  { "submitted this year", filter_date, 4 },
  { "one client", filter_client, 0 },
  { "search “#500000”", filter_search, 0 },
  { "search “nor”", filter_search, 1 },
  { "search “科技”", filter_search, 2 },
  { "open + urgent", filter_pair, 0 },
  { "open + config", filter_pair, 1 },
  { "open + this month", filter_pair, 2 },
  { "breached + remote", filter_pair, 3 },
  { "advisor + urgent", filter_pair, 4 },
};

static const char *const sort_names[] = {
  "submitted", "client", "service", "state", "fee", "response", "delivery"
};

/* Count + first page (200 rows materialised) of every filter of the requests page with every
 * sort, ascending and descending: one line per filter, "ascending/descending" CPU milliseconds
 * per sort. Each figure is one reload of the model set up so (the count and the query of the
 * first page) and the 200 rows read, as the requests page does for its first frame. */
static void
bench_request_matrix (StewardRequestListModel *model)
{
  double worst_wall = 0, worst_cpu = 0;
  const char *worst = "";

  if (g_list_model_get_n_items (G_LIST_MODEL (model)) > 0)
    {
      g_autoptr(StewardServiceRequest) first = g_list_model_get_item (G_LIST_MODEL (model), 0);

      bench_client_id = steward_service_request_get_client_id (first);
    }

  g_print ("\n%-28s %9s", "CPU ms, ascending/descending", "rows");
  for (guint s = 0; s < G_N_ELEMENTS (sort_names); s++)
    g_print (" %11s", sort_names[s]);
  g_print ("\n");

  for (guint f = 0; f < G_N_ELEMENTS (request_filters); f++)
    {
      const RequestFilter *filter = &request_filters[f];
      guint n = 0;

      g_print ("%-28s", filter->label);
      for (guint s = 0; s < G_N_ELEMENTS (sort_names); s++)
        {
          double cpu[2];

          for (int descending = 0; descending < 2; descending++)
            {
              gint64 started, started_cpu;
              double wall;

              steward_request_list_model_set_sort (model, s, descending);
              filter->apply (model, filter->value, TRUE);
              started = g_get_monotonic_time ();
              started_cpu = cpu_time_us ();
              steward_request_list_model_reload (model, NULL);
              n = g_list_model_get_n_items (G_LIST_MODEL (model));
              for (guint i = 0; i < MIN (n, 200); i++)
                g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), i));
              cpu[descending] = (cpu_time_us () - started_cpu) / 1000.0;
              wall = (g_get_monotonic_time () - started) / 1000.0;
              if (cpu[descending] > worst_cpu)
                worst = filter->label;
              worst_cpu = MAX (worst_cpu, cpu[descending]);
              worst_wall = MAX (worst_wall, wall);
              filter->apply (model, filter->value, FALSE);
            }
          if (s == 0)
            g_print (" %9u", n);
          g_print (" %5.0f/%-5.0f", cpu[0], cpu[1]);
        }
      g_print ("\n");
    }
  g_print ("slowest: %.0f ms CPU (%s), %.0f ms wall clock\n", worst_cpu, worst, worst_wall);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardStore) store = NULL;
  g_autoptr(StewardStoreClients) clients = NULL;
  gint64 started;
  gboolean matrix_only = argc == 3 && g_str_equal (argv[2], "--matrix");

  setlocale (LC_ALL, "");
  if (argc != 2 && !matrix_only)
    {
      g_printerr ("Usage: %s DATABASE [--matrix]\n", argv[0]);
      return 1;
    }

  g_print ("%-34s %13s %14s\n", "step", "time", "peak RSS");
  report ("start", g_get_monotonic_time (), "");

  /* --matrix: only the request list table, opened without the quick check. */
  started = g_get_monotonic_time ();
  store = steward_store_open_full (argv[1], matrix_only ? STEWARD_STORE_OPEN_DEFER_CHECK
                                                         : STEWARD_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 3;
    }
  report (matrix_only ? "open (no quick check)" : "open (with quick check)", started, argv[1]);

  if (matrix_only)
    {
      g_autoptr(StewardRequestListModel) model = steward_request_list_model_new (store);

      bench_request_matrix (model);
      return 0;
    }

  clients = steward_store_clients_new (store);
  if (!search (clients, "client search, 2 Chinese chars", "科技") ||
      !search (clients, "client search, 3 Latin letters", "nor"))
    return 3;

  {
    g_autoptr(StewardClientListModel) model = NULL;

    started = g_get_monotonic_time ();
    model = steward_client_list_model_new (store);
    first_page (G_LIST_MODEL (model), "client list, first page", started);

    started = g_get_monotonic_time ();
    steward_client_list_model_set_search (model, "科技");
    first_page (G_LIST_MODEL (model), "client list searched, first page", started);
  }

  {
    g_autoptr(StewardRequestListModel) model = NULL;

    /* The requests page opens on every request, newest first. */
    started = g_get_monotonic_time ();
    model = steward_request_list_model_new (store);
    first_page (G_LIST_MODEL (model), "request list, first page", started);

    started = g_get_monotonic_time ();
    steward_request_list_model_set_states (model, open_states, G_N_ELEMENTS (open_states));
    steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_RESPONSE_DUE, FALSE);
    first_page (G_LIST_MODEL (model), "open requests by deadline, page 1", started);

    started = g_get_monotonic_time ();
    steward_request_list_model_set_states (model, NULL, 0);
    steward_request_list_model_set_sort (model, STEWARD_REQUEST_SORT_SUBMITTED, TRUE);
    steward_request_list_model_set_search (model, "nor");
    first_page (G_LIST_MODEL (model), "requests searched, first page", started);

    steward_request_list_model_set_search (model, NULL);
    bench_request_matrix (model);
  }

  return 0;
}
