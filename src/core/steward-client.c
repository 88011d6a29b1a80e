/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-client"

#include "config.h"

#include "steward-client.h"

#include <glib/gi18n-lib.h>

#include "steward-contact.h"
#include "steward-error.h"

struct _StewardClient
{
  GObject          parent_instance;

  gint64           id;
  char            *name;
  char            *industry;
  char            *address;
  char            *notes;
  char            *owner;
  char            *advisor;
  StewardPlatforms platforms;
  gboolean         archived;
  gint64           created_at;
  gint64           updated_at;

  guint            open_requests;
  gint64           outstanding_fen;
  gint64           last_activity;
};

G_DEFINE_FINAL_TYPE (StewardClient, steward_client, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_INDUSTRY,
  PROP_ADDRESS,
  PROP_NOTES,
  PROP_OWNER,
  PROP_PLATFORMS,
  PROP_ADVISOR,
  PROP_ARCHIVED,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_OPEN_REQUESTS,
  PROP_OUTSTANDING_FEN,
  PROP_LAST_ACTIVITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GType
steward_platforms_get_type (void)
{
  static gsize type_id = 0;
  static const GFlagsValue values[] = {
    { STEWARD_PLATFORM_WINDOWS, "Windows", "windows" },
    { STEWARD_PLATFORM_MACOS,   "macOS",   "macos" },
    { STEWARD_PLATFORM_LINUX,   "Linux",   "linux" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_flags_register_static ("StewardPlatforms", values));
  return type_id;
}

StewardPlatforms
steward_platforms_from_os (StewardOs os)
{
  switch (os)
    {
    case STEWARD_OS_WINDOWS:
      return STEWARD_PLATFORM_WINDOWS;
    case STEWARD_OS_MACOS:
      return STEWARD_PLATFORM_MACOS;
    case STEWARD_OS_LINUX:
      return STEWARD_PLATFORM_LINUX;
    case STEWARD_OS_NONE:
    default:
      return STEWARD_PLATFORM_NONE;
    }
}

/* Replaces a string field and notifies only when the text changed. */
static void
set_string (StewardClient  *self,
            char          **field,
            const char     *value,
            guint           prop)
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
set_int64 (StewardClient *self,
           gint64        *field,
           gint64         value,
           guint          prop)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
steward_client_finalize (GObject *object)
{
  StewardClient *self = STEWARD_CLIENT (object);

  g_free (self->name);
  g_free (self->industry);
  g_free (self->address);
  g_free (self->notes);
  g_free (self->owner);
  g_free (self->advisor);

  G_OBJECT_CLASS (steward_client_parent_class)->finalize (object);
}

static void
steward_client_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  StewardClient *self = STEWARD_CLIENT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_INDUSTRY: g_value_set_string (value, self->industry); break;
    case PROP_ADDRESS: g_value_set_string (value, self->address); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_OWNER: g_value_set_string (value, self->owner); break;
    case PROP_PLATFORMS: g_value_set_flags (value, self->platforms); break;
    case PROP_ADVISOR: g_value_set_string (value, self->advisor); break;
    case PROP_ARCHIVED: g_value_set_boolean (value, self->archived); break;
    case PROP_CREATED_AT: g_value_set_int64 (value, self->created_at); break;
    case PROP_UPDATED_AT: g_value_set_int64 (value, self->updated_at); break;
    case PROP_OPEN_REQUESTS: g_value_set_uint (value, self->open_requests); break;
    case PROP_OUTSTANDING_FEN: g_value_set_int64 (value, self->outstanding_fen); break;
    case PROP_LAST_ACTIVITY: g_value_set_int64 (value, self->last_activity); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_client_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  StewardClient *self = STEWARD_CLIENT (object);

  switch (prop_id)
    {
    case PROP_ID: steward_client_set_id (self, g_value_get_int64 (value)); break;
    case PROP_NAME: steward_client_set_name (self, g_value_get_string (value)); break;
    case PROP_INDUSTRY: steward_client_set_industry (self, g_value_get_string (value)); break;
    case PROP_ADDRESS: steward_client_set_address (self, g_value_get_string (value)); break;
    case PROP_NOTES: steward_client_set_notes (self, g_value_get_string (value)); break;
    case PROP_OWNER: steward_client_set_owner (self, g_value_get_string (value)); break;
    case PROP_PLATFORMS: steward_client_set_platforms (self, g_value_get_flags (value)); break;
    case PROP_ADVISOR: steward_client_set_advisor (self, g_value_get_string (value)); break;
    case PROP_ARCHIVED: steward_client_set_archived (self, g_value_get_boolean (value)); break;
    case PROP_CREATED_AT: steward_client_set_created_at (self, g_value_get_int64 (value)); break;
    case PROP_UPDATED_AT: steward_client_set_updated_at (self, g_value_get_int64 (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static GParamSpec *
instant_property (const char  *name,
                  GParamFlags  flags)
{
  return g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, STEWARD_TIME_NONE,
                             flags | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static void
steward_client_class_init (StewardClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = steward_client_finalize;
  object_class->get_property = steward_client_get_property;
  object_class->set_property = steward_client_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NAME] = string_property ("name");
  properties[PROP_INDUSTRY] = string_property ("industry");
  properties[PROP_ADDRESS] = string_property ("address");
  properties[PROP_NOTES] = string_property ("notes");
  properties[PROP_OWNER] = string_property ("owner");
  properties[PROP_PLATFORMS] = g_param_spec_flags ("platforms", NULL, NULL, STEWARD_TYPE_PLATFORMS,
                                                   STEWARD_PLATFORM_NONE, rw);
  properties[PROP_ADVISOR] = string_property ("advisor");
  properties[PROP_ARCHIVED] = g_param_spec_boolean ("archived", NULL, NULL, FALSE, rw);
  properties[PROP_CREATED_AT] = instant_property ("created-at", G_PARAM_READWRITE);
  properties[PROP_UPDATED_AT] = instant_property ("updated-at", G_PARAM_READWRITE);
  properties[PROP_OPEN_REQUESTS] = g_param_spec_uint ("open-requests", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_OUTSTANDING_FEN] = g_param_spec_int64 ("outstanding-fen", NULL, NULL,
                                                         G_MININT64, G_MAXINT64, 0, ro);
  properties[PROP_LAST_ACTIVITY] = instant_property ("last-activity", G_PARAM_READABLE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_client_init (StewardClient *self)
{
  self->name = g_strdup ("");
  self->industry = g_strdup ("");
  self->address = g_strdup ("");
  self->notes = g_strdup ("");
  self->owner = g_strdup ("");
  self->advisor = g_strdup ("");
  self->created_at = STEWARD_TIME_NONE;
  self->updated_at = STEWARD_TIME_NONE;
  self->last_activity = STEWARD_TIME_NONE;
}

StewardClient *
steward_client_new (const char *name)
{
  return g_object_new (STEWARD_TYPE_CLIENT, "name", name, NULL);
}

#define STRING_ACCESSORS(field, PROP)                                   \
  const char *                                                          \
  steward_client_get_##field (StewardClient *self)                      \
  {                                                                     \
    g_return_val_if_fail (STEWARD_IS_CLIENT (self), NULL);              \
    return self->field;                                                 \
  }                                                                     \
  void                                                                  \
  steward_client_set_##field (StewardClient *self,                      \
                              const char    *field)                     \
  {                                                                     \
    g_return_if_fail (STEWARD_IS_CLIENT (self));                        \
    set_string (self, &self->field, field, PROP);                       \
  }

STRING_ACCESSORS (name, PROP_NAME)
STRING_ACCESSORS (industry, PROP_INDUSTRY)
STRING_ACCESSORS (address, PROP_ADDRESS)
STRING_ACCESSORS (notes, PROP_NOTES)
STRING_ACCESSORS (owner, PROP_OWNER)
STRING_ACCESSORS (advisor, PROP_ADVISOR)

gint64
steward_client_get_id (StewardClient *self)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT (self), 0);
  return self->id;
}

void
steward_client_set_id (StewardClient *self,
                       gint64         id)
{
  g_return_if_fail (STEWARD_IS_CLIENT (self));
  set_int64 (self, &self->id, id, PROP_ID);
}

StewardPlatforms
steward_client_get_platforms (StewardClient *self)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT (self), STEWARD_PLATFORM_NONE);
  return self->platforms;
}

void
steward_client_set_platforms (StewardClient    *self,
                              StewardPlatforms  platforms)
{
  g_return_if_fail (STEWARD_IS_CLIENT (self));

  platforms &= STEWARD_PLATFORM_WINDOWS | STEWARD_PLATFORM_MACOS | STEWARD_PLATFORM_LINUX;
  if (self->platforms == platforms)
    return;
  self->platforms = platforms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLATFORMS]);
}

gboolean
steward_client_get_archived (StewardClient *self)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT (self), FALSE);
  return self->archived;
}

void
steward_client_set_archived (StewardClient *self,
                             gboolean       archived)
{
  g_return_if_fail (STEWARD_IS_CLIENT (self));

  archived = !!archived;
  if (self->archived == archived)
    return;
  self->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

gint64
steward_client_get_created_at (StewardClient *self)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT (self), STEWARD_TIME_NONE);
  return self->created_at;
}

void
steward_client_set_created_at (StewardClient *self,
                               gint64         created_at)
{
  g_return_if_fail (STEWARD_IS_CLIENT (self));
  set_int64 (self, &self->created_at, created_at, PROP_CREATED_AT);
}

gint64
steward_client_get_updated_at (StewardClient *self)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT (self), STEWARD_TIME_NONE);
  return self->updated_at;
}

void
steward_client_set_updated_at (StewardClient *self,
                               gint64         updated_at)
{
  g_return_if_fail (STEWARD_IS_CLIENT (self));
  set_int64 (self, &self->updated_at, updated_at, PROP_UPDATED_AT);
}

guint
steward_client_get_open_requests (StewardClient *self)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT (self), 0);
  return self->open_requests;
}

gint64
steward_client_get_outstanding_fen (StewardClient *self)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT (self), 0);
  return self->outstanding_fen;
}

gint64
steward_client_get_last_activity (StewardClient *self)
{
  g_return_val_if_fail (STEWARD_IS_CLIENT (self), STEWARD_TIME_NONE);
  return self->last_activity;
}

void
steward_client_set_summary (StewardClient *self,
                            guint          open_requests,
                            gint64         outstanding_fen,
                            gint64         last_activity)
{
  g_return_if_fail (STEWARD_IS_CLIENT (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->open_requests != open_requests)
    {
      self->open_requests = open_requests;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPEN_REQUESTS]);
    }
  set_int64 (self, &self->outstanding_fen, outstanding_fen, PROP_OUTSTANDING_FEN);
  set_int64 (self, &self->last_activity, last_activity, PROP_LAST_ACTIVITY);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Collapses every run of white space to one ASCII space and drops it at both ends. */
static char *
collapse_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

char *
steward_client_name_key (const char *name)
{
  g_autofree char *nfkc = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *again = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (name, -1, NULL), NULL);

  /* Case folding can undo NFKC (e.g. "ǅ"), so normalise again after folding, as Unicode's
   * NFKC_Casefold does. */
  nfkc = g_utf8_normalize (name, -1, G_NORMALIZE_NFKC);
  folded = g_utf8_casefold (nfkc, -1);
  again = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKC);

  return collapse_spaces (again);
}

gboolean
steward_client_validate_name (const char  *name,
                              GError     **error)
{
  g_autofree char *trimmed = NULL;
  glong length;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("Client name is required"));
      return FALSE;
    }

  trimmed = g_strstrip (g_strdup (name));
  length = g_utf8_strlen (trimmed, -1);
  if (length == 0)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("Client name is required"));
      return FALSE;
    }
  if (length > STEWARD_CLIENT_NAME_MAX)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("Client name is too long: at most %d characters (%ld given)"),
                   STEWARD_CLIENT_NAME_MAX, length);
      return FALSE;
    }

  return TRUE;
}

gboolean
steward_client_validate (StewardClient  *self,
                         GPtrArray      *contacts,
                         GError        **error)
{
  guint n_primary = 0;

  g_return_val_if_fail (STEWARD_IS_CLIENT (self), FALSE);

  if (!steward_client_validate_name (self->name, error))
    return FALSE;

  if (contacts == NULL || contacts->len == 0)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("Contacts: a client needs at least one contact"));
      return FALSE;
    }

  for (guint i = 0; i < contacts->len; i++)
    {
      StewardContact *contact = g_ptr_array_index (contacts, i);

      if (!steward_contact_validate (contact, error))
        return FALSE;
      if (steward_contact_get_primary (contact))
        n_primary++;
    }

  if (n_primary != 1)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Primary contact: exactly one contact must be primary (%u is marked)",
                                "Primary contact: exactly one contact must be primary (%u are marked)",
                                n_primary),
                   n_primary);
      return FALSE;
    }

  return TRUE;
}
