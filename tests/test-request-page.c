/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The request page under Xvfb, on a real database: one request driven from submitted to rated
 * through the page's actions and dialogs, start refused before the deposit, a ¥200.01 quote
 * refused with its message, and the page rendered to PNG. */
#define G_LOG_DOMAIN "test-request-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "steward-desk.h"
#include "steward-enums.h"
#include "steward-payment-dialog.h"
#include "steward-quote-dialog.h"
#include "steward-rating-dialog.h"
#include "steward-request-page.h"
#include "steward-store-clients.h"
#include "steward-store-requests.h"
#include "steward-store-requests-testing.h"
#include "test-store-util.h"
#include "request-page-fixture.h"
#include "ui-fixtures.h"

static void
settle (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

static void
test_quote_refused (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  StewardQuoteDialog *dialog;

  act (f, "review");
  act (f, "quote");
  dialog = STEWARD_QUOTE_DIALOG (steward_request_page_get_dialog (f->page));
  g_assert_nonnull (dialog);

  before = steward_store_testing_dump_request (f->base.store, f->id);
  steward_quote_dialog_set_fee_text (dialog, "200.01");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  /* Refused beside the field, with the rule and its limit; nothing written, still open. */
  g_assert_cmpstr (steward_quote_dialog_get_error (dialog), ==,
                   "Remote assistance: a technical-support incident costs at most ¥200.00 "
                   "(quoted ¥200.01)");
  after = steward_store_testing_dump_request (f->base.store, f->id);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (steward_request_page_get_dialog (f->page) == GTK_WINDOW (dialog));

  steward_quote_dialog_set_fee_text (dialog, "¥200.00");
  save_dialog (f, GTK_WINDOW (dialog));
  g_clear_pointer (&after, g_free);
  after = steward_store_testing_dump_request (f->base.store, f->id);
  g_assert_cmpstr (after, !=, before);
}

static void
pay (Fixture    *f,
     const char *action,
     const char *title,
     gint64      expected_received)
{
  StewardPaymentDialog *dialog;
  StewardLedger ledger;

  act (f, action);
  dialog = STEWARD_PAYMENT_DIALOG (steward_request_page_get_dialog (f->page));
  g_assert_nonnull (dialog);
  /* A dialog's title is not its button's label: no "…" (GNOME HIG). */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, title);
  /* The amount is filled in with what is due; only the reference is typed. */
  steward_payment_dialog_set_reference (dialog, "ICBC-20260309-001");
  save_dialog (f, GTK_WINDOW (dialog));
  g_assert_true (steward_desk_get_ledger (f->desk, f->id, &ledger, NULL));
  g_assert_cmpint (ledger.net_received, ==, expected_received);
}

static void
test_submitted_to_rated (Fixture       *f,
                         gconstpointer  data)
{
  StewardRatingDialog *rating;
  g_autoptr(StewardServiceRequest) done = NULL;

  act (f, "respond");
  g_assert_cmpint (state_of (f), ==, STEWARD_STATE_SUBMITTED);
  act (f, "review");
  g_assert_cmpint (state_of (f), ==, STEWARD_STATE_UNDER_REVIEW);

  act (f, "quote");
  steward_quote_dialog_set_fee_text (STEWARD_QUOTE_DIALOG (steward_request_page_get_dialog (f->page)),
                                     "200");
  save_dialog (f, steward_request_page_get_dialog (f->page));
  act (f, "confirm");
  g_assert_cmpint (state_of (f), ==, STEWARD_STATE_CONFIRMED);

  /* Start is on offer but refused, with the reason, until the deposit is in. */
  act (f, "start");
  g_assert_cmpint (state_of (f), ==, STEWARD_STATE_CONFIRMED);
  g_assert_cmpstr (steward_request_page_get_notice (f->page), ==,
                   "Cannot start request #1: the deposit of ¥100.00 has not been received "
                   "(¥0.00 paid)");

  pay (f, "record-deposit", "Record Deposit", 10000);
  g_assert_null (steward_request_page_get_notice (f->page));
  act (f, "start");
  g_assert_cmpint (state_of (f), ==, STEWARD_STATE_IN_PROGRESS);
  act (f, "deliver");
  g_assert_cmpint (state_of (f), ==, STEWARD_STATE_DELIVERED);
  act (f, "accept");
  g_assert_cmpint (state_of (f), ==, STEWARD_STATE_ACCEPTED);

  /* Settling before the balance is refused too. */
  act (f, "settle");
  g_assert_cmpint (state_of (f), ==, STEWARD_STATE_ACCEPTED);
  g_assert_nonnull (steward_request_page_get_notice (f->page));
  pay (f, "record-balance", "Record Balance", 20000);
  act (f, "settle");
  g_assert_cmpint (state_of (f), ==, STEWARD_STATE_SETTLED);

  act (f, "rate");
  rating = STEWARD_RATING_DIALOG (steward_request_page_get_dialog (f->page));
  g_assert_nonnull (rating);
  steward_rating_dialog_set_rating (rating, 5);
  steward_rating_dialog_set_feedback (rating, "响应很快，问题当天解决");
  save_dialog (f, GTK_WINDOW (rating));

  done = steward_desk_load_request (f->desk, f->id, NULL);
  g_assert_cmpuint (steward_service_request_get_rating (done), ==, 5);
  g_assert_cmpstr (steward_service_request_get_rating_feedback (done), ==, "响应很快，问题当天解决");
  /* Rated once: the action is gone. */
  g_assert_false (steward_request_page_is_action_shown (f->page, STEWARD_REQUEST_ACTION_RATE));
  g_assert_false (steward_request_page_is_action_shown (f->page, STEWARD_REQUEST_ACTION_SETTLE));
}

static void
test_render (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "test-request-page.png", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardRequestNote) note = NULL;

  act (f, "review");
  note = steward_desk_add_note (f->desk, f->id, "已联系客户财务部，约定下午远程", TRUE,
                                T ("2026-03-09T10:00:00+08:00"), &error);
  g_assert_no_error (error);
  steward_request_page_reload (f->page);
  settle (300);

  texture = ui_render_texture (GTK_WIDGET (f->window));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s", path);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, gtk_widget_get_width (GTK_WIDGET (f->window)));
  g_assert_cmpint (gdk_texture_get_height (texture), >=, 600);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* As the application does: the environment's locale and the build tree's translations (the
   * test environment keeps them English; a translated run shows the pages in Chinese). */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STEWARD_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, request_page_fixture_set_up, func, request_page_fixture_tear_down)

  ADD ("/request-page/quote-refused", test_quote_refused);
  ADD ("/request-page/submitted-to-rated", test_submitted_to_rated);
  ADD ("/request-page/render", test_render);

  return g_test_run ();
}
