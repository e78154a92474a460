"""An event whose time is not known shows only its day: page, card, JSON-LD and registration."""

from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone

from articles.models import EventPage
from tests.factories.articles import ActueelIndexPageFactory, EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db


def day_start(day):
    return timezone.make_aware(datetime.combine(day, time.min))


@pytest.fixture
def agenda(home_page):
    return EventIndexPageFactory(parent=ActueelIndexPageFactory(parent=home_page))


def test_a_day_only_event_shows_no_time_anywhere(client, agenda):
    event = EventPageFactory(parent=agenda, start=day_start(timezone.localdate() + timedelta(days=3)))
    event.time_known = False
    event.save_revision().publish()
    day = timezone.localdate() + timedelta(days=3)

    html = client.get(event.url).content.decode()
    meta = html[html.index('class="event-meta"') : html.index("</dl>", html.index('class="event-meta"'))]
    assert f'<time datetime="{day.isoformat()}">' in meta and "00:00" not in meta
    assert f'"startDate": "{day.isoformat()}"' in html
    assert event.summary().date == day
    assert "00:00" not in event.when_text()
    assert "00:00" not in client.get(agenda.url).content.decode()


def test_a_day_only_event_stays_upcoming_for_the_whole_day(agenda):
    today = EventPageFactory(parent=agenda, start=day_start(timezone.localdate()))
    today.time_known = False
    today.save_revision().publish()
    timed = EventPageFactory(parent=agenda, start=day_start(timezone.localdate()))
    upcoming = EventPage.objects.filter(EventPage.upcoming_condition())
    assert today.pk in upcoming.values_list("pk", flat=True)
    assert timed.pk not in upcoming.values_list("pk", flat=True)
    assert not today.is_past and timed.is_past


def test_a_known_time_is_shown(client, agenda):
    start = timezone.make_aware(datetime.combine(timezone.localdate() + timedelta(days=5), time(14, 30)))
    event = EventPageFactory(parent=agenda, start=start)
    assert "14:30" in client.get(event.url).content.decode()
    assert event.structured_data()["startDate"].startswith(f"{start.date().isoformat()}T14:30")
