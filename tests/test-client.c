/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "steward-client.h"
#include "steward-contact.h"
#include "steward-error.h"

static void
test_name_key_folds_width_and_case (void)
{
  g_autofree char *wide = steward_client_name_key ("ＡＣＭＥ 科技");
  g_autofree char *narrow = steward_client_name_key ("acme 科技");
  g_autofree char *spaced = steward_client_name_key ("  Acme\t\u3000 科技 ");
  g_autofree char *german = steward_client_name_key ("STRASSE");
  g_autofree char *eszett = steward_client_name_key ("Straße");

  g_assert_cmpstr (wide, ==, "acme 科技");
  g_assert_cmpstr (narrow, ==, "acme 科技");
  /* Ideographic space (U+3000) and tabs collapse to one space; the ends are trimmed. */
  g_assert_cmpstr (spaced, ==, "acme 科技");
  g_assert_cmpstr (german, ==, "strasse");
  g_assert_cmpstr (eszett, ==, "strasse");
}

static void
test_name_key_keeps_different_names_apart (void)
{
  g_autofree char *a = steward_client_name_key ("深圳科技");
  g_autofree char *b = steward_client_name_key ("深圳 科技");

  g_assert_cmpstr (a, !=, b);
}

static char *
repeat (const char *unit,
        guint       n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (s, unit);
  return g_string_free (s, FALSE);
}

static void
test_validate_name (void)
{
  g_autofree char *c200 = repeat ("科", 200);
  g_autofree char *c201 = repeat ("科", 201);
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_client_validate_name ("A", NULL));
  g_assert_true (steward_client_validate_name (c200, NULL));

  g_assert_false (steward_client_validate_name (c201, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Client name is too long: at most 200 characters (201 given)");
  g_clear_error (&error);

  g_assert_false (steward_client_validate_name ("  \t ", &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Client name is required");
}

static void
test_validate_email (void)
{
  const char *good[] = { "", "zhang.san@acme.cn", "li+sales@mail.example.com", "王@例子.中国" };
  const char *bad[] = { "zhang", "zhang@acme", "@acme.cn", "a@@acme.cn", "a b@acme.cn",
                        "a@acme..cn", "a@-acme.cn", "a@acme.cn." };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (steward_contact_validate_email (good[i], NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (steward_contact_validate_email (bad[i], &error));
      g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "Email: "));
    }
}

static void
test_validate_phone (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_contact_validate_phone ("", NULL));
  g_assert_true (steward_contact_validate_phone ("+86 (755) 1234-5678", NULL));
  g_assert_true (steward_contact_validate_phone ("12345", NULL));                 /* 5 digits */
  g_assert_true (steward_contact_validate_phone ("1234567890 1234567890", NULL));  /* 20 digits */

  g_assert_false (steward_contact_validate_phone ("1234", &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Phone: “1234” must have 5 to 20 digits (it has 4)");
  g_clear_error (&error);

  g_assert_false (steward_contact_validate_phone ("123456789012345678901", &error));
  g_assert_cmpstr (error->message, ==,
                   "Phone: “123456789012345678901” must have 5 to 20 digits (it has 21)");
  g_clear_error (&error);

  g_assert_false (steward_contact_validate_phone ("138-0013-800x", &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Phone: “138-0013-800x” may contain only digits, spaces, +, - and parentheses");
}

static StewardContact *
contact (const char *name,
         gboolean    primary)
{
  StewardContact *c = steward_contact_new (name);

  steward_contact_set_primary (c, primary);
  return c;
}

static void
test_validate_primary_contact (void)
{
  g_autoptr(StewardClient) client = steward_client_new ("深圳市云帆科技有限公司");
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  g_assert_false (steward_client_validate (client, contacts, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Contacts: a client needs at least one contact");
  g_clear_error (&error);

  g_ptr_array_add (contacts, contact ("张三", FALSE));
  g_ptr_array_add (contacts, contact ("李四", FALSE));
  g_assert_false (steward_client_validate (client, contacts, &error));
  g_assert_cmpstr (error->message, ==,
                   "Primary contact: exactly one contact must be primary (0 are marked)");
  g_clear_error (&error);

  steward_contact_set_primary (g_ptr_array_index (contacts, 0), TRUE);
  g_assert_true (steward_client_validate (client, contacts, NULL));

  steward_contact_set_primary (g_ptr_array_index (contacts, 1), TRUE);
  g_assert_false (steward_client_validate (client, contacts, &error));
  g_assert_cmpstr (error->message, ==,
                   "Primary contact: exactly one contact must be primary (2 are marked)");
  g_clear_error (&error);

  /* A bad field of any contact is reported with the field's name. */
  steward_contact_set_primary (g_ptr_array_index (contacts, 1), FALSE);
  steward_contact_set_email (g_ptr_array_index (contacts, 1), "li4@");
  g_assert_false (steward_client_validate (client, contacts, &error));
  g_assert_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Email: "));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_properties_notify_on_change (void)
{
  g_autoptr(StewardClient) client = steward_client_new ("Acme");
  guint notified = 0;
  StewardPlatforms platforms = 0;

  g_signal_connect (client, "notify::platforms", G_CALLBACK (count_notify), &notified);
  steward_client_set_platforms (client, STEWARD_PLATFORM_WINDOWS | STEWARD_PLATFORM_LINUX);
  steward_client_set_platforms (client, STEWARD_PLATFORM_WINDOWS | STEWARD_PLATFORM_LINUX);
  g_assert_cmpuint (notified, ==, 1);

  g_object_get (client, "platforms", &platforms, NULL);
  g_assert_cmpuint (platforms, ==, STEWARD_PLATFORM_WINDOWS | STEWARD_PLATFORM_LINUX);
  g_assert_cmpuint (steward_platforms_from_os (STEWARD_OS_MACOS), ==, STEWARD_PLATFORM_MACOS);
  g_assert_cmpstr (steward_client_get_advisor (client), ==, "");
  g_assert_cmpint (steward_client_get_created_at (client), ==, STEWARD_TIME_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/client/name-key/width-and-case", test_name_key_folds_width_and_case);
  g_test_add_func ("/client/name-key/different", test_name_key_keeps_different_names_apart);
  g_test_add_func ("/client/validate/name", test_validate_name);
  g_test_add_func ("/client/validate/email", test_validate_email);
  g_test_add_func ("/client/validate/phone", test_validate_phone);
  g_test_add_func ("/client/validate/primary-contact", test_validate_primary_contact);
  g_test_add_func ("/client/properties/notify", test_properties_notify_on_change);

  return g_test_run ();
}
