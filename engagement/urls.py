from django.urls import path

from . import views

app_name = "engagement"

urlpatterns = [
    path("reactie/<int:page_id>/", views.submit_comment, name="comment"),
    path("aanmelden/<int:page_id>/", views.register_for_event, name="register"),
    path("nieuwsbrief/", views.subscribe, name="newsletter_subscribe"),
    path("nieuwsbrief/bevestigen/<str:token>/", views.confirm_subscription, name="newsletter_confirm"),
    path("nieuwsbrief/afmelden/<str:token>/", views.unsubscribe, name="newsletter_unsubscribe"),
]
