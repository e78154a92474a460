"""Find every translatable string of the project, in pure Python (no gettext binaries).

Templates are read through Django's ``templatize`` (``translate``/``trans`` and
``blocktranslate``/``blocktrans``, with context, plural and ``trimmed``), Python modules with
``ast`` (``gettext``, ``_``, ``gettext_lazy``, ``ngettext``, ``pgettext`` and friends). The result
is what ``manage.py extract_translations`` writes to the catalogues and what the tests compare
them with.
"""

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

import polib
from django.conf import settings
from django.utils.translation import templatize

UPSTREAM_MARK = "upstream"
# Our own code; third-party packages bring their own catalogues.
SOURCE_DIRS = [
    "home",
    "articles",
    "magazine",
    "search",
    "engagement",
    "operations",
    "site_project",
    "templates",
]
SKIPPED_PARTS = {"migrations", "tests", ".venv", "node_modules", "static", "__pycache__"}

# name: (index of the msgid argument, index of the plural argument or None, has a context)
GETTEXT_FUNCTIONS = {
    "_": (0, None, False),
    "gettext": (0, None, False),
    "gettext_lazy": (0, None, False),
    "gettext_noop": (0, None, False),
    "ngettext": (0, 1, False),
    "ngettext_lazy": (0, 1, False),
    "pgettext": (1, None, True),
    "pgettext_lazy": (1, None, True),
    "npgettext": (1, 2, True),
    "npgettext_lazy": (1, 2, True),
}


@dataclass
class Message:
    msgid: str
    context: str = ""
    plural: str = ""
    occurrences: list = field(default_factory=list)

    @property
    def key(self):
        return (self.context, self.msgid)


class Catalogue(dict):
    """{(context, msgid): Message}, merging the places a string occurs."""

    def add(self, msgid, where, context="", plural=""):
        if not msgid:
            return
        message = self.setdefault((context, msgid), Message(msgid, context, plural))
        message.plural = message.plural or plural
        message.occurrences.append(where)


GETTEXT_CALL = re.compile(r"\b(" + "|".join(GETTEXT_FUNCTIONS) + r")\(")


def template_messages(source, where, catalogue):
    """Add the strings of one template, the way Django's translation tags look them up.

    Django's public ``templatize`` (what ``makemessages`` feeds to xgettext) turns the template
    into filler text with one Python-style gettext call per string, on the template's own lines.
    """
    text = templatize(source)
    for match in GETTEXT_CALL.finditer(text):
        end = _closing_bracket(text, match.end())
        call = ast.parse(text[match.start() : end], mode="eval").body
        call.lineno = text.count("\n", 0, match.start()) + 1
        _add_call(call, match[1], where, catalogue)


def _closing_bracket(text, position):
    """The index just past the bracket closing the call whose arguments start at ``position``."""
    depth, quote = 1, None
    while depth:
        character = text[position]
        if quote:
            if character == "\\":
                position += 1
            elif character == quote:
                quote = None
        elif character in "'\"":
            quote = character
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        position += 1
    return position


def _string_argument(call, index):
    if index is None or len(call.args) <= index:
        return ""
    argument = call.args[index]
    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        return argument.value
    return ""


def python_messages(source, where, catalogue):
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.id if isinstance(function, ast.Name) else getattr(function, "attr", None)
        if name in GETTEXT_FUNCTIONS:
            _add_call(node, name, where, catalogue)


def _add_call(call, name, where, catalogue):
    msgid_index, plural_index, has_context = GETTEXT_FUNCTIONS[name]
    catalogue.add(
        _string_argument(call, msgid_index),
        (where, call.lineno),
        _string_argument(call, 0) if has_context else "",
        _string_argument(call, plural_index),
    )


def source_files(base_dir=None):
    base = Path(base_dir or settings.BASE_DIR)
    for directory in SOURCE_DIRS:
        root = base / directory
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            relative = path.relative_to(base)
            if SKIPPED_PARTS & set(relative.parts) or not path.is_file():
                continue
            if path.suffix in {".html", ".txt", ".xml"} and "templates" in relative.parts:
                yield relative, "template"
            elif path.suffix == ".py":
                yield relative, "python"


def extract(base_dir=None):
    base = Path(base_dir or settings.BASE_DIR)
    catalogue = Catalogue()
    for relative, kind in source_files(base):
        source = (base / relative).read_text(encoding="utf-8")
        if kind == "template":
            template_messages(source, str(relative), catalogue)
        else:
            python_messages(source, str(relative), catalogue)
    return catalogue


def po_path(language_code):
    return Path(settings.LOCALE_PATHS[0]) / language_code / "LC_MESSAGES" / "django.po"


def entry_key(entry):
    return (entry.msgctxt or "", entry.msgid)


def is_translated(entry):
    if entry.obsolete or "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def translations(catalogue_file):
    """{(context, msgid): msgstr or plural msgstrs} of the translated entries of a .po or .mo."""
    result = {}
    for entry in catalogue_file:
        if is_translated(entry):
            value = tuple(sorted(entry.msgstr_plural.items())) if entry.msgid_plural else entry.msgstr
            result[entry_key(entry)] = value
    return result


def merge(catalogue, language_code, copy_source=False):
    """Bring a .po file in line with the extracted strings, keeping existing translations.

    New strings get an empty msgstr (or the msgid itself when ``copy_source``: the Dutch
    catalogue, whose source strings are Dutch already). Strings no longer used are dropped.
    Returns (added, removed) counts.
    """
    path = po_path(language_code)
    path.parent.mkdir(parents=True, exist_ok=True)
    po = polib.pofile(str(path)) if path.exists() else polib.POFile()
    po.metadata = {
        "Project-Id-Version": "werkplaats-sociaal-domein",
        "Language": language_code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
    }
    existing = {entry_key(entry): entry for entry in po if not entry.obsolete}
    added = 0
    entries = []
    for key in sorted(catalogue, key=lambda key: (key[1].lower(), key[0])):
        message = catalogue[key]
        entry = existing.pop(key, None)
        if entry is None:
            added += 1
            entry = polib.POEntry(msgid=message.msgid, msgctxt=message.context or None)
            if message.plural:
                entry.msgid_plural = message.plural
                entry.msgstr_plural = {0: message.msgid, 1: message.plural} if copy_source else {0: "", 1: ""}
            else:
                entry.msgstr = message.msgid if copy_source else ""
        entry.occurrences = sorted({(str(where), str(line)) for where, line in message.occurrences})[:5]
        if ("%(" in message.msgid or "%s" in message.msgid) and "python-format" not in entry.flags:
            entry.flags.append("python-format")
        entries.append(entry)
    # Entries marked "upstream" translate Wagtail's or wagtail-localize's own strings where their
    # catalogues have none (LOCALE_PATHS come first); they are kept although no code here uses them.
    upstream = [entry for entry in existing.values() if UPSTREAM_MARK in (entry.comment or "")]
    po[:] = entries + sorted(upstream, key=lambda entry: entry.msgid.lower())
    po.save(str(path))
    return added, len(existing) - len(upstream)
