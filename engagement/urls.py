from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "engagement"

# Each language has its own words in these addresses (i18n_patterns in site_project/urls.py).
urlpatterns = [
    path(_("nieuwsbrief/"), views.subscribe_view, name="newsletter_subscribe"),
    path(_("nieuwsbrief/bevestigen/<str:token>/"), views.confirm_subscription, name="newsletter_confirm"),
    path(_("nieuwsbrief/afmelden/<str:token>/"), views.unsubscribe, name="newsletter_unsubscribe"),
    path(_("aanmelding/bevestigen/<str:token>/"), views.registration_confirm, name="registration_confirm"),
    path(_("aanmelding/afmelden/<str:token>/"), views.registration_cancel, name="registration_cancel"),
    path(_("formulier-start/"), views.form_started, name="form_started"),
]
