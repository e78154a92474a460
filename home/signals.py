"""Start a new content generation (home/cache.py) whenever what every page shows may change,
and purge the front cache's copies of what changed (home/frontcache.py)."""

from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import frontcache
from .cache import start_new_generation
from .frontcache import EVERY_PAGE_MODELS


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
    # Served pages are kept with their authors and images (home/routing.py): those count too.
    for model in (*EVERY_PAGE_MODELS, get_image_model()):
        for name, signal in (("saved", post_save), ("deleted", post_delete)):
            signal.connect(
                start_new_generation, sender=model, dispatch_uid=f"home.cache.{model.__name__}_{name}"
            )
    frontcache.connect()
