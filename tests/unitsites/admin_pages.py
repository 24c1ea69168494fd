"""Drive Wagtail's real "add page" admin form: fetch it, fill it in, post it."""

from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from tests.network.conftest import REQUEST, approve_request
from unitsites.models import PublicationRequestMixin


def add_page_url(model, parent):
    return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"


def post_add_page(client, model, parent, fields, publish=False):
    """Post the add form of `model` under `parent` with the form's own defaults overridden by
    `fields`; returns the response (200 with errors, or a redirect when saved). With `publish`
    the page is submitted for approval and, once saved, a provincial moderator approves it."""
    url = add_page_url(model, parent)
    form = client.get(url)
    assert form.status_code == 200
    data = querydict_from_html(form.content.decode(), form_id="page-edit-form")
    for field in model._meta.fields:
        if isinstance(field, StreamField):  # rendered by JavaScript: start empty
            data.setdefault(f"{field.name}-count", "0")
    if publish and issubclass(model, PublicationRequestMixin):
        data.update(REQUEST)  # publishing needs the request-to-publish details (W-02)
    for name, value in fields.items():
        data[name] = value
    if publish:
        data["action-submit"] = "action-submit"
    response = client.post(url, data)
    if publish and response.status_code == 302:
        approve_request(Page.objects.child_of(parent).order_by("-pk").first())
    return response


def form_errors(response):
    """The field names the admin form reported errors on."""
    form = response.context["form"]
    errors = set(form.errors)
    for name, formset in form.formsets.items():
        if formset.non_form_errors():
            errors.add(name)
        for child_errors in formset.errors:
            errors.update(f"{name}-{field}" for field in child_errors)
    return errors
