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
  gpointer     clients;        /* StewardStoreClients *, created on first use */
  gpointer     calendar;       /* StewardCalendar *, the persisted business calendar */
  gpointer     requests;       /* StewardStoreRequests *, created with the desk */
};

/* The command tables, one per file (steward-cli-*.c). */
extern const StewardCliCommand steward_cli_commands[];
extern const StewardCliCommand steward_cli_client_commands[];
extern const StewardCliCommand steward_cli_import_commands[];
extern const StewardCliCommand steward_cli_request_commands[];
extern const StewardCliCommand steward_cli_payment_commands[];
extern const StewardCliCommand steward_cli_calendar_commands[];
extern const StewardCliCommand steward_cli_package_commands[];
extern const StewardCliCommand steward_cli_training_commands[];
extern const StewardCliCommand steward_cli_complaint_commands[];
extern const StewardCliCommand steward_cli_report_commands[];

/* Commands without subcommands (steward-cli-maintenance.c). */
int steward_cli_check  (StewardCliContext *ctx, int argc, char **argv);
int steward_cli_backup (StewardCliContext *ctx, int argc, char **argv);
/* steward-cli-payments.c */
int steward_cli_rate   (StewardCliContext *ctx, int argc, char **argv);

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

/* The context helper (steward-cli-context.c). */

/* Drops what the context opened. */
void     steward_cli_context_clear (StewardCliContext *ctx);
/* Opens the database of --database (or the default path) on first use; the context keeps it.
 * Returns a borrowed StewardStore *, or NULL with a STEWARD_ERROR_STORAGE error. */
gpointer steward_cli_open_store    (StewardCliContext  *ctx,
                                    GError            **error);
/* The store's client repository (a borrowed StewardClientRepository *). */
gpointer steward_cli_get_clients   (StewardCliContext  *ctx,
                                    GError            **error);

/* The service desk over the store's requests, with the persisted business calendar, pricing
 * limits and account manager's name (a borrowed StewardDesk *). */
gpointer steward_cli_get_desk      (StewardCliContext  *ctx,
                                    GError            **error);
/* The persisted business calendar (a borrowed StewardCalendar *). */
gpointer steward_cli_get_calendar  (StewardCliContext  *ctx,
                                    GError            **error);

/* Checks that exactly @n positional words follow the command (argv[1..n]); otherwise prints a
 * usage error naming @parameters and returns FALSE. */
gboolean steward_cli_expect_args   (int                 argc,
                                    char              **argv,
                                    int                 n,
                                    const char         *parameters);
/* Reads an instant from an option (@text NULL gives the current time); text without an offset
 * is local time (TZ). @option names the option in the message. */
gboolean steward_cli_parse_time    (StewardCliContext  *ctx,
                                    const char         *option,
                                    const char         *text,
                                    gint64             *out_instant,
                                    GError            **error);
/* Reads an amount in yuan ("200", "¥1,234.50") as fen; @option names the option. */
gboolean steward_cli_parse_money   (const char         *option,
                                    const char         *text,
                                    gint64             *out_fen,
                                    GError            **error);
/* Reads one of an enum's codes ("urgent"); the message lists the codes it accepts. */
gboolean steward_cli_parse_code    (GType               enum_type,
                                    const char         *option,
                                    const char         *text,
                                    int                *out_value,
                                    GError            **error);
/* ISO-8601 with the UTC offset in the context's zone ("2026-03-09T10:30:00+08:00"); "" for
 * STEWARD_TIME_NONE. */
char    *steward_cli_format_time   (StewardCliContext  *ctx,
                                    gint64              instant);
/* Adds "name": ISO-8601 time, or null for STEWARD_TIME_NONE. */
void     steward_cli_json_time     (StewardCliContext  *ctx,
                                    JsonBuilder        *builder,
                                    const char         *name,
                                    gint64              instant);
/* Adds "name": "text", or null when @text is NULL. */
void     steward_cli_json_string   (JsonBuilder        *builder,
                                    const char         *name,
                                    const char         *text);
void     steward_cli_json_int      (JsonBuilder        *builder,
                                    const char         *name,
                                    gint64              value);
void     steward_cli_json_bool     (JsonBuilder        *builder,
                                    const char         *name,
                                    gboolean            value);
/* steward-cli-demo.c */
int      steward_cli_demo        (StewardCliContext  *ctx,
                                  int                 argc,
                                  char              **argv);

G_END_DECLS
