"""Where each general-information, laws, knowledge, manuals and citizen's-manual page type may
be created: only under its own section, and nothing under the detail pages."""

from wagtail.test.utils import WagtailPageTestCase

import pytest

from unitsites.models import (
    AboutSection,
    CitizenGuideSection,
    ContactPage,
    ContentPage,
    KnowledgePage,
    KnowledgeSection,
    LawPage,
    LawsSection,
    ManualPage,
    ManualsSection,
    NewsSection,
    OrganisationPage,
    ServiceGuidePage,
    UnitHomePage,
)
from unitsites.sections import SECTIONS

DETAIL_TYPES = {
    LawPage: LawsSection,
    KnowledgePage: KnowledgeSection,
    ManualPage: ManualsSection,
    ServiceGuidePage: CitizenGuideSection,
    OrganisationPage: AboutSection,
    ContactPage: AboutSection,
}
SECTION_TYPES = [section.model_class for section in SECTIONS]


class TreeRulesTest(WagtailPageTestCase):
    def test_each_detail_type_lives_only_under_its_own_section(self):
        for child, section in DETAIL_TYPES.items():
            with self.subTest(child=child.__name__):
                self.assertAllowedParentPageTypes(child, {section})
                self.assertCanCreateAt(section, child)
                self.assertCanNotCreateAt(UnitHomePage, child)
                for other in SECTION_TYPES:
                    if other is not section:
                        self.assertCanNotCreateAt(other, child)

    def test_detail_pages_have_no_children(self):
        for child in DETAIL_TYPES:
            with self.subTest(child=child.__name__):
                self.assertAllowedSubpageTypes(child, set())

    def test_sections_take_only_their_detail_types(self):
        self.assertAllowedSubpageTypes(LawsSection, {LawPage})
        self.assertAllowedSubpageTypes(KnowledgeSection, {KnowledgePage})
        self.assertAllowedSubpageTypes(ManualsSection, {ManualPage})
        self.assertAllowedSubpageTypes(CitizenGuideSection, {ServiceGuidePage})
        self.assertAllowedSubpageTypes(AboutSection, {ContentPage, OrganisationPage, ContactPage})

    def test_content_pages_belong_to_general_information_not_to_the_other_categories(self):
        self.assertCanCreateAt(AboutSection, ContentPage)
        self.assertCanCreateAt(ContentPage, ContentPage)
        for section in (LawsSection, KnowledgeSection, ManualsSection, CitizenGuideSection):
            self.assertCanNotCreateAt(section, ContentPage)


@pytest.mark.django_db
def test_each_site_has_one_contact_page_at_about_contact_and_no_room_for_another(unit_a):
    about = unit_a.site.root_page.get_children().get(slug="about").specific
    contact = about.get_children().get(slug="contact").specific
    assert isinstance(contact, ContactPage)
    assert contact.url_path.endswith("/about/contact/")
    assert not ContactPage.can_create_at(about)
    assert contact.get_translations().filter(locale__language_code="en").exists()


@pytest.mark.django_db
def test_one_organisation_page_per_site(unit_a):
    about = unit_a.site.root_page.get_children().get(slug="about").specific
    assert OrganisationPage.can_create_at(about)
    about.add_child(
        instance=OrganisationPage(
            title="โครงสร้าง", slug="structure", structure="<p>x</p>", live=False
        )
    )
    assert not OrganisationPage.can_create_at(about)
    assert not OrganisationPage.can_create_at(
        NewsSection.objects.descendant_of(unit_a.site.root_page).get()
    )
