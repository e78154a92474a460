"""wagtail-localize field settings shared by the page and snippet models.

Tags belong to a language: English pages carry English tags. wagtail-localize would copy the
Dutch tags onto every translation (and its translation editor cannot edit tags), so tags are
neither synchronised nor offered for translation; translations start without tags and get
their own in the page editor. See README, "Vertalen".
"""

from wagtail_localize.fields import BaseTranslatableField, SynchronizedField


class PerLocaleField(BaseTranslatableField):
    """Kept separately per language: never copied from the source, never sent for translation."""

    def __repr__(self):
        return f"<PerLocaleField {self.field_name}>"


# Tags and the taggit through-relation that stores them.
PER_LOCALE_TAGS = [PerLocaleField("tags"), PerLocaleField("tagged_items")]


def fixed(*field_names):
    """Synchronised fields a translator may not override: dates, times, numbers, werkteam."""
    return [SynchronizedField(name, overridable=False) for name in field_names]


def has_per_locale_tags(model):
    return any(
        isinstance(field, PerLocaleField) and field.field_name == "tags"
        for field in getattr(model, "override_translatable_fields", [])
    )


def drop_copied_tags(sender, source_obj, target_obj, **kwargs):
    """copy_for_translation_done receiver: a new translation does not inherit the Dutch tags."""
    if not has_per_locale_tags(type(target_obj)):
        return
    # In memory, so the revision saved next has no tags, and in the database for the copy
    # that was already saved.
    target_obj.tags.clear()
    through = target_obj._meta.get_field("tags").remote_field.through
    through.objects.filter(content_object_id=target_obj.pk).delete()
