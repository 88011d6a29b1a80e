/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-report-drill"

#include "config.h"

#include "steward-report-drill.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-error.h"

StewardReportSpec *
steward_report_spec_copy_exact (StewardReportSpec *spec)
{
  g_autofree char *json = NULL;
  StewardReportSpec *copy;

  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (spec), NULL);

  /* The JSON form holds everything but the id, and reads back what it wrote. */
  json = steward_report_spec_to_json (spec);
  copy = steward_report_spec_new_from_json (json, NULL);
  g_assert (copy != NULL);
  steward_report_spec_set_id (copy, steward_report_spec_get_id (spec));
  return copy;
}

/* The grouping to show inside one unit of @grouping: a bar per month of a quarter. */
static StewardReportGrouping
finer_grouping (StewardReportGrouping grouping)
{
  switch (grouping)
    {
    case STEWARD_REPORT_GROUPING_YEAR:
    case STEWARD_REPORT_GROUPING_QUARTER:
      return STEWARD_REPORT_GROUPING_MONTH;
    case STEWARD_REPORT_GROUPING_MONTH:
    case STEWARD_REPORT_GROUPING_WEEK:
      return STEWARD_REPORT_GROUPING_DAY;
    default:
      return grouping;
    }
}

static gboolean
refuse (const char  *label,
        GError     **error)
{
  g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
               _("“%s” cannot be used as a filter; choose another part of the chart"), label);
  return FALSE;
}

/* Narrows @spec to @key of @dimension. @is_category: the dimension is the rows' grouping. */
static gboolean
apply_dimension (StewardReportSpec     *spec,
                 StewardReportGrouping  dimension,
                 gboolean               is_category,
                 const char            *key,
                 const char            *label,
                 GError               **error)
{
  int value;

  if (steward_report_grouping_is_time (dimension))
    {
      steward_report_spec_set_period (spec, key);
      steward_report_spec_set_periodic (spec, STEWARD_REPORT_PERIODIC_NONE);
      if (is_category)
        steward_report_spec_set_grouping (spec, finer_grouping (dimension));
      return TRUE;
    }

  switch (dimension)
    {
    case STEWARD_REPORT_GROUPING_SERVICE:
      if (!steward_enum_parse (STEWARD_TYPE_SERVICE, key, &value))
        return refuse (label, error);
      steward_report_spec_set_services (spec, STEWARD_REPORT_SERVICE_BIT (value));
      return TRUE;

    case STEWARD_REPORT_GROUPING_CATEGORY:
      {
        guint services = 0;

        if (!steward_enum_parse (STEWARD_TYPE_CATEGORY, key, &value))
          return refuse (label, error);
        for (int s = STEWARD_SERVICE_ADVISOR; s <= STEWARD_SERVICE_VISUAL; s++)
          if ((int) steward_service_get_category (s) == value)
            services |= STEWARD_REPORT_SERVICE_BIT (s);
        steward_report_spec_set_services (spec, services);
        return TRUE;
      }

    case STEWARD_REPORT_GROUPING_CLIENT:
      {
        char *end = NULL;
        gint64 id = key != NULL ? g_ascii_strtoll (key, &end, 10) : 0;

        if (id <= 0 || end == NULL || *end != '\0')
          return refuse (label, error);
        steward_report_spec_set_client_ids (spec, &id, 1);
        return TRUE;
      }

    case STEWARD_REPORT_GROUPING_OWNER:
      if (key == NULL || *key == '\0')
        return refuse (label, error);
      steward_report_spec_set_owner (spec, key);
      return TRUE;

    case STEWARD_REPORT_GROUPING_NONE:
    default:
      g_set_error_literal (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                           _("This report has no grouping to filter by; choose one in the designer"));
      return FALSE;
    }
}

StewardReportSpec *
steward_report_drill_down (StewardReportSpec   *spec,
                           StewardReportResult *result,
                           int                  row,
                           gboolean             category_only,
                           char               **label,
                           GError             **error)
{
  g_autoptr(StewardReportSpec) drilled = NULL;
  StewardReportGrouping grouping, series;
  const char *category_label;
  const char *series_label = NULL;

  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (spec), NULL);
  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);

  if (row < 0 || (guint) row >= steward_report_result_get_n_rows (result))
    {
      refuse (_("Other"), error);
      return NULL;
    }

  drilled = steward_report_spec_copy_exact (spec);
  grouping = steward_report_spec_get_grouping (spec);
  series = steward_report_spec_get_series (spec);
  category_label = steward_report_result_get_category_label (result, row);
  if (!apply_dimension (drilled, grouping, TRUE,
                        steward_report_result_get_category_key (result, row),
                        category_label, error))
    return NULL;

  if (!category_only && series != STEWARD_REPORT_GROUPING_NONE &&
      steward_report_result_get_series_key (result, row) != NULL)
    {
      series_label = steward_report_result_get_series_label (result, row);
      if (!apply_dimension (drilled, series, FALSE,
                            steward_report_result_get_series_key (result, row),
                            series_label, error))
        return NULL;
    }

  /* A filter this source cannot take (a state filter on complaints) is refused here, before
   * the page shows it. */
  if (!steward_report_spec_validate (drilled, error))
    return NULL;

  *label = series_label != NULL ? g_strdup_printf ("%s · %s", category_label, series_label)
                                : g_strdup (category_label);
  return g_steal_pointer (&drilled);
}

/* "Remote assistance, Training" for the set bits of @bits in @enum_type. */
static char *
describe_bits (GType enum_type,
               guint bits)
{
  GString *out = g_string_new (NULL);

  for (guint v = 0; v < 32; v++)
    {
      if ((bits & (1u << v)) == 0 || steward_enum_code (enum_type, (int) v) == NULL)
        continue;
      if (out->len > 0)
        g_string_append (out, _(", "));
      g_string_append (out, steward_enum_label (enum_type, (int) v));
    }
  return g_string_free (out, FALSE);
}

static char *
describe_clients (StewardReportSpec *spec,
                  GHashTable        *client_names)
{
  GString *out = g_string_new (NULL);
  const gint64 *ids;
  guint n;

  ids = steward_report_spec_get_client_ids (spec, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *name = client_names != NULL ? g_hash_table_lookup (client_names, &ids[i]) : NULL;

      if (out->len > 0)
        g_string_append (out, _(", "));
      if (name != NULL)
        g_string_append (out, name);
      else
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, ids[i]);

          /* TRANSLATORS: a client known only by its number. */
          g_string_append_printf (out, _("Client %s"), id);
        }
    }
  return g_string_free (out, FALSE);
}

static void
add_copy (GPtrArray  *array,
          const char *text)
{
  g_ptr_array_add (array, g_strdup (text));
}

GStrv
steward_report_describe_filters (StewardReportSpec *spec,
                                 GHashTable        *client_names)
{
  GPtrArray *builder = g_ptr_array_new ();
  guint n_clients;

  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (spec), NULL);

  add_copy (builder, _("Period"));
  g_ptr_array_add (builder, steward_report_describe_period (spec));

  steward_report_spec_get_client_ids (spec, &n_clients);
  if (n_clients > 0)
    {
      add_copy (builder, n_clients == 1 ? _("Client") : _("Clients"));
      g_ptr_array_add (builder, describe_clients (spec, client_names));
    }
  if (steward_report_spec_get_services (spec) != 0)
    {
      add_copy (builder, _("Services"));
      g_ptr_array_add (builder, describe_bits (STEWARD_TYPE_SERVICE,
                                                   steward_report_spec_get_services (spec)));
    }
  if (steward_report_spec_get_priority (spec) != STEWARD_REPORT_ANY_PRIORITY)
    {
      add_copy (builder, _("Priority"));
      add_copy (builder, steward_enum_label (STEWARD_TYPE_PRIORITY,
                                                       steward_report_spec_get_priority (spec)));
    }
  if (steward_report_spec_get_states (spec) != 0)
    {
      add_copy (builder, _("Status"));
      g_ptr_array_add (builder, describe_bits (STEWARD_TYPE_STATE,
                                                   steward_report_spec_get_states (spec)));
    }
  if (steward_report_spec_get_owner (spec) != NULL)
    {
      add_copy (builder, _("Account manager"));
      add_copy (builder, steward_report_spec_get_owner (spec));
    }
  g_ptr_array_add (builder, NULL);
  return (GStrv) g_ptr_array_free (builder, FALSE);
}

char *
steward_report_describe_grouping (StewardReportSpec *spec)
{
  StewardReportGrouping series;

  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (spec), NULL);

  series = steward_report_spec_get_series (spec);
  if (series == STEWARD_REPORT_GROUPING_NONE)
    return g_strdup (steward_enum_label (STEWARD_TYPE_REPORT_GROUPING,
                                         steward_report_spec_get_grouping (spec)));
  /* TRANSLATORS: the rows' grouping, then the series' grouping: "Quarter, Service". */
  return g_strdup_printf (_("%s, %s"),
                          steward_enum_label (STEWARD_TYPE_REPORT_GROUPING,
                                              steward_report_spec_get_grouping (spec)),
                          steward_enum_label (STEWARD_TYPE_REPORT_GROUPING, series));
}

char *
steward_report_describe_measures (StewardReportSpec *spec)
{
  const StewardReportMeasure *measures;
  GString *out = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (spec), NULL);

  measures = steward_report_spec_get_measures (spec, &n);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, _(", "));
      g_string_append (out, steward_enum_label (STEWARD_TYPE_REPORT_MEASURE, measures[i]));
    }
  return g_string_free (out, FALSE);
}

char *
steward_report_describe_period (StewardReportSpec *spec)
{
  StewardReportPeriodic periodic;
  const char *period;

  g_return_val_if_fail (STEWARD_IS_REPORT_SPEC (spec), NULL);

  periodic = steward_report_spec_get_periodic (spec);
  period = steward_report_spec_get_period (spec);
  if (periodic != STEWARD_REPORT_PERIODIC_NONE)
    /* TRANSLATORS: a scheduled report: "Quarterly (the last complete period)". */
    return g_strdup_printf (_("%s (the last complete period)"),
                            steward_enum_label (STEWARD_TYPE_REPORT_PERIODIC, periodic));
  if (period == NULL)
    return g_strdup (_("All time"));
  return g_strdup (period);
}
