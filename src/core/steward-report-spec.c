/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-report-spec"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "steward-report-spec.h"

struct _StewardReportSpec
{
  GObject                parent_instance;

  gint64                 id;
  char                  *name;
  StewardReportSource    source;

  char                  *period;
  GArray                *client_ids;  /* gint64, ascending */
  guint                  services;
  int                    priority;
  guint                  states;
  char                  *owner;

  StewardReportGrouping  grouping;
  StewardReportGrouping  series;
  GArray                *measures;    /* StewardReportMeasure */
  StewardChartType       chart;
  StewardReportPeriodic  periodic;
};

G_DEFINE_FINAL_TYPE (StewardReportSpec, steward_report_spec, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SOURCE,
  PROP_PERIOD,
  PROP_SERVICES,
  PROP_PRIORITY,
  PROP_STATES,
  PROP_OWNER,
  PROP_GROUPING,
  PROP_SERIES,
  PROP_CHART,
  PROP_PERIODIC,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
notify_changed (StewardReportSpec *self,
                guint              prop)
{
  if (prop != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Empty text is stored as NULL so that "no owner" has one spelling. */
static gboolean
replace_text (char       **field,
              const char  *text)
{
  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (*field, text) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (text);
  return TRUE;
}

static void
steward_report_spec_finalize (GObject *object)
{
  StewardReportSpec *self = STEWARD_REPORT_SPEC (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->client_ids, g_array_unref);
  g_clear_pointer (&self->measures, g_array_unref);

  G_OBJECT_CLASS (steward_report_spec_parent_class)->finalize (object);
}

static void
steward_report_spec_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  StewardReportSpec *self = STEWARD_REPORT_SPEC (object);

  switch (prop_id)
    {
    case PROP_ID:       g_value_set_int64 (value, self->id); break;
    case PROP_NAME:     g_value_set_string (value, self->name); break;
    case PROP_SOURCE:   g_value_set_enum (value, self->source); break;
    case PROP_PERIOD:   g_value_set_string (value, self->period); break;
    case PROP_SERVICES: g_value_set_uint (value, self->services); break;
    case PROP_PRIORITY: g_value_set_int (value, self->priority); break;
    case PROP_STATES:   g_value_set_uint (value, self->states); break;
    case PROP_OWNER:    g_value_set_string (value, self->owner); break;
    case PROP_GROUPING: g_value_set_enum (value, self->grouping); break;
    case PROP_SERIES:   g_value_set_enum (value, self->series); break;
    case PROP_CHART:    g_value_set_enum (value, self->chart); break;
    case PROP_PERIODIC: g_value_set_enum (value, self->periodic); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_report_spec_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  StewardReportSpec *self = STEWARD_REPORT_SPEC (object);

  switch (prop_id)
    {
    case PROP_ID:       steward_report_spec_set_id (self, g_value_get_int64 (value)); break;
    case PROP_NAME:     steward_report_spec_set_name (self, g_value_get_string (value)); break;
    case PROP_SOURCE:   steward_report_spec_set_source (self, g_value_get_enum (value)); break;
    case PROP_PERIOD:   steward_report_spec_set_period (self, g_value_get_string (value)); break;
    case PROP_SERVICES: steward_report_spec_set_services (self, g_value_get_uint (value)); break;
    case PROP_PRIORITY: steward_report_spec_set_priority (self, g_value_get_int (value)); break;
    case PROP_STATES:   steward_report_spec_set_states (self, g_value_get_uint (value)); break;
    case PROP_OWNER:    steward_report_spec_set_owner (self, g_value_get_string (value)); break;
    case PROP_GROUPING: steward_report_spec_set_grouping (self, g_value_get_enum (value)); break;
    case PROP_SERIES:   steward_report_spec_set_series (self, g_value_get_enum (value)); break;
    case PROP_CHART:    steward_report_spec_set_chart (self, g_value_get_enum (value)); break;
    case PROP_PERIODIC: steward_report_spec_set_periodic (self, g_value_get_enum (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
steward_report_spec_class_init (StewardReportSpecClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_report_spec_finalize;
  object_class->get_property = steward_report_spec_get_property;
  object_class->set_property = steward_report_spec_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, PARAM_FLAGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, PARAM_FLAGS);
  properties[PROP_SOURCE] = g_param_spec_enum ("source", NULL, NULL, STEWARD_TYPE_REPORT_SOURCE,
                                               STEWARD_REPORT_SOURCE_REQUESTS, PARAM_FLAGS);
  properties[PROP_PERIOD] = g_param_spec_string ("period", NULL, NULL, NULL, PARAM_FLAGS);
  properties[PROP_SERVICES] = g_param_spec_uint ("services", NULL, NULL, 0, G_MAXUINT, 0, PARAM_FLAGS);
  properties[PROP_PRIORITY] = g_param_spec_int ("priority", NULL, NULL, STEWARD_REPORT_ANY_PRIORITY,
                                                STEWARD_PRIORITY_URGENT, STEWARD_REPORT_ANY_PRIORITY,
                                                PARAM_FLAGS);
  properties[PROP_STATES] = g_param_spec_uint ("states", NULL, NULL, 0, G_MAXUINT, 0, PARAM_FLAGS);
  properties[PROP_OWNER] = g_param_spec_string ("owner", NULL, NULL, NULL, PARAM_FLAGS);
  properties[PROP_GROUPING] = g_param_spec_enum ("grouping", NULL, NULL, STEWARD_TYPE_REPORT_GROUPING,
                                                 STEWARD_REPORT_GROUPING_MONTH, PARAM_FLAGS);
  properties[PROP_SERIES] = g_param_spec_enum ("series", NULL, NULL, STEWARD_TYPE_REPORT_GROUPING,
                                               STEWARD_REPORT_GROUPING_NONE, PARAM_FLAGS);
  properties[PROP_CHART] = g_param_spec_enum ("chart", NULL, NULL, STEWARD_TYPE_CHART_TYPE,
                                              STEWARD_CHART_TABLE, PARAM_FLAGS);
  properties[PROP_PERIODIC] = g_param_spec_enum ("periodic", NULL, NULL, STEWARD_TYPE_REPORT_PERIODIC,
                                                 STEWARD_REPORT_PERIODIC_NONE, PARAM_FLAGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after any change, including the client ids and the measures, which are not
   * properties: the designer redraws its preview on it. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
steward_report_spec_init (StewardReportSpec *self)
{
  StewardReportMeasure count = STEWARD_REPORT_MEASURE_COUNT;

  self->source = STEWARD_REPORT_SOURCE_REQUESTS;
  self->client_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->priority = STEWARD_REPORT_ANY_PRIORITY;
  self->grouping = STEWARD_REPORT_GROUPING_MONTH;
  self->series = STEWARD_REPORT_GROUPING_NONE;
  self->measures = g_array_new (FALSE, FALSE, sizeof (StewardReportMeasure));
  g_array_append_val (self->measures, count);
  self->chart = STEWARD_CHART_TABLE;
  self->periodic = STEWARD_REPORT_PERIODIC_NONE;
}

StewardReportSpec *
steward_report_spec_new (void)
{
  return g_object_new (STEWARD_TYPE_REPORT_SPEC, NULL);
}

gint64
steward_report_spec_get_id (StewardReportSpec *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), 0);
  return self->id;
}

void
steward_report_spec_set_id (StewardReportSpec *self,
                            gint64             id)
{
  g_return_if_fail (STEWARD_IS_REPORT_SPEC (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;
  self->id = id;
  notify_changed (self, PROP_ID);
}

const char *
steward_report_spec_get_name (StewardReportSpec *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), NULL);
  return self->name;
}

void
steward_report_spec_set_name (StewardReportSpec *self,
                              const char        *name)
{
  g_return_if_fail (STEWARD_IS_REPORT_SPEC (self));

  if (replace_text (&self->name, name))
    notify_changed (self, PROP_NAME);
}

StewardReportSource
steward_report_spec_get_source (StewardReportSpec *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), STEWARD_REPORT_SOURCE_REQUESTS);
  return self->source;
}

void
steward_report_spec_set_source (StewardReportSpec   *self,
                                StewardReportSource  source)
{
  g_return_if_fail (STEWARD_IS_REPORT_SPEC (self));
  g_return_if_fail (steward_enum_code (STEWARD_TYPE_REPORT_SOURCE, source) != NULL);

  if (self->source == source)
    return;
  self->source = source;
  notify_changed (self, PROP_SOURCE);
}

const char *
steward_report_spec_get_period (StewardReportSpec *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), NULL);
  return self->period;
}

void
steward_report_spec_set_period (StewardReportSpec *self,
                                const char        *period)
{
  g_return_if_fail (STEWARD_IS_REPORT_SPEC (self));

  if (replace_text (&self->period, period))
    notify_changed (self, PROP_PERIOD);
}

const gint64 *
steward_report_spec_get_client_ids (StewardReportSpec *self,
                                    guint             *n_ids)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  *n_ids = self->client_ids->len;
  return (const gint64 *) (gpointer) self->client_ids->data;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

void
steward_report_spec_set_client_ids (StewardReportSpec *self,
                                    const gint64      *ids,
                                    guint              n_ids)
{
  g_autoptr(GArray) sorted = NULL;

  g_return_if_fail (STEWARD_IS_REPORT_SPEC (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  /* Kept sorted and without repeats so that equal filters compare and serialise equal. */
  sorted = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  if (n_ids > 0)
    g_array_append_vals (sorted, ids, n_ids);
  g_array_sort (sorted, compare_ids);
  for (guint i = 1; i < sorted->len; )
    {
      if (g_array_index (sorted, gint64, i) == g_array_index (sorted, gint64, i - 1))
        g_array_remove_index (sorted, i);
      else
        i++;
    }

  if (sorted->len == self->client_ids->len &&
      (sorted->len == 0 ||
       memcmp (sorted->data, self->client_ids->data, sorted->len * sizeof (gint64)) == 0))
    return;

  g_array_unref (self->client_ids);
  self->client_ids = g_steal_pointer (&sorted);
  notify_changed (self, PROP_0);
}

guint
steward_report_spec_get_services (StewardReportSpec *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), 0);
  return self->services;
}

void
steward_report_spec_set_services (StewardReportSpec *self,
                                  guint              services)
{
  g_return_if_fail (STEWARD_IS_REPORT_SPEC (self));
  g_return_if_fail (services < STEWARD_REPORT_SERVICE_BIT (STEWARD_SERVICE_VISUAL + 1));

  if (self->services == services)
    return;
  self->services = services;
  notify_changed (self, PROP_SERVICES);
}

int
steward_report_spec_get_priority (StewardReportSpec *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), STEWARD_REPORT_ANY_PRIORITY);
  return self->priority;
}

void
steward_report_spec_set_priority (StewardReportSpec *self,
                                  int                priority)
{
  g_return_if_fail (STEWARD_IS_REPORT_SPEC (self));
  g_return_if_fail (priority >= STEWARD_REPORT_ANY_PRIORITY && priority <= STEWARD_PRIORITY_URGENT);

  if (self->priority == priority)
    return;
  self->priority = priority;
  notify_changed (self, PROP_PRIORITY);
}

guint
steward_report_spec_get_states (StewardReportSpec *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), 0);
  return self->states;
}

void
steward_report_spec_set_states (StewardReportSpec *self,
                                guint              states)
{
  g_return_if_fail (STEWARD_IS_REPORT_SPEC (self));
  g_return_if_fail (states < STEWARD_REPORT_STATE_BIT (STEWARD_STATE_WAITING_ON_CLIENT + 1));

  if (self->states == states)
    return;
  self->states = states;
  notify_changed (self, PROP_STATES);
}

const char *
steward_report_spec_get_owner (StewardReportSpec *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), NULL);
  return self->owner;
}

void
steward_report_spec_set_owner (StewardReportSpec *self,
                               const char        *owner)
{
  g_return_if_fail (STEWARD_IS_REPORT_SPEC (self));

  if (replace_text (&self->owner, owner))
    notify_changed (self, PROP_OWNER);
}

StewardReportGrouping
steward_report_spec_get_grouping (StewardReportSpec *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), STEWARD_REPORT_GROUPING_NONE);
  return self->grouping;
}

void
steward_report_spec_set_grouping (StewardReportSpec     *self,
                                  StewardReportGrouping  grouping)
{
  g_return_if_fail (STEWARD_IS_REPORT_SPEC (self));
  g_return_if_fail (steward_enum_code (STEWARD_TYPE_REPORT_GROUPING, grouping) != NULL);

  if (self->grouping == grouping)
    return;
  self->grouping = grouping;
  notify_changed (self, PROP_GROUPING);
}

StewardReportGrouping
steward_report_spec_get_series (StewardReportSpec *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), STEWARD_REPORT_GROUPING_NONE);
  return self->series;
}

void
steward_report_spec_set_series (StewardReportSpec     *self,
                                StewardReportGrouping  series)
{
  g_return_if_fail (STEWARD_IS_REPORT_SPEC (self));
  g_return_if_fail (steward_enum_code (STEWARD_TYPE_REPORT_GROUPING, series) != NULL);

  if (self->series == series)
    return;
  self->series = series;
  notify_changed (self, PROP_SERIES);
}

const StewardReportMeasure *
steward_report_spec_get_measures (StewardReportSpec *self,
                                  guint             *n_measures)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), NULL);
  g_return_val_if_fail (n_measures != NULL, NULL);

  *n_measures = self->measures->len;
  return (const StewardReportMeasure *) (gpointer) self->measures->data;
}

void
steward_report_spec_set_measures (StewardReportSpec          *self,
                                  const StewardReportMeasure *measures,
                                  guint                       n_measures)
{
  g_return_if_fail (STEWARD_IS_REPORT_SPEC (self));
  g_return_if_fail (measures != NULL || n_measures == 0);

  for (guint i = 0; i < n_measures; i++)
    g_return_if_fail (steward_enum_code (STEWARD_TYPE_REPORT_MEASURE, measures[i]) != NULL);

  if (n_measures == self->measures->len &&
      (n_measures == 0 ||
       memcmp (measures, self->measures->data, n_measures * sizeof *measures) == 0))
    return;

  g_array_set_size (self->measures, 0);
  if (n_measures > 0)
    g_array_append_vals (self->measures, measures, n_measures);
  notify_changed (self, PROP_0);
}

gboolean
steward_report_spec_has_measure (StewardReportSpec    *self,
                                 StewardReportMeasure  measure)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), FALSE);

  for (guint i = 0; i < self->measures->len; i++)
    if (g_array_index (self->measures, StewardReportMeasure, i) == measure)
      return TRUE;
  return FALSE;
}

StewardChartType
steward_report_spec_get_chart (StewardReportSpec *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), STEWARD_CHART_TABLE);
  return self->chart;
}

void
steward_report_spec_set_chart (StewardReportSpec *self,
                               StewardChartType   chart)
{
  g_return_if_fail (STEWARD_IS_REPORT_SPEC (self));
  g_return_if_fail (steward_enum_code (STEWARD_TYPE_CHART_TYPE, chart) != NULL);

  if (self->chart == chart)
    return;
  self->chart = chart;
  notify_changed (self, PROP_CHART);
}

StewardReportPeriodic
steward_report_spec_get_periodic (StewardReportSpec *self)
{
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), STEWARD_REPORT_PERIODIC_NONE);
  return self->periodic;
}

void
steward_report_spec_set_periodic (StewardReportSpec     *self,
                                  StewardReportPeriodic  periodic)
{
  g_return_if_fail (STEWARD_IS_REPORT_SPEC (self));
  g_return_if_fail (steward_enum_code (STEWARD_TYPE_REPORT_PERIODIC, periodic) != NULL);

  if (self->periodic == periodic)
    return;
  self->periodic = periodic;
  notify_changed (self, PROP_PERIODIC);
}

StewardReportSpec *
steward_report_spec_duplicate (StewardReportSpec *self)
{
  g_autoptr(StewardReportSpec) copy = NULL;
  g_autofree char *json = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), NULL);

  /* The JSON form carries everything but the id, which a copy must not share. */
  json = steward_report_spec_to_json (self);
  copy = steward_report_spec_new_from_json (json, NULL);
  g_assert (copy != NULL);

  /* TRANSLATORS: the name of a duplicated report definition; %s is the original's name. */
  name = g_strdup_printf (_("Copy of %s"), self->name != NULL ? self->name : "");
  steward_report_spec_set_name (copy, name);
  return g_steal_pointer (&copy);
}

gboolean
steward_report_spec_equal (StewardReportSpec *a,
                           StewardReportSpec *b)
{
  g_autofree char *json_a = NULL;
  g_autofree char *json_b = NULL;

  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (a), FALSE);
  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (b), FALSE);

  if (a->id != b->id)
    return FALSE;
  json_a = steward_report_spec_to_json (a);
  json_b = steward_report_spec_to_json (b);
  return g_str_equal (json_a, json_b);
}
