"""Blog posts, news items and events: what the Actueel section lists."""

import re
from datetime import date, datetime, time

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from engagement.pages import CommentsMixin, EventRegistrationMixin
from home import listing
from home.blocks import BaseStreamBlock
from home.cache import cached
from home.localization import language_of
from home.models import AuthorsMixin, PersonLink
from home.summary import SummaryMixin
from home.text import reading_minutes, stream_text
from home.translation_fields import PER_LOCALE_TAGS, fixed

from .werkteams import WerkteamLinkMixin

# Old titles carry their date in front: "11-07-18: Het hart van de Werkplaats".
DATED_TITLE = re.compile(r"^\s*(\d{1,2})-(\d{1,2})-(\d{2}|\d{4})\s*:\s*(.+)$")


def split_dated_title(title):
    """Return (date, title) for an imported title with a date prefix, else (None, title)."""
    match = DATED_TITLE.match(title or "")
    if not match:
        return None, title
    day, month, year, rest = match.groups()
    year = int(year)
    if year < 100:
        year += 2000
    try:
        return date(year, int(month), int(day)), rest.strip()
    except ValueError:
        return None, title


class ArticlePage(CommentsMixin, AuthorsMixin, WerkteamLinkMixin, SummaryMixin, Page):
    """What blog posts and news items share."""

    date = models.DateField(
        _("publicatiedatum"),
        default=date.today,
        help_text=_("De datum waarop het bericht verscheen. Zet de datum hier, niet in de titel."),
    )
    intro = models.TextField(
        _("introductie"),
        blank=True,
        help_text=_("Eén tot drie zinnen die in overzichten en zoekresultaten verschijnen."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("inhoud"), blank=True)
    werkteam = models.ForeignKey(
        "articles.WerkteamPage",
        verbose_name=_("werkteam"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optioneel: het werkteam waar dit bericht over gaat."),
    )
    source_url = models.URLField(
        _("link naar de bron"), blank=True, help_text=_("Optioneel: waar het oorspronkelijke bericht staat.")
    )
    source_label = models.CharField(
        _("tekst van de bronlink"),
        max_length=160,
        blank=True,
        help_text=_('Bijvoorbeeld: "Lees verder op de website van Sociale Vraagstukken".'),
    )
    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("authors", heading=_("Auteurs"), label=_("Auteur")),
        MultiFieldPanel(
            [FieldPanel("tags"), FieldPanel("werkteam")],
            heading=_("Onderwerp"),
        ),
        MultiFieldPanel(
            [FieldPanel("source_url"), FieldPanel("source_label")],
            heading=_("Oorspronkelijke bron"),
        ),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("allow_comments")]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("werkteam"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields("authors", [index.RelatedFields("person", [index.SearchField("name")])]),
    ]

    # Dates and the werkteam are the same in every language; tags are per language.
    override_translatable_fields = [*fixed("date", "werkteam", "allow_comments"), *PER_LOCALE_TAGS]

    summary_date_field = "date"
    summary_text_field = "intro"
    summary_image_field = "image"
    tags_field = "tags"
    schema_type = "Article"

    class Meta:
        abstract = True

    @classmethod
    def listing_pages(cls):
        return super().listing_pages().prefetch_related(cls.authors_prefetch())

    def clean(self):
        super().clean()
        # An editor pasting an old-style title gets the date moved to its own field.
        found_date, rest = split_dated_title(self.title)
        if found_date:
            self.title = rest
            self.date = found_date
            if not self.slug or self.slug[:1].isdigit():
                self.slug = slugify(rest)
        if self.source_label and not self.source_url:
            raise ValidationError({"source_url": _("Vul de link in bij de tekst van de bronlink.")})

    RELATED_COUNT = 3
    serving_properties = ("reading_time", "contents", "related_summaries")

    @cached_property
    def reading_time(self):
        return reading_minutes(self.intro, stream_text(self.body))

    @cached_property
    def contents(self):
        """The body's headings for the side column's contents list (shown from two on)."""
        headings = [block.value for block in self.body if block.block_type == "heading"]
        return [{"anchor": value.element_id, "title": value["heading_text"]} for value in headings]

    @cached_property
    def related_summaries(self):
        """Blog posts and news of the same werkteam or with a shared tag, reader's language only;
        kept per content generation for these tags and werkteam (a preview with other tags
        gets its own)."""
        tag_ids = sorted(tag.pk for tag in self.tag_list)
        tag_key = "-".join(map(str, tag_ids))

        def build():
            condition = Q(tagged_items__tag_id__in=tag_ids)
            if self.werkteam_id:
                condition |= Q(werkteam__translation_key__in=self.werkteam_keys())
            cards = []
            for model in (BlogPage, NewsPage):
                pages = (
                    model.listing_pages()
                    .filter(condition)
                    .exclude(translation_key=self.translation_key)
                    .distinct()
                    .order_by("-date", "-pk")[: self.RELATED_COUNT]
                )
                cards += [page.summary() for page in pages]
            cards.sort(key=lambda card: card.sort_key, reverse=True)
            return listing.attach_images(cards[: self.RELATED_COUNT])

        key = f"related:{self.translation_key}:{language_of(self)}:{tag_key}:{self.werkteam_id}"
        return cached(key, build)


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey("articles.BlogPage", on_delete=models.CASCADE, related_name="tagged_items")


class BlogPage(ArticlePage):
    tags = ClusterTaggableManager(through=BlogPageTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["articles.BlogIndexPage"]
    subpage_types = []
    template = "articles/article_page.html"
    summary_label = _("Blog")
    schema_type = "BlogPosting"

    class Meta:
        verbose_name = _("blogbericht")
        verbose_name_plural = _("blogberichten")


class BlogPageAuthor(PersonLink):
    page = ParentalKey(BlogPage, on_delete=models.CASCADE, related_name="authors")


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("articles.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsPage(ArticlePage):
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["articles.NewsIndexPage"]
    subpage_types = []
    template = "articles/article_page.html"
    summary_label = _("Nieuws")
    schema_type = "NewsArticle"

    class Meta:
        verbose_name = _("nieuwsbericht")
        verbose_name_plural = _("nieuwsberichten")


class NewsPageAuthor(PersonLink):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="authors")


class EventPageTag(TaggedItemBase):
    content_object = ParentalKey("articles.EventPage", on_delete=models.CASCADE, related_name="tagged_items")


class EventPage(EventRegistrationMixin, WerkteamLinkMixin, SummaryMixin, Page):
    start = models.DateTimeField(_("begin"))
    end = models.DateTimeField(_("einde"), null=True, blank=True)
    # An explicit flag, not a midnight convention: an event can really start at 00:00.
    time_known = models.BooleanField(
        _("tijd bekend"),
        default=True,
        help_text=_(
            "Uitzetten als alleen de datum bekend is: de site toont dan nergens een tijd, "
            "ook niet in de agenda, de zoekmachinegegevens of de aanmelding."
        ),
    )
    intro = models.TextField(_("introductie"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    location_name = models.CharField(
        _("locatie"), max_length=160, blank=True, help_text=_("Bijvoorbeeld: Theater aan de Schie.")
    )
    address = models.TextField(_("adres"), blank=True)
    registration_url = models.URLField(
        _("link om je aan te melden"),
        blank=True,
        help_text=_("Alleen invullen als aanmelden via een andere website gaat."),
    )
    registration_info = models.TextField(_("informatie over aanmelden"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("inhoud"), blank=True)
    werkteam = models.ForeignKey(
        "articles.WerkteamPage",
        verbose_name=_("werkteam"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tags = ClusterTaggableManager(through=EventPageTag, blank=True, verbose_name=_("tags"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("time_known")],
            heading=_("Wanneer"),
        ),
        FieldPanel("intro"),
        FieldPanel("image"),
        MultiFieldPanel([FieldPanel("location_name"), FieldPanel("address")], heading=_("Waar")),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldPanel("capacity"),
                FieldPanel("registration_url"),
                FieldPanel("registration_info"),
            ],
            heading=_("Aanmelden"),
        ),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("tags"), FieldPanel("werkteam")], heading=_("Onderwerp")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("location_name"),
        index.FilterField("start"),
        index.FilterField("werkteam"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    override_translatable_fields = [
        *fixed("start", "end", "time_known", "capacity", "registration_enabled", "werkteam"),
        *PER_LOCALE_TAGS,
    ]
    parent_page_types = ["articles.EventIndexPage"]
    subpage_types = []

    summary_date_field = "start"
    summary_text_field = "intro"
    summary_image_field = "image"
    summary_label = _("Agenda")
    tags_field = "tags"
    schema_type = "Event"

    class Meta:
        verbose_name = _("evenement")
        verbose_name_plural = _("evenementen")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Het einde ligt vóór het begin.")})
        if self.registration_enabled and self.registration_url:
            message = _(
                "Kies één manier van aanmelden: via het formulier op deze site óf via een link naar een "
                "andere website, niet allebei."
            )
            raise ValidationError({"registration_enabled": message, "registration_url": message})

    @property
    def is_past(self):
        if not self.time_known:
            # Only the day is known: the event is past once that day (or the last day) is over.
            return self.local_end_date < timezone.localdate()
        return (self.end or self.start) < timezone.now()

    @property
    def local_start_date(self):
        return timezone.localtime(self.start).date()

    @property
    def local_end_date(self):
        return timezone.localtime(self.end or self.start).date()

    @property
    def summary_date(self):
        """A date-time when the time is known, else only the day: no card shows an invented time."""
        return self.start if self.time_known else self.local_start_date

    def when_text(self):
        """The date (and time, when known) in words, for the registration details."""
        if not self.time_known:
            return date_format(self.local_start_date, "j F Y")
        return date_format(timezone.localtime(self.start), "j F Y, H:i")

    def registration_closes_at(self):
        return self.start

    def registration_details(self):
        details = [(_("Wanneer"), self.when_text())]
        if self.location_name:
            details.append((_("Waar"), self.location_name))
        return details

    @staticmethod
    def upcoming_condition():
        now = timezone.now()
        # A day-only event stays upcoming for the whole of its (last) day.
        today = timezone.make_aware(datetime.combine(timezone.localdate(), time.min))
        day_only = Q(time_known=False) & (Q(end__gte=today) | Q(end__isnull=True, start__gte=today))
        return Q(end__gte=now) | Q(end__isnull=True, start__gte=now) | day_only

    def iso_moment(self, moment):
        """schema.org allows a bare date: used when the time is not known."""
        local = timezone.localtime(moment)
        return local.isoformat() if self.time_known else local.date().isoformat()

    def structured_data(self):
        data = {
            "startDate": self.iso_moment(self.start),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
        }
        if self.end:
            data["endDate"] = self.iso_moment(self.end)
        address = " ".join(self.address.split())
        if self.location_name or address:
            data["location"] = {
                "@type": "Place",
                "name": self.location_name or address,
                "address": address or None,
            }
        return data
