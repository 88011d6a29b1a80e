/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "steward-calendar.h"

G_BEGIN_DECLS

/* Where deadline notifications go. The application sends them as GNotifications; tests replace
 * it, since GNotification without a session bus and a notification daemon is not testable. */
#define STEWARD_TYPE_NOTIFICATION_SENDER (steward_notification_sender_get_type ())
G_DECLARE_INTERFACE (StewardNotificationSender, steward_notification_sender, STEWARD, NOTIFICATION_SENDER, GObject)

struct _StewardNotificationSenderInterface
{
  GTypeInterface parent_iface;

  /* Shows @notification; a later one with the same @id replaces it. */
  void (*send) (StewardNotificationSender *self,
                const char                *id,
                GNotification             *notification);
};

void steward_notification_sender_send (StewardNotificationSender *self,
                                       const char                *id,
                                       GNotification             *notification);

/* A sender that calls g_application_send_notification() on @application (not referenced: the
 * application outlives its windows and their notifier). */
StewardNotificationSender *steward_application_notification_sender_new (GApplication *application);

/* The open requests to watch (a GPtrArray of StewardServiceRequest), or NULL with @error set. */
typedef GPtrArray *(*StewardOpenRequestsFunc) (gpointer   user_data,
                                               GError   **error);

#define STEWARD_TYPE_DEADLINE_NOTIFIER (steward_deadline_notifier_get_type ())
G_DECLARE_FINAL_TYPE (StewardDeadlineNotifier, steward_deadline_notifier, STEWARD, DEADLINE_NOTIFIER, GObject)

/* Watches deadlines from @since on (SPEC §5) and sends each alert of
 * steward_deadline_alerts_decide() once through @sender. Activating a notification activates
 * "app.open-request" with the request id (int64). */
StewardDeadlineNotifier *steward_deadline_notifier_new        (StewardNotificationSender *sender,
                                                               StewardCalendar           *calendar,
                                                               gint64                     since);
void                     steward_deadline_notifier_set_source (StewardDeadlineNotifier   *self,
                                                               StewardOpenRequestsFunc    func,
                                                               gpointer                   user_data,
                                                               GDestroyNotify             destroy);
/* Checks the deadlines at @now and sends what is due; returns how many were sent. */
guint                    steward_deadline_notifier_check      (StewardDeadlineNotifier   *self,
                                                               gint64                     now);
/* Checks every @interval seconds on the clock until disposed or stopped. */
void                     steward_deadline_notifier_start      (StewardDeadlineNotifier   *self,
                                                               guint                      interval);
void                     steward_deadline_notifier_stop       (StewardDeadlineNotifier   *self);

G_END_DECLS
