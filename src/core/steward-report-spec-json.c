/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-report-spec"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "steward-error.h"
#include "steward-report-spec.h"

/* A definition is saved as one compact JSON object of stable codes, for example
 *   {"version":1,"name":"Q3","source":"requests","grouping":"quarter","series":"service",
 *    "measures":["count","revenue"],"chart":"table","period":"last quarter"}
 * Filters at their "any" value are left out. The version lets a later format refuse to be
 * misread by this one. */
#define FORMAT_VERSION 1

static void
add_code (JsonBuilder *builder,
          const char  *key,
          GType        type,
          int          value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, steward_enum_code (type, value));
}

/* A bit set of enum values as a list of codes, in enum order. */
static void
add_code_set (JsonBuilder *builder,
              const char  *key,
              GType        type,
              guint        bits)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint v = 0; v < 32; v++)
    if (bits & (1u << v))
      json_builder_add_string_value (builder, steward_enum_code (type, (int) v));
  json_builder_end_array (builder);
}

static void
add_filters (JsonBuilder       *builder,
             StewardReportSpec *self)
{
  const gint64 *ids;
  guint n_ids;

  if (steward_report_spec_get_period (self) != NULL)
    {
      json_builder_set_member_name (builder, "period");
      json_builder_add_string_value (builder, steward_report_spec_get_period (self));
    }
  ids = steward_report_spec_get_client_ids (self, &n_ids);
  if (n_ids > 0)
    {
      json_builder_set_member_name (builder, "clients");
      json_builder_begin_array (builder);
      for (guint i = 0; i < n_ids; i++)
        json_builder_add_int_value (builder, ids[i]);
      json_builder_end_array (builder);
    }
  if (steward_report_spec_get_services (self) != 0)
    add_code_set (builder, "services", STEWARD_TYPE_SERVICE, steward_report_spec_get_services (self));
  if (steward_report_spec_get_priority (self) != STEWARD_REPORT_ANY_PRIORITY)
    add_code (builder, "priority", STEWARD_TYPE_PRIORITY, steward_report_spec_get_priority (self));
  if (steward_report_spec_get_states (self) != 0)
    add_code_set (builder, "states", STEWARD_TYPE_STATE, steward_report_spec_get_states (self));
  if (steward_report_spec_get_owner (self) != NULL)
    {
      json_builder_set_member_name (builder, "owner");
      json_builder_add_string_value (builder, steward_report_spec_get_owner (self));
    }
}

char *
steward_report_spec_to_json (StewardReportSpec *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  const StewardReportMeasure *measures;
  guint n;

  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, FORMAT_VERSION);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, steward_report_spec_get_name (self));
  add_code (builder, "source", STEWARD_TYPE_REPORT_SOURCE, steward_report_spec_get_source (self));
  add_filters (builder, self);
  add_code (builder, "grouping", STEWARD_TYPE_REPORT_GROUPING, steward_report_spec_get_grouping (self));
  if (steward_report_spec_get_series (self) != STEWARD_REPORT_GROUPING_NONE)
    add_code (builder, "series", STEWARD_TYPE_REPORT_GROUPING, steward_report_spec_get_series (self));

  json_builder_set_member_name (builder, "measures");
  json_builder_begin_array (builder);
  measures = steward_report_spec_get_measures (self, &n);
  for (guint i = 0; i < n; i++)
    json_builder_add_string_value (builder, steward_enum_code (STEWARD_TYPE_REPORT_MEASURE, measures[i]));
  json_builder_end_array (builder);

  add_code (builder, "chart", STEWARD_TYPE_CHART_TYPE, steward_report_spec_get_chart (self));
  if (steward_report_spec_get_periodic (self) != STEWARD_REPORT_PERIODIC_NONE)
    add_code (builder, "periodic", STEWARD_TYPE_REPORT_PERIODIC, steward_report_spec_get_periodic (self));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static void
set_damaged (GError     **error,
             const char  *key,
             const char  *detail)
{
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
               _("The saved report definition is damaged at “%s”: %s"), key, detail);
}

/* A string member, or NULL when absent. FALSE when present but not a string. */
static gboolean
read_string (JsonObject  *object,
             const char  *key,
             const char **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      set_damaged (error, key, _("text was expected"));
      return FALSE;
    }
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
parse_code (const char  *key,
            GType        type,
            const char  *code,
            int         *out,
            GError     **error)
{
  if (steward_enum_parse (type, code, out))
    return TRUE;

  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
               _("The saved report definition has “%s” at “%s”, which this version of Steward does not know"),
               code, key);
  return FALSE;
}

/* An enum member; @out keeps its value when the member is absent. */
static gboolean
read_code (JsonObject  *object,
           const char  *key,
           GType        type,
           int         *out,
           GError     **error)
{
  const char *code;

  if (!read_string (object, key, &code, error))
    return FALSE;
  return code == NULL || parse_code (key, type, code, out, error);
}

/* An array member; NULL (and TRUE) when absent. */
static gboolean
read_array (JsonObject  *object,
            const char  *key,
            JsonArray  **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      set_damaged (error, key, _("a list was expected"));
      return FALSE;
    }
  *out = json_node_get_array (node);
  return TRUE;
}

/* A list of codes, appended to @values (int each). */
static gboolean
read_codes (JsonObject  *object,
            const char  *key,
            GType        type,
            GArray      *values,
            GError     **error)
{
  JsonArray *array;

  if (!read_array (object, key, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      int value;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          set_damaged (error, key, _("text was expected"));
          return FALSE;
        }
      if (!parse_code (key, type, json_node_get_string (node), &value, error))
        return FALSE;
      g_array_append_val (values, value);
    }
  return TRUE;
}

static gboolean
read_code_set (JsonObject  *object,
               const char  *key,
               GType        type,
               guint       *out,
               GError     **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (int));

  if (!read_codes (object, key, type, values, error))
    return FALSE;
  *out = 0;
  for (guint i = 0; i < values->len; i++)
    *out |= 1u << g_array_index (values, int, i);
  return TRUE;
}

static gboolean
read_ids (JsonObject  *object,
          GArray      *ids,
          GError     **error)
{
  JsonArray *array;

  if (!read_array (object, "clients", &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gint64 id;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
          (id = json_node_get_int (node)) <= 0)
        {
          set_damaged (error, "clients", _("a client number was expected"));
          return FALSE;
        }
      g_array_append_val (ids, id);
    }
  return TRUE;
}

static gboolean
read_filters (JsonObject         *object,
              StewardReportSpec  *spec,
              GError            **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *period, *owner;
  guint services = 0, states = 0;
  int priority = STEWARD_REPORT_ANY_PRIORITY;

  if (!read_string (object, "period", &period, error) ||
      !read_ids (object, ids, error) ||
      !read_code_set (object, "services", STEWARD_TYPE_SERVICE, &services, error) ||
      !read_code (object, "priority", STEWARD_TYPE_PRIORITY, &priority, error) ||
      !read_code_set (object, "states", STEWARD_TYPE_STATE, &states, error) ||
      !read_string (object, "owner", &owner, error))
    return FALSE;

  steward_report_spec_set_period (spec, period);
  steward_report_spec_set_client_ids (spec, (const gint64 *) (gpointer) ids->data, ids->len);
  steward_report_spec_set_services (spec, services);
  steward_report_spec_set_priority (spec, priority);
  steward_report_spec_set_states (spec, states);
  steward_report_spec_set_owner (spec, owner);
  return TRUE;
}

static gboolean
read_layout (JsonObject         *object,
             StewardReportSpec  *spec,
             GError            **error)
{
  g_autoptr(GArray) measures = g_array_new (FALSE, FALSE, sizeof (int));
  int source = STEWARD_REPORT_SOURCE_REQUESTS;
  int grouping = STEWARD_REPORT_GROUPING_NONE;
  int series = STEWARD_REPORT_GROUPING_NONE;
  int chart = STEWARD_CHART_TABLE;
  int periodic = STEWARD_REPORT_PERIODIC_NONE;
  const char *name;
  g_autofree StewardReportMeasure *list = NULL;

  if (!read_string (object, "name", &name, error) ||
      !read_code (object, "source", STEWARD_TYPE_REPORT_SOURCE, &source, error) ||
      !read_code (object, "grouping", STEWARD_TYPE_REPORT_GROUPING, &grouping, error) ||
      !read_code (object, "series", STEWARD_TYPE_REPORT_GROUPING, &series, error) ||
      !read_codes (object, "measures", STEWARD_TYPE_REPORT_MEASURE, measures, error) ||
      !read_code (object, "chart", STEWARD_TYPE_CHART_TYPE, &chart, error) ||
      !read_code (object, "periodic", STEWARD_TYPE_REPORT_PERIODIC, &periodic, error))
    return FALSE;

  list = g_new (StewardReportMeasure, measures->len + 1);
  for (guint i = 0; i < measures->len; i++)
    list[i] = g_array_index (measures, int, i);

  steward_report_spec_set_name (spec, name);
  steward_report_spec_set_source (spec, source);
  steward_report_spec_set_grouping (spec, grouping);
  steward_report_spec_set_series (spec, series);
  steward_report_spec_set_measures (spec, list, measures->len);
  steward_report_spec_set_chart (spec, chart);
  steward_report_spec_set_periodic (spec, periodic);
  return TRUE;
}

StewardReportSpec *
steward_report_spec_new_from_json (const char  *json,
                                   GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(StewardReportSpec) spec = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonObject *object;
  JsonNode *root;
  JsonNode *version;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!json_parser_load_from_data (parser, json, -1, &parse_error))
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("The saved report definition is damaged: %s"), parse_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      set_damaged (error, "", _("an object was expected"));
      return NULL;
    }
  object = json_node_get_object (root);

  version = json_object_get_member (object, "version");
  if (version != NULL && JSON_NODE_HOLDS_VALUE (version) &&
      json_node_get_value_type (version) == G_TYPE_INT64 &&
      json_node_get_int (version) > FORMAT_VERSION)
    {
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("This report definition was saved by a newer version of Steward; update Steward to open it"));
      return NULL;
    }

  spec = steward_report_spec_new ();
  if (!read_layout (object, spec, error) || !read_filters (object, spec, error))
    return NULL;
  return g_steal_pointer (&spec);
}
