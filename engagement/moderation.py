"""Comment moderation in one click: approve or reject buttons in each row of the list, which
opens on the comments waiting for a moderator."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import IndexView

from .models import Comment
from .services import moderate_comments

# URL word -> (new status, message)
ACTIONS = {
    "goedkeuren": (
        Comment.Status.APPROVED,
        gettext_lazy("Reactie van %(name)s goedgekeurd; ze staat nu online."),
    ),
    "afwijzen": (Comment.Status.REJECTED, gettext_lazy("Reactie van %(name)s afgewezen.")),
}
PENDING_QUERY = "status=pending"


def moderate_url_name():
    return Comment.snippet_viewset.get_url_name("moderate")


class ModerateColumn(Column):
    """Two small forms per row; only a comment that is not yet in that state gets the button."""

    cell_template_name = "engagement/admin/moderate_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context["request"]
        context["csrf_token"] = get_token(request)
        context["next"] = request.get_full_path()
        context["buttons"] = [
            {"label": label, "url": reverse(moderate_url_name(), args=(instance.pk, word)), "word": word}
            for word, label in (("goedkeuren", _("Goedkeuren")), ("afwijzen", _("Afwijzen")))
            if instance.status != ACTIONS[word][0]
        ]
        return context


class PendingFirstIndexView(IndexView):
    """Without a filter chosen, the list shows the comments waiting for a moderator."""

    def get(self, request, *args, **kwargs):
        if not request.GET and not self.results_only:
            return HttpResponseRedirect(f"{request.path}?{PENDING_QUERY}")
        return super().get(request, *args, **kwargs)


@require_POST
def moderate(request, pk, action):
    if action not in ACTIONS:
        raise PermissionDenied
    if not request.user.has_perm("engagement.change_comment"):
        raise PermissionDenied
    comment = get_object_or_404(Comment, pk=pk)
    status, message = ACTIONS[action]
    moderate_comments([comment.pk], status)
    messages.success(request, message % {"name": comment.name})
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = f"{reverse(Comment.snippet_viewset.get_url_name('list'))}?{PENDING_QUERY}"
    return HttpResponseRedirect(next_url)
