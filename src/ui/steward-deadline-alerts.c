/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-deadline-alerts"

#include "config.h"

#include "steward-deadline-alerts.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-sla.h"
#include "steward-workflow.h"

void
steward_deadline_alert_free (StewardDeadlineAlert *alert)
{
  if (alert == NULL)
    return;

  g_free (alert->key);
  g_free (alert->title);
  g_free (alert->body);
  g_free (alert);
}

static char *
alert_title (gint64            id,
             StewardDeadline   deadline,
             StewardAlertLevel level)
{
  if (deadline == STEWARD_DEADLINE_RESPONSE)
    return level == STEWARD_ALERT_DUE_SOON
           ? g_strdup_printf (_("Request #%lld: first response due soon"), (long long) id)
           : g_strdup_printf (_("Request #%lld: first response deadline breached"), (long long) id);

  return level == STEWARD_ALERT_DUE_SOON
         ? g_strdup_printf (_("Request #%lld: delivery due soon"), (long long) id)
         : g_strdup_printf (_("Request #%lld: delivery deadline breached"), (long long) id);
}

static StewardDeadlineAlert *
alert_new (StewardServiceRequest *request,
           StewardCalendar       *calendar,
           const StewardDeadlineView *view,
           StewardDeadline        deadline,
           StewardAlertLevel      level)
{
  StewardDeadlineAlert *alert = g_new0 (StewardDeadlineAlert, 1);
  gint64 id = steward_service_request_get_id (request);
  const char *service = steward_enum_label (STEWARD_TYPE_SERVICE,
                                            steward_service_request_get_service (request));

  alert->request_id = id;
  alert->deadline = deadline;
  alert->level = level;
  alert->due = view->due;
  alert->key = g_strdup_printf ("%lld:%s:%s:%lld", (long long) id,
                                deadline == STEWARD_DEADLINE_RESPONSE ? "response" : "delivery",
                                level == STEWARD_ALERT_DUE_SOON ? "due-soon" : "breached",
                                (long long) view->due);
  alert->title = alert_title (id, deadline, level);
  /* TRANSLATORS: a notification's body: the service, then the deadline's text */
  alert->body = g_strdup_printf (_("%s · %s"), service, view->text);

  return alert;
}

static void
consider (GPtrArray             *alerts,
          StewardServiceRequest *request,
          StewardCalendar       *calendar,
          StewardDeadline        deadline,
          gint64                 now,
          gint64                 since,
          GHashTable            *sent)
{
  StewardDeadlineView view = { 0 };
  StewardDeadlineAlert *alert = NULL;

  steward_deadline_view_init (&view, request, calendar, deadline, now);

  /* A breach counts only while the step is still undone and when it happened while watched. */
  if (view.status == STEWARD_SLA_STATUS_DUE_SOON)
    alert = alert_new (request, calendar, &view, deadline, STEWARD_ALERT_DUE_SOON);
  else if (view.status == STEWARD_SLA_STATUS_BREACHED && view.seconds_left < 0 &&
           view.due >= since)
    alert = alert_new (request, calendar, &view, deadline, STEWARD_ALERT_BREACHED);

  if (alert != NULL && sent != NULL && g_hash_table_contains (sent, alert->key))
    g_clear_pointer (&alert, steward_deadline_alert_free);
  if (alert != NULL)
    g_ptr_array_add (alerts, alert);

  steward_deadline_view_clear (&view);
}

GPtrArray *
steward_deadline_alerts_decide (GPtrArray       *requests,
                                StewardCalendar *calendar,
                                gint64           now,
                                gint64           since,
                                GHashTable      *sent)
{
  g_autoptr(GPtrArray) alerts = NULL;
  gboolean business;

  g_return_val_if_fail (requests != NULL, NULL);
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), NULL);

  alerts = g_ptr_array_new_with_free_func ((GDestroyNotify) steward_deadline_alert_free);
  business = steward_calendar_is_business_time (calendar, now);

  for (guint i = 0; i < requests->len; i++)
    {
      StewardServiceRequest *request = g_ptr_array_index (requests, i);

      if (!steward_state_is_open (steward_service_request_get_state (request)))
        continue;
      /* Quiet hours: only an after-hours emergency may wake the account manager. */
      if (!business && !steward_service_request_get_emergency (request))
        continue;

      consider (alerts, request, calendar, STEWARD_DEADLINE_RESPONSE, now, since, sent);
      consider (alerts, request, calendar, STEWARD_DEADLINE_DELIVERY, now, since, sent);
    }

  return g_steal_pointer (&alerts);
}
