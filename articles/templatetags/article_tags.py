"""Template helpers for articles: links to tag pages."""

from django import template

from home.localization import in_active_language

register = template.Library()


def actueel_page(request):
    """The live Actueel page of the reader's language, looked up once per request."""
    if not hasattr(request, "_actueel_page"):
        from articles.models import ActueelIndexPage

        request._actueel_page = ActueelIndexPage.objects.live().public().filter(in_active_language()).first()
    return request._actueel_page


@register.simple_tag(takes_context=True)
def tag_url(context, tag):
    """The page listing everything with `tag`, or "" when there is no Actueel section."""
    page = actueel_page(context["request"])
    return page.tag_url(tag) if page else ""
