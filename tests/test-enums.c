/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "steward-enums.h"

static void
test_codes_round_trip (void)
{
  int value = -1;

  g_assert_cmpstr (steward_enum_code (STEWARD_TYPE_STATE, STEWARD_STATE_WAITING_ON_CLIENT), ==,
                   "waiting-on-client");
  g_assert_true (steward_enum_parse (STEWARD_TYPE_STATE, "in-progress", &value));
  g_assert_cmpint (value, ==, STEWARD_STATE_IN_PROGRESS);
  g_assert_true (steward_enum_parse (STEWARD_TYPE_PAYMENT_METHOD, "bank-transfer", &value));
  g_assert_cmpint (value, ==, STEWARD_PAYMENT_METHOD_BANK_TRANSFER);
  g_assert_cmpstr (steward_enum_code (STEWARD_TYPE_SERVICE, STEWARD_SERVICE_VISUAL), ==, "visual");

  value = 42;
  g_assert_false (steward_enum_parse (STEWARD_TYPE_OS, "freebsd", &value));
  g_assert_cmpint (value, ==, 42);
  g_assert_false (steward_enum_parse (STEWARD_TYPE_OS, NULL, &value));
  g_assert_null (steward_enum_code (STEWARD_TYPE_OS, 99));
}

static void
test_labels (void)
{
  g_assert_cmpstr (steward_enum_label (STEWARD_TYPE_SERVICE, STEWARD_SERVICE_REMOTE), ==,
                   "Remote assistance");
  g_assert_cmpstr (steward_enum_label (STEWARD_TYPE_COMPLAINT_STATE,
                                       STEWARD_COMPLAINT_STATE_ACCEPTED), ==, "Accepted");
}

static void
test_categories (void)
{
  g_assert_true (steward_service_is_support (STEWARD_SERVICE_ADVISOR));
  g_assert_true (steward_service_is_support (STEWARD_SERVICE_REMOTE));
  g_assert_true (steward_service_is_solution (STEWARD_SERVICE_CONFIG));
  g_assert_true (steward_service_is_solution (STEWARD_SERVICE_TRAINING));
  g_assert_true (steward_service_is_analysis (STEWARD_SERVICE_REPORT));
  g_assert_true (steward_service_is_analysis (STEWARD_SERVICE_VISUAL));
  g_assert_false (steward_service_is_support (STEWARD_SERVICE_VISUAL));

  g_assert_true (steward_state_is_open (STEWARD_STATE_WAITING_ON_CLIENT));
  g_assert_true (steward_state_is_open (STEWARD_STATE_ACCEPTED));
  g_assert_false (steward_state_is_open (STEWARD_STATE_SETTLED));
  g_assert_false (steward_state_is_open (STEWARD_STATE_CANCELLED));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/enums/codes-round-trip", test_codes_round_trip);
  g_test_add_func ("/enums/labels", test_labels);
  g_test_add_func ("/enums/categories", test_categories);

  return g_test_run ();
}
