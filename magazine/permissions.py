"""Who may edit a magazine article: its owner, anyone with "change", and its co-authors.

Researchers hold only "add" on the Dutch issues (magazine/roles.py), which in Wagtail lets them
edit the pages they created themselves. A researcher whose account is linked to one of an
article's authors (Person.account) is a co-author and may edit that article as well.
"""

from wagtail.models import PagePermissionTester


class CoAuthorPermissionTester(PagePermissionTester):
    def is_co_author(self):
        return (
            self.user.is_active
            and "add" in self.permissions
            and self.page.pk is not None
            and self.page.authors.filter(person__account=self.user).exists()
        )

    def can_edit(self):
        return super().can_edit() or self.is_co_author()
