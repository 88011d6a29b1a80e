/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Defines func_get_type() registering a GEnum from its values. Each value gives the enum
 * value, the English label marked with NC_() in the context of its type name (translated on
 * display by steward_enum_label()), and the stable code (the nick) stored in databases and
 * files: never change a code. */
#define STEWARD_DEFINE_ENUM(func, Name, ...)                                  \
  GType                                                                       \
  func##_get_type (void)                                                      \
  {                                                                           \
    static gsize type_id = 0;                                                 \
    static const GEnumValue values[] = { __VA_ARGS__, { 0, NULL, NULL } };    \
    if (g_once_init_enter (&type_id))                                         \
      g_once_init_leave (&type_id, g_enum_register_static (Name, values));    \
    return type_id;                                                           \
  }

G_END_DECLS
