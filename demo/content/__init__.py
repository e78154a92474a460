"""The demo's words, as data: one dict per page with its Dutch ("nl") and English ("en") fields.

Both languages have the same shape (the same blocks, the same number of paragraphs), because
demo/translations.py pairs them string by string into wagtail-localize translations. Facts come
from the seed pages of the organisation's old site; the sentences are the project's own.
Quotation marks only around what a seed quotes a person as saying.
"""


def text(*paragraphs):
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def heading(heading_text, size="h2", anchor=""):
    return ("heading", {"heading_text": heading_text, "size": size, "anchor": anchor})


def paragraphs(*items):
    return ("paragraph", text(*items))


def quote(words, attribution="", role=""):
    return ("quote", {"quote": words, "attribution": attribution, "role": role})


def picture(name):
    """A demo illustration: decoration, so it has no alt text of its own."""
    return {"image": name, "alt_text": "", "decorative": True}
