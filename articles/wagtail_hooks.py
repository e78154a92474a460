"""The articles app's sections on the home page: the news stream, the agenda and the werkteams."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home import listing
from home.sections import HOOK_NAME, HomeSection

from .models import (
    ActueelIndexPage,
    BlogPage,
    EventIndexPage,
    EventPage,
    NewsPage,
    WerkteamIndexPage,
    WerkteamPage,
)

STREAM_SIZE = 6
AGENDA_SIZE = 3
HOME_WERKTEAMS = 6  # the rest on the werkteams page


@hooks.register(HOOK_NAME)
def actueel_stream(home_page, shown_page_ids):
    """News and blog posts in one stream, newest first, leaving out what is featured above."""
    cards = []
    for model in (NewsPage, BlogPage):
        pages = model.listing_pages().exclude(pk__in=shown_page_ids).order_by("-date", "-pk")[:STREAM_SIZE]
        cards += [page.summary() for page in pages]
    cards.sort(key=lambda card: (card.sort_key, card.page.pk), reverse=True)
    if not cards:
        return None
    return HomeSection(
        key="actueel",
        title=_("Actueel"),
        order=20,
        cards=cards[:STREAM_SIZE],
        more_url=listing.first_url(ActueelIndexPage),
        more_text=_("Alles in Actueel"),
    )


@hooks.register(HOOK_NAME)
def agenda(home_page, shown_page_ids):
    events = (
        EventPage.listing_pages()
        .filter(EventPage.upcoming_condition())
        .exclude(pk__in=shown_page_ids)
        .order_by("start", "pk")[:AGENDA_SIZE]
    )
    cards = listing.summaries(events, images=False)
    index_url = listing.first_url(EventIndexPage)
    if not cards and not index_url:
        return None
    return HomeSection(
        key="agenda",
        title=_("Agenda"),
        order=30,
        cards=cards,
        template="articles/includes/home_agenda.html",
        more_url=index_url,
        more_text=_("Naar de agenda")
        if cards
        else _("Er staan geen bijeenkomsten gepland. Bekijk de agenda"),
    )


@hooks.register(HOOK_NAME)
def werkteams(home_page, shown_page_ids):
    cards = WerkteamPage.listing_summaries(HOME_WERKTEAMS, images=False)
    if not cards:
        return None
    return HomeSection(
        key="werkteams",
        title=_("De werkteams"),
        order=50,
        cards=cards,
        more_url=listing.first_url(WerkteamIndexPage),
        more_text=_("Over de werkteams"),
    )
