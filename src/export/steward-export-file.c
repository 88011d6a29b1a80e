/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "steward-error.h"
#include "steward-export-private.h"

void
export_set_write_error (GError     **error,
                        const char  *path,
                        const char  *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE,
               _("Could not write “%s”: %s"), display, reason);
}

ExportFile *
export_file_new (const char  *path,
                 GError     **error)
{
  g_autoptr(ExportFile) file = g_new0 (ExportFile, 1);

  file->path = g_strdup (path);
  /* In the destination's folder, so the final rename never crosses file systems. */
  file->temp_path = g_strconcat (path, ".tmp-XXXXXX", NULL);
  file->fd = g_mkstemp (file->temp_path);
  if (file->fd < 0)
    {
      int saved = errno;

      g_clear_pointer (&file->temp_path, g_free);
      export_set_write_error (error, path, g_strerror (saved));
      return NULL;
    }
  return g_steal_pointer (&file);
}

void
export_file_close_fd (ExportFile *file)
{
  if (file->fd >= 0)
    {
      close (file->fd);
      file->fd = -1;
    }
}

gboolean
export_file_write (ExportFile  *file,
                   const void  *data,
                   gsize        length,
                   GError     **error)
{
  const char *p = data;

  g_return_val_if_fail (file->fd >= 0, FALSE);

  while (length > 0)
    {
      gssize n = write (file->fd, p, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          export_set_write_error (error, file->path, g_strerror (errno));
          return FALSE;
        }
      p += n;
      length -= n;
    }
  return TRUE;
}

/* The data must be on disk before the rename makes it the destination, or a crash right after
 * could leave an empty file where the old one was. */
static gboolean
sync_temp (ExportFile  *file,
           GError     **error)
{
  int fd = file->fd >= 0 ? file->fd : open (file->temp_path, O_RDONLY | O_CLOEXEC);
  gboolean ok;

  if (fd < 0)
    {
      export_set_write_error (error, file->path, g_strerror (errno));
      return FALSE;
    }
  ok = fsync (fd) == 0 || errno == EINVAL;
  if (!ok)
    export_set_write_error (error, file->path, g_strerror (errno));
  if (fd != file->fd)
    close (fd);
  return ok;
}

gboolean
export_file_commit (ExportFile  *file,
                    GError     **error)
{
  g_return_val_if_fail (!file->committed, FALSE);

  if (!sync_temp (file, error))
    return FALSE;
  export_file_close_fd (file);
  if (g_rename (file->temp_path, file->path) != 0)
    {
      export_set_write_error (error, file->path, g_strerror (errno));
      return FALSE;
    }
  file->committed = TRUE;
  return TRUE;
}

void
export_file_free (ExportFile *file)
{
  if (file == NULL)
    return;
  export_file_close_fd (file);
  if (file->temp_path != NULL && !file->committed)
    g_unlink (file->temp_path);
  g_free (file->temp_path);
  g_free (file->path);
  g_free (file);
}

void
export_locale_init (ExportLocale *locale)
{
  locale_t current = uselocale ((locale_t) 0);
  locale_t base = duplocale (current);

  locale->previous = (locale_t) 0;
  locale->c_numeric = base != (locale_t) 0 ? newlocale (LC_NUMERIC_MASK, "C", base) : (locale_t) 0;
  if (locale->c_numeric == (locale_t) 0)
    {
      if (base != (locale_t) 0)
        freelocale (base);
      /* Only when memory runs out: the plain "C" locale still writes correct numbers. */
      locale->c_numeric = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
    }
}

void
export_locale_push (ExportLocale *locale)
{
  g_assert (locale->previous == (locale_t) 0);
  if (locale->c_numeric != (locale_t) 0)
    locale->previous = uselocale (locale->c_numeric);
}

void
export_locale_pop (ExportLocale *locale)
{
  if (locale->previous != (locale_t) 0)
    uselocale (locale->previous);
  locale->previous = (locale_t) 0;
}

void
export_locale_clear (ExportLocale *locale)
{
  export_locale_pop (locale);
  if (locale->c_numeric != (locale_t) 0)
    freelocale (locale->c_numeric);
  locale->c_numeric = (locale_t) 0;
}

guint
export_display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }
  return width;
}
