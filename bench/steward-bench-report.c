/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-bench-report"

#include "config.h"

#include <stdlib.h>

#include "steward-report-engine.h"
#include "steward-report-templates.h"
#include "steward-store-testing-reports.h"
#include "steward-time.h"

/* Times the quarterly service summary through the report engine against the same aggregation
 * written by hand as one plain SQL query (the floor), on the database given as argument:
 *
 *   steward-bench-report [--generate N] [--runs K] DATABASE [PERIOD]
 *
 * PERIOD is a report period ("2026-Q2"); by default the last complete quarter. --generate
 * first fills DATABASE with N generated requests over 2024–2026 (for trying it without the
 * demo database). */

static guint n_generate = 0;
static guint n_runs = 5;

static GOptionEntry entries[] = {
  { "generate", 'g', 0, G_OPTION_ARG_INT, &n_generate, "Generate N requests first", "N" },
  { "runs", 'r', 0, G_OPTION_ARG_INT, &n_runs, "Timed runs of each (median and best are reported)", "K" },
  { NULL }
};

typedef gboolean (*BenchFunc) (gpointer data, guint *out_rows, GError **error);

typedef struct
{
  StewardStore      *store;
  StewardReportSpec *spec;
  gint64             now;
  GTimeZone         *tz;
  gint64             start;
  gint64             end;
} Bench;

static gboolean
run_engine (gpointer  data,
            guint    *out_rows,
            GError  **error)
{
  Bench *b = data;
  g_autoptr(StewardReportResult) result = NULL;

  result = steward_report_engine_run (b->store, b->spec, b->now, b->tz, NULL, error);
  if (result == NULL)
    return FALSE;
  *out_rows = steward_report_result_get_n_rows (result);
  return TRUE;
}

static gboolean
run_floor (gpointer  data,
           guint    *out_rows,
           GError  **error)
{
  Bench *b = data;
  gint64 n = steward_store_testing_quarterly_floor (b->store, b->start, b->end, b->now, error);

  *out_rows = (guint) MAX (n, 0);
  return n >= 0;
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* The median of n_runs after one warm-up run, in milliseconds; *out_best the best. */
static double
median_time (BenchFunc  func,
             Bench     *bench,
             guint     *out_rows,
             double    *out_best)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i <= MAX (n_runs, 1); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time (), elapsed;

      if (!func (bench, out_rows, &error))
        {
          g_printerr ("%s\n", error->message);
          exit (3);
        }
      elapsed = g_get_monotonic_time () - start;
      if (i > 0)
        g_array_append_val (times, elapsed);
    }
  g_array_sort (times, compare_times);
  *out_best = g_array_index (times, gint64, 0) / 1000.0;
  return g_array_index (times, gint64, times->len / 2) / 1000.0;
}

static void
generate (StewardStore *store,
          GTimeZone    *tz)
{
  g_autoptr(GError) error = NULL;
  gint64 start = 0, end = 0;

  steward_time_parse ("2024-01-01", tz, &start, NULL);
  steward_time_parse ("2027-01-01", tz, &end, NULL);
  if (!steward_store_testing_generate (store, MAX (1, n_generate / 20), n_generate, start, end, 42, &error))
    {
      g_printerr ("%s\n", error->message);
      exit (3);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("DATABASE [PERIOD]");
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardStore) store = NULL;
  g_autoptr(StewardReportPeriod) period = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autofree char *label = NULL;
  Bench bench = { 0 };
  double engine_ms, floor_ms, all_time_ms, engine_best, floor_best, all_time_best;
  guint engine_rows = 0, floor_rows = 0, all_time_rows = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2 || argc > 3)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "Usage: steward-bench-report [--generate N] DATABASE [PERIOD]");
      return 1;
    }

  store = steward_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 3;
    }
  if (n_generate > 0)
    generate (store, tz);

  bench.store = store;
  bench.tz = tz;
  bench.now = steward_time_now ();
  bench.spec = steward_report_template_new ("quarterly-summary", NULL);
  if (argc == 3)
    {
      steward_report_spec_set_periodic (bench.spec, STEWARD_REPORT_PERIODIC_NONE);
      steward_report_spec_set_period (bench.spec, argv[2]);
    }
  if (!steward_report_spec_resolve_period (bench.spec, bench.now, tz, &period, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  bench.start = steward_report_period_get_start (period);
  bench.end = steward_report_period_get_end (period);

  engine_ms = median_time (run_engine, &bench, &engine_rows, &engine_best);
  floor_ms = median_time (run_floor, &bench, &floor_rows, &floor_best);
  label = steward_report_period_dup_label (period);
  g_print ("quarterly summary, %s\n", label);
  g_print ("  engine:      %9.2f ms median, %9.2f best  (%u rows)\n", engine_ms, engine_best, engine_rows);
  g_print ("  plain SQL:   %9.2f ms median, %9.2f best  (%u rows)\n", floor_ms, floor_best, floor_rows);
  g_print ("  ratio:       %9.2f median, %9.2f best\n",
           floor_ms > 0 ? engine_ms / floor_ms : 0.0, floor_best > 0 ? engine_best / floor_best : 0.0);

  /* For scale: every quarter of the database's history through the engine. */
  steward_report_spec_set_periodic (bench.spec, STEWARD_REPORT_PERIODIC_NONE);
  steward_report_spec_set_period (bench.spec, NULL);
  all_time_ms = median_time (run_engine, &bench, &all_time_rows, &all_time_best);
  g_print ("  engine, all quarters: %9.2f ms median  (%u rows)\n", all_time_ms, all_time_rows);

  g_object_unref (bench.spec);
  return 0;
}
