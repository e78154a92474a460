"""Helpers for reading text: how long a piece takes to read."""

from django.utils.html import strip_tags

WORDS_PER_MINUTE = 200


def reading_minutes(*texts):
    """Whole minutes to read the texts (HTML allowed), at least one."""
    words = sum(len(strip_tags(str(text)).split()) for text in texts if text)
    return max(1, round(words / WORDS_PER_MINUTE))
