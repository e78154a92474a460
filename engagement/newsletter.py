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


def sign_up_stamp(signed_up_at):
    """The moment of a sign-up to the microsecond, as a whole number for a link."""
    return round(signed_up_at.timestamp() * 1_000_000)


def confirm_token(key, signed_up_at):
    """A confirmation link for one sign-up: signing up again (after unsubscribing, say) makes
    the links of earlier sign-ups worthless."""
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(f"{key}.{sign_up_stamp(signed_up_at)}")


def unsubscribe_token(key):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(key))


def key_from_confirm_token(token):
    """(subscriber key, sign-up moment) of a confirmation token; TokenExpired or TokenInvalid otherwise."""
    signer = signing.TimestampSigner(salt=CONFIRM_SALT)
    try:
        key, _, signed_up = signer.unsign(token, max_age=settings.NEWSLETTER_CONFIRM_MAX_AGE).partition(".")
    except signing.SignatureExpired as error:
        raise TokenExpired from error
    except signing.BadSignature as error:
        raise TokenInvalid from error
    return key, int(signed_up) if signed_up.isdigit() else None


def key_from_unsubscribe_token(token):
    try:
        return signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token)
    except signing.BadSignature as error:
        raise TokenInvalid from error
