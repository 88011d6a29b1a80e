/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-clients-window"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "steward-application.h"
#include "steward-client-dialog.h"
#include "steward-client-page.h"
#include "steward-clients-page.h"
#include "steward-dashboard-page.h"
#include "steward-monthly-package.h"
#include "steward-packages-page.h"
#include "steward-preferences-window.h"
#include "steward-store-packages.h"
#include "steward-time.h"
#include "steward-store-clients.h"
#include "steward-store-testing.h"
#include "steward-window.h"
#include "ui-fixtures.h"

/* The window on a small database of known clients, driven through its actions. */

static StewardApplication *app;
static char *database_path;

/* name, industry, owner, contact, phone, email; the last one is archived. */
static const char * const clients_table[][6] = {
  { "ACME Software", "Software", "王经理", "Alice Chen", "+86 755 1234 5678", "alice@acme.example" },
  { "深圳星河科技有限公司", "制造业", "王经理", "李娜", "138 0013 8000", "lina@xinghe.example" },
  { "北京云帆科技", "金融", "李经理", "王强", "010 6552 3344", "wangqiang@yunfan.example" },
  { "Blue River Logistics", "Logistics", "李经理", "Tom Baker", "021 5888 1200", "tom@blueriver.example" },
  { "杭州青松教育", "教育", "王经理", "陈静", "0571 8765 4321", "chenjing@qingsong.example" },
  { "Northwind Traders", "Retail", "李经理", "Nancy Davolio", "020 3322 1100", "nancy@northwind.example" },
  { "成都天府医疗", "医疗", "王经理", "刘洋", "028 8555 0101", "liuyang@tianfu.example" },
  { "Harbor Finance", "Finance", "李经理", "Henry Wu", "0755 2666 8080", "henry@harbor.example" },
};
#define N_ACTIVE 7

static gint64
add_client (StewardClientRepository *repo,
            guint                    i)
{
  g_autoptr(StewardClient) client = steward_client_new (clients_table[i][0]);
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  StewardContact *contact = steward_contact_new (clients_table[i][3]);
  g_autoptr(GError) error = NULL;

  steward_client_set_industry (client, clients_table[i][1]);
  steward_client_set_owner (client, clients_table[i][2]);
  steward_client_set_platforms (client, STEWARD_PLATFORM_WINDOWS);
  steward_contact_set_phone (contact, clients_table[i][4]);
  steward_contact_set_email (contact, clients_table[i][5]);
  steward_contact_set_primary (contact, TRUE);
  g_ptr_array_add (contacts, contact);
  g_assert_true (steward_client_repository_add (repo, client, contacts, &error));
  g_assert_no_error (error);
  return steward_client_get_id (client);
}

/* Writes the database before the application opens it. ACME owes ¥900.00 on a confirmed
 * request; 星河 owes ¥3,000.00 (¥5,000.00 confirmed, ¥2,000.00 paid); Harbor is archived. */
static void
create_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardStore) store = steward_store_open (path, &error);
  g_autoptr(StewardStoreClients) clients = NULL;
  gint64 ids[G_N_ELEMENTS (clients_table)];
  gint64 request;

  g_assert_no_error (error);
  clients = steward_store_clients_new (store);
  for (guint i = 0; i < G_N_ELEMENTS (clients_table); i++)
    ids[i] = add_client (STEWARD_CLIENT_REPOSITORY (clients), i);
  g_assert_true (steward_client_repository_set_archived (STEWARD_CLIENT_REPOSITORY (clients),
                                                         ids[7], TRUE, NULL));

  /* 2026-03-09 10:00 +08:00 */
  g_assert_cmpint (steward_store_testing_insert_request (store, ids[0], "confirmed", 90000,
                                                         1773021600, NULL), >, 0);
  request = steward_store_testing_insert_request (store, ids[1], "confirmed", 500000,
                                                  1773021600, NULL);
  g_assert_cmpint (request, >, 0);
  g_assert_true (steward_store_testing_insert_payment (store, request, 200000, 1773021600, NULL));
}

static void
settle (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

static StewardWindow *
show_clients (void)
{
  StewardWindow *window = steward_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "clients");
  gtk_window_present (GTK_WINDOW (window));
  settle (200);
  return window;
}

static StewardClientsPage *
clients_page (StewardWindow *window)
{
  return STEWARD_CLIENTS_PAGE (steward_window_get_page (window, "clients"));
}

static const char *
name_at (StewardClientsPage *page,
         guint               position)
{
  g_autoptr(StewardClient) client =
    g_list_model_get_item (G_LIST_MODEL (steward_clients_page_get_model (page)), position);

  g_assert_nonnull (client);
  return steward_client_get_name (client);
}

static guint
n_clients (StewardClientsPage *page)
{
  return g_list_model_get_n_items (G_LIST_MODEL (steward_clients_page_get_model (page)));
}

/* The first descendant of @widget of @type, or NULL. */
static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type)
          && (label == NULL || (GTK_IS_BUTTON (child)
                                && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)))
        return child;
      if ((found = find_widget (child, type, label)) != NULL)
        return found;
    }
  return NULL;
}

/* The entry row under @widget showing @text, or NULL. */
static AdwEntryRow *
find_entry_row (GtkWidget  *widget,
                const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwEntryRow *found;

      if (ADW_IS_ENTRY_ROW (child) && g_str_equal (gtk_editable_get_text (GTK_EDITABLE (child)), text))
        return ADW_ENTRY_ROW (child);
      if ((found = find_entry_row (child, text)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_clients_list_and_search (void)
{
  StewardWindow *window = show_clients ();
  StewardClientsPage *page = clients_page (window);
  GtkEditable *search;

  /* Active clients by name; the archived one is hidden. */
  g_assert_cmpuint (n_clients (page), ==, N_ACTIVE);
  g_assert_cmpstr (name_at (page, 0), ==, "ACME Software");

  /* Ctrl+F focuses the search; typing filters, Chinese and Latin. Once the page has read its
   * client index, each key is answered before the entry's change returns, so the character and
   * the list it gives are drawn in the same frame. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  search = GTK_EDITABLE (find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, NULL));
  while (steward_client_list_model_get_index (steward_clients_page_get_model (page)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  gtk_editable_set_text (search, "科技");
  g_assert_cmpuint (n_clients (page), ==, 2);
  gtk_editable_set_text (search, "nancy");
  g_assert_cmpuint (n_clients (page), ==, 1);
  g_assert_cmpstr (name_at (page, 0), ==, "Northwind Traders");
  /* The row picked at once stays picked when the entry's delayed search-changed comes: the
   * list already shows that search. */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW, NULL)))),
                                   0, TRUE);
  settle (400);
  g_assert_nonnull (steward_clients_page_get_selected (page));
  g_assert_cmpstr (steward_client_get_name (steward_clients_page_get_selected (page)), ==,
                   "Northwind Traders");
  gtk_editable_set_text (search, "no such client");
  g_assert_cmpuint (n_clients (page), ==, 0);
  gtk_editable_set_text (search, "");
  g_assert_cmpuint (n_clients (page), ==, N_ACTIVE);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_clients_sort (void)
{
  StewardWindow *window = show_clients ();
  StewardClientsPage *page = clients_page (window);

  /* The column header's sorter reaches the store's ORDER BY. */
  gtk_widget_activate_action (GTK_WIDGET (page), "clients.sort-by", "(sb)", "balance", TRUE);
  g_assert_cmpstr (name_at (page, 0), ==, "深圳星河科技有限公司");
  g_assert_cmpstr (name_at (page, 1), ==, "ACME Software");

  gtk_widget_activate_action (GTK_WIDGET (page), "clients.sort-by", "(sb)", "balance", FALSE);
  g_assert_cmpstr (name_at (page, N_ACTIVE - 1), ==, "深圳星河科技有限公司");

  gtk_widget_activate_action (GTK_WIDGET (page), "clients.sort-by", "(sb)", "name", TRUE);
  g_assert_cmpstr (name_at (page, N_ACTIVE - 1), ==, "ACME Software");
  gtk_widget_activate_action (GTK_WIDGET (page), "clients.sort-by", "(sb)", "name", FALSE);
  g_assert_cmpstr (name_at (page, 0), ==, "ACME Software");

  gtk_window_destroy (GTK_WINDOW (window));
}

static StewardClientDialog *
find_client_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (STEWARD_IS_CLIENT_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return STEWARD_CLIENT_DIALOG (window);
    }
  return NULL;
}

static void
test_clients_duplicate_name (void)
{
  StewardWindow *window = show_clients ();
  StewardClientsPage *page = clients_page (window);
  StewardClientDialog *dialog;
  const char *error;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  dialog = find_client_dialog ();
  g_assert_nonnull (dialog);

  /* Full-width and lower case name the same company: refused beside the name as it is typed. */
  steward_client_dialog_set_field (dialog, STEWARD_CLIENT_FORM_NAME, "ａｃｍｅ software");
  steward_client_dialog_set_field (dialog, STEWARD_CLIENT_FORM_CONTACT_NAME, "Bob");
  error = steward_client_dialog_get_error (dialog, STEWARD_CLIENT_FORM_NAME);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, "ACME Software"));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.add", NULL)
                  && !gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (find_client_dialog () == dialog);
  g_assert_cmpuint (n_clients (page), ==, N_ACTIVE);

  /* A bad email is refused too, with core's message. */
  steward_client_dialog_set_field (dialog, STEWARD_CLIENT_FORM_NAME, "Contoso");
  g_assert_null (steward_client_dialog_get_error (dialog, STEWARD_CLIENT_FORM_NAME));
  steward_client_dialog_set_field (dialog, STEWARD_CLIENT_FORM_EMAIL, "bob@");
  error = steward_client_dialog_get_error (dialog, STEWARD_CLIENT_FORM_EMAIL);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, "bob@"));

  /* Corrected, it is added and its page opens. */
  steward_client_dialog_set_field (dialog, STEWARD_CLIENT_FORM_EMAIL, "bob@contoso.example");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.add", NULL));
  settle (50);
  g_assert_null (find_client_dialog ());
  g_assert_cmpuint (n_clients (page), ==, N_ACTIVE + 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_clients_archive_and_undo (void)
{
  StewardWindow *window = show_clients ();
  StewardClientsPage *page = clients_page (window);
  GtkSelectionModel *selection;
  GtkWidget *undo;
  guint before = n_clients (page);

  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (page), "clients.archive", NULL)
                  && n_clients (page) != before);

  /* Select 北京云帆科技 and archive it: it leaves the list, and the toast offers Undo. */
  gtk_widget_activate_action (GTK_WIDGET (page), "clients.sort-by", "(sb)", "name", FALSE);
  selection = GTK_SELECTION_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW, NULL))));
  for (guint i = 0; i < n_clients (page); i++)
    if (g_str_equal (name_at (page, i), "北京云帆科技"))
      gtk_selection_model_select_item (selection, i, TRUE);
  g_assert_cmpstr (steward_client_get_name (steward_clients_page_get_selected (page)), ==,
                   "北京云帆科技");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "clients.archive", NULL));
  g_assert_cmpuint (n_clients (page), ==, before - 1);
  for (guint i = 0; i < n_clients (page); i++)
    g_assert_cmpstr (name_at (page, i), !=, "北京云帆科技");
  settle (100);

  undo = find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  settle (50);
  g_assert_cmpuint (n_clients (page), ==, before);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Another process adds a client while the window is open. */
static void
test_clients_other_writer (void)
{
  StewardWindow *window = show_clients ();
  StewardClientsPage *page = clients_page (window);
  GtkSelectionModel *selection;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "/proc/self/exe", "--add-client", "AAA First Alphabetically", NULL };
  int status = -1;
  guint before = n_clients (page);

  gtk_widget_activate_action (GTK_WIDGET (page), "clients.sort-by", "(sb)", "name", FALSE);
  selection = GTK_SELECTION_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW, NULL))));
  gtk_selection_model_select_item (selection, 0, TRUE);
  g_assert_cmpstr (steward_client_get_name (steward_clients_page_get_selected (page)), ==,
                   "ACME Software");
  g_assert_false (steward_application_check_for_changes (app));

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* data_version moved: the list reloads, and ACME (now second) stays selected. */
  g_assert_true (steward_application_check_for_changes (app));
  g_assert_cmpuint (n_clients (page), ==, before + 1);
  g_assert_cmpstr (name_at (page, 0), ==, "AAA First Alphabetically");
  g_assert_cmpstr (steward_client_get_name (steward_clients_page_get_selected (page)), ==,
                   "ACME Software");
  g_assert_false (steward_application_check_for_changes (app));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
save_screenshot (StewardWindow *window,
                 const char    *name)
{
  g_autoptr(GdkTexture) texture = ui_render_texture (GTK_WIDGET (window));
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

  g_remove (path);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_test_message ("Saved %s", path);
}

/* A request submitted three days ago and never answered: its first response is breached. */
static gint64
add_breached_request (const char *client_name)
{
  StewardClientRepository *repo = steward_application_get_client_repository (app);
  g_autoptr(StewardClient) client = steward_client_repository_find_by_name (repo, client_name, NULL);
  g_autoptr(StewardServiceRequest) draft = steward_service_request_new ();
  g_autoptr(StewardServiceRequest) request = NULL;
  g_autoptr(GError) error = NULL;

  steward_service_request_set_client_id (draft, steward_client_get_id (client));
  steward_service_request_set_service (draft, STEWARD_SERVICE_ADVISOR);
  steward_service_request_set_description (draft, "Printer driver fails after the upgrade");
  request = steward_desk_create_request (steward_application_get_desk (app), draft,
                                         steward_time_now () - 3 * 24 * 3600, &error);
  g_assert_no_error (error);
  steward_application_data_changed (app);
  return steward_service_request_get_id (request);
}

/* The first descendant row titled @title, or NULL. */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child)
          && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

/* Runs the main loop until the dashboard's worker has read its lists and shown them. */
static void
wait_for_dashboard (StewardDashboardPage *dashboard)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (steward_dashboard_page_get_loading (dashboard) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (steward_dashboard_page_get_loading (dashboard));
}

static void
test_clients_dashboard (void)
{
  StewardWindow *window;
  StewardDashboardPage *dashboard;
  gint64 id = add_breached_request ("Blue River Logistics");
  g_autofree char *title = g_strdup_printf ("#%" G_GINT64_FORMAT " · Blue River Logistics", id);
  GtkWidget *row;

  window = steward_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "dashboard");
  gtk_window_present (GTK_WINDOW (window));
  dashboard = STEWARD_DASHBOARD_PAGE (steward_window_get_page (window, "dashboard"));
  steward_dashboard_page_reload (dashboard);
  /* The lists are read in a worker thread: nothing is shown until it has finished. */
  g_assert_true (steward_dashboard_page_get_loading (dashboard));
  g_assert_null (find_row (GTK_WIDGET (dashboard), title));
  wait_for_dashboard (dashboard);
  settle (300);
  save_screenshot (window, "test-clients-dashboard.png");

  /* The breached request, and the clients who owe money, largest balance first. */
  row = find_row (GTK_WIDGET (dashboard), title);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "overdue"));
  g_assert_nonnull (find_row (GTK_WIDGET (dashboard), "深圳星河科技有限公司"));

  /* A balance row opens the client's page. */
  gtk_widget_activate (find_row (GTK_WIDGET (dashboard), "ACME Software"));
  g_assert_cmpstr (steward_window_get_page_name (window), ==, "clients");
  {
    g_autoptr(StewardClient) acme =
      steward_client_repository_find_by_name (steward_application_get_client_repository (app),
                                              "ACME Software", NULL);
    GtkWidget *client_page = find_widget (steward_window_get_page (window, "clients"),
                                          STEWARD_TYPE_CLIENT_PAGE, NULL);

    g_assert_cmpint (steward_client_page_get_client_id (STEWARD_CLIENT_PAGE (client_page)), ==,
                     steward_client_get_id (acme));
  }

  /* An item of any kind opens on its own page: a package opens its client's packages. */
  {
    g_autoptr(StewardClient) acme =
      steward_client_repository_find_by_name (steward_application_get_client_repository (app),
                                              "ACME Software", NULL);
    g_autoptr(StewardMonthlyPackage) package = NULL;
    g_autoptr(GError) error = NULL;
    StewardPricing pricing;

    steward_pricing_init_defaults (&pricing);
    package = steward_monthly_package_purchase (&pricing, steward_client_get_id (acme), 2026, 11,
                                                3, 10, 20000, steward_time_now (), &error);
    g_assert_no_error (error);
    g_assert_true (steward_store_packages_purchase (steward_application_get_store (app), package,
                                                    STEWARD_PAYMENT_METHOD_BANK_TRANSFER, NULL,
                                                    &error));
    g_assert_no_error (error);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.open", "(sx)", "package",
                                steward_monthly_package_get_id (package));
    g_assert_cmpstr (steward_window_get_page_name (window), ==, "packages");
    g_assert_cmpuint (steward_packages_page_get_n_packages (
                        STEWARD_PACKAGES_PAGE (steward_window_get_page (window, "packages"))), ==, 1);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_clients_client_page (void)
{
  StewardWindow *window = show_clients ();
  StewardClientsPage *page = clients_page (window);
  StewardClientPage *client_page;
  StewardClientRepository *repo = steward_application_get_client_repository (app);
  g_autoptr(StewardClient) acme = steward_client_repository_find_by_name (repo, "ACME Software", NULL);
  g_autoptr(StewardClient) stored = NULL;
  AdwEntryRow *industry;

  save_screenshot (window, "test-clients-list.png");

  gtk_widget_activate_action (GTK_WIDGET (page), "clients.open", "x", steward_client_get_id (acme));
  client_page = STEWARD_CLIENT_PAGE (find_widget (GTK_WIDGET (page), STEWARD_TYPE_CLIENT_PAGE, NULL));
  g_assert_cmpint (steward_client_page_get_client_id (client_page), ==, steward_client_get_id (acme));

  /* Edit in place: the industry is saved when applied. */
  g_assert_nonnull (find_entry_row (GTK_WIDGET (client_page), "ACME Software"));
  industry = find_entry_row (GTK_WIDGET (client_page), "Software");
  g_assert_nonnull (industry);
  gtk_editable_set_text (GTK_EDITABLE (industry), "Cloud Software");
  g_signal_emit_by_name (industry, "apply");
  stored = steward_client_repository_load (repo, steward_client_get_id (acme), NULL);
  g_assert_cmpstr (steward_client_get_industry (stored), ==, "Cloud Software");

  /* A refused value is marked and nothing is saved: a bad email on the contact. */
  {
    AdwEntryRow *email = find_entry_row (GTK_WIDGET (client_page), "alice@acme.example");
    g_autoptr(GPtrArray) contacts = NULL;

    g_assert_nonnull (email);
    gtk_editable_set_text (GTK_EDITABLE (email), "alice at acme");
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (email), "error"));
    g_signal_emit_by_name (email, "apply");
    contacts = steward_client_repository_list_contacts (repo, steward_client_get_id (acme), NULL);
    g_assert_cmpstr (steward_contact_get_email (g_ptr_array_index (contacts, 0)), ==,
                     "alice@acme.example");
  }

  settle (300);
  save_screenshot (window, "test-clients-client.png");

  gtk_widget_activate_action (GTK_WIDGET (page), "clients.back", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* Back Up Now, a change, then Restore: the change is gone and the list shows it. */
static void
test_clients_backup_and_restore (void)
{
  StewardWindow *window = show_clients ();
  StewardClientsPage *page = clients_page (window);
  StewardStore *store = steward_application_get_store (app);
  GtkWindow *prefs;
  GtkWindow *dialog;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GPtrArray) after = NULL;
  const char *path;
  guint before;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  prefs = find_toplevel (STEWARD_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (prefs), "prefs.back-up", NULL));
  backups = steward_store_list_backups (store, NULL);
  g_assert_cmpuint (backups->len, ==, 1);
  path = ((StewardBackup *) g_ptr_array_index (backups, 0))->path;

  before = n_clients (page);
  {
    g_autoptr(StewardClient) client = steward_client_new ("Added After the Backup");
    g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
    StewardContact *contact = steward_contact_new ("Someone");

    steward_contact_set_primary (contact, TRUE);
    g_ptr_array_add (contacts, contact);
    g_assert_true (steward_client_repository_add (steward_application_get_client_repository (app),
                                                  client, contacts, NULL));
  }
  steward_application_data_changed (app);
  g_assert_cmpuint (n_clients (page), ==, before + 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (prefs), "prefs.restore", "s", path));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  settle (50);

  /* The restored data shows at once, and the database as it was is kept beside the backups. */
  g_assert_cmpuint (n_clients (page), ==, before);
  after = steward_store_list_backups (store, NULL);
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_true (steward_store_check (store, NULL));

  gtk_window_destroy (prefs);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Run as the "other process" of test_clients_other_writer. */
static int
add_client_and_exit (const char *name)
{
  g_autoptr(StewardStore) store = steward_store_open (g_getenv ("STEWARD_DATABASE"), NULL);
  g_autoptr(StewardStoreClients) clients = NULL;
  g_autoptr(StewardClient) client = steward_client_new (name);
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  StewardContact *contact = steward_contact_new ("Someone");

  if (store == NULL)
    return 1;
  clients = steward_store_clients_new (store);
  steward_contact_set_primary (contact, TRUE);
  g_ptr_array_add (contacts, contact);
  return steward_client_repository_add (STEWARD_CLIENT_REPOSITORY (clients), client, contacts,
                                        NULL) ? 0 : 1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  int ret;

  if (argc == 3 && g_str_equal (argv[1], "--add-client"))
    return add_client_and_exit (argv[2]);

  dir = g_dir_make_tmp ("steward-clients-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  database_path = g_build_filename (dir, "clients.db", NULL);
  g_setenv ("STEWARD_DATABASE", database_path, TRUE);
  create_database (database_path);

  /* The build tree's translations, so that LANGUAGE=zh_CN shows (and screenshots) Chinese. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STEWARD_LOCALEDIR") != NULL
                                   ? g_getenv ("STEWARD_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = steward_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));
  g_assert_false (steward_application_get_first_run (app));
  g_assert_nonnull (steward_application_get_store (app));

  g_test_add_func ("/clients/list-and-search", test_clients_list_and_search);
  g_test_add_func ("/clients/sort", test_clients_sort);
  g_test_add_func ("/clients/duplicate-name", test_clients_duplicate_name);
  g_test_add_func ("/clients/archive-and-undo", test_clients_archive_and_undo);
  g_test_add_func ("/clients/other-writer", test_clients_other_writer);
  g_test_add_func ("/clients/client-page", test_clients_client_page);
  g_test_add_func ("/clients/dashboard", test_clients_dashboard);
  g_test_add_func ("/clients/backup-and-restore", test_clients_backup_and_restore);
  ret = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  g_free (database_path);
  return ret;
}
