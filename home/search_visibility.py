"""Editors decide per page whether the site search shows it ("niet tonen in zoekresultaten")."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class SearchVisibilityMixin(models.Model):
    """Every page type has it through SummaryMixin. A hidden page is left out of the site search's
    own table (search/backends.py), so it is never a result, a suggestion or a count; it stays in
    Wagtail's index, so the admin still finds it. A page type that has nothing to read (the
    newsletter sign-up) overrides the field with default=True."""

    hide_from_search = models.BooleanField(
        _("niet tonen in zoekresultaten"),
        default=False,
        help_text=_("Aangevinkt verschijnt deze pagina niet in de zoekresultaten en suggesties van de site."),
    )

    promote_panels = Page.promote_panels + [FieldPanel("hide_from_search")]

    class Meta:
        abstract = True
