"""Home page, plain pages and the site chrome that editors keep up to date."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Prefetch, Subquery, prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from . import listing
from .blocks import BaseStreamBlock
from .cache import cached_for_readers
from .localization import in_active_language, in_locale
from .sections import home_sections
from .summary import SummaryMixin
from .translation_fields import fixed
from .visibility import public


class HomePage(SummaryMixin, Page):
    intro = RichTextField(
        _("introductie"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Korte tekst bovenaan de homepage: wie de Werkplaats is en wat ze doet."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hoofdafbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        InlinePanel("featured_items", heading=_("Uitgelicht"), label=_("Uitgelicht item"), max_num=6),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "articles.ActueelIndexPage",
        "articles.WerkteamIndexPage",
        "magazine.MagazineIndexPage",
        "engagement.NewsletterPage",
        "engagement.ContactPage",
    ]

    class Meta:
        verbose_name = _("homepage")
        verbose_name_plural = _("homepages")

    summary_text_field = "intro"
    summary_image_field = "hero_image"
    schema_type = "WebSite"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The same for every reader until something is published; the agenda moves on by the hour.
        featured, sections = cached_for_readers(
            request, f"home-page:{self.pk}", self.featured_and_sections, hourly=True
        )
        context["featured"] = featured
        context["sections"] = sections
        return context

    def featured_and_sections(self):
        featured = self.featured_summaries()
        sections = home_sections(self, {summary.page.pk for summary in featured})
        # One pair of queries for the images of every card on the page.
        listing.attach_images([*featured, *(card for section in sections for card in section.cards)])
        return featured, sections

    def featured_summaries(self):
        """The editors' choice in their order, each in the reader's language when translated,
        live pages only (the featured items point at the pages the editors chose, in Dutch)."""
        order = self.featured_items.filter(page__translation_key=OuterRef("translation_key")).values(
            "sort_order"
        )
        pages = (
            public(Page.objects.live())
            .filter(
                in_active_language(), translation_key__in=self.featured_items.values("page__translation_key")
            )
            .annotate(featured_order=Subquery(order[:1]))
            .order_by("featured_order")
            .only("pk", "content_type")
        )
        return listing.summaries_of(pages, images=False)


class HomePageFeaturedItem(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_items")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Een bericht, evenement, werkteam of magazine dat bovenaan moet staan."),
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("uitgelicht item")
        verbose_name_plural = _("uitgelichte items")


class StandardPage(SummaryMixin, Page):
    intro = models.TextField(
        _("introductie"), blank=True, help_text=_("Eén of twee zinnen die de pagina samenvatten.")
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "engagement.NewsletterPage", "engagement.ContactPage"]

    summary_text_field = "intro"

    class Meta:
        verbose_name = _("standaardpagina")
        verbose_name_plural = _("standaardpagina's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = public(self.get_children().live())
        return context


class Person(TranslatableMixin, index.Indexed, models.Model):
    """An author or contributor: shown with a short bio at the end of what they wrote."""

    name = models.CharField(_("naam"), max_length=120)
    role = models.CharField(
        _("rol"), max_length=160, blank=True, help_text=_("Bijvoorbeeld: werkgroepleider of lector.")
    )
    organisation = models.CharField(_("organisatie"), max_length=160, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(
        _("korte biografie"), blank=True, help_text=_("Twee of drie zinnen, getoond onder een artikel.")
    )
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account in de beheeromgeving"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text=_(
            "Het account van deze persoon. Een onderzoeker die als auteur bij een artikel staat, "
            "mag dat artikel dan ook bewerken."
        ),
    )

    # A name and an account are the same in every language.
    override_translatable_fields = fixed("name", "account")

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("account"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @classmethod
    def in_locale(cls, people, locale_id):
        """Each person's translation in ``locale_id`` (else the person), with their photos."""
        return in_locale(
            people,
            locale_id,
            lambda: cls.objects.select_related("photo").prefetch_related("photo__renditions"),
        )


class AuthorsMixin:
    """For page types with an ``authors`` inline of PersonLinks: who wrote the page.

    The authors are read once per page instance, whichever of names (cards, JSON-LD, headers)
    and people with bios (the article's end) a template asks for.
    """

    serving_properties = ("author_links", "author_people")

    @classmethod
    def authors_prefetch(cls, *related):
        links = cls._meta.get_field("authors").related_model.objects.select_related("person", *related)
        return Prefetch("authors", queryset=links)

    @cached_property
    def author_links(self):
        # Pages from listing_pages() come prefetched; a preview's unsaved authors stay in memory.
        if self.pk:
            prefetch_related_objects([self], self.authors_prefetch("person__photo"))
        return list(self.authors.all())

    @property
    def summary_author_names(self):
        return [link.person.name for link in self.author_links]

    @cached_property
    def author_people(self):
        """The authors in this page's language (the author list itself is synchronised)."""
        return Person.in_locale([link.person for link in self.author_links], self.locale_id)


class PersonLink(Orderable):
    """A person on a page, in the editor's order: the base of every author and contributor list.

    Each page type keeps its own table, because a ParentalKey points at one concrete model.
    """

    person = models.ForeignKey(
        "home.Person", verbose_name=_("persoon"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        abstract = True


class Partner(TranslatableMixin, models.Model):
    """A partner organisation shown under "In samenwerking met"."""

    name = models.CharField(_("naam"), max_length=160)
    url = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [FieldPanel("name"), FieldPanel("url"), FieldPanel("logo"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class OnePerLanguageMixin:
    """The site shows one of these per language: the admin refuses a second instead of ignoring it."""

    def clean(self):
        super().clean()
        others = type(self).objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id and others.exists():
            raise ValidationError(
                _("Er is al een %(name)s in deze taal. Bewerk die, in plaats van een tweede te maken.")
                % {"name": self._meta.verbose_name}
            )


class MainMenu(OnePerLanguageMixin, TranslatableMixin, ClusterableModel):
    """The main navigation, one per language."""

    title = models.CharField(_("naam"), max_length=80, default=_("Hoofdmenu"))

    panels = [FieldPanel("title"), InlinePanel("items", heading=_("Menu-items"), label=_("Menu-item"))]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("hoofdmenu")
        verbose_name_plural = _("hoofdmenu's")

    def __str__(self):
        return self.title


class MainMenuItem(Orderable):
    menu = ParentalKey(MainMenu, on_delete=models.CASCADE, related_name="items")
    label = models.CharField(
        _("tekst"), max_length=60, blank=True, help_text=_("Laat leeg om de paginatitel te gebruiken.")
    )
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("pagina"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("page"), FieldPanel("label")]

    @property
    def text(self):
        return self.label or self.page.title


class FooterContent(OnePerLanguageMixin, TranslatableMixin, models.Model):
    """Contact details and the newsletter call to action shown in every footer."""

    organisation_name = models.CharField(_("naam organisatie"), max_length=160)
    address = models.TextField(
        _("adres"), help_text=_("Straat en huisnummer op de eerste regel, postcode en plaats op de tweede.")
    )
    room = models.CharField(_("kamer"), max_length=60, blank=True)
    phone = models.CharField(_("telefoon"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    newsletter_text = models.CharField(
        _("tekst nieuwsbrief"),
        max_length=250,
        blank=True,
        help_text=_("Korte uitnodiging om je aan te melden voor de nieuwsbrief."),
    )
    footer_links = StreamField(
        [("link", blocks.PageChooserBlock(label=_("Pagina")))],
        verbose_name=_("links in de voettekst"),
        blank=True,
    )

    override_translatable_fields = fixed("phone")

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("address"),
                FieldPanel("room"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Contactgegevens"),
        ),
        FieldPanel("newsletter_text"),
        FieldPanel("footer_links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("voettekst")
        verbose_name_plural = _("voetteksten")

    def __str__(self):
        return f"{self.organisation_name} ({self.locale})"


@register_setting(icon="link")
class SocialMediaSettings(BaseSiteSetting):
    """ "Volg de werkplaats": addresses are the same in every language."""

    twitter_url = models.URLField(_("X / Twitter"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)

    panels = [FieldPanel("twitter_url"), FieldPanel("linkedin_url")]

    class Meta:
        verbose_name = _("sociale media")
