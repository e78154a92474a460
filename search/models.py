from django.contrib.postgres.search import SearchVectorField
from django.db import models
from wagtail.models import Locale, Page


class PageSearchEntry(models.Model):
    """One narrow row per page, so the site search matches, ranks and counts facets on one table.

    Written by the search backend whenever it indexes a page: on PostgreSQL from the index entry
    it has just written (weighted, stemmed with the page's language), on SQLite with the stems
    from search/text.py; with the page's filter values. Pages hidden from the search have none.
    Whether a page is live, public and where in the tree stays on the page row, so unpublishing
    and moving need no update here; deleting a page deletes its row.
    """

    page = models.OneToOneField(Page, on_delete=models.CASCADE, primary_key=True, related_name="search_entry")
    sort_date = models.DateField(null=True)
    werkteam = models.ForeignKey(Page, null=True, on_delete=models.SET_NULL, related_name="+")
    # The page's language (a page never changes it), so a query's matches are its language's only:
    # on PostgreSQL one GIN index on (locale, vector) (search.0006).
    locale = models.ForeignKey(Locale, null=True, on_delete=models.CASCADE, related_name="+", db_index=False)
    title = SearchVectorField()
    vector = SearchVectorField()  # title || body
    # The title folded (search/text.py), for the suggestions while typing (trigram index on PostgreSQL).
    title_folded = models.TextField(default="", db_default="", blank=True)
    # SQLite only (search/text.py): the folded stems as " stem stem ", matched with LIKE.
    title_stems = models.TextField(default="", db_default="", blank=True)
    stems = models.TextField(default="", db_default="", blank=True)

    def __str__(self):
        return f"Search entry for page {self.page_id}"


class SearchWord(models.Model):
    """A folded word of the site's indexed pages in one language: the vocabulary "Bedoelde je …?"
    picks from (pg_trgm similarity on PostgreSQL, difflib on SQLite). Words are added when pages
    are indexed and never removed; a suggestion is only offered once a search for it finds pages."""

    language = models.CharField(max_length=8)
    word = models.CharField(max_length=40)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "word"], name="search_word_unique")]

    def __str__(self):
        return self.word
