/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A private session bus (GTestDBus) with a stand-in for GNOME Shell's org.gtk.Notifications,
 * so that a GApplication's g_application_send_notification() goes through GIO's real "gtk"
 * backend and the notification arrives here as GIO serialises it: an a{sv} with "title",
 * "body", "priority", "default-action" and "default-action-target". Call
 * fake_notification_server_start() before anything connects to the session bus (before
 * gtk_test_init()). */
typedef struct
{
  char     *app_id;
  char     *id;
  GVariant *notification;  /* a{sv} */
} FakeNotification;

void              fake_notification_server_start (void);
/* Runs the main loop until @n notifications have arrived (or a few seconds pass); returns how
 * many have. */
guint             fake_notification_server_wait  (guint n);
/* The @i-th notification received (borrowed). */
FakeNotification *fake_notification_server_get   (guint i);
void              fake_notification_server_stop  (void);

G_END_DECLS
