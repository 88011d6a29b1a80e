/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fake-notification-server.h"

static GTestDBus *bus;
static GDBusConnection *connection;
static GPtrArray *received;

static const char introspection[] =
  "<node>"
  "  <interface name='org.gtk.Notifications'>"
  "    <method name='AddNotification'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/>"
  "    </method>"
  "    <method name='RemoveNotification'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static void
fake_notification_free (gpointer data)
{
  FakeNotification *n = data;

  g_free (n->app_id);
  g_free (n->id);
  g_variant_unref (n->notification);
  g_free (n);
}

static void
on_method_call (GDBusConnection       *conn,
                const char            *sender,
                const char            *path,
                const char            *interface,
                const char            *method,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  if (g_strcmp0 (method, "AddNotification") == 0)
    {
      FakeNotification *n = g_new0 (FakeNotification, 1);

      g_variant_get (parameters, "(ss@a{sv})", &n->app_id, &n->id, &n->notification);
      g_ptr_array_add (received, n);
    }
  g_dbus_method_invocation_return_value (invocation, NULL);
}

void
fake_notification_server_start (void)
{
  static const GDBusInterfaceVTable vtable = { on_method_call, NULL, NULL, { 0 } };
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (introspection, NULL);
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  guint32 result = 0;
  g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));

  /* GIO picks the org.gtk.Notifications backend when its name has an owner; say so anyway. */
  g_setenv ("GNOTIFICATION_BACKEND", "gtk", TRUE);

  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  /* g_test_dbus_up() unsets DISPLAY (against X11 bus autolaunch); window tests need it back. */
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);
  received = g_ptr_array_new_with_free_func (fake_notification_free);

  connection = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (bus),
                                                       G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                       G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                       NULL, NULL, &error);
  g_assert_no_error (error);
  g_dbus_connection_register_object (connection, "/org/gtk/Notifications", info->interfaces[0],
                                     &vtable, NULL, NULL, &error);
  g_assert_no_error (error);
  reply = g_dbus_connection_call_sync (connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", "org.gtk.Notifications", 0),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                                       &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(u)", &result);
  g_assert_cmpuint (result, ==, 1);  /* DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER */
}

guint
fake_notification_server_wait (guint n)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (received->len < n && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  return received->len;
}

FakeNotification *
fake_notification_server_get (guint i)
{
  g_assert_cmpuint (i, <, received->len);
  return g_ptr_array_index (received, i);
}

void
fake_notification_server_stop (void)
{
  g_clear_pointer (&received, g_ptr_array_unref);
  g_clear_object (&connection);
  /* Stopped, not torn down: g_test_dbus_down() waits for every user of the session bus (the
   * application keeps its connection until exit) and fails the test when they outlive it. */
  g_test_dbus_stop (bus);
}
