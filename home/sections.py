"""Home page sections, contributed by the apps that own their content.

The home page knows nothing of news, events or the magazine: each app registers a function
with the ``home_page_sections`` hook (in its wagtail_hooks.py). It receives the home page and
the set of page ids already shown above it (the editors' featured items), and returns a
``HomeSection`` or None when it has nothing to show. Sections give their cards without images:
the home page loads the images of all its cards at once.
"""

from dataclasses import dataclass, field

from wagtail import hooks

HOOK_NAME = "home_page_sections"


@dataclass
class HomeSection:
    """A heading with cards and a link to the rest, unless the section brings its own template."""

    key: str
    title: str
    order: int
    cards: list = field(default_factory=list)
    more_url: str = ""
    more_text: str = ""
    template: str = "includes/card_section.html"
    context: dict = field(default_factory=dict)


def home_sections(home_page, shown_page_ids):
    sections = []
    for build in hooks.get_hooks(HOOK_NAME):
        section = build(home_page, shown_page_ids)
        if section is not None:
            sections.append(section)
    return sorted(sections, key=lambda section: section.order)
