"""Who may do what, to their own unit (H-A) and to another (H-B), through real HTTP requests
(issue #5 item 2). Each cell of EXPECTED is one request and one assertion: True means the
action takes effect (or the page answers 200), False that it is refused.

"Read submissions" opens an e-service submission of the unit in the admin and finds what the
citizen wrote; "answer" posts an answer to it. "Delete" is of a never-published draft leaf page, which Wagtail lets anyone
who may edit the page remove; fixed section pages are never deletable (test_editor_scope.py).
"Publish" is Wagtail's own Publish button: nobody's takes effect on a unit page, approval
publishes (every path: test_publication_guarantee.py). "Explore" finds a draft's title in the
explorer listing of its section; "list media" finds a unit's document in the admin API
(the rest of the admin's cross-unit screens: test_cross_unit_admin.py, issue #12 item 1).
"""

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document
from wagtail.models import Page, WorkflowState

import pytest

from tests.network.conftest import XHR, edit_url, post_edit, workflow_action_url
from tests.network.test_uploads import MINIMAL_PDF
from tests.unitsites.eservices import COMPLAINT, make_form, receipt, submit
from unitsites.models import ContentPage, ServiceSubmission, SubmissionStatus

pytestmark = pytest.mark.django_db

ROLES = ["editor-h-a", "approver-h-a", "moderator", "central-admin", "anonymous"]
ACTIONS = [
    "open",
    "edit",
    "publish",
    "approve",
    "delete",
    "upload",
    "choose",
    "explore",
    "list media",
    "settings",
    "logs",
    "read submissions",
    "answer",
]
SUBMISSION_ACTIONS = ("read submissions", "answer")
ALLOWED = {
    "editor-h-a": {
        ("open", "own"),
        ("edit", "own"),
        ("delete", "own"),
        ("upload", "own"),
        ("choose", "own"),
        ("explore", "own"),
        ("list media", "own"),
        ("settings", "own"),
        ("logs", "own"),
        ("read submissions", "own"),
        ("answer", "own"),
    },
    "approver-h-a": {
        ("open", "own"),
        ("edit", "own"),
        ("delete", "own"),
        ("approve", "own"),
        ("upload", "own"),
        ("choose", "own"),
        ("explore", "own"),
        ("list media", "own"),
        ("settings", "own"),
        ("logs", "own"),
        ("read submissions", "own"),
        ("answer", "own"),
    },
    "moderator": {
        (action, target)
        for action in ACTIONS
        if action not in ("settings", "publish")
        for target in ("own", "other")
    },
    "central-admin": set(),
    "anonymous": set(),
}
EXPECTED = {
    (role, action, target): (action, target) in ALLOWED[role]
    for role in ROLES
    for action in ACTIONS
    for target in ("own", "other")
}


def _client(login, client, role):
    if role == "anonymous":
        client.defaults["HTTP_HOST"] = "localhost"
        return client
    return login(role)


def _opens(response):
    return response.status_code == 200


def perform(action, http, unit, make_page, login):
    """Carry out `action` on `unit` as `http`; True if it took effect."""
    code = unit.code.lower()
    if action in ("open", "logs"):
        page = make_page(unit)
        url = edit_url(page) if action == "open" else f"/admin/pages/{page.pk}/history/"
        return _opens(http.get(url))
    if action == "edit":
        page = make_page(unit)
        before = page.revisions.count()
        response = http.get(edit_url(page))
        if response.status_code != 200:
            return False
        post_edit(http, page, action="action-save-draft", title="แก้ไขแล้ว")
        return page.revisions.count() > before
    if action == "publish":
        page = make_page(unit)
        if http.get(edit_url(page)).status_code != 200:
            return False
        post_edit(http, page, action="action-publish")
        return ContentPage.objects.get(pk=page.pk).live
    if action == "approve":
        page = make_page(unit)
        post_edit(login(f"editor2-{code}"), page)
        http.post(workflow_action_url(page, "approve"), {}, **XHR)
        return WorkflowState.objects.get(object_id=str(page.pk)).status == "approved"
    if action == "delete":
        page = make_page(unit)
        http.post(f"/admin/pages/{page.pk}/delete/")
        return not Page.objects.filter(pk=page.pk).exists()
    if action == "upload":
        http.post(
            "/admin/documents/add/",
            {
                "title": "เอกสารเมทริกซ์",
                "file": SimpleUploadedFile("report.pdf", MINIMAL_PDF),
                "collection": unit.collection_id,
            },
        )
        return Document.objects.filter(title="เอกสารเมทริกซ์", collection=unit.collection).exists()
    if action == "choose":
        Document.objects.create(title=f"เอกสารของ {unit.code}", collection=unit.collection)
        response = http.get("/admin/documents/chooser/")
        return _opens(response) and f"เอกสารของ {unit.code}" in response.json()["html"]
    if action == "explore":
        page = make_page(unit)
        response = http.get(f"/admin/pages/{page.get_parent().pk}/")
        return _opens(response) and page.title in response.content.decode()
    if action == "list media":
        Document.objects.create(title=f"เอกสารของ {unit.code}", collection=unit.collection)
        # Newest first: the new document leads the first page however many the network holds.
        response = http.get("/admin/api/main/documents/?order=-id")
        return _opens(response) and f"เอกสารของ {unit.code}" in response.content.decode()
    if action == "settings":
        return _opens(http.get(f"/admin/settings/unitsites/unitsitesettings/{unit.site_id}/"))
    if action in SUBMISSION_ACTIONS:
        reference, _secret = receipt(submit(make_form(unit), COMPLAINT))
        submission = ServiceSubmission.objects.get(reference=reference)
        url = f"/admin/e-services/{submission.pk}/"
        if action == "read submissions":
            response = http.get(url)
            return _opens(response) and COMPLAINT["details"] in response.content.decode()
        http.post(url, {"status": SubmissionStatus.ANSWERED, "answer": "ตอบแล้ว"})
        submission.refresh_from_db()
        return submission.status == SubmissionStatus.ANSWERED
    raise ValueError(action)


@pytest.mark.parametrize(("role", "action", "target"), sorted(EXPECTED))
def test_permission_matrix(role, action, target, login, client, make_page, unit_a, unit_b):
    http = _client(login, client, role)
    unit = unit_a if target == "own" else unit_b
    assert perform(action, http, unit, make_page, login) is EXPECTED[role, action, target]
