/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-cli-private.h"
#include "steward-desk.h"
#include "steward-enums.h"
#include "steward-error.h"
#include "steward-store-training.h"
#include "steward-training-planner.h"
#include "steward-training.h"

/* Reads a duration: whole minutes ("90") or hours and minutes ("1h30", "1h30m", "2h", "45m"). */
static gboolean
parse_duration (const char  *text,
                gint64      *out_seconds,
                GError     **error)
{
  guint64 hours = 0, minutes = 0;
  const char *p = text;
  char *end = NULL;

  if (text != NULL && g_ascii_isdigit (*p))
    {
      guint64 first = g_ascii_strtoull (p, &end, 10);

      if (*end == '\0' || g_str_equal (end, "m") || g_str_equal (end, "min"))
        {
          minutes = first;
          p = NULL;
        }
      else if (*end == 'h')
        {
          hours = first;
          p = end + 1;
          if (*p == '\0')
            p = NULL;
          else if (g_ascii_isdigit (*p))
            {
              minutes = g_ascii_strtoull (p, &end, 10);
              p = (*end == '\0' || g_str_equal (end, "m") || g_str_equal (end, "min")) ? NULL : end;
            }
        }
    }
  if (text == NULL || p != NULL || hours > 1000 || minutes > 100000)
    {
      g_set_error (error, STEWARD_ERROR, STEWARD_ERROR_INVALID,
                   _("--duration: “%s” is not a duration; use minutes (90) or hours and minutes (1h30)"),
                   text ? text : "");
      return FALSE;
    }
  *out_seconds = (gint64) (hours * 3600 + minutes * 60);
  return TRUE;
}

static StewardTrainingPlanner *
get_planner (StewardCliContext  *ctx,
             GError            **error)
{
  g_autoptr(StewardStoreTraining) repository = NULL;
  StewardStore *store = steward_cli_open_store (ctx, error);

  if (store == NULL)
    return NULL;
  repository = steward_store_training_new (store);
  return steward_training_planner_new (STEWARD_TRAINING_REPOSITORY (repository));
}

typedef struct {
  char *request, *title, *trainer, *start, *duration, *format, *content, *location, *notes;
  char **attendees;
} TrainingOptions;

static void
training_options_clear (TrainingOptions *o)
{
  g_free (o->request);
  g_free (o->title);
  g_free (o->trainer);
  g_free (o->start);
  g_free (o->duration);
  g_free (o->format);
  g_free (o->content);
  g_free (o->location);
  g_free (o->notes);
  g_strfreev (o->attendees);
}

static gboolean
schedule (StewardCliContext       *ctx,
          const TrainingOptions   *o,
          gint64                  *out_id,
          GError                 **error)
{
  g_autoptr(StewardServiceRequest) request = NULL;
  g_autoptr(StewardTrainingSession) draft = steward_training_session_new ();
  g_autoptr(StewardTrainingSession) saved = NULL;
  g_autoptr(StewardTrainingPlanner) planner = NULL;
  int format = STEWARD_TRAINING_FORMAT_ONLINE, content = STEWARD_TRAINING_CONTENT_MIXED;
  gint64 request_id, start, duration;
  StewardDesk *desk;

  if (!steward_cli_parse_id (o->request, &request_id, error) ||
      !steward_cli_parse_time (ctx, "--start", o->start, &start, error) ||
      !parse_duration (o->duration, &duration, error) ||
      (o->format && !steward_cli_parse_code (STEWARD_TYPE_TRAINING_FORMAT, "--format", o->format, &format, error)) ||
      (o->content && !steward_cli_parse_code (STEWARD_TYPE_TRAINING_CONTENT, "--content", o->content, &content, error)) ||
      (desk = steward_cli_get_desk (ctx, error)) == NULL ||
      (request = steward_desk_load_request (desk, request_id, error)) == NULL ||
      !steward_training_check_request (steward_service_request_get_service (request),
                                       steward_service_request_get_state (request), error) ||
      (planner = get_planner (ctx, error)) == NULL)
    return FALSE;

  steward_training_session_set_request_id (draft, request_id);
  steward_training_session_set_client_id (draft, steward_service_request_get_client_id (request));
  steward_training_session_set_title (draft, o->title);
  steward_training_session_set_trainer (draft, o->trainer);
  steward_training_session_set_format (draft, format);
  steward_training_session_set_content (draft, content);
  steward_training_session_set_start (draft, start);
  steward_training_session_set_duration (draft, duration);
  steward_training_session_set_location (draft, o->location ? o->location : "");
  steward_training_session_set_notes (draft, o->notes ? o->notes : "");
  if (o->attendees != NULL)
    steward_training_session_set_attendees (draft, (const char * const *) o->attendees);

  if ((saved = steward_training_planner_schedule (planner, draft, error)) == NULL)
    return FALSE;
  *out_id = steward_training_session_get_id (saved);
  return TRUE;
}

static int
training_add (StewardCliContext  *ctx,
              int                 argc,
              char              **argv)
{
  TrainingOptions o = { 0 };
  GOptionEntry entries[] = {
    { "request", 0, 0, G_OPTION_ARG_STRING, &o.request, N_("The training request's id"), N_("ID") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &o.title, N_("The session's title"), N_("TEXT") },
    { "trainer", 0, 0, G_OPTION_ARG_STRING, &o.trainer, N_("Who teaches it"), N_("NAME") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &o.start, N_("When it starts"), N_("ISO-8601") },
    { "duration", 0, 0, G_OPTION_ARG_STRING, &o.duration, N_("How long it lasts, at most 4 hours"), N_("MINUTES|1h30") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &o.format, N_("Online or offline (online unless given)"), "online|offline" },
    { "content", 0, 0, G_OPTION_ARG_STRING, &o.content, N_("Theory, practice or mixed (mixed unless given)"), "theory|practice|mixed" },
    { "location", 0, 0, G_OPTION_ARG_STRING, &o.location, N_("The place or the meeting link"), N_("TEXT") },
    { "attendee", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.attendees, N_("Someone who attends (repeat for each)"), N_("NAME") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &o.notes, N_("Notes"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  int status = STEWARD_EXIT_OK;
  gint64 id = 0;

  if (!steward_cli_parse (ctx, entries, NULL, &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 0, "--request ID --title T --trainer NAME --start ISO-8601 --duration MINUTES [OPTIONS…]"))
    status = STEWARD_EXIT_USAGE;
  else if (o.request == NULL || o.title == NULL || o.trainer == NULL || o.start == NULL || o.duration == NULL)
    status = steward_cli_usage_error (argv[0], _("--request, --title, --trainer, --start and --duration are required"));
  else if (!schedule (ctx, &o, &id, &error))
    status = steward_cli_fail (error);
  else
    g_print ("%" G_GINT64_FORMAT "\n", id);

  training_options_clear (&o);
  return status;
}

static void
add_session (StewardCliContext      *ctx,
             JsonBuilder            *b,
             StewardTrainingSession *s)
{
  const char * const *attendees = steward_training_session_get_attendees (s);

  json_builder_begin_object (b);
  steward_cli_json_int (b, "id", steward_training_session_get_id (s));
  steward_cli_json_int (b, "request_id", steward_training_session_get_request_id (s));
  steward_cli_json_int (b, "client_id", steward_training_session_get_client_id (s));
  steward_cli_json_string (b, "title", steward_training_session_get_title (s));
  steward_cli_json_string (b, "trainer", steward_training_session_get_trainer (s));
  steward_cli_json_string (b, "format", steward_enum_code (STEWARD_TYPE_TRAINING_FORMAT, steward_training_session_get_format (s)));
  steward_cli_json_string (b, "content", steward_enum_code (STEWARD_TYPE_TRAINING_CONTENT, steward_training_session_get_content (s)));
  steward_cli_json_time (ctx, b, "start", steward_training_session_get_start (s));
  steward_cli_json_time (ctx, b, "end", steward_training_session_get_end (s));
  steward_cli_json_int (b, "duration_minutes", steward_training_session_get_duration (s) / 60);
  steward_cli_json_string (b, "location", steward_training_session_get_location (s));
  json_builder_set_member_name (b, "attendees");
  json_builder_begin_array (b);
  for (guint i = 0; attendees != NULL && attendees[i] != NULL; i++)
    json_builder_add_string_value (b, attendees[i]);
  json_builder_end_array (b);
  steward_cli_json_string (b, "status", steward_enum_code (STEWARD_TYPE_TRAINING_STATUS, steward_training_session_get_status (s)));
  json_builder_end_object (b);
}

static void
print_sessions (StewardCliContext *ctx,
                GPtrArray         *sessions)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_array (b);
  for (guint i = 0; i < sessions->len; i++)
    {
      StewardTrainingSession *s = g_ptr_array_index (sessions, i);
      g_autofree char *span = NULL;

      if (ctx->json)
        {
          add_session (ctx, b, s);
          continue;
        }
      span = steward_training_format_span (steward_training_session_get_start (s), steward_training_session_get_end (s));
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n", steward_training_session_get_id (s), span,
               steward_training_session_get_title (s), steward_training_session_get_trainer (s),
               steward_enum_label (STEWARD_TYPE_TRAINING_STATUS, steward_training_session_get_status (s)));
    }
  json_builder_end_array (b);
  if (ctx->json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (b);
      steward_cli_print_json (root);
    }
}

static int
training_list (StewardCliContext  *ctx,
               int                 argc,
               char              **argv)
{
  g_autofree char *from_text = NULL, *to_text = NULL, *trainer = NULL, *client = NULL;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("From this instant or date (today unless given)"), N_("ISO-8601") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("Until this instant or date (90 days later unless given)"), N_("ISO-8601") },
    { "trainer", 0, 0, G_OPTION_ARG_STRING, &trainer, N_("Only this trainer's sessions"), N_("NAME") },
    { "client", 0, 0, G_OPTION_ARG_STRING, &client, N_("Only this client's sessions"), N_("ID") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(StewardTrainingPlanner) planner = NULL;
  StewardTrainingRepository *repository;
  gint64 from, to, client_id = 0;

  if (!steward_cli_parse (ctx, entries, NULL, &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 0, "[--from ISO-8601] [--to ISO-8601] [--trainer NAME] [--client ID] [--json]"))
    return STEWARD_EXIT_USAGE;

  if (from_text == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now (ctx->tz);
      g_autoptr(GDateTime) today = g_date_time_new (ctx->tz, g_date_time_get_year (now),
                                                    g_date_time_get_month (now), g_date_time_get_day_of_month (now), 0, 0, 0);
      from = g_date_time_to_unix (today);
    }
  else if (!steward_cli_parse_time (ctx, "--from", from_text, &from, &error))
    return steward_cli_fail (error);
  to = from + 90 * 24 * 3600;
  if ((to_text != NULL && !steward_cli_parse_time (ctx, "--to", to_text, &to, &error)) ||
      (client != NULL && !steward_cli_parse_id (client, &client_id, &error)) ||
      (planner = get_planner (ctx, &error)) == NULL)
    return steward_cli_fail (error);

  repository = steward_training_planner_get_repository (planner);
  if (trainer != NULL)
    sessions = steward_training_repository_list_for_trainer (repository, trainer, from, to, &error);
  else if (client_id != 0)
    sessions = steward_training_repository_list_for_client (repository, client_id, from, to, &error);
  else
    sessions = steward_training_repository_list_range (repository, from, to, &error);
  if (sessions == NULL)
    return steward_cli_fail (error);

  print_sessions (ctx, sessions);
  return STEWARD_EXIT_OK;
}

static int
training_cancel (StewardCliContext  *ctx,
                 int                 argc,
                 char              **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardTrainingPlanner) planner = NULL;
  g_autoptr(StewardTrainingSession) session = NULL;
  gint64 id;

  if (!steward_cli_parse (ctx, NULL, "ID", &argc, &argv) ||
      !steward_cli_expect_args (argc, argv, 1, "ID"))
    return STEWARD_EXIT_USAGE;
  if (!steward_cli_parse_id (argv[1], &id, &error) ||
      (planner = get_planner (ctx, &error)) == NULL ||
      (session = steward_training_planner_cancel (planner, id, &error)) == NULL)
    return steward_cli_fail (error);

  g_print (_("Training session %lld cancelled.\n"), (long long) id);
  return STEWARD_EXIT_OK;
}

const StewardCliCommand steward_cli_training_commands[] = {
  { "add", "--request ID --title T --trainer NAME --start ISO-8601 --duration MINUTES [--format online|offline] "
           "[--content theory|practice|mixed] [--location T] [--attendee NAME…]",
    N_("Schedules a training session and prints its id; a booked trainer or client is refused"),
    training_add, NULL },
  { "list", "[--from ISO-8601] [--to ISO-8601] [--trainer NAME] [--client ID] [--json]",
    N_("Lists training sessions"), training_list, NULL },
  { "cancel", "ID", N_("Cancels a scheduled training session"), training_cancel, NULL },
  { NULL }
};
