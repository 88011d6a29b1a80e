/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-bench"

#include "config.h"

#include <locale.h>
#include <sys/resource.h>

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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardStore) store = NULL;
  g_autoptr(StewardStoreClients) clients = NULL;
  gint64 started;

  setlocale (LC_ALL, "");
  if (argc != 2)
    {
      g_printerr ("Usage: %s DATABASE\n", argv[0]);
      return 1;
    }

  g_print ("%-34s %13s %14s\n", "step", "time", "peak RSS");
  report ("start", g_get_monotonic_time (), "");

  started = g_get_monotonic_time ();
  store = steward_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 3;
    }
  report ("open (with quick check)", started, argv[1]);

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
    const StewardState open_states[] = {
      STEWARD_STATE_SUBMITTED, STEWARD_STATE_UNDER_REVIEW, STEWARD_STATE_CONFIRMED,
      STEWARD_STATE_IN_PROGRESS, STEWARD_STATE_DELIVERED, STEWARD_STATE_ACCEPTED,
      STEWARD_STATE_WAITING_ON_CLIENT,
    };

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
  }

  return 0;
}
