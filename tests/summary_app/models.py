"""A research report: a page type the site does not have, declared here and nowhere else."""

from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.fields import RichTextField
from wagtail.models import Page

from articles.models import FeedIndexPage, WerkteamLinkMixin
from home.summary import SummaryMixin


class ReportPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "summary_app.ReportPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ReportPage(WerkteamLinkMixin, SummaryMixin, Page):
    published = models.DateField()
    abstract = RichTextField(blank=True)
    cover = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    werkteam = models.ForeignKey(
        "articles.WerkteamPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    tags = ClusterTaggableManager(through=ReportPageTag, blank=True)

    summary_date_field = "published"
    summary_text_field = "abstract"
    summary_image_field = "cover"
    summary_label = "Onderzoeksrapport"
    schema_type = "ScholarlyArticle"
    tags_field = "tags"


class ReportIndexPage(FeedIndexPage):
    listed_model = ReportPage
    template = "articles/listing_index_page.html"
    parent_page_types = ["home.HomePage"]
