"""The online magazine: issues of articles composed by researchers.

MagazineIndexPage → MagazineIssuePage → MagazineArticlePage. An issue's table of contents is
its live article children in tree order, so editors reorder articles in the admin explorer.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Count, Prefetch, prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from articles.models import WerkteamLinkMixin
from home.localization import in_active_language, people_in_locale
from home.models import PersonLink
from home.translation_fields import PER_LOCALE_TAGS, fixed

from .blocks import MagazineStreamBlock

WORDS_PER_MINUTE = 200
ISSUES_PER_PAGE = 12
RELATED_ARTICLES = 3


def reading_minutes(*texts):
    words = sum(len(strip_tags(str(text)).split()) for text in texts if text)
    return max(1, round(words / WORDS_PER_MINUTE))


def authors_prefetch():
    return Prefetch(
        "authors",
        queryset=MagazineArticleAuthor.objects.select_related("person__photo").prefetch_related(
            "person__photo__renditions"
        ),
    )


def with_authors_in_locale(articles, locale_id):
    """Give each article its ``author_people`` in ``locale_id``, with one query for the whole
    list (none when they are in that language already), instead of one query per article."""
    people = people_in_locale(
        [author.person for article in articles for author in article.authors.all()], locale_id
    )
    position = 0
    for article in articles:
        count = len(article.authors.all())
        article.author_people = people[position : position + count]
        position += count
    return articles


def article_queryset():
    """Live, public articles with what cards and headers show, in a fixed number of queries."""
    return (
        MagazineArticlePage.objects.live()
        .public()
        .select_related("hero_image")
        .prefetch_related(authors_prefetch(), "hero_image__renditions")
    )


class MagazineIndexPage(Page):
    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["magazine.MagazineIssuePage"]

    class Meta:
        verbose_name = _("magazineoverzicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        issues = (
            MagazineIssuePage.objects.child_of(self)
            .live()
            .public()
            .filter(in_active_language())
            .select_related("cover_image")
            .prefetch_related("cover_image__renditions")
            .order_by("-issue_date", "-issue_number")
        )
        paginator = Paginator(issues, ISSUES_PER_PAGE)
        try:
            context["issues"] = paginator.page(request.GET.get("pagina", 1))
        except (PageNotAnInteger, EmptyPage):
            context["issues"] = paginator.page(1)
        return context


class MagazineIssuePage(RoutablePageMixin, Page):
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
        InlinePanel("contributors", label=_("Medewerkers")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.FilterField("issue_date"),
        index.RelatedFields("contributors", [index.RelatedFields("person", [index.SearchField("name")])]),
    ]

    override_translatable_fields = fixed("issue_number", "issue_date")
    parent_page_types = ["magazine.MagazineIndexPage"]
    subpage_types = ["magazine.MagazineArticlePage"]

    class Meta:
        verbose_name = _("magazinenummer")
        verbose_name_plural = _("magazinenummers")

    @cached_property
    def articles(self):
        """The table of contents: live articles in the order editors gave them in the tree."""
        return with_authors_in_locale(
            list(article_queryset().child_of(self).order_by("path")), self.locale_id
        )

    @cached_property
    def contributor_people(self):
        """The contributors in this issue's language (the list itself is synchronised)."""
        people = [item.person for item in self.contributors.select_related("person")]
        return people_in_locale(people, self.locale_id)

    @property
    def reading_url(self):
        return self.url + self.reverse_subpage("reading_view")

    @path("lezen/", name="reading_view")
    def reading_view(self, request):
        """The whole issue on one page: for reading in one go and for printing."""
        for article in self.articles:
            article.chapters = article.assign_chapter_anchors(prefix=f"{article.slug}-")
        return self.render(request, template="magazine/magazine_issue_reading.html")


class MagazineIssueContributor(PersonLink):
    page = ParentalKey(MagazineIssuePage, on_delete=models.CASCADE, related_name="contributors")

    class Meta(PersonLink.Meta):
        verbose_name = _("medewerker")
        verbose_name_plural = _("medewerkers")


class MagazineArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "magazine.MagazineArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class MagazineArticlePage(WerkteamLinkMixin, Page):
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
    allow_comments = models.BooleanField(_("reacties toestaan"), default=True)

    # The werkteam is the same in every language; tags are per language.
    override_translatable_fields = [*fixed("werkteam", "allow_comments"), *PER_LOCALE_TAGS]

    content_panels = Page.content_panels + [
        FieldPanel("standfirst"),
        InlinePanel("authors", label=_("Auteurs")),
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

    class Meta:
        verbose_name = _("magazineartikel")
        verbose_name_plural = _("magazineartikelen")

    @cached_property
    def issue(self):
        return MagazineIssuePage.objects.get(path=self.path[: -self.steplen])

    @cached_property
    def previous_article(self):
        return (
            MagazineArticlePage.objects.sibling_of(self, inclusive=False)
            .live()
            .public()
            .filter(path__lt=self.path)
            .order_by("-path")
            .first()
        )

    @cached_property
    def next_article(self):
        return (
            MagazineArticlePage.objects.sibling_of(self, inclusive=False)
            .live()
            .public()
            .filter(path__gt=self.path)
            .order_by("path")
            .first()
        )

    @cached_property
    def author_people(self):
        """The authors in this page's language (the author list itself is synchronised)."""
        # A no-op when the page came from article_queryset(); previews keep their unsaved authors.
        if self.pk:
            prefetch_related_objects([self], authors_prefetch())
        return people_in_locale([author.person for author in self.authors.all()], self.locale_id)

    @property
    def author_names(self):
        return ", ".join(person.name for person in self.author_people)

    @cached_property
    def reading_time(self):
        return reading_minutes(self.standfirst, self.body.render_as_block() if self.body else "")

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
    def tag_list(self):
        return list(self.tags.all())

    def related_articles(self):
        """Other live magazine articles sharing a tag, in the reader's language, most shared first."""
        tag_ids = [tag.pk for tag in self.tag_list]
        if not tag_ids:
            return []
        locale = Locale.get_active()
        related = list(
            article_queryset()
            .filter(locale=locale, tagged_items__tag_id__in=tag_ids)
            .exclude(pk=self.pk)
            .annotate(shared_tags=Count("tagged_items"))
            .order_by("-shared_tags", "-first_published_at")[:RELATED_ARTICLES]
        )
        return with_authors_in_locale(related, locale.pk)


class MagazineArticleAuthor(PersonLink):
    page = ParentalKey(MagazineArticlePage, on_delete=models.CASCADE, related_name="authors")

    class Meta(PersonLink.Meta):
        verbose_name = _("auteur")
        verbose_name_plural = _("auteurs")
