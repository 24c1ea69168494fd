"""What the cluster tests do in the Wagtail admin through one app server: sign in, fill a form
as a browser would, and take a page through the publication workflow."""

from wagtail.test.utils.form_data import querydict_from_html

from bs4 import BeautifulSoup

from .conftest import UNIT_HOST, Visitor

ADMIN_HOST = "portal.localhost"
EDITOR = "dho-mueangsatun-editor1"
APPROVER = "dho-mueangsatun-approver"
# The publication request (แบบฟอร์มการขอเผยแพร่ข้อมูล) every submission carries.
PUBLICATION_REQUEST = {
    "owner_name": "นางสาวทดสอบ ระบบดี",
    "owner_position": "นักวิชาการสาธารณสุข",
    "owner_department": "กลุ่มงานสารสนเทศ",
    "owner_email": "owner@example.go.th",
    "request_summary": "ข่าวประชาสัมพันธ์ของหน่วยงาน",
    "request_remarks": "เผยแพร่ต่อสาธารณะ",
}


def form_fields(html, marker):
    """The fields of the form holding the field named `marker`, as (name, value) pairs."""
    form = BeautifulSoup(html, "html.parser").find(attrs={"name": marker}).find_parent("form")
    data = querydict_from_html(str(form))
    return [(name, value) for name in data for value in data.getlist(name)]


def signed_in(cluster, server, username):
    visitor = Visitor(ADMIN_HOST)
    visitor.sign_in(cluster.app_base(server), username)
    return visitor


def published_news(cluster):
    """A live Thai news item of the demo unit that no workflow holds."""
    return cluster.query(
        "from unitsites.models import NewsPage\n"
        "pages = NewsPage.objects.live().filter(locale__language_code='th', "
        f"url_path__contains='/{UNIT_HOST.split('.')[0]}').order_by('pk')\n"
        "page = next(page for page in pages if not page.workflow_in_progress)\n"
        "result = {'id': page.pk, 'host': page.get_site().hostname, "
        "'path': page.get_url_parts()[2]}"
    )


def submit_and_approve(cluster, server, page_id, title):
    """The unit's editor asks for `title` to be published and its approver approves, both
    through app server `server`; returns the approval's response."""
    base = cluster.app_base(server)
    editor = signed_in(cluster, server, EDITOR)
    edit = f"/admin/pages/{page_id}/edit/"
    data = dict(form_fields(editor.get(base, edit).text, "title"))
    data.update(PUBLICATION_REQUEST, title=title)
    data.setdefault("body-count", "0")  # the StreamField editor is drawn by JavaScript
    data["action-submit"] = "1"
    submitted = editor.post(base, edit, data)
    assert submitted.status_code == 302, submitted.text[-3000:]
    approve = cluster.query(
        "from django.urls import reverse\n"
        "from wagtail.models import Page\n"
        f"page = Page.objects.get(pk={page_id})\n"
        "state = page.current_workflow_task_state\n"
        "result = reverse('wagtailadmin_pages:workflow_action', args=[page.pk, 'approve', state.pk])"
    )
    approver = signed_in(cluster, server, APPROVER)
    return approver.post(base, approve, {}, headers={"X-Requested-With": "XMLHttpRequest"})
