"""Factories and helpers for the engagement tests: pages that carry the forms, and records."""

import time
from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from articles.models import (
    ActueelIndexPage,
    BlogIndexPage,
    BlogPage,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
)
from engagement.models import (
    Comment,
    ConsentText,
    ContactFormField,
    ContactPage,
    NewsletterPage,
    Registration,
    Subscriber,
)
from engagement.spam import issue_started_token


def started_token(seconds_ago=30):
    """The hidden start time of a form shown this long ago."""
    return issue_started_token(at=time.time() - seconds_ago)


class ActueelIndexPageFactory(wagtail_factories.PageFactory):
    title = "Actueel"
    slug = "actueel"

    class Meta:
        model = ActueelIndexPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nieuws"
    slug = "nieuws"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nieuwsbericht {n}")
    intro = "Een bericht om op te reageren."

    class Meta:
        model = NewsPage


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    title = "Blog"
    slug = "blog"

    class Meta:
        model = BlogIndexPage


class BlogPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Blogbericht {n}")

    class Meta:
        model = BlogPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kick-off {n}")
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))
    location_name = "Theater aan de Schie"
    registration_enabled = True

    class Meta:
        model = EventPage


class NewsletterPageFactory(wagtail_factories.PageFactory):
    title = "Nieuwsbrief"
    slug = "nieuwsbrief"

    class Meta:
        model = NewsletterPage


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Contactformulier"
    slug = "contactformulier"
    thank_you_text = "<p>Bedankt voor je bericht.</p>"

    class Meta:
        model = ContactPage


class ContactFormFieldFactory(factory.django.DjangoModelFactory):
    sort_order = factory.Sequence(int)
    required = True

    class Meta:
        model = ContactFormField


def child_index(parent, factory_class):
    """The index page of this type under parent, created the first time it is needed."""
    model = factory_class._meta.model
    existing = model.objects.child_of(parent).first()
    return existing or factory_class(parent=parent)


def news_page(home_page, **kwargs):
    actueel = child_index(home_page, ActueelIndexPageFactory)
    return NewsPageFactory(parent=child_index(actueel, NewsIndexPageFactory), **kwargs)


def blog_page(home_page, **kwargs):
    actueel = child_index(home_page, ActueelIndexPageFactory)
    return BlogPageFactory(parent=child_index(actueel, BlogIndexPageFactory), **kwargs)


def event_page(home_page, **kwargs):
    actueel = child_index(home_page, ActueelIndexPageFactory)
    return EventPageFactory(parent=child_index(actueel, EventIndexPageFactory), **kwargs)


def contact_page(home_page, **kwargs):
    page = ContactPageFactory(parent=home_page, **kwargs)
    for label, field_type in [("Naam", "singleline"), ("E-mailadres", "email"), ("Bericht", "multiline")]:
        ContactFormFieldFactory(page=page, label=label, field_type=field_type)
    return page


class CommentFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Lezer {n}")
    email = factory.Sequence(lambda n: f"lezer{n}@example.org")
    body = "Mooi stuk over verbondenheid."

    class Meta:
        model = Comment


class SubscriberFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"abonnee{n}@example.org")
    consent_text = factory.LazyFunction(ConsentText.current)

    class Meta:
        model = Subscriber


class RegistrationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Deelnemer {n}")
    email = factory.Sequence(lambda n: f"deelnemer{n}@example.org")

    class Meta:
        model = Registration
