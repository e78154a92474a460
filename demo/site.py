"""Demo content: the home page text and the standard pages (over, contact, route, privacy, ...).

The words are in demo/content/site.py, Dutch and English side by side.
"""

from home.models import StandardPage

from .content.site import HOME, STANDARD_PAGES
from .pages import dutch_home, upsert_page


def load(stdout):
    home = dutch_home()
    intro = HOME["nl"]["intro"]
    if home.intro != intro or not home.live:
        home.intro = intro
        home.save_revision().publish()
    for data in STANDARD_PAGES:
        fields = dict(data["nl"])
        upsert_page(home, StandardPage, fields.pop("slug"), **fields)
    stdout.write(f"Homepage en {len(STANDARD_PAGES)} standaardpagina's bijgewerkt.")
