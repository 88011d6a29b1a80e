/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-requests-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-money.h"
#include "steward-request-state.h"
#include "steward-requests-page-private.h"
#include "steward-time.h"

enum {
  COLUMN_NUMBER,
  COLUMN_CLIENT,
  COLUMN_SERVICE,
  COLUMN_PRIORITY,
  COLUMN_STATE,
  COLUMN_FEE,
  COLUMN_PAID,
  COLUMN_SLA,
  COLUMN_OWNER,
  COLUMN_SUBMITTED,
};

#define NO_SORT (-1)

/* The list's columns, in order; a column without a store sort is not sortable. */
static const struct {
  const char *title;
  int         sort;
  gboolean    numeric;
  int         width;
} columns[] = {
  [COLUMN_NUMBER] = { N_("No."), STEWARD_REQUEST_SORT_SUBMITTED, TRUE, 70 },
  [COLUMN_CLIENT] = { N_("Client"), STEWARD_REQUEST_SORT_CLIENT, FALSE, 220 },
  [COLUMN_SERVICE] = { N_("Service"), STEWARD_REQUEST_SORT_SERVICE, FALSE, 150 },
  [COLUMN_PRIORITY] = { N_("Priority"), NO_SORT, FALSE, 80 },
  [COLUMN_STATE] = { N_("State"), STEWARD_REQUEST_SORT_STATE, FALSE, 110 },
  [COLUMN_FEE] = { N_("Fee"), STEWARD_REQUEST_SORT_FEE, TRUE, 100 },
  [COLUMN_PAID] = { N_("Paid"), NO_SORT, TRUE, 100 },
  [COLUMN_SLA] = { N_("SLA"), STEWARD_REQUEST_SORT_RESPONSE_DUE, FALSE, 200 },
  [COLUMN_OWNER] = { N_("Owner"), NO_SORT, FALSE, 90 },
  [COLUMN_SUBMITTED] = { N_("Submitted"), STEWARD_REQUEST_SORT_SUBMITTED, FALSE, 140 },
};

gint64
_steward_requests_page_now (StewardRequestsPage *self)
{
  return self->fixed_now != STEWARD_TIME_NONE ? self->fixed_now : steward_time_now ();
}

static GTimeZone *
page_tz (StewardRequestsPage *self)
{
  return self->desk != NULL ? steward_calendar_get_timezone (steward_desk_get_calendar (self->desk))
                            : NULL;
}

static char *
paid_text (StewardRequestsPage   *self,
           StewardServiceRequest *r)
{
  StewardLedger ledger;

  /* One small query per row on screen: the list view binds only the rows it shows. */
  if (self->desk == NULL ||
      !steward_desk_get_ledger (self->desk, steward_service_request_get_id (r), &ledger, NULL))
    return g_strdup ("");
  return ledger.net_received == 0 ? g_strdup ("—") : steward_money_format (ledger.net_received);
}

static char *
cell_text (StewardRequestsPage   *self,
           guint                  column,
           StewardServiceRequest *r)
{
  const char *client;

  switch (column)
    {
    case COLUMN_NUMBER:
      return steward_request_format_number (steward_service_request_get_id (r));
    case COLUMN_CLIENT:
      client = steward_request_list_model_get_client_name (self->model,
                                                           steward_service_request_get_client_id (r));
      return g_strdup (client != NULL ? client : "");
    case COLUMN_SERVICE:
      return g_strdup (steward_enum_label (STEWARD_TYPE_SERVICE, steward_service_request_get_service (r)));
    case COLUMN_PRIORITY:
      if (steward_service_request_get_emergency (r))
        return g_strdup (_("Emergency"));
      return g_strdup (steward_enum_label (STEWARD_TYPE_PRIORITY,
                                           steward_service_request_get_priority (r)));
    case COLUMN_STATE:
      return g_strdup (steward_enum_label (STEWARD_TYPE_STATE, steward_service_request_get_state (r)));
    case COLUMN_FEE:
      if (steward_service_request_get_package_incident (r))
        return g_strdup (_("Package"));
      /* Before the quote there is no fee to show, rather than a misleading ¥0.00. */
      if (steward_service_request_get_total (r) == 0 &&
          (steward_service_request_get_state (r) == STEWARD_STATE_SUBMITTED ||
           steward_service_request_get_state (r) == STEWARD_STATE_UNDER_REVIEW))
        return g_strdup ("—");
      return steward_money_format (steward_service_request_get_total (r));
    case COLUMN_PAID:
      return paid_text (self, r);
    case COLUMN_OWNER:
      return g_strdup (steward_service_request_get_owner (r));
    case COLUMN_SUBMITTED:
      return steward_request_format_instant (steward_service_request_get_submitted_at (r), page_tz (self));
    default:
      return g_strdup ("");
    }
}

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), columns[column].numeric ? 1.0 : 0.0);
  if (columns[column].numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (column == COLUMN_SUBMITTED || column == COLUMN_NUMBER)
    gtk_widget_add_css_class (label, "dim-label");

  if (column == COLUMN_SLA)
    {
      /* The badge (due soon, breached…) and the time left in business time. */
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *badge = gtk_label_new (NULL);

      gtk_widget_add_css_class (badge, "steward-badge");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), badge);
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_item_set_child (item, box);
      return;
    }

  gtk_list_item_set_child (item, label);
}

static void
bind_sla (StewardRequestsPage   *self,
          GtkWidget             *box,
          StewardServiceRequest *r)
{
  static const char *styles[] = { "accent", "success", "warning", "error", "dim-label" };
  GtkWidget *badge = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_last_child (box);
  g_autofree char *text = NULL;
  StewardSlaStatus status = STEWARD_SLA_STATUS_NONE;
  gboolean show_badge;

  if (self->desk != NULL)
    status = steward_request_sla_summary (r, steward_desk_get_calendar (self->desk),
                                          _steward_requests_page_now (self), &text);
  /* Only what needs attention gets a badge; a running clock shows its time left. */
  show_badge = status == STEWARD_SLA_STATUS_DUE_SOON || status == STEWARD_SLA_STATUS_BREACHED ||
               status == STEWARD_SLA_STATUS_MET;
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (badge, styles[i]);
  if (show_badge)
    {
      gtk_label_set_text (GTK_LABEL (badge), steward_sla_badge_label (status));
      gtk_widget_add_css_class (badge, steward_sla_badge_style (status));
    }
  gtk_widget_set_visible (badge, show_badge);
  gtk_label_set_text (GTK_LABEL (label),
                      status == STEWARD_SLA_STATUS_MET || text == NULL ? "" : text);
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  StewardServiceRequest *r = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  StewardRequestsPage *self = g_object_get_data (G_OBJECT (factory), "steward-requests-page");
  g_autofree char *text = NULL;

  if (r == NULL)
    return;

  if (column == COLUMN_SLA)
    {
      bind_sla (self, child, r);
      return;
    }
  text = cell_text (self, column, r);
  gtk_label_set_text (GTK_LABEL (child), text);
}

/* Never used to order rows (the store orders them in SQL): the page calls the column view's
 * sorter once with two dummy items, and the first column sorter it consults records itself.
 * Its answer, "smaller", comes back inverted when that column sorts descending. */
static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  StewardRequestsPage *self = g_object_get_data (G_OBJECT (a), "steward-requests-page");

  if (self != NULL)
    self->probe_column = GPOINTER_TO_UINT (user_data) + 1;
  return GTK_ORDERING_SMALLER;
}

void
_steward_requests_page_add_columns (StewardRequestsPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "steward-requests-page", self);
      g_signal_connect (factory, "setup", G_CALLBACK (on_setup), GUINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind), GUINT_TO_POINTER (i));

      column = gtk_column_view_column_new (_(columns[i].title), factory);
      if (columns[i].sort != NO_SORT)
        {
          g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (probe_compare,
                                                                          GUINT_TO_POINTER (i),
                                                                          NULL));

          gtk_column_view_column_set_sorter (column, sorter);
        }
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, columns[i].width);
      /* The client's name takes whatever room the window has beyond the columns' widths. */
      gtk_column_view_column_set_expand (column, i == COLUMN_CLIENT);
      gtk_column_view_append_column (self->column_view, column);
    }
}

gboolean
_steward_requests_page_read_sort (StewardRequestsPage *self,
                                  StewardRequestSort  *out_sort,
                                  gboolean            *out_descending)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  g_autoptr(GObject) probe = g_object_new (G_TYPE_OBJECT, NULL);
  GtkOrdering order;

  g_object_set_data (probe, "steward-requests-page", self);
  self->probe_column = 0;
  order = gtk_sorter_compare (sorter, probe, probe);
  if (self->probe_column == 0 || order == GTK_ORDERING_EQUAL)
    return FALSE;

  *out_sort = columns[self->probe_column - 1].sort;
  *out_descending = order == GTK_ORDERING_LARGER;
  return TRUE;
}
