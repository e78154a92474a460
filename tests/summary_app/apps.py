from django.apps import AppConfig


class SummaryAppConfig(AppConfig):
    """A page type that exists only in the tests, to show that keeping the summary contract is
    all a new page type needs to appear in listings, feeds, search and the SEO tags."""

    name = "tests.summary_app"
    label = "summary_app"
