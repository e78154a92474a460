"""The Actueel section: its overview page, the blog, news and agenda listings, and tag pages."""

from django.db import models
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from home import listing
from home.cache import cached_for_readers
from home.listing import PAGE_PARAMETER
from home.summary import SummaryMixin
from home.visibility import public

from ..feeds import AtomFeed, RssFeed
from .pages import BlogPage, EventPage, NewsPage


class ListingIndexPage(RoutablePageMixin, SummaryMixin, Page):
    """An index that lists its children as cards, filtered by tag and year, 12 per page."""

    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["articles.ActueelIndexPage"]
    summary_text_field = "intro"
    schema_type = "CollectionPage"
    listed_model = None  # the page type this index lists

    class Meta:
        abstract = True

    def listed_pages(self):
        return self.listed_model.listing_pages().child_of(self)

    def newest_first(self, queryset):
        return queryset.order_by(f"-{self.listed_model.summary_date_field}", "-pk")

    def filter_options(self, queryset):
        """The tags and years that occur in this listing, for the filter form (two queries)."""
        through = getattr(self.listed_model, self.listed_model.tags_field).through
        tags = Tag.objects.filter(
            pk__in=through.objects.filter(content_object__in=queryset.values("pk")).values("tag_id")
        ).order_by("name")
        years = (
            queryset.annotate(year=ExtractYear(self.listed_model.summary_date_field))
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        return list(tags), list(years)

    def listing_context(self, request, queryset, order, name="index"):
        """Filter by ?tag= and ?year=, paginate by ?page=; bad values give a notice, never an error.
        Kept per content generation for each such address (the agenda's per hour)."""
        return cached_for_readers(
            request,
            f"listing:{self.pk}:{name}",
            lambda: self.filtered_listing(request, queryset, order),
            parameters=["tag", "year", PAGE_PARAMETER],
            hourly=self.listed_model.is_event(),
        )

    def filtered_listing(self, request, queryset, order):
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
                queryset = queryset.filter(**{self.listed_model.tags_field: active_tag})
        year, year_error = listing.parse_year(request)
        if year_error:
            notices.append(year_error)
        elif year:
            queryset = queryset.filter(**{f"{self.listed_model.summary_date_field}__year": year})
        return {
            "items": listing.cards_page(request, order(queryset)),
            "filter_tags": tags,
            "filter_years": years,
            "active_tag": active_tag,
            "active_year": year,
            "notices": notices,
        }

    @path("")
    def index_view(self, request):
        return self.render(
            request, context_overrides=self.listing_context(request, self.listed_pages(), self.newest_first)
        )


class FeedIndexPage(ListingIndexPage):
    """A listing with RSS and Atom feeds of its newest items."""

    class Meta:
        abstract = True

    @path("rss/", name="rss")
    def rss_view(self, request):
        return RssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_view(self, request):
        return AtomFeed(self)(request)

    def feed_items(self):
        return self.newest_first(self.listed_pages().prefetch_related(self.listed_model.tags_field))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feeds"] = [
            {"type": "application/rss+xml", "url": self.url + self.reverse_subpage("rss"), "name": "RSS"},
            {"type": "application/atom+xml", "url": self.url + self.reverse_subpage("atom"), "name": "Atom"},
        ]
        return context


class BlogIndexPage(FeedIndexPage):
    subpage_types = ["articles.BlogPage"]
    listed_model = BlogPage
    template = "articles/listing_index_page.html"

    class Meta:
        verbose_name = _("blogoverzicht")


class NewsIndexPage(FeedIndexPage):
    subpage_types = ["articles.NewsPage"]
    listed_model = NewsPage
    template = "articles/listing_index_page.html"

    class Meta:
        verbose_name = _("nieuwsoverzicht")


class EventIndexPage(ListingIndexPage):
    """The agenda: upcoming events first, soonest on top; past events in the archive."""

    subpage_types = ["articles.EventPage"]
    listed_model = EventPage
    template = "articles/listing_index_page.html"

    class Meta:
        verbose_name = _("agenda")

    def upcoming(self):
        return self.listed_pages().filter(EventPage.upcoming_condition())

    @staticmethod
    def soonest_first(queryset):
        return queryset.order_by("start", "pk")

    @path("")
    def index_view(self, request):
        context = self.listing_context(request, self.upcoming(), self.soonest_first)
        return self.render(request, context_overrides={**context, "archive": False})

    # The archive is a page of its own for readers and search engines: it is in the sitemap.
    sitemap_routes = ("archive",)

    @path(_("archief/"), name="archive")
    def archive_view(self, request):
        past = self.listed_pages().exclude(EventPage.upcoming_condition())
        context = self.listing_context(request, past, self.newest_first, name="archive")
        # Its own title, so that "Agenda" and its archive are told apart in tabs and search results.
        view_title = _("%(title)s — archief") % {"title": self.title}
        return self.render(request, context_overrides={**context, "archive": True, "view_title": view_title})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["archive_url"] = self.url + self.reverse_subpage("archive")
        return context


class ActueelIndexPage(RoutablePageMixin, SummaryMixin, Page):
    """The "Actueel" section: the newest of blog, news and agenda, and the tag pages."""

    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.BlogIndexPage", "articles.NewsIndexPage", "articles.EventIndexPage"]
    summary_text_field = "intro"
    schema_type = "CollectionPage"
    # The route that lists everything with a tag (home/frontcache.py purges it on a change).
    tag_page_route = "tag"

    SECTION_SIZE = 3

    class Meta:
        verbose_name = _("Actueel-overzicht")

    @path("")
    def index_view(self, request):
        # The same for every reader until something is published; the agenda moves on by the hour.
        sections = cached_for_readers(request, f"actueel:{self.pk}", self.sections, hourly=True)
        return self.render(request, context_overrides={"sections": sections})

    @path(_("onderwerp/<str:tag_slug>/"), name="tag")
    def tag_view(self, request, tag_slug):
        """Everything with this tag, of every page type that has tags."""

        def build():
            tag = get_object_or_404(Tag, slug=tag_slug)
            items = listing.cards_page(request, listing.pages_tagged(tag), listing.summaries_of)
            if not items.paginator.count:
                raise Http404
            return tag, items

        # A slug that is no tag raises Http404 before anything is kept.
        name = f"tag:{self.pk}:{tag_slug}"
        tag, items = cached_for_readers(request, name, build, parameters=[PAGE_PARAMETER])
        return self.render(
            request,
            template="articles/tag_page.html",
            context_overrides={
                "tag": tag,
                "items": items,
                "view_title": _("Alles over “%(name)s”") % {"name": tag.name},
            },
        )

    def sections(self):
        """The newest of news, blog and agenda, each with its overview page."""
        sections = []
        for index_page in (
            public(NewsIndexPage.objects.child_of(self).live()).first(),
            public(BlogIndexPage.objects.child_of(self).live()).first(),
            public(EventIndexPage.objects.child_of(self).live()).first(),
        ):
            if index_page is None:
                continue
            if isinstance(index_page, EventIndexPage):
                pages = index_page.soonest_first(index_page.upcoming())
            else:
                pages = index_page.newest_first(index_page.listed_pages())
            sections.append(
                {"index": index_page, "cards": listing.summaries(pages[: self.SECTION_SIZE], images=False)}
            )
        listing.attach_images([card for section in sections for card in section["cards"]])
        return sections
