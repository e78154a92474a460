"""Signed links for the newsletter: confirming expires, unsubscribing never does."""

from django.conf import settings
from django.core import signing

from .models import Subscriber

CONFIRM_SALT = "engagement.newsletter.confirm"
UNSUBSCRIBE_SALT = "engagement.newsletter.unsubscribe"


class TokenExpired(Exception):
    pass


class TokenInvalid(Exception):
    pass


def confirm_token(subscriber):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(str(subscriber.key))


def unsubscribe_token(subscriber):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(subscriber.key))


def _subscriber(key):
    # Only keys we signed get here, so the key is a well-formed UUID; the record may be gone.
    subscriber = Subscriber.objects.filter(key=key).first()
    if subscriber is None:
        raise TokenInvalid
    return subscriber


def subscriber_for_confirmation(token):
    signer = signing.TimestampSigner(salt=CONFIRM_SALT)
    try:
        key = signer.unsign(token, max_age=settings.NEWSLETTER_CONFIRM_MAX_AGE)
    except signing.SignatureExpired as error:
        raise TokenExpired from error
    except signing.BadSignature as error:
        raise TokenInvalid from error
    return _subscriber(key)


def subscriber_for_unsubscribe(token):
    try:
        key = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token)
    except signing.BadSignature as error:
        raise TokenInvalid from error
    return _subscriber(key)
