/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "steward-calendar-layout.h"
#include "steward-time.h"

/* Tests run with TZ=Asia/Shanghai (UTC+8, no daylight saving). */

static gint64
at (const char *text)
{
  gint64 t = 0;

  g_assert_true (steward_time_parse (text, NULL, &t, NULL));
  return t;
}

static StewardCalendarItem *
item (gint64      id,
      const char *start,
      guint       minutes)
{
  StewardCalendarItem *it = g_new0 (StewardCalendarItem, 1);

  it->id = id;
  it->start = at (start);
  it->end = it->start + minutes * 60;
  it->title = g_strdup_printf ("Session %" G_GINT64_FORMAT, id);
  it->trainer = g_strdup ("Wang Fang");
  it->client = g_strdup ("Acme");
  return it;
}

static GPtrArray *
items_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) steward_calendar_item_free);
}

static const StewardWeekBlock *
block_of (GArray *blocks,
          guint   item_index,
          guint   day)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      const StewardWeekBlock *b = &g_array_index (blocks, StewardWeekBlock, i);

      if (b->item == item_index && b->day == day)
        return b;
    }
  g_assert_not_reached ();
  return NULL;
}

static void
test_week_start (void)
{
  /* Wednesday 2026-03-11 → Monday 2026-03-09 00:00 local; a Sunday belongs to the week before. */
  g_assert_cmpint (steward_calendar_week_start (at ("2026-03-11 15:20"), NULL), ==,
                   at ("2026-03-09 00:00"));
  g_assert_cmpint (steward_calendar_week_start (at ("2026-03-15 23:59"), NULL), ==,
                   at ("2026-03-09 00:00"));
  g_assert_cmpint (steward_calendar_week_start (at ("2026-03-16 00:00"), NULL), ==,
                   at ("2026-03-16 00:00"));
  /* Across a year's end. */
  g_assert_cmpint (steward_calendar_week_start (at ("2027-01-01 08:00"), NULL), ==,
                   at ("2026-12-28 00:00"));
}

static void
test_month_grid (void)
{
  gint64 first;
  guint rows;

  /* March 2026 starts on a Sunday: the grid starts Monday 23 February and needs 6 rows. */
  steward_calendar_month_grid (at ("2026-03-20 10:00"), NULL, &first, &rows);
  g_assert_cmpint (first, ==, at ("2026-02-23 00:00"));
  g_assert_cmpuint (rows, ==, 6);

  /* February 2027 starts on a Monday and has 28 days: exactly 4 rows. */
  steward_calendar_month_grid (at ("2027-02-14 10:00"), NULL, &first, &rows);
  g_assert_cmpint (first, ==, at ("2027-02-01 00:00"));
  g_assert_cmpuint (rows, ==, 4);

  /* April 2026 starts on a Wednesday: 5 rows from Monday 30 March. */
  steward_calendar_month_grid (at ("2026-04-01 00:00"), NULL, &first, &rows);
  g_assert_cmpint (first, ==, at ("2026-03-30 00:00"));
  g_assert_cmpuint (rows, ==, 5);
}

static void
test_range_and_moves (void)
{
  gint64 from, to;

  steward_calendar_range (STEWARD_CALENDAR_MODE_WEEK, at ("2026-03-11 15:00"), NULL, &from, &to);
  g_assert_cmpint (from, ==, at ("2026-03-09 00:00"));
  g_assert_cmpint (to, ==, at ("2026-03-16 00:00"));

  steward_calendar_range (STEWARD_CALENDAR_MODE_MONTH, at ("2026-03-11 15:00"), NULL, &from, &to);
  g_assert_cmpint (from, ==, at ("2026-02-23 00:00"));
  g_assert_cmpint (to, ==, at ("2026-04-06 00:00"));

  g_assert_cmpint (steward_calendar_add_days (at ("2026-02-27 00:00"), 2, NULL), ==,
                   at ("2026-03-01 00:00"));
  g_assert_cmpint (steward_calendar_add_months (at ("2026-03-31 09:00"), -1, NULL), ==,
                   at ("2026-02-28 09:00"));
  g_assert_cmpint (steward_calendar_add_months (at ("2026-12-15 09:00"), 1, NULL), ==,
                   at ("2027-01-15 09:00"));
}

static void
test_week_columns_and_heights (void)
{
  g_autoptr(GPtrArray) items = items_new ();
  g_autoptr(GArray) blocks = NULL;
  const StewardWeekBlock *b;

  /* Tuesday 09:00–13:00 (the 4-hour maximum) and Sunday 18:30–19:15. */
  g_ptr_array_add (items, item (1, "2026-03-10 09:00", 240));
  g_ptr_array_add (items, item (2, "2026-03-15 18:30", 45));
  /* The Monday after: not in this week. */
  g_ptr_array_add (items, item (3, "2026-03-16 09:00", 60));

  blocks = steward_calendar_layout_week (items, at ("2026-03-09 00:00"), NULL);
  g_assert_cmpuint (blocks->len, ==, 2);

  b = block_of (blocks, 0, 1);
  g_assert_cmpint (b->start_minute, ==, 540);
  g_assert_cmpint (b->end_minute, ==, 780);
  g_assert_cmpuint (b->lane, ==, 0);
  g_assert_cmpuint (b->lanes, ==, 1);
  g_assert_false (b->continues_before);
  g_assert_false (b->continues_after);

  b = block_of (blocks, 1, 6);
  g_assert_cmpint (b->start_minute, ==, 1110);
  g_assert_cmpint (b->end_minute, ==, 1155);
}

static void
test_week_overlaps_side_by_side (void)
{
  g_autoptr(GPtrArray) items = items_new ();
  g_autoptr(GArray) blocks = NULL;

  /* Wednesday: A 09:00–11:00 and B 10:00–12:00 overlap; C 11:00–12:30 overlaps B only, so it
   * reuses A's lane; D 12:30–13:00 touches C's end and stands alone at full width. */
  g_ptr_array_add (items, item (1, "2026-03-11 09:00", 120));
  g_ptr_array_add (items, item (2, "2026-03-11 10:00", 120));
  g_ptr_array_add (items, item (3, "2026-03-11 11:00", 90));
  g_ptr_array_add (items, item (4, "2026-03-11 12:30", 30));
  /* Thursday, same hours as A: another day, its own group. */
  g_ptr_array_add (items, item (5, "2026-03-12 09:00", 120));

  blocks = steward_calendar_layout_week (items, at ("2026-03-09 00:00"), NULL);
  g_assert_cmpuint (blocks->len, ==, 5);

  g_assert_cmpuint (block_of (blocks, 0, 2)->lane, ==, 0);
  g_assert_cmpuint (block_of (blocks, 1, 2)->lane, ==, 1);
  g_assert_cmpuint (block_of (blocks, 2, 2)->lane, ==, 0);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (block_of (blocks, i, 2)->lanes, ==, 2);
  g_assert_cmpuint (block_of (blocks, 3, 2)->lane, ==, 0);
  g_assert_cmpuint (block_of (blocks, 3, 2)->lanes, ==, 1);
  g_assert_cmpuint (block_of (blocks, 4, 3)->lanes, ==, 1);
}

static void
test_week_three_way_overlap_order (void)
{
  g_autoptr(GPtrArray) items = items_new ();
  g_autoptr(GArray) blocks = NULL;

  /* Same start: the longer one takes the first lane. */
  g_ptr_array_add (items, item (1, "2026-03-09 14:00", 60));
  g_ptr_array_add (items, item (2, "2026-03-09 14:00", 180));
  g_ptr_array_add (items, item (3, "2026-03-09 14:30", 60));

  blocks = steward_calendar_layout_week (items, at ("2026-03-09 00:00"), NULL);
  g_assert_cmpuint (block_of (blocks, 1, 0)->lane, ==, 0);
  g_assert_cmpuint (block_of (blocks, 0, 0)->lane, ==, 1);
  g_assert_cmpuint (block_of (blocks, 2, 0)->lane, ==, 2);
  g_assert_cmpuint (block_of (blocks, 2, 0)->lanes, ==, 3);
}

static void
test_week_across_midnight (void)
{
  g_autoptr(GPtrArray) items = items_new ();
  g_autoptr(GArray) blocks = NULL;
  const StewardWeekBlock *b;
  guint first, last;

  /* Friday 22:00 → Saturday 01:00: two pieces. */
  g_ptr_array_add (items, item (1, "2026-03-13 22:00", 180));
  blocks = steward_calendar_layout_week (items, at ("2026-03-09 00:00"), NULL);
  g_assert_cmpuint (blocks->len, ==, 2);

  b = block_of (blocks, 0, 4);
  g_assert_cmpint (b->start_minute, ==, 1320);
  g_assert_cmpint (b->end_minute, ==, 1440);
  g_assert_true (b->continues_after);
  g_assert_false (b->continues_before);

  b = block_of (blocks, 0, 5);
  g_assert_cmpint (b->start_minute, ==, 0);
  g_assert_cmpint (b->end_minute, ==, 60);
  g_assert_true (b->continues_before);

  /* The hours widen to show both pieces whole. */
  steward_calendar_week_hours (blocks, &first, &last);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (last, ==, 24);
}

static void
test_week_hours_default (void)
{
  g_autoptr(GPtrArray) items = items_new ();
  g_autoptr(GArray) blocks = NULL;
  guint first, last;

  steward_calendar_week_hours (NULL, &first, &last);
  g_assert_cmpuint (first, ==, 8);
  g_assert_cmpuint (last, ==, 20);

  /* 07:30–08:30 and 19:45–20:15 widen to 07:00–21:00. */
  g_ptr_array_add (items, item (1, "2026-03-09 07:30", 60));
  g_ptr_array_add (items, item (2, "2026-03-10 19:45", 30));
  blocks = steward_calendar_layout_week (items, at ("2026-03-09 00:00"), NULL);
  steward_calendar_week_hours (blocks, &first, &last);
  g_assert_cmpuint (first, ==, 7);
  g_assert_cmpuint (last, ==, 21);
}

static void
test_geometry (void)
{
  StewardWeekGeometry g;
  StewardWeekBlock block = { .day = 2, .start_minute = 600, .end_minute = 690,
                             .lane = 1, .lanes = 2 };
  double x, y, w, h;
  guint day;
  int minute;

  /* 760 px wide with a 60 px gutter: 100 px per day; 12 hours (08–20) in 640 px below a 40 px
   * header: 50 px per hour. */
  steward_week_geometry_init (&g, 760, 640, 60, 40, 8, 20);
  g_assert_cmpfloat (g.day_width, ==, 100);
  g_assert_cmpfloat (g.hour_height, ==, 50);

  /* Wednesday 10:00–11:30 in the second of two lanes. */
  g_assert_true (steward_week_geometry_block_rect (&g, &block, &x, &y, &w, &h));
  g_assert_cmpfloat (x, ==, 60 + 200 + 50);
  g_assert_cmpfloat (w, ==, 49);
  g_assert_cmpfloat (y, ==, 40 + 100);
  g_assert_cmpfloat (h, ==, 74);

  /* Clipped at the top: 07:00–09:00 shows as 08:00–09:00. */
  block = (StewardWeekBlock) { .day = 0, .start_minute = 420, .end_minute = 540, .lanes = 1 };
  g_assert_true (steward_week_geometry_block_rect (&g, &block, &x, &y, &w, &h));
  g_assert_cmpfloat (y, ==, 40);
  g_assert_cmpfloat (h, ==, 49);
  /* Entirely before 08:00: not drawn. */
  block.end_minute = 480;
  g_assert_false (steward_week_geometry_block_rect (&g, &block, &x, &y, &w, &h));

  /* Slots snap down to the half hour. */
  g_assert_true (steward_week_geometry_slot_at (&g, 60 + 250, 40 + 75 + 20, &day, &minute));
  g_assert_cmpuint (day, ==, 2);
  g_assert_cmpint (minute, ==, 9 * 60 + 30);
  g_assert_true (steward_week_geometry_slot_at (&g, 60, 40, &day, &minute));
  g_assert_cmpuint (day, ==, 0);
  g_assert_cmpint (minute, ==, 480);
  g_assert_false (steward_week_geometry_slot_at (&g, 59, 300, &day, &minute));
  g_assert_false (steward_week_geometry_slot_at (&g, 300, 39, &day, &minute));
  g_assert_false (steward_week_geometry_slot_at (&g, 760, 300, &day, &minute));
  g_assert_false (steward_week_geometry_slot_at (&g, 300, 640, &day, &minute));

  g_assert_cmpint (steward_calendar_week_instant (at ("2026-03-09 00:00"), 2, 570, NULL), ==,
                   at ("2026-03-11 09:30"));
}

static void
test_month_days (void)
{
  g_autoptr(GPtrArray) items = items_new ();
  g_autoptr(GPtrArray) days = NULL;
  GArray *day;

  g_ptr_array_add (items, item (1, "2026-03-10 14:00", 60));
  g_ptr_array_add (items, item (2, "2026-03-10 09:00", 60));
  g_ptr_array_add (items, item (3, "2026-03-13 23:00", 120));  /* into Saturday 14th */
  g_ptr_array_add (items, item (4, "2026-04-10 09:00", 60));   /* outside the grid */

  /* The grid of March 2026 from Monday 23 February: 10 March is cell 15. */
  days = steward_calendar_layout_month (items, at ("2026-02-23 00:00"), 42, NULL);
  g_assert_cmpuint (days->len, ==, 42);

  day = g_ptr_array_index (days, 15);
  g_assert_cmpuint (day->len, ==, 2);
  g_assert_cmpuint (g_array_index (day, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (day, guint, 1), ==, 0);

  g_assert_cmpuint (((GArray *) g_ptr_array_index (days, 18))->len, ==, 1);
  g_assert_cmpuint (((GArray *) g_ptr_array_index (days, 19))->len, ==, 1);
  g_assert_cmpuint (((GArray *) g_ptr_array_index (days, 20))->len, ==, 0);
  for (guint i = 0; i < 42; i++)
    if (i != 15 && i != 18 && i != 19)
      g_assert_cmpuint (((GArray *) g_ptr_array_index (days, i))->len, ==, 0);
}

static void
test_item_texts (void)
{
  g_autoptr(StewardCalendarItem) a = item (1, "2026-03-10 09:00", 120);
  g_autoptr(StewardCalendarItem) b = item (2, "2026-03-13 22:00", 180);
  g_autofree char *ta = steward_calendar_item_format_time (a, NULL);
  g_autofree char *tb = steward_calendar_item_format_time (b, NULL);
  g_autofree char *said = steward_calendar_item_describe (a, NULL);

  g_assert_cmpstr (ta, ==, "09:00–11:00");
  g_assert_cmpstr (tb, ==, "22:00–03-14 01:00");
  g_assert_true (g_str_has_prefix (said, "Session 1, Acme, trainer Wang Fang, 2026-03-10 Tue 09:00–11:00"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar-layout/week-start", test_week_start);
  g_test_add_func ("/calendar-layout/month-grid", test_month_grid);
  g_test_add_func ("/calendar-layout/range-and-moves", test_range_and_moves);
  g_test_add_func ("/calendar-layout/week/columns-and-heights", test_week_columns_and_heights);
  g_test_add_func ("/calendar-layout/week/overlaps-side-by-side", test_week_overlaps_side_by_side);
  g_test_add_func ("/calendar-layout/week/same-start", test_week_three_way_overlap_order);
  g_test_add_func ("/calendar-layout/week/across-midnight", test_week_across_midnight);
  g_test_add_func ("/calendar-layout/week/hours", test_week_hours_default);
  g_test_add_func ("/calendar-layout/geometry", test_geometry);
  g_test_add_func ("/calendar-layout/month/days", test_month_days);
  g_test_add_func ("/calendar-layout/item-texts", test_item_texts);

  return g_test_run ();
}
