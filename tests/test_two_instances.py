"""Nothing a request needs lives on one app server's disk: two gunicorn instances with the
production settings share a database, a cache and the media storage (a shared MEDIA_ROOT, or
S3-compatible object storage: moto's server here), and an image uploaded through one is
served, with its renditions, through the other. The admin session is shared too."""

import json
import os
import re
import shutil
import socket

import pytest
import redis
import requests
from django.db import connection

from tests.images import png_bytes
from tests.servers import Browser, gunicorn, manage, production_env, production_static  # noqa: F401

FIRST_PORT, SECOND_PORT, S3_PORT = 8113, 8114, 8115
PASSWORD = "een-goed-wachtwoord-42"
CREATE_EDITOR = f"""
from django.contrib.auth.models import Group, User
user = User.objects.create_user("fotograaf", password="{PASSWORD}")
user.groups.add(Group.objects.get(name="Communicatie"))
"""


# As the README advises: images public, documents (served through the site) not.
PUBLIC_IMAGES_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": [
                "arn:aws:s3:::werkplaats-media/images/*",
                "arn:aws:s3:::werkplaats-media/original_images/*",
            ],
        }
    ],
}


def shared_redis():
    """Redis when there is one (CI sets REDIS_URL_FOR_TESTS; db 11 is this suite's otherwise),
    emptied first: Wagtail caches renditions by image id, and every test's database starts
    its ids again."""
    url = os.environ.get("REDIS_URL_FOR_TESTS")
    if not url:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", 6379)) != 0:
                return {}
        url = "redis://127.0.0.1:6379/11"
    redis.Redis.from_url(url).flushdb()
    return {"REDIS_URL": url}


@pytest.fixture(scope="module")
def migrated_sqlite(tmp_path_factory):
    if connection.vendor == "postgresql":
        return None
    path = tmp_path_factory.mktemp("database") / "leeg.sqlite3"
    manage("migrate", "--noinput", env=production_env(DATABASE_URL=f"sqlite:///{path}"))
    return path


@pytest.fixture
def shared_database(migrated_sqlite, tmp_path):
    """The test database on PostgreSQL; otherwise a migrated SQLite file both instances open."""
    if connection.vendor == "postgresql":
        config = connection.settings_dict
        password = f":{config['PASSWORD']}" if config["PASSWORD"] else ""
        host = f"{config['HOST'] or '127.0.0.1'}:{config['PORT'] or 5432}"
        return f"postgres://{config['USER']}{password}@{host}/{config['NAME']}"
    path = tmp_path / "gedeeld.sqlite3"
    shutil.copyfile(migrated_sqlite, path)
    return f"sqlite:///{path}"


def absolute(url, base):
    return url if url.startswith("http") else base + url


def upload_through_one_and_serve_through_the_other(env):
    manage("shell", "-c", CREATE_EDITOR, env=env)
    with gunicorn(FIRST_PORT, env) as first, gunicorn(SECOND_PORT, env) as second:
        browser = Browser(first)
        browser.get("/admin/login/")
        assert (
            browser.post("/admin/login/", {"username": "fotograaf", "password": PASSWORD}).status_code == 302
        )
        image = {"file": ("gedeeld.png", png_bytes(400, 300), "image/png")}
        assert browser.post("/admin/images/add/", {"title": "Gedeelde foto"}, files=image).status_code == 302

        listing = browser.get(first + "/admin/images/").text  # the first instance makes the thumbnail
        image_id = re.search(r"/admin/images/(\d+)/", listing).group(1)
        thumbnail = re.search(r'src="([^"]+\.max-165x165\.png)"', listing).group(1)
        edit = browser.get(second + f"/admin/images/{image_id}/")  # same session, other server
        assert edit.status_code == 200
        assert "Bestand niet gevonden" not in edit.text  # the second reads the original's size
        preview = re.search(r'src="([^"]+\.max-800x600\.png)"', edit.text).group(1)

        for url, base in ((thumbnail, second), (preview, first)):
            served = requests.get(absolute(url, base), timeout=10)
            assert served.status_code == 200, url
            assert served.content.startswith(b"\x89PNG")
        return thumbnail, preview


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_shared_media_root(production_static, shared_database, tmp_path):  # noqa: F811
    env = production_env(
        DATABASE_URL=shared_database,
        STATIC_ROOT=production_static,
        MEDIA_ROOT=tmp_path / "media",
        **shared_redis(),
    )
    thumbnail, preview = upload_through_one_and_serve_through_the_other(env)
    assert thumbnail.startswith("/media/images/") and preview.startswith("/media/images/")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_s3_compatible_storage(production_static, shared_database, tmp_path):  # noqa: F811
    moto_server = pytest.importorskip("moto.server")
    boto3 = pytest.importorskip("boto3")
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=S3_PORT)
    server.start()
    try:
        endpoint = f"http://127.0.0.1:{S3_PORT}"
        keys = {"aws_access_key_id": "sleutel", "aws_secret_access_key": "geheim", "region_name": "eu-west-1"}
        s3 = boto3.client("s3", endpoint_url=endpoint, **keys)
        s3.create_bucket(
            Bucket="werkplaats-media", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"}
        )
        s3.put_bucket_policy(Bucket="werkplaats-media", Policy=json.dumps(PUBLIC_IMAGES_POLICY))
        env = production_env(
            DATABASE_URL=shared_database,
            STATIC_ROOT=production_static,
            MEDIA_ROOT=tmp_path / "niet-gebruikt",
            S3_BUCKET="werkplaats-media",
            S3_ENDPOINT_URL=endpoint,
            S3_REGION="eu-west-1",
            S3_ACCESS_KEY_ID="sleutel",
            S3_SECRET_ACCESS_KEY="geheim",
            **shared_redis(),
        )
        thumbnail, preview = upload_through_one_and_serve_through_the_other(env)
        assert thumbnail.startswith(f"{endpoint}/werkplaats-media/images/")
        stored = {item["Key"] for item in s3.list_objects_v2(Bucket="werkplaats-media")["Contents"]}
        assert any(key.startswith("original_images/gedeeld") for key in stored)
        assert not (tmp_path / "niet-gebruikt").exists()
    finally:
        server.stop()
