/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-error"

#include "config.h"

#include "steward-error.h"

G_DEFINE_QUARK (steward-error-quark, steward_error)
