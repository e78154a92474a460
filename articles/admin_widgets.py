"""The werkteam chooser opens at the werkteams, not at the tree root (three clicks saved)."""

from django.db import models
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Locale

from .models import WerkteamIndexPage, WerkteamPage


class WerkteamChooser(AdminPageChooser):
    def __init__(self, **kwargs):
        super().__init__(target_models=[WerkteamPage], can_choose_root=False, **kwargs)

    def get_js_init_options(self, id_, name, value_data):
        opts = super().get_js_init_options(id_, name, value_data)
        if "parentId" not in opts:
            indexes = WerkteamIndexPage.objects.order_by("path")
            index = indexes.filter(locale=Locale.get_active()).first() or indexes.first()
            if index is not None:
                opts["parentId"] = index.pk
        return opts


def register():
    register_form_field_override(models.ForeignKey, to=WerkteamPage, override={"widget": WerkteamChooser})
