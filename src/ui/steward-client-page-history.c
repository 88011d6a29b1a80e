/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-client-page"

#include "config.h"

#include "steward-client-page-private.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"
#include "steward-money.h"
#include "steward-request-list-model.h"
#include "steward-request-state.h"
#include "steward-store-packages.h"
#include "steward-time.h"
#include "steward-ui-util.h"

/* The History group of the client page: one expander per kind of history — requests with their
 * state and SLA, payments, packages, trainings, complaints, ratings — newest first. Rows that
 * have a page open it through win.open. */

/* Requests read for the history; older ones are on the requests page. */
#define MAX_REQUESTS 50

static GtkWidget *
history_row (const char *title,
             const char *subtitle,
             const char *badge,
             const char *style,
             const char *kind,
             gint64      id)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (badge != NULL)
    {
      GtkWidget *label = gtk_label_new (badge);

      gtk_widget_add_css_class (label, "steward-tag");
      if (style != NULL)
        gtk_widget_add_css_class (label, style);
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  if (kind != NULL)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(sx)", kind, id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open");
    }
  return row;
}

static char *
format_date (gint64 instant)
{
  g_autoptr(GDateTime) when = steward_time_to_date_time (instant, NULL);

  return g_date_time_format (when, "%Y-%m-%d %H:%M");
}

/* An expander titled @title whose subtitle counts @rows; the rows go inside. */
static GtkWidget *
history_section (const char *title,
                 GPtrArray  *rows,
                 const char *empty)
{
  GtkWidget *expander = adw_expander_row_new ();
  g_autofree char *count = g_strdup_printf ("%u", rows->len);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), rows->len > 0 ? count : empty);
  gtk_widget_set_sensitive (expander, rows->len > 0);
  for (guint i = 0; i < rows->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), g_ptr_array_index (rows, i));
  return expander;
}

static void
add_section (StewardClientPage *self,
             const char        *title,
             GPtrArray         *rows,
             const char        *empty)
{
  GtkWidget *section = history_section (title, rows, empty);

  adw_preferences_group_add (self->history_group, section);
  g_ptr_array_add (self->history_rows, section);
}

static GtkWidget *
request_row (StewardServiceRequest *request,
             StewardCalendar       *calendar,
             gint64                 now)
{
  g_autofree char *number = steward_request_format_number (steward_service_request_get_id (request));
  g_autofree char *left = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *submitted = format_date (steward_service_request_get_submitted_at (request));
  StewardSlaStatus status = steward_request_sla_summary (request, calendar, now, &left);

  title = g_strdup_printf ("%s · %s", number,
                           steward_enum_label (STEWARD_TYPE_SERVICE,
                                               steward_service_request_get_service (request)));
  subtitle = g_strdup_printf ("%s · %s%s%s", submitted,
                              steward_enum_label (STEWARD_TYPE_STATE,
                                                  steward_service_request_get_state (request)),
                              *left != '\0' ? " · " : "", left);
  return history_row (title, subtitle, steward_sla_badge_label (status),
                      steward_sla_badge_style (status), "request",
                      steward_service_request_get_id (request));
}

static GtkWidget *
payment_row (StewardPayment *payment)
{
  g_autofree char *amount = steward_money_format (steward_payment_get_amount (payment));
  g_autofree char *number = steward_request_format_number (steward_payment_get_request_id (payment));
  g_autofree char *date = format_date (steward_payment_get_at (payment));
  g_autofree char *title = g_strdup_printf ("%s · %s", amount,
                                            steward_enum_label (STEWARD_TYPE_PAYMENT_KIND,
                                                                steward_payment_get_kind (payment)));
  g_autofree char *subtitle = g_strdup_printf ("%s · %s · %s %s", date,
                                               steward_enum_label (STEWARD_TYPE_PAYMENT_METHOD,
                                                                   steward_payment_get_method (payment)),
                                               number, steward_payment_get_reference (payment));

  return history_row (title, subtitle, NULL, NULL, "request", steward_payment_get_request_id (payment));
}

static GtkWidget *
rating_row (StewardServiceRequest *request)
{
  static const char * const stars[] = { "", "★☆☆☆☆", "★★☆☆☆", "★★★☆☆", "★★★★☆", "★★★★★" };
  g_autofree char *number = steward_request_format_number (steward_service_request_get_id (request));
  guint rating = MIN (steward_service_request_get_rating (request), 5);
  g_autofree char *title = g_strdup_printf ("%s · %s", stars[rating], number);

  return history_row (title, steward_service_request_get_rating_feedback (request), NULL, NULL,
                      "request", steward_service_request_get_id (request));
}

static gint
payment_newest_first (gconstpointer a,
                      gconstpointer b)
{
  gint64 at_a = steward_payment_get_at (*(StewardPayment **) a);
  gint64 at_b = steward_payment_get_at (*(StewardPayment **) b);

  return at_a < at_b ? 1 : at_a > at_b ? -1 : 0;
}

/* Requests, payments and ratings: all from the client's requests. */
static void
fill_requests (StewardClientPage  *self,
               StewardApplication *app,
               gint64              client_id)
{
  g_autoptr(StewardRequestListModel) model =
    steward_request_list_model_new (steward_application_get_store (app));
  StewardRequestRepository *repo = steward_application_get_request_repository (app);
  g_autoptr(GPtrArray) requests = g_ptr_array_new ();
  g_autoptr(GPtrArray) payments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) payment_rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) ratings = g_ptr_array_new ();
  gint64 now = steward_time_now ();
  guint n;

  steward_request_list_model_set_client (model, client_id);
  n = MIN (MAX_REQUESTS, g_list_model_get_n_items (G_LIST_MODEL (model)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardServiceRequest) request = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_autoptr(GPtrArray) lines = NULL;

      if (request == NULL)
        break;
      g_ptr_array_add (requests, request_row (request, steward_application_get_calendar (app), now));
      if (steward_service_request_get_rating (request) > 0)
        g_ptr_array_add (ratings, rating_row (request));
      lines = steward_request_repository_list_payments (repo, steward_service_request_get_id (request), NULL);
      for (guint j = 0; lines != NULL && j < lines->len; j++)
        g_ptr_array_add (payments, g_object_ref (g_ptr_array_index (lines, j)));
    }

  g_ptr_array_sort (payments, payment_newest_first);
  for (guint i = 0; i < payments->len; i++)
    g_ptr_array_add (payment_rows, payment_row (g_ptr_array_index (payments, i)));

  add_section (self, _("Requests"), requests, _("No requests yet"));
  add_section (self, _("Payments"), payment_rows, _("No payments yet"));
  add_section (self, _("Ratings"), ratings, _("No ratings yet"));
}

static void
fill_packages (StewardClientPage  *self,
               StewardApplication *app,
               gint64              client_id)
{
  g_autoptr(GPtrArray) packages =
    steward_store_packages_list_for_client (steward_application_get_store (app), client_id, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  for (guint i = 0; packages != NULL && i < packages->len; i++)
    {
      StewardMonthlyPackage *package = g_ptr_array_index (packages, i);
      g_autofree char *price = steward_money_format (steward_monthly_package_get_price_per_month (package));
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      guint months = steward_monthly_package_get_months (package);

      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%04d-%02d, %u month",
                                            "%04d-%02d, %u months", months),
                               steward_monthly_package_get_start_year (package),
                               steward_monthly_package_get_start_month (package), months);
      subtitle = g_strdup_printf (_("%s a month · %u incidents a month"), price,
                                  steward_monthly_package_get_quota (package));
      g_ptr_array_add (rows, history_row (title, subtitle, NULL, NULL, "package",
                                          steward_monthly_package_get_id (package)));
    }
  add_section (self, _("Monthly Packages"), rows, _("No packages yet"));
}

static void
fill_trainings_and_complaints (StewardClientPage  *self,
                               StewardApplication *app,
                               gint64              client_id)
{
  g_autoptr(GPtrArray) sessions =
    steward_training_repository_list_for_client (steward_application_get_training_repository (app),
                                                 client_id, STEWARD_TIME_NONE, STEWARD_TIME_NONE, NULL);
  g_autoptr(GPtrArray) complaints =
    steward_complaint_repository_list_for_client (steward_application_get_complaint_repository (app),
                                                  client_id, NULL);
  g_autoptr(GPtrArray) session_rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) complaint_rows = g_ptr_array_new ();

  /* Both lists come oldest first. */
  for (guint i = sessions != NULL ? sessions->len : 0; i > 0; i--)
    {
      StewardTrainingSession *session = g_ptr_array_index (sessions, i - 1);
      g_autofree char *date = format_date (steward_training_session_get_start (session));
      g_autofree char *subtitle =
        g_strdup_printf ("%s · %s · %s", date,
                         steward_enum_label (STEWARD_TYPE_TRAINING_STATUS,
                                             steward_training_session_get_status (session)),
                         steward_training_session_get_trainer (session));

      g_ptr_array_add (session_rows, history_row (steward_training_session_get_title (session),
                                                  subtitle, NULL, NULL, "training",
                                                  steward_training_session_get_id (session)));
    }
  for (guint i = complaints != NULL ? complaints->len : 0; i > 0; i--)
    {
      StewardComplaint *complaint = g_ptr_array_index (complaints, i - 1);
      g_autofree char *date = format_date (steward_complaint_get_received_at (complaint));
      g_autofree char *subtitle =
        g_strdup_printf ("%s · %s", date,
                         steward_enum_label (STEWARD_TYPE_COMPLAINT_STATE,
                                             steward_complaint_get_state (complaint)));

      g_ptr_array_add (complaint_rows, history_row (steward_complaint_get_summary (complaint),
                                                    subtitle, NULL, NULL, "complaint",
                                                    steward_complaint_get_id (complaint)));
    }

  add_section (self, _("Trainings"), session_rows, _("No trainings yet"));
  add_section (self, _("Complaints"), complaint_rows, _("No complaints"));
}

void
_steward_client_page_fill_history (StewardClientPage *self)
{
  StewardApplication *app = steward_widget_get_application (GTK_WIDGET (self));
  gint64 client_id = steward_client_get_id (self->client);

  for (guint i = 0; i < self->history_rows->len; i++)
    adw_preferences_group_remove (self->history_group, g_ptr_array_index (self->history_rows, i));
  g_ptr_array_set_size (self->history_rows, 0);

  if (app == NULL || steward_application_get_store (app) == NULL)
    return;

  fill_requests (self, app, client_id);
  fill_packages (self, app, client_id);
  fill_trainings_and_complaints (self, app, client_id);
}
