/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-deadline-notifier"

#include "config.h"

#include "steward-deadline-notifier.h"

#include "steward-deadline-alerts.h"
#include "steward-time.h"

G_DEFINE_INTERFACE (StewardNotificationSender, steward_notification_sender, G_TYPE_OBJECT)

static void
steward_notification_sender_default_init (StewardNotificationSenderInterface *iface)
{
}

void
steward_notification_sender_send (StewardNotificationSender *self,
                                  const char                *id,
                                  GNotification             *notification)
{
  g_return_if_fail (STEWARD_IS_NOTIFICATION_SENDER (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (G_IS_NOTIFICATION (notification));

  STEWARD_NOTIFICATION_SENDER_GET_IFACE (self)->send (self, id, notification);
}

/* The GApplication sender. */

#define STEWARD_TYPE_APPLICATION_SENDER (steward_application_sender_get_type ())
G_DECLARE_FINAL_TYPE (StewardApplicationSender, steward_application_sender, STEWARD, APPLICATION_SENDER, GObject)

struct _StewardApplicationSender
{
  GObject       parent_instance;
  GWeakRef      application;
};

static void sender_iface_init (StewardNotificationSenderInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StewardApplicationSender, steward_application_sender, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (STEWARD_TYPE_NOTIFICATION_SENDER,
                                                      sender_iface_init))

static void
application_sender_send (StewardNotificationSender *sender,
                         const char                *id,
                         GNotification             *notification)
{
  StewardApplicationSender *self = STEWARD_APPLICATION_SENDER (sender);
  g_autoptr(GApplication) app = g_weak_ref_get (&self->application);

  if (app != NULL)
    g_application_send_notification (app, id, notification);
}

static void
sender_iface_init (StewardNotificationSenderInterface *iface)
{
  iface->send = application_sender_send;
}

static void
steward_application_sender_finalize (GObject *object)
{
  StewardApplicationSender *self = STEWARD_APPLICATION_SENDER (object);

  g_weak_ref_clear (&self->application);

  G_OBJECT_CLASS (steward_application_sender_parent_class)->finalize (object);
}

static void
steward_application_sender_class_init (StewardApplicationSenderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = steward_application_sender_finalize;
}

static void
steward_application_sender_init (StewardApplicationSender *self)
{
  g_weak_ref_init (&self->application, NULL);
}

StewardNotificationSender *
steward_application_notification_sender_new (GApplication *application)
{
  StewardApplicationSender *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);

  self = g_object_new (STEWARD_TYPE_APPLICATION_SENDER, NULL);
  g_weak_ref_set (&self->application, application);
  return STEWARD_NOTIFICATION_SENDER (self);
}

/* The notifier. */

struct _StewardDeadlineNotifier
{
  GObject                    parent_instance;

  /* owned */
  StewardNotificationSender *sender;
  StewardCalendar           *calendar;
  GHashTable                *sent;     /* alert keys already sent */
  guint                      timeout_id;

  gint64                     since;
  StewardOpenRequestsFunc    source;
  gpointer                   source_data;
  GDestroyNotify             source_destroy;
};

G_DEFINE_FINAL_TYPE (StewardDeadlineNotifier, steward_deadline_notifier, G_TYPE_OBJECT)

StewardDeadlineNotifier *
steward_deadline_notifier_new (StewardNotificationSender *sender,
                               StewardCalendar           *calendar,
                               gint64                     since)
{
  StewardDeadlineNotifier *self;

  g_return_val_if_fail (STEWARD_IS_NOTIFICATION_SENDER (sender), NULL);
  g_return_val_if_fail (STEWARD_IS_CALENDAR (calendar), NULL);

  self = g_object_new (STEWARD_TYPE_DEADLINE_NOTIFIER, NULL);
  self->sender = g_object_ref (sender);
  self->calendar = g_object_ref (calendar);
  self->since = since;
  return self;
}

void
steward_deadline_notifier_set_source (StewardDeadlineNotifier *self,
                                      StewardOpenRequestsFunc  func,
                                      gpointer                 user_data,
                                      GDestroyNotify           destroy)
{
  g_return_if_fail (STEWARD_IS_DEADLINE_NOTIFIER (self));

  if (self->source_destroy != NULL)
    self->source_destroy (self->source_data);
  self->source = func;
  self->source_data = user_data;
  self->source_destroy = destroy;
}

static void
send_alert (StewardDeadlineNotifier *self,
            StewardDeadlineAlert    *alert)
{
  g_autoptr(GNotification) notification = g_notification_new (alert->title);
  /* One notification per deadline: "breached" replaces the "due soon" still on screen. */
  g_autofree char *id = g_strdup_printf ("request-%lld-%s", (long long) alert->request_id,
                                         alert->deadline == STEWARD_DEADLINE_RESPONSE
                                         ? "response" : "delivery");

  g_notification_set_body (notification, alert->body);
  g_notification_set_priority (notification, alert->level == STEWARD_ALERT_BREACHED
                                             ? G_NOTIFICATION_PRIORITY_HIGH
                                             : G_NOTIFICATION_PRIORITY_NORMAL);
  g_notification_set_default_action_and_target (notification, "app.open-request", "x",
                                                (gint64) alert->request_id);
  steward_notification_sender_send (self->sender, id, notification);
  g_hash_table_add (self->sent, g_strdup (alert->key));
}

guint
steward_deadline_notifier_check (StewardDeadlineNotifier *self,
                                 gint64                   now)
{
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(GPtrArray) alerts = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (STEWARD_IS_DEADLINE_NOTIFIER (self), 0);

  if (self->source == NULL)
    return 0;

  requests = self->source (self->source_data, &error);
  if (requests == NULL)
    {
      g_debug ("Deadlines not checked: %s", error != NULL ? error->message : "?");
      return 0;
    }

  alerts = steward_deadline_alerts_decide (requests, self->calendar, now, self->since, self->sent);
  for (guint i = 0; i < alerts->len; i++)
    send_alert (self, g_ptr_array_index (alerts, i));

  return alerts->len;
}

static gboolean
on_tick (gpointer user_data)
{
  steward_deadline_notifier_check (user_data, steward_time_now ());
  return G_SOURCE_CONTINUE;
}

void
steward_deadline_notifier_start (StewardDeadlineNotifier *self,
                                 guint                    interval)
{
  g_return_if_fail (STEWARD_IS_DEADLINE_NOTIFIER (self));
  g_return_if_fail (interval > 0);

  steward_deadline_notifier_stop (self);
  self->timeout_id = g_timeout_add_seconds (interval, on_tick, self);
}

void
steward_deadline_notifier_stop (StewardDeadlineNotifier *self)
{
  g_return_if_fail (STEWARD_IS_DEADLINE_NOTIFIER (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
}

static void
steward_deadline_notifier_dispose (GObject *object)
{
  StewardDeadlineNotifier *self = STEWARD_DEADLINE_NOTIFIER (object);

  steward_deadline_notifier_stop (self);
  steward_deadline_notifier_set_source (self, NULL, NULL, NULL);

  G_OBJECT_CLASS (steward_deadline_notifier_parent_class)->dispose (object);
}

static void
steward_deadline_notifier_finalize (GObject *object)
{
  StewardDeadlineNotifier *self = STEWARD_DEADLINE_NOTIFIER (object);

  g_clear_object (&self->sender);
  g_clear_object (&self->calendar);
  g_clear_pointer (&self->sent, g_hash_table_unref);

  G_OBJECT_CLASS (steward_deadline_notifier_parent_class)->finalize (object);
}

static void
steward_deadline_notifier_class_init (StewardDeadlineNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_deadline_notifier_dispose;
  object_class->finalize = steward_deadline_notifier_finalize;
}

static void
steward_deadline_notifier_init (StewardDeadlineNotifier *self)
{
  self->sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}
