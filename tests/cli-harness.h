/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>
#include <string.h>

G_BEGIN_DECLS

/* The outcome of running the real `steward` executable. */
typedef struct {
  int   status;   /* exit code */
  char *out;      /* stdout */
  char *err;      /* stderr */
} StewardRun;

void        steward_run_free (StewardRun *run);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardRun, steward_run_free)

/* Runs `steward --database DB ARGS…` (no --database when @database is NULL); the argument list
 * ends with NULL. */
StewardRun *steward_run      (const char *database,
                              ...) G_GNUC_NULL_TERMINATED;

/* A fresh temporary folder for one test's database and files; removed by steward_test_dir_free. */
char       *steward_test_dir_new  (void);
void        steward_test_dir_free (char *dir);

/* What a refused command must leave unchanged: the row count of every table, every field of
 * every client and contact, and every stored column of every request and its lines. Compare the snapshots taken before and after with g_assert_cmpstr. */
char       *steward_test_snapshot (const char *database);

/* Writes @contents (@length bytes, -1 for a NUL-terminated string) to @name in @dir; returns
 * the path. */
char       *steward_test_write_file (const char *dir,
                                     const char *name,
                                     const char *contents,
                                     gssize      length);

/* Asserts the exit code and, when @needle is not NULL, that stderr contains it; prints the run's
 * output when the assertion fails. */
/* Parses a command's JSON output (asserting that it is an object / an array). */
JsonObject *steward_test_json_object (const char *text);
JsonArray  *steward_test_json_array  (const char *text);
/* `steward --database DB request show ID --json`, asserting exit 0. */
JsonObject *steward_test_show_request (const char *database,
                                       const char *id);

void        steward_assert_run_at (const StewardRun *run,
                                   int               code,
                                   const char       *needle,
                                   const char       *file,
                                   int               line);
#define steward_assert_run(run, code, needle) \
  steward_assert_run_at ((run), (code), (needle), __FILE__, __LINE__)

/* Runs `steward --database DB ARGS…` and asserts exit code 0. */
#define steward_run_ok(database, ...) \
  G_STMT_START { \
    g_autoptr(StewardRun) run_ok_ = steward_run ((database), __VA_ARGS__, NULL); \
    steward_assert_run (run_ok_, 0, NULL); \
  } G_STMT_END

G_END_DECLS
