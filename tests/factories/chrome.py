"""Factories for the site chrome snippets: menu, footer and partners."""

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import FooterContent, MainMenu, MainMenuItem, Partner


class DutchLocaleMixin(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True


class MainMenuFactory(DutchLocaleMixin):
    title = "Hoofdmenu"

    class Meta:
        model = MainMenu


class MainMenuItemFactory(factory.django.DjangoModelFactory):
    menu = factory.SubFactory(MainMenuFactory)
    sort_order = factory.Sequence(int)

    class Meta:
        model = MainMenuItem


class FooterContentFactory(DutchLocaleMixin):
    organisation_name = "Werkplaats Sociaal Domein Zuid-Holland Zuid"
    address = "Museumpark 40\n3015 CX Rotterdam"
    room = "MP.L03.105"
    phone = "010 794 5676"
    email = "info@werkplaatssociaaldomeinzhz.nl"
    newsletter_text = "Meld je aan voor de nieuwsbrief."

    class Meta:
        model = FooterContent


class PartnerFactory(DutchLocaleMixin):
    name = factory.Sequence(lambda n: f"Partner {n}")
    url = factory.LazyAttribute(lambda partner: f"https://partner.example/{partner.name.split()[-1]}")
    logo = factory.SubFactory(wagtail_factories.ImageFactory)
    sort_order = factory.Sequence(int)

    class Meta:
        model = Partner
