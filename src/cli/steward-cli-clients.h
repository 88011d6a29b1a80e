/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-cli-private.h"
#include "steward-client.h"
#include "steward-contact.h"

G_BEGIN_DECLS

/* Shared by the client commands and `import clients`. */

/* Reads operating-system codes, each of which may hold several separated by commas. */
gboolean        steward_cli_parse_platforms     (const char * const  *codes,
                                                 StewardPlatforms    *out_platforms,
                                                 GError             **error);
/* "windows,linux" */
char           *steward_cli_format_platforms    (StewardPlatforms     platforms);
/* The primary contact of a new client: @contact_name, or the client's name when none is given. */
StewardContact *steward_cli_new_primary_contact (const char          *contact_name,
                                                 const char          *client_name);

/* steward-cli-client-view.c */
int             steward_cli_client_list         (StewardCliContext   *ctx,
                                                 int                  argc,
                                                 char               **argv);
/* The client and its contacts as `client show --json` prints them. */
JsonNode       *steward_cli_client_to_json      (StewardCliContext   *ctx,
                                                 StewardClient       *client,
                                                 GPtrArray           *contacts);
int             steward_cli_client_show         (StewardCliContext   *ctx,
                                                 int                  argc,
                                                 char               **argv);

/* steward-cli-client-export.c */
int             steward_cli_client_export       (StewardCliContext   *ctx,
                                                 int                  argc,
                                                 char               **argv);

G_END_DECLS
