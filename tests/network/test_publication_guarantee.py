"""The office's guarantee as a matrix (issue #11): every way a page can be made public, tried by
every role on its own unit's page and on another unit's, through the real admin. None makes
text public unless someone other than its authors approved it.

Each attempt works on a page whose public version (if any) says "approved" and whose latest,
unapproved draft says "unapproved"; afterwards no unit site may serve the unapproved text.
"""

import json
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale, Page, Revision, TaskState
from wagtail.test.utils.form_data import querydict_from_html
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

import pytest

from network.models import PublicationRecord, StaffProfile
from network.publication.guard import PublicationNotApproved, revoke_unapproved_schedules
from tests.conftest import signed_in, user_named
from tests.network.conftest import XHR, approve, arrive, edit_url, post_edit, workflow_action_url
from unitsites.models import UnitHomePage

pytestmark = pytest.mark.django_db

ROLES = ["editor-h-a", "approver-h-a", "moderator", "central-admin"]
UNAPPROVED = "ข้อความที่ยังไม่ได้อนุมัติ unapproved"


def form_data(page, **changes):
    """The page's edit form as its unit's editor sees it, with `changes` applied."""
    response = signed_in(f"editor-{_code(page)}").get(edit_url(page))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data.setdefault("body-count", "0")
    for name, value in changes.items():
        data[name] = value
    return data


def _code(page):  # "h-a"
    return UnitHomePage.objects.ancestor_of(page).get().unit.code.lower()


def draft(page, author, title=UNAPPROVED):
    """Save a new, unapproved version of `page` written by `author`."""
    content = page.get_latest_revision_as_object()
    content.title = title
    return content.save_revision(user=user_named(author))


def served_text(page):
    """What every unit site and language serves at the page's URLs, joined."""
    client = Client()
    texts = []
    for home in UnitHomePage.objects.select_related("unit"):
        for candidate in Page.objects.descendant_of(home).filter(slug=page.slug):
            path = candidate.url_path[len(home.url_path) - 1 :]
            prefix = "" if home.locale.language_code == "th" else "/en"
            response = client.get(prefix + path, HTTP_HOST=home.unit.hostname)
            texts.append(response.content.decode() if response.status_code == 200 else "")
    return "".join(texts)


@pytest.fixture
def target(request, make_page, unit_a, unit_b):
    """A live page (its approved version public) with an unapproved draft on top, in the actor's
    own unit (H-A) or in another (H-B)."""
    unit = unit_a if request.param == "own" else unit_b
    page = make_page(unit, slug=f"target-{request.param}", title="ข้อความที่อนุมัติแล้ว approved")
    code = unit.code.lower()
    approve(page, f"editor-{code}", f"approver-{code}")
    assert page.live
    draft(page, f"editor-{unit.code.lower()}")
    return page


def attempt_publish_button(client, page):
    client.post(edit_url(page), form_data(page, title=UNAPPROVED, **{"action-publish": "1"}))


def attempt_revert_and_publish(client, page):
    latest = page.get_latest_revision()
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, latest.pk])
    client.post(url, form_data(page, title=UNAPPROVED, **{"action-publish": "1"}))


def attempt_bulk_publish(client, page):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    client.post(f"{url}?id={page.pk}", {"include_descendants": ""})


def attempt_api_publish(client, page):
    client.post(f"/admin/api/main/pages/{page.pk}/action/publish/", content_type="application/json")


def attempt_schedule(client, page):
    later = timezone.localtime() + timedelta(hours=1)
    changes = {"title": UNAPPROVED, "go_live_at": later.strftime("%Y-%m-%d %H:%M")}
    client.post(edit_url(page), form_data(page, **changes, **{"action-publish": "1"}))
    # The hour passes; whatever was scheduled now goes live.
    past = timezone.now() - timedelta(minutes=1)
    Revision.page_revisions.filter(approved_go_live_at__isnull=False).update(
        approved_go_live_at=past
    )
    call_command("publish_scheduled")


def attempt_copy_live(client, page):
    url = reverse("wagtailadmin_pages:copy", args=[page.pk])
    client.post(
        url,
        {
            "new_title": UNAPPROVED,
            "new_slug": f"{page.slug}-copy",
            "new_parent_page": page.get_parent().pk,
            "publish_copies": "on",
        },
    )


def attempt_submit_own_and_approve(client, page):
    """The actor rewrites the page while it waits for review and approves their own words."""
    draft(page, f"editor-{_code(page)}", title="ร่างที่บรรณาธิการส่งขออนุมัติ")
    page.get_workflow().start(page, user_named(f"editor-{_code(page)}"))
    changes = {
        "title": UNAPPROVED,
        "action-workflow-action": "1",
        "workflow-action-name": "approve",
        "workflow-action-extra-data": "{}",
    }
    client.post(edit_url(page), form_data(page, **changes))


ATTEMPTS = {
    "publish button": attempt_publish_button,
    "revert and publish": attempt_revert_and_publish,
    "bulk publish": attempt_bulk_publish,
    "admin API": attempt_api_publish,
    "schedule": attempt_schedule,
    "copy, published": attempt_copy_live,
    "approve own rewrite": attempt_submit_own_and_approve,
}


@pytest.mark.parametrize("target", ["own", "other"], indirect=True)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("path", ATTEMPTS)
def test_no_path_makes_unapproved_text_public(target, role, path):
    records = PublicationRecord.objects.count()

    ATTEMPTS[path](signed_in(role), target)

    assert UNAPPROVED not in served_text(target)
    target.refresh_from_db()
    assert target.title != UNAPPROVED
    assert PublicationRecord.objects.count() == records
    assert not Page.objects.filter(slug=f"{target.slug}-copy", live=True).exists()


@pytest.mark.parametrize("role", ["approver-h-a", "moderator"])
def test_a_reviewers_own_request_is_approved_by_someone_else(make_page, role, unit_a):
    """Item 1: an approver (or moderator) writes and submits a page; their Publish is refused,
    another reviewer's approval publishes it."""
    page = make_page(unit_a, slug="reviewers-own")
    draft(page, role, title="หน้าของผู้อนุมัติ")
    post_edit(signed_in(role), page, action="action-submit")
    page.refresh_from_db()
    assert page.current_workflow_state is not None

    post_edit(signed_in(role), page, action="action-publish")
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_task.specific.get_actions(page, user_named(role)) == []

    other = "moderator" if role == "approver-h-a" else "approver-h-a"
    response = signed_in(other).post(workflow_action_url(page, "approve"), {}, **XHR)
    assert response.json()["step"] == "success"
    page.refresh_from_db()
    assert page.live
    record = PublicationRecord.objects.get(page=page)
    assert record.requested_by == user_named(role)
    assert record.approved_by == user_named(other)


def test_a_reviewer_who_rewrote_the_text_cannot_approve_it(make_page, unit_a):
    """Item 4: the approver edits a page waiting for their review and approves in one go."""
    page = make_page(unit_a, slug="rewritten")
    post_edit(signed_in("editor-h-a"), page)  # submitted by the editor
    approver = signed_in("approver-h-a")

    response = post_edit(
        approver,
        page,
        action="action-workflow-action",
        title="ถ้อยคำของผู้อนุมัติ",
        **{"workflow-action-name": "approve", "workflow-action-extra-data": "{}"},
    )

    assert response.status_code in (302, 403)  # Wagtail's editor turns a refusal into a redirect
    page.refresh_from_db()
    assert not page.live
    state = page.current_workflow_task_state
    assert state.status == TaskState.STATUS_IN_PROGRESS
    # Their rewrite is kept as a draft; only reject is left to them, approve goes to another.
    actions = page.current_workflow_task.specific.get_actions(page, user_named("approver-h-a"))
    assert [name for name, _label, _modal in actions] == ["reject"]
    response = signed_in("moderator").post(workflow_action_url(page, "approve"), {}, **XHR)
    assert response.json()["step"] == "success"
    page.refresh_from_db()
    assert page.live and page.title == "ถ้อยคำของผู้อนุมัติ"


def test_an_approver_who_wrote_an_earlier_draft_cannot_approve(make_page, unit_a):
    """The editor resubmits on top of the approver's draft: the approver's words are in it."""
    page = make_page(unit_a, slug="earlier-draft")
    draft(page, "approver-h-a", title="ร่างของผู้อนุมัติ")
    post_edit(signed_in("editor-h-a"), page)

    response = signed_in("approver-h-a").post(workflow_action_url(page, "approve"), {}, **XHR)

    assert response.status_code == 403
    page.refresh_from_db()
    assert not page.live


@pytest.mark.parametrize("reason", ["\u200b", "\u2060", " \u200b\u2060\u200d ", "\ufeff"])
@pytest.mark.parametrize("how", ["modal", "page editor"])
def test_a_rejection_reason_needs_visible_text(make_page, unit_a, reason, how):
    """Item 5."""
    page = make_page(unit_a, slug="invisible-reason")
    post_edit(signed_in("editor-h-a"), page)
    approver = signed_in("approver-h-a")

    if how == "modal":
        response = approver.post(workflow_action_url(page, "reject"), {"comment": reason}, **XHR)
        assert response.json()["step"] == "action"
    else:
        extra = json.dumps({"comment": reason})
        response = post_edit(
            approver,
            page,
            action="action-workflow-action",
            **{"workflow-action-name": "reject", "workflow-action-extra-data": extra},
        )
        assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert page.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS


def test_moving_a_page_to_another_unit_is_refused(make_page, unit_a, unit_b):
    page = make_page(unit_a, slug="moving")
    approve(page)
    destination = UnitHomePage.objects.get(unit=unit_b, locale__language_code="th")
    about_b = destination.get_children().get(slug="about")
    url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, about_b.pk])

    signed_in("moderator").post(url)

    page.refresh_from_db()
    assert page.get_parent().pk != about_b.pk
    with pytest.raises(PublicationNotApproved):
        page.move(about_b, pos="last-child")


def test_code_cannot_publish_without_approval(make_page, unit_a):
    """The rule lives below the admin: a script or shell publishing directly is refused too."""
    page = make_page(unit_a, slug="from-code")

    with pytest.raises(PublicationNotApproved):
        page.get_latest_revision().publish(user=user_named("approver-h-a"))

    page.refresh_from_db()
    assert not page.live


def test_a_schedule_no_approval_covers_is_revoked_and_others_still_publish(make_page, unit_a):
    later = timezone.now() + timedelta(hours=1)
    legit = make_page(unit_a, slug="legit-schedule", go_live_at=later)
    forged = make_page(unit_a, slug="forged-schedule")
    approve(legit)  # approved for later: scheduled, not yet live
    assert not legit.live
    arrive(legit.get_latest_revision())
    # A schedule set behind the guard's back (e.g. before it existed).
    past = timezone.now() - timedelta(minutes=1)
    Revision.objects.filter(pk=forged.get_latest_revision().pk).update(approved_go_live_at=past)

    assert revoke_unapproved_schedules(timezone.now()) == 1
    call_command("publish_scheduled")

    forged.refresh_from_db()
    legit.refresh_from_db()
    assert not forged.live
    assert legit.live


def test_translation_sync_cannot_publish_without_approval(
    make_page, unit_a, django_capture_on_commit_callbacks
):
    """wagtail-localize's "sync translated pages" with publishing (WAGTAIL-NOTES pitfall 2)."""
    page = approve(make_page(unit_a, slug="synced"))
    superuser = get_user_model().objects.create_superuser("root", "root@pho.test", "x")
    english_locale = Locale.objects.get(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(superuser, [english_locale]).create_translations(page)
    english = page.get_translation(english_locale)
    assert not english.live
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=english_locale
    )

    with (
        pytest.raises(PublicationNotApproved),
        django_capture_on_commit_callbacks(execute=True),
    ):
        translation.save_target(user=superuser, publish=True)

    english.refresh_from_db()
    assert not english.live


def test_an_account_without_name_and_position_cannot_request(make_page, unit_a):
    page = make_page(unit_a, slug="unsigned-request")
    StaffProfile.objects.filter(user__username="editor-h-a").update(position="")

    post_edit(signed_in("editor-h-a"), page)

    page.refresh_from_db()
    assert page.current_workflow_state is None


def test_an_account_without_name_and_position_cannot_approve(make_page, unit_a):
    page = make_page(unit_a, slug="unsigned-approval")
    post_edit(signed_in("editor-h-a"), page)
    StaffProfile.objects.filter(user__username="approver-h-a").update(full_name="")

    signed_in("approver-h-a").post(workflow_action_url(page, "approve"), {}, **XHR)

    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS
