"""Factories for the magazine: index, issues, articles and their authors."""

from datetime import date

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import Person
from magazine.models import (
    MagazineArticleAuthor,
    MagazineArticlePage,
    MagazineIndexPage,
    MagazineIssueContributor,
    MagazineIssuePage,
)


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Onderzoeker {n}")
    role = "onderzoeker"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Person


class MagazineIndexPageFactory(wagtail_factories.PageFactory):
    title = "Magazine"
    slug = "magazine"

    class Meta:
        model = MagazineIndexPage


class MagazineIssuePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nummer {n}")
    issue_number = factory.Sequence(lambda n: n + 1)
    issue_date = date(2020, 3, 9)
    intro = "<p>Wat de werkteams leerden.</p>"

    class Meta:
        model = MagazineIssuePage


class MagazineArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Artikel {n}")
    standfirst = "Een korte inleiding."

    class Meta:
        model = MagazineArticlePage


class MagazineArticleAuthorFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(MagazineArticlePageFactory)
    person = factory.SubFactory(PersonFactory)

    class Meta:
        model = MagazineArticleAuthor


class MagazineIssueContributorFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(MagazineIssuePageFactory)
    person = factory.SubFactory(PersonFactory)

    class Meta:
        model = MagazineIssueContributor
