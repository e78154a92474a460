"""Demo accounts for the editorial roles, created by `make run` (see ensure_accounts)."""

from typing import NamedTuple


class DemoAccount(NamedTuple):
    username: str
    group: str
    first_name: str
    last_name: str


# Each app that defines an editorial group adds its demo account here.
DEMO_ACCOUNTS: list[DemoAccount] = [
    DemoAccount("vertaler", "Vertalers", "Vera", "Vertaler"),
    DemoAccount("onderzoeker", "Onderzoekers", "Olaf", "Onderzoeker"),
    DemoAccount("communicatie", "Communicatie", "Carla", "Communicatie"),
    DemoAccount("moderator", "Moderatoren", "Mirjam", "Moderator"),
]
