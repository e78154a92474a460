"""The werkteams: mixed teams working on one urgent question from practice, and what links to them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home import listing
from home.blocks import BaseStreamBlock
from home.cache import cached_for_readers
from home.summary import SummaryMixin, summarised_page_models
from home.translation_fields import fixed


class WerkteamLinkMixin:
    """For pages with a ``werkteam`` field. That field is synchronised, so every translation
    points at the Dutch werkteam; readers get the werkteam in the page's own language.

    Werkteam pages list every page type with this mixin, whichever app defines it."""

    serving_properties = ("linked_werkteam",)

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


def werkteam_linked_models():
    return [model for model in summarised_page_models() if issubclass(model, WerkteamLinkMixin)]


WERKTEAM_ORDER = [F("number").asc(nulls_last=True), "title"]


class WerkteamIndexPage(SummaryMixin, Page):
    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.WerkteamPage"]
    summary_text_field = "intro"
    schema_type = "CollectionPage"

    class Meta:
        verbose_name = _("werkteamoverzicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        werkteams = WerkteamPage.listing_pages().child_of(self).order_by(*WERKTEAM_ORDER)
        context["items"] = cached_for_readers(
            request, f"listing:{self.pk}", lambda: listing.cards_page(request, werkteams), parameters=["page"]
        )
        return context


class WerkteamPage(SummaryMixin, Page):
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

    LINKED_COUNT = 12  # newest posts and events shown on the werkteam's page

    # A werkteam is dated by when it started, to the month.
    summary_date_field = "period_start"
    summary_date_format = "F Y"
    summary_text_field = "intro"
    summary_image_field = "image"
    summary_label = _("Werkteam")

    class Meta:
        verbose_name = _("werkteam")
        verbose_name_plural = _("werkteams")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("Het einde van de periode ligt vóór het begin.")})

    @classmethod
    def listing_summaries(cls, limit, images=True):
        """The first live werkteams of the reader's language as cards, by number."""
        return listing.summaries(cls.listing_pages().order_by(*WERKTEAM_ORDER)[:limit], images)

    serving_properties = ("posts", "events")

    @property
    def member_role_list(self):
        return [line.strip() for line in self.member_roles.splitlines() if line.strip()]

    def linked_summaries(self, models):
        """The newest live pages of the reader's language linked to this werkteam.

        Matched on translation_key: translations keep the Dutch werkteam (it is synchronised),
        and a page written in English may link to the English werkteam.
        """
        if self.pk is None:  # a preview of a new werkteam: nothing links to it yet
            return []
        pages = listing.pages_where(models, lambda model: Q(werkteam__translation_key=self.translation_key))
        return listing.summaries_of(pages[: self.LINKED_COUNT])

    @cached_property
    def posts(self):
        return self.linked_summaries([model for model in werkteam_linked_models() if model.is_written()])

    @cached_property
    def events(self):
        return self.linked_summaries([model for model in werkteam_linked_models() if model.is_event()])
