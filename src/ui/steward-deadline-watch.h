/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-application.h"

G_BEGIN_DECLS

/* Deadline notifications while the application runs (SPEC §5): once per application, adds the
 * "app.open-request" action (x: a request id; it shows the request in the active window) and
 * starts a StewardDeadlineNotifier that checks the store's due-soon and breached requests every
 * 30 seconds and sends GNotifications through the application. Calling it again does nothing. */
void steward_deadline_watch_install (StewardApplication *application);

G_END_DECLS
