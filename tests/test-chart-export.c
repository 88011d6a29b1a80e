/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <string.h>

#include "chart-fixtures.h"
#include "steward-chart-export.h"
#include "steward-error.h"
#include "xlsx-reader.h"

/* Cairo 1.16's PDF surface leaks 768 bytes in cairo_surface_finish whenever it embeds text
 * (see test-chart-render.c); only leaks allocated under that call are ignored, which needs the
 * slow unwinder since cairo has no frame pointers. Read by the sanitizers only. */
const char *__lsan_default_suppressions (void);
const char *__asan_default_options (void);

const char *
__asan_default_options (void)
{
  return "fast_unwind_on_malloc=0";
}

const char *
__lsan_default_suppressions (void)
{
  return "leak:cairo_surface_finish\n";
}

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("steward-chart-export-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  xlsx_remove_dir (f->dir);
  g_free (f->dir);
}

/* Runs a command and returns what it printed; fails the test when it fails. */
static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
pdf_text (const char *path,
          int         page)
{
  g_autofree char *number = g_strdup_printf ("%d", page);
  const char *all[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  const char *one[] = { "pdftotext", "-enc", "UTF-8", "-f", number, "-l", number, path, "-", NULL };

  return run (page > 0 ? one : all);
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run (argv);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:") + strspn (pages + 6, " "), NULL, 10);
}

static StewardChartOptions
options_for (StewardChartType type)
{
  StewardChartOptions o = { .type = type, .measure = 0, .title = "季度服务汇总" };

  return o;
}

static void
test_png (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  StewardChartOptions options = options_for (STEWARD_CHART_BAR_GROUPED);
  g_autofree char *path = g_build_filename (f->dir, "chart.png", NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;
  guint blue = 0;

  g_assert_true (steward_chart_export_png (result, &options, 480, 300, 2, path, &error));
  g_assert_no_error (error);

  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 960);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 600);

  /* The first series' bars are in the palette's first colour, #3584E4. */
  for (int y = 0; y < 600; y++)
    {
      const guint32 *line = (const guint32 *) (cairo_image_surface_get_data (image) +
                                               y * cairo_image_surface_get_stride (image));

      for (int x = 0; x < 960; x++)
        blue += (line[x] & 0xFFFFFF) == 0x3584E4;
    }
  g_assert_cmpuint (blue, >, 1000);
  cairo_surface_destroy (image);
  g_assert_cmpuint (xlsx_dir_n_entries (f->dir), ==, 1);
}

static void
test_svg (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  StewardChartOptions options = options_for (STEWARD_CHART_PIE);
  g_autofree char *path = g_build_filename (f->dir, "chart.svg", NULL);
  g_autofree char *svg = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "xmllint", "--noout", path, NULL };
  g_autofree char *lint = NULL;

  g_assert_true (steward_chart_export_svg (result, &options, 640, 400, path, &error));
  g_assert_no_error (error);
  lint = run (argv);
  g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
  g_assert_nonnull (strstr (svg, "<svg"));
  g_assert_nonnull (strstr (svg, "width=\"640px\""));
  g_assert_nonnull (strstr (svg, "height=\"400px\""));
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  StewardChartOptions options = options_for (STEWARD_CHART_BAR_STACKED);
  g_autofree char *path = g_build_filename (f->dir, "chart.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_chart_export_pdf (result, &options, 640, 400, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (path), ==, 1);
  /* Chinese comes out as text, so a CJK font was embedded (not boxes). */
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "季度服务汇总"));
  g_assert_nonnull (strstr (text, "远程协助"));
  g_assert_nonnull (strstr (text, "专属技术顾问"));
}

static void
test_pdf_report_pages (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(StewardReportResult) result = fixture_long_chinese_names (120);
  StewardChartOptions options = options_for (STEWARD_CHART_BAR_GROUPED);
  g_autofree char *path = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *all = NULL;
  g_autofree char *footer = NULL;
  g_autoptr(GError) error = NULL;
  guint pages;

  g_assert_true (steward_chart_export_pdf_report (result, &options, path, NULL, &error));
  g_assert_no_error (error);
  pages = pdf_pages (path);
  /* 120 rows do not fit below the chart: the table goes on over further pages. */
  g_assert_cmpuint (pages, >=, 3);

  first = pdf_text (path, 1);
  g_assert_nonnull (strstr (first, "季度服务汇总"));
  g_assert_nonnull (strstr (first, "费用合计"));
  footer = g_strdup_printf ("Page 1 of %u", pages);
  g_assert_nonnull (strstr (first, footer));

  /* The header is repeated on the last page, which ends with the last client. */
  last = pdf_text (path, (int) pages);
  g_assert_nonnull (strstr (last, "费用合计"));
  g_assert_nonnull (strstr (last, "第120精密"));
  g_assert_nonnull (strstr (last, "¥120,000.00"));
  g_clear_pointer (&footer, g_free);
  footer = g_strdup_printf ("Page %u of %u", pages, pages);
  g_assert_nonnull (strstr (last, footer));

  /* Every row once, none cut off as "more rows not shown". */
  all = pdf_text (path, 0);
  g_assert_nonnull (strstr (all, "第1精密"));
  g_assert_nonnull (strstr (all, "第61精密"));
  g_assert_null (strstr (all, "not shown"));
}

static void
test_pdf_report_table_only (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(StewardReportResult) result = fixture_counts_by_month ();
  StewardChartOptions options = options_for (STEWARD_CHART_TABLE);
  g_autofree char *path = g_build_filename (f->dir, "table.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_chart_export_pdf_report (result, &options, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (path), ==, 1);
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "季度服务汇总"));
  g_assert_nonnull (strstr (text, "2026-03"));
  g_assert_nonnull (strstr (text, "40"));
}

static void
test_failures_leave_nothing (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  StewardChartOptions options = options_for (STEWARD_CHART_LINE);
  g_autofree char *missing = g_build_filename (f->dir, "missing", "chart.png", NULL);
  g_autofree char *path = g_build_filename (f->dir, "report.pdf", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (steward_chart_export_png (result, &options, 100, 100, 1, missing, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_clear_error (&error);
  g_assert_false (steward_chart_export_svg (result, &options, 100, 100, missing, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_STORAGE);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  g_assert_false (steward_chart_export_pdf_report (result, &options, path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (xlsx_dir_n_entries (f->dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/chart-export/png", test_png);
  ADD ("/chart-export/svg", test_svg);
  ADD ("/chart-export/pdf", test_pdf);
  ADD ("/chart-export/pdf-report/pages", test_pdf_report_pages);
  ADD ("/chart-export/pdf-report/table-only", test_pdf_report_table_only);
  ADD ("/chart-export/failures-leave-nothing", test_failures_leave_nothing);
#undef ADD

  return g_test_run ();
}
