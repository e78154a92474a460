from django import forms
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .query import clean_query


class QueryField(forms.CharField):
    """Cleans before validating, so NUL bytes and control characters are dropped, not refused."""

    def to_python(self, value):
        return clean_query(super().to_python(value))


class SearchForm(forms.Form):
    """Reads the query string. A filter that makes no sense is left out, never fatal."""

    SORT_CHOICES = [("relevance", _("relevantie")), ("date", _("datum"))]
    FILTERS = ("type", "tag", "werkteam", "year")

    q = QueryField(label=_("Zoeken naar"), required=False, strip=False)
    type = forms.IntegerField(required=False, min_value=1)
    tag = forms.SlugField(required=False, max_length=100, allow_unicode=True)
    werkteam = forms.IntegerField(required=False, min_value=1)
    year = forms.IntegerField(required=False, min_value=1900, max_value=2999)
    sort = forms.ChoiceField(choices=SORT_CHOICES, required=False)

    def clean_type(self):
        content_type_id = self.cleaned_data["type"]
        if content_type_id is None:
            return None
        content_type = ContentType.objects.filter(pk=content_type_id).first()
        model = content_type.model_class() if content_type else None
        if model is None or not issubclass(model, Page):
            raise forms.ValidationError(_("Onbekend type."))
        return content_type

    def search_query(self):
        return self.cleaned_data.get("q", "")

    def search_filters(self):
        return {name: self.cleaned_data.get(name) for name in self.FILTERS}

    def sort_order(self):
        return self.cleaned_data.get("sort") or "relevance"

    def ignored_filters(self):
        return [name for name in self.FILTERS if name in self.errors]
