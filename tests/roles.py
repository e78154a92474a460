"""Accounts for the tests: a user, or one in an editorial group that the migrations made."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

# What the tests that sign in through the admin's login form type.
PASSWORD = "een-goed-wachtwoord-42"


def account(username):
    return get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)


def member_of(group_name, username):
    user = account(username)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def login(client, group_name, username):
    """A member of the group, signed in on the test client."""
    user = member_of(group_name, username)
    client.force_login(user)
    return user
