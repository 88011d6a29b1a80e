/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "steward-error.h"
#include "steward-ledger.h"

static GPtrArray *
new_lines (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

/* Adds a stored line with the next id. */
static StewardPayment *
add_line (GPtrArray          *lines,
          StewardPaymentKind  kind,
          gint64              amount,
          gint64              reverses_id)
{
  StewardPayment *line = steward_payment_new (kind, amount, STEWARD_PAYMENT_METHOD_BANK_TRANSFER,
                                              1773021600, "ref", reverses_id);

  steward_payment_set_id (line, lines->len + 1);
  steward_payment_set_request_id (line, 7);
  g_ptr_array_add (lines, line);
  return line;
}

static gboolean
check (GPtrArray          *lines,
       gint64              total,
       StewardPaymentKind  kind,
       gint64              amount,
       gint64              reverses_id,
       GError            **error)
{
  g_autoptr(StewardPayment) line = steward_payment_new (kind, amount,
                                                        STEWARD_PAYMENT_METHOD_THIRD_PARTY,
                                                        1773021600, NULL, reverses_id);
  StewardLedger ledger;

  steward_ledger_compute (&ledger, total, lines);
  return steward_ledger_check_line (&ledger, lines, line, 7, error);
}

static void
test_deposit_in_two_lines (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  StewardLedger ledger;

  /* ¥200.01 total: the deposit is half rounded up, ¥100.01. */
  steward_ledger_compute (&ledger, 20001, lines);
  g_assert_cmpint (ledger.deposit_due, ==, 10001);
  g_assert_false (steward_ledger_deposit_received (&ledger));

  add_line (lines, STEWARD_PAYMENT_KIND_PAYMENT, 5000, 0);
  steward_ledger_compute (&ledger, 20001, lines);
  g_assert_cmpint (ledger.paid, ==, 5000);
  g_assert_false (steward_ledger_deposit_received (&ledger));

  add_line (lines, STEWARD_PAYMENT_KIND_PAYMENT, 5000, 0);
  steward_ledger_compute (&ledger, 20001, lines);
  g_assert_false (steward_ledger_deposit_received (&ledger));  /* one fen short */

  add_line (lines, STEWARD_PAYMENT_KIND_PAYMENT, 1, 0);
  steward_ledger_compute (&ledger, 20001, lines);
  g_assert_true (steward_ledger_deposit_received (&ledger));
  g_assert_cmpint (ledger.net_received, ==, 10001);
  g_assert_cmpint (ledger.balance_due, ==, 10000);
  g_assert_false (steward_ledger_can_settle (&ledger));
}

static void
test_overpayment_refused (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(GError) error = NULL;

  add_line (lines, STEWARD_PAYMENT_KIND_PAYMENT, 15000, 0);

  g_assert_true (check (lines, 20000, STEWARD_PAYMENT_KIND_PAYMENT, 5000, 0, NULL));
  g_assert_false (check (lines, 20000, STEWARD_PAYMENT_KIND_PAYMENT, 5001, 0, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_cmpstr (error->message, ==,
                   "Cannot record a payment of ¥50.01 on request #7: it would exceed the net fee "
                   "of ¥200.00 (¥150.00 received, ¥50.00 outstanding)");
  g_clear_error (&error);

  g_assert_false (check (lines, 20000, STEWARD_PAYMENT_KIND_PAYMENT, 0, 0, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
}

static void
test_refund_limits (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(GError) error = NULL;
  StewardLedger ledger;

  add_line (lines, STEWARD_PAYMENT_KIND_PAYMENT, 10000, 0);
  g_assert_true (check (lines, 20000, STEWARD_PAYMENT_KIND_REFUND, 10000, 0, NULL));
  g_assert_false (check (lines, 20000, STEWARD_PAYMENT_KIND_REFUND, 10001, 0, &error));
  g_assert_cmpstr (error->message, ==,
                   "Cannot refund ¥100.01 on request #7: only ¥100.00 has been received");

  add_line (lines, STEWARD_PAYMENT_KIND_REFUND, 4000, 0);
  steward_ledger_compute (&ledger, 20000, lines);
  g_assert_cmpint (ledger.paid, ==, 10000);
  g_assert_cmpint (ledger.refunded, ==, 4000);
  g_assert_cmpint (ledger.net_received, ==, 6000);
  g_assert_cmpint (ledger.balance_due, ==, 14000);
}

static void
test_reversal (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(GError) error = NULL;
  StewardLedger ledger;

  add_line (lines, STEWARD_PAYMENT_KIND_PAYMENT, 10000, 0);
  add_line (lines, STEWARD_PAYMENT_KIND_PAYMENT, 9000, 0);  /* line 2: a mistake */
  steward_ledger_compute (&ledger, 20000, lines);
  g_assert_cmpint (ledger.paid, ==, 19000);

  g_assert_true (check (lines, 20000, STEWARD_PAYMENT_KIND_REVERSAL, 9000, 2, NULL));
  /* A reversal undoes the whole line, not part of it. */
  g_assert_false (check (lines, 20000, STEWARD_PAYMENT_KIND_REVERSAL, 8000, 2, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_clear_error (&error);

  add_line (lines, STEWARD_PAYMENT_KIND_REVERSAL, 9000, 2);  /* line 3 */
  steward_ledger_compute (&ledger, 20000, lines);
  g_assert_cmpint (ledger.paid, ==, 10000);
  g_assert_cmpint (ledger.net_received, ==, 10000);

  g_assert_false (check (lines, 20000, STEWARD_PAYMENT_KIND_REVERSAL, 9000, 2, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_RULE);
  g_assert_cmpstr (error->message, ==,
                   "Cannot reverse line #2 of request #7: it was already reversed by line #3");
  g_clear_error (&error);

  g_assert_false (check (lines, 20000, STEWARD_PAYMENT_KIND_REVERSAL, 9000, 3, &error));
  g_assert_cmpstr (error->message, ==,
                   "Cannot reverse line #3 of request #7: it is itself a reversal");
  g_clear_error (&error);

  g_assert_false (check (lines, 20000, STEWARD_PAYMENT_KIND_REVERSAL, 9000, 99, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_NOT_FOUND);
}

static void
test_reversal_keeps_ledger_sane (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(GError) error = NULL;

  add_line (lines, STEWARD_PAYMENT_KIND_PAYMENT, 10000, 0);  /* 1 */
  add_line (lines, STEWARD_PAYMENT_KIND_REFUND, 10000, 0);   /* 2 */
  add_line (lines, STEWARD_PAYMENT_KIND_PAYMENT, 10000, 0);  /* 3 */

  /* Undoing payment 3 is fine; undoing payment 1 too (0 received after); but undoing the refund
   * on a fully paid ¥100.00 fee would mean ¥200.00 received. */
  g_assert_true (check (lines, 10000, STEWARD_PAYMENT_KIND_REVERSAL, 10000, 3, NULL));
  g_assert_false (check (lines, 10000, STEWARD_PAYMENT_KIND_REVERSAL, 10000, 2, &error));
  g_assert_cmpstr (error->message, ==,
                   "Cannot reverse refund line #2 of request #7: the money received would exceed "
                   "the net fee of ¥100.00");
}

static void
test_adjustment_lowers_net_fee (void)
{
  g_autoptr(GPtrArray) lines = new_lines ();
  g_autoptr(GError) error = NULL;
  StewardLedger ledger;

  add_line (lines, STEWARD_PAYMENT_KIND_PAYMENT, 100000, 0);
  steward_ledger_compute (&ledger, 100000, lines);
  g_assert_true (steward_ledger_can_settle (&ledger));

  g_assert_false (check (lines, 100000, STEWARD_PAYMENT_KIND_ADJUSTMENT, 100001, 0, &error));
  g_assert_cmpstr (error->message, ==,
                   "Cannot adjust request #7 by ¥1,000.01: a partial refund is at most what was "
                   "received (¥1,000.00)");

  add_line (lines, STEWARD_PAYMENT_KIND_ADJUSTMENT, 30000, 0);
  steward_ledger_compute (&ledger, 100000, lines);
  g_assert_cmpint (ledger.adjusted, ==, 30000);
  g_assert_cmpint (ledger.net_fee, ==, 70000);
  g_assert_cmpint (ledger.net_received, ==, 70000);
  g_assert_cmpint (ledger.balance_due, ==, 0);
  g_assert_true (steward_ledger_can_settle (&ledger));
  /* The deposit stays what it was: it is a rule about the agreed total. */
  g_assert_cmpint (ledger.deposit_due, ==, 50000);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ledger/deposit-in-two-lines", test_deposit_in_two_lines);
  g_test_add_func ("/ledger/overpayment-refused", test_overpayment_refused);
  g_test_add_func ("/ledger/refund-limits", test_refund_limits);
  g_test_add_func ("/ledger/reversal", test_reversal);
  g_test_add_func ("/ledger/reversal-keeps-ledger-sane", test_reversal_keeps_ledger_sane);
  g_test_add_func ("/ledger/adjustment-lowers-net-fee", test_adjustment_lowers_net_fee);

  return g_test_run ();
}
