"""A unit keeps at least two active site administrators (seed §3.1, REQUIREMENTS W-09): the user
admin refuses a change that would leave fewer."""

from django.urls import reverse

from wagtail.test.utils.form_data import querydict_from_html

import pytest

from network.provisioning import role_group
from tests.conftest import user_named

pytestmark = pytest.mark.django_db


def edit(client, user, **changes):
    """Post Wagtail's own user edit form for `user` with `changes`."""
    url = reverse("wagtailusers_users:edit", args=[user.pk])
    form = client.get(url)
    assert form.status_code == 200
    data = querydict_from_html(form.content.decode(), form_id=None)
    changes = {"first_name": "สมใจ", "last_name": "ใจดี", **changes}
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data.setlist(name, value if isinstance(value, list) else [value])
    return client.post(url, data)


def test_deactivating_one_of_three_is_allowed(login):
    editor = user_named("editor2-h-a")
    response = edit(login("central-admin"), editor, is_active=None)
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.is_active is False


def test_deactivating_the_second_to_last_is_refused(login, unit_a):
    user_named("editor2-h-a").groups.remove(role_group("editor", unit_a))
    approver = user_named("approver-h-a")
    response = edit(login("central-admin"), approver, is_active=None)
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["__all__"]
    assert "น้อยกว่า 2 คน" in response.content.decode()  # the admin speaks Thai
    assert 'name="insist_below_minimum"' in response.content.decode()
    approver.refresh_from_db()
    assert approver.is_active is True


def test_taking_away_the_role_is_refused_too(login, unit_a):
    user_named("editor2-h-a").groups.remove(role_group("editor", unit_a))
    editor = user_named("editor-h-a")
    response = edit(login("central-admin"), editor, groups=None)
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["__all__"]
    assert "โรงพยาบาลเอ" in response.content.decode()
    assert editor.groups.filter(pk=role_group("editor", unit_a).pk).exists()


def test_a_central_administrator_may_insist(login, unit_a):
    from wagtail.models import ModelLogEntry

    from .oversight import status

    user_named("editor2-h-a").groups.remove(role_group("editor", unit_a))
    approver = user_named("approver-h-a")
    response = edit(login("central-admin"), approver, is_active=None, insist_below_minimum="on")
    assert response.status_code == 302
    approver.refresh_from_db()
    assert approver.is_active is False
    entry = ModelLogEntry.objects.get(
        object_id=str(approver.pk), action="network.administrators_below_minimum"
    )
    assert entry.data == {"units": ["H-A"]}
    assert entry.user == user_named("central-admin")
    assert status(unit_a, "administrators") == "fail"
