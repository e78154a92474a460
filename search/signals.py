from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search import index
from wagtail.signals import page_published

from home.cache import start_new_generation


def reindex_published_page(sender, instance, **kwargs):
    """Index the page again once publishing has saved its tags and authors.

    The index is updated on post_save, which runs before modelcluster saves a page's child
    relations; without this, tags or authors added while publishing would be missing. Results
    kept per content generation (search/views.py) are then built again from the new index.
    """
    index.insert_or_update_object(instance.specific)
    start_new_generation()


def register_signal_handlers():
    page_published.connect(reindex_published_page, dispatch_uid="search_reindex_published_page")
    # Editors' picks are part of a kept results page.
    for signal in (post_save, post_delete):
        signal.connect(
            start_new_generation, sender=SearchPromotion, dispatch_uid=f"search_promotion_{signal}"
        )
