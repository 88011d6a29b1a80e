/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-client-views"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "steward-client-form.h"
#include "steward-client-format.h"
#include "steward-client-import.h"
#include "steward-complaint-rules.h"
#include "steward-dashboard-state.h"
#include "steward-error.h"
#include "steward-store-clients.h"
#include "steward-store-testing.h"

/* The UI logic of the client pages and the dashboard, without a display: texts, which view and
 * which actions show, the New Client checks and the CSV import. Times are Asia/Shanghai. */

/* 2026-03-09 14:05 +08:00, a Monday. */
#define NOW G_GINT64_CONSTANT (1773036300)

static char *dir;
static StewardStore *store;
static StewardStoreClients *clients;

static StewardClientRepository *
repo (void)
{
  return STEWARD_CLIENT_REPOSITORY (clients);
}

static void
add_client (const char *name)
{
  g_autoptr(StewardClient) client = steward_client_new (name);
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  StewardContact *contact = steward_contact_new ("Someone");

  steward_contact_set_primary (contact, TRUE);
  g_ptr_array_add (contacts, contact);
  g_assert_true (steward_client_repository_add (repo (), client, contacts, NULL));
}

static void
test_last_activity (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  struct {
    gint64      instant;
    const char *text;
  } cases[] = {
    { STEWARD_TIME_NONE, "" },
    { NOW, "Today 14:05" },
    { 1772985600, "Today 00:00" },           /* 2026-03-09 00:00 */
    { 1772985599, "Yesterday 23:59" },       /* 2026-03-08 23:59:59 */
    { 1772899200, "Yesterday 00:00" },       /* 2026-03-08 00:00 */
    { 1772899199, "Mar 7" },
    { 1767196800, "Jan 1" },                 /* 2026-01-01 00:00 */
    { 1767196799, "2025-12-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = steward_format_last_activity (cases[i].instant, NOW, tz);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_balance_count_platforms (void)
{
  g_autofree char *zero = steward_format_balance (0);
  g_autofree char *owed = steward_format_balance (123450);
  g_autofree char *one = steward_format_client_count (1);
  g_autofree char *many = steward_format_client_count (100000);
  g_autofree char *none = steward_format_platforms (STEWARD_PLATFORM_NONE);
  g_autofree char *two = steward_format_platforms (STEWARD_PLATFORM_WINDOWS | STEWARD_PLATFORM_LINUX);

  g_assert_cmpstr (zero, ==, "");
  g_assert_cmpstr (owed, ==, "¥1,234.50");
  g_assert_cmpstr (one, ==, "1 client");
  g_assert_cmpstr (many, ==, "100000 clients");
  g_assert_cmpstr (none, ==, "None");
  g_assert_cmpstr (two, ==, "Windows, Linux");
}

static void
test_views_and_actions (void)
{
  g_autoptr(StewardClient) client = steward_client_new ("ACME");
  StewardClientActions actions;

  g_assert_cmpint (steward_clients_view_for (0, FALSE), ==, STEWARD_CLIENTS_VIEW_EMPTY);
  g_assert_cmpint (steward_clients_view_for (0, TRUE), ==, STEWARD_CLIENTS_VIEW_NO_RESULTS);
  g_assert_cmpint (steward_clients_view_for (1, TRUE), ==, STEWARD_CLIENTS_VIEW_LIST);

  actions = steward_client_actions_for (NULL);
  g_assert_false (actions.open || actions.archive || actions.restore);
  actions = steward_client_actions_for (client);
  g_assert_true (actions.open && actions.archive);
  g_assert_false (actions.restore);
  steward_client_set_archived (client, TRUE);
  actions = steward_client_actions_for (client);
  g_assert_true (actions.open && actions.restore);
  g_assert_false (actions.archive);
}

static void
test_contact_summary (void)
{
  g_autoptr(StewardContact) contact = steward_contact_new ("李娜");
  g_autofree char *empty = steward_format_contact_summary (contact);
  g_autofree char *full = NULL;

  g_assert_cmpstr (empty, ==, "");
  steward_contact_set_role (contact, "采购经理");
  steward_contact_set_email (contact, "lina@example.com");
  full = steward_format_contact_summary (contact);
  g_assert_cmpstr (full, ==, "采购经理 · lina@example.com");
}

static void
test_form_check (void)
{
  g_auto(StewardClientFormCheck) check = { { NULL } };
  StewardClientForm form = { "ACME Software", "Alice", "+86 755 1234 5678", "alice@acme.example" };

  g_assert_true (steward_client_form_check (&form, repo (), &check));
  for (guint i = 0; i < STEWARD_CLIENT_FORM_N_FIELDS; i++)
    g_assert_null (check.messages[i]);

  /* A taken name (full width, other case), no contact, bad phone and email: each beside its
   * field with core's words. */
  form.name = "ＦＯＯ 科技";
  form.contact_name = "  ";
  form.phone = "1234";
  form.email = "alice@";
  g_assert_false (steward_client_form_check (&form, repo (), &check));
  g_assert_cmpstr (check.messages[STEWARD_CLIENT_FORM_NAME], ==,
                   "A client named “foo 科技” already exists (names are compared ignoring case "
                   "and full-width forms)");
  g_assert_cmpstr (check.messages[STEWARD_CLIENT_FORM_CONTACT_NAME], ==, "Contact name is required");
  g_assert_cmpstr (check.messages[STEWARD_CLIENT_FORM_PHONE], ==,
                   "Phone: “1234” must have 5 to 20 digits (it has 4)");
  g_assert_nonnull (strstr (check.messages[STEWARD_CLIENT_FORM_EMAIL], "alice@"));

  form.name = "";
  g_assert_false (steward_client_form_check (&form, repo (), &check));
  g_assert_cmpstr (check.messages[STEWARD_CLIENT_FORM_NAME], ==, "Client name is required");
}

#define HEADER "name,industry,owner,contact,phone,email,platforms\r\n"

static void
test_import_reads_rows (void)
{
  const char *csv = HEADER
                    "星河科技,制造业,王经理,李娜,138 0013 8000,lina@xinghe.example,Windows; Linux\r\n"
                    "\"Blue River, Ltd\",Logistics,李经理,Tom,,tom@blueriver.example,macOS\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardClientImport) import = steward_client_import_read (csv, strlen (csv), repo (), &error);
  StewardImportRow *row;

  g_assert_no_error (error);
  g_assert_cmpstr (import->encoding, ==, "UTF-8");
  g_assert_cmpuint (import->rows->len, ==, 2);
  g_assert_cmpuint (import->n_problems, ==, 0);
  row = g_ptr_array_index (import->rows, 0);
  g_assert_cmpuint (row->line, ==, 2);
  g_assert_cmpstr (steward_client_get_name (row->client), ==, "星河科技");
  g_assert_cmpstr (steward_client_get_owner (row->client), ==, "王经理");
  g_assert_cmpint (steward_client_get_platforms (row->client), ==,
                   STEWARD_PLATFORM_WINDOWS | STEWARD_PLATFORM_LINUX);
  g_assert_cmpstr (steward_contact_get_phone (g_ptr_array_index (row->contacts, 0)), ==, "138 0013 8000");
  row = g_ptr_array_index (import->rows, 1);
  g_assert_cmpstr (steward_client_get_name (row->client), ==, "Blue River, Ltd");
}

static void
test_import_problems_by_line (void)
{
  const char *csv = HEADER
                    "Good One,,,Ann,,,\r\n"
                    ",Retail,,Bob,,,\r\n"                          /* line 3: no name */
                    "foo 科技,,,Cat,,,\r\n"                         /* line 4: taken */
                    "Good One,,,Dan,,,\r\n"                        /* line 5: twice */
                    "Bad Mail,,,Eve,,eve@,\r\n"                    /* line 6 */
                    "Bad OS,,,Fay,,,Android\r\n"                   /* line 7 */
                    "No Contact,,,,,,\r\n";                        /* line 8 */
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardClientImport) import = steward_client_import_read (csv, strlen (csv), repo (), &error);
  const char *expected[] = {
    NULL,
    "Client name is required",
    "Client name: a client named “foo 科技” already exists",
    "Client name: “Good One” appears on line 2 already",
    NULL, /* core's email message, checked below */
    "Platforms: “Android” is not Windows, macOS or Linux",
    "Contact name is required",
  };
  gint64 before = steward_store_testing_count_rows (store, "clients");

  g_assert_no_error (error);
  g_assert_cmpuint (import->rows->len, ==, 7);
  g_assert_cmpuint (import->n_problems, ==, 6);
  for (guint i = 0; i < import->rows->len; i++)
    {
      StewardImportRow *row = g_ptr_array_index (import->rows, i);

      g_assert_cmpuint (row->line, ==, i + 2);
      if (i == 4)
        g_assert_nonnull (strstr (row->problem, "eve@"));
      else
        g_assert_cmpstr (row->problem, ==, expected[i]);
    }

  /* Nothing is written while a row has a problem. */
  g_assert_false (steward_client_import_write (import, store, repo (), &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "6 lines have problems: correct the file and import it again");
  g_assert_cmpint (steward_store_testing_count_rows (store, "clients"), ==, before);
}

static void
test_import_writes_all (void)
{
  /* GB18030, as spreadsheet programs on Chinese Windows write it: "name,contact" and a row. */
  const char *utf8 = "名称,联系人\r\n华南物流,周明\r\n华北物流,吴刚\r\n";
  g_autofree char *gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardClientImport) import = steward_client_import_read (gb, strlen (gb), repo (), &error);
  gint64 before = steward_store_testing_count_rows (store, "clients");
  g_autoptr(StewardClient) stored = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (import->encoding, ==, "GB18030");
  g_assert_cmpuint (import->n_problems, ==, 0);
  g_assert_true (steward_client_import_write (import, store, repo (), &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_store_testing_count_rows (store, "clients"), ==, before + 2);
  stored = steward_client_repository_find_by_name (repo (), "华南物流", NULL);
  g_assert_nonnull (stored);
}

static void
test_import_refuses_files (void)
{
  const char *no_name = "industry,contact\r\nRetail,Ann\r\n";
  const char *header_only = HEADER;
  const char utf16[] = { '\xff', '\xfe', 'n', '\0', 'a', '\0' };
  g_autoptr(GError) error = NULL;

  g_assert_null (steward_client_import_read (no_name, strlen (no_name), repo (), &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Line 1"));
  g_clear_error (&error);
  g_assert_null (steward_client_import_read (header_only, strlen (header_only), repo (), &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (steward_client_import_read (utf16, sizeof utf16, repo (), &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
}

static void
test_dashboard_ranges (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  gint64 from, until;

  /* March 2026 in Shanghai: 2026-03-01 00:00 to 2026-04-01 00:00 (+08:00). */
  steward_dashboard_month_range (NOW, tz, &from, &until);
  g_assert_cmpint (from, ==, 1772294400);
  g_assert_cmpint (until, ==, 1774972800);

  /* Today and tomorrow: 2026-03-09 00:00 to 2026-03-11 00:00. */
  steward_dashboard_days_range (NOW, tz, 2, &from, &until);
  g_assert_cmpint (from, ==, 1772985600);
  g_assert_cmpint (until, ==, 1773158400);
}

static void
test_dashboard_span (void)
{
  const struct {
    gint64      seconds;
    const char *text;
  } cases[] = {
    { 0, "0 min" }, { 59, "0 min" }, { 60, "1 min" }, { 3600, "1 h" }, { 12000, "3 h 20 min" },
    { 86399, "23 h 59 min" }, { 86400, "1 d 0 h" }, { 187200, "2 d 4 h" }, { -5, "0 min" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = steward_dashboard_format_span (cases[i].seconds);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_dashboard_complaint_clock (void)
{
  g_autoptr(StewardComplaint) complaint = steward_complaint_new ();
  g_autofree char *text = NULL;
  /* Received 2026-03-08 14:05; accept by 2026-03-09 14:05, solution by 2026-03-10 14:05. */
  gint64 received = NOW - 24 * 3600;

  steward_complaint_set_received_at (complaint, received);
  g_assert_cmpint (steward_dashboard_complaint_clock (complaint, NOW - 2 * 3600 - 1, &text), ==,
                   STEWARD_SLA_STATUS_RUNNING);
  g_assert_cmpstr (text, ==, "Accept within 2 h");
  g_clear_pointer (&text, g_free);
  g_assert_cmpint (steward_dashboard_complaint_clock (complaint, NOW - 2 * 3600, &text), ==,
                   STEWARD_SLA_STATUS_DUE_SOON);
  g_assert_cmpstr (text, ==, "Accept within 2 h");
  g_clear_pointer (&text, g_free);
  /* The limit itself is in time; one second later is overdue. */
  g_assert_cmpint (steward_dashboard_complaint_clock (complaint, NOW, &text), ==,
                   STEWARD_SLA_STATUS_DUE_SOON);
  g_clear_pointer (&text, g_free);
  g_assert_cmpint (steward_dashboard_complaint_clock (complaint, NOW + 2 * 3600 + 60, &text), ==,
                   STEWARD_SLA_STATUS_BREACHED);
  g_assert_cmpstr (text, ==, "Acceptance overdue by 2 h 1 min");
  g_clear_pointer (&text, g_free);

  /* Accepted: the 48-hour solution clock counts from receipt. */
  g_assert_true (steward_complaint_accept (complaint, NOW - 3600, NULL));
  g_assert_cmpint (steward_dashboard_complaint_clock (complaint, NOW, &text), ==,
                   STEWARD_SLA_STATUS_RUNNING);
  g_assert_cmpstr (text, ==, "Solution due within 1 d 0 h");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  dir = g_dir_make_tmp ("steward-views-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "views.db", NULL);
  store = steward_store_open (path, &error);
  g_assert_no_error (error);
  clients = steward_store_clients_new (store);
  add_client ("foo 科技");

  g_test_add_func ("/client-views/last-activity", test_last_activity);
  g_test_add_func ("/client-views/balance-count-platforms", test_balance_count_platforms);
  g_test_add_func ("/client-views/views-and-actions", test_views_and_actions);
  g_test_add_func ("/client-views/contact-summary", test_contact_summary);
  g_test_add_func ("/client-views/form-check", test_form_check);
  g_test_add_func ("/client-views/import-reads-rows", test_import_reads_rows);
  g_test_add_func ("/client-views/import-problems-by-line", test_import_problems_by_line);
  g_test_add_func ("/client-views/import-writes-all", test_import_writes_all);
  g_test_add_func ("/client-views/import-refuses-files", test_import_refuses_files);
  g_test_add_func ("/client-views/dashboard-ranges", test_dashboard_ranges);
  g_test_add_func ("/client-views/dashboard-span", test_dashboard_span);
  g_test_add_func ("/client-views/dashboard-complaint-clock", test_dashboard_complaint_clock);
  ret = g_test_run ();

  g_clear_object (&clients);
  g_clear_object (&store);
  g_free (dir);
  return ret;
}
