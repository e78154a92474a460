"""English demo translations, made through wagtail-localize's own records.

Each translated page or snippet gets a TranslationSource, a Translation and one
StringTranslation per source string, exactly as if a translator had used the translation
editor, so the admin shows them as translated and "Sync translated pages" keeps working.
Runs last in DEMO_MODULES; safe to run again.
"""

import json
from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue, extract_strings

from home.models import FooterContent, HomePage, MainMenu, Partner, Person
from home.translators import ensure_translators_group

from .content import chrome as chrome_content
from .content import magazine as magazine_content
from .content import people as people_content
from .content import posts as posts_content
from .content import sections
from .content import site as site_content

# Publishing bookkeeping that changes on every save without changing what is translated.
VOLATILE_KEYS = {
    "live_revision",
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
}


NOISE_KEYS = {"pk", "id"}


def _normalised(value):
    """Content without the database's noise: StreamField JSON strings (key order differs per
    database) are parsed, and row ids and block ids are dropped, because the other demo
    modules recreate child rows and blocks on every run without changing their content."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, list):
        return [_normalised(item) for item in value]
    if isinstance(value, dict):
        return {key: _normalised(item) for key, item in value.items() if key not in NOISE_KEYS}
    return value


def _content(source):
    data = json.loads(source.content_json)
    return {key: _normalised(value) for key, value in data.items() if key not in VOLATILE_KEYS}


@dataclass
class TranslationResult:
    instance: object
    changed: bool
    untranslated: list = field(default_factory=list)


def translate(instance, locale, english, tags=None, publish=True):
    """Create or update the ``locale`` translation of ``instance``.

    ``english`` maps each Dutch source string (as wagtail-localize extracted it) to its
    translation. Strings without one keep the Dutch text and are reported back. ``tags``
    sets the translation's own tags (tags are kept per language). Nothing is saved when
    the source, the strings and the tags are all unchanged.
    """
    if isinstance(instance, Page):
        instance = instance.specific
    with transaction.atomic():
        source, created = TranslationSource.get_or_create_from_instance(instance)
        changed = created
        if not created:
            previous_json, previous = source.content_json, _content(source)
            source.update_from_db()
            if source.content_json != previous_json:
                source.refresh_segments()
            changed = _content(source) != previous
        translation, translation_created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        changed = changed or translation_created

        untranslated = []
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            text = english.get(segment.string.data)
            if text is None:
                untranslated.append(segment.string.data)
                continue
            _string_translation, string_changed = _store(segment, locale, text)
            changed = changed or string_changed

        target = instance.get_translation_or_none(locale)
        if isinstance(instance, Page):
            target, changed = _save_page(translation, instance, target, changed, tags, publish)
        elif target is None or changed:
            translation.save_target()
            target, changed = instance.get_translation(locale), True
    return TranslationResult(target, changed, untranslated)


def _save_page(translation, source_page, target, changed, tags, publish):
    """Save the page translation, give it its own tags, and publish it straight away.

    wagtail-localize publishes page translations on transaction commit; the demo publishes
    here instead, so the tags and the text land in one revision inside the loader's
    transaction.
    """
    if target is None or changed:
        translation.source.create_or_update_translation(
            translation.target_locale, publish=False, fallback=True, copy_parent_pages=True
        )
        target = source_page.get_translation(translation.target_locale)
        changed = True
    target = target.specific
    draft = target.get_latest_revision_as_object() if target.has_unpublished_changes else target
    tags_differ = tags is not None and set(draft.tags.names()) != set(tags)
    if tags_differ:
        draft.tags.set(tags)
    if tags_differ or (publish and (draft.has_unpublished_changes or not draft.live)):
        revision = draft.save_revision()
        if publish:
            revision.publish()
        target = type(target).objects.get(pk=target.pk)
        changed = True
    return target, changed


def _store(segment, locale, text):
    existing = StringTranslation.objects.filter(
        translation_of=segment.string, locale=locale, context=segment.context
    ).first()
    if existing is not None and existing.data == text:
        return existing, False
    if existing is None:
        existing = StringTranslation(translation_of=segment.string, locale=locale, context=segment.context)
    existing.data = text
    existing.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
    existing.has_error = False
    existing.save()
    return existing, True


SITE_NAME = "Werkplaats Sociaal Domein Zuid-Holland Zuid"

# Strings that recur across pages: the site's name, footnote markers.
COMMON = {SITE_NAME: SITE_NAME, "[1]": "[1]", "[2]": "[2]", "[3]": "[3]", "Noten": "Notes"}


def _segments(value):
    """The strings wagtail-localize extracts from one value: the paragraphs and list items of rich
    text (inline tags kept, links as <a id="a1">), or plain text with its newlines as <br/>."""
    if value.lstrip().startswith("<"):
        return [string.data for string, _attrs in extract_strings(value)[1]]
    return [StringValue.from_plaintext(value).data]


def pair_strings(dutch, english, where=""):
    """{Dutch string: English string} for two values of the same shape (dicts, lists, blocks).

    A difference in shape (another number of blocks, paragraphs or list items) is an error:
    the English page must be built like the Dutch one.
    """
    if isinstance(dutch, str):
        if not isinstance(english, str):
            raise ValueError(f"{where}: tekst tegenover {english!r}")
        nl, en = _segments(dutch), _segments(english)
        if len(nl) != len(en):
            raise ValueError(f"{where}: {len(nl)} Nederlandse tegen {len(en)} Engelse alinea's: {dutch[:60]}")
        return dict(zip(nl, en, strict=True))
    if isinstance(dutch, dict):
        pairs = {}
        for key in dutch.keys() & english.keys():
            pairs.update(pair_strings(dutch[key], english[key], f"{where}.{key}"))
        return pairs
    if isinstance(dutch, list | tuple):
        if len(dutch) != len(english):
            raise ValueError(f"{where}: {len(dutch)} Nederlandse tegen {len(english)} Engelse onderdelen")
        pairs = {}
        for position, (nl_item, en_item) in enumerate(zip(dutch, english, strict=True)):
            pairs.update(pair_strings(nl_item, en_item, f"{where}[{position}]"))
        return pairs
    return {}


def page_specs():
    """(Dutch path below the home page, content dict with "nl" and "en") of every demo page."""
    specs = [("", site_content.HOME)]
    specs += [(f"{data['nl']['slug']}/", data) for data in site_content.STANDARD_PAGES]
    specs += [("nieuwsbrief/", site_content.NEWSLETTER), ("contact/contactformulier/", contact_form_spec())]
    specs += [("werkteams/", sections.WERKTEAM_INDEX)]
    specs += [(f"werkteams/{data['nl']['slug']}/", data) for data in sections.WERKTEAMS]
    specs += [("actueel/", sections.ACTUEEL), ("actueel/blog/", sections.BLOG_INDEX)]
    specs += [("actueel/nieuws/", sections.NEWS_INDEX), ("actueel/agenda/", sections.AGENDA)]
    for data in posts_content.POSTS:
        folder = "blog" if data is posts_content.BLOG else "nieuws"
        specs.append((f"actueel/{folder}/{data['nl']['slug']}/", data))
    specs += [(f"actueel/agenda/{data['nl']['slug']}/", data) for data in sections.EVENTS]
    issue = f"magazine/{magazine_content.ISSUE['nl']['slug']}/"
    specs += [("magazine/", magazine_content.INDEX), (issue, magazine_content.ISSUE)]
    specs += [(f"{issue}{data['nl']['slug']}/", data) for data in magazine_content.ARTICLES]
    return specs


def contact_form_spec():
    """The contact page with its form fields' labels and help texts, which are translated too."""
    return {
        "nl": {**site_content.CONTACT_FORM["nl"], "fields": site_content.CONTACT_FIELDS["nl"]},
        "en": {**site_content.CONTACT_FORM["en"], "fields": site_content.CONTACT_FIELDS["en"]},
    }


def english_locale():
    return Locale.objects.get(language_code="en")


def _dutch_page(home, relative_path):
    return Page.objects.filter(url_path=home.url_path + relative_path, locale=home.locale).first()


def load(stdout):
    english = english_locale()
    home = HomePage.objects.filter(depth=2, locale__language_code="nl").first()
    done, unchanged, untranslated = 0, 0, []
    for relative_path, data in page_specs():
        page = _dutch_page(home, relative_path)
        if page is None or not page.live:
            stdout.write(f"Vertaling overgeslagen: geen Nederlandse pagina {relative_path or '/'}.")
            continue
        strings = pair_strings(data["nl"], data["en"], relative_path or "/")
        tags = data["en"].get("tags")
        result = translate(page, english, {**COMMON, **strings}, tags=tags)
        if result.changed:
            stdout.write(f"Engelse vertaling bijgewerkt: {result.instance.url_path}")
        done, unchanged = done + result.changed, unchanged + (not result.changed)
        untranslated += [f"{relative_path}: {text[:60]}" for text in result.untranslated]

    snippet_strings = {**chrome_content.SNIPPET_STRINGS, **COMMON}
    for data in people_content.PEOPLE.values():
        snippet_strings.update(pair_strings(data["nl"], data["en"]))
    snippets = [
        *Person.objects.filter(locale__language_code="nl"),
        *Partner.objects.filter(locale__language_code="nl"),
        *MainMenu.objects.filter(locale__language_code="nl"),
        *FooterContent.objects.filter(locale__language_code="nl"),
    ]
    for snippet in snippets:
        result = translate(snippet, english, snippet_strings)
        done, unchanged = done + result.changed, unchanged + (not result.changed)
        untranslated += [f"{snippet}: {text[:60]}" for text in result.untranslated]

    ensure_translators_group()
    stdout.write(f"Engelse vertalingen: {done} bijgewerkt, {unchanged} ongewijzigd.")
    for line in untranslated:
        stdout.write(f"  nog niet vertaald (Nederlandse tekst blijft staan): {line}")
