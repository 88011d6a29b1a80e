/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-requests-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-requests-page-private.h"

/* The states "Open" shows: those still needing work or money. */
static const StewardState open_states[] = {
  STEWARD_STATE_SUBMITTED, STEWARD_STATE_UNDER_REVIEW, STEWARD_STATE_CONFIRMED,
  STEWARD_STATE_IN_PROGRESS, STEWARD_STATE_DELIVERED, STEWARD_STATE_ACCEPTED,
  STEWARD_STATE_WAITING_ON_CLIENT,
};

/* The SLA drop-down's items, after "Any". */
static const StewardSlaStatus sla_choices[] = {
  STEWARD_SLA_STATUS_DUE_SOON, STEWARD_SLA_STATUS_BREACHED, STEWARD_SLA_STATUS_RUNNING,
  STEWARD_SLA_STATUS_PAUSED,
};

enum {
  DATE_ANY,
  DATE_TODAY,
  DATE_LAST_7_DAYS,
  DATE_THIS_MONTH,
  DATE_LAST_MONTH,
  DATE_THIS_YEAR,
};

/* A string list of @first then the labels of every value of @enum_type. */
static GListModel *
enum_choices (const char *first,
              GType       enum_type)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  gtk_string_list_append (list, first);
  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (list, steward_enum_label (enum_type, klass->values[i].value));
  return G_LIST_MODEL (list);
}

void
_steward_requests_page_init_filters (StewardRequestsPage *self)
{
  g_autoptr(GListModel) states = enum_choices (_("All States"), STEWARD_TYPE_STATE);
  g_autoptr(GListModel) services = enum_choices (_("All Services"), STEWARD_TYPE_SERVICE);
  g_autoptr(GListModel) categories = enum_choices (_("All Categories"), STEWARD_TYPE_CATEGORY);
  g_autoptr(GListModel) priorities = enum_choices (_("All Priorities"), STEWARD_TYPE_PRIORITY);
  const char *slas[] = {
    C_("SLA filter", "Any"),
    steward_enum_label (STEWARD_TYPE_SLA_STATUS, STEWARD_SLA_STATUS_DUE_SOON),
    steward_enum_label (STEWARD_TYPE_SLA_STATUS, STEWARD_SLA_STATUS_BREACHED),
    steward_enum_label (STEWARD_TYPE_SLA_STATUS, STEWARD_SLA_STATUS_RUNNING),
    steward_enum_label (STEWARD_TYPE_SLA_STATUS, STEWARD_SLA_STATUS_PAUSED),
    NULL
  };
  const char *dates[] = { _("Any time"), _("Today"), _("Last 7 days"), _("This month"),
                          _("Last month"), _("This year"), NULL };
  g_autoptr(GtkStringList) sla_model = gtk_string_list_new (slas);
  g_autoptr(GtkStringList) date_model = gtk_string_list_new (dates);

  /* "Open" sits right after "All States". */
  gtk_string_list_splice (GTK_STRING_LIST (states), 1, 0,
                          (const char * const []) { C_("requests filter", "Open"), NULL });

  self->resetting = TRUE;
  gtk_drop_down_set_model (self->state_dropdown, states);
  adw_combo_row_set_model (self->service_row, services);
  adw_combo_row_set_model (self->category_row, categories);
  adw_combo_row_set_model (self->priority_row, priorities);
  adw_combo_row_set_model (self->sla_row, G_LIST_MODEL (sla_model));
  adw_combo_row_set_model (self->date_row, G_LIST_MODEL (date_model));
  self->resetting = FALSE;
}

static gint64
local_midnight (GDateTime *day)
{
  g_autoptr(GDateTime) midnight = g_date_time_new (g_date_time_get_timezone (day),
                                                   g_date_time_get_year (day),
                                                   g_date_time_get_month (day),
                                                   g_date_time_get_day_of_month (day), 0, 0, 0);

  return g_date_time_to_unix (midnight);
}

static void
date_range (StewardRequestsPage *self,
            guint                choice,
            gint64              *from,
            gint64              *until)
{
  GTimeZone *tz = steward_calendar_get_timezone (steward_desk_get_calendar (self->desk));
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (_steward_requests_page_now (self));
  g_autoptr(GDateTime) now = g_date_time_to_timezone (utc, tz);
  g_autoptr(GDateTime) month = g_date_time_add_days (now, 1 - g_date_time_get_day_of_month (now));
  g_autoptr(GDateTime) year = g_date_time_add_days (now, 1 - g_date_time_get_day_of_year (now));
  g_autoptr(GDateTime) next_day = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) week_ago = g_date_time_add_days (now, -6);
  g_autoptr(GDateTime) last_month = g_date_time_add_months (month, -1);

  *from = *until = STEWARD_TIME_NONE;
  switch (choice)
    {
    case DATE_TODAY:
      *from = local_midnight (now);
      *until = local_midnight (next_day);
      break;
    case DATE_LAST_7_DAYS:
      *from = local_midnight (week_ago);
      *until = local_midnight (next_day);
      break;
    case DATE_THIS_MONTH:
      *from = local_midnight (month);
      break;
    case DATE_LAST_MONTH:
      *from = local_midnight (last_month);
      *until = local_midnight (month);
      break;
    case DATE_THIS_YEAR:
      *from = local_midnight (year);
      break;
    default:
      break;
    }
}

static int
any_or (guint selected)
{
  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? STEWARD_REQUEST_FILTER_ANY
                                                                : (int) selected - 1;
}

void
_steward_requests_page_apply_filters (StewardRequestsPage *self)
{
  guint state = gtk_drop_down_get_selected (self->state_dropdown);
  guint sla = adw_combo_row_get_selected (self->sla_row);
  StewardState one;
  gint64 from, until;

  if (self->model == NULL || self->resetting)
    return;

  if (state == 1)
    steward_request_list_model_set_states (self->model, open_states, G_N_ELEMENTS (open_states));
  else if (state >= 2 && state != GTK_INVALID_LIST_POSITION)
    {
      one = state - 2;
      steward_request_list_model_set_states (self->model, &one, 1);
    }
  else
    steward_request_list_model_set_states (self->model, NULL, 0);

  steward_request_list_model_set_service (self->model, any_or (adw_combo_row_get_selected (self->service_row)));
  steward_request_list_model_set_category (self->model, any_or (adw_combo_row_get_selected (self->category_row)));
  steward_request_list_model_set_priority (self->model, any_or (adw_combo_row_get_selected (self->priority_row)));
  steward_request_list_model_set_sla_status (self->model,
                                             sla >= 1 && sla <= G_N_ELEMENTS (sla_choices)
                                             ? sla_choices[sla - 1] : STEWARD_SLA_STATUS_NONE);
  date_range (self, adw_combo_row_get_selected (self->date_row), &from, &until);
  steward_request_list_model_set_submitted_range (self->model, from, until);
  steward_request_list_model_set_client (self->model, self->client_id);

  /* The filter button says when some of its filters narrow the list. */
  if (_steward_requests_page_has_filters (self))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
}

gboolean
_steward_requests_page_has_filters (StewardRequestsPage *self)
{
  return adw_combo_row_get_selected (self->service_row) > 0 ||
         adw_combo_row_get_selected (self->category_row) > 0 ||
         adw_combo_row_get_selected (self->priority_row) > 0 ||
         adw_combo_row_get_selected (self->sla_row) > 0 ||
         adw_combo_row_get_selected (self->date_row) > 0;
}

void
_steward_requests_page_reset_filters (StewardRequestsPage *self)
{
  self->resetting = TRUE;
  gtk_drop_down_set_selected (self->state_dropdown, 0);
  adw_combo_row_set_selected (self->service_row, 0);
  adw_combo_row_set_selected (self->category_row, 0);
  adw_combo_row_set_selected (self->priority_row, 0);
  adw_combo_row_set_selected (self->sla_row, 0);
  adw_combo_row_set_selected (self->date_row, 0);
  self->resetting = FALSE;
  _steward_requests_page_apply_filters (self);
}
