"""Signed links in mails: confirming a newsletter sign-up or a registration expires,
unsubscribing and cancelling never do. Each link names one record by its key and, for
confirmations, the moment it was made, so the links of an earlier sign-up stop working.

Only signing and checking live here; the models find the record a token names."""

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "engagement.newsletter.confirm"
UNSUBSCRIBE_SALT = "engagement.newsletter.unsubscribe"
REGISTRATION_CONFIRM_SALT = "engagement.registration.confirm"
REGISTRATION_CANCEL_SALT = "engagement.registration.cancel"


class TokenExpired(Exception):
    pass


class TokenInvalid(Exception):
    pass


def sign_up_stamp(signed_up_at):
    """The moment of a sign-up to the microsecond, as a whole number for a link."""
    return round(signed_up_at.timestamp() * 1_000_000)


def confirm_token(key, signed_up_at, salt=CONFIRM_SALT):
    """A confirmation link for one sign-up: signing up again (after unsubscribing, say) makes
    the links of earlier sign-ups worthless."""
    return signing.TimestampSigner(salt=salt).sign(f"{key}.{sign_up_stamp(signed_up_at)}")


def unsubscribe_token(key, salt=UNSUBSCRIBE_SALT):
    return signing.Signer(salt=salt).sign(str(key))


def key_from_confirm_token(token, salt=CONFIRM_SALT, max_age=None):
    """(key, sign-up moment) of a confirmation token; TokenExpired or TokenInvalid otherwise."""
    signer = signing.TimestampSigner(salt=salt)
    try:
        key, _, signed_up = signer.unsign(
            token, max_age=settings.NEWSLETTER_CONFIRM_MAX_AGE if max_age is None else max_age
        ).partition(".")
    except signing.SignatureExpired as error:
        raise TokenExpired from error
    except signing.BadSignature as error:
        raise TokenInvalid from error
    return key, int(signed_up) if signed_up.isdigit() else None


def key_from_unsubscribe_token(token, salt=UNSUBSCRIBE_SALT):
    try:
        return signing.Signer(salt=salt).unsign(token)
    except signing.BadSignature as error:
        raise TokenInvalid from error


def registration_confirm_token(registration):
    return confirm_token(registration.key, registration.created_at, salt=REGISTRATION_CONFIRM_SALT)


def registration_cancel_token(registration):
    return unsubscribe_token(registration.key, salt=REGISTRATION_CANCEL_SALT)
