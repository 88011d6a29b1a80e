/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-request-desk"

#include "config.h"

#include "steward-request-desk.h"

#include "steward-store-requests.h"
#include "steward-store-settings.h"

#define DATA_KEY "steward-request-desk"

typedef struct {
  StewardStore *store;   /* the store the desk was made for */
  StewardDesk  *desk;
  gulong        pricing_handler;
} DeskData;

static void
desk_data_free (gpointer data)
{
  DeskData *d = data;

  g_clear_object (&d->store);
  g_clear_object (&d->desk);
  g_free (d);
}

static void
on_pricing_changed (StewardApplication *application,
                    DeskData           *d)
{
  if (d->desk != NULL)
    steward_desk_set_pricing (d->desk, steward_application_get_pricing (application), NULL);
}

static StewardDesk *
desk_new (StewardApplication *application,
          StewardStore       *store)
{
  StewardCalendar *calendar = steward_application_get_calendar (application);
  g_autoptr(StewardStoreRequests) repo = steward_store_requests_new (store, calendar);
  g_autoptr(GError) error = NULL;
  g_autofree char *manager = steward_store_settings_dup_manager (store, &error);

  if (error != NULL)
    g_debug ("No manager name: %s", error->message);

  return steward_desk_new (STEWARD_REQUEST_REPOSITORY (repo), calendar,
                           steward_application_get_pricing (application), manager);
}

StewardDesk *
steward_request_desk_get (StewardApplication *application)
{
  StewardStore *store;
  DeskData *d;

  g_return_val_if_fail (STEWARD_IS_APPLICATION (application), NULL);

  store = steward_application_get_store (application);
  d = g_object_get_data (G_OBJECT (application), DATA_KEY);
  if (d == NULL)
    {
      d = g_new0 (DeskData, 1);
      g_object_set_data_full (G_OBJECT (application), DATA_KEY, d, desk_data_free);
      d->pricing_handler = g_signal_connect (application, "pricing-changed",
                                             G_CALLBACK (on_pricing_changed), d);
    }

  if (d->store != store)
    {
      g_clear_object (&d->desk);
      g_set_object (&d->store, store);
      if (store != NULL)
        d->desk = desk_new (application, store);
    }

  return d->desk;
}
