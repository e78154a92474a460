"""Every internal link in the Dutch demo site resolves: no 404 and no 500; and every page an
anonymous reader gets (search results aside) is public for shared caches and sets no cookie."""

import re
from io import StringIO
from urllib.parse import urldefrag, urlsplit

import pytest
from django.core.management import call_command

LINK = re.compile(r'<a\s[^>]*href="([^"]+)"')
SKIPPED = ("/static/", "/media/", "/admin/", "/documents/")


def internal(href):
    """The same-site path of a link, or None for links we do not follow."""
    href = urldefrag(href.replace("&amp;", "&"))[0]
    parts = urlsplit(href)
    if parts.scheme not in ("", "http", "https") or (parts.netloc and parts.netloc != "testserver"):
        return None
    if not parts.path.startswith("/") or parts.path.startswith(SKIPPED):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.mark.django_db
def test_crawl_the_dutch_site_from_the_home_page(client, home_page):
    call_command("load_demo_content", stdout=StringIO())
    queue, seen, broken, personal = ["/nl/"], set(), [], []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code in (301, 302):
            target = internal(response["Location"])
            if target:
                queue.append(target)
            continue
        if response.status_code != 200:
            broken.append((url, response.status_code))
            continue
        public = "public" in response.get("Cache-Control", "") and "s-maxage" in response["Cache-Control"]
        if response.cookies or not (public or url.startswith("/nl/zoeken/")):
            personal.append((url, response.get("Cache-Control"), list(response.cookies)))
        if not response["Content-Type"].startswith("text/html"):
            continue
        queue += [
            path
            for path in map(internal, LINK.findall(response.content.decode()))
            if path and path not in seen
        ]
    assert not broken, broken
    assert not personal, personal
    # The crawl reached every kind of page the demo content has.
    for expected in ("/nl/actueel/blog/", "/nl/actueel/agenda/archief/", "/nl/werkteams/", "/nl/over/"):
        assert expected in seen
    assert any(url.startswith("/nl/actueel/onderwerp/") for url in seen)
