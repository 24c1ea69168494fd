"""A unit's pages use only their own unit's images, documents and pages (issue #12 item 2):
another unit's object chosen by typing its id into the admin form's data is refused with a
Thai message on the field, on every kind of save, and nothing is saved. The page's own guard
refuses the same references on paths that bypass the form."""

import json
from uuid import uuid4

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

import pytest

from network.provisioning import SHARED_COLLECTION_NAME
from tests.network.conftest import REQUEST, post_edit
from tests.network.test_uploads import MINIMAL_PDF
from tests.unitsites.admin_pages import form_errors, post_add_page
from unitsites.models import (
    ContentPage,
    NewsPage,
    NewsSection,
    PublicInformationPage,
    PublicInformationSection,
    TransparencySection,
    TransparencyYearPage,
    UnitHomePage,
)
from unitsites.publishing import system_publication

pytestmark = pytest.mark.django_db

REFUSED = "เป็นของหน่วยงานอื่น"  # "belongs to another unit", in the Thai message


def shows(response, text):
    """`text` is on the page, as HTML or in the JSON the StreamField editor is drawn from."""
    content = response.content.decode()
    return text in content or json.dumps(text)[1:-1] in content


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


def image_in(collection, title):
    return Image.objects.create(
        title=title, file=get_test_image_file(f"{uuid4().hex}.png"), collection=collection
    )


def document_in(collection, title):
    return Document.objects.create(
        title=title, file=ContentFile(MINIMAL_PDF, name="plan.pdf"), collection=collection
    )


@pytest.fixture
def media(unit_a, unit_b):
    shared = Collection.objects.get(name=SHARED_COLLECTION_NAME)
    return {
        "own image": image_in(unit_a.collection, "ภาพกิจกรรมโรงพยาบาลเอ"),
        "other image": image_in(unit_b.collection, "ภาพกิจกรรมโรงพยาบาลบี"),
        "shared image": image_in(shared, "ตราสัญลักษณ์กระทรวง"),
        "own document": document_in(unit_a.collection, "แผนงานโรงพยาบาลเอ"),
        "other document": document_in(unit_b.collection, "แผนงานโรงพยาบาลบี"),
    }


@pytest.fixture
def pages(make_page, unit_a, unit_b):
    return {
        "page": make_page(unit_a, slug="campaign"),
        "own page": make_page(unit_a, slug="own-target"),
        "other page": make_page(unit_b, slug="other-target"),
    }


def stream(prefix, *blocks):
    """The form data Wagtail's StreamField editor posts for `blocks` of (type, {suffix: value})."""
    data = {f"{prefix}-count": str(len(blocks))}
    for index, (block_type, values) in enumerate(blocks):
        data.update(
            {
                f"{prefix}-{index}-type": block_type,
                f"{prefix}-{index}-deleted": "",
                f"{prefix}-{index}-order": str(index),
                f"{prefix}-{index}-id": str(uuid4()),
            }
        )
        data.update({f"{prefix}-{index}-value{name}": value for name, value in values.items()})
    return data


def image_block(image):
    return stream("body", ("image", {"-image": str(image.pk), "-alt_text": "ภาพกิจกรรม"}))


def rich_text_linking(entity_type, target):
    """Draftail's contentstate for a paragraph whose words link to `target`."""
    text = "อ่านเพิ่มเติม"
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "first",
                    "text": text,
                    "type": "unstyled",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": len(text), "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {
                "0": {"type": entity_type, "mutability": "MUTABLE", "data": {"id": target.pk}}
            },
        }
    )


def paragraph_linking(entity_type, target):
    return stream("body", ("paragraph", {"": rich_text_linking(entity_type, target)}))


BODY_REFERENCES = {
    "image in the body": lambda media, pages, kind: image_block(media[f"{kind} image"]),
    "document link in the body": lambda media, pages, kind: paragraph_linking(
        "DOCUMENT", media[f"{kind} document"]
    ),
    "page link in the body": lambda media, pages, kind: paragraph_linking(
        "LINK", pages[f"{kind} page"]
    ),
}


def latest_body(page):
    page.refresh_from_db()
    return page.get_latest_revision_as_object().body


@pytest.mark.parametrize("action", ["action-save-draft", "action-submit"])
@pytest.mark.parametrize("reference", BODY_REFERENCES)
def test_another_units_object_in_the_body_is_refused(login, media, pages, reference, action):
    page = pages["page"]
    revisions = page.revisions.count()
    data = BODY_REFERENCES[reference](media, pages, "other")

    response = post_edit(login("editor-h-a"), page, action=action, **data)

    assert response.status_code == 200
    assert "body" in form_errors(response)
    assert shows(response, REFUSED)
    assert shows(response, "โรงพยาบาลบี")
    assert page.revisions.count() == revisions
    page.refresh_from_db()
    assert page.workflow_states.count() == 0


@pytest.mark.parametrize("reference", BODY_REFERENCES)
def test_own_units_objects_in_the_body_are_saved(login, media, pages, reference):
    page = pages["page"]
    data = BODY_REFERENCES[reference](media, pages, "own")

    response = post_edit(login("editor-h-a"), page, action="action-save-draft", **data)

    assert response.status_code == 302
    assert len(latest_body(page)) == 1


def test_the_shared_collection_may_be_used_by_every_unit(login, media, pages):
    response = post_edit(
        login("editor-h-a"),
        pages["page"],
        action="action-save-draft",
        **image_block(media["shared image"]),
    )

    assert response.status_code == 302
    assert latest_body(pages["page"])[0].value["image"] == media["shared image"]


def test_moderators_are_held_to_the_unit_too(login, media, pages):
    """The rule is the page's, not the person's: a unit page uses its own unit's media."""
    page = pages["page"]

    response = post_edit(
        login("moderator"), page, action="action-save-draft", **image_block(media["other image"])
    )

    assert response.status_code == 200
    assert shows(response, REFUSED)
    assert len(latest_body(page)) == 0


def section_of(unit, model):
    home = UnitHomePage.objects.get(unit=unit, locale__language_code="th")
    return model.objects.child_of(home).get()


@pytest.mark.parametrize("kind, saved", [("other", False), ("own", True)])
def test_creating_a_page_with_an_image_field_checks_the_image(login, unit_a, media, kind, saved):
    section = section_of(unit_a, NewsSection)
    fields = {
        "title": "ข่าวกิจกรรมรณรงค์",
        "slug": "campaign-news",
        "summary": "สรุปข่าว",
        "image": str(media[f"{kind} image"].pk),
        "image_alt": "ภาพกิจกรรม",
    }

    response = post_add_page(login("editor-h-a"), NewsPage, section, fields)

    assert (response.status_code == 302) is saved
    assert NewsPage.objects.child_of(section).filter(title=fields["title"]).exists() is saved
    if not saved:
        assert "image" in form_errors(response)
        assert shows(response, REFUSED)


def evidence_item(page):
    return stream(
        "body",
        (
            "item",
            {
                "-code": "MOIT 1",
                "-title": "การเปิดเผยข้อมูลพื้นฐาน",
                "-links-count": "1",
                "-links-0-deleted": "",
                "-links-0-order": "0",
                "-links-0-id": str(uuid4()),
                "-links-0-value-label": "",
                "-links-0-value-page": str(page.pk),
                "-links-0-value-document": "",
                "-links-0-value-url": "",
            },
        ),
    )


@pytest.mark.parametrize("kind, saved", [("other", False), ("own", True)])
def test_a_page_chooser_of_another_units_page_is_refused_on_create(
    login, unit_a, pages, kind, saved
):
    section = section_of(unit_a, TransparencySection)
    fields = {
        "title": "ITA 2569",
        "slug": "2569",
        "fiscal_year": "2569",
        **evidence_item(pages[f"{kind} page"]),
    }

    response = post_add_page(login("editor-h-a"), TransparencyYearPage, section, fields)

    assert TransparencyYearPage.objects.child_of(section).exists() is saved
    if not saved:
        assert response.status_code == 200
        assert "body" in form_errors(response)


@pytest.mark.parametrize("kind, saved", [("other", False), ("own", True)])
def test_a_document_of_an_inline_panel_is_checked(login, unit_a, media, kind, saved):
    section = section_of(unit_a, PublicInformationSection)
    fields = {
        "title": "โครงสร้างและการจัดองค์กร",
        "slug": "structure",
        "documents-TOTAL_FORMS": "1",
        "documents-INITIAL_FORMS": "0",
        "documents-MIN_NUM_FORMS": "0",
        "documents-MAX_NUM_FORMS": "1000",
        "documents-0-document": str(media[f"{kind} document"].pk),
        "documents-0-title": "",
        "documents-0-ORDER": "1",
        "documents-0-DELETE": "",
        "documents-0-id": "",
    }

    response = post_add_page(login("editor-h-a"), PublicInformationPage, section, fields)

    created = PublicInformationPage.objects.child_of(section).filter(title=fields["title"])
    if saved:
        assert response.status_code == 302, form_errors(response)
        assert created.exists()
    else:
        assert response.status_code == 200
        assert "documents-document" in form_errors(response)
        assert shows(response, REFUSED)
        assert not created.exists()


def test_the_page_refuses_foreign_references_outside_the_admin(pages, media, unit_a):
    """Imports, scripts and revisions saved before the rule: the page's own guard."""
    page = ContentPage.objects.get(pk=pages["page"].pk)
    page.body = json.dumps(
        [{"type": "image", "value": {"image": media["other image"].pk, "alt_text": "ภาพ"}}]
    )

    with pytest.raises(ValidationError):
        page.save_revision()
    assert page.revisions.count() == 1

    about = pages["page"].get_parent()
    stranger = ContentPage(title="นำเข้า", slug="imported", body=page.body, **REQUEST)
    with pytest.raises(ValidationError):
        about.add_child(instance=stranger)
    assert not ContentPage.objects.filter(slug="imported").exists()


def test_a_stored_revision_with_a_foreign_reference_is_not_published(pages, media):
    page = ContentPage.objects.get(pk=pages["page"].pk)
    page.body = json.dumps(
        [{"type": "image", "value": {"image": media["other image"].pk, "alt_text": "ภาพ"}}]
    )
    revision = page.save_revision(clean=False)  # as a revision saved before the rule was

    with system_publication("import"), pytest.raises(ValidationError):
        revision.publish(skip_permission_checks=True)
    page.refresh_from_db()
    assert not page.live


@pytest.fixture
def section_with_own_image(pages, media):
    """H-A's page "campaign" with a child page that shows one of H-A's images."""
    parent = pages["page"]
    body = json.dumps(
        [{"type": "image", "value": {"image": media["own image"].pk, "alt_text": "ภาพ"}}]
    )
    child = ContentPage(title="ภาพกิจกรรม", slug="photos", body=body, live=False, **REQUEST)
    parent.add_child(instance=child)
    return parent


def about_of(unit):
    home = UnitHomePage.objects.get(unit=unit, locale__language_code="th")
    return home.get_children().get(slug="about")


def admin_copy(client, page, destination, recursive):
    return client.post(
        f"/admin/pages/{page.pk}/copy/",
        {
            "new_title": "สำเนา",
            "new_slug": "copied",
            "new_parent_page": destination.pk,
            "copy_subpages": "on" if recursive else "",
        },
    )


def test_a_copy_into_another_unit_may_not_carry_the_first_units_media(
    login, unit_a, unit_b, section_with_own_image
):
    moderator = login("moderator")
    other_about = about_of(unit_b)

    refused = admin_copy(moderator, section_with_own_image, other_about, recursive=True)
    assert refused.status_code == 200
    assert shows(refused, REFUSED)
    assert not ContentPage.objects.filter(slug="copied").exists()

    api = moderator.post(
        f"/admin/api/main/pages/{section_with_own_image.pk}/action/copy/",
        {"destination_page_id": other_about.pk, "recursive": True, "slug": "copied"},
        content_type="application/json",
    )
    assert api.status_code == 400
    assert REFUSED in api.content.decode()
    assert not ContentPage.objects.filter(slug="copied").exists()

    # Without the page that shows the image, the copy is the moderator's to make.
    alone = admin_copy(moderator, section_with_own_image, other_about, recursive=False)
    assert alone.status_code == 302
    assert ContentPage.objects.child_of(other_about).filter(slug="copied").exists()


def test_a_copy_within_the_unit_keeps_its_media(login, unit_a, section_with_own_image):
    response = admin_copy(
        login("moderator"), section_with_own_image, about_of(unit_a), recursive=True
    )

    assert response.status_code == 302
    copy = ContentPage.objects.get(slug="copied")
    assert copy.get_children().filter(slug="photos").exists()
