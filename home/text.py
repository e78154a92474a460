"""Helpers for reading text: how long a piece takes to read."""

from django.utils.html import strip_tags

WORDS_PER_MINUTE = 200


def stream_text(stream):
    """A StreamField's words as the search index reads them: no template is rendered for it."""
    return " ".join(stream.stream_block.get_searchable_content(stream)) if stream else ""


def reading_minutes(*texts):
    """Whole minutes to read the texts (HTML allowed), at least one."""
    words = sum(len(strip_tags(str(text)).split()) for text in texts if text)
    return max(1, round(words / WORDS_PER_MINUTE))
