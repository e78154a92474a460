"""The "Vertalers" group: translators work in the English tree and on snippets.

They may submit translations (wagtail-localize), edit and publish pages in every non-Dutch
tree and edit the translations of our snippets. The Dutch originals are closed to them: no
permission at all in the Dutch tree (their dashboard lists the pages to translate, and starting
a translation needs only "submit_translation"), and the admin refuses them Dutch snippets
(home/wagtail_hooks.py, may_edit_source_content).
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils import formats, timezone
from modelcluster.fields import ParentalKey
from wagtail.models import DraftStateMixin, GroupPagePermission, Locale, Page, Site, TranslatableMixin
from wagtail_localize.compat import DATE_FORMAT
from wagtail_localize.models import StringTranslation
from wagtail_localize.views.submit_translations import SubmitTranslationForm

GROUP_NAME = "Vertalers"
PROJECT_APPS = {"home", "articles", "magazine", "search", "engagement"}
TRANSLATED_TREE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def translatable_snippet_models():
    """Every translatable non-page model of ours: people, partners, menus, footer and later ones.

    Not the parts of a page (contact form fields): they are translated with their page."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatableMixin)
        and not issubclass(model, Page)
        and model._meta.app_label in PROJECT_APPS
        and not any(isinstance(field, ParentalKey) for field in model._meta.fields)
    ]


def snippet_permissions():
    permissions = []
    for model in translatable_snippet_models():
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        codenames = [f"{action}_{model._meta.model_name}" for action in ("add", "change", "view")]
        if issubclass(model, DraftStateMixin):
            codenames.append(f"publish_{model._meta.model_name}")
        permissions.extend(Permission.objects.filter(content_type=content_type, codename__in=codenames))
    return permissions


def grant_tree(group, root, codenames):
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=codenames
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)


def ensure_translators_group():
    """Create or complete the group; safe to run again (after migrate and after demo content)."""
    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="wagtail_localize", codename="submit_translation"),
        *snippet_permissions(),
    )
    for site in Site.objects.select_related("root_page"):
        homes = Page.objects.filter(translation_key=site.root_page.translation_key).select_related("locale")
        for home in homes:
            if home.locale.language_code != settings.LANGUAGE_CODE:
                grant_tree(group, home, TRANSLATED_TREE_PERMISSIONS)
    # Grants in the Dutch tree from earlier set-ups are taken back.
    GroupPagePermission.objects.filter(
        group=group, page__locale__language_code=settings.LANGUAGE_CODE
    ).delete()
    return group


def is_source_locale(locale):
    return locale.language_code == settings.LANGUAGE_CODE


def may_edit_source_content(user, model, action):
    """May this user add/change/publish the Dutch original of a snippet of this model?

    Everybody with the model permission may, except when they hold it only as a translator.
    """
    if user.is_superuser:
        return True
    codename = f"{action}_{model._meta.model_name}"
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    permission = Permission.objects.filter(content_type=content_type, codename=codename).first()
    if permission is None:
        return False
    return (
        user.user_permissions.filter(pk=permission.pk).exists()
        or Group.objects.filter(user=user, permissions=permission).exclude(name=GROUP_NAME).exists()
    )


def create_translators_group(sender, **kwargs):
    """post_migrate receiver. It acts on the last app's signal (only apps with models get one),
    when every app's model permissions, created by the same signal app by app, exist."""
    with_models = [config for config in apps.get_app_configs() if config.models_module is not None]
    if sender.name == with_models[-1].name:
        ensure_translators_group()


def grant_new_home_translation(sender, instance, created, **kwargs):
    """A new English (or other) home page gets the translators' permissions straight away."""
    if created and instance.depth == 2 and instance.locale.language_code != settings.LANGUAGE_CODE:
        ensure_translators_group()


def preselect_translation_targets():
    """wagtail-localize's "Vertaal" form starts with every other language ticked (English here),
    instead of none. Called once from HomeConfig.ready()."""
    field = SubmitTranslationForm.base_fields["locales"]
    field.initial = lambda: list(
        Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).values_list("pk", flat=True)
    )


def date_translation_comments_in_the_admins_language():
    """The translation editor notes under each segment when it was translated ("Handmatig
    vertaald op …"). wagtail-localize writes that date with strftime, which names the month in
    English whatever the language; this keeps its (translated) words and names the month in the
    admin's language, in local time. Called once from HomeConfig.ready()."""
    upstream_comment = StringTranslation.get_comment

    def get_comment(string_translation):
        comment = upstream_comment(string_translation)
        if comment is None:
            return None
        moment = string_translation.updated_at
        local_date = formats.date_format(timezone.localtime(moment), "j F Y")
        return comment.replace(moment.strftime(DATE_FORMAT), local_date)

    StringTranslation.get_comment = get_comment
