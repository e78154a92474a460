"""Helpers for the magazine templates: heading levels."""

from django import template

register = template.Library()

HEADING_LEVELS = ["h2", "h3", "h4", "h5", "h6"]


@register.simple_tag(takes_context=True)
def heading_level(context, size):
    """The tag for a heading of the given size, one level deeper where articles are nested
    under an issue heading (the one-page reading view sets ``heading_offset``)."""
    offset = context.get("heading_offset", 0)
    position = HEADING_LEVELS.index(size) if size in HEADING_LEVELS else 0
    return HEADING_LEVELS[min(position + offset, len(HEADING_LEVELS) - 1)]
