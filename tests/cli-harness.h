/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

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

G_END_DECLS
