from wagtail.search import index
from wagtail.signals import page_published


def reindex_published_page(sender, instance, **kwargs):
    """Index the page again once publishing has saved its tags and authors.

    The index is updated on post_save, which runs before modelcluster saves a page's child
    relations; without this, tags or authors added while publishing would be missing.
    """
    index.insert_or_update_object(instance.specific)


def register_signal_handlers():
    page_published.connect(reindex_published_page, dispatch_uid="search_reindex_published_page")
