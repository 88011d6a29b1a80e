/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-chart-view"

#include "config.h"

#include "steward-chart-view.h"

#include <adwaita.h>
#include <string.h>

#include "steward-chart-hit.h"
#include "steward-chart-paint.h"

struct _StewardChartView
{
  GtkWidget            parent_instance;

  /* owned */
  StewardReportResult *result;
  char                *title;
  StewardChartLayout  *layout;   /* for the current size, palette and options; rebuilt lazily */

  StewardChartType     chart_type;
  guint                measure;
  StewardChartItem     hover;
};

G_DEFINE_FINAL_TYPE (StewardChartView, steward_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESULT,
  PROP_CHART_TYPE,
  PROP_MEASURE,
  PROP_TITLE,
  N_PROPS
};

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
steward_chart_view_new (void)
{
  return g_object_new (STEWARD_TYPE_CHART_VIEW, NULL);
}

/* Drops the layout and the hover item: the next draw lays the chart out again. */
static void
invalidate (StewardChartView *self)
{
  g_clear_pointer (&self->layout, steward_chart_layout_unref);
  self->hover.kind = STEWARD_CHART_ITEM_NONE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

StewardChartLayout *
steward_chart_view_get_layout (StewardChartView *self)
{
  int width, height;
  StewardChartOptions options = { 0, };

  g_return_val_if_fail (STEWARD_IS_CHART_VIEW (self), NULL);

  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  if (self->result == NULL || width <= 0 || height <= 0)
    return NULL;

  if (self->layout != NULL)
    {
      double w, h;

      steward_chart_layout_get_size (self->layout, &w, &h);
      if ((int) w == width && (int) h == height)
        return self->layout;
      g_clear_pointer (&self->layout, steward_chart_layout_unref);
    }

  options.type = self->chart_type;
  options.measure = MIN (self->measure, MAX (steward_report_result_get_n_columns (self->result), 1) - 1);
  options.palette = adw_style_manager_get_dark (adw_style_manager_get_default ())
                    ? STEWARD_CHART_PALETTE_DARK : STEWARD_CHART_PALETTE_LIGHT;
  options.title = self->title;
  /* Measured with the same font map the paint function draws with, so text fits exactly. */
  self->layout = steward_chart_layout_new (self->result, &options, width, height, NULL);
  return self->layout;
}

static void
steward_chart_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  StewardChartView *self = STEWARD_CHART_VIEW (widget);
  StewardChartLayout *layout = steward_chart_view_get_layout (self);
  cairo_t *cr;

  if (layout == NULL)
    return;

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0,
                                                       gtk_widget_get_width (widget),
                                                       gtk_widget_get_height (widget)));
  steward_chart_paint (layout, cr,
                       self->hover.kind != STEWARD_CHART_ITEM_NONE &&
                       self->hover.kind != STEWARD_CHART_ITEM_LEGEND ? &self->hover : NULL);
  cairo_destroy (cr);
}

static gboolean
hit (StewardChartView *self,
     double            x,
     double            y,
     StewardChartItem *item)
{
  StewardChartLayout *layout = steward_chart_view_get_layout (self);

  memset (item, 0, sizeof *item);
  item->kind = STEWARD_CHART_ITEM_NONE;
  return layout != NULL && steward_chart_hit_test (layout, x, y, item);
}

gboolean
steward_chart_view_activate_at (StewardChartView *self,
                                double            x,
                                double            y)
{
  StewardChartItem item;

  g_return_val_if_fail (STEWARD_IS_CHART_VIEW (self), FALSE);

  if (!hit (self, x, y, &item))
    return FALSE;
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, &item);
  return TRUE;
}

char *
steward_chart_view_dup_tooltip_at (StewardChartView *self,
                                   double            x,
                                   double            y)
{
  StewardChartItem item;

  g_return_val_if_fail (STEWARD_IS_CHART_VIEW (self), NULL);

  if (!hit (self, x, y, &item))
    return NULL;
  return steward_chart_describe_item (self->layout, &item);
}

const StewardChartItem *
steward_chart_view_get_hover (StewardChartView *self)
{
  g_return_val_if_fail (STEWARD_IS_CHART_VIEW (self), NULL);

  return &self->hover;
}

static void
set_hover (StewardChartView       *self,
           const StewardChartItem *item)
{
  if (memcmp (&self->hover, item, sizeof *item) == 0)
    return;
  self->hover = *item;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   item->kind != STEWARD_CHART_ITEM_NONE ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           StewardChartView         *self)
{
  StewardChartItem item;

  hit (self, x, y, &item);
  set_hover (self, &item);
}

static void
on_leave (GtkEventControllerMotion *controller,
          StewardChartView         *self)
{
  StewardChartItem none = { STEWARD_CHART_ITEM_NONE, };

  set_hover (self, &none);
}

static void
on_released (GtkGestureClick  *gesture,
             int               n_press,
             double            x,
             double            y,
             StewardChartView *self)
{
  if (n_press == 1)
    steward_chart_view_activate_at (self, x, y);
}

static gboolean
on_query_tooltip (GtkWidget        *widget,
                  int               x,
                  int               y,
                  gboolean          keyboard,
                  GtkTooltip       *tooltip,
                  StewardChartView *self)
{
  g_autofree char *text = steward_chart_view_dup_tooltip_at (self, x, y);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_dark_changed (AdwStyleManager  *manager,
                 GParamSpec       *pspec,
                 StewardChartView *self)
{
  invalidate (self);
}

static void
steward_chart_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  /* The hover item's geometry belongs to the old size. */
  STEWARD_CHART_VIEW (widget)->hover.kind = STEWARD_CHART_ITEM_NONE;
}

StewardReportResult *
steward_chart_view_get_result (StewardChartView *self)
{
  g_return_val_if_fail (STEWARD_IS_CHART_VIEW (self), NULL);

  return self->result;
}

void
steward_chart_view_set_result (StewardChartView    *self,
                               StewardReportResult *result)
{
  g_return_if_fail (STEWARD_IS_CHART_VIEW (self));

  if (self->result == result)
    return;
  if (result != NULL)
    steward_report_result_ref (result);
  g_clear_pointer (&self->result, steward_report_result_unref);
  self->result = result;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

StewardChartType
steward_chart_view_get_chart_type (StewardChartView *self)
{
  g_return_val_if_fail (STEWARD_IS_CHART_VIEW (self), STEWARD_CHART_TABLE);

  return self->chart_type;
}

void
steward_chart_view_set_chart_type (StewardChartView *self,
                                   StewardChartType  chart_type)
{
  g_return_if_fail (STEWARD_IS_CHART_VIEW (self));

  if (self->chart_type == chart_type)
    return;
  self->chart_type = chart_type;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART_TYPE]);
}

guint
steward_chart_view_get_measure (StewardChartView *self)
{
  g_return_val_if_fail (STEWARD_IS_CHART_VIEW (self), 0);

  return self->measure;
}

void
steward_chart_view_set_measure (StewardChartView *self,
                                guint             measure)
{
  g_return_if_fail (STEWARD_IS_CHART_VIEW (self));

  if (self->measure == measure)
    return;
  self->measure = measure;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEASURE]);
}

const char *
steward_chart_view_get_title (StewardChartView *self)
{
  g_return_val_if_fail (STEWARD_IS_CHART_VIEW (self), NULL);

  return self->title;
}

void
steward_chart_view_set_title (StewardChartView *self,
                              const char       *title)
{
  g_return_if_fail (STEWARD_IS_CHART_VIEW (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
steward_chart_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  StewardChartView *self = STEWARD_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_RESULT:     g_value_set_boxed (value, self->result); break;
    case PROP_CHART_TYPE: g_value_set_enum (value, self->chart_type); break;
    case PROP_MEASURE:    g_value_set_uint (value, self->measure); break;
    case PROP_TITLE:      g_value_set_string (value, self->title); break;
    default:              G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_chart_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  StewardChartView *self = STEWARD_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_RESULT:     steward_chart_view_set_result (self, g_value_get_boxed (value)); break;
    case PROP_CHART_TYPE: steward_chart_view_set_chart_type (self, g_value_get_enum (value)); break;
    case PROP_MEASURE:    steward_chart_view_set_measure (self, g_value_get_uint (value)); break;
    case PROP_TITLE:      steward_chart_view_set_title (self, g_value_get_string (value)); break;
    default:              G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_chart_view_finalize (GObject *object)
{
  StewardChartView *self = STEWARD_CHART_VIEW (object);

  g_clear_pointer (&self->layout, steward_chart_layout_unref);
  g_clear_pointer (&self->result, steward_report_result_unref);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (steward_chart_view_parent_class)->finalize (object);
}

static void
steward_chart_view_class_init (StewardChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = steward_chart_view_get_property;
  object_class->set_property = steward_chart_view_set_property;
  object_class->finalize = steward_chart_view_finalize;
  widget_class->snapshot = steward_chart_view_snapshot;
  widget_class->size_allocate = steward_chart_view_size_allocate;

  properties[PROP_RESULT] =
    g_param_spec_boxed ("result", NULL, NULL, STEWARD_TYPE_REPORT_RESULT, flags);
  properties[PROP_CHART_TYPE] =
    g_param_spec_enum ("chart-type", NULL, NULL, STEWARD_TYPE_CHART_TYPE,
                       STEWARD_CHART_BAR_GROUPED, flags);
  properties[PROP_MEASURE] = g_param_spec_uint ("measure", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_css_name (widget_class, "stewardchartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
steward_chart_view_init (StewardChartView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->chart_type = STEWARD_CHART_BAR_GROUPED;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self), 240, 180);

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (GTK_WIDGET (self), "query-tooltip", G_CALLBACK (on_query_tooltip), self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed), self, 0);
}
