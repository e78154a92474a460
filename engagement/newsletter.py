"""Signed links for the newsletter: confirming expires, unsubscribing never does.

Only signing and checking live here; Subscriber finds the record a token names."""

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "engagement.newsletter.confirm"
UNSUBSCRIBE_SALT = "engagement.newsletter.unsubscribe"


class TokenExpired(Exception):
    pass


class TokenInvalid(Exception):
    pass


def confirm_token(key):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(str(key))


def unsubscribe_token(key):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(key))


def key_from_confirm_token(token):
    """The subscriber key in a confirmation token; TokenExpired or TokenInvalid otherwise."""
    signer = signing.TimestampSigner(salt=CONFIRM_SALT)
    try:
        return signer.unsign(token, max_age=settings.NEWSLETTER_CONFIRM_MAX_AGE)
    except signing.SignatureExpired as error:
        raise TokenExpired from error
    except signing.BadSignature as error:
        raise TokenInvalid from error


def key_from_unsubscribe_token(token):
    try:
        return signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token)
    except signing.BadSignature as error:
        raise TokenInvalid from error
