/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gstdio.h>
#include <string.h>

#include "chart-fixtures.h"
#include "steward-chart-layout.h"
#include "steward-chart-paint.h"
#include "steward-chart-palette.h"

/* Cairo 1.16's PDF surface leaks 768 bytes in cairo_surface_finish whenever it embeds text (a
 * ten-line program showing one PangoLayout reproduces it); only leaks allocated under that call
 * are ignored. Cairo has no frame pointers, so the slow unwinder is needed to see that frame.
 * The sanitizers read these hooks in the sanitizer build; elsewhere they are unused. */
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

#define WIDTH  800
#define HEIGHT 450

/* Set STEWARD_CHART_PNG_DIR to keep every rendered chart as a PNG, to look at them. */
static void
maybe_save (cairo_surface_t *surface,
            const char      *name)
{
  const char *dir = g_getenv ("STEWARD_CHART_PNG_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  path = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
}

/* Pixels that differ from the background (by more than antialiasing noise), and how many of
 * them carry the colour of the first series. */
static void
count_pixels (cairo_surface_t     *surface,
              StewardChartPalette  palette,
              guint               *painted,
              guint               *first_series)
{
  StewardChartColor bg = steward_chart_palette_color (palette, STEWARD_CHART_COLOR_BACKGROUND);
  StewardChartColor s0 = steward_chart_palette_series_color (palette, 0);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  *painted = *first_series = 0;
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
        int r = pixel >> 16 & 0xff, g = pixel >> 8 & 0xff, b = pixel & 0xff;

        if (abs (r - (int) (bg.red * 255)) + abs (g - (int) (bg.green * 255)) +
            abs (b - (int) (bg.blue * 255)) > 24)
          (*painted)++;
        if (abs (r - (int) (s0.red * 255 + 0.5)) + abs (g - (int) (s0.green * 255 + 0.5)) +
            abs (b - (int) (s0.blue * 255 + 0.5)) <= 3)
          (*first_series)++;
      }
}

static void
render (StewardReportResult *result,
        StewardChartType     type,
        guint                measure,
        StewardChartPalette  palette,
        const char          *title,
        const char          *name,
        guint               *painted,
        guint               *first_series)
{
  StewardChartOptions options = { type, measure, palette, "Sans 10", title };
  g_autoptr(StewardChartLayout) layout = steward_chart_layout_new (result, &options, WIDTH, HEIGHT, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  steward_chart_paint (layout, cr, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  count_pixels (surface, palette, painted, first_series);
  maybe_save (surface, name);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_every_type (void)
{
  g_autoptr(StewardReportResult) quarters = fixture_revenue_by_quarter ();
  g_autoptr(StewardReportResult) clients = fixture_long_chinese_names (30);
  const char *names[] = { "bar-grouped", "bar-stacked", "line", "pie", "table" };

  for (StewardChartPalette palette = STEWARD_CHART_PALETTE_LIGHT; palette <= STEWARD_CHART_PALETTE_DARK; palette++)
    for (StewardChartType type = STEWARD_CHART_BAR_GROUPED; type <= STEWARD_CHART_TABLE; type++)
      {
        g_autofree char *name = g_strdup_printf ("%s-%s", names[type], palette ? "dark" : "light");
        g_autofree char *name30 = g_strdup_printf ("clients-%s", name);
        guint painted, first;

        render (quarters, type, 0, palette, "2026年季度服务收入", name, &painted, &first);
        /* Something substantial is drawn: more than 2% of the canvas, and the first series'
         * colour appears (except in a table, which has no series colours). */
        g_assert_cmpuint (painted, >, WIDTH * HEIGHT / 50);
        if (type != STEWARD_CHART_TABLE)
          g_assert_cmpuint (first, >, 200);
        render (clients, type, 0, palette, "客户费用合计", name30, &painted, &first);
        g_assert_cmpuint (painted, >, WIDTH * HEIGHT / 50);
      }
}

/* The pixels of @layout painted at @scale on a fresh image surface (owned by the caller). */
static guchar *
paint_pixels (StewardChartLayout *layout,
              double              scale,
              gsize              *size)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH * scale, HEIGHT * scale);
  cairo_t *cr = cairo_create (surface);
  guchar *pixels;

  cairo_scale (cr, scale, scale);
  steward_chart_paint (layout, cr, NULL);
  cairo_surface_flush (surface);
  *size = (gsize) cairo_image_surface_get_stride (surface) * cairo_image_surface_get_height (surface);
  pixels = g_memdup2 (cairo_image_surface_get_data (surface), *size);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return pixels;
}

/* A repaint reuses the label texts shaped by the first paint: it draws exactly what a fresh
 * layout draws, also after the target's scale changed (a window moved to a HiDPI screen) and
 * with the rotated category labels of thirty long names. */
static void
test_repaint_same (void)
{
  g_autoptr(StewardReportResult) clients = fixture_long_chinese_names (30);
  const StewardChartOptions options = { STEWARD_CHART_BAR_GROUPED, 0, STEWARD_CHART_PALETTE_LIGHT,
                                        NULL, "客户费用合计" };
  g_autoptr(StewardChartLayout) layout = steward_chart_layout_new (clients, &options, WIDTH, HEIGHT, NULL);
  g_autoptr(StewardChartLayout) fresh = NULL;
  const StewardChartLabel *labels;
  g_autofree guchar *first = NULL, *again = NULL, *scaled = NULL, *fresh_scaled = NULL;
  gsize n_first, n_again, n_scaled, n_fresh;
  gboolean rotated = FALSE;
  guint n;

  labels = steward_chart_layout_get_category_labels (layout, &n);
  for (guint i = 0; i < n; i++)
    rotated |= labels[i].angle != 0;
  g_assert_true (rotated);

  first = paint_pixels (layout, 1.0, &n_first);
  again = paint_pixels (layout, 1.0, &n_again);
  g_assert_cmpmem (first, n_first, again, n_again);

  scaled = paint_pixels (layout, 2.0, &n_scaled);
  fresh = steward_chart_layout_new (clients, &options, WIDTH, HEIGHT, NULL);
  fresh_scaled = paint_pixels (fresh, 2.0, &n_fresh);
  g_assert_cmpmem (scaled, n_scaled, fresh_scaled, n_fresh);
  g_assert_cmpuint (n_scaled, ==, 4 * n_first);
}

/* Hovering a bar, a point, a slice or a row repaints it emphasised: the picture changes. */
static void
test_highlight (void)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();

  for (StewardChartType type = STEWARD_CHART_BAR_GROUPED; type <= STEWARD_CHART_TABLE; type++)
    {
      StewardChartOptions options = { type, 0, STEWARD_CHART_PALETTE_LIGHT, NULL, NULL };
      g_autoptr(StewardChartLayout) layout = steward_chart_layout_new (result, &options, WIDTH, HEIGHT, NULL);
      const StewardChartItem *item;
      const StewardChartBar *bars;
      const StewardChartPoint *points;
      const StewardChartSlice *slices;
      cairo_surface_t *plain = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
      cairo_surface_t *lit = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
      cairo_t *cr;
      guint n;

      bars = steward_chart_layout_get_bars (layout, &n);
      item = n ? &bars[1].item : NULL;
      points = steward_chart_layout_get_points (layout, &n);
      item = n ? &points[1].item : item;
      slices = steward_chart_layout_get_slices (layout, &n);
      item = n ? &slices[1].item : item;
      bars = steward_chart_layout_get_table_rows (layout, &n);
      item = n ? &bars[2].item : item;
      g_assert_nonnull (item);

      cr = cairo_create (plain);
      steward_chart_paint (layout, cr, NULL);
      cairo_destroy (cr);
      cr = cairo_create (lit);
      steward_chart_paint (layout, cr, item);
      cairo_destroy (cr);
      cairo_surface_flush (plain);
      cairo_surface_flush (lit);
      g_assert_true (memcmp (cairo_image_surface_get_data (plain), cairo_image_surface_get_data (lit),
                             (gsize) cairo_image_surface_get_stride (plain) * HEIGHT) != 0);
      cairo_surface_destroy (plain);
      cairo_surface_destroy (lit);
    }
}

static void
test_no_data (void)
{
  g_autoptr(StewardReportResult) result = steward_report_result_new ();
  guint painted, first;

  steward_report_result_add_column (result, "count", "Requests", STEWARD_MEASURE_KIND_COUNT);
  render (result, STEWARD_CHART_BAR_GROUPED, 0, STEWARD_CHART_PALETTE_LIGHT, NULL, "no-data",
          &painted, &first);
  /* Only the message: some text, no bars. */
  g_assert_cmpuint (painted, >, 20);
  g_assert_cmpuint (painted, <, 2000);
  g_assert_cmpuint (first, ==, 0);
}

static void
test_single_value (void)
{
  g_autoptr(StewardReportResult) result = steward_report_result_new ();
  guint painted, first;

  steward_report_result_add_column (result, "sla", "响应时间达标率", STEWARD_MEASURE_KIND_PERCENT);
  steward_report_result_add_row (result, "q1", "2026年第1季度", NULL, NULL);
  steward_report_result_set_int (result, 0, 0, 9250);
  for (StewardChartType type = STEWARD_CHART_BAR_GROUPED; type <= STEWARD_CHART_LINE; type++)
    {
      g_autofree char *name = g_strdup_printf ("single-%d", type);

      render (result, type, 0, STEWARD_CHART_PALETTE_LIGHT, NULL, name, &painted, &first);
      g_assert_cmpuint (first, >, type == STEWARD_CHART_LINE ? 10 : 200);
    }
}

static void
render_to_file (cairo_surface_t *surface)
{
  g_autoptr(StewardReportResult) result = fixture_revenue_by_quarter ();
  StewardChartOptions options = { STEWARD_CHART_BAR_GROUPED, 0, STEWARD_CHART_PALETTE_LIGHT,
                                  NULL, "2026年季度服务收入" };
  g_autoptr(StewardChartLayout) layout = steward_chart_layout_new (result, &options, WIDTH, HEIGHT, NULL);
  cairo_t *cr = cairo_create (surface);

  steward_chart_paint (layout, cr, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

static void
test_vector_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("steward-chart-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *svg_text = NULL;
  g_autofree char *pdf_text = NULL;
  gsize svg_length, pdf_length;

  render_to_file (cairo_svg_surface_create (svg, WIDTH, HEIGHT));
  render_to_file (cairo_pdf_surface_create (pdf, WIDTH, HEIGHT));
  g_assert_true (g_file_get_contents (svg, &svg_text, &svg_length, NULL));
  g_assert_true (g_file_get_contents (pdf, &pdf_text, &pdf_length, NULL));
  g_assert_true (g_str_has_prefix (svg_text, "<?xml"));
  g_assert_nonnull (strstr (svg_text, "<path"));
  g_assert_cmpuint (svg_length, >, 5000);
  g_assert_true (g_str_has_prefix (pdf_text, "%PDF-"));
  g_assert_cmpuint (pdf_length, >, 5000);
  g_unlink (svg);
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-render/every-type", test_every_type);
  g_test_add_func ("/chart-render/highlight", test_highlight);
  g_test_add_func ("/chart-render/repaint-same", test_repaint_same);
  g_test_add_func ("/chart-render/no-data", test_no_data);
  g_test_add_func ("/chart-render/single-value", test_single_value);
  g_test_add_func ("/chart-render/vector-files", test_vector_files);
  return g_test_run ();
}
