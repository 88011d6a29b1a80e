/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-client-format"

#include "config.h"

#include "steward-client-format.h"

#include <glib/gi18n-lib.h>

#include "steward-money.h"
#include "steward-time.h"

char *
steward_format_last_activity (gint64     instant,
                              gint64     now,
                              GTimeZone *tz)
{
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) yesterday = NULL;
  g_autofree char *time = NULL;

  if (instant == STEWARD_TIME_NONE)
    return g_strdup ("");

  when = steward_time_to_date_time (instant, tz);
  today = steward_time_to_date_time (now, tz);
  midnight = g_date_time_new (g_date_time_get_timezone (today), g_date_time_get_year (today),
                              g_date_time_get_month (today),
                              g_date_time_get_day_of_month (today), 0, 0, 0);
  yesterday = g_date_time_add_days (midnight, -1);

  if (g_date_time_compare (when, midnight) >= 0 && instant <= now)
    {
      time = g_date_time_format (when, "%H:%M");
      /* Translators: a time today, e.g. "Today 14:05". */
      return g_strdup_printf (_("Today %s"), time);
    }
  if (g_date_time_compare (when, yesterday) >= 0 && instant <= now)
    {
      time = g_date_time_format (when, "%H:%M");
      /* Translators: a time yesterday, e.g. "Yesterday 09:30". */
      return g_strdup_printf (_("Yesterday %s"), time);
    }
  if (g_date_time_get_year (when) == g_date_time_get_year (today))
    /* Translators: a date this year for strftime (g_date_time_format), e.g. "Mar 3". */
    return g_date_time_format (when, C_("date this year", "%b %-d"));

  return g_date_time_format (when, "%Y-%m-%d");
}

char *
steward_format_balance (gint64 fen)
{
  return fen == 0 ? g_strdup ("") : steward_money_format (fen);
}

char *
steward_format_client_count (guint n_clients)
{
  g_autofree char *number = g_strdup_printf ("%'u", n_clients);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s client", "%s clients", n_clients),
                          number);
}

char *
steward_format_platforms (StewardPlatforms platforms)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (platforms & STEWARD_PLATFORM_WINDOWS)
    g_ptr_array_add (names, (gpointer) "Windows");
  if (platforms & STEWARD_PLATFORM_MACOS)
    g_ptr_array_add (names, (gpointer) "macOS");
  if (platforms & STEWARD_PLATFORM_LINUX)
    g_ptr_array_add (names, (gpointer) "Linux");

  if (names->len == 0)
    return g_strdup (C_("platforms", "None"));

  g_ptr_array_add (names, NULL);
  /* Translators: the separator between platform names, as in "Windows, macOS". */
  return g_strjoinv (_(", "), (char **) names->pdata);
}

char *
steward_format_contact_summary (StewardContact *contact)
{
  const char *parts[] = {
    steward_contact_get_role (contact),
    steward_contact_get_phone (contact),
    steward_contact_get_email (contact),
  };
  g_autoptr(GPtrArray) present = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      g_ptr_array_add (present, (gpointer) parts[i]);
  g_ptr_array_add (present, NULL);

  return g_strjoinv (" · ", (char **) present->pdata);
}

StewardClientsView
steward_clients_view_for (guint    n_items,
                          gboolean searching_or_filtering)
{
  if (n_items > 0)
    return STEWARD_CLIENTS_VIEW_LIST;
  return searching_or_filtering ? STEWARD_CLIENTS_VIEW_NO_RESULTS : STEWARD_CLIENTS_VIEW_EMPTY;
}

StewardClientActions
steward_client_actions_for (StewardClient *client)
{
  StewardClientActions actions = { FALSE, FALSE, FALSE };

  if (client == NULL)
    return actions;

  actions.open = TRUE;
  actions.archive = !steward_client_get_archived (client);
  actions.restore = steward_client_get_archived (client);
  return actions;
}
