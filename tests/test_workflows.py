"""Workflows: no page can be submitted to a task that nobody can approve.

Wagtail's default "Moderators approval" workflow (approved by an empty group) is removed by a
migration; every remaining workflow is walked from submit to publish by its own reviewers.
"""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Task, Workflow, WorkflowPage

from demo import magazine as demo_magazine
from demo.accounts import DEMO_ACCOUNTS
from magazine.models import MagazineArticlePage
from magazine.roles import (
    COMMUNICATIONS,
    RESEARCHERS,
    WORKFLOW_NAME,
    check_workflow_reviewers,
    tasks_without_reviewers,
)
from tests.factories.magazine import (
    MagazineArticlePageFactory,
    MagazineIndexPageFactory,
    MagazineIssuePageFactory,
)
from tests.roles import member_of

pytestmark = pytest.mark.django_db


def test_wagtails_default_workflow_and_its_empty_groups_are_gone():
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not Task.objects.filter(name="Moderators approval").exists()
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()
    assert list(Workflow.objects.values_list("name", flat=True)) == [WORKFLOW_NAME]


def test_no_workflow_is_assigned_to_the_root_or_the_home_page(home_page):
    assert not WorkflowPage.objects.filter(page__depth__lte=2).exists()
    assert home_page.get_workflow() is None


def test_every_workflow_task_has_a_demo_member_who_can_approve(home_page):
    demo_magazine.load(StringIO())
    groups_with_demo_members = {account.group for account in DEMO_ACCOUNTS}
    for task in Task.objects.filter(active=True).specific():
        assert set(task.groups.values_list("name", flat=True)) & groups_with_demo_members, task.name


def test_a_task_without_members_is_reported_by_the_check(home_page):
    demo_magazine.load(StringIO())
    [task] = tasks_without_reviewers()
    assert [warning.id for warning in check_workflow_reviewers(databases=["default"])] == ["magazine.W001"]
    assert "niemand die kan goedkeuren" in check_workflow_reviewers(databases=["default"])[0].msg

    member_of(COMMUNICATIONS, "carla")

    assert tasks_without_reviewers() == []
    assert check_workflow_reviewers(databases=["default"]) == []
    assert task.name == "Goedkeuring door Communicatie"


def test_every_workflow_walks_from_submit_to_publish(client, home_page):
    """For each workflow: a researcher submits a page under it, each task's reviewers approve."""
    index = MagazineIndexPageFactory(parent=home_page)
    issue = MagazineIssuePageFactory(parent=index)
    researcher = member_of(RESEARCHERS, "olaf")
    reviewer = member_of(COMMUNICATIONS, "carla")
    workflows = Workflow.objects.filter(active=True)
    assert workflows.exists()
    for number, workflow in enumerate(workflows):
        article = MagazineArticlePageFactory(parent=issue, title=f"Artikel {number}", live=False)
        assert article.get_workflow() == workflow
        article.save_revision(user=researcher)
        workflow.start(article, researcher)

        while (state := article.current_workflow_state) is not None:
            task_state = state.current_task_state
            client.force_login(reviewer)
            url = reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", task_state.pk))
            assert client.post(url, {"comment": ""}).status_code in (200, 302)
            article = MagazineArticlePage.objects.get(pk=article.pk)
        assert article.live, workflow.name


def test_the_workflow_and_its_task_have_dutch_names():
    assert Workflow.objects.get().name == "Magazine-redactie"
    assert Task.objects.get().name == "Goedkeuring door Communicatie"
