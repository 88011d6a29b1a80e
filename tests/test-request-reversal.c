/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reversing a payment line from the request page under Xvfb, on a real database: the
 * confirmation names the line and asks for a reason, the reversal line shows in the payments
 * with the balance due back up, start is refused again without the deposit, and a second
 * reversal of the same line is refused with the core's message and changes nothing. */
#define G_LOG_DOMAIN "test-request-reversal"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "steward-desk.h"
#include "steward-enums.h"
#include "steward-payment-dialog.h"
#include "steward-quote-dialog.h"
#include "steward-request-page.h"
#include "steward-store-clients.h"
#include "steward-store-requests.h"
#include "steward-store-requests-testing.h"
#include "test-store-util.h"
#include "request-page-fixture.h"

static void
pay (Fixture    *f,
     const char *action,
     gint64      expected_received)
{
  StewardPaymentDialog *dialog;
  StewardLedger ledger;

  act (f, action);
  dialog = STEWARD_PAYMENT_DIALOG (steward_request_page_get_dialog (f->page));
  g_assert_nonnull (dialog);
  /* The amount is filled in with what is due; only the reference is typed. */
  steward_payment_dialog_set_reference (dialog, "ICBC-20260309-001");
  save_dialog (f, GTK_WINDOW (dialog));
  g_assert_true (steward_desk_get_ledger (f->desk, f->id, &ledger, NULL));
  g_assert_cmpint (ledger.net_received, ==, expected_received);
}

static const char *
label_with_class (GtkWidget  *widget,
                  const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found;

      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, css_class))
        return gtk_label_get_text (GTK_LABEL (child));
      if ((found = label_with_class (child, css_class)) != NULL)
        return found;
    }
  return NULL;
}

/* The value shown at the end of the row titled @title (the first such row), or NULL. */
static const char *
row_value (GtkWidget  *widget,
           const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found;

      if (ADW_IS_ACTION_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return label_with_class (child, "numeric");
      if ((found = row_value (child, title)) != NULL)
        return found;
    }
  return NULL;
}

static AdwMessageDialog *
open_reversal (Fixture *f,
               gint64   payment_id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "request.reverse-payment", "x",
                                             payment_id));
  return ADW_MESSAGE_DIALOG (steward_request_page_get_dialog (f->page));
}

static void
reach_deposit (Fixture *f)
{
  act (f, "review");
  act (f, "quote");
  steward_quote_dialog_set_fee_text (STEWARD_QUOTE_DIALOG (steward_request_page_get_dialog (f->page)),
                                     "200");
  save_dialog (f, steward_request_page_get_dialog (f->page));
  act (f, "confirm");
  pay (f, "record-deposit", 10000);
  g_assert_cmpstr (row_value (GTK_WIDGET (f->page), "Balance due"), ==, "¥100.00");
  g_assert_cmpstr (row_value (GTK_WIDGET (f->page), "Payment"), ==, "¥100.00");
}

static void
test_reverse_deposit (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;
  GtkEditable *reason;
  StewardPayment *reversal;
  StewardLedger ledger;

  reach_deposit (f);

  /* The confirmation names the line, and cannot be confirmed without a reason. */
  dialog = open_reversal (f, 1);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Reverse This Line?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "Payment of ¥100.00 on Mon 9 Mar 10:00, reference ICBC-20260309-001, is undone "
                   "by a reversal line of the same amount. Both lines stay in the payments and the "
                   "timeline.");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reverse"));
  reason = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  gtk_editable_set_text (reason, "  ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reverse"));
  gtk_editable_set_text (reason, "重复登记：同一笔转账录入两次");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "reverse"));
  adw_message_dialog_response (dialog, "reverse");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (steward_request_page_get_dialog (f->page));

  /* The reversal line is stored and shown; the deposit is no longer in. */
  lines = steward_request_repository_list_payments (STEWARD_REQUEST_REPOSITORY (f->repo), f->id, NULL);
  g_assert_cmpuint (lines->len, ==, 2);
  reversal = g_ptr_array_index (lines, 1);
  g_assert_cmpint (steward_payment_get_id (reversal), ==, 2);
  g_assert_cmpint (steward_payment_get_kind (reversal), ==, STEWARD_PAYMENT_KIND_REVERSAL);
  g_assert_cmpint (steward_payment_get_reverses_id (reversal), ==, 1);
  g_assert_cmpint (steward_payment_get_amount (reversal), ==, 10000);
  g_assert_cmpstr (steward_payment_get_reference (reversal), ==, "重复登记：同一笔转账录入两次");
  g_assert_true (steward_desk_get_ledger (f->desk, f->id, &ledger, NULL));
  g_assert_cmpint (ledger.net_received, ==, 0);
  g_assert_cmpstr (row_value (GTK_WIDGET (f->page), "Reversal"), ==, "−¥100.00");
  g_assert_cmpstr (row_value (GTK_WIDGET (f->page), "Received"), ==, "¥0.00");
  g_assert_cmpstr (row_value (GTK_WIDGET (f->page), "Balance due"), ==, "¥200.00");

  act (f, "start");
  g_assert_cmpint (state_of (f), ==, STEWARD_STATE_CONFIRMED);
  g_assert_cmpstr (steward_request_page_get_notice (f->page), ==,
                   "Cannot start request #1: the deposit of ¥100.00 has not been received "
                   "(¥0.00 paid)");

  /* Reversing it again, or reversing the reversal, is refused at once with the core's reason;
   * no dialog, nothing written. */
  before = steward_store_testing_dump_request (f->base.store, f->id);
  g_assert_null (open_reversal (f, 1));
  g_assert_cmpstr (steward_request_page_get_notice (f->page), ==,
                   "Cannot reverse line #1 of request #1: it was already reversed by line #2");
  g_assert_null (open_reversal (f, 2));
  g_assert_cmpstr (steward_request_page_get_notice (f->page), ==,
                   "Cannot reverse line #2 of request #1: it is itself a reversal");
  g_assert_null (open_reversal (f, 9));
  g_assert_cmpstr (steward_request_page_get_notice (f->page), ==,
                   "Request #1 has no payment line #9");
  after = steward_store_testing_dump_request (f->base.store, f->id);
  g_assert_cmpstr (after, ==, before);
}

/* The dialog's second line of defence: a line reversed elsewhere while the dialog was open is
 * refused by the desk when confirmed, and nothing more is written. */
static void
test_reversed_meanwhile (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(StewardPayment) elsewhere = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;

  reach_deposit (f);
  dialog = open_reversal (f, 1);
  g_assert_nonnull (dialog);
  elsewhere = steward_desk_reverse_payment (f->desk, f->id, 1, T ("2026-03-09T10:00:00+08:00"),
                                            "命令行冲正", &error);
  g_assert_no_error (error);
  before = steward_store_testing_dump_request (f->base.store, f->id);

  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "重复登记");
  adw_message_dialog_response (dialog, "reverse");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (steward_request_page_get_notice (f->page), ==,
                   "Cannot reverse line #1 of request #1: it was already reversed by line #2");
  after = steward_store_testing_dump_request (f->base.store, f->id);
  g_assert_cmpstr (after, ==, before);
}

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width, height;

  wait_until (is_drawn, widget);
  for (int i = 0; i < 30; i++)
    g_main_context_iteration (NULL, FALSE);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s", path);
}

/* The confirmation and the payments after a reversal, as PNGs in the build folder (in any
 * language: nothing here reads English text). */
static void
test_render (Fixture       *f,
             gconstpointer  data)
{
  AdwMessageDialog *dialog;

  act (f, "review");
  act (f, "quote");
  steward_quote_dialog_set_fee_text (STEWARD_QUOTE_DIALOG (steward_request_page_get_dialog (f->page)),
                                     "200");
  save_dialog (f, steward_request_page_get_dialog (f->page));
  act (f, "confirm");
  pay (f, "record-deposit", 10000);

  dialog = open_reversal (f, 1);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)),
                         "重复登记：同一笔转账录入两次");
  save_png (GTK_WIDGET (dialog), "test-request-reversal-dialog.png");
  adw_message_dialog_response (dialog, "reverse");
  gtk_window_destroy (GTK_WINDOW (dialog));
  act (f, "start");
  save_png (GTK_WIDGET (f->window), "test-request-reversal.png");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STEWARD_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, request_page_fixture_set_up, func, request_page_fixture_tear_down)

  ADD ("/request-reversal/deposit", test_reverse_deposit);
  ADD ("/request-reversal/reversed-meanwhile", test_reversed_meanwhile);
  ADD ("/request-reversal/render", test_render);

  return g_test_run ();
}
