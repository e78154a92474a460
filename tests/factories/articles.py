"""Factories for Actueel (blog, news, agenda) and the werkteams."""

from datetime import date, timedelta

import factory
import wagtail_factories
from django.utils import timezone

from articles.models import (
    ActueelIndexPage,
    BlogIndexPage,
    BlogPage,
    BlogPageAuthor,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    NewsPageAuthor,
    WerkteamIndexPage,
    WerkteamPage,
)
from tests.factories.home import PersonFactory


class ActueelIndexPageFactory(wagtail_factories.PageFactory):
    title = "Actueel"
    slug = "actueel"

    class Meta:
        model = ActueelIndexPage


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    title = "Blog"
    slug = "blog"

    class Meta:
        model = BlogIndexPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nieuws"
    slug = "nieuws"

    class Meta:
        model = NewsIndexPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"

    class Meta:
        model = EventIndexPage


class WerkteamIndexPageFactory(wagtail_factories.PageFactory):
    title = "Werkteams"
    slug = "werkteams"

    class Meta:
        model = WerkteamIndexPage


class WerkteamPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Werkteam {n}")
    number = factory.Sequence(lambda n: n + 1)
    theme = "Verbondenheid en veerkracht"
    intro = "Een gemengd team."
    member_roles = "beleidsmakers\nbewoners"
    image = factory.SubFactory(wagtail_factories.ImageFactory)

    class Meta:
        model = WerkteamPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bericht {n}")
    date = factory.Sequence(lambda n: date(2020, 1, 1) - timedelta(days=n))
    intro = "Een korte inleiding."
    image = factory.SubFactory(wagtail_factories.ImageFactory)
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(page, create, extracted, **kwargs):
        if extracted:
            page.tags.set(extracted)
            if create:
                page.save()

    @factory.post_generation
    def authors(page, create, extracted, **kwargs):
        author_model = page.authors.model
        for order, person in enumerate(extracted or []):
            author_model.objects.create(page=page, person=person, sort_order=order)


class BlogPageFactory(ArticlePageFactory):
    class Meta:
        model = BlogPage


class NewsPageFactory(ArticlePageFactory):
    class Meta:
        model = NewsPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bijeenkomst {n}")
    start = factory.Sequence(lambda n: timezone.now() + timedelta(days=n + 1))
    intro = "Een open bijeenkomst."
    location_name = "Theater aan de Schie"
    image = factory.SubFactory(wagtail_factories.ImageFactory)

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(page, create, extracted, **kwargs):
        if extracted:
            page.tags.set(extracted)
            if create:
                page.save()


class BlogPageAuthorFactory(factory.django.DjangoModelFactory):
    person = factory.SubFactory(PersonFactory)

    class Meta:
        model = BlogPageAuthor


class NewsPageAuthorFactory(factory.django.DjangoModelFactory):
    person = factory.SubFactory(PersonFactory)

    class Meta:
        model = NewsPageAuthor
