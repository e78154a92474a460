from django.contrib.postgres.search import SearchVectorField
from django.db import models
from wagtail.models import Page


class PageSearchEntry(models.Model):
    """One narrow row per page, so the site search matches, ranks and counts facets on one table.

    Written by the PostgreSQL search backend whenever it indexes a page, from the index entry it
    has just written (weighted, stemmed with the page's language) and the page's filter values.
    Whether a page is live, public, in which language and where in the tree stays on the page
    row, so unpublishing and moving need no update here; deleting a page deletes its row.
    """

    page = models.OneToOneField(Page, on_delete=models.CASCADE, primary_key=True, related_name="search_entry")
    sort_date = models.DateField(null=True)
    werkteam = models.ForeignKey(Page, null=True, on_delete=models.SET_NULL, related_name="+")
    title = SearchVectorField()
    vector = SearchVectorField()  # title || body

    def __str__(self):
        return f"Search entry for page {self.page_id}"
