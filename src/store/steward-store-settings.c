/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-store-settings"

#include "config.h"

#include "steward-store-settings.h"

#include <glib/gi18n-lib.h>

#include "steward-error.h"
#include "steward-store-private.h"

typedef enum {
  FIELD_MONEY,   /* gint64 fen */
  FIELD_COUNT,   /* guint */
} FieldKind;

typedef struct {
  const char *key;
  FieldKind   kind;
  gsize       offset;
} PricingField;

static const PricingField pricing_fields[] = {
  { "pricing.incident-max", FIELD_MONEY, G_STRUCT_OFFSET (StewardPricing, incident_max) },
  { "pricing.package-month-price", FIELD_MONEY, G_STRUCT_OFFSET (StewardPricing, package_month_price) },
  { "pricing.package-max-months", FIELD_COUNT, G_STRUCT_OFFSET (StewardPricing, package_max_months) },
  { "pricing.package-default-quota", FIELD_COUNT, G_STRUCT_OFFSET (StewardPricing, package_default_quota) },
  { "pricing.package-default-overage", FIELD_MONEY, G_STRUCT_OFFSET (StewardPricing, package_default_overage) },
  { "pricing.project-max", FIELD_MONEY, G_STRUCT_OFFSET (StewardPricing, project_max) },
  { "pricing.advanced-min", FIELD_MONEY, G_STRUCT_OFFSET (StewardPricing, advanced_min) },
};

#define MANAGER_KEY "manager.name"

/* The stored text of @key, or NULL (without error) when the key is missing. */
static char *
read_setting (StewardStore  *store,
              const char    *key,
              GError       **error)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (store, "SELECT value FROM settings WHERE key = ?",
                                                       error);
  int rc;

  if (stmt == NULL)
    return NULL;
  steward_stmt_bind_text (stmt, 1, key);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup (steward_stmt_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    steward_store_set_error (store, error);
  return NULL;
}

static gboolean
write_setting (StewardStore  *store,
               const char    *key,
               const char    *value,
               GError       **error)
{
  g_autoptr(StewardStmt) stmt = steward_store_prepare (store,
                                                       "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                                                       error);

  if (stmt == NULL)
    return FALSE;
  steward_stmt_bind_text (stmt, 1, key);
  steward_stmt_bind_text (stmt, 2, value);
  return steward_store_step_done (store, stmt, error);
}

gboolean
steward_store_settings_load_pricing (StewardStore    *store,
                                     StewardPricing  *out_pricing,
                                     GError         **error)
{
  StewardPricing pricing;

  g_return_val_if_fail (STEWARD_IS_STORE (store), FALSE);
  g_return_val_if_fail (out_pricing != NULL, FALSE);

  steward_pricing_init_defaults (&pricing);
  for (guint i = 0; i < G_N_ELEMENTS (pricing_fields); i++)
    {
      const PricingField *field = &pricing_fields[i];
      g_autoptr(GError) local_error = NULL;
      g_autofree char *text = read_setting (store, field->key, &local_error);
      gint64 value;

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (text == NULL)
        continue;
      if (!g_ascii_string_to_signed (text, 10, 0, field->kind == FIELD_COUNT ? G_MAXUINT : G_MAXINT64,
                                     &value, NULL))
        {
          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
                       _("The stored setting “%s” is not a valid number: “%s”"), field->key, text);
          return FALSE;
        }
      if (field->kind == FIELD_COUNT)
        G_STRUCT_MEMBER (guint, &pricing, field->offset) = (guint) value;
      else
        G_STRUCT_MEMBER (gint64, &pricing, field->offset) = value;
    }

  *out_pricing = pricing;
  return TRUE;
}

gboolean
steward_store_settings_save_pricing (StewardStore          *store,
                                     const StewardPricing  *pricing,
                                     GError               **error)
{
  g_return_val_if_fail (STEWARD_IS_STORE (store), FALSE);
  g_return_val_if_fail (pricing != NULL, FALSE);

  if (!steward_pricing_validate (pricing, error))
    return FALSE;
  if (!steward_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (pricing_fields); i++)
    {
      const PricingField *field = &pricing_fields[i];
      g_autofree char *text = NULL;

      if (field->kind == FIELD_COUNT)
        text = g_strdup_printf ("%u", G_STRUCT_MEMBER (guint, pricing, field->offset));
      else
        text = g_strdup_printf ("%" G_GINT64_FORMAT, G_STRUCT_MEMBER (gint64, pricing, field->offset));
      if (!write_setting (store, field->key, text, error))
        {
          steward_store_rollback (store);
          return FALSE;
        }
    }
  return steward_store_commit (store, error);
}

char *
steward_store_settings_dup_manager (StewardStore  *store,
                                    GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  char *name;

  g_return_val_if_fail (STEWARD_IS_STORE (store), NULL);

  name = read_setting (store, MANAGER_KEY, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return name != NULL ? name : g_strdup ("");
}

gboolean
steward_store_settings_set_manager (StewardStore  *store,
                                    const char    *name,
                                    GError       **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));

  g_return_val_if_fail (STEWARD_IS_STORE (store), FALSE);

  if (!g_utf8_validate (trimmed, -1, NULL))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("Account manager’s name: the text is not valid UTF-8"));
      return FALSE;
    }
  return write_setting (store, MANAGER_KEY, trimmed, error);
}
