"""Factories for the home app: home page children, standard pages and people."""

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import HomePageFeaturedItem, Person, StandardPage


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Auteur {n}")
    role = "onderzoeker"
    organisation = "Hogeschool Rotterdam"
    bio = "Schrijft over het sociaal domein."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Person


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    intro = "Een korte samenvatting."

    class Meta:
        model = StandardPage


class HomePageFeaturedItemFactory(factory.django.DjangoModelFactory):
    sort_order = factory.Sequence(int)

    class Meta:
        model = HomePageFeaturedItem
