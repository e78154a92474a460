"""Helpers every demo loader uses: pages are found by slug under their parent and updated in
place; a page is only published again when one of its demo fields changed, so loading twice
adds no revisions."""

from wagtail.models import Locale

from home.models import HomePage


def strip_block_ids(data):
    """StreamField data without block ids, to compare demo content with what is stored."""
    if isinstance(data, dict):
        return {key: strip_block_ids(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list):
        return [strip_block_ids(item) for item in data]
    return data


def field_state(page, name):
    value = getattr(page, name)
    if hasattr(value, "get_prep_value"):  # StreamValue
        return strip_block_ids(value.get_prep_value())
    return value


def upsert_page(parent, model, slug, relations=None, **fields):
    """Create the child page `slug` of `parent`, or update it in place; publish only on change.

    `relations` maps a child relation (e.g. "authors") to a function that compares and sets it
    and returns True when it changed something.
    """
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        for apply in (relations or {}).values():
            apply(page)
        page.save_revision().publish()
        return page
    changed = False
    for name, value in fields.items():
        before = field_state(page, name)
        setattr(page, name, value)
        if field_state(page, name) != before:
            changed = True
    for apply in (relations or {}).values():
        changed = apply(page) or changed
    if changed or not page.live:
        page.save_revision().publish()
    return page


def set_tags(names):
    """An upsert_page relation: the page's tags are exactly `names`."""

    def apply(page):
        if {tag.name for tag in page.tags.all()} == set(names):
            return False
        page.tags.set(names)
        return True

    return apply


def set_people(relation_name, people):
    """An upsert_page relation: the ordered people of an inline panel such as "authors"."""

    def apply(page):
        relation = getattr(page, relation_name)
        if [item.person_id for item in relation.all()] == [person.pk for person in people]:
            return False
        setattr(
            page,
            relation_name,
            [relation.model(person=person, sort_order=order) for order, person in enumerate(people)],
        )
        return True

    return apply


def dutch_home():
    home = HomePage.objects.filter(depth=2, locale=Locale.get_default()).first()
    if home is None:
        raise RuntimeError("De homepage ontbreekt; draai eerst `manage.py migrate`.")
    return home
