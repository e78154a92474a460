"""Start a new content generation (home/cache.py) whenever what every page shows may change."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import start_new_generation
from .models import FooterContent, MainMenu, MainMenuItem, Partner, SocialMediaSettings

# What every page shows or depends on: the chrome, sites, languages and who may see what.
CHROME_MODELS = (
    FooterContent,
    MainMenu,
    MainMenuItem,
    Partner,
    SocialMediaSettings,
    Site,
    Locale,
    PageViewRestriction,
)


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        start_new_generation()


def connect():
    for name, signal in (
        ("published", page_published),
        ("unpublished", page_unpublished),
        ("moved", post_page_move),
    ):
        signal.connect(start_new_generation, dispatch_uid=f"home.cache.page_{name}")
    post_delete.connect(page_deleted, dispatch_uid="home.cache.page_deleted")
    for model in CHROME_MODELS:
        for name, signal in (("saved", post_save), ("deleted", post_delete)):
            signal.connect(
                start_new_generation, sender=model, dispatch_uid=f"home.cache.{model.__name__}_{name}"
            )
