/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "steward-store.h"

G_BEGIN_DECLS

/* The standard configuration templates the user keeps (SPEC §2): a `config` request of kind
 * "template" names one. A template is never deleted, only archived, so the requests that chose
 * it keep their history. */
typedef struct {
  gint64    id;
  char     *name;
  char     *description;
  gboolean  archived;
} StewardConfigTemplate;

void      steward_config_template_free     (StewardConfigTemplate *template_);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardConfigTemplate, steward_config_template_free)

/* The templates by name (StewardConfigTemplate), archived ones only when @include_archived. */
GPtrArray *steward_store_templates_list    (StewardStore  *store,
                                            gboolean       include_archived,
                                            GError       **error);
/* Adds a template; a blank name is STEWARD_ERROR_INVALID, a name already kept (archived or not)
 * is STEWARD_ERROR_CONFLICT naming it. Returns the new id, 0 on failure. */
gint64     steward_store_templates_add     (StewardStore  *store,
                                            const char    *name,
                                            const char    *description,
                                            gint64         at,
                                            GError       **error);
/* Archives or restores template @id (STEWARD_ERROR_NOT_FOUND for an unknown id). */
gboolean   steward_store_templates_set_archived (StewardStore  *store,
                                                 gint64         id,
                                                 gboolean       archived,
                                                 GError       **error);

G_END_DECLS
