"""Researchers write for the magazine, communications staff decide what goes live.

Driven through the Wagtail admin with the test client and the forms' own fields.
"""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, WorkflowPage
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from articles.models import ActueelIndexPage, NewsIndexPage, NewsPage
from demo import magazine as demo
from magazine.models import MagazineArticlePage, MagazineIndexPage, MagazineIssuePage
from magazine.roles import COMMUNICATIONS, RESEARCHERS, WORKFLOW_NAME, ensure_magazine_roles
from tests.factories.magazine import (
    MagazineArticlePageFactory,
    MagazineIndexPageFactory,
    MagazineIssuePageFactory,
    PersonFactory,
)
from tests.roles import member_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(home_page):
    index = MagazineIndexPageFactory(parent=home_page)
    return MagazineIssuePageFactory(parent=index, title="Verbondenheid en Veerkracht")


@pytest.fixture
def news(home_page):
    actueel = home_page.add_child(instance=ActueelIndexPage(title="Actueel", slug="actueel"))
    news_index = actueel.add_child(instance=NewsIndexPage(title="Nieuws", slug="nieuws"))
    return news_index.add_child(instance=NewsPage(title="Het hart van de Werkplaats", slug="hart"))


@pytest.fixture
def researcher_client(client):
    client.force_login(member_of(RESEARCHERS, "onderzoeker"))
    return client


def form_data(client, url, **fields):
    """The admin form as a browser would send it, with our fields filled in."""
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form").copy()
    # The StreamField editor builds its inputs in the browser; send what it would send.
    body = nested_form_data(
        {"body": streamfield([("paragraph", rich_text("<p>Wat het werkteam leerde.</p>"))])}
    )
    for key, value in {**body, **fields}.items():
        data[key] = value
    return data


def submit_article(client, issue):
    url = reverse("wagtailadmin_pages:add", args=("magazine", "magazinearticlepage", issue.pk))
    data = form_data(client, url, title="De hand in de praktijk", slug="de-hand-in-de-praktijk")
    data["action-submit"] = "Ter moderatie indienen"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    return MagazineArticlePage.objects.get(slug="de-hand-in-de-praktijk")


def test_researcher_submits_an_article_for_moderation(researcher_client, issue):
    article = submit_article(researcher_client, issue)

    assert not article.live
    state = article.current_workflow_state
    assert state.workflow.name == WORKFLOW_NAME
    assert state.status == state.STATUS_IN_PROGRESS
    assert state.current_task_state.task.specific.groups.filter(name=COMMUNICATIONS).exists()


def test_researcher_cannot_publish(researcher_client, issue):
    article = submit_article(researcher_client, issue)
    url = reverse("wagtailadmin_pages:edit", args=(article.pk,))

    edit_form = researcher_client.get(url).content.decode()
    data = form_data(researcher_client, url)
    data["action-publish"] = "Publiceren"
    researcher_client.post(url, data)

    assert 'name="action-publish"' not in edit_form
    article.refresh_from_db()
    assert not article.live


def test_researcher_cannot_edit_news_or_the_home_page(researcher_client, home_page, news):
    for page in (home_page, news):
        url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
        assert researcher_client.get(url).status_code in (302, 403)
        researcher_client.post(url, {"title": "Overschreven", "slug": page.slug, "action-publish": "1"})
        page.refresh_from_db()
        assert page.title != "Overschreven"
    add_news = reverse("wagtailadmin_pages:add", args=("articles", "newspage", news.get_parent().pk))
    assert researcher_client.get(add_news).status_code in (302, 403)


def test_communicatie_approves_and_the_article_goes_live(client, researcher_client, issue):
    article = submit_article(researcher_client, issue)
    task_state = article.current_workflow_state.current_task_state
    client.force_login(member_of(COMMUNICATIONS, "communicatie"))

    url = reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", task_state.pk))
    response = client.post(url, {"comment": "Mooi stuk."})

    assert response.status_code in (200, 302)
    article.refresh_from_db()
    assert article.live
    client.logout()
    assert client.get(article.url).status_code == 200


def test_researcher_cannot_approve_own_article(researcher_client, issue):
    article = submit_article(researcher_client, issue)
    task_state = article.current_workflow_state.current_task_state

    url = reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", task_state.pk))
    researcher_client.post(url, {"comment": ""})

    article.refresh_from_db()
    assert not article.live


def test_translated_magazine_index_is_under_the_workflow_and_only_dutch_issues_open(home_page, english):
    index = MagazineIndexPageFactory(parent=home_page)
    issue = MagazineIssuePageFactory(parent=index)

    translation = issue.copy_for_translation(english, copy_parents=True)

    researcher_grants = GroupPagePermission.objects.filter(group__name=RESEARCHERS)
    assert list(researcher_grants.values_list("page", "permission__codename")) == [(issue.pk, "add_page")]
    for page in (index, translation.get_parent()):
        assert WorkflowPage.objects.get(page=page).workflow.name == WORKFLOW_NAME


def test_roles_are_created_once(home_page):
    demo.load(StringIO())
    before = (
        GroupPagePermission.objects.count(),
        WorkflowPage.objects.count(),
        Group.objects.filter(name__in=[RESEARCHERS, COMMUNICATIONS]).count(),
    )

    ensure_magazine_roles()
    ensure_magazine_roles()

    after = (
        GroupPagePermission.objects.count(),
        WorkflowPage.objects.count(),
        Group.objects.filter(name__in=[RESEARCHERS, COMMUNICATIONS]).count(),
    )
    assert before == after
    assert after[2] == 2
    assert MagazineIndexPage.objects.count() == 1
    assert MagazineIssuePage.objects.count() == 1


def test_communicatie_reorders_the_table_of_contents_in_the_admin(client, issue):
    first, second, third = (
        MagazineArticlePageFactory(parent=issue, title=title) for title in ("Een", "Twee", "Drie")
    )
    client.force_login(member_of(COMMUNICATIONS, "communicatie"))

    url = reverse("wagtailadmin_pages:set_page_position", args=(third.pk,))
    response = client.post(f"{url}?position=0")

    assert response.status_code == 200
    issue = MagazineIssuePage.objects.get(pk=issue.pk)
    assert [article.pk for article in issue.articles] == [third.pk, first.pk, second.pk]


def test_researcher_may_use_images_and_documents(researcher_client):
    for name in ("wagtailimages:index", "wagtailimages:add", "wagtaildocs:index", "wagtaildocs:add"):
        assert researcher_client.get(reverse(name)).status_code == 200, name
    assert researcher_client.get(reverse("wagtailadmin_home")).status_code == 200


def test_admin_forms_for_issue_and_article_open_for_communicatie(client, issue):
    client.force_login(member_of(COMMUNICATIONS, "communicatie"))
    article = MagazineArticlePageFactory(parent=issue)

    add_issue = reverse(
        "wagtailadmin_pages:add", args=("magazine", "magazineissuepage", issue.get_parent().pk)
    )
    for url in (
        add_issue,
        reverse("wagtailadmin_pages:edit", args=(issue.pk,)),
        reverse("wagtailadmin_pages:edit", args=(article.pk,)),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert 'name="action-publish"' in response.content.decode()


def test_researcher_previews_a_new_article_with_its_authors(researcher_client, issue):
    person = PersonFactory(name="Elizabeth van Twist")
    add = reverse("wagtailadmin_pages:add", args=("magazine", "magazinearticlepage", issue.pk))
    data = form_data(researcher_client, add, title="Nog niet klaar", slug="nog-niet-klaar")
    data.update({"authors-TOTAL_FORMS": "1", "authors-0-person": str(person.pk), "authors-0-ORDER": "1"})
    data["authors-0-id"] = ""
    preview = reverse("wagtailadmin_pages:preview_on_add", args=("magazine", "magazinearticlepage", issue.pk))

    assert researcher_client.post(preview, data).json()["is_valid"]
    html = researcher_client.get(preview).content.decode()

    assert "Nog niet klaar" in html
    assert "Door Elizabeth van Twist" in html
    assert not MagazineArticlePage.objects.filter(slug="nog-niet-klaar").exists()
