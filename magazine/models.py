"""The online magazine: issues of articles composed by researchers.

MagazineIndexPage → MagazineIssuePage → MagazineArticlePage. An issue's table of contents is
its live article children in tree order, so editors reorder articles in the admin explorer.
"""

from django.db import models
from django.db.models import Count
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from articles.models import WerkteamLinkMixin
from engagement.pages import CommentsMixin
from home import listing
from home.cache import cached, cached_for_readers
from home.localization import language_of
from home.models import AuthorsMixin, Person, PersonLink
from home.summary import SummaryMixin
from home.text import reading_minutes, stream_text
from home.translation_fields import PER_LOCALE_TAGS, fixed
from home.visibility import public

from .blocks import MagazineStreamBlock
from .permissions import CoAuthorPermissionTester

RELATED_ARTICLES = 3


class MagazineIndexPage(SummaryMixin, Page):
    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["magazine.MagazineIssuePage"]
    summary_text_field = "intro"
    schema_type = "CollectionPage"

    class Meta:
        verbose_name = _("magazineoverzicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        issues = MagazineIssuePage.listing_pages().child_of(self).order_by("-issue_date", "-issue_number")
        context["items"] = cached_for_readers(
            request, f"listing:{self.pk}", lambda: listing.cards_page(request, issues), parameters=["page"]
        )
        return context


class MagazineIssuePage(RoutablePageMixin, SummaryMixin, Page):
    """One issue: a cover, an editorial intro and its articles as the table of contents."""

    issue_number = models.PositiveSmallIntegerField(
        _("nummer"), help_text=_("Het volgnummer van dit nummer van het magazine.")
    )
    issue_date = models.DateField(_("verschijningsdatum"))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("omslagafbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = RichTextField(
        _("voorwoord"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Het redactionele voorwoord: waar gaat dit nummer over en voor wie is het?"),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("issue_number"), FieldPanel("issue_date")]),
        FieldPanel("cover_image"),
        FieldPanel("intro"),
        InlinePanel("contributors", heading=_("Medewerkers"), label=_("Medewerker")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.FilterField("issue_date"),
        index.RelatedFields("contributors", [index.RelatedFields("person", [index.SearchField("name")])]),
    ]

    override_translatable_fields = fixed("issue_number", "issue_date")
    parent_page_types = ["magazine.MagazineIndexPage"]
    subpage_types = ["magazine.MagazineArticlePage"]
    summary_date_field = "issue_date"
    summary_text_field = "intro"
    summary_image_field = "cover_image"
    schema_type = "PublicationIssue"

    class Meta:
        verbose_name = _("magazinenummer")
        verbose_name_plural = _("magazinenummers")

    def summary(self):
        summary = super().summary()
        summary.label = _("Nummer %(number)s") % {"number": self.issue_number}
        return summary

    def structured_data(self):
        return {"issueNumber": self.issue_number, "datePublished": self.issue_date}

    serving_properties = ("articles", "contents", "contributor_people", "reading_url")

    @cached_property
    def articles(self):
        """The table of contents: live articles in the order editors gave them in the tree."""
        return list(
            public(MagazineArticlePage.objects.live())
            .child_of(self)
            .prefetch_related(MagazineArticlePage.authors_prefetch())
            .order_by("path")
        )

    @cached_property
    def contents(self):
        """The table of contents as cards."""
        return listing.summaries(self.articles)

    @cached_property
    def contributor_people(self):
        """The contributors in this issue's language (the list itself is synchronised)."""
        people = [item.person for item in self.contributors.select_related("person")]
        return Person.in_locale(people, self.locale_id)

    @cached_property
    def reading_url(self):
        # Routes have words in the page's language ("lezen/", "read/").
        with translation.override(language_of(self)):
            return self.url + self.reverse_subpage("reading_view")

    # The one-page view of the issue is in the sitemap too.
    sitemap_routes = ("reading_view",)

    @path(_("lezen/"), name="reading_view")
    def reading_view(self, request):
        """The whole issue on one page: for reading in one go and for printing."""
        for article in self.articles:
            article.chapters = article.assign_chapter_anchors(prefix=f"{article.slug}-")
        view_title = _("%(title)s (hele nummer)") % {"title": self.title}
        return self.render(
            request,
            template="magazine/magazine_issue_reading.html",
            context_overrides={"view_title": view_title},
        )


class MagazineIssueContributor(PersonLink):
    page = ParentalKey(MagazineIssuePage, on_delete=models.CASCADE, related_name="contributors")

    class Meta(PersonLink.Meta):
        verbose_name = _("medewerker")
        verbose_name_plural = _("medewerkers")


class MagazineArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "magazine.MagazineArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class MagazineArticlePage(CommentsMixin, AuthorsMixin, WerkteamLinkMixin, SummaryMixin, Page):
    standfirst = models.TextField(
        _("inleiding"),
        blank=True,
        help_text=_("Twee of drie zinnen die de lezer het artikel in trekken; ook in de inhoudsopgave."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hoofdafbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(MagazineStreamBlock(), verbose_name=_("inhoud"), blank=True)
    tags = ClusterTaggableManager(through=MagazineArticlePageTag, blank=True, verbose_name=_("tags"))
    werkteam = models.ForeignKey(
        "articles.WerkteamPage",
        verbose_name=_("werkteam"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optioneel: het werkteam waar dit artikel uit voortkomt."),
    )

    # The werkteam is the same in every language; tags are per language.
    override_translatable_fields = [*fixed("werkteam", "allow_comments"), *PER_LOCALE_TAGS]

    content_panels = Page.content_panels + [
        FieldPanel("standfirst"),
        InlinePanel("authors", heading=_("Auteurs"), label=_("Auteur")),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("tags"), FieldPanel("werkteam")], heading=_("Onderwerp")),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("allow_comments")]
    search_fields = Page.search_fields + [
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.FilterField("werkteam"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields("authors", [index.RelatedFields("person", [index.SearchField("name")])]),
    ]

    parent_page_types = ["magazine.MagazineIssuePage"]
    subpage_types = []
    # An article appears with its issue: it is dated by its first publication.
    summary_date_field = "first_published_at"
    summary_text_field = "standfirst"
    summary_image_field = "hero_image"
    summary_label = _("Magazine")
    tags_field = "tags"
    schema_type = "Article"

    class Meta:
        verbose_name = _("magazineartikel")
        verbose_name_plural = _("magazineartikelen")

    serving_properties = (
        "issue.reading_url",
        "issue_articles",
        "chapters",
        "reading_time",
        "related_summaries",
    )

    def permissions_for_user(self, user):
        return CoAuthorPermissionTester(user, self)

    @cached_property
    def issue(self):
        return MagazineIssuePage.objects.get(path=self.path[: -self.steplen])

    @cached_property
    def issue_articles(self):
        """The issue's live articles in order, with their images: the chapter navigation and
        the previous and next article with thumbnails, all from one query."""
        siblings = MagazineArticlePage.objects.sibling_of(self, inclusive=True).live()
        return list(public(siblings).select_related("hero_image").order_by("path"))

    @cached_property
    def previous_article(self):
        earlier = [article for article in self.issue_articles if article.path < self.path]
        return earlier[-1] if earlier else None

    @cached_property
    def next_article(self):
        return next((article for article in self.issue_articles if article.path > self.path), None)

    @classmethod
    def listing_pages(cls):
        return super().listing_pages().prefetch_related(cls.authors_prefetch())

    @cached_property
    def reading_time(self):
        return reading_minutes(self.standfirst, stream_text(self.body))

    def assign_chapter_anchors(self, prefix=""):
        """Give every chapter heading a unique anchor and return the in-article contents.

        Two chapters with the same title get "titel" and "titel-2"; a prefix keeps anchors
        unique when several articles share one page (the issue's reading view).
        """
        used = set()
        chapters = []
        for block in self.body:
            if block.block_type != "chapter":
                continue
            base = prefix + (block.value.slug or "hoofdstuk")
            anchor, number = base, 1
            while anchor in used:
                number += 1
                anchor = f"{base}-{number}"
            used.add(anchor)
            block.value.unique_anchor = anchor
            chapters.append({"anchor": anchor, "title": block.value["heading_text"]})
        return chapters

    @cached_property
    def chapters(self):
        return self.assign_chapter_anchors()

    @cached_property
    def related_summaries(self):
        """Other live magazine articles sharing a tag, in the reader's language, most shared
        first; kept per content generation for these tags."""
        tag_ids = sorted(tag.pk for tag in self.tag_list)
        tag_key = "-".join(map(str, tag_ids))
        if not tag_ids:
            return []

        def build():
            related = (
                MagazineArticlePage.listing_pages()
                .filter(tagged_items__tag_id__in=tag_ids)
                .exclude(pk=self.pk)
                .annotate(shared_tags=Count("tagged_items"))
                .order_by("-shared_tags", "-first_published_at")[:RELATED_ARTICLES]
            )
            return listing.summaries(related)

        return cached(f"related:{self.translation_key}:{language_of(self)}:{tag_key}", build)


class MagazineArticleAuthor(PersonLink):
    page = ParentalKey(MagazineArticlePage, on_delete=models.CASCADE, related_name="authors")

    class Meta(PersonLink.Meta):
        verbose_name = _("auteur")
        verbose_name_plural = _("auteurs")
