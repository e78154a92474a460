"""Actueel (blog, news, agenda) and the werkteams."""

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.localization import in_active_language, people_in_locale
from home.models import PersonLink
from home.translation_fields import PER_LOCALE_TAGS, fixed

from . import listing

WORDS_PER_MINUTE = 200

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


def reading_minutes(*texts):
    words = sum(len(strip_tags(str(text)).split()) for text in texts if text)
    return max(1, round(words / WORDS_PER_MINUTE))


class WerkteamLinkMixin:
    """For pages with a ``werkteam``: that field is synchronised, so every translation points
    at the Dutch werkteam; readers get the werkteam in the page's own language."""

    @cached_property
    def linked_werkteam(self):
        """The live werkteam in this page's language, else the linked one if live, else None.

        One query (as many as reading ``self.werkteam``): the werkteam with its translations.
        """
        if self.werkteam_id is None:
            return None
        versions = list(WerkteamPage.objects.live().filter(translation_key__in=self.werkteam_keys()))
        by_locale = {werkteam.locale_id: werkteam for werkteam in versions}
        linked = next((werkteam for werkteam in versions if werkteam.pk == self.werkteam_id), None)
        return by_locale.get(self.locale_id, linked)

    def werkteam_keys(self):
        """Subquery: the translation_key of the linked werkteam, to match any of its languages."""
        return WerkteamPage.objects.filter(pk=self.werkteam_id).values("translation_key")


class ListingIndexPage(RoutablePageMixin, Page):
    """An index that lists its children as cards, filtered by tag and year, 12 per page."""

    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["articles.ActueelIndexPage"]
    card_source = None

    class Meta:
        abstract = True

    def listing_queryset(self):
        return self.card_source.queryset().child_of(self)

    def order_listing(self, queryset):
        return queryset.order_by(f"-{self.card_source.date_field}", "-pk")

    def filter_options(self, queryset):
        """The tags and years that occur in this listing, for the filter form (two queries)."""
        through = self.card_source.model.tags.through
        tags = Tag.objects.filter(
            pk__in=through.objects.filter(content_object__in=queryset.values("pk")).values("tag_id")
        ).order_by("name")
        years = (
            queryset.annotate(year=ExtractYear(self.card_source.date_field))
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        return list(tags), list(years)

    def listing_context(self, request, queryset):
        """Filter by ?tag= and ?year=, paginate by ?page=; bad values give a notice, never an error."""
        tags, years = self.filter_options(queryset)
        notices = []
        active_tag = None
        tag_slug = request.GET.get("tag", "").strip()
        if tag_slug:
            active_tag = next((tag for tag in tags if tag.slug == tag_slug), None)
            if active_tag is None:
                notices.append(
                    _("Er zijn hier geen berichten met de tag “%(tag)s”.") % {"tag": tag_slug[:50]}
                )
                queryset = queryset.none()
            else:
                queryset = queryset.filter(tagged_items__tag=active_tag)
        year, year_error = listing.parse_year(request)
        if year_error:
            notices.append(year_error)
        elif year:
            queryset = queryset.filter(**{f"{self.card_source.date_field}__year": year})
        items = listing.paginate(request, self.order_listing(queryset))
        items.object_list = listing.cards_for(self.card_source, items.object_list)
        return {
            "items": items,
            "filter_tags": tags,
            "filter_years": years,
            "active_tag": active_tag,
            "active_year": year,
            "notices": notices,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing_context(request, self.listing_queryset()))
        return context


class FeedIndexPage(ListingIndexPage):
    """A listing with RSS and Atom feeds of its newest items."""

    class Meta:
        abstract = True

    @path("")
    def index_view(self, request):
        return self.render(request)

    @path("rss/", name="rss")
    def rss_view(self, request):
        from .feeds import RssFeed

        return RssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_view(self, request):
        from .feeds import AtomFeed

        return AtomFeed(self)(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feeds"] = [
            {"type": "application/rss+xml", "url": self.url + self.reverse_subpage("rss"), "name": "RSS"},
            {"type": "application/atom+xml", "url": self.url + self.reverse_subpage("atom"), "name": "Atom"},
        ]
        return context


class BlogIndexPage(FeedIndexPage):
    subpage_types = ["articles.BlogPage"]
    card_source = listing.BLOG
    template = "articles/listing_index_page.html"

    class Meta:
        verbose_name = _("blogoverzicht")


class NewsIndexPage(FeedIndexPage):
    subpage_types = ["articles.NewsPage"]
    card_source = listing.NEWS
    template = "articles/listing_index_page.html"

    class Meta:
        verbose_name = _("nieuwsoverzicht")


class EventIndexPage(ListingIndexPage):
    """The agenda: upcoming events first, soonest on top; past events in the archive."""

    subpage_types = ["articles.EventPage"]
    card_source = listing.EVENT
    template = "articles/listing_index_page.html"
    archive = False  # set per request by archive_view

    class Meta:
        verbose_name = _("agenda")

    @staticmethod
    def upcoming_condition():
        now = timezone.now()
        return Q(end__gte=now) | Q(end__isnull=True, start__gte=now)

    def order_listing(self, queryset):
        if self.archive:
            return queryset.order_by("-start", "-pk")
        return queryset.order_by("start", "pk")

    def listing_queryset(self):
        queryset = super().listing_queryset()
        if self.archive:
            return queryset.exclude(self.upcoming_condition())
        return queryset.filter(self.upcoming_condition())

    @path("")
    def upcoming_view(self, request):
        return self.render(request)

    @path("archief/", name="archive")
    def archive_view(self, request):
        self.archive = True
        return self.render(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["archive"] = self.archive
        context["archive_url"] = self.url + self.reverse_subpage("archive")
        return context


class ActueelIndexPage(RoutablePageMixin, Page):
    """The "Actueel" section: the newest of blog, news and agenda, and the tag pages."""

    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.BlogIndexPage", "articles.NewsIndexPage", "articles.EventIndexPage"]

    SECTION_SIZE = 3

    class Meta:
        verbose_name = _("Actueel-overzicht")

    @path("")
    def index_view(self, request):
        return self.render(request)

    @path("tag/<str:tag_slug>/", name="tag")
    def tag_view(self, request, tag_slug):
        """Everything with this tag, of every type in listing.TAGGED_SOURCES."""
        tag = get_object_or_404(Tag, slug=tag_slug)
        sources = listing.available(listing.TAGGED_SOURCES, "tags")
        cards = listing.cards_across(sources, tagged_items__tag=tag)
        if not cards:
            raise Http404
        items = listing.paginate(request, cards)
        listing.attach_card_images(items.object_list)
        return self.render(
            request,
            template="articles/tag_page.html",
            context_overrides={"tag": tag, "items": items},
        )

    def tag_url(self, tag):
        return self.url + self.reverse_subpage("tag", args=[tag.slug])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = []
        for index_model in (NewsIndexPage, BlogIndexPage, EventIndexPage):
            index_page = index_model.objects.child_of(self).live().public().first()
            if index_page is None:
                continue
            pages = index_page.order_listing(index_page.listing_queryset())[: self.SECTION_SIZE]
            sections.append({"index": index_page, "cards": listing.cards_for(index_page.card_source, pages)})
        context["sections"] = sections
        return context


class ArticlePage(WerkteamLinkMixin, Page):
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
    allow_comments = models.BooleanField(_("reacties toestaan"), default=True)

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("authors", label=_("Auteurs")),
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

    class Meta:
        abstract = True

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

    card_source = None
    RELATED_COUNT = 3

    @cached_property
    def reading_time(self):
        return reading_minutes(self.intro, self.body.render_as_block() if self.body else "")

    @cached_property
    def author_people(self):
        """The authors in this page's language (the author list itself is synchronised)."""
        people = [item.person for item in self.authors.select_related("person", "person__photo")]
        return people_in_locale(people, self.locale_id)

    @cached_property
    def related_cards(self):
        """Blog posts and news of the same werkteam or with a shared tag, reader's language only."""
        condition = Q(tagged_items__tag_id__in=[tag.pk for tag in self.tags.all()])
        if self.werkteam_id:
            condition |= Q(werkteam__translation_key__in=self.werkteam_keys())
        cards = []
        for source in (listing.BLOG, listing.NEWS):
            pages = (
                source.queryset()
                .filter(condition)
                .exclude(translation_key=self.translation_key)
                .distinct()
                .order_by("-date", "-pk")[: self.RELATED_COUNT]
            )
            cards += [source.card(page) for page in pages]
        cards.sort(key=lambda card: card.sort_key, reverse=True)
        return listing.attach_card_images(cards[: self.RELATED_COUNT])


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey("articles.BlogPage", on_delete=models.CASCADE, related_name="tagged_items")


class BlogPage(ArticlePage):
    tags = ClusterTaggableManager(through=BlogPageTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["articles.BlogIndexPage"]
    subpage_types = []
    card_source = listing.BLOG
    template = "articles/article_page.html"

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
    card_source = listing.NEWS
    template = "articles/article_page.html"

    class Meta:
        verbose_name = _("nieuwsbericht")
        verbose_name_plural = _("nieuwsberichten")


class NewsPageAuthor(PersonLink):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="authors")


class EventPageTag(TaggedItemBase):
    content_object = ParentalKey("articles.EventPage", on_delete=models.CASCADE, related_name="tagged_items")


class EventPage(WerkteamLinkMixin, Page):
    start = models.DateTimeField(_("begin"))
    end = models.DateTimeField(_("einde"), null=True, blank=True)
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
    registration_enabled = models.BooleanField(
        _("aanmelden via deze site"),
        default=False,
        help_text=_("Bezoekers melden zich aan met het formulier op deze pagina."),
    )
    capacity = models.PositiveIntegerField(
        _("maximum aantal deelnemers"),
        null=True,
        blank=True,
        help_text=_("Leeg laten voor onbeperkt. Daarna komen aanmeldingen op de wachtlijst."),
    )
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
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("Wanneer")),
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
        *fixed("start", "end", "capacity", "registration_enabled", "werkteam"),
        *PER_LOCALE_TAGS,
    ]
    parent_page_types = ["articles.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("evenement")
        verbose_name_plural = _("evenementen")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Het einde ligt vóór het begin.")})

    @property
    def is_past(self):
        return (self.end or self.start) < timezone.now()


class WerkteamIndexPage(Page):
    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.WerkteamPage"]

    class Meta:
        verbose_name = _("werkteamoverzicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["werkteams"] = werkteam_cards(WerkteamPage.objects.child_of(self))
        return context


def werkteam_cards(queryset):
    """Live werkteams of the reader's language as cards, by number, with their images."""
    werkteams = (
        queryset.live()
        .public()
        .filter(in_active_language())
        .order_by(F("number").asc(nulls_last=True), "title")
    )
    return listing.attach_card_images(
        [
            listing.Card(
                page=werkteam,
                type_label=_("Werkteam"),
                date=None,
                intro=werkteam.intro,
                image_id=werkteam.image_id,
            )
            for werkteam in werkteams
        ]
    )


class WerkteamPage(Page):
    """A working group: a mixed team working on one urgent question from practice."""

    number = models.PositiveSmallIntegerField(
        _("nummer"), null=True, blank=True, help_text=_("Het nummer van het werkteam, zoals in 'Werkteam 2'.")
    )
    theme = models.CharField(
        _("thema"), max_length=200, help_text=_("Het vraagstuk waar het werkteam aan werkt.")
    )
    period_start = models.DateField(_("actief vanaf"), null=True, blank=True)
    period_end = models.DateField(
        _("actief tot"), null=True, blank=True, help_text=_("Leeg laten als het werkteam nog actief is.")
    )
    municipalities = models.CharField(
        _("gemeenten"),
        max_length=250,
        blank=True,
        help_text=_("Bijvoorbeeld: Barendrecht, Schiedam en Vlaardingen."),
    )
    member_roles = models.TextField(
        _("samenstelling"),
        blank=True,
        help_text=_("Wie doen er mee? Eén rol per regel, bijvoorbeeld 'beleidsmakers' of 'bewoners'."),
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
    body = StreamField(BaseStreamBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("number"), FieldPanel("theme")]),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")], heading=_("Periode")),
        FieldPanel("municipalities"),
        FieldPanel("member_roles"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("theme"),
        index.SearchField("municipalities"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    override_translatable_fields = fixed("number", "period_start", "period_end")
    parent_page_types = ["articles.WerkteamIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("werkteam")
        verbose_name_plural = _("werkteams")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("Het einde van de periode ligt vóór het begin.")})

    @property
    def member_role_list(self):
        return [line.strip() for line in self.member_roles.splitlines() if line.strip()]

    def related_cards(self, sources):
        """Live pages of the reader's language linked to this werkteam, newest first.

        Matched on translation_key: translations keep the Dutch werkteam (it is synchronised),
        and a page written in English may link to the English werkteam.
        """
        if self.pk is None:  # a preview of a new werkteam: nothing links to it yet
            return []
        return listing.attach_card_images(
            listing.cards_across(
                listing.available(sources, "werkteam"), werkteam__translation_key=self.translation_key
            )
        )

    @cached_property
    def posts(self):
        return self.related_cards([listing.BLOG, listing.NEWS, listing.MAGAZINE_ARTICLE])

    @cached_property
    def events(self):
        return self.related_cards([listing.EVENT])
