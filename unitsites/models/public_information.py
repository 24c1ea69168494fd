"""Public information (ข้อมูลข่าวสารของราชการ): every item is filed under the section of the
Official Information Act B.E. 2540 it is published for, so the section page can show which of
the Act's items the unit has published and which are still missing (REQUIREMENTS C-22, C-28)."""

from dataclasses import dataclass

from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property, lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable
from wagtail.search import index

from unitsites.sections import fixed_page
from unitsites.view_restrictions import public

from .base import UnitPage
from .publication import PublicationRequestMixin
from .section import SectionPage


@dataclass(frozen=True)
class OIAItem:
    """One item the Act tells a state agency to publish: section 7(1)-(5) or 9(1)-(8)."""

    code: str
    section: int
    number: int
    text_th: str
    text_en: str

    def reference(self, language):
        if language == "en":
            return f"Section {self.section}({self.number})"
        return f"มาตรา {self.section} ({self.number})"

    def text(self, language):
        return self.text_en if language == "en" else self.text_th

    def label(self, language=None):
        language = (language or get_language() or "th")[:2]
        return f"{self.reference(language)} {self.text(language)}"


# The wording of the Act (พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540), in its order.
# Section 7: published in the Government Gazette; section 9: open for public inspection.
OIA_ITEMS = (
    OIAItem(
        "7-1",
        7,
        1,
        "โครงสร้างและการจัดองค์กรในการดำเนินงาน",
        "Structure and organisation of operations",
    ),
    OIAItem(
        "7-2",
        7,
        2,
        "สรุปอำนาจหน้าที่ที่สำคัญและวิธีการดำเนินงาน",
        "Summary of main powers and duties, and methods of operation",
    ),
    OIAItem(
        "7-3",
        7,
        3,
        "สถานที่ติดต่อเพื่อขอรับข้อมูลข่าวสารหรือคำแนะนำในการติดต่อกับหน่วยงานของรัฐ",
        "Where to obtain information or advice on dealing with the agency",
    ),
    OIAItem(
        "7-4",
        7,
        4,
        "กฎ มติคณะรัฐมนตรี ข้อบังคับ คำสั่ง หนังสือเวียน ระเบียบ แบบแผน นโยบาย หรือการตีความ "
        "ทั้งนี้ เฉพาะที่จัดให้มีขึ้นโดยมีสภาพอย่างกฎ เพื่อให้มีผลเป็นการทั่วไปต่อเอกชนที่เกี่ยวข้อง",
        "Rules, Cabinet resolutions, regulations, orders, circulars, policies or interpretations "
        "having the force of rules with general effect on the private persons concerned",
    ),
    OIAItem(
        "7-5",
        7,
        5,
        "ข้อมูลข่าวสารอื่นตามที่คณะกรรมการกำหนด",
        "Other information prescribed by the Official Information Board",
    ),
    OIAItem(
        "9-1",
        9,
        1,
        "ผลการพิจารณาหรือคำวินิจฉัยที่มีผลโดยตรงต่อเอกชน รวมทั้งความเห็นแย้งและคำสั่ง"
        "ที่เกี่ยวข้องในการพิจารณาวินิจฉัยดังกล่าว",
        "Decisions with direct effect on private persons, including dissenting opinions "
        "and the orders relating to them",
    ),
    OIAItem(
        "9-2",
        9,
        2,
        "นโยบายหรือการตีความที่ไม่เข้าข่ายต้องลงพิมพ์ในราชกิจจานุเบกษาตามมาตรา 7 (4)",
        "Policies or interpretations not required to be published in the Gazette under "
        "section 7(4)",
    ),
    OIAItem(
        "9-3",
        9,
        3,
        "แผนงาน โครงการ และงบประมาณรายจ่ายประจำปีของปีที่กำลังดำเนินการ",
        "Work plans, projects and the annual budget of the current year",
    ),
    OIAItem(
        "9-4",
        9,
        4,
        "คู่มือหรือคำสั่งเกี่ยวกับวิธีปฏิบัติงานของเจ้าหน้าที่ของรัฐซึ่งมีผลกระทบถึงสิทธิหน้าที่ของเอกชน",
        "Manuals or orders on officials' work procedures that affect private persons' "
        "rights and duties",
    ),
    OIAItem(
        "9-5",
        9,
        5,
        "สิ่งพิมพ์ที่ได้มีการอ้างอิงถึงตามมาตรา 7 วรรคสอง",
        "Publications referred to under section 7, paragraph 2",
    ),
    OIAItem(
        "9-6",
        9,
        6,
        "สัญญาสัมปทาน สัญญาที่มีลักษณะเป็นการผูกขาดตัดตอน หรือสัญญาร่วมทุนกับเอกชนในการจัดทำบริการสาธารณะ",
        "Concession, monopoly or joint-venture contracts with private parties for public services",
    ),
    OIAItem(
        "9-7",
        9,
        7,
        "มติคณะรัฐมนตรี หรือมติคณะกรรมการที่แต่งตั้งโดยกฎหมายหรือโดยมติคณะรัฐมนตรี ทั้งนี้ "
        "ให้ระบุรายชื่อรายงานทางวิชาการ รายงานข้อเท็จจริง หรือข้อมูลข่าวสารที่นำมาใช้ในการพิจารณาไว้ด้วย",
        "Resolutions of the Cabinet or of committees set up by law or by the Cabinet, "
        "listing the reports and information considered",
    ),
    OIAItem(
        "9-8",
        9,
        8,
        "ข้อมูลข่าวสารอื่นตามที่คณะกรรมการกำหนด",
        "Other information prescribed by the Board",
    ),
)
OIA_ITEMS_BY_CODE = {item.code: item for item in OIA_ITEMS}
OIA_ITEM_CHOICES = [(item.code, lazy(item.label, str)()) for item in OIA_ITEMS]


class PublicInformationPage(PublicationRequestMixin, UnitPage):
    """An item of public information, filed under its section of the Act, with its documents."""

    review_interval_days = 365

    oia_section = models.CharField(
        _("section of the Official Information Act"),
        max_length=4,
        choices=OIA_ITEM_CHOICES,
        help_text=_(
            "The section of the Act this information is published under. Monthly procurement "
            "summaries (form Sor Kor Ror 1) go under section 9(8)."
        ),
    )
    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("The date of the information, e.g. when the plan or order was issued."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=1000,
        blank=True,
        help_text=_("What the documents contain, in a sentence or two."),
    )

    search_fields = UnitPage.search_fields + [
        index.SearchField("summary"),
        index.FilterField("oia_section"),
    ]
    content_panels = (
        UnitPage.content_panels
        + [
            FieldRowPanel([FieldPanel("oia_section"), FieldPanel("date")]),
            FieldPanel("summary"),
            InlinePanel(
                "documents",
                label=_("Documents"),
                min_num=1,
                help_text=_("At least one document: the information itself, usually a PDF."),
            ),
        ]
        + PublicationRequestMixin.publication_request_panels
    )

    parent_page_types = ["unitsites.PublicInformationSection"]
    subpage_types = []

    class Meta:
        verbose_name = _("public information item")
        verbose_name_plural = _("public information items")

    @property
    def oia_item(self):
        return OIA_ITEMS_BY_CODE[self.oia_section]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["documents"] = self.documents.select_related("document")
        return context


class PublicInformationDocument(Orderable):
    """One document of a public information item."""

    page = ParentalKey(PublicInformationPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    title = models.CharField(
        _("title"),
        max_length=255,
        blank=True,
        help_text=_("Leave empty to use the document's own title."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @property
    def display_title(self):
        return self.title or self.document.title


@dataclass
class OIAGroup:
    item: OIAItem
    pages: list

    def reference(self):
        return self.item.reference((get_language() or "th")[:2])

    def text(self):
        return self.item.text((get_language() or "th")[:2])


class PublicInformationSection(SectionPage):
    """Public information: ข้อมูลข่าวสารตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540."""

    subpage_types = ["unitsites.PublicInformationPage", "unitsites.ProcurementSection"]

    class Meta:
        verbose_name = _("Public information section")
        verbose_name_plural = _("Public information sections")

    @cached_property
    def live_items(self):
        return list(
            public(PublicInformationPage.objects.child_of(self).live())
            .order_by("-date", "-pk")
            .prefetch_related("documents__document")
        )

    def listed_items(self, request):
        # Read whole, once a rendering: the groups below file every page anyway.
        return self.live_items

    def oia_groups(self, request):
        """Every item of the Act, in the Act's order, with the live pages filed under it
        (an empty list where the unit has published nothing yet)."""
        filed = {}
        for page in self.listed_items(request):
            filed.setdefault(page.oia_section, []).append(page)
        return [OIAGroup(item, filed.get(item.code, [])) for item in OIA_ITEMS]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        groups = self.oia_groups(request)
        context.update(
            oia_groups=groups,
            missing_groups=[group for group in groups if not group.pages],
            procurement=fixed_page(self.unit_home, "procurement"),
        )
        return context
