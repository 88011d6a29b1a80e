/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-contact"

#include "config.h"

#include "steward-contact.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "steward-client.h"
#include "steward-error.h"

#define PHONE_MIN_DIGITS 5
#define PHONE_MAX_DIGITS 20

struct _StewardContact
{
  GObject   parent_instance;

  gint64    id;
  gint64    client_id;
  char     *name;
  char     *role;
  char     *phone;
  char     *email;
  gboolean  primary;
};

G_DEFINE_FINAL_TYPE (StewardContact, steward_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CLIENT_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_PRIMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string (StewardContact  *self,
            char           **field,
            const char      *value,
            guint            prop)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
steward_contact_finalize (GObject *object)
{
  StewardContact *self = STEWARD_CONTACT (object);

  g_free (self->name);
  g_free (self->role);
  g_free (self->phone);
  g_free (self->email);

  G_OBJECT_CLASS (steward_contact_parent_class)->finalize (object);
}

static void
steward_contact_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  StewardContact *self = STEWARD_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_CLIENT_ID: g_value_set_int64 (value, self->client_id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_ROLE: g_value_set_string (value, self->role); break;
    case PROP_PHONE: g_value_set_string (value, self->phone); break;
    case PROP_EMAIL: g_value_set_string (value, self->email); break;
    case PROP_PRIMARY: g_value_set_boolean (value, self->primary); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_contact_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  StewardContact *self = STEWARD_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID: steward_contact_set_id (self, g_value_get_int64 (value)); break;
    case PROP_CLIENT_ID: steward_contact_set_client_id (self, g_value_get_int64 (value)); break;
    case PROP_NAME: steward_contact_set_name (self, g_value_get_string (value)); break;
    case PROP_ROLE: steward_contact_set_role (self, g_value_get_string (value)); break;
    case PROP_PHONE: steward_contact_set_phone (self, g_value_get_string (value)); break;
    case PROP_EMAIL: steward_contact_set_email (self, g_value_get_string (value)); break;
    case PROP_PRIMARY: steward_contact_set_primary (self, g_value_get_boolean (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_contact_class_init (StewardContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = steward_contact_finalize;
  object_class->get_property = steward_contact_get_property;
  object_class->set_property = steward_contact_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_CLIENT_ID] = g_param_spec_int64 ("client-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, "", rw);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, "", rw);
  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, "", rw);
  properties[PROP_PRIMARY] = g_param_spec_boolean ("primary", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_contact_init (StewardContact *self)
{
  self->name = g_strdup ("");
  self->role = g_strdup ("");
  self->phone = g_strdup ("");
  self->email = g_strdup ("");
}

StewardContact *
steward_contact_new (const char *name)
{
  return g_object_new (STEWARD_TYPE_CONTACT, "name", name, NULL);
}

#define STRING_ACCESSORS(field, PROP)                                   \
  const char *                                                          \
  steward_contact_get_##field (StewardContact *self)                    \
  {                                                                     \
    g_return_val_if_fail (STEWARD_IS_CONTACT (self), NULL);             \
    return self->field;                                                 \
  }                                                                     \
  void                                                                  \
  steward_contact_set_##field (StewardContact *self,                    \
                               const char     *field)                   \
  {                                                                     \
    g_return_if_fail (STEWARD_IS_CONTACT (self));                       \
    set_string (self, &self->field, field, PROP);                       \
  }

STRING_ACCESSORS (name, PROP_NAME)
STRING_ACCESSORS (role, PROP_ROLE)
STRING_ACCESSORS (phone, PROP_PHONE)
STRING_ACCESSORS (email, PROP_EMAIL)

gint64
steward_contact_get_id (StewardContact *self)
{
  g_return_val_if_fail (STEWARD_IS_CONTACT (self), 0);
  return self->id;
}

void
steward_contact_set_id (StewardContact *self,
                        gint64          id)
{
  g_return_if_fail (STEWARD_IS_CONTACT (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
steward_contact_get_client_id (StewardContact *self)
{
  g_return_val_if_fail (STEWARD_IS_CONTACT (self), 0);
  return self->client_id;
}

void
steward_contact_set_client_id (StewardContact *self,
                               gint64          client_id)
{
  g_return_if_fail (STEWARD_IS_CONTACT (self));
  if (self->client_id == client_id)
    return;
  self->client_id = client_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIENT_ID]);
}

gboolean
steward_contact_get_primary (StewardContact *self)
{
  g_return_val_if_fail (STEWARD_IS_CONTACT (self), FALSE);
  return self->primary;
}

void
steward_contact_set_primary (StewardContact *self,
                             gboolean        primary)
{
  g_return_if_fail (STEWARD_IS_CONTACT (self));
  primary = !!primary;
  if (self->primary == primary)
    return;
  self->primary = primary;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIMARY]);
}

/* A domain label: letters or digits (any script), inner hyphens. */
static gboolean
valid_domain_label (const char *label)
{
  if (*label == '\0' || *label == '-' || g_str_has_suffix (label, "-"))
    return FALSE;
  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '-' && !g_unichar_isalnum (c))
        return FALSE;
    }
  return TRUE;
}

static gboolean
valid_email (const char *email)
{
  const char *at = strchr (email, '@');
  g_auto(GStrv) labels = NULL;

  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;

  for (const char *p = email; p < at; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c) || (c < 128 && strchr ("\"(),:;<>[\\]", (int) c) != NULL))
        return FALSE;
    }

  labels = g_strsplit (at + 1, ".", -1);
  if (g_strv_length (labels) < 2)
    return FALSE;
  for (guint i = 0; labels[i] != NULL; i++)
    if (!valid_domain_label (labels[i]))
      return FALSE;

  return TRUE;
}

gboolean
steward_contact_validate_email (const char  *email,
                                GError     **error)
{
  if (email == NULL || *email == '\0')
    return TRUE;

  if (!g_utf8_validate (email, -1, NULL) || !valid_email (email))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("Email: “%s” is not an email address (expected name@example.com)"),
                   g_utf8_validate (email, -1, NULL) ? email : "?");
      return FALSE;
    }
  return TRUE;
}

gboolean
steward_contact_validate_phone (const char  *phone,
                                GError     **error)
{
  guint digits = 0;

  if (phone == NULL || *phone == '\0')
    return TRUE;

  for (const char *p = phone; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (strchr (" +-()", *p) == NULL)
        {
          g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                       _("Phone: “%s” may contain only digits, spaces, +, - and parentheses"),
                       g_utf8_validate (phone, -1, NULL) ? phone : "?");
          return FALSE;
        }
    }

  if (digits < PHONE_MIN_DIGITS || digits > PHONE_MAX_DIGITS)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("Phone: “%s” must have %d to %d digits (it has %u)"),
                   phone, PHONE_MIN_DIGITS, PHONE_MAX_DIGITS, digits);
      return FALSE;
    }

  return TRUE;
}

gboolean
steward_contact_validate (StewardContact  *self,
                          GError         **error)
{
  g_autofree char *trimmed = NULL;
  glong length;

  g_return_val_if_fail (STEWARD_IS_CONTACT (self), FALSE);

  trimmed = g_strstrip (g_strdup (self->name));
  length = g_utf8_validate (trimmed, -1, NULL) ? g_utf8_strlen (trimmed, -1) : 0;
  if (length == 0)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("Contact name is required"));
      return FALSE;
    }
  if (length > STEWARD_CLIENT_NAME_MAX)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("Contact name is too long: at most %d characters (%ld given)"),
                   STEWARD_CLIENT_NAME_MAX, length);
      return FALSE;
    }

  return steward_contact_validate_phone (self->phone, error) &&
         steward_contact_validate_email (self->email, error);
}

char *
steward_contact_phone_digits (const char *phone)
{
  GString *out = g_string_new (NULL);

  for (const char *p = phone != NULL ? phone : ""; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}
