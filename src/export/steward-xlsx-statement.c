/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-xlsx"

#include "config.h"

#include "steward-xlsx-statement.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-export-private.h"
#include "steward-money.h"
#include "steward-xlsx-private.h"

#define N_COLUMNS 5
/* The incidents' header row (0-based): below the title block, which stays frozen with it. */
#define HEADER_ROW 5

typedef struct
{
  /* borrowed */
  const StewardPackageStatement *st;
  const char                    *path;
  GTimeZone                     *tz;

  /* owned by the workbook */
  lxw_worksheet                 *sheet;
  XlsxFormats                    formats;
  lxw_format                    *title;
  lxw_format                    *total;

  guint                          widths[N_COLUMNS];
  lxw_error                      code;  /* the first failure */
} Statement;

static void
keep (Statement *s,
      lxw_error  code)
{
  if (s->code == LXW_NO_ERROR)
    s->code = code;
}

static void
put_text (Statement   *s,
          lxw_row_t    row,
          lxw_col_t    col,
          const char  *text,
          lxw_format  *format)
{
  keep (s, xlsx_write_text (s->sheet, row, col, text, format));
  if (text != NULL)
    s->widths[col] = MAX (s->widths[col], export_display_width (text));
}

/* Money in fen, written as yuan. */
static void
put_money (Statement  *s,
           lxw_row_t   row,
           gint64      fen,
           lxw_format *format)
{
  g_autofree char *shown = steward_money_format (fen);

  keep (s, worksheet_write_number (s->sheet, row, N_COLUMNS - 1,
                                   xlsx_number_for (STEWARD_XLSX_COLUMN_MONEY, fen),
                                   format != NULL ? format : s->formats.kind[STEWARD_XLSX_COLUMN_MONEY]));
  s->widths[N_COLUMNS - 1] = MAX (s->widths[N_COLUMNS - 1], export_display_width (shown));
}

static void
put_count (Statement *s,
           lxw_row_t  row,
           guint      count)
{
  keep (s, worksheet_write_number (s->sheet, row, N_COLUMNS - 1, count,
                                   s->formats.kind[STEWARD_XLSX_COLUMN_COUNT]));
}

static void
write_title_block (Statement  *s,
                   const char *client_name)
{
  const StewardPackageStatement *st = s->st;
  g_autofree char *month = g_strdup_printf ("%04d-%02d", st->year, st->month);
  g_autofree char *period = NULL;
  lxw_format *bold = s->formats.header;

  /* TRANSLATORS: the first and last day of a statement's month, "2026-11-01 – 2026-11-30" */
  period = g_strdup_printf (_("%s-01 – %s-%02d"), month, month,
                            g_date_get_days_in_month (st->month, st->year));

  put_text (s, 0, 0, _("Monthly Package Statement"), s->title);
  put_text (s, 1, 0, C_("statement", "Client"), bold);
  put_text (s, 1, 1, client_name, NULL);
  put_text (s, 2, 0, C_("statement", "Month"), bold);
  put_text (s, 2, 1, month, NULL);
  put_text (s, 3, 0, C_("statement", "Period"), bold);
  put_text (s, 3, 1, period, NULL);
}

static lxw_datetime
local_datetime (Statement *s,
                gint64     instant)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_timezone (utc, s->tz) : NULL;
  lxw_datetime out = { 1900, 1, 1, 0, 0, 0 };

  if (local == NULL)
    return out;
  out.year = g_date_time_get_year (local);
  out.month = g_date_time_get_month (local);
  out.day = g_date_time_get_day_of_month (local);
  out.hour = g_date_time_get_hour (local);
  out.min = g_date_time_get_minute (local);
  return out;
}

/* Returns the row after the last incident. */
static lxw_row_t
write_incidents (Statement *s)
{
  const StewardPackageStatement *st = s->st;
  const char *titles[N_COLUMNS] = {
    C_("statement column", "Date"), C_("statement column", "Request"),
    C_("statement column", "Service"), C_("statement column", "Quota"),
    C_("statement column", "Fee"),
  };
  lxw_row_t row = HEADER_ROW;

  for (guint c = 0; c < N_COLUMNS; c++)
    put_text (s, row, c, titles[c], s->formats.header);

  for (guint i = 0; i < st->n_lines; i++)
    {
      const StewardPackageStatementLine *line = &st->lines[i];
      lxw_datetime when = local_datetime (s, line->submitted_at);
      /* TRANSLATORS: a request number, as in "#12" */
      g_autofree char *number = g_strdup_printf (_("#%lld"), (long long) line->request_id);

      row++;
      keep (s, worksheet_write_datetime (s->sheet, row, 0, &when,
                                         s->formats.kind[STEWARD_XLSX_COLUMN_DATE_TIME]));
      s->widths[0] = MAX (s->widths[0], 16);
      put_text (s, row, 1, number, NULL);
      put_text (s, row, 2, steward_enum_label (STEWARD_TYPE_SERVICE, line->service), NULL);
      put_text (s, row, 3, line->covered ? _("Within quota") : _("Overage"), NULL);
      put_money (s, row, line->charge, NULL);
    }

  keep (s, worksheet_autofilter (s->sheet, HEADER_ROW, 0, row, N_COLUMNS - 1));
  return row + 1;
}

/* The figures below the incidents, values in the fee column so that the amounts line up:
 * package price + overage charges = month total; month total − prepaid = total due. */
static void
write_figures (Statement *s,
               lxw_row_t  row)
{
  const StewardPackageStatement *st = s->st;
  g_autofree char *price = steward_money_format (st->overage_price);
  g_autofree char *overage = NULL;

  /* TRANSLATORS: overage incidents times the overage price, as in "Overage charges (2 × ¥200.00)" */
  overage = g_strdup_printf (_("Overage charges (%u × %s)"), st->overage, price);

  row++;
  put_text (s, row, 0, _("Incidents used"), NULL);
  put_count (s, row++, st->used);
  put_text (s, row, 0, C_("statement", "Quota"), NULL);
  put_count (s, row++, st->quota);
  put_text (s, row, 0, _("Quota used"), NULL);
  put_count (s, row++, st->covered);
  put_text (s, row, 0, _("Overage incidents"), NULL);
  put_count (s, row++, st->overage);
  if (st->cancelled > 0)
    {
      put_text (s, row, 0, _("Cancelled incidents (returned to the quota)"), NULL);
      put_count (s, row++, st->cancelled);
    }

  row++;
  put_text (s, row, 0, _("Package price (prepaid at purchase)"), NULL);
  put_money (s, row++, st->package_price, NULL);
  put_text (s, row, 0, overage, NULL);
  put_money (s, row++, st->overage_charge, NULL);
  put_text (s, row, 0, _("Month total"), NULL);
  put_money (s, row++, st->package_price + st->overage_charge, NULL);
  put_text (s, row, 0, _("Prepaid"), NULL);
  put_money (s, row++, -st->package_price, NULL);
  put_text (s, row, 0, _("Total due"), s->formats.header);
  put_money (s, row, st->overage_charge, s->total);
}

static void
write_sheet (Statement    *s,
             lxw_workbook *workbook,
             const char   *client_name)
{
  g_autoptr(GPtrArray) names = xlsx_sheet_names_new ();

  xlsx_formats_init (&s->formats, workbook);
  s->title = workbook_add_format (workbook);
  format_set_bold (s->title);
  format_set_font_size (s->title, 14);
  s->total = workbook_add_format (workbook);
  format_set_bold (s->total);
  format_set_top (s->total, LXW_BORDER_THIN);
  format_set_num_format (s->total, xlsx_kind_num_format (STEWARD_XLSX_COLUMN_MONEY));

  s->sheet = xlsx_add_worksheet (workbook, names, C_("sheet name", "Statement"), NULL);
  write_title_block (s, client_name);
  write_figures (s, write_incidents (s));
  worksheet_freeze_panes (s->sheet, HEADER_ROW + 1, 0);
  for (guint c = 0; c < N_COLUMNS; c++)
    keep (s, worksheet_set_column (s->sheet, c, c, CLAMP (s->widths[c] + 2, 8, 60), NULL));
}

gboolean
steward_xlsx_export_package_statement (const StewardPackageStatement *statement,
                                       const char                    *client_name,
                                       GTimeZone                     *tz,
                                       const char                    *path,
                                       GCancellable                  *cancellable,
                                       GError                       **error)
{
  g_autoptr(ExportFile) file = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  Statement s = { statement, path };
  lxw_workbook *workbook;
  ExportLocale locale;
  lxw_error code;

  g_return_val_if_fail (statement != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  file = export_file_new (path, error);
  if (file == NULL)
    return FALSE;
  export_file_close_fd (file);

  zone = tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_local ();
  s.tz = zone;
  export_locale_init (&locale);
  export_locale_push (&locale);
  workbook = workbook_new (file->temp_path);
  if (workbook == NULL)
    code = LXW_ERROR_CREATING_TMPFILE;
  else
    {
      write_sheet (&s, workbook, client_name != NULL ? client_name : "");
      if (s.code != LXW_NO_ERROR)
        {
          code = s.code;
          lxw_workbook_free (workbook);
        }
      else
        code = workbook_close (workbook);
    }
  export_locale_clear (&locale);

  if (code != LXW_NO_ERROR)
    {
      xlsx_set_error (error, path, code);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return export_file_commit (file, error);
}
