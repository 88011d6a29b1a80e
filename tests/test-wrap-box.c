/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-wrap-box"

#include "config.h"

#include <adwaita.h>

#include "steward-wrap-box.h"

/* StewardWrapBox: controls side by side while they all fit at their natural width, one under
 * the other when they do not, so a row's title beside them keeps its words whole on a phone. */

typedef struct
{
  GtkWidget *box;
  GtkWidget *wide;    /* 100 × 30 */
  GtkWidget *narrow;  /* 80 × 20 */
} Fixture;

static GtkWidget *
sized (int width,
       int height)
{
  GtkWidget *widget = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_set_size_request (widget, width, height);
  return widget;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->box = g_object_ref_sink (steward_wrap_box_new (6));
  f->wide = sized (100, 30);
  f->narrow = sized (80, 20);
  steward_wrap_box_append (STEWARD_WRAP_BOX (f->box), f->wide);
  steward_wrap_box_append (STEWARD_WRAP_BOX (f->box), f->narrow);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->box);
}

static int
height_for (GtkWidget *widget,
            int        width)
{
  int minimum, natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, natural);
  return natural;
}

static void
assert_bounds (GtkWidget *child,
               GtkWidget *box,
               int        x,
               int        y,
               int        width,
               int        height)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (child, box, &bounds));
  g_assert_cmpint ((int) bounds.origin.x, ==, x);
  g_assert_cmpint ((int) bounds.origin.y, ==, y);
  g_assert_cmpint ((int) bounds.size.width, ==, width);
  g_assert_cmpint ((int) bounds.size.height, ==, height);
}

/* Narrowest: the widest child alone; at best 100 + 6 + 80 side by side. */
static void
test_widths (Fixture       *f,
             gconstpointer  data)
{
  int minimum, natural;

  gtk_widget_measure (f->box, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 100);
  g_assert_cmpint (natural, ==, 186);
}

/* 186 px and wider: one line, as tall as the taller child; 185 px: stacked, 30 + 6 + 20. */
static void
test_heights (Fixture       *f,
              gconstpointer  data)
{
  g_assert_cmpint (height_for (f->box, -1), ==, 30);
  g_assert_cmpint (height_for (f->box, 400), ==, 30);
  g_assert_cmpint (height_for (f->box, 186), ==, 30);
  g_assert_cmpint (height_for (f->box, 185), ==, 56);
  g_assert_cmpint (height_for (f->box, 100), ==, 56);
}

static void
test_side_by_side (Fixture       *f,
                   gconstpointer  data)
{
  height_for (f->box, 186);
  gtk_widget_size_allocate (f->box, &(GtkAllocation) { 0, 0, 186, 30 }, -1);
  g_assert_false (steward_wrap_box_is_stacked (STEWARD_WRAP_BOX (f->box)));
  assert_bounds (f->wide, f->box, 0, 0, 100, 30);
  assert_bounds (f->narrow, f->box, 106, 0, 80, 30);
}

/* One pixel short: each child keeps its natural width, one under the other from the start. */
static void
test_stacked (Fixture       *f,
              gconstpointer  data)
{
  height_for (f->box, 185);
  gtk_widget_size_allocate (f->box, &(GtkAllocation) { 0, 0, 185, 56 }, -1);
  g_assert_true (steward_wrap_box_is_stacked (STEWARD_WRAP_BOX (f->box)));
  assert_bounds (f->wide, f->box, 0, 0, 100, 30);
  assert_bounds (f->narrow, f->box, 0, 36, 80, 20);
}

/* A hidden child takes no room and no spacing. */
static void
test_hidden_child (Fixture       *f,
                   gconstpointer  data)
{
  int minimum, natural;

  gtk_widget_set_visible (f->wide, FALSE);
  gtk_widget_measure (f->box, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 80);
  g_assert_cmpint (natural, ==, 80);
  g_assert_cmpint (height_for (f->box, 80), ==, 20);
}

/* The row's title and subtitle labels, by their text. */
static void
find_labels (GtkWidget  *widget,
             GtkWidget **title,
             GtkWidget **subtitle)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_str_equal (gtk_label_get_text (GTK_LABEL (child)), "Duration"))
        *title = child;
      else if (GTK_IS_LABEL (child) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child)), "2026"))
        *subtitle = child;
      find_labels (child, title, subtitle);
    }
}

/* Whether a line of the label starts inside a word ("2026-11-" / "25"). */
static gboolean
breaks_inside_word (GtkWidget *label)
{
  PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (label));
  const char *text = pango_layout_get_text (layout);
  const PangoLogAttr *attrs;
  int n_attrs;

  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      const PangoLayoutLine *line = l->data;
      glong offset = g_utf8_pointer_to_offset (text, text + line->start_index);

      if (line->start_index > 0 && offset < n_attrs && !attrs[offset].is_line_break)
        return TRUE;
    }
  return FALSE;
}

/* In a row of a narrow dialog the controls stack and the title and subtitle keep their words
 * whole (the subtitle's first word, up to the dash, is wider than what the row gives a title
 * that may break inside words); with room, the controls stay on one line. */
static void
test_in_row (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *box = steward_wrap_box_new (6);
  GtkWidget *ui_title = NULL, *ui_subtitle = NULL;

  steward_wrap_box_append (STEWARD_WRAP_BOX (box), sized (100, 30));
  steward_wrap_box_append (STEWARD_WRAP_BOX (box), sized (100, 30));
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Duration");
  adw_action_row_set_subtitle (row, "2026-11-25T16:11–18:11");
  adw_action_row_add_suffix (row, box);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (row));
  gtk_window_set_child (GTK_WINDOW (window), list);
  find_labels (GTK_WIDGET (row), &ui_title, &ui_subtitle);

  gtk_widget_measure (list, GTK_ORIENTATION_VERTICAL, 600, NULL, NULL, NULL, NULL);
  gtk_widget_size_allocate (list, &(GtkAllocation) { 0, 0, 600, 80 }, -1);
  g_assert_false (steward_wrap_box_is_stacked (STEWARD_WRAP_BOX (box)));

  gtk_widget_measure (list, GTK_ORIENTATION_VERTICAL, 300, NULL, NULL, NULL, NULL);
  gtk_widget_size_allocate (list, &(GtkAllocation) { 0, 0, 300, 120 }, -1);
  g_assert_true (steward_wrap_box_is_stacked (STEWARD_WRAP_BOX (box)));
  g_assert_cmpint (gtk_widget_get_width (box), >=, 100);
  g_assert_cmpint (gtk_widget_get_width (box), <, 206);
  g_assert_nonnull (ui_title);
  g_assert_nonnull (ui_subtitle);
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (ui_title))), ==, 1);
  g_assert_false (breaks_inside_word (ui_subtitle));
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (ui_subtitle))), >, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/wrap-box/widths", Fixture, NULL, fixture_set_up, test_widths, fixture_tear_down);
  g_test_add ("/wrap-box/heights", Fixture, NULL, fixture_set_up, test_heights, fixture_tear_down);
  g_test_add ("/wrap-box/side-by-side", Fixture, NULL, fixture_set_up, test_side_by_side,
              fixture_tear_down);
  g_test_add ("/wrap-box/stacked", Fixture, NULL, fixture_set_up, test_stacked, fixture_tear_down);
  g_test_add ("/wrap-box/hidden-child", Fixture, NULL, fixture_set_up, test_hidden_child,
              fixture_tear_down);
  g_test_add_func ("/wrap-box/in-row", test_in_row);
  return g_test_run ();
}
