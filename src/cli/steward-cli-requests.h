/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-cli-private.h"

G_BEGIN_DECLS

/* steward-cli-request-view.c */
int steward_cli_request_show (StewardCliContext *ctx, int argc, char **argv);
int steward_cli_request_list (StewardCliContext *ctx, int argc, char **argv);

G_END_DECLS
