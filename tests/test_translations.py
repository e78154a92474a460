"""The .po catalogues are complete and compiled, found without gettext binaries.

When a string is added to a template or Python module, run
``manage.py extract_translations``, translate the new English entries in
locale/en/LC_MESSAGES/django.po and run ``manage.py compile_translations``.
"""

import os
import re
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.utils import translation

from home.catalogue import Catalogue, extract, po_path, python_messages, template_messages, translations

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]")


@pytest.fixture(scope="module")
def extracted():
    return extract()


def load_po(language_code):
    path = po_path(language_code)
    assert path.exists(), f"{path} ontbreekt: draai manage.py extract_translations"
    return polib.pofile(str(path))


def describe(catalogue, keys):
    lines = []
    for key in sorted(keys, key=lambda key: key[1]):
        where, line = catalogue[key].occurrences[0]
        context = f" (context {key[0]!r})" if key[0] else ""
        lines.append(f"{key[1]!r}{context} in {where}:{line}")
    return "\n".join(lines)


@pytest.mark.parametrize("language_code", ["en", "nl"])
def test_every_string_is_translated(extracted, language_code):
    translated = translations(load_po(language_code))
    missing = set(extracted) - set(translated)
    assert not missing, (
        f"Onvertaald in locale/{language_code} (draai manage.py extract_translations en vertaal):\n"
        + describe(extracted, missing)
    )


@pytest.mark.parametrize("language_code", ["en", "nl"])
def test_compiled_catalogue_is_up_to_date(language_code):
    po = load_po(language_code)
    mo_path = Path(po_path(language_code)).with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} ontbreekt: draai manage.py compile_translations"
    assert translations(polib.mofile(str(mo_path))) == translations(po), (
        f"{mo_path} is verouderd: draai manage.py compile_translations"
    )


def test_the_javascript_catalogue_is_compiled():
    """locale/nl/LC_MESSAGES/djangojs.po corrects wagtail-localize's editor (kept by hand)."""
    po_file = Path(po_path("nl")).with_name("djangojs.po")
    mo_file = po_file.with_suffix(".mo")
    assert mo_file.exists(), f"{mo_file} ontbreekt: draai manage.py compile_translations"
    assert translations(polib.mofile(str(mo_file))) == translations(polib.pofile(str(po_file)))


def test_compiling_goes_by_content_not_by_file_dates(tmp_path, settings):
    po_file = tmp_path / "en" / "LC_MESSAGES" / "django.po"
    po_file.parent.mkdir(parents=True)
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Zoeken", msgstr="Search"))
    po.save(str(po_file))
    mo_file = po_file.with_suffix(".mo")
    polib.POFile().save_as_mofile(str(mo_file))
    os.utime(po_file, (0, 0))  # the stale .mo looks newer, as after a checkout
    settings.LOCALE_PATHS = [tmp_path]

    call_command("compile_translations", stdout=StringIO())

    assert translations(polib.mofile(str(mo_file))) == {("", "Zoeken"): "Search"}


def test_dutch_catalogue_keeps_the_source_wording(extracted):
    changed = {
        key
        for key, value in translations(load_po("nl")).items()
        if key in extracted and not isinstance(value, tuple) and value != key[1]
    }
    assert not changed, describe(extracted, changed)


def test_english_translations_keep_the_placeholders():
    for entry in load_po("en"):
        if entry.msgid_plural:
            pairs = [(entry.msgid, entry.msgstr_plural[0]), (entry.msgid_plural, entry.msgstr_plural[1])]
        else:
            pairs = [(entry.msgid, entry.msgstr)]
        for source, target in pairs:
            if target:
                assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(target)), entry.msgid


def test_english_is_served_from_the_catalogue():
    with translation.override("en"):
        assert translation.gettext("Naar de inhoud") == "Skip to content"
        assert translation.gettext("Taal") == "Language"
    with translation.override("nl"):
        assert translation.gettext("Naar de inhoud") == "Naar de inhoud"


# The extraction itself


def test_template_extraction_reads_every_translation_tag():
    catalogue = Catalogue()
    template_messages(
        """{% load i18n %}
        {% translate "Zoeken" %} {% trans 'Menu' context 'navigatie' %}
        {% translate "50% korting" as label %}
        {% blocktranslate trimmed with name=page.title %}
          Over {{ name }}
        {% endblocktranslate %}
        {% blocktrans count counter=items|length %}{{ counter }} reactie{% plural %}
        {{ counter }} reacties{% endblocktrans %}
        {% blocktranslate context "maand" %}mei{% endblocktranslate %}
        {{ _("Letterlijk") }}
        {% include "x.html" with title=_("Titel") %}""",
        "test.html",
        catalogue,
    )
    assert set(catalogue) == {
        ("", "Zoeken"),
        ("navigatie", "Menu"),
        ("", "50%% korting"),
        ("", "Over %(name)s"),
        ("", "%(counter)s reactie"),
        ("maand", "mei"),
        ("", "Letterlijk"),
        ("", "Titel"),
    }
    assert catalogue[("", "%(counter)s reactie")].plural == "\n        %(counter)s reacties"


def test_python_extraction_reads_every_gettext_call():
    catalogue = Catalogue()
    python_messages(
        """
from django.utils import translation
from django.utils.translation import gettext_lazy as _, ngettext, pgettext_lazy
label = _("naam")
other = translation.gettext("Versturen")
count = ngettext("%(n)d plek", "%(n)d plekken", 3)
month = pgettext_lazy("kalender", "mei")
dynamic = _(label)
""",
        "test.py",
        catalogue,
    )
    assert set(catalogue) == {("", "naam"), ("", "Versturen"), ("", "%(n)d plek"), ("kalender", "mei")}
    assert catalogue[("", "%(n)d plek")].plural == "%(n)d plekken"


def test_extraction_finds_strings_in_our_templates_and_code(extracted):
    keys = set(extracted)
    assert ("", "Naar de inhoud") in keys  # templates/base.html
    assert ("", "Taal") in keys  # the language switcher
    assert ("", "Engels") in keys  # settings.LANGUAGES
    assert ("", "introductie") in keys  # a model's verbose name
