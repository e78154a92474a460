"""Which pages anonymous readers may see, without a query each time a listing asks.

Wagtail's ``PageQuerySet.public()`` reads every view restriction from the database on each
call: once per listing section, several times per page. The restricted paths are few and
change rarely, so they are kept per content generation (home/cache.py; saving or deleting a
restriction starts a new one, home/signals.py) and excluded in SQL exactly as Wagtail does.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from .cache import cached


def restricted_paths():
    return cached(
        "restricted-paths", lambda: sorted(PageViewRestriction.objects.values_list("page__path", flat=True))
    )


def guarded_paths():
    """Paths below which serving a page needs a look at view restrictions: restricted pages and
    aliases of restricted pages (Wagtail checks an alias's original too)."""

    def build():
        restricted = PageViewRestriction.objects.values("page_id")
        return sorted(
            Page.objects.filter(Q(pk__in=restricted) | Q(alias_of__in=restricted)).values_list(
                "path", flat=True
            )
        )

    return cached("guarded-paths", build)


class ViewRestrictionsMixin:
    """Wagtail asks every page it serves for its view restrictions, two queries each time; a
    page nowhere below a restricted page (or an alias of one) has none, which the cached paths
    say without asking the database."""

    def get_view_restrictions(self):
        if self.path and not any(self.path.startswith(path) for path in guarded_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def public(pages):
    """``pages.public()``: leaves out restricted pages and everything below them."""
    hidden = Q()
    for path in restricted_paths():
        hidden |= Q(path__startswith=path)
    return pages.exclude(hidden) if hidden else pages
