"""The magazine's section on the home page: the newest issue as a teaser."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.sections import HOOK_NAME, HomeSection

from .models import MagazineIssuePage


@hooks.register(HOOK_NAME)
def magazine_teaser(home_page, shown_page_ids):
    """The newest live issue of the reader's language: cover, editorial intro, contents link."""
    issue = (
        MagazineIssuePage.listing_pages()
        .select_related("cover_image")
        .order_by("-issue_date", "-issue_number")
        .first()
    )
    if issue is None:
        return None
    return HomeSection(
        key="magazine",
        title=_("Het magazine"),
        template="magazine/includes/home_teaser.html",
        order=40,
        context={"issue": issue},
    )
