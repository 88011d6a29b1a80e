/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-cli-private.h"

G_BEGIN_DECLS

/* steward-cli-request-view.c */
int steward_cli_request_show (StewardCliContext *ctx, int argc, char **argv);
int steward_cli_request_list (StewardCliContext *ctx, int argc, char **argv);
/* Request @id with its money, deadlines, payments and audit as `request show --json` prints it;
 * @desk is a StewardDesk *. */
JsonNode *steward_cli_request_to_json (StewardCliContext  *ctx,
                                       gpointer            desk,
                                       gint64              id,
                                       GError            **error);

G_END_DECLS
