/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "steward-cli.h"

G_BEGIN_DECLS

typedef struct _StewardCliContext StewardCliContext;

/* A handler gets the words after its command name: argv[0] is the command path for messages
 * ("request quote"), the rest are its own options and arguments. */
typedef int (*StewardCliHandler) (StewardCliContext *ctx,
                                  int                argc,
                                  char             **argv);

typedef struct _StewardCliCommand StewardCliCommand;
struct _StewardCliCommand {
  const char              *name;
  const char              *parameters;   /* e.g. "ID --fee AMOUNT", shown in help; not translated */
  const char              *summary;      /* N_() */
  StewardCliHandler        handler;      /* NULL when the command has subcommands */
  const StewardCliCommand *subcommands;  /* NULL-name terminated */
};

struct _StewardCliContext {
  char        *database_path;  /* --database, or NULL for the default location */
  gboolean     json;           /* --json: machine-readable output where a command lists or shows */
  GTimeZone   *tz;             /* times without an offset are read in this zone (TZ) */
  gpointer     store;          /* StewardStore *, opened on first use by steward_cli_open_store () */
  gpointer     desk;           /* StewardDesk *, created with the store */
};

/* The command tables, one per file (steward-cli-*.c). */
extern const StewardCliCommand steward_cli_commands[];

/* Parses @entries from argv with GOptionContext. Extra words (positional arguments) stay in
 * argv; returns FALSE after printing the usage error (exit with STEWARD_EXIT_USAGE). */
gboolean steward_cli_parse       (StewardCliContext  *ctx,
                                  const GOptionEntry *entries,
                                  const char         *parameters,
                                  int                *argc,
                                  char             ***argv);

/* Prints a usage error naming the command (NULL for none), and returns STEWARD_EXIT_USAGE. */
int      steward_cli_usage_error (const char         *command,
                                  const char         *format,
                                  ...) G_GNUC_PRINTF (2, 3);

/* Prints @error's message on stderr and returns the exit code its code maps to: storage errors
 * to STEWARD_EXIT_STORAGE, every other refusal to STEWARD_EXIT_REFUSED. */
int      steward_cli_fail        (GError             *error);

/* Prints a JSON node on stdout, pretty, followed by a newline. */
void     steward_cli_print_json  (JsonNode           *node);

/* Reads a positive database id ("12") from an argument. */
gboolean steward_cli_parse_id    (const char         *text,
                                  gint64             *id,
                                  GError            **error);

/* steward-cli-demo.c */
int      steward_cli_demo        (StewardCliContext  *ctx,
                                  int                 argc,
                                  char              **argv);

G_END_DECLS
