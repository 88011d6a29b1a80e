/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-rating-dialog"

#include "config.h"

#include "steward-rating-dialog.h"

#include <glib/gi18n-lib.h>

struct _StewardRatingDialog
{
  AdwWindow              parent_instance;

  /* template widgets */
  GtkBox                *stars_box;
  AdwEntryRow           *feedback_row;
  GtkLabel              *error_label;

  /* owned */
  StewardDesk           *desk;
  StewardServiceRequest *request;
  GtkWidget             *stars[5];
  guint                  rating;
  gint64                 at;
};

G_DEFINE_FINAL_TYPE (StewardRatingDialog, steward_rating_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (StewardRatingDialog *self,
            const char          *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

const char *
steward_rating_dialog_get_error (StewardRatingDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_RATING_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}

void
steward_rating_dialog_set_rating (StewardRatingDialog *self,
                                  guint                rating)
{
  g_return_if_fail (STEWARD_IS_RATING_DIALOG (self));
  g_return_if_fail (rating <= 5);

  self->rating = rating;
  for (guint i = 0; i < 5; i++)
    gtk_button_set_icon_name (GTK_BUTTON (self->stars[i]),
                              i < rating ? "starred-symbolic" : "non-starred-symbolic");
}

guint
steward_rating_dialog_get_rating (StewardRatingDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_RATING_DIALOG (self), 0);

  return self->rating;
}

void
steward_rating_dialog_set_feedback (StewardRatingDialog *self,
                                    const char          *feedback)
{
  g_return_if_fail (STEWARD_IS_RATING_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->feedback_row), feedback != NULL ? feedback : "");
}

static void
on_star_clicked (GtkButton           *button,
                 StewardRatingDialog *self)
{
  steward_rating_dialog_set_rating (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button),
                                                                               "stars")));
}

static void
steward_rating_dialog_save (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  StewardRatingDialog *self = STEWARD_RATING_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (self->rating == 0)
    {
      show_error (self, _("Choose from 1 to 5 stars."));
      return;
    }
  if (!steward_desk_rate (self->desk, steward_service_request_get_id (self->request), self->rating,
                          gtk_editable_get_text (GTK_EDITABLE (self->feedback_row)), self->at,
                          &error))
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

StewardRatingDialog *
steward_rating_dialog_new (StewardDesk           *desk,
                           StewardServiceRequest *request,
                           gint64                 at)
{
  StewardRatingDialog *self;

  g_return_val_if_fail (STEWARD_IS_DESK (desk), NULL);
  g_return_val_if_fail (STEWARD_IS_SERVICE_REQUEST (request), NULL);

  self = g_object_new (STEWARD_TYPE_RATING_DIALOG, NULL);
  self->desk = g_object_ref (desk);
  self->request = g_object_ref (request);
  self->at = at;
  return self;
}

static void
steward_rating_dialog_dispose (GObject *object)
{
  StewardRatingDialog *self = STEWARD_RATING_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_RATING_DIALOG);
  g_clear_object (&self->desk);
  g_clear_object (&self->request);

  G_OBJECT_CLASS (steward_rating_dialog_parent_class)->dispose (object);
}

static void
steward_rating_dialog_class_init (StewardRatingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_rating_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-rating-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardRatingDialog, stars_box);
  gtk_widget_class_bind_template_child (widget_class, StewardRatingDialog, feedback_row);
  gtk_widget_class_bind_template_child (widget_class, StewardRatingDialog, error_label);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, steward_rating_dialog_save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
steward_rating_dialog_init (StewardRatingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u star",
                                                             "%u stars", i + 1), i + 1);

      self->stars[i] = gtk_button_new_from_icon_name ("non-starred-symbolic");
      gtk_widget_add_css_class (self->stars[i], "flat");
      gtk_widget_add_css_class (self->stars[i], "steward-star");
      gtk_widget_set_tooltip_text (self->stars[i], label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->stars[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (self->stars[i]), "stars", GUINT_TO_POINTER (i + 1));
      g_signal_connect (self->stars[i], "clicked", G_CALLBACK (on_star_clicked), self);
      gtk_box_append (self->stars_box, self->stars[i]);
    }
}
