/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "steward-training-page"

#include "config.h"

#include "steward-training-page.h"

#include "steward-back-button.h"

/* The Training page of the main window. Until the training calendar arrives, it says what the
 * page will hold. It installs no "page.search" or "page.new" action yet, so the window's Search
 * and New stay disabled here (see steward-window.h). */
struct _StewardTrainingPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardTrainingPage, steward_training_page, ADW_TYPE_BIN)

GtkWidget *
steward_training_page_new (void)
{
  return g_object_new (STEWARD_TYPE_TRAINING_PAGE, NULL);
}

static void
steward_training_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), STEWARD_TYPE_TRAINING_PAGE);

  G_OBJECT_CLASS (steward_training_page_parent_class)->dispose (object);
}

static void
steward_training_page_class_init (StewardTrainingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_training_page_dispose;

  g_type_ensure (STEWARD_TYPE_BACK_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/steward-training-page.ui");
}

static void
steward_training_page_init (StewardTrainingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
