/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-application.h"
#include "steward-desk.h"

G_BEGIN_DECLS

/* The service desk of the application's store, shared by the requests and packages pages and
 * the deadline notifications: the store's SQLite request repository with the application's
 * business calendar and pricing, and the account manager's name from the store's settings.
 * Made on first use and again when the application opens another store; follows
 * "pricing-changed". NULL while no database is open. (The application itself may take this
 * over; until then it lives here, attached to the application.) */
StewardDesk *steward_request_desk_get (StewardApplication *application);

G_END_DECLS
